# Organisations in Polish social-policy news: acronyms with their expanded names (nominative), the
# nouns that head an organisation's name, and the words that may continue one. Collected by the
# project from the names the institutions use themselves (BIP pages, project documents).
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

ACRONYMS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "ROPS": "Regionalny Ośrodek Polityki Społecznej",
        "RCPS": "Regionalne Centrum Polityki Społecznej",
        "MOPS": "Miejski Ośrodek Pomocy Społecznej",
        "GOPS": "Gminny Ośrodek Pomocy Społecznej",
        "MGOPS": "Miejsko-Gminny Ośrodek Pomocy Społecznej",
        "M-GOPS": "Miejsko-Gminny Ośrodek Pomocy Społecznej",
        "MGOPR": "Miejsko-Gminny Ośrodek Pomocy Rodzinie",
        "GOPR": "Gminny Ośrodek Pomocy Rodzinie",
        "OPS": "Ośrodek Pomocy Społecznej",
        "MOPR": "Miejski Ośrodek Pomocy Rodzinie",
        "PCPR": "Powiatowe Centrum Pomocy Rodzinie",
        "MCPS": "Mazowieckie Centrum Polityki Społecznej",
        "OWES": "Ośrodek Wsparcia Ekonomii Społecznej",
        "PUP": "Powiatowy Urząd Pracy",
        "MUP": "Miejski Urząd Pracy",
        "WUP": "Wojewódzki Urząd Pracy",
        "UM": "Urząd Miasta",
        "UG": "Urząd Gminy",
        "UMiG": "Urząd Miasta i Gminy",
        "UMWP": "Urząd Marszałkowski Województwa Pomorskiego",
        "PZK": "Partnerski Zespół Kooperacyjny",
        "CUS": "Centrum Usług Społecznych",
        "CIS": "Centrum Integracji Społecznej",
        "KIS": "Klub Integracji Społecznej",
        "CAL": "Centrum Aktywności Lokalnej",
        "DPS": "Dom Pomocy Społecznej",
        "ŚDS": "Środowiskowy Dom Samopomocy",
        "WTZ": "Warsztat Terapii Zajęciowej",
        "ZAZ": "Zakład Aktywności Zawodowej",
        "OIK": "Ośrodek Interwencji Kryzysowej",
        "PPP": "Poradnia Psychologiczno-Pedagogiczna",
        "PFRON": "Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych",
        "KPP": "Komenda Powiatowa Policji",
        "KMP": "Komenda Miejska Policji",
        "KWP": "Komenda Wojewódzka Policji",
        "OHP": "Ochotnicze Hufce Pracy",
        "ZUS": "Zakład Ubezpieczeń Społecznych",
        "KRUS": "Kasa Rolniczego Ubezpieczenia Społecznego",
        "NFZ": "Narodowy Fundusz Zdrowia",
        "ZMP": "Związek Miast Polskich",
        "ZGW RP": "Związek Gmin Wiejskich Rzeczypospolitej Polskiej",
        "ZPP": "Związek Powiatów Polskich",
        "MRPiPS": "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
        "MRiPS": "Ministerstwo Rodziny i Polityki Społecznej",
        "MFiPR": "Ministerstwo Funduszy i Polityki Regionalnej",
        "MEN": "Ministerstwo Edukacji Narodowej",
        "NGO": "organizacja pozarządowa",
        "UMK": "Uniwersytet Mikołaja Kopernika",
        "UMCS": "Uniwersytet Marii Curie-Skłodowskiej",
        "KUL": "Katolicki Uniwersytet Lubelski",
        "UKSW": "Uniwersytet Kardynała Stefana Wyszyńskiego",
        "PCK": "Polski Czerwony Krzyż",
    }
)

# Lemmas (SGJP) of the nouns that head an organisation's name when capitalised: "Regionalny
# *Ośrodek* Polityki Społecznej", "*Urząd* Marszałkowski", "*Stowarzyszenie* „Razem”".
HEAD_LEMMAS: Final[frozenset[str]] = frozenset(
    [
        "ośrodek",
        "centrum",
        "urząd",
        "stowarzyszenie",
        "fundacja",
        "ministerstwo",
        "starostwo",
        "komenda",
        "sąd",
        "prokuratura",
        "szkoła",
        "uniwersytet",
        "akademia",
        "politechnika",
        "instytut",
        "spółdzielnia",
        "związek",
        "kuratorium",
        "poradnia",
        "dom",
        "zakład",
        "agencja",
        "fundusz",
        "biuro",
        "izba",
        "caritas",
        "przedszkole",
        "żłobek",
        "szpital",
        "warsztat",
        "klub",
        "federacja",
        "towarzystwo",
        "zespół",
        "kancelaria",
        "hufiec",
        "kasa",
        "inspektorat",
        "inspekcja",
        "straż",
        "wydział",
        "departament",
        "oddział",
        "pracownia",
        "zgromadzenie",
        "bank",
        "gimnazjum",
        "liceum",
        "technikum",
        "biblioteka",
        "świetlica",
        "hospicjum",
        "parafia",
        "grupa",
        "koło",
        "rada",
        "radio",
        "telewizja",
        "komisariat",
        "posterunek",
        "kapituła",
        "sejmik",
        "zarząd",
        "krzyż",
    ]
)
# Heads naming the governing body of another organisation: before that organisation's name
# ("Zarząd Stowarzyszenia „Razem”", "Zarząd Fundacji") the organisation meant is the other one;
# alone they name a body of their own ("Zarząd Województwa Śląskiego", "Zarząd Powiatu").
GOVERNING_BODY_HEADS: Final[frozenset[str]] = frozenset(["zarząd"])
# Heads that name an organisation only with a given adjective before them: "Polski Czerwony Krzyż"
# is one, "Srebrny Krzyż Zasługi" (a decoration) is not.
HEAD_REQUIRED_ADJECTIVES: Final[Mapping[str, str]] = MappingProxyType({"krzyż": "czerwony"})
# Lower-case words that may continue a capitalised organisation name ("Ministerstwo Rodziny, Pracy
# i Polityki Społecznej", "Związek Gmin Wiejskich RP", "Zespół ds. Modelu").
NAME_CONNECTORS: Final[frozenset[str]] = frozenset(["i", "ds", "do", "spraw", "na", "rzecz", "dla"])
# Words that open a locality after an organisation's name ("w Toruniu", "we Wrocławiu").
LOCALITY_PREPOSITIONS: Final[frozenset[str]] = frozenset(["w", "we"])
# Endings glued to an inflected acronym ("ROPS-u", "MOPS-ie", "PCPR'em").
ACRONYM_ENDINGS: Final[tuple[str, ...]] = ("owi", "iem", "em", "ie", "u", "y", "a")
# Nouns (SGJP lemmas) after which a name in apposition names a project, programme or campaign, not an
# organisation: "projektu „Sąsiedzka Akademia Aktywności”", "z Programu Fundusz Inicjatyw
# Obywatelskich", "projektu pn. „Lubuskie Centrum Wsparcia Rodzin”".
NOT_ORG_CUE_LEMMAS: Final[frozenset[str]] = frozenset(
    ["projekt", "program", "przedsięwzięcie", "konkurs", "kampania", "akcja", "cykl", "grant", "inicjatywa"]
)
# Markers written between such a noun and the name: "projekt pn. „…”", "program pod nazwą …".
NAME_MARKERS: Final[frozenset[str]] = frozenset(["pn", "pt", "nazwą", "hasłem", "tytułem"])

# Vocabulary for recognising places in Polish news: the words that announce a place name, the words
# that rule one out, non-localities that look like localities (regions, rivers, countries, foreign
# cities), venue nouns and the suffix table that de-inflects village names Morfeusz does not know.
# Sources: case government of prepositions and forms as in SGJP (Morfeusz 2); settlement types as in
# TERYT SIMC (WMRODZ); country and foreign-city names as in the KSNG list "Urzędowy wykaz polskich
# nazw geograficznych świata" (2013); cue words, acronyms and venue nouns collected by the project
# from social-policy and local-government news. Lower-case unless stated; no logic here.
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from kooperacja_nlp.lang.months import MONTHS_GENITIVE, ROMAN_MONTHS
from kooperacja_nlp.lang.names import STREET_WORDS

# Morfeusz name classes.
GEO_LABEL: Final[str] = "nazwa_geograficzna"
GEO_LABELS: Final[frozenset[str]] = frozenset({GEO_LABEL, "człon_nazwy_geograficznej"})
FIRST_NAME_LABEL: Final[str] = "imię"
SURNAME_LABEL: Final[str] = "nazwisko"
COMMON_LABEL: Final[str] = "nazwa_pospolita"

# SIMC settlement types that count as a locality (city, town, village); parts of towns and
# villages ("część miasta", "część wsi") and hostels do not.
LOCALITY_KINDS: Final[frozenset[str]] = frozenset({"miasto", "wieś", "osada", "kolonia", "przysiółek", "osada leśna"})
TOWN_KINDS: Final[frozenset[str]] = frozenset({"miasto"})
# Among homonyms with no other clue: a town before a village, a village before a settlement.
KIND_PREFERENCE: Final[tuple[str, ...]] = ("miasto", "wieś", "osada", "kolonia")

# Preposition -> cases of the place name it governs. "w Toruniu", "z Poznania", "pod Krakowem"
# ("near Kraków"). "nad" is absent on purpose: "nad Wisłą" names a river; inside a name
# ("Nakło nad Notecią") it is a NAME_CONNECTOR.
PREPOSITION_CASES: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "w": frozenset({"loc"}),
        "we": frozenset({"loc"}),
        "na": frozenset({"loc"}),
        "z": frozenset({"gen"}),
        "ze": frozenset({"gen"}),
        "do": frozenset({"gen"}),
        "od": frozenset({"gen"}),
        "spod": frozenset({"gen"}),
        "koło": frozenset({"gen"}),
        "k": frozenset({"gen"}),  # "k. Pińczowa"
        "kolo": frozenset({"gen"}),
        "obok": frozenset({"gen"}),
        "niedaleko": frozenset({"gen"}),
        "okolic": frozenset({"gen"}),
        "okolicach": frozenset({"gen"}),
        "okolicy": frozenset({"gen"}),
        "pobliżu": frozenset({"gen"}),
        "spoza": frozenset({"gen"}),
        "pod": frozenset({"inst"}),
    }
)
# Prepositions that after a capitalised common noun belong to a proper name, not to a location:
# "Stowarzyszenie „Dom pod Lipami”", "Zajazd pod Dębem" (but "Niepołomice pod Krakowem").
NAME_PREPOSITIONS: Final[frozenset[str]] = frozenset({"pod"})
# Abbreviated prepositions that count only with their period ("k. Pińczowa", not the letter "k").
PERIOD_PREPOSITIONS: Final[frozenset[str]] = frozenset({"k"})
# Prepositions that introduce a venue phrase ("w sali konferencyjnej", "na sali gimnastycznej").
VENUE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"w", "we", "na"})
# Conjunctions inside a venue's proper name ("Centrum Kultury i Sportu").
VENUE_CONJUNCTIONS: Final[frozenset[str]] = frozenset({"i", "oraz"})
# Locative prepositions: only a place can follow them capitalised ("w Marku" is no person).
LOCATIVE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"w", "we"})
# Prepositions after which a following list item is still governed by the same preposition.
STRONG_PREPOSITIONS: Final[frozenset[str]] = frozenset({"w", "we", "z", "ze", "do", "od", "k", "koło"})

# Nouns (lemmas, plus abbreviations without the period) after which a locality's name follows,
# usually in the nominative ("gmina Kcynia", "miasto Elbląg", "MiG Końskie") or in the genitive
# ("Urząd Miasta Zgierza").
ADMIN_NOUNS: Final[frozenset[str]] = frozenset({"gmina", "miasto", "wieś", "miejscowość", "sołectwo"})
# The same written with a period ("Gm. Tuchola", "m. Kalisz") -> whether it names a gmina.
ADMIN_ABBREVIATIONS: Final[Mapping[str, bool]] = MappingProxyType({"gm": True, "m": False})
# Adjectives that may stand between an admin noun and the name: "Gminy Miejskiej Tczew".
ADMIN_ADJECTIVES: Final[frozenset[str]] = frozenset({"miejski", "wiejski", "miejsko-wiejski"})
# Offices and residents followed by a locality in the genitive: "Burmistrz Gogolina",
# "mieszkańcom Mikołowa".
GENITIVE_HEAD_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "burmistrz",
        "wiceburmistrz",
        "wójt",
        "wicewójt",
        "prezydent",
        "wiceprezydent",
        "sołtys",
        "sołtyska",  # "podziękował sołtysce Szreniawy"
        "burmistrzyni",
        "prezydentka",
        "mieszkaniec",
        "mieszkanka",
        "przyjaciel",  # "Towarzystwo Przyjaciół Bielin": associations named after their place
        "miłośnik",
        "teren",  # "z terenu Kalisza", "na terenie Gminy Kolbudy"
        "obszar",
    }
)
# The offices among them, whose holder may follow by surname ("wiceprezydent Wieczorek")
OFFICE_NOUNS: Final[frozenset[str]] = frozenset(
    {"burmistrz", "wiceburmistrz", "wójt", "wicewójt", "prezydent", "wiceprezydent", "sołtys", "sołtyska"}
    | {"burmistrzyni", "prezydentka"}
)
# A locality placed in its unit right after the name: "Wilków w gminie Bodzentyn", "Sędek (gm. Łagów)",
# "Borki w powiecie radzyńskim". The name before such a phrase is a place whatever its case ("odwiedziła
# Wilków"). Keys: the word after "w"/"we"/"(" (lower case, without a period); values: whether the
# word must be followed by a period (abbreviations).
TRAILING_UNIT_WORDS: Final[Mapping[str, bool]] = MappingProxyType(
    {"gminie": False, "gmina": False, "powiecie": False, "powiat": False, "gm": True, "pow": True}
)
# Longest word that, followed by a period, is read as an abbreviation inside a street or patron name
# ("ul. Ks. Piotra Skargi", "im. J. Kochanowskiego"); a longer one ends the sentence ("ul. Opolskiej.").
ABBREVIATION_MAX_LENGTH: Final[int] = 3
# Longest word that, followed by a period, is read as an abbreviated cue before a name ("k. Pińczowa",
# "gm. Tuchola", "woj. Kielce"); a longer one ends its sentence ("potrzeb mieszkańców. Jak
# poinformował ...", "w Urzędzie Gminy. Jak ...") and cues nothing after it.
CUE_ABBREVIATION_MAX_LETTERS: Final[int] = 4

# Words between a plural unit noun and the names it introduces: "sołectw, w tym Zwierek i Rafałówki",
# "gmin, m.in. Olszanicy", "miejscowości, takich jak Borki", "wsi: Kolonia, Zalesie". Punctuation included.
LIST_INTRO_WORDS: Final[frozenset[str]] = frozenset(
    {
        ",",
        ":",
        "(",
        "–",
        "-",
        ".",
        "w",
        "tym",
        "m",
        "in",
        "np",
        "takich",
        "takie",
        "takimi",
        "jak",
        "czyli",
        "tj",
        "jest",
    }
)
# The unit a plural unit noun lies in, between them and the list: "gminami powiatu: Czerniejewo,
# Kłecko", "sołectwa gminy: Zalesie, Borki" (lemmas; a following adjective is skipped too).
LIST_INTRO_CONTAINERS: Final[frozenset[str]] = frozenset({"powiat", "gmina", "województwo", "region", "subregion"})
# At most this many such tokens ("sołectw , w tym", "gmin , m . in .").
LIST_INTRO_MAX: Final[int] = 6

# Localities named like a town's square: after "na" they are the square ("Sylwester na Rynku",
# "koncert na Rynku w Dobczycach"), only after "w" the village ("w Rynku koło Kalisza"). Lower-case.
SQUARE_NAMES: Final[frozenset[str]] = frozenset({"rynek", "plac", "stary rynek", "nowy rynek", "mały rynek"})

# Field labels of a notice whose value may begin with the locality, in the nominative: "Miejsce:
# Opatów, Hotel Róża", "Miejsce szkolenia: Kielce", "Miejscowość: Łubowo". A label with a noun after
# it ("Miejsce spotkania:") counts too. Only the name right after the colon is read this way.
PLACE_FIELD_LABELS: Final[frozenset[str]] = frozenset({"miejsce", "miejscowość", "lokalizacja"})

# Acronyms of local bodies that are followed by the name of their locality in the nominative:
# "GOPS Kartuzy", "PUP Przeworsk", "KPP Tomaszów Maz.", "KGW Borkowo". Upper case as written.
PLACE_ACRONYMS: Final[frozenset[str]] = frozenset(
    {
        "GOPS",
        "MOPS",
        "MGOPS",
        "M-GOPS",
        "MOPR",
        "OPS",
        "PCPR",
        "PUP",
        "KPP",
        "KMP",
        "UM",
        "UG",
        "UMiG",
        "MiG",
        "KGW",
        "OSP",
        "GCK",
        "GOK",
        "MOK",
        "MGOK",
        "GBP",
        "MBP",
        "CUS",
        "ŚDS",
        "DPS",
        "SP",
        "ZS",
        "ZSP",
        "LO",
        "SPZOZ",
        "GZEAS",
        "MZK",
    }
)
# Those of PLACE_ACRONYMS that name a gmina's office ("UG Kolbudy": the gmina Kolbudy).
GMINA_ACRONYMS: Final[frozenset[str]] = frozenset({"UG", "UMiG", "MiG"})
# Words after which a capitalised word is not a place: streets, squares, estates (``STREET_WORDS``), patrons,
# honorifics and titles ("ul. Gdańska", "im. Jana Pawła II", "Pani Zielona").
BLOCKING_WORDS: Final[frozenset[str]] = STREET_WORDS | frozenset(
    {
        "im",
        "imienia",
        "św",
        "świętego",
        "świętej",
        "bł",
        "nad",
        "herbu",
        "pan",
        "pani",
        "pana",
        "panią",
        "panu",
        "panem",
        "państwo",
        "dr",
        "prof",
        "hab",
        "mgr",
        "inż",
        "ks",
        "kard",
        "abp",
        "bp",
        "rzeka",
        "rzeki",
        "rzece",
        "rzeką",
        "jezioro",
        "jeziora",
        "jeziorze",
    }
)
# Inside a name these link its parts and keep their own form ("Nakło nad Notecią"); "n." is an
# abbreviation of "nad" ("Nakło n. Notecią").
NAME_CONNECTORS: Final[Mapping[str, str]] = MappingProxyType({"nad": "nad", "n": "nad", "pod": "pod"})
# Abbreviated adjectives of two-word names ("Tomaszów Maz.", "Ostrów Wlkp."), written with a period.
ABBREVIATED_ADJECTIVES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "maz": "mazowiecki",
        "wlkp": "wielkopolski",
        "wlk": "wielki",
        "śl": "śląski",
        "gd": "gdański",
        "gdań": "gdański",
        "tryb": "trybunalski",
        "kuj": "kujawski",
        "pom": "pomorski",
        "podl": "podlaski",
        "lub": "lubelski",
        "dln": "dolny",
        "górn": "górny",
        "kam": "kamienny",
    }
)
# Colloquial short forms of two-part town names ("w Ostrowie", "w Tomaszowie", "w Bielsku"): the
# towns they usually mean; context (the voivodeship named) or size chooses among several.
SHORT_FORMS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "ostrów": ("Ostrów Wielkopolski", "Ostrów Mazowiecka", "Ostrów Lubelski"),
        "gorzów": ("Gorzów Wielkopolski",),
        "bielsko": ("Bielsko-Biała",),
        "bielsk": ("Bielsk Podlaski",),
        "piotrków": ("Piotrków Trybunalski", "Piotrków Kujawski"),
        "tomaszów": ("Tomaszów Mazowiecki", "Tomaszów Lubelski"),
        "starogard": ("Starogard Gdański",),
        "kędzierzyn": ("Kędzierzyn-Koźle",),
        "jastrzębie": ("Jastrzębie-Zdrój",),
        "skarżysko": ("Skarżysko-Kamienna",),
        "grodzisk": ("Grodzisk Mazowiecki", "Grodzisk Wielkopolski"),
        "ostrowiec": ("Ostrowiec Świętokrzyski",),
        "strzelce": ("Strzelce Opolskie", "Strzelce Krajeńskie"),
        "busko": ("Busko-Zdrój",),
        "siemianowice": ("Siemianowice Śląskie",),
        "środa": ("Środa Wielkopolska", "Środa Śląska"),
        "golub": ("Golub-Dobrzyń",),
        "lądek": ("Lądek-Zdrój",),
        "nowy dwór": ("Nowy Dwór Mazowiecki", "Nowy Dwór Gdański"),
        "rawa": ("Rawa Mazowiecka",),
        "kalwaria": ("Kalwaria Zebrzydowska",),
        "sokołów": ("Sokołów Podlaski", "Sokołów Małopolski"),
    }
)
# Words joining the items of a list of places: "w Toruniu, Olsztynie i Gdańsku".
LIST_JOINERS: Final[frozenset[str]] = frozenset({",", ";", "i", "oraz", "lub", "albo", "czy", "a"})

# Regions, landscapes and mountain ranges: geographic names that are not localities even where a
# small village shares the name ("na Mazurach", "Dolina Wisły"). Nominative, lower case.
REGIONS: Final[frozenset[str]] = frozenset(
    {
        "śląsk",
        "górny śląsk",
        "dolny śląsk",
        "pomorze",
        "pomorze zachodnie",
        "pomorze gdańskie",
        "mazury",
        "warmia",
        "kujawy",
        "podkarpacie",
        "podlasie",
        "mazowsze",
        "małopolska",
        "wielkopolska",
        "kaszuby",
        "kociewie",
        "żuławy",
        "podhale",
        "ponidzie",
        "zamojszczyzna",
        "roztocze",
        "kurpie",
        "suwalszczyzna",
        "lubelszczyzna",
        "opolszczyzna",
        "kielecczyzna",
        "sądecczyzna",
        "zagłębie",
        "spisz",
        "orawa",
        "bieszczady",
        "beskidy",
        "tatry",
        "sudety",
        "pieniny",
        "gorce",
        "jura",
        "powiśle",
        "polesie",
        "pałuki",
        "krajna",
        "łemkowszczyzna",
        "łużyce",
        "galicja",
        "wołyń",
        "kresy",
        "podbeskidzie",
        "zaolzie",
        # mountain ranges and forests named with a locality's word ("w Górach Świętokrzyskich" is
        # no village Góry)
        "góry świętokrzyskie",
        "góry stołowe",
        "góry sowie",
        "beskid niski",
        "beskid sądecki",
        "beskid śląski",
        "beskid żywiecki",
        "beskid wyspowy",
        "beskid makowski",
        "puszcza białowieska",
        "puszcza kampinoska",
        "puszcza notecka",
        "bory tucholskie",
        "europa",
        "azja",
        "afryka",
        "ameryka",
        "bałtyk",
        "ziemia",
    }
)
# Rivers and lakes whose names are also towns or villages ("Wisła", "Warta"): not taken as a
# locality without a cue such as "w".
RIVERS: Final[frozenset[str]] = frozenset(
    {
        "wisła",
        "odra",
        "warta",
        "bug",
        "narew",
        "san",
        "noteć",
        "pilica",
        "bzura",
        "wieprz",
        "dunajec",
        "nysa",
        "drwęca",
        "brda",
        "łyna",
        "prosna",
        "obra",
        "biebrza",
        "wkra",
        "kamienna",
        "wisłok",
        "wisłoka",
        "raba",
        "skawa",
        "soła",
        "poprad",
        "bóbr",
        "kwisa",
        "gwda",
        "rega",
        "słupia",
        "łeba",
        "nida",
        "przemsza",
        "mamry",
        "śniardwy",
        "hańcza",
    }
)
# Countries, nominative lemma as SGJP gives it -> name on output. Multi-word names as well.
COUNTRIES: Final[Mapping[str, str]] = MappingProxyType(
    {
        name.casefold(): name
        for name in (
            "Polska",
            "Niemcy",
            "Czechy",
            "Słowacja",
            "Ukraina",
            "Białoruś",
            "Litwa",
            "Łotwa",
            "Estonia",
            "Rosja",
            "Mołdawia",
            "Rumunia",
            "Węgry",
            "Austria",
            "Szwajcaria",
            "Francja",
            "Hiszpania",
            "Portugalia",
            "Włochy",
            "Grecja",
            "Bułgaria",
            "Serbia",
            "Chorwacja",
            "Słowenia",
            "Bośnia i Hercegowina",
            "Czarnogóra",
            "Albania",
            "Macedonia",
            "Macedonia Północna",
            "Kosowo",
            "Turcja",
            "Cypr",
            "Malta",
            "Holandia",
            "Belgia",
            "Luksemburg",
            "Dania",
            "Szwecja",
            "Norwegia",
            "Finlandia",
            "Islandia",
            "Irlandia",
            "Wielka Brytania",
            "Anglia",
            "Szkocja",
            "Walia",
            "Gruzja",
            "Armenia",
            "Azerbejdżan",
            "Kazachstan",
            "Izrael",
            "Egipt",
            "Maroko",
            "Tunezja",
            "Syria",
            "Irak",
            "Iran",
            "Afganistan",
            "Indie",
            "Chiny",
            "Japonia",
            "Korea Południowa",
            "Wietnam",
            "Australia",
            "Kanada",
            "Meksyk",
            "Brazylia",
            "Argentyna",
            "Stany Zjednoczone",
            "USA",
        )
    }
)
# The adjective of each city with powiat rights (TERYT's 66): "Uniwersytet Rzeszowski", "aula
# Politechniki Gdańskiej", "Sala Rady Miasta Łódzkiego" stand in that city. Left out where the
# adjective names another town as well ("bielski": Bielsko-Biała and Bielsk Podlaski; "dąbrowski",
# "krośnieński"). Masculine nominative -> the city's official name.
CITY_ADJECTIVES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "bialski": "Biała Podlaska",
        "białostocki": "Białystok",
        "bydgoski": "Bydgoszcz",
        "bytomski": "Bytom",
        "chełmski": "Chełm",
        "chorzowski": "Chorzów",
        "częstochowski": "Częstochowa",
        "elbląski": "Elbląg",
        "gdański": "Gdańsk",
        "gdyński": "Gdynia",
        "gliwicki": "Gliwice",
        "gorzowski": "Gorzów Wielkopolski",
        "grudziądzki": "Grudziądz",
        "jastrzębski": "Jastrzębie-Zdrój",
        "jaworznicki": "Jaworzno",
        "jeleniogórski": "Jelenia Góra",
        "kaliski": "Kalisz",
        "katowicki": "Katowice",
        "kielecki": "Kielce",
        "koniński": "Konin",
        "koszaliński": "Koszalin",
        "krakowski": "Kraków",
        "legnicki": "Legnica",
        "leszczyński": "Leszno",
        "lubelski": "Lublin",
        "mysłowicki": "Mysłowice",
        "nowosądecki": "Nowy Sącz",
        "olsztyński": "Olsztyn",
        "opolski": "Opole",
        "ostrołęcki": "Ostrołęka",
        "piekarski": "Piekary Śląskie",
        "piotrkowski": "Piotrków Trybunalski",
        "poznański": "Poznań",
        "przemyski": "Przemyśl",
        "płocki": "Płock",
        "radomski": "Radom",
        "rudzki": "Ruda Śląska",
        "rybnicki": "Rybnik",
        "rzeszowski": "Rzeszów",
        "siedlecki": "Siedlce",
        "siemianowicki": "Siemianowice Śląskie",
        "skierniewicki": "Skierniewice",
        "sopocki": "Sopot",
        "sosnowiecki": "Sosnowiec",
        "suwalski": "Suwałki",
        "szczeciński": "Szczecin",
        "słupski": "Słupsk",
        "tarnobrzeski": "Tarnobrzeg",
        "tarnowski": "Tarnów",
        "toruński": "Toruń",
        "tyski": "Tychy",
        "warszawski": "Warszawa",
        "wałbrzyski": "Wałbrzych",
        "wrocławski": "Wrocław",
        "włocławski": "Włocławek",
        "zabrzański": "Zabrze",
        "zamojski": "Zamość",
        "zielonogórski": "Zielona Góra",
        "łomżyński": "Łomża",
        "łódzki": "Łódź",
        "świnoujski": "Świnoujście",
        "świętochłowicki": "Świętochłowice",
        "żorski": "Żory",
    }
)
# Foreign cities with Polish exonyms (and homonyms of Polish villages: "Paryż", "Berlin"): never a
# Polish locality, but the place of a study visit abroad ("wizyta studyjna w Wilnie"). Nominative,
# lower case -> the country, as COUNTRIES writes it (None where the country is disputed).
FOREIGN_CITY_COUNTRIES: Final[Mapping[str, str | None]] = MappingProxyType(
    {
        # Niemcy
        "akwizgran": "Niemcy",
        "berlin": "Niemcy",
        "bonn": "Niemcy",
        "brema": "Niemcy",
        "drezno": "Niemcy",
        "frankfurt": "Niemcy",
        "hamburg": "Niemcy",
        "hanower": "Niemcy",
        "kolonia": "Niemcy",
        "lubeka": "Niemcy",
        "monachium": "Niemcy",
        "norymberga": "Niemcy",
        "poczdam": "Niemcy",
        "rostock": "Niemcy",
        "stuttgart": "Niemcy",
        # Francja
        "lyon": "Francja",
        "marsylia": "Francja",
        "nicea": "Francja",
        "paryż": "Francja",
        "strasburg": "Francja",
        # Wielka Brytania
        "edynburg": "Wielka Brytania",
        "glasgow": "Wielka Brytania",
        "londyn": "Wielka Brytania",
        "manchester": "Wielka Brytania",
        # Irlandia
        "dublin": "Irlandia",
        # Austria
        "graz": "Austria",
        "innsbruck": "Austria",
        "salzburg": "Austria",
        "wiedeń": "Austria",
        # Czechy
        "brno": "Czechy",
        "karwina": "Czechy",
        "opawa": "Czechy",
        "ostrawa": "Czechy",
        "ołomuniec": "Czechy",
        "praga": "Czechy",
        # Słowacja
        "bratysława": "Słowacja",
        "preszów": "Słowacja",
        "żylina": "Słowacja",
        # Węgry
        "budapeszt": "Węgry",
        # Rumunia
        "bukareszt": "Rumunia",
        # Bułgaria
        "sofia": "Bułgaria",
        # Serbia
        "belgrad": "Serbia",
        # Chorwacja
        "zagrzeb": "Chorwacja",
        # Słowenia
        "lublana": "Słowenia",
        # Włochy
        "bolonia": "Włochy",
        "florencja": "Włochy",
        "genua": "Włochy",
        "mediolan": "Włochy",
        "neapol": "Włochy",
        "rzym": "Włochy",
        "turyn": "Włochy",
        "wenecja": "Włochy",
        # Watykan
        "watykan": "Watykan",
        # Hiszpania
        "barcelona": "Hiszpania",
        "madryt": "Hiszpania",
        "sewilla": "Hiszpania",
        "walencja": "Hiszpania",
        # Portugalia
        "lizbona": "Portugalia",
        "porto": "Portugalia",
        # Holandia
        "amsterdam": "Holandia",
        "haga": "Holandia",
        "rotterdam": "Holandia",
        # Belgia
        "antwerpia": "Belgia",
        "brugia": "Belgia",
        "bruksela": "Belgia",
        "gandawa": "Belgia",
        # Luksemburg
        "luksemburg": "Luksemburg",
        # Szwajcaria
        "bazylea": "Szwajcaria",
        "berno": "Szwajcaria",
        "genewa": "Szwajcaria",
        "zurych": "Szwajcaria",
        # Dania
        "kopenhaga": "Dania",
        # Szwecja
        "sztokholm": "Szwecja",
        # Norwegia
        "oslo": "Norwegia",
        # Finlandia
        "helsinki": "Finlandia",
        # Łotwa
        "ryga": "Łotwa",
        # Estonia
        "tallin": "Estonia",
        # Litwa
        "kowno": "Litwa",
        "kłajpeda": "Litwa",
        "troki": "Litwa",
        "wilno": "Litwa",
        # Białoruś
        "brześć": "Białoruś",
        "grodno": "Białoruś",
        "homel": "Białoruś",
        "mohylew": "Białoruś",
        "nowogródek": "Białoruś",
        "pińsk": "Białoruś",
        "witebsk": "Białoruś",
        # Ukraina
        "charków": "Ukraina",
        "chersoń": "Ukraina",
        "czernihów": "Ukraina",
        "czerniowce": "Ukraina",
        "dniepr": "Ukraina",
        "donieck": "Ukraina",
        "drohobycz": "Ukraina",
        "kijów": "Ukraina",
        "lwów": "Ukraina",
        "mariupol": "Ukraina",
        "odessa": "Ukraina",
        "równe": "Ukraina",
        "tarnopol": "Ukraina",
        "truskawiec": "Ukraina",
        "użhorod": "Ukraina",
        "winnica": "Ukraina",
        "zaporoże": "Ukraina",
        "łuck": "Ukraina",
        "ługańsk": "Ukraina",
        "żytomierz": "Ukraina",
        # Rosja
        "kaliningrad": "Rosja",
        "królewiec": "Rosja",
        "moskwa": "Rosja",
        "petersburg": "Rosja",
        # Grecja
        "ateny": "Grecja",
        # Turcja
        "ankara": "Turcja",
        "stambuł": "Turcja",
        # Stany Zjednoczone
        "chicago": "Stany Zjednoczone",
        "waszyngton": "Stany Zjednoczone",
        # Japonia
        "tokio": "Japonia",
        # Chiny
        "pekin": "Chiny",
        # Kanada
        "toronto": "Kanada",
        "nowy jork": "Stany Zjednoczone",
        "jerozolima": None,
    }
)
FOREIGN_CITIES: Final[frozenset[str]] = frozenset(FOREIGN_CITY_COUNTRIES)

# Head nouns of a venue phrase ("w sali konferencyjnej Hotelu X", "w siedzibie ROPS w Toruniu").
VENUE_HEADS: Final[frozenset[str]] = frozenset(
    {
        "sala",
        "siedziba",
        "budynek",
        "gmach",
        "hotel",
        "zajazd",
        "gościniec",
        "willa",
        "folwark",
        "urząd",
        "starostwo",
        "ratusz",
        "centrum",
        "dom",
        "ośrodek",
        "zespół",
        "pałac",
        "dworek",
        "dwór",
        "zamek",
        "muzeum",
        "biblioteka",
        "szkoła",
        "przedszkole",
        "park",
        "restauracja",
        "gospodarstwo",
        "zagroda",
        "kościół",
        "parafia",
        "filharmonia",
        "teatr",
        "kino",
        "hala",
        "aula",
        "audytorium",
        "galeria",
        "świetlica",
        "remiza",
        "karczma",
        "kawiarnia",
        "schronisko",
        "szpital",
        "uniwersytet",
        "uczelnia",
        "wydział",
        "instytut",
        "akademia",
        "biuro",
        "klub",
        "pensjonat",
        "dworzec",
        "stadion",
        "amfiteatr",
        "sanktuarium",
        "opactwo",
        "klasztor",
        "kompleks",
        "obiekt",
        "pomieszczenie",
    }
)
# Lower-case words that may continue a venue phrase (adjectives are checked with Morfeusz).
VENUE_LINKS: Final[frozenset[str]] = frozenset({"nr", "im", "pw", "przy", "ul", "al", "pl", "św"})
# Head nouns that, written in lower case, are a venue only with one of these words after them:
# "w zespole szkół" is a building, "w zespole interdyscyplinarnym" a body of people.
VENUE_LOWERCASE_COMPLEMENTS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {"zespół": frozenset({"szkół", "szkolno", "szkolnym", "pałacowo", "pałacowym", "dworsko", "klasztornym"})}
)
# Lower-case head nouns and the words after them that make an idiom, not a building ("w centrum
# uwagi", "w domu" = at home): the head is a venue only with another dependent.
VENUE_IDIOMS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "centrum": frozenset(
            {"uwagi", "zainteresowania", "wydarzeń", "działań", "dyskusji", "debaty", "rozmów", "sporu", "spraw"}
        ),
        "dom": frozenset({"", "i", "oraz", "lub", "a", "czy", "bądź", "albo"}),
    }
)
# Lemmas of pronouns and numerals Morfeusz tags as adjectives: they need a noun after them, so a
# venue phrase never ends with one ("w sali konferencyjnej jednego z ośrodków" is not "sala
# konferencyjna jednego").
VENUE_DETERMINERS: Final[frozenset[str]] = frozenset(
    {
        "jeden",
        "ten",
        "tamten",
        "ów",
        "który",
        "jakiś",
        "któryś",
        "każdy",
        "żaden",
        "pewien",
        "nasz",
        "wasz",
        "mój",
        "twój",
        "swój",
        "inny",
        "taki",
        "sam",
    }
)
# Of those, the ones that open a partitive phrase with "z" + genitive plural ("jednego z tamtejszych
# ośrodków"), which the venue phrase then takes in whole.
VENUE_PARTITIVES: Final[frozenset[str]] = frozenset({"jeden", "któryś", "każdy", "żaden"})
VENUE_PARTITIVE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"z", "ze"})
# A line of page navigation ("« Poprzedni wpis: …   Następny wpis: Ferie w świetlicy »", "Zobacz
# też: …"): it names other articles, so a venue in it is not where this article's event is.
# Anchored at a line start; the leading run of punctuation is bounded (linear time).
NAVIGATION_LINE_RE: Final[re.Pattern[str]] = re.compile(
    r"[^\w\n]{0,8}(?=[pnwszcio])(?:"  # the lookahead fails fast on runs of punctuation
    r"(?:poprzedni[aey]?|następn[aey]|wcześniejsz[aey]|starsz[aey]|nowsz[aey])[ \t]{1,3}"
    r"(?:wpis|artykuł|post|aktualność|aktualności|wiadomość|informacja|tekst|news|strona)\b"
    r"|(?:poprzedni[aey]?|następn[aey])[ \t]{0,3}[:»«<>]"
    r"|(?:zobacz|czytaj|przeczytaj)[ \t]{1,3}(?:też|także|również|więcej)\b"
    r"|(?:powiązane|podobne|polecane|inne|najnowsze|ostatnie)[ \t]{1,3}"
    r"(?:wpisy|artykuły|aktualności|wiadomości|posty)\b"
    r")",
    re.IGNORECASE,
)

# Adjectives as the second word of a name ("Wielopola Skrzyńskiego" -> "Skrzyńskie"). Also used for words
# Morfeusz knows only as surnames ("Skrzyńskiego" -> "Skrzyński"), whose neuter and feminine it lacks.
ADJECTIVE_DEINFLECTIONS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("skiej", ("ska",)),
    ("ckiej", ("cka",)),
    ("ej", ("a",)),
    ("skim", ("ski", "skie")),
    ("ckim", ("cki", "ckie")),
    ("ym", ("y", "e")),
    ("im", ("i", "ie")),
    ("ich", ("ie",)),
    ("ych", ("e",)),
    ("iego", ("i", "ie")),
    ("ego", ("y", "e")),
)
# Endings of nominative adjectives ("Uhruska", "Oleckie", "Dolny"), for a second word of a name that
# Morfeusz reads only as something else.
NOMINATIVE_ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = ("ska", "cka", "ski", "cki", "skie", "ckie", "na", "ny", "ne")
# Suffix rewrites from an oblique case to the nominative, for village names Morfeusz does not know
# ("w Łapajówce" -> "Łapajówka"). Every candidate is checked against the gazetteer, so the table
# may over-generate; it only needs to contain the right answer.
DEINFLECTIONS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    # plural
    ("icach", ("ice",)),
    ("ycach", ("yce",)),
    ("kach", ("ki",)),
    ("gach", ("gi",)),
    ("ach", ("y", "e", "i", "a")),
    ("om", ("y", "e", "i", "a")),
    ("ami", ("y", "e", "i", "a")),
    ("ic", ("ice",)),
    ("yc", ("yce",)),
    ("ek", ("ki", "ka")),
    # locative singular
    ("owie", ("ów", "owo")),
    ("inie", ("in", "ino", "ina")),
    ("ynie", ("yn", "yno", "yna")),
    ("nie", ("n", "no", "na")),
    ("dzie", ("d", "da", "do")),
    ("cie", ("t", "ta", "to")),
    ("ście", ("st", "sta", "sto")),
    ("rze", ("r", "ra", "ro")),
    ("le", ("ł", "ła", "ło")),
    ("śle", ("sł", "sła", "sło")),
    ("mie", ("m", "ma", "mo")),
    ("wie", ("w", "wa", "wo")),
    ("bie", ("b", "ba", "bo")),
    ("pie", ("p", "pa", "po")),
    ("sie", ("s", "sa", "so")),
    ("zie", ("z", "za", "zo")),
    ("ce", ("ka", "ca")),
    ("dze", ("ga",)),
    ("sze", ("cha",)),
    ("niu", ("ń", "nie")),
    ("ziu", ("ź", "zie")),
    ("siu", ("ś", "sie")),
    ("ciu", ("ć", "cie")),
    ("iu", ("ie",)),
    ("cu", ("ec", "c")),
    ("ku", ("k", "ek", "ko")),
    ("u", ("", "o", "e")),
    # genitive singular
    ("owa", ("ów", "owo")),
    ("nia", ("ń", "nie")),
    ("ca", ("iec", "ec")),
    ("a", ("", "o", "e")),
    ("ii", ("ia",)),
    ("cy", ("ca",)),
    ("ki", ("ka",)),
    ("gi", ("ga",)),
    ("li", ("la",)),
    ("y", ("a",)),
    ("i", ("a", "ia")),
    # instrumental
    ("niem", ("ń",)),
    ("iem", ("", "ie")),
    ("em", ("", "o", "e")),
    ("ą", ("a",)),
    *ADJECTIVE_DEINFLECTIONS,
)

# --- patterns (compiled once; linear time: no nested quantifiers over overlapping classes) ---
# Words with inner hyphens ("Bielsku-Białej", "M-GOPS"), numbers, punctuation marks.
# A run of one punctuation mark is one token ("...", "----"): rules of dashes stay cheap.
TOKEN_RE: Final[re.Pattern[str]] = re.compile(r"[^\W\d_]+(?:[-‐‑][^\W\d_]+)*|\d+|([^\w\s])\1*")
# The same tokens, the whole token captured (group 1), for ``re.split``: a list of strings instead
# of a match object per token (several times cheaper on long texts, and nothing for the collector).
TOKEN_SPLIT_RE: Final[re.Pattern[str]] = re.compile(r"([^\W\d_]+(?:[-‐‑][^\W\d_]+)*|\d+|([^\w\s])\2*)")
# Endings of a powiat adjective and the nominative masculine ending they come from: "-skiego",
# "-skim" -> "-ski"; "-nego" -> "-ny" (hard stems, rare in powiat names). Longest first.
COUNTY_SOFT_ENDINGS: Final[tuple[str, ...]] = ("iego", "iemu", "imi", "ich", "iej", "im", "ie", "ą", "a", "i")
COUNTY_HARD_ENDINGS: Final[tuple[str, ...]] = ("ego", "emu", "ymi", "ych", "ej", "ym", "e", "a", "y")
# "powiat", "powiatu", "powiecie", "powiaty", "powiatach: ..." (not "Powiatowy": a whole word).
COUNTY_TRIGGER_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:[Pp]owi(?:at|atu|atowi|atem|ecie|aty|atów|atom|atami|atach)(?!\w)|[Pp]ow\.)(?:\s*:)?\s*"
)
# Every COUNTY_TRIGGER_RE match begins with one of these (found with ``str.find`` first).
COUNTY_ANCHORS: Final[tuple[str, ...]] = ("Pow", "pow")
# An administrative qualifier right after a locality's name: "Sędek (gm. Łagów)", "Wola, gmina
# Łagów", "Łagów (pow. świebodziński)", "Łagów (woj. lubuskie)". Groups: gmina, powiat,
# voivodeship cue; anchored at the name's end, bounded runs (linear time). The resolver also
# requires that a homonym of the name actually lies there before it binds the name.
APPOSITION_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]{0,3}[(,][ \t]{0,3}(?:"
    r"(gm\.|gmina\b|gminy\b|gminie\b)"
    r"|(pow\.|powiat\b|powiatu\b|powiecie\b)"
    r"|(woj\.|województwo\b|województwa\b|województwie\b)"
    r")[ \t]{0,3}"
)  # lower case only: "Zielonej Górze, Województwo Pomorskie/…" is the next item of a list
# A powiat adjective in any case, compounds and two-word names included: "nakielskiego",
# "bieruńsko-lędzińskim", "łódzki wschodni".
COUNTY_ITEM_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:[^\W\d_]+o-)?[^\W\d_]+(?:sk|ck|dzk)(?:iego|iemu|imi|ich|iej|im|ie|i|a|ą)(?![\w-])"
    r"(?:\s+(?:wschodni|zachodni|grodzki)(?:ego|emu|m|mi|ch|ej|a|e|ą)?(?![\w-]))?"
)

ROMAN_MONTHS_LOWER: Final[frozenset[str]] = frozenset(m.lower() for m in ROMAN_MONTHS)
# A schedule line opening with its date, then a dash and the item's place in the nominative: "• 25
# maja – Smarklice, remiza OSP", "12.03.2020 r., godz. 10:00 – Lublin, sala ROPS". The words such
# a date may be written with (besides numbers and punctuation), and how many tokens it may take
# ("wt., 21.02.2023, godz. 9:00–14:30 | Nysa" takes 18).
ITEM_DATE_WORDS: Final[frozenset[str]] = frozenset(
    {
        *MONTHS_GENITIVE,
        *ROMAN_MONTHS_LOWER,
        "r",
        "roku",
        "godz",
        "dn",
        "dnia",
        "poniedziałek",
        "wtorek",
        "środa",
        "czwartek",
        "piątek",
        "sobota",
        "niedziela",
        "pon",
        "wt",
        "śr",
        "czw",
        "pt",
        "sob",
        "niedz",
    }
)
ITEM_DATE_MAX_TOKENS: Final[int] = 24

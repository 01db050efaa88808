"""``kn_places`` on invented Polish news sentences: nominative official names, kinds, negatives.

Every expected value is what the sentence means, worked out by hand from the Polish grammar and
the TERYT register (not copied from output). The sentences are invented for these tests.
"""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from spacy.language import Language

from kooperacja_nlp import places_resolve as pr
from kooperacja_nlp.components.base import values
from kooperacja_nlp.components.places import tokenize
from kooperacja_nlp.gazetteer import gazetteer
from kooperacja_nlp.lang import places as lang_places
from kooperacja_nlp.lang import voivodeships as lang_voiv


def _values(nlp: Language, text: str) -> list[dict[str, Any]]:
    return values(nlp.get_pipe("kn_places")(nlp.make_doc(text)), "kn_places")


def _names(nlp: Language, text: str, kind: str = "locality") -> list[str]:
    """Distinct names of one kind, in order of first mention (localities: Polish ones only)."""
    out: list[str] = []
    for v in _values(nlp, text):
        if v["kind"] == kind and not v.get("country") and v["name"] not in out:
            out.append(v["name"])
    return out


# -- inflected, multi-word, hyphenated and ambiguous localities ------------------------------------

LOCALITIES = [
    # a unit noun with its adjective introduces a list of nominative names
    ("Do projektu przystąpiły też gminy ościenne: Bierawa, Cisek i Reńska Wieś.", ["Bierawa", "Cisek", "Reńska Wieś"]),
    # a schedule line: its date, a dash, the item's place in the nominative
    (
        "Harmonogram warsztatów:\n• 25 maja – Smarklice, remiza OSP\n"
        "• 1 czerwca 2024 r., godz. 10:00 – Bużyski, świetlica",
        ["Smarklice", "Bużyski"],
    ),
    # a town that is also a river's name, listed after a unit noun
    ("Do pilotażu zakwalifikowano miasta: Zabrze, Nysę i Wałbrzych.", ["Zabrze", "Nysa", "Wałbrzych"]),
    # locative after "w"/"we"
    ("Spotkanie odbyło się w Toruniu.", ["Toruń"]),
    ("Konferencję zorganizowano w Starogardzie Gdańskim.", ["Starogard Gdański"]),
    ("Szkolenie prowadzono w Nakle nad Notecią.", ["Nakło nad Notecią"]),
    ("Warsztaty odbyły się w Zielonej Górze i w Rudzie Śląskiej.", ["Zielona Góra", "Ruda Śląska"]),
    ("Zespół pracował w Bielsku-Białej, a potem w Kędzierzynie-Koźlu.", ["Bielsko-Biała", "Kędzierzyn-Koźle"]),
    ("Nowe centrum otwarto we Wrocławiu.", ["Wrocław"]),
    ("Debata odbyła się w Piotrkowie Trybunalskim.", ["Piotrków Trybunalski"]),
    ("Forum zorganizowano w Tarnowskich Górach.", ["Tarnowskie Góry"]),
    ("Zebranie miało miejsce w Siemianowicach Śląskich.", ["Siemianowice Śląskie"]),
    ("Punkt konsultacyjny działa w Łaziskach Górnych.", ["Łaziska Górne"]),
    ("Mieszkańcy spotkali się w Dąbrowie Górniczej.", ["Dąbrowa Górnicza"]),
    ("Porozumienie podpisano w Nowym Mieście Lubawskim.", ["Nowe Miasto Lubawskie"]),
    ("Spotkanie w Kostrzynie nad Odrą zgromadziło radnych.", ["Kostrzyn nad Odrą"]),
    ("Kolejne szkolenie odbędzie się w Skarżysku-Kamiennej.", ["Skarżysko-Kamienna"]),
    ("Zajęcia prowadzono w Jastrzębiu-Zdroju i w Busku-Zdroju.", ["Jastrzębie-Zdrój", "Busko-Zdrój"]),
    ("W Białej Podlaskiej i w Bielsku Podlaskim powstaną kluby seniora.", ["Biała Podlaska", "Bielsk Podlaski"]),
    ("Partnerstwo zawiązano w Ostrowi Mazowieckiej.", ["Ostrów Mazowiecka"]),
    ("W Grodzisku Wielkopolskim podpisano deklaracje.", ["Grodzisk Wielkopolski"]),
    # villages Morfeusz does or does not know, plural names
    ("Świetlica działa w Żurawiczkach, a filia w Łapajówce.", ["Żurawiczki", "Łapajówka"]),
    ("Fundacja ma siedzibę w Łopuszce Małej.", ["Łopuszka Mała"]),
    ("Koło gospodyń z Huty Starej przygotowało poczęstunek.", ["Huta Stara"]),
    ("Spotkanie odbyło się w Gorzkowie-Osadzie.", ["Gorzków-Osada"]),
    ("Urząd Gminy Komarów-Osada przygotował salę.", ["Komarów-Osada"]),
    ("Delegacja przyjechała z Kielc, a uczestnicy z Katowic i Gliwic.", ["Kielce", "Katowice", "Gliwice"]),
    ("Konferencja w Kartuzach i spotkanie w Żukowie.", ["Kartuzy", "Żukowo"]),
    # genitive after "z", "do", "k.", offices, residents, "Miasta"
    ("Goście przyjechali z Bydgoszczy do Olsztyna.", ["Bydgoszcz", "Olsztyn"]),
    ("Ośrodek w Krzyżanowicach Dolnych k. Pińczowa gościł uczestników.", ["Krzyżanowice Dolne", "Pińczów"]),
    ("Burmistrz Gogolina otworzył spotkanie.", ["Gogolin"]),
    ("Pomoc trafi do mieszkańców Mikołowa.", ["Mikołów"]),
    ("Wiceprezydent Miasta Będzina podpisał deklarację.", ["Będzin"]),
    ("Prezydent Bielska-Białej wręczył nagrody.", ["Bielsko-Biała"]),
    ("Sołtys Woli Rafałowskiej zaprosił gości.", ["Wola Rafałowska"]),
    # lists continue the preposition
    (
        "Pracownicy ośrodków w Toruniu, Olsztynie, Gdańsku i Zielonej Górze.",
        ["Toruń", "Olsztyn", "Gdańsk", "Zielona Góra"],
    ),
    ("Spotkania odbyły się w: Zawierciu, Żorach, Rybniku oraz Sosnowcu.", ["Zawiercie", "Żory", "Rybnik", "Sosnowiec"]),
    # nominative after "gmina", "miasto", acronyms of local bodies
    ("Gmina Kcynia i Gmina Miejska Tczew przystąpiły do projektu.", ["Kcynia", "Tczew"]),
    ("Przedstawiciele PUP Przeworsk, GOPS Tryńcza i MGOPS Kańczuga.", ["Przeworsk", "Tryńcza", "Kańczuga"]),
    ("Porozumienie podpisało miasto Tomaszów Mazowiecki.", ["Tomaszów Mazowiecki"]),
    ("Komenda KPP Tomaszów Maz. dołączyła do zespołu.", ["Tomaszów Mazowiecki"]),
    ("W gminach Świlcza i Trzebownisko trwa pilotaż.", ["Świlcza", "Trzebownisko"]),
    # inside organisation names
    ("Dyrektor ROPS w Zielonej Górze i kierownik MOPS w Tczewie.", ["Zielona Góra", "Tczew"]),
    ("Regionalny Ośrodek Polityki Społecznej w Rzeszowie ogłosił nabór.", ["Rzeszów"]),
    # without a cue: a town's geographic name
    ("Toruń był miejscem spotkania komitetów.", ["Toruń"]),
    ("Konferencja przyciągnęła specjalistów, a Kraków gościł ich dwa dni.", ["Kraków"]),
    ("Wizyta zakończyła się zwiedzaniem Gdańska.", ["Gdańsk"]),
    # colloquial short forms and abbreviations
    ("W Gorzowie Wlkp. powstało centrum usług społecznych.", ["Gorzów Wielkopolski"]),
    ("Rozmowy z przedstawicielami z Ostrowa Wielkopolskiego.", ["Ostrów Wielkopolski"]),
    ("Po spotkaniu w Bielsku goście wrócili do domów.", ["Bielsko-Biała"]),
    # headings in capitals
    ("KONFERENCJA W KIELCACH", ["Kielce"]),
    # a person after "od"/"z" is not a place; the place after it is
    ("Otrzymaliśmy list od Marka Nowaka z Kalisza.", ["Kalisz"]),
    ("Marek Kalisz z Poznania przyjechał. Kalisz dodał, że projekt jest ważny.", ["Poznań"]),
    ("Nagrodzono Fundację „Warta” z Zambrowa i Stowarzyszenie „Wisła” z Łomży.", ["Zambrów", "Łomża"]),
    # a capitalised preposition belongs to a name ("Zajazd Pod Lipami"), not to a place cue
    ("Kolacja odbyła się w Zajeździe Pod Lipami w Gołdapi.", ["Gołdap"]),
    # "Łodzi" is Łódź, not the village Łodzia
    ("Regionalne Centrum Polityki Społecznej w Łodzi Pani Joanna prowadziła spotkanie.", ["Łódź"]),
    # a notice's place field names the locality in the nominative, also a town that is a common word
    # ("opatów": abbots'); a venue's name before a comma is not a list item ("Hotel Róża, Opatów")
    ("Zapraszamy na szkolenie.\nTermin: 7 września 2020 r.\nMiejsce: Opatów, ul. Długa 5\n", ["Opatów"]),
    ("Szkolenie dla asystentów.\nMiejsce szkolenia: Opatów, Hotel Róża\n", ["Opatów"]),
    ("Nocleg: Hotel Róża, Kielce", ["Kielce"]),
    # a calendar widget's places do not set the article's region: Augustów, not a village of powiat bielski
    (
        "Spotkanie odbyło się 12 października 2022 r. w Augustowie.\n\nKALENDARZ WYDARZEŃ\n"
        "17 listopada – Szkolenie dla kadry DPS\n30 listopada – Forum Ekonomii Społecznej w Bielsku Podlaskim\n",
        ["Augustów", "Bielsk Podlaski"],
    ),
    # "na Rynku" is the town's square; "w Rynku" the village
    ("Koncert odbył się na Rynku w Dobczycach.", ["Dobczyce"]),
    ("Spotkanie w Rynku koło Kalisza.", ["Rynek", "Kalisz"]),
]


@pytest.mark.parametrize("text,expected", LOCALITIES)
def test_localities(nlp: Language, text: str, expected: list[str]) -> None:
    assert _names(nlp, text) == expected


def test_at_least_forty_inflected_names() -> None:
    assert sum(len(expected) for _, expected in LOCALITIES) >= 40


# -- words that are not localities here ------------------------------------------------------------

NOT_LOCALITIES = [
    "Góra to dla nas wyzwanie, ale pomoc dotarła na czas.",  # common nouns at the start / lower case
    "Nowe przepisy weszły w życie, a brzeg rzeki umocniono.",
    "Jan Toruń przyjechał na spotkanie.",  # a surname after a first name
    "W spotkaniu udział wzięli Krzysztof Lubin i Marek Kalisz.",
    "Dyrektor Kalisz podkreślił znaczenie współpracy.",  # a surname after a title
    "Mieszkańcy ul. Gdańskiej protestowali.",  # a street
    "Szkoła im. Jana Pawła II otrzymała nagrodę.",  # a patron
    "Projekt realizuje Uniwersytet Warszawski i Politechnika Gdańska.",  # adjectives of names
    "Mazowieckie Centrum Polityki Społecznej ogłosiło konkurs.",
    "Spotkanie odbyło się w Urzędzie Miasta, w Centrum Kultury i w Ośrodku Pomocy.",  # common nouns
    "W Modelu Kooperacji opisano zasady, a model wdrożono w gminach.",  # a capitalised common noun
    "Mieszkańcy Urzędów Wojewódzkich i Koło Gospodyń Wiejskich.",
    "Przedstawiciele przyjechali znad Wisły i spod Tatr, spacerowali nad Wisłą.",  # a river, mountains
    "Na Mazurach, Kaszubach i na Śląsku trwają konsultacje.",  # regions
    "Delegacja z Berlina, Paryża i Lwowa odwiedziła ośrodek.",  # foreign cities
    "Pani Zielona i Pan Warszawski zabrali głos.",
    "Rozmawialiśmy z Tomaszem Lubinem i Haliną Jasło.",  # surnames after first names, after "z"
    "Głos zabrała Pani Halina Jasło. Jasło podkreśliła wagę współpracy.",
    # a sentence ending in a cue word: the next sentence's first word is not cued (Jaki, Gospodarz)
    "Zespół omówił potrzeby mieszkańców. Jak poinformował koordynator, ankiety wróciły.",
    "Przyjechali sołtysi kilku miejscowości. Gospodarzem spotkania był klub seniora.",
]


@pytest.mark.parametrize("text", NOT_LOCALITIES)
def test_not_localities(nlp: Language, text: str) -> None:
    assert _names(nlp, text) == []


# -- exact spans ------------------------------------------------------------------------------------


def test_span_offsets_and_text(nlp: Language) -> None:
    text = "Szkolenie odbyło się w Starogardzie Gdańskim, a wcześniej w Bielsku-Białej."
    got = [(v["text"], v["name"]) for v in _values(nlp, text) if v["kind"] == "locality"]
    assert got == [("Starogardzie Gdańskim", "Starogard Gdański"), ("Bielsku-Białej", "Bielsko-Biała")]
    for v in _values(nlp, text):
        assert text[v["start"] : v["end"]] == v["text"]


def test_locality_fields_from_the_gazetteer(nlp: Language) -> None:
    (v,) = [v for v in _values(nlp, "Spotkanie w Nakle nad Notecią.") if v["kind"] == "locality"]
    assert v["name"] == "Nakło nad Notecią"
    assert v["voivodeship"] == "kujawsko-pomorskie"
    assert v["county"] == "nakielski"
    assert v["commune"] == "Nakło nad Notecią"
    assert v["teryt_simc"] and v["teryt_terc"] and len(v["teryt_terc"]) == 7


# -- homonyms: the context chooses ------------------------------------------------------------------


def test_homonym_by_named_voivodeship(nlp: Language) -> None:
    text = "Gmina Dąbrowa w województwie opolskim przystąpiła do projektu."
    (loc,) = [v for v in _values(nlp, text) if v["kind"] == "locality"]
    assert (loc["name"], loc["voivodeship"], loc["county"]) == ("Dąbrowa", "opolskie", "opolski")
    (commune,) = [v for v in _values(nlp, text) if v["kind"] == "commune"]
    assert (commune["name"], commune["voivodeship"], commune["text"]) == ("Dąbrowa", "opolskie", "Gmina Dąbrowa")


def test_homonym_by_named_powiat(nlp: Language) -> None:
    text = "Gmina Dąbrowa (powiat mogileński) realizuje projekt."
    (loc,) = [v for v in _values(nlp, text) if v["kind"] == "locality"]
    assert (loc["voivodeship"], loc["county"]) == ("kujawsko-pomorskie", "mogileński")


def test_gmina_locality_lies_in_that_gmina(nlp: Language) -> None:
    # two gminas are called Chmielnik; Rzeszów and Wola Rafałowska place this one in podkarpackie
    text = "Sołtys Woli Rafałowskiej i wójt gminy Chmielnik spotkali się w Rzeszowie."
    chmielnik = [v for v in _values(nlp, text) if v["name"] == "Chmielnik"]
    assert {(v["kind"], v["voivodeship"]) for v in chmielnik} == {
        ("commune", "podkarpackie"),
        ("locality", "podkarpackie"),
    }


def test_largest_homonym_without_context(nlp: Language) -> None:
    (v,) = [v for v in _values(nlp, "Spotkanie odbyło się w Zielonej Górze.") if v["kind"] == "locality"]
    assert (v["voivodeship"], v["county"]) == ("lubuskie", "Zielona Góra")


def test_short_form_follows_the_named_voivodeship(nlp: Language) -> None:
    text = "Centrum w Tomaszowie służy mieszkańcom województwa lubelskiego."
    assert _names(nlp, text) == ["Tomaszów Lubelski"]
    assert _names(nlp, "Centrum w Tomaszowie służy mieszkańcom regionu.") == ["Tomaszów Mazowiecki"]


def test_town_wins_over_village_of_another_name(nlp: Language) -> None:
    # "Tarnowa" reads as Tarnów (town), Tarnowo or Tarnowa (villages)
    assert _names(nlp, "Dobre praktyki gmin, tj. Gogolina oraz Tarnowa.") == ["Gogolin", "Tarnów"]


# -- voivodeships -----------------------------------------------------------------------------------

VOIVODESHIPS = [
    (
        "Projekt obejmuje województwa lubelskie, mazowieckie, podkarpackie, podlaskie i świętokrzyskie.",
        ["lubelskie", "mazowieckie", "podkarpackie", "podlaskie", "świętokrzyskie"],
    ),
    ("Realizatorem jest Województwo Kujawsko-Pomorskie.", ["kujawsko-pomorskie"]),
    ("Ośrodki z woj. śląskiego oraz woj. opolskiego.", ["śląskie", "opolskie"]),
    (
        "Powiaty z województwa lubuskiego(3), pomorskiego(4) i zachodnio-pomorskiego(3).",
        ["lubuskie", "pomorskie", "zachodniopomorskie"],
    ),
    (
        "Makroregion obejmuje 4 województwa: śląskie, łódzkie, małopolskie oraz opolskie.",
        ["śląskie", "łódzkie", "małopolskie", "opolskie"],
    ),
    ("Konferencja dla kadr województwa kujawsko-komorskiego.", ["kujawsko-pomorskie"]),  # a typo
    (
        "Umowę podpisały Województwo Warmińsko – Mazurskie i Województwo Kujawsko Pomorskie.",
        ["warmińsko-mazurskie", "kujawsko-pomorskie"],
    ),
    ("Zapraszamy świętokrzyskie gminy wiejskie do udziału.", ["świętokrzyskie"]),
    ("Wsparcie otrzyma 8 podkarpackich gmin i małopolskie powiaty.", ["podkarpackie", "małopolskie"]),
    ("Świętokrzyskie: ruszył nabór wniosków.", ["świętokrzyskie"]),
    ("W Lubuskiem powstanie nowe centrum.", ["lubuskie"]),
    ("Działania w regionie łódzkim koordynuje RCPS.", ["łódzkie"]),
    ("Marszałek Województwa Podkarpackiego podpisał umowę.", ["podkarpackie"]),
    ("ROPS Województwa Śląskiego wytypował ośrodek.", ["śląskie"]),
    ("Gminy w województwach: łódzkim, śląskim i opolskim.", ["łódzkie", "śląskie", "opolskie"]),
    ("Sprawozdanie Urzędu Marszałkowskiego Województwa Dolno-Śląskiego.", ["dolnośląskie"]),
    # an elliptic second member of the list
    (
        "Obie gminy – jedna z województwa świętokrzyskiego, druga z małopolskiego – wdrażają model.",
        ["świętokrzyskie", "małopolskie"],
    ),
]


@pytest.mark.parametrize("text,expected", VOIVODESHIPS)
def test_voivodeships(nlp: Language, text: str, expected: list[str]) -> None:
    assert _names(nlp, text, "voivodeship") == expected


NOT_VOIVODESHIPS = [
    "Mazowieckie Centrum Polityki Społecznej ogłosiło konkurs.",
    "Śląski Urząd Wojewódzki wydał komunikat.",
    "Wykład wygłosiła doktor Uniwersytetu Łódzkiego.",
    "Dyrektor Oddziału Podkarpackiego PFRON zabrał głos.",
    "Odbyło się VII Kujawsko-Pomorskie Forum Pomocy Społecznej.",
    "W Małopolsce i na Pomorzu dyskutujemy o usługach.",  # regions, not voivodeships
    "Spotkanie w powiecie łódzkim wschodnim.",  # a powiat
    "Mieszkańcy województwa chętnie korzystają z usług.",
]


def test_voivodeship_list_stops_at_a_name(nlp: Language) -> None:
    text = "Projekt współfinansują Samorząd Województwa Lubuskiego oraz Lubuski Urząd Wojewódzki."
    assert [v["text"] for v in _values(nlp, text) if v["kind"] == "voivodeship"] == ["Lubuskiego"]


@pytest.mark.parametrize("text", NOT_VOIVODESHIPS)
def test_not_voivodeships(nlp: Language, text: str) -> None:
    assert _names(nlp, text, "voivodeship") == []


def test_voivodeship_spans_cover_the_adjective(nlp: Language) -> None:
    text = "w woj. kujawsko-pomorskim"
    (v,) = _values(nlp, text)
    assert (v["text"], v["name"], v["kind"]) == ("kujawsko-pomorskim", "kujawsko-pomorskie", "voivodeship")


# -- powiats and gminas -------------------------------------------------------------------------------


def test_counties(nlp: Language) -> None:
    text = (
        "W projekcie uczestniczą trzy powiaty: tucholski, inowrocławski i nakielski, "
        "a także Powiat Starogardzki oraz powiat łódzki wschodni."
    )
    got = [(v["text"], v["name"], v["voivodeship"]) for v in _values(nlp, text) if v["kind"] == "county"]
    assert got == [
        ("tucholski", "tucholski", "kujawsko-pomorskie"),
        ("inowrocławski", "inowrocławski", "kujawsko-pomorskie"),
        ("nakielski", "nakielski", "kujawsko-pomorskie"),
        ("Starogardzki", "starogardzki", "pomorskie"),
        ("łódzki wschodni", "łódzki wschodni", "łódzkie"),
    ]
    assert _names(nlp, text) == []  # a powiat named by its adjective is not a locality


def test_inflected_counties(nlp: Language) -> None:
    text = "Starostwo powiatu kaliskiego współpracuje z Powiatem Płockim i w powiecie ostródzkim."
    assert _names(nlp, text, "county") == ["kaliski", "płocki", "ostródzki"]


def test_communes_and_their_localities(nlp: Language) -> None:
    text = "Porozumienie podpisały gmina Kcynia, Gmina Sosnowiec i Gminy Miejskiej Tczew."
    assert _names(nlp, text, "commune") == ["Kcynia", "Sosnowiec", "Tczew"]
    assert _names(nlp, text) == ["Kcynia", "Sosnowiec", "Tczew"]
    (tczew,) = [v for v in _values(nlp, text) if v["kind"] == "commune" and v["name"] == "Tczew"]
    assert tczew["text"] == "Gminy Miejskiej Tczew" and tczew["teryt_terc"] == "2214011"  # gmina miejska


def test_communes_in_a_list(nlp: Language) -> None:
    text = "Badania prowadzono w gminach Koronowo, Kcynia i Wąbrzeźno."
    got = [(v["name"], v["text"]) for v in _values(nlp, text) if v["kind"] == "commune"]
    assert got == [
        ("Koronowo", "gminach Koronowo"),
        ("Kcynia", "gminach Koronowo, Kcynia"),
        ("Wąbrzeźno", "gminach Koronowo, Kcynia i Wąbrzeźno"),
    ]
    assert _names(nlp, text) == ["Koronowo", "Kcynia", "Wąbrzeźno"]


def test_commune_without_a_locality_of_its_name(nlp: Language) -> None:
    # TERYT lists the seat of gmina Piątnica as "Piątnica Poduchowna"; the text names Piątnica
    (v,) = [v for v in _values(nlp, "Gala odbyła się w Piątnicy.") if v["kind"] == "locality"]
    assert (v["name"], v["voivodeship"], v["commune"], v["teryt_simc"]) == ("Piątnica", "podlaskie", "Piątnica", None)


# -- countries and foreign cities -------------------------------------------------------------------


def test_countries_are_kept_apart(nlp: Language) -> None:
    text = "W Polsce i na Ukrainie trwają konsultacje, a goście z Czech i Niemiec odwiedzili Cieszyn."
    assert _names(nlp, text, "country") == ["Polska", "Ukraina", "Czechy", "Niemcy"]
    assert _names(nlp, text) == ["Cieszyn"]


def test_a_city_abroad_is_a_locality_with_its_country(nlp: Language) -> None:
    """Study visits go abroad: "w Wilnie" is the place of one, though not a Polish locality (no
    voivodeship, no TERYT code), and never the Polish village that shares its name ("Paryż")."""
    text = "Wizyta studyjna w Wilnie. Goście ze Lwowa i z Paryża, a potem spotkanie w Ostrawie i w Nowym Jorku."
    got = [(v["text"], v["name"], v["country"]) for v in _values(nlp, text) if v.get("country")]
    assert got == [
        ("Wilnie", "Wilno", "Litwa"),
        ("Lwowa", "Lwów", "Ukraina"),
        ("Paryża", "Paryż", "Francja"),
        ("Ostrawie", "Ostrawa", "Czechy"),
        ("Nowym Jorku", "Nowy Jork", "Stany Zjednoczone"),
    ]
    assert all(v["kind"] == "locality" and not v.get("teryt_simc") for v in _values(nlp, text))
    assert _names(nlp, text) == []


def test_every_city_abroad_has_a_known_country() -> None:
    countries = set(lang_places.COUNTRIES.values()) | {"Watykan"}
    assert set(lang_places.FOREIGN_CITY_COUNTRIES.values()) - {None} <= countries


def test_country_inside_a_name_is_not_a_mention(nlp: Language) -> None:
    assert _names(nlp, "Caritas Polska i Polska Akcja Humanitarna pomagają.", "country") == []
    assert _names(nlp, "Jawornik Polski przystąpił do projektu jako gmina.") == ["Jawornik Polski"]


# -- venues -----------------------------------------------------------------------------------------


def test_venue_with_its_locality(nlp: Language) -> None:
    text = "W dniu 5 maja w sali konferencyjnej Hotelu Mercure w Toruniu odbyło się szkolenie."
    (venue,) = [v for v in _values(nlp, text) if v["kind"] == "venue"]
    assert venue["text"] == "sali konferencyjnej Hotelu Mercure w Toruniu"
    assert venue["name"] == "sala konferencyjna Hotelu Mercure w Toruniu"
    assert venue["voivodeship"] == "kujawsko-pomorskie" and venue["commune"] == "Toruń"
    (loc,) = [v for v in _values(nlp, text) if v["kind"] == "locality"]
    assert venue["start"] <= loc["start"] and loc["end"] == venue["end"]


VENUES = [
    ("Spotkanie odbyło się w siedzibie ROPS w Toruniu.", "siedziba ROPS w Toruniu"),
    ("Warsztaty zorganizowano w Wiejskim Domu Kultury w Przyborowicach.", "Wiejski Dom Kultury w Przyborowicach"),
    ("Podsumowanie odbyło się w Zespole Pałacowo-Parkowym w Zarzeczu.", "Zespół Pałacowo-Parkowy w Zarzeczu"),
    ("Zebranie zwołano w sali sesyjnej Urzędu Miasta Będzina.", "sala sesyjna Urzędu Miasta Będzina"),
    ("Konferencja odbyła się w Urzędzie Wojewódzkim w Opolu.", "Urząd Wojewódzki w Opolu"),
    ("Rozmowy toczyły się w biurze stowarzyszenia w Opolu.", "biuro stowarzyszenia w Opolu"),
]


@pytest.mark.parametrize("text,expected", VENUES)
def test_venues(nlp: Language, text: str, expected: str) -> None:
    assert _names(nlp, text, "venue") == [expected]


def test_no_venue_without_a_venue_noun(nlp: Language) -> None:
    assert _names(nlp, "Konferencja odbyła się w formie zdalnej w ramach projektu.", "venue") == []


# -- the nominative resolver on its own -------------------------------------------------------------


@pytest.mark.parametrize(
    "forms,expected",
    [
        (("Rudzie", "Śląskiej"), "ruda śląska"),
        (("Zielonej", "Górze"), "zielona góra"),
        (("Tarnowskich", "Górach"), "tarnowskie góry"),
        (("Bielsku-Białej",), "bielsko-biała"),
        (("Starogardzie", "Gdańskim"), "starogard gdański"),
    ],
)
def test_span_candidates(forms: tuple[str, ...], expected: str) -> None:
    cands = pr.span_candidates([pr.readings(f) for f in forms])
    assert expected in {c.key for c in cands}


def test_cases_must_agree() -> None:
    # "Zielona" (nominative) + "Górze" (locative) is not a name of one case
    assert not pr.span_candidates([(pr.Reading("Zielona", frozenset({"nom"}), pr.ADJ),), pr.readings("Górze")])


def test_unknown_village_is_deinflected() -> None:
    keys = {r.text for r in pr.readings("Nieporazu")}
    assert "Nieporaz" in keys


# -- language data ----------------------------------------------------------------------------------


def test_voivodeship_stems_map_to_voivodeships() -> None:
    assert set(lang_voiv.VOIVODESHIP_STEMS.values()) == set(lang_voiv.VOIVODESHIPS)
    assert len(lang_voiv.VOIVODESHIPS) == 16


def test_short_forms_point_to_towns() -> None:
    gz = gazetteer()
    for full_names in lang_places.SHORT_FORMS.values():
        for name in full_names:
            assert any(loc.kind == "miasto" for loc in gz.localities(name)), name


def test_stop_lists_are_not_towns() -> None:
    gz = gazetteer()
    for name in (*lang_places.REGIONS, *lang_places.FOREIGN_CITIES, *lang_places.COUNTRIES):
        assert not any(loc.kind == "miasto" for loc in gz.localities(name)), name


# -- robustness and speed ---------------------------------------------------------------------------

# Runs that make backtracking regexes quadratic; 200 kB is enough to tell (quadratic would take
# minutes), the 1 MB version is opt-in with ``-m slow``.
ADVERSARIAL_UNITS = ["1", ".", "-", "A", "a", "Ab-", "Kujawsko ", "wojewódz", "powiatu "]


def _adversarial(size: int) -> list[str]:
    return [unit * (size // len(unit)) for unit in ADVERSARIAL_UNITS]


PATTERNS = [
    lang_places.TOKEN_RE,
    lang_places.TOKEN_SPLIT_RE,
    lang_places.COUNTY_TRIGGER_RE,
    lang_places.COUNTY_ITEM_RE,
    lang_voiv.TRIGGER_RE,
    lang_voiv.ITEM_RE,
    lang_voiv.SINGLE_ITEM_RE,
    lang_voiv.LIST_SEP_RE,
    lang_voiv.BEFORE_NOUN_RE,
    lang_voiv.REGION_RE,
    lang_voiv.NOUN_RE,
    lang_voiv.PREP_NOUN_RE,
    lang_voiv.TRIGGER_LOWER_RE,
    lang_voiv.BEFORE_NOUN_LOWER_RE,
    lang_voiv.NOUN_LOWER_RE,
    lang_voiv.PREP_NOUN_LOWER_RE,
    lang_voiv.NAME_FOLLOWS_RE,
    lang_places.NAVIGATION_LINE_RE,
    lang_places.APPOSITION_RE,
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_patterns_are_linear_time(pattern: re.Pattern[str]) -> None:
    for s in _adversarial(200_000):
        t = time.perf_counter()
        sum(1 for _ in pattern.finditer(s))
        assert time.perf_counter() - t < 1.5


@pytest.mark.slow
@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_patterns_survive_a_megabyte(pattern: re.Pattern[str], request: pytest.FixtureRequest) -> None:
    if "slow" not in (request.config.getoption("-m") or ""):
        pytest.skip("opt-in: -m slow")
    for s in _adversarial(1_000_000):
        t = time.perf_counter()
        sum(1 for _ in pattern.finditer(s))
        assert time.perf_counter() - t < 5.0


def test_place_dense_document_is_linear(nlp: Language) -> None:
    # thousands of spans: writing them must not re-read the whole text each time
    small, large = ("w Toruniu i w Gdańsku " * n for n in (250, 1_000))
    t = time.perf_counter()
    nlp.get_pipe("kn_places")(nlp.make_doc(small))
    t_small = time.perf_counter() - t
    t = time.perf_counter()
    doc = nlp.get_pipe("kn_places")(nlp.make_doc(large))
    t_large = time.perf_counter() - t
    assert len(doc.spans["kn_places"]) == 2_000
    assert t_large < 8 * t_small + 1.0  # 4x the text: linear is ~4x, quadratic ~16x


def test_long_capitalised_run(nlp: Language) -> None:
    text = " ".join(["Kraków"] * 1_000 + ["Toruń-Bydgoszcz"] * 500 + ["w Zielonej Górze,"] * 500)
    t = time.perf_counter()
    _values(nlp, text)
    assert time.perf_counter() - t < 5.0


# -- generalisation audit (k045-k052): lists, units after a name, names inside names ---------------

AUDIT_LOCALITIES = [
    # a village coordinated with a town, no preposition: the town vouches for it
    ("Porównano je z gminami powiatu leskiego, m.in. Olszanicy i Ustrzyk Dolnych.", ["Olszanica", "Ustrzyki Dolne"]),
    # a locality placed in its gmina right after the name, in any case
    ("Drugiego dnia grupa odwiedziła Wilków w gminie Bodzentyn.", ["Wilków", "Bodzentyn"]),
    ("Zebranie sołeckie zwołano w Sędku (gm. Łagów) na wtorek.", ["Sędek", "Łagów"]),
    # a period after a street name ends the sentence, the next one is still read
    (
        "Warsztaty odbyły się przy ul. Opolskiej. Przedstawiciele Tarnowskich Gór i Skarżyska-Kamiennej porównali "
        "procedury.",
        ["Tarnowskie Góry", "Skarżysko-Kamienna"],
    ),
    # an adjective that Morfeusz reads only as a surname ("Skrzyńskiego"), and a village near named towns
    (
        "Z usług skorzystają mieszkańcy Wielopola Skrzyńskiego i Ostrowa. Umowę podpisano w Ropczycach.",
        ["Wielopole Skrzyńskie", "Ostrów", "Ropczyce"],
    ),
    # a multi-word village ending in its adjective, without any cue
    ("W małych gminach, takich jak Kowale Oleckie, jedna osoba łączy kilka funkcji.", ["Kowale Oleckie"]),
    # a plural unit noun with the unit it lies in introduces the list: villages need no cue then
    (
        "Starostwo zawarło porozumienia z gminami powiatu: Kłecko, Łubowo, Mieleszyn i Niechanowo.",
        ["Kłecko", "Łubowo", "Mieleszyn", "Niechanowo"],
    ),
    ("Ankietę wypełnili sołtysi wsi gminy: Ciepłe, Opalenie i Janiszewo.", ["Ciepłe", "Opalenie", "Janiszewo"]),
    # a title after "Pani"/"Pan": the courtesy word blocks no name, the office's locality is read
    ("Głos zabrała Pani Wójt Gminy Hażlach Grażyna Staniek.", ["Hażlach"]),
    ("Podziękowania złożono Pani Sołtys Rozalina Annie Nowickiej.", ["Rozalin"]),
    # a title line before a menu line: "Zalesie" is not the head of a title "Zalesie Start"
    ("Urząd Gminy Zalesie\nStart > Aktualności\n\nW sali Urzędu Gminy Zalesie obradowali sołtysi.", ["Zalesie"]),
]


@pytest.mark.parametrize(("text", "expected"), AUDIT_LOCALITIES)
def test_audit_localities(nlp: Language, text: str, expected: list[str]) -> None:
    assert _names(nlp, text) == expected


AUDIT_NOT_LOCALITIES = [
    "Gościem była Pani Ludmila Hrabovská ze Starej Lubowli, która opowiedziała o Słowacji.",
    "Pomagają wolontariuszki z Koła Gospodyń Wiejskich i członkowie Koła Łowieckiego.",
    "Głos zabrała prezes Stowarzyszenia „Dom pod Lipami” Pani Teresa Okoń.",
]


@pytest.mark.parametrize("text", AUDIT_NOT_LOCALITIES)
def test_audit_not_localities(nlp: Language, text: str) -> None:
    assert _names(nlp, text) == []


def test_bare_short_form_still_means_the_town(nlp: Language) -> None:
    """Without a local homonym, "w Ostrowie" keeps meaning one of the Ostrów towns."""
    (value,) = [v for v in _values(nlp, "Konferencja odbyła się w Ostrowie Wielkopolskim.") if v["kind"] == "locality"]
    assert value["name"] == "Ostrów Wielkopolski"


def test_locality_in_its_town_is_not_a_venue(nlp: Language) -> None:
    """ "w Nowym Dworze Maz." names the town; "dwór" is no building there."""
    vals = _values(nlp, "Porozumienie podpisała Dyrektor PCPR w Nowym Dworze Maz., Pani Grażyna Sowa.")
    assert [v["name"] for v in vals if v["kind"] == "venue"] == []
    assert [v["name"] for v in vals if v["kind"] == "locality"] == ["Nowy Dwór Mazowiecki"]


def test_venue_after_its_locality(nlp: Language) -> None:
    """ "w Chełmnie, w sali ..." : the venue gets the locality named just before it."""
    vals = _values(nlp, "Kolejna tura odbędzie się w Chełmnie, w sali narad Urzędu Miasta przy ul. Dworcowej.")
    (venue,) = [v for v in vals if v["kind"] == "venue"]
    assert venue["name"] == "sala narad Urzędu Miasta przy ul. Dworcowej"
    assert (venue["commune"], venue["county"], venue["voivodeship"]) == ("Chełmno", "chełmiński", "kujawsko-pomorskie")


AUDIT_MORE_LOCALITIES = [
    # a nominative adjective Morfeusz reads as a genitive noun ("Uhruska": of Uhrusk)
    ("Obecni byli przedstawiciele gminy Wola Uhruska i Urzędu Gminy w Sawinie.", ["Wola Uhruska", "Sawin"]),
    # names introduced by a plural unit noun a few words earlier
    (
        "Ankiety zebrano w sołectwach, w tym w Zwierkach, oraz od mieszkańców wsi, m.in. Rafałówki.",
        ["Zwierki", "Rafałówka"],
    ),
    ("Pilotaż objął kilka gmin, m.in. Olszanicę i Baligród.", ["Olszanica", "Baligród"]),
    # a village named like the country, after "wieś"
    ("Sołtys wsi Polska Pani Anna Mazur przyjechała do Cieszyna.", ["Polska", "Cieszyn"]),
]


@pytest.mark.parametrize(("text", "expected"), AUDIT_MORE_LOCALITIES)
def test_audit_more_localities(nlp: Language, text: str, expected: list[str]) -> None:
    assert _names(nlp, text) == expected


AUDIT_VOIVODESHIPS = [
    # lower-case substantivised adjectives after a preposition, a list of them
    ("Przyjechali samorządowcy z zachodniopomorskiego i lubuskiego.", ["zachodniopomorskie", "lubuskie"]),
    ("Od lat pracujemy w lubelskiem.", ["lubelskie"]),
    # typed without diacritics
    ("Uczestnicy z województwa slaskiego i lodzkiego.", ["śląskie", "łódzkie"]),
    # an adjective that modifies a noun is no voivodeship
    ("Przyszło pismo z lubelskiego urzędu i z Mazowieckiego Centrum Polityki Społecznej.", []),
]


@pytest.mark.parametrize(("text", "expected"), AUDIT_VOIVODESHIPS)
def test_audit_voivodeships(nlp: Language, text: str, expected: list[str]) -> None:
    assert _names(nlp, text, "voivodeship") == expected


# -- round 2: venues that are titles, navigation or cut short; gminas shared by several places -----

NOT_VENUES = [
    # a project's title in quotation marks: its words are no building
    "Starosta podpisał umowę na realizację projektu pn. „Senior w centrum – opieka w gminach”.",
    'Gmina przystąpiła do programu "Rodzina w domu i w szkole" w 2021 roku.',
    "Ruszył nabór do projektu »Aktywni w świetlicy wiejskiej« dla seniorów.",
    # another article's title on a navigation line
    "Tekst: Anna Nowak\n« Poprzedni wpis: Wnioski o dodatek      Następny wpis: Półkolonie w świetlicy »",
    "Zobacz też: Bal seniorów w sali widowiskowej",
    # idioms and bodies of people, not buildings
    "Sprawy rodzin stanęły w centrum uwagi radnych, a członkowie pracowali w zespole interdyscyplinarnym.",
    "Dzieci zostały w domu, bo szkoła była zamknięta.",
    # a reference back to a place named earlier
    "Rodzeństwo uczy się w tej samej szkole, a wieczorem odrabia lekcje w swoim domu.",
]


@pytest.mark.parametrize("text", NOT_VENUES)
def test_not_venues(nlp: Language, text: str) -> None:
    assert _names(nlp, text, "venue") == []


ROUND2_VENUES = [
    # the same words outside the quotation marks and off the navigation line are a venue
    (
        "Następne spotkanie odbędzie się w sali widowiskowej Domu Kultury w Kcyni.",
        "sala widowiskowa Domu Kultury w Kcyni",
    ),
    # a quoted name inside a venue phrase stays in it
    ("Goście nocowali w Hotelu „Pod Lipami” w Kcyni.", "Hotel „Pod Lipami” w Kcyni"),
    # a partitive "jednego z …" is taken in whole, never cut after the pronoun
    (
        "Zajęcia prowadzono w sali gimnastycznej jednej z miejscowych szkół.",
        "sala gimnastyczna jednej z miejscowych szkół",
    ),
    ("Rozmowy toczyły się w sali jednego z nich.", "sala"),
    # a closing guillemet without its opening one is not part of the name
    ("Ferie spędzimy w świetlicy »", "świetlica"),
    # a number after "nr" stays
    ("Warsztaty odbyły się w Zespole Szkół nr 3.", "Zespół Szkół nr 3"),
    # lower-case nouns with the dependents that make them buildings
    ("Porady udzielane są w zespole szkół w Kcyni.", "zespół szkół w Kcyni"),
    ("Mieszkańcy spotkali się w domu pomocy społecznej w Kcyni.", "dom pomocy społecznej w Kcyni"),
    # a title in the nominative after the venue begins the subject ("… powitał Wójt Gminy")
    (
        "Gości powitali w siedzibie Centrum Tradycji Regionu Wójt Gminy Kcynia Jan Nowak oraz Sekretarz Anna Lis.",
        "siedziba Centrum Tradycji Regionu",
    ),
    ("Uczestników przyjęła w sali Urzędu Gminy Pani Anna Lis.", "sala Urzędu Gminy"),
    # in the genitive it is part of the name
    ("Dyżur pełniono w Biurze Rzecznika Praw Obywatelskich.", "Biuro Rzecznika Praw Obywatelskich"),
    # "w miejscowości X" / "we wsi X" after the venue noun
    (
        "Zebranie odbyło się w świetlicy wiejskiej w miejscowości Sędek.",
        "świetlica wiejska w miejscowości Sędek",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_VENUES)
def test_round2_venues(nlp: Language, text: str, expected: str) -> None:
    assert _names(nlp, text, "venue") == [expected]


def test_venue_partitive_after_its_locality(nlp: Language) -> None:
    text = "W dniach 4-6 maja w Kcyni, w sali jednego z tamtejszych hoteli, trwały warsztaty."
    (venue,) = [v for v in _values(nlp, text) if v["kind"] == "venue"]
    assert venue["name"] == "sala jednego z tamtejszych hoteli"
    assert (venue["commune"], venue["county"]) == ("Kcynia", "nakielski")


GMINA_HOMONYMS = [
    # two gminas Łagów (lubuskie, świętokrzyskie): the one where the village named with it lies
    ("Spotkanie odbyło się w miejscowości Sędek (gm. Łagów).", "kielecki"),
    ("Na zebranie przyjechali goście z Sędka, gm. Łagów.", "kielecki"),
    # the voivodeship the article names decides before the villages
    ("Wizyta studyjna w gminie Łagów w województwie lubuskim.", "świebodziński"),
]


@pytest.mark.parametrize(("text", "county"), GMINA_HOMONYMS)
def test_gmina_homonym_chosen_by_its_localities(nlp: Language, text: str, county: str) -> None:
    (commune,) = [v for v in _values(nlp, text) if v["kind"] == "commune"]
    assert (commune["name"], commune["county"]) == ("Łagów", county)


APPOSITIONS = [
    # seven villages called Toporów, one of them in a gmina Łagów (lubuskie)
    ("Zebranie sołeckie odbyło się w Toporowie (gm. Łagów).", ("Toporów", "Łagów", "świebodziński")),
    # the town Sieniawa loses to the village that the qualifier places in gmina Łagów
    ("Goście przyjechali z Sieniawy (gm. Łagów, pow. świebodziński).", ("Sieniawa", "Łagów", "świebodziński")),
    ("Warsztaty w Sieniawie, gmina Łagów.", ("Sieniawa", "Łagów", "świebodziński")),
    # a powiat or a voivodeship in brackets picks the village over the town of the same name
    ("Spotkanie odbyło się w Łagowie (pow. świebodziński).", ("Łagów", "Łagów", "świebodziński")),
    ("Spotkanie odbyło się w Łagowie (woj. lubuskie).", ("Łagów", "Łagów", "świebodziński")),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_written_qualifier_chooses_the_homonym(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    first = next(v for v in _values(nlp, text) if v["kind"] == "locality")
    assert (first["name"], first["commune"], first["county"]) == expected


def test_capitalised_voivodeship_after_a_comma_is_a_list_item(nlp: Language) -> None:
    text = "Partnerzy: ROPS w Zielonej Górze, Województwo Pomorskie i ROPS w Gdańsku."
    first = next(v for v in _values(nlp, text) if v["kind"] == "locality")
    assert (first["name"], first["county"]) == ("Zielona Góra", "Zielona Góra")


def test_office_of_a_village_in_the_feminine(nlp: Language) -> None:
    text = "Wójt podziękował sołtysce Rafałówki za przygotowanie zebrania."
    assert _names(nlp, text) == ["Rafałówka"]


# -- the voivodeship patterns run on a lower-cased copy of the text (speed): same results ---------

CASELESS_TEXTS = [
    "Konferencja WOJEWÓDZTWA ŚWIĘTOKRZYSKIEGO zgromadziła samorządowców.",
    "Gminy z zachodniopomorskiego i Lubuskiego przystąpiły do pilotażu.",
    "Świętokrzyskie Gminy pracują w modelu kooperacji; w Opolskiem rusza nabór.",
    "Podkarpackie: trzy Powiaty i Podlaskie SAMORZĄDY podpisały porozumienie.",
]


@pytest.mark.parametrize("text", CASELESS_TEXTS)
def test_lower_case_patterns_match_the_caseless_ones(text: str) -> None:
    low = text.lower()
    for name in ("TRIGGER", "BEFORE_NOUN", "NOUN", "PREP_NOUN"):
        caseless, lower = getattr(lang_voiv, f"{name}_RE"), getattr(lang_voiv, f"{name}_LOWER_RE")
        assert [m.span() for m in lower.finditer(low)] == [m.span() for m in caseless.finditer(text)], name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gminy województwa ŚWIĘTOKRZYSKIEGO i Lubuskiego.", ["świętokrzyskie", "lubuskie"]),
        ("Gminy z zachodniopomorskiego i lubuskiego.", ["zachodniopomorskie", "lubuskie"]),
        ("W Opolskiem trwa nabór.", ["opolskie"]),
    ],
)
def test_voivodeships_without_a_lower_case_copy(nlp: Language, text: str, expected: list[str]) -> None:
    # a dotless "ı" (or "ſ", "İ") in the text: the IGNORECASE patterns run on the text itself
    for variant in (text, text + " Kadıköy."):
        assert _names(nlp, variant, "voivodeship") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Spotkanie w Bielsku-Białej i Kędzierzynie‐Koźlu (ul. 3 Maja 12/4) – 14-15.11.2019 r.…",
        "\n\nM-GOPS w Toruniu!!! ... ---\u00a0„Kooperacja”\tpkt_2 2020r.\n",
        "",
        "   ",
        "_a_",
    ],
)
def test_the_token_table_has_the_tokens_and_offsets_of_token_re(text: str) -> None:
    """``tokenize`` splits the text instead of matching it token by token (no match objects);
    the tokens and their offsets must be those of TOKEN_RE all the same, or every span shifts."""
    tokens = tokenize(text)
    assert [(t[0], t[1], t[2]) for t in tokens.toks] == [
        (m.group(), m.start(), m.end()) for m in lang_places.TOKEN_RE.finditer(text)
    ]
    assert all(text[t[1] : t[2]] == t[0] for t in tokens.toks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular name SGJP declines in the plural ("Dołuje", loc. "Dołujach")
        ("Zebranie odbyło się w świetlicy wiejskiej w Dołujach.", ["Dołuje"]),
        # a town's name after "gmina", though SGJP knows "Biała" only as part of names
        ("Przedstawiciele: gmina Zawadzkie, gmina Biała oraz powiat strzelecki.", ["Zawadzkie", "Biała"]),
        # a gmina's name after "w", though TERYT names its villages "Tereszpol-Zaorenda", ...
        ("W Tereszpolu brakuje mieszkań chronionych.", ["Tereszpol"]),
        # mountains and forests are no villages
        ("Rajd w Górach Świętokrzyskich i w Borach Tucholskich.", []),
    ],
)
def test_more_locality_forms(nlp: Language, text: str, expected: list[str]) -> None:
    assert _names(nlp, text) == expected


def test_a_homonym_in_the_articles_gmina_beats_a_small_town_elsewhere(nlp: Language) -> None:
    # "Grabowie" is Grabowo (gmina Kamień Pomorski) or the town Grabów (łęczycki)
    text = "Spotkania odbyły się w Buszęcinie, Grabowie i Trzebieszewie, w gminie Kamień Pomorski."
    grabowo = next(v for v in _values(nlp, text) if v["kind"] == "locality" and v["name"].startswith("Grab"))
    assert (grabowo["name"], grabowo["county"]) == ("Grabowo", "kamieński")
    # a large town still wins, and two towns are told apart by the voivodeship
    assert _names(nlp, "Spotkanie w Łodzi.") == ["Łódź"]
    assert _names(nlp, "Centrum w Tomaszowie służy mieszkańcom województwa lubelskiego.") == ["Tomaszów Lubelski"]


def test_a_dash_opens_a_list_of_voivodeships(nlp: Language) -> None:
    text = "W spotkaniu uczestniczyły jednostki z obu województw – śląskiego i opolskiego."
    assert _names(nlp, text, "voivodeship") == ["śląskie", "opolskie"]


def test_an_office_holder_named_by_surname_is_no_place(nlp: Language) -> None:
    # "Wieczorek" is also the genitive of the village Wieczorki; a town after "Prezydent" is one
    assert _names(nlp, "– Cieszę się – mówiła wiceprezydent Wieczorek.") == []
    assert _names(nlp, "Gości powitał Prezydent Kalisza, a podziękował sołtysce Szreniawy.") == ["Kalisz", "Szreniawa"]


def test_a_word_in_an_address_is_no_common_noun(nlp: Language) -> None:
    # "lublin" in lower case in an e-mail address does not make the capitalised "Lublin" a common word
    text = "Lublin, 12 marca 2020 r. – Dziś podpisano porozumienie.\nKontakt: e-mail: t.kulik@rops.lublin.pl"
    assert _names(nlp, text) == ["Lublin"]

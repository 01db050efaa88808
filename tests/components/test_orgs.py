"""``kn_orgs``: organisations by full name and acronym, nominative, locality, acronym linking.

Sentences invented for these tests; expected values are what a reader would write.
"""

from __future__ import annotations

import pytest

from kooperacja_nlp import extractors
from kooperacja_nlp.components import orgs

# (text, [(name, acronym, place)] in order of first mention)
ORGS = [
    (
        "Szkolenie odbyło się w Regionalnym Ośrodku Polityki Społecznej w Toruniu.",
        [("Regionalny Ośrodek Polityki Społecznej w Toruniu", None, "Toruń")],
    ),
    (
        "Wnioski należy składać w ROPS w Toruniu do końca miesiąca.",
        [("Regionalny Ośrodek Polityki Społecznej w Toruniu", "ROPS", "Toruń")],
    ),
    (
        "Regionalne Centrum Polityki Społecznej w Łodzi (RCPS) zaprasza na szkolenie. RCPS przygotował materiały.",
        [("Regionalne Centrum Polityki Społecznej w Łodzi", "RCPS", "Łódź")],
    ),
    (
        "Przedstawiciele Urzędu Marszałkowskiego Województwa Pomorskiego omówili budżet.",
        [("Urząd Marszałkowski Województwa Pomorskiego", None, None)],
    ),
    (
        "Spotkanie zorganizowano w Urzędzie Marszałkowskim w Rzeszowie.",
        [("Urząd Marszałkowski w Rzeszowie", None, "Rzeszów")],
    ),
    (
        "Pracownicy Miejsko-Gminnego Ośrodka Pomocy Społecznej w Kcyni wzięli udział w szkoleniu.",
        [("Miejsko-Gminny Ośrodek Pomocy Społecznej w Kcyni", None, "Kcynia")],
    ),
    (
        "Do porozumienia przystąpiła Komenda Powiatowa Policji, a dokumenty złożyła w Komendzie Powiatowej Policji.",
        [("Komenda Powiatowa Policji", None, None)],
    ),
    (
        "Głos zabrali przedstawiciele Powiatowego Centrum Pomocy Rodzinie w Zielonej Górze.",
        [("Powiatowe Centrum Pomocy Rodzinie w Zielonej Górze", None, "Zielona Góra")],
    ),
    (
        "Współpracę podjęło Stowarzyszenie „Razem dla Wsi” z Kcyni.",
        [("Stowarzyszenie „Razem dla Wsi”", None, None)],
    ),
    (
        "Dotację otrzymała Fundacja „Dobry Start” z Torunia.",
        [("Fundacja „Dobry Start”", None, None)],
    ),
    (
        "W spotkaniu uczestniczyli pracownicy GOPS Kartuzy.",
        [("Gminny Ośrodek Pomocy Społecznej w Kartuzach", "GOPS", "Kartuzy")],
    ),
    (
        "Informacje przekazał przedstawiciel MOPS-u.",
        [("Miejski Ośrodek Pomocy Społecznej", "MOPS", None)],
    ),
    (
        "Zajęcia prowadzi Poradnia Psychologiczno – Pedagogiczna w Toruniu.",
        [("Poradnia Psychologiczno-Pedagogiczna w Toruniu", None, "Toruń")],
    ),
    (
        "Pismo wpłynęło do Ministerstwa Rodziny, Pracy i Polityki Społecznej.",
        [("Ministerstwo Rodziny, Pracy i Polityki Społecznej", None, None)],
    ),
    (
        "Uczniowie Szkoły Podstawowej nr 3 im. Jana Pawła II w Kcyni zaśpiewali hymn.",
        [("Szkoła Podstawowa nr 3 im. Jana Pawła II w Kcyni", None, "Kcynia")],
    ),
    (
        "Wsparcia udzielił Oddział Podkarpacki Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych.",
        [("Oddział Podkarpacki Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych", None, None)],
    ),
    (
        "Wsparcia udzielił Ośrodek Adopcyjny Łódzkiego Oddziału Towarzystwa Przyjaciół Dzieci.",
        [("Ośrodek Adopcyjny Łódzkiego Oddziału Towarzystwa Przyjaciół Dzieci", None, None)],
    ),
    # a person right after an acronym is no locality ("Anna" and "Kowal" are also village names)
    (
        "Kierownik GOPS Anna Kowal zaproponowała zmiany.",
        [("Gminny Ośrodek Pomocy Społecznej", "GOPS", None)],
    ),
    (
        "Podziękowano Dyrektor PCPR Iwonie Jeż za przygotowanie sali.",
        [("Powiatowe Centrum Pomocy Rodzinie", "PCPR", None)],
    ),
    # a name stops at an honorific
    (
        "Gratulacje przekazała Prezes Stowarzyszenia Pani Halina Wróbel.",
        [],
    ),
    (
        "Spotkaliśmy się z Dyrektor Miejskiego Ośrodka Pomocy Społecznej Panią Anną Ptak.",
        [("Miejski Ośrodek Pomocy Społecznej", None, None)],
    ),
    # a patron with a clerical or military title
    (
        "Goście odwiedzili Zespół Szkół im. ks. Jerzego Popiełuszki.",
        [("Zespół Szkół im. ks. Jerzego Popiełuszki", None, None)],
    ),
    # "na rzecz" inside a name; the seat after a quoted name
    (
        "Warsztaty poprowadziła trenerka ze Stowarzyszenia na rzecz Osób Niepełnosprawnych „Tęcza” w Mielcu.",
        [("Stowarzyszenie na rzecz Osób Niepełnosprawnych „Tęcza” w Mielcu", None, "Mielec")],
    ),
    (
        "Partnerem jest Lokalna Grupa Działania „Wisłoka”.",
        [("Lokalna Grupa Działania „Wisłoka”", None, None)],
    ),
    # the locative the article itself writes ("Supraślu", not SGJP's feminine "Supraśli")
    (
        "Klub działa w Supraślu. Informacji udziela UG Supraśl.",
        [("Urząd Gminy w Supraślu", "UG", "Supraśl")],
    ),
]


@pytest.mark.parametrize("text,expected", ORGS)
def test_organisations(nlp, text, expected):
    got = [(o.name, o.acronym, o.place) for o in extractors.organizations(nlp(text))]
    assert got == expected


def test_acronym_is_linked_to_the_full_name(nlp):
    text = (
        "Partnerski Zespół Kooperacyjny spotkał się w Kcyni. Członkowie Partnerskiego Zespołu Kooperacyjnego "
        "przyjęli plan, a PZK zbierze się ponownie w maju."
    )
    (org,) = extractors.organizations(nlp(text))
    assert (org.name, org.acronym) == ("Partnerski Zespół Kooperacyjny", "PZK")
    assert [m.text for m in org.mentions] == [
        "Partnerski Zespół Kooperacyjny",
        "Partnerskiego Zespołu Kooperacyjnego",
        "PZK",
    ]


def test_two_organisations_joined_by_i_stay_apart(nlp):
    text = "Projekt realizują Ośrodek Wsparcia Ekonomii Społecznej i Regionalny Ośrodek Polityki Społecznej w Kielcach."
    got = [o.name for o in extractors.organizations(nlp(text))]
    assert got == ["Ośrodek Wsparcia Ekonomii Społecznej", "Regionalny Ośrodek Polityki Społecznej w Kielcach"]


@pytest.mark.parametrize(
    "text",
    [
        "Ośrodek był zamknięty w sobotę.",
        "Urząd nie odpowiedział na pytania.",
        "Dyrektorzy regionalnych ośrodków polityki społecznej spotkali się w Toruniu.",
    ],
)
def test_no_organisation(nlp, text):
    assert extractors.organizations(nlp(text)) == []


def test_person_after_an_organisation_is_not_part_of_its_name(nlp):
    text = "Głos zabrał Zastępca Dyrektora Regionalnego Centrum Polityki Społecznej Robert Kulesza."
    (org,) = extractors.organizations(nlp(text))
    assert org.name == "Regionalne Centrum Polityki Społecznej"


@pytest.mark.parametrize(
    "text,name",
    [
        # "Iwona" is also the genitive of the rare "Iwo": the surname in the nominative decides
        ("Forum otworzyła Przewodnicząca Rady Miasta Iwona Mularczyk.", "Rada Miasta"),
        # a patron in the genitive stays in the name
        ("Nagrodę wręczyła Fundacja Anny Dymnej.", "Fundacja Anny Dymnej"),
        ("Uczniowie Szkoły Podstawowej im. Jana Pawła II zaśpiewali.", "Szkoła Podstawowa im. Jana Pawła II"),
    ],
)
def test_a_name_in_the_nominative_after_an_organisation_is_a_person(nlp, text, name):
    assert [o.name for o in extractors.organizations(nlp(text))] == [name]


# A bare institution name resolves to the one local instance the article names.
RESOLVED = [
    (
        "Pracą grupy kieruje Gminny Ośrodek Pomocy Społecznej. Wnioski przyjmuje Gminny Ośrodek Pomocy "
        "Społecznej w Sadkach.",
        ["Gminny Ośrodek Pomocy Społecznej w Sadkach"],
    ),
    (
        "Radni Rady Powiatu przyjęli uchwałę. Była to XII sesja Rady Powiatu Bocheńskiego.",
        ["Rada Powiatu Bocheńskiego"],
    ),
    (
        "Kierownik GOPS przedstawił raport. Gminny Ośrodek Pomocy Społecznej w Kcyni, ul. Rynek 1.",
        ["Gminny Ośrodek Pomocy Społecznej w Kcyni"],
    ),
    (
        "Materiały przygotował Dolnośląski Ośrodek Polityki Społecznej. Szkolenie odbyło się w siedzibie DOPS.",
        ["Dolnośląski Ośrodek Polityki Społecznej"],
    ),
    (
        "Grupy Decydentów zebrały się w marcu. Powiatowa Grupa Decydentów przyjęła plan.",
        ["Powiatowa Grupa Decydentów"],
    ),
]


@pytest.mark.parametrize("text,expected", RESOLVED)
def test_bare_name_resolves_to_the_local_instance(nlp, text, expected):
    assert [o.name for o in extractors.organizations(nlp(text))] == expected


def test_bare_name_stays_with_two_local_instances(nlp):
    text = (
        "Regionalny Ośrodek Polityki Społecznej koordynuje pilotaż. Partnerami są Regionalny Ośrodek Polityki "
        "Społecznej w Lublinie i Regionalny Ośrodek Polityki Społecznej w Olsztynie."
    )
    got = [o.name for o in extractors.organizations(nlp(text))]
    assert got == [
        "Regionalny Ośrodek Polityki Społecznej",
        "Regionalny Ośrodek Polityki Społecznej w Lublinie",
        "Regionalny Ośrodek Polityki Społecznej w Olsztynie",
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # names of projects and programmes in apposition are not organisations
        ("Seniorzy z projektu „Aktywna Akademia Seniora” odwiedzili Kraków.", []),
        ("Zadanie dofinansowano z Programu Fundusz Inicjatyw Obywatelskich.", []),
        ("Ruszył projekt pn. „Opolskie Centrum Wsparcia Rodzin” dla powiatu.", []),
        # the owner of a project, in the genitive, stays one
        ("Wolontariusze z projektu Stowarzyszenia „Tęcza” pomagali.", ["Stowarzyszenie „Tęcza”"]),
        # a section of a navigation line is not the organisation of the article
        ("Starostwo | Rada Powiatu | Ogłoszenia | Kontakt\nNowy numer telefonu.", []),
        # new heads
        ("Zbiórkę zorganizował Polski Czerwony Krzyż.", ["Polski Czerwony Krzyż"]),
        ("Odznaczony Srebrnym Krzyżem Zasługi sołtys podziękował.", []),
        ("Kapituła Nagrody Marszałka wybrała laureatów.", ["Kapituła Nagrody Marszałka"]),
        ("Dzielnicowi z Komisariatu Policji w Łapach odwiedzili szkołę.", ["Komisariat Policji w Łapach"]),
        ("Uchwałę podjął Zarząd Stowarzyszenia „Razem” w Kolnie.", ["Stowarzyszenie „Razem” w Kolnie"]),
        ("Uchwałę podjął Zarząd Województwa Opolskiego.", ["Zarząd Województwa Opolskiego"]),
        ("Obecny był Członek Zarządu Woj. Małopolskiego.", ["Zarząd Woj. Małopolskiego"]),
    ],
)
def test_round_two_names(nlp, text, expected):
    assert [o.name for o in extractors.organizations(nlp(text))] == expected


def test_acronym_links_to_the_full_name_with_its_locality(nlp):
    """ "GOPS w Kcyni" is the one in Kcynia, not the first "Gminny Ośrodek Pomocy Społecznej" named."""
    text = (
        "Gminny Ośrodek Pomocy Społecznej w Zabłudowie i Gminny Ośrodek Pomocy Społecznej w Kcyni podpisały "
        "porozumienie. Koordynatorem jest GOPS w Kcyni."
    )
    got = [(o.name, o.acronym, o.place) for o in extractors.organizations(nlp(text))]
    assert got == [
        ("Gminny Ośrodek Pomocy Społecznej w Zabłudowie", None, "Zabłudów"),
        ("Gminny Ośrodek Pomocy Społecznej w Kcyni", "GOPS", "Kcynia"),
    ]


def test_many_mentions_of_one_name_and_its_acronym(nlp):
    """Every acronym after a repeated full name links to it (a lookup, not a scan of all mentions)."""
    text = " ".join(["Miejski Ośrodek Pomocy Społecznej, czyli MOPS, zaprasza."] * 200)
    got = [(o.name, o.acronym) for o in extractors.organizations(nlp(text))]
    assert got == [("Miejski Ośrodek Pomocy Społecznej", "MOPS")]


def test_words_are_shared_and_immutable():
    """``text_words`` is cached per text for ``kn_orgs`` and ``kn_persons``: a tuple of named tuples."""
    words = orgs.text_words("Urząd Gminy w Kcyni-Dolnej")
    assert words == (
        orgs.Word(0, 5, "Urząd"),
        orgs.Word(6, 11, "Gminy"),
        orgs.Word(12, 13, "w"),
        orgs.Word(14, 26, "Kcyni-Dolnej"),
    )
    assert words is orgs.text_words("Urząd Gminy w Kcyni-Dolnej")
    assert words[3].lower == "kcyni-dolnej"

"""``kn_events`` and ``kn_meeting_type`` on invented Polish news sentences.

Two kinds of tests: end-to-end articles through the whole pipeline (the ``nlp`` fixture), and unit
tests that put hand-made date/place/person spans on a Doc and run only the event builder, so that
the event logic is checked independently of how the other components read the text.
"""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import classifier, extract
from kooperacja_nlp.components import events as ev
from kooperacja_nlp.components.events import EventBuilder, cue_status, cue_type, head_label
from kooperacja_nlp.components.meeting_type import MeetingTypeClassifier
from kooperacja_nlp.extensions import SPAN_GROUPS
from kooperacja_nlp.lang.events import HEAD_CUES, TYPE_CUES
from kooperacja_nlp.records import EVENT_TYPES

TWO_EVENTS = """Posiedzenie Partnerskiego Zespołu Kooperacyjnego w Brodnicy

W dniu 14 marca 2023 r. o godz. 10:00 w sali konferencyjnej Urzędu Miasta w Brodnicy odbyło się \
drugie posiedzenie Partnerskiego Zespołu Kooperacyjnego w ramach projektu „Kooperacja – efektywna i \
skuteczna”. W spotkaniu uczestniczyli Anna Kowalska, dyrektor Miejskiego Ośrodka Pomocy Społecznej w \
Brodnicy, oraz Piotr Nowak z Regionalnego Ośrodka Polityki Społecznej w Toruniu.

Kolejne posiedzenie zespołu odbędzie się 18 kwietnia 2023 r. w Chełmnie. Zaproszenie przyjęła Maria \
Wiśniewska, burmistrz Chełmna.

Tekst: Jan Zieliński"""


# ---------------------------------------------------------------- end to end


def test_article_with_a_held_and_a_planned_event() -> None:
    record = extract(TWO_EVENTS, published="2023-03-20")
    assert len(record.events) == 2
    held, planned = record.events

    assert held.event_type == "local_cooperation"
    assert set(held.event_type_scores) == set(EVENT_TYPES)
    assert max(held.event_type_scores, key=held.event_type_scores.__getitem__) == "local_cooperation"
    assert sum(held.event_type_scores.values()) == pytest.approx(1.0, abs=1e-3)
    assert (held.start_date, held.end_date, held.start_time) == ("2023-03-14", "2023-03-14", "10:00")
    assert held.place is not None
    assert (held.place.name, held.place.kind, held.place.voivodeship) == ("Brodnica", "locality", "kujawsko-pomorskie")
    assert held.venue == "sala konferencyjna Urzędu Miasta w Brodnicy"
    assert held.status == "held"
    assert held.participants == ("Anna Kowalska", "Piotr Nowak")
    assert {"Miejski Ośrodek Pomocy Społecznej w Brodnicy", "Regionalny Ośrodek Polityki Społecznej w Toruniu"} <= set(
        held.organizations
    )
    assert held.projects == ("Kooperacja – efektywna i skuteczna",)
    assert held.evidence.text.startswith("W dniu 14 marca 2023 r. o godz. 10:00 w sali konferencyjnej")
    assert held.evidence.text.endswith("skuteczna”.")
    assert TWO_EVENTS[held.evidence.start : held.evidence.end] == held.evidence.text

    assert planned.event_type == "local_cooperation"  # "Kolejne posiedzenie zespołu": same series
    assert (planned.start_date, planned.end_date, planned.start_time) == ("2023-04-18", "2023-04-18", None)
    assert planned.place is not None and planned.place.name == "Chełmno"
    assert planned.venue is None
    assert planned.status == "planned"
    assert planned.participants == ("Maria Wiśniewska",)  # not the author "Jan Zieliński"
    assert planned.organizations == ()
    assert planned.projects == ("Kooperacja – efektywna i skuteczna",)  # the article's only project
    assert planned.evidence.text == "Kolejne posiedzenie zespołu odbędzie się 18 kwietnia 2023 r. w Chełmnie."
    assert TWO_EVENTS[planned.evidence.start : planned.evidence.end] == planned.evidence.text

    assert record.meeting_type == "local_cooperation"
    assert set(record.meeting_type_scores) == set(EVENT_TYPES)


def test_a_study_visit_abroad_takes_place_in_the_foreign_city() -> None:
    text = (
        "Wizyta studyjna w Wilnie\n\n"
        "W dniach 3-5 października 2022 r. pracownicy ośrodków pomocy społecznej z Suwałk i Augustowa "
        "uczestniczyli w wizycie studyjnej w Wilnie, gdzie poznali litewskie rozwiązania w zakresie "
        "współpracy międzysektorowej.\n"
    )
    record = extract(text, published="2022-10-06")
    (visit,) = record.events
    assert (visit.event_type, visit.start_date, visit.end_date) == ("study_visit", "2022-10-03", "2022-10-05")
    assert visit.place is not None
    assert (visit.place.name, visit.place.country, visit.place.voivodeship) == ("Wilno", "Litwa", None)
    polish = [p.name for p in record.places if p.kind == "locality" and p.country is None]
    assert polish == ["Suwałki", "Augustów"]


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        (
            "18 lipca 2019 r. w auli Uniwersytetu Rzeszowskiego odbyła się konferencja zorganizowana "
            "przez ROPS w Krośnie.",
            "Rzeszów",
        ),
        ("12 marca 2020 r. w sali senackiej Politechniki Gdańskiej odbyło się seminarium.", "Gdańsk"),
        # the adjective inside a locality's own name is that locality, not Gdańsk
        (
            "12 marca 2020 r. w sali Urzędu Miejskiego w Starogardzie Gdańskim odbyło się szkolenie.",
            "Starogard Gdański",
        ),
    ],
)
def test_a_venue_without_a_locality_stands_in_the_city_its_adjective_names(sentence: str, town: str) -> None:
    (event,) = extract("Wydarzenie\n\n" + sentence, published="2020-06-01").events
    assert event.place is not None and event.place.name == town


def _table(text: str, *columns: str, published: str | None = None) -> list[tuple[Any, ...]]:
    """The article's events as rows of the named columns ("type", "start", "place", "status"), the
    place by its name: what these tests compare."""
    getters = {
        "type": lambda e: e.event_type,
        "start": lambda e: e.start_date,
        "place": lambda e: e.place.name if e.place else None,
        "status": lambda e: e.status,
    }
    return [tuple(getters[c](e) for c in columns) for e in extract(text, published=published).events]


def test_a_visited_institution_stands_in_its_locality() -> None:
    text = (
        "Wizyta studyjna w Małopolsce\n\n"
        "Wizyta studyjna rozpoczęła się 5 października 2021 r. w Krakowie. 6 października uczestnicy "
        "odwiedzili Centrum Usług Społecznych w Wieliczce. 7 października 2021 r. gościliśmy przedstawicieli "
        "Ośrodka Pomocy Społecznej w Myślenicach, którzy zwiedzili nasz Klub Seniora w Gdowie.\n"
    )
    assert _table(text, "type", "start", "place") == [
        ("study_visit", "2021-10-05", "Kraków"),
        ("study_visit", "2021-10-06", "Wieliczka"),  # the visited centre's town, not the day before's
        ("study_visit", "2021-10-07", "Gdów"),  # the guests' office is where they came from
    ]


def test_a_street_named_after_a_city_is_not_the_city() -> None:
    text = (
        "Posiedzenie PZK w Nowej Dębie\n\n"
        "W dniu 5.03.2019 r. w Nowej Dębie obradował Partnerski Zespół Kooperacyjny. Kolejne posiedzenie "
        "zaplanowano na wtorek, 9 kwietnia br., w siedzibie MGOPS przy ul. Rzeszowskiej.\n"
    )
    assert [place for (place,) in _table(text, "place")] == [
        "Nowa Dęba",
        "Nowa Dęba",
    ]  # not Rzeszów, whose adjective names the street


def test_a_trip_and_a_visit_are_study_visits_at_their_destination() -> None:
    text = (
        "Pracownicy socjalni z wizytą w Berlinie\n\n"
        "Od 27 do 29 maja grupa pracowników socjalnych z Kielc uczestniczyła w wizycie studyjnej w Berlinie. "
        "Wcześniej, 8 maja 2019 r., członkowie zespołu odwiedzili Lubliniec, gdzie poznali praktykę "
        "tamtejszego zespołu interdyscyplinarnego.\n\n"
        "Kolejny wyjazd, tym razem do Wiednia, zaplanowano na 14–18 października 2019 r. Konferencja "
        "podsumowująca odbędzie się w listopadzie br. w Kielcach.\n"
    )
    got = _table(text, "type", "start", "place", "status")
    assert got == [
        ("study_visit", "2019-05-27", "Berlin", "held"),
        ("study_visit", "2019-05-08", "Lubliniec", "held"),
        ("study_visit", "2019-10-14", "Wiedeń", "planned"),
        ("conference", "2019-11", "Kielce", "planned"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected", "published"),
    [
        (
            "W listopadzie br. planujemy seminarium upowszechniające w Katowicach.",
            ("conference", "2019-11", "Katowice", "planned"),
            "2019-09-15",
        ),
        (
            "Szkolenie z zamówień publicznych, które w październiku 2019 r. przeprowadzono w Pile, cieszyło się "
            "dużym zainteresowaniem.",
            ("training", "2019-10", "Piła", "held"),
            "2019-11-20",
        ),
    ],
)
def test_a_single_happening_in_a_month(sentence: str, expected: tuple[str, str, str, str], published: str) -> None:
    (event,) = extract("Aktualności\n\n" + sentence, published=published).events
    assert (event.event_type, event.start_date, event.place.name if event.place else None, event.status) == expected


def test_list_items_without_a_tense_take_it_from_the_list_or_the_dates() -> None:
    text = (
        "Posiedzenie Komitetu Sterującego\n\n"
        "W dniach 7–8 listopada 2019 r. w Zakopanem odbyło się posiedzenie Komitetu Sterującego projektu. "
        "Członkowie Komitetu zapoznali się z harmonogramem prac na najbliższe tygodnie.\n\n"
        "Kalendarium:\n"
        "• 21 listopada – spotkanie Zespołu ds. Modelu w siedzibie ROPS w Krakowie,\n"
        "• 10 i 11 grudnia – wizyta studyjna w Pradze.\n\n"
        "Zapraszamy również:\n"
        "• 3 grudnia br. o godz. 10:00 – webinar „Jak prowadzić diagnozę?” na platformie ZOOM,\n"
        "• 16 grudnia br. – pierwsze zajęcia szkoły liderów. Zajęcia odbędą się we Wrocławiu.\n"
    )
    got = _table(text, "start", "place", "status")
    assert got == [
        ("2019-11-07", "Zakopane", "held"),
        ("2019-11-21", "Kraków", "planned"),  # after the reported meeting, in a list without tense
        ("2019-12-10", "Praga", "planned"),
        ("2019-12-03", None, "planned"),  # "Zapraszamy:" introduces it; a webinar has no place
        ("2019-12-16", "Wrocław", "planned"),  # tense and place in the item's next sentence
    ]


def test_a_page_with_a_table_of_meetings_and_a_list_of_other_articles() -> None:
    text = (
        "Konferencja regionalna w Toruniu\n\n"
        "Data publikacji: 18.05.2022\n\n"
        "Konferencja odbędzie się w dniach 9-10 czerwca 2022 r. w Toruniu, w Centrum Kulturalno-Kongresowym "
        "Jordanki. Dzień wcześniej, 8 czerwca, w tym samym miejscu zbierze się Komitet Sterujący projektu.\n\n"
        "W pilotażu odbyło się ponad 90 spotkań Partnerskich Zespołów Kooperacyjnych. Poniżej przypominamy "
        "harmonogram spotkań z I kwartału 2022 r.:\n\n"
        "Data | Miejsce | Temat\n"
        "12.01.2022 | Chełmno | Analiza przypadków rodzin\n"
        "26.01.2022 | Nakło nad Notecią | Wspólny plan działań na 2022 r.\n\n"
        "Zobacz również:\n"
        "11.05.2022 – Zaproszenie na sesję Rady Powiatu w dniu 30 maja 2022 r.\n"
        "09.05.2022 – Dzień Matki w Domu Pomocy Społecznej w Humniskach\n"
    )
    got = _table(text, "type", "start", "place", "status")
    assert got == [
        ("conference", "2022-06-09", "Toruń", "planned"),
        ("steering_committee", "2022-06-08", "Toruń", "planned"),  # "w tym samym miejscu"
        ("local_cooperation", "2022-01-12", "Chełmno", "held"),  # table rows under "harmonogram spotkań:"
        ("local_cooperation", "2022-01-26", "Nakło nad Notecią", "held"),
        # the article dates of "Zobacz również:" are no events; the session inside a title is, with
        # no place (the next line is another article)
        ("other", "2022-05-30", None, "planned"),
    ]


def test_a_first_paragraph_that_opens_with_its_date_and_tells_the_happening_after_it() -> None:
    text = (
        "Dzień Seniora 2019\n\n"
        "W sobotę, 12 października 2019 r., sala widowiskowa Domu Kultury w Kozach wypełniła się po brzegi. "
        "Na tegoroczny Dzień Seniora przybyło ponad 200 mieszkańców gminy. Uroczystość zorganizował GOPS "
        "wspólnie z członkami Gminnej Grupy Kooperacji.\n\n"
        "Od 3 do 5 listopada br. członkowie Grupy wezmą udział w szkoleniu w Ośrodku Szkoleniowym w Królowym Moście.\n"
    )
    got = _table(text, "type", "start", "place", "status")
    assert got == [
        ("other", "2019-10-12", "Kozy", "held"),  # a celebration, though the group organised it
        ("training", "2019-11-03", "Królowy Most", "planned"),  # "wezmą udział": the future
    ]


def test_a_period_told_by_its_first_and_last_day_is_no_happening() -> None:
    text = (
        "Aktualności\n\n"
        "Projekt rozpoczął się 1 września 2018 r. i potrwa do 31 sierpnia 2020 r. Pierwsze spotkanie "
        "partnerów odbyło się w Dreźnie.\n"
    )
    assert not extract(text).events


def test_an_event_on_a_bulletin_page_takes_its_type_from_its_items_title() -> None:
    text = (
        "BIULETYN PROJEKTU nr 4/2019\n\n"
        "KOMITET STERUJĄCY PODSUMOWAŁ PILOTAŻ\n"
        "17 października 2019 r. w siedzibie ROPS w Lublinie obradował Komitet Sterujący projektu i przyjął "
        "harmonogram prac na kolejny kwartał.\n\n"
        "SZKOLENIE DLA KOORDYNATORÓW\n"
        "W dniach 5–6 listopada br. w Nałęczowie odbyło się dwudniowe szkolenie dla koordynatorów kooperacji "
        "z gmin pilotażowych.\n\n"
        "WIZYTA STUDYJNA W ZAMOŚCIU\n"
        "28 listopada grupa pracowników socjalnych z Kraśnika i Biłgoraja gościła w Miejskim Ośrodku Pomocy "
        "Rodzinie w Zamościu.\n"
    )
    got = _table(text, "type", "start", "place")
    assert got == [
        ("steering_committee", "2019-10-17", "Lublin"),
        ("training", "2019-11-05", "Nałęczów"),
        ("study_visit", "2019-11-28", "Zamość"),
    ]


def test_minutes_date_their_meeting_on_its_own_line() -> None:
    text = (
        "Protokół nr 3/2020\n"
        "z posiedzenia Komitetu Sterującego projektu „Kooperacje 3D”\n"
        "w dniu 25 czerwca 2020 r.\n\n"
        "Posiedzenie odbyło się w formie wideokonferencji. Obecni: Marzena Olszówka, Tadeusz Bielecki.\n"
    )
    assert _table(text, "type", "start", "place") == [("steering_committee", "2020-06-25", None)]


def test_a_press_release_happens_where_its_dateline_says() -> None:
    text = (
        "KOMUNIKAT PRASOWY\n\n"
        "Lublin, 12 marca 2020 r. – Dziś w siedzibie Urzędu Marszałkowskiego podpisano porozumienie. "
        "Sygnatariuszami porozumienia są Miasto Chełm i Gmina Dorohusk.\n"
    )
    assert _table(text, "type", "start", "place") == [("agreement_signing", "2020-03-12", "Lublin")]


def test_a_law_cited_by_its_date_is_no_happening() -> None:
    text = (
        "Rekrutacja do projektu\n\n"
        "Zgodnie z art. 7 ustawy z dnia 12 marca 2004 r. o pomocy społecznej zapraszamy osoby zagrożone "
        "wykluczeniem. Uczestnicy wezmą udział w warsztatach i spotkaniach z doradcą.\n"
    )
    assert not extract(text).events


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # a long venue before its locality
        (
            "Posiedzenie Komitetu Sterującego odbędzie się 12.11.2019 r., godz. 10.00, w sali konferencyjnej "
            "Regionalnego Ośrodka Polityki Społecznej w Opolu. Poprzednie posiedzenie Komitetu odbyło się "
            "w czerwcu 2019 r. w Krakowie.",
            ["Opole", "Kraków"],
        ),
        # two places told alike: the one nearer the date
        (
            "Osoby, które nie mogły wziąć udziału w spotkaniu w Białymstoku, zapraszamy na spotkanie "
            "konsultacyjne zaplanowane na 10 grudnia 2019 r. w Łomży.",
            ["Łomża"],
        ),
        # a trip to an institution: its locality
        (
            "W połowie listopada 2019 r. seniorzy pojadą z wizytą studyjną do Uniwersytetu Trzeciego Wieku "
            "w Olsztynie.",
            ["Olsztyn"],
        ),
        # a date in brackets after its place
        (
            "Omówimy uwagi zgłoszone podczas spotkań konsultacyjnych w Krośnie (20 lutego 2020 r.) i w "
            "Przemyślu (25 lutego 2020 r.).",
            ["Krosno", "Przemyśl"],
        ),
    ],
)
def test_the_place_told_with_the_date(sentence: str, places: list[str]) -> None:
    assert [place for (place,) in _table("Aktualności\n\n" + sentence, "place", published="2019-12-01")] == places


def test_a_compound_sentence_with_a_dated_clause_and_one_a_day_later() -> None:
    text = (
        "Posiedzenia grup\n\n"
        "W dniu 17.06.2021 r. w Starostwie Powiatowym w Goleniowie obradowała Powiatowa Grupa Decydentów, "
        "a dzień później w Myśliborzu zebrała się Powiatowa Grupa Refleksyjna. Konsultacje modelu odbyły się "
        "15 października 2021 r. w Jaśle, a 22 października w Ustrzykach Dolnych.\n"
    )
    assert _table(text, "type", "start", "place") == [
        ("local_cooperation", "2021-06-17", "Goleniów"),  # its own clause's place, not Myślibórz
        ("local_cooperation", "2021-06-18", "Myślibórz"),  # "a dzień później": the day after the first
        ("consultation", "2021-10-15", "Jasło"),
        ("consultation", "2021-10-22", "Ustrzyki Dolne"),  # the type of the event in its sentence
    ]


def test_each_clause_of_a_compound_sentence_tells_its_own_event() -> None:
    text = (
        "Harmonogram projektu\n\n"
        "17 lutego 2020 r. w Łodzi podpisano porozumienia o współpracy z gminami pilotażowymi. "
        "Pierwsze spotkanie robocze zespołu projektu zaplanowano na 5 marca 2020 r. w Łodzi, a konferencja "
        "podsumowująca projekt planowana jest na wrzesień 2021 r. Natomiast 18 stycznia 2021 r. odbędzie się "
        "seminarium online dla kadry ośrodków, a kolejne posiedzenie Komitetu Sterującego zaplanowano na "
        "marzec 2021 r. w Opolu.\n"
    )
    got = _table(text, "type", "start", "place")
    assert got == [
        ("agreement_signing", "2020-02-17", "Łódź"),
        ("project_team", "2020-03-05", "Łódź"),
        ("conference", "2021-09", None),  # not the meeting's Łódź
        ("conference", "2021-01-18", None),  # online, not the committee's Opole
        ("steering_committee", "2021-03", "Opole"),
    ]


def test_every_city_adjective_names_a_city_with_powiat_rights() -> None:
    from kooperacja_nlp import places_resolve as pr
    from kooperacja_nlp.lang.places import CITY_ADJECTIVES

    for adjective, city in CITY_ADJECTIVES.items():
        loc = pr.city_of_adjective(adjective)
        assert loc is not None and loc.name == city and loc.powiat == city, adjective


@pytest.mark.parametrize(
    "adjective,town",
    [
        ("Świebodzińskiego", "Świebodzin"),  # the seat of the one powiat the adjective names
        ("Łowickim", "Łowicz"),
        ("Kościerskiej", "Kościerzyna"),
        ("Bielskiego", None),  # powiat bielski: two of them, and Bielsko-Biała
        ("Średzkiego", None),  # two powiats średzki
        ("Drohiczyńskiego", None),  # no powiat of that name
    ],
)
def test_a_powiat_seats_adjective_names_the_seat(adjective: str, town: str | None) -> None:
    from kooperacja_nlp import places_resolve as pr

    loc = pr.city_of_adjective(adjective)
    assert (loc.name if loc else None) == town


def test_a_list_items_apposed_host_building_is_in_the_hosts_town() -> None:
    text = (
        "Centrum Usług Społecznych w Sieradzu zaprasza na spotkania konsultacyjne:\n"
        "– 30 maja 2022 r., godz. 17.00 – świetlica przy Szkole Podstawowej nr 4 w Warcie,\n"
        "– 1 czerwca 2022 r., godz. 12.00 – siedziba Centrum Usług Społecznych, ul. Polna 12.\n"
    )
    assert [(e[1], e[3]) for e in _events(text)] == [("2022-05-30", "Warta"), ("2022-06-01", "Sieradz")]


def test_the_signing_of_a_funding_agreement_with_its_signers_title_between() -> None:
    text = (
        "Umowę o dofinansowanie projektu Zastępca Burmistrza Miasta Kępna Adam Wolny podpisał "
        "6 lutego 2024 r. w Urzędzie Marszałkowskim w Poznaniu."
    )
    assert [(e[0], e[3]) for e in _events(text)] == [("agreement_signing", "Poznań")]


def test_a_numbered_room_of_the_host_is_in_the_hosts_town() -> None:
    text = (
        "Wizyta studyjna w Kościerzynie\n\n"
        "Zespół ostatnio spotkał się 10.06.2021 r. w Urzędzie Miejskim w Czarnem. Kolejne posiedzenie PZK "
        "odbędzie się 8 lipca 2021 r. o godz. 10.00 w sali nr 14 Urzędu Miejskiego."
    )
    assert [(e[1], e[3]) for e in _events(text)] == [("2021-06-10", "Czarne"), ("2021-07-08", "Czarne")]


def test_a_venue_named_by_its_towns_adjective_stands_in_that_town() -> None:
    text = (
        "Zapraszamy na spotkanie dla rodzin zastępczych, które odbędzie się 6 grudnia 2019 r. "
        "o godz. 16.00 w sali widowiskowej Świebodzińskiego Domu Kultury."
    )
    assert [e[3] for e in _events(text)] == ["Świebodzin"]


def test_article_with_a_signed_agreement_and_an_announced_conference() -> None:
    text = (
        "Podpisanie porozumienia w Kielcach\n\n"
        "W dniu 4 czerwca 2019 r. w Wojewódzkiej Bibliotece Publicznej w Kielcach podpisano porozumienie "
        "o współpracy w ramach projektu „Liderzy kooperacji”. Porozumienie podpisał Jan Kowalski, wójt gminy "
        "Bieliny.\n\n"
        "Konferencja podsumowująca pilotaż odbędzie się 15 października 2019 r. w Rzeszowie.\n"
    )
    record = extract(text, published="2019-06-05")
    assert [(e.event_type, e.start_date, e.status) for e in record.events] == [
        ("agreement_signing", "2019-06-04", "held"),
        ("conference", "2019-10-15", "planned"),
    ]
    signing, conference = record.events
    assert signing.place is not None and signing.place.name == "Kielce"
    assert conference.place is not None and conference.place.name == "Rzeszów"
    assert signing.participants == ("Jan Kowalski",)
    assert conference.participants == ()
    assert signing.projects == conference.projects == ("Liderzy kooperacji",)
    assert record.meeting_type == "agreement_signing"


def test_pipeline_order_and_no_event_article(nlp: Language) -> None:
    assert nlp.pipe_names[-2:] == ["kn_events", "kn_meeting_type"]
    record = extract(
        "Rekrutacja do projektu\n\nOśrodek zaprasza mieszkańców gminy do udziału w projekcie. "
        "Formularze można składać w sekretariacie.",
    )
    assert record.events == ()
    assert record.meeting_type == "other"


# ---------------------------------------------------------------- unit tests with hand-made spans

Span = tuple[str, dict[str, Any]]


def _date(value: str, end: str | None = None, kind: str = "date", **extra: Any) -> dict[str, Any]:
    return {"value": value, "end_value": end or value, "kind": kind, "publication": False, "time": None, **extra}


def _place(name: str, kind: str = "locality") -> dict[str, Any]:
    return {"name": name, "kind": kind}


def _person(name: str) -> dict[str, Any]:
    return {"name": name, "title": None, "role": None, "organization": None}


def annotate(
    nlp: Language,
    text: str,
    *,
    dates: list[Span] = (),  # type: ignore[assignment]
    places: list[Span] = (),  # type: ignore[assignment]
    persons: list[Span] = (),  # type: ignore[assignment]
    reference: str | None = None,
) -> Doc:
    """A Doc with sentences and the given spans (surface, value), then ``kn_events`` and
    ``kn_meeting_type`` without the classifier. A surface may be "text@N" for its N-th occurrence."""
    doc = nlp.make_doc(text)
    doc._.kn_reference_date = reference
    nlp.get_pipe("kn_sentences")(doc)
    for group, items in (("kn_dates", dates), ("kn_places", places), ("kn_persons", persons)):
        ext = SPAN_GROUPS[group]
        spans = []
        for surface, value in items:
            word, _, nth = surface.partition("@")
            start = -1
            for _ in range(int(nth or 1)):
                start = text.index(word, start + 1)
            span = doc.char_span(start, start + len(word), alignment_mode="expand")
            assert span is not None
            span._.set(ext, {"text": word, "start": start, "end": start + len(word), **value})
            spans.append(span)
        doc.spans[group] = spans
    for group in ("kn_orgs", "kn_projects"):
        doc.spans[group] = []
    classifier.set_default_model(None)  # cue rules only: the shipped model may be retrained
    try:
        EventBuilder(nlp, "kn_events_test", use_classifier=False)(doc)
        MeetingTypeClassifier(nlp, "kn_meeting_type_test")(doc)
    finally:
        classifier.reset_default_model()
    return doc


def _summary(doc: Doc) -> list[tuple[str, str, str, str | None, str]]:
    return [
        (e["event_type"], e["start_date"], e["end_date"], e["place"]["name"] if e["place"] else None, e["status"])
        for e in doc._.kn_events
    ]


def test_dateline_and_project_period_are_not_events(nlp: Language) -> None:
    text = (
        "Opublikowano: 5 marca 2023\n\n"
        "Projekt realizowany jest od 1 kwietnia 2018 r. do 31 marca 2021 r. w ramach programu.\n"
        "Zgodnie z uchwałą z dnia 12 maja 2020 r. spotkania zespołu są jawne.\n"
    )
    doc = annotate(
        nlp,
        text,
        dates=[
            ("5 marca 2023", _date("2023-03-05")),
            ("1 kwietnia 2018", _date("2018-04-01")),
            ("31 marca 2021", _date("2021-03-31")),
            ("12 maja 2020", _date("2020-05-12")),
        ],
    )
    assert doc._.kn_events == []
    assert doc._.kn_meeting_type == "other"


def test_publication_flag_and_today(nlp: Language) -> None:
    text = "Szkolenie dla pracowników socjalnych\n12 maja 2022\n\nTematem dzisiejszego szkolenia była praca z rodziną."
    doc = annotate(nlp, text, dates=[("12 maja 2022", _date("2022-05-12", publication=True))])
    assert _summary(doc) == [("training", "2022-05-12", "2022-05-12", None, "held")]


def test_range_absorbs_its_days_and_mentions_merge(nlp: Language) -> None:
    text = (
        "W dniach 17-18 listopada 2021 r. w Lublinie odbyła się konferencja wojewódzka. "
        "Drugiego dnia, 18 listopada, uczestnicy konferencji dyskutowali o usługach społecznych. "
        "Konferencja z 17 listopada zgromadziła wielu gości."
    )
    doc = annotate(
        nlp,
        text,
        dates=[
            ("17-18 listopada 2021", _date("2021-11-17", "2021-11-18", kind="range")),
            ("18 listopada", _date("2021-11-18")),
            ("17 listopada", _date("2021-11-17")),
        ],
        places=[("Lublinie", _place("Lublin"))],
    )
    assert _summary(doc) == [("conference", "2021-11-17", "2021-11-18", "Lublin", "held")]


def test_same_day_second_happening_needs_an_also(nlp: Language) -> None:
    text = (
        "18 lipca w Rzeszowie odbyło się szkolenie w ramach Makroregionalnej Szkoły Kooperacji.\n\n"
        "18 lipca w Rzeszowie odbyło się również posiedzenie Komitetu Sterującego projektu.\n"
    )
    doc = annotate(
        nlp,
        text,
        dates=[("18 lipca", _date("--07-18")), ("18 lipca@2", _date("--07-18"))],
        places=[("Rzeszowie", _place("Rzeszów")), ("Rzeszowie@2", _place("Rzeszów"))],
    )
    assert _summary(doc) == [
        ("training", "--07-18", "--07-18", "Rzeszów", "held"),
        ("steering_committee", "--07-18", "--07-18", "Rzeszów", "held"),
    ]
    same = annotate(
        nlp,
        text.replace("również ", ""),
        dates=[("18 lipca", _date("--07-18")), ("18 lipca@2", _date("--07-18"))],
    )
    assert len(same._.kn_events) == 1


@pytest.mark.parametrize(
    "text,places,expected",
    [
        (  # the organiser's seat is not the venue
            "W dniu 10 czerwca 2021 r. ośrodek wziął udział w konferencji organizowanej przez Regionalny "
            "Ośrodek Polityki Społecznej w Katowicach.",
            [("Katowicach", "Katowice")],
            None,
        ),
        (  # participants' origin is not the venue
            "W dniu 10 czerwca 2021 r. odbyło się spotkanie, w którym wzięli udział goście z Poznania.",
            [("Poznania", "Poznań")],
            None,
        ),
        (  # the town of the building
            "W dniu 10 czerwca 2021 r. w Sali Obrad Urzędu Miasta Zgierza odbyło się spotkanie.",
            [("Zgierza", "Zgierz")],
            "Zgierz",
        ),
        (  # "w gminie X" says where, a guest's commune does not
            "W dniu 10 czerwca 2021 r. w gminie Bieliny gościli przedstawiciele gminy Dębno.",
            [("Bieliny", "Bieliny"), ("Dębno", "Dębno")],
            "Bieliny",
        ),
        (  # an active organiser: the place after the verb is the venue
            "Ośrodek w Toruniu zorganizował w dniu 10 czerwca 2021 r. w Bydgoszczy konferencję.",
            [("Toruniu", "Toruń"), ("Bydgoszczy", "Bydgoszcz")],
            "Bydgoszcz",
        ),
        (  # the place is written in the next sentence
            "W dniu 10 czerwca 2021 r. odbyła się konferencja wojewódzka. Pierwszy dzień konferencji odbył się w "
            "Muzeum Narodowym w Krakowie.",
            [("Krakowie", "Kraków")],
            "Kraków",
        ),
    ],
)
def test_event_place(nlp: Language, text: str, places: list[tuple[str, str]], expected: str | None) -> None:
    doc = annotate(
        nlp,
        text,
        dates=[("10 czerwca 2021", _date("2021-06-10"))],
        places=[(surface, _place(name)) for surface, name in places],
    )
    assert len(doc._.kn_events) == 1
    place = doc._.kn_events[0]["place"]
    assert (place["name"] if place else None) == expected


def test_online_event_has_no_place(nlp: Language) -> None:
    text = "W dniu 5 marca 2021 r. odbyło się spotkanie online zespołu. Ośrodek w Łodzi przygotował prezentację."
    doc = annotate(nlp, text, dates=[("5 marca 2021", _date("2021-03-05"))], places=[("Łodzi", _place("Łódź"))])
    assert doc._.kn_events[0]["place"] is None


@pytest.mark.parametrize(
    "sentence,reference,expected",
    [
        ("Spotkanie zespołu odbyło się 20 maja 2022 r. w ratuszu.", None, "held"),
        ("Spotkanie zespołu odbędzie się 20 maja 2022 r. w ratuszu.", None, "planned"),
        ("Zapraszamy na spotkanie zespołu 20 maja 2022 r. w ratuszu.", None, "planned"),
        ("Kolejne spotkanie zaplanowano na 20 maja 2022 r.", None, "planned"),
        ("Spotkanie zespołu 20 maja 2022 r. w ratuszu.", "2022-05-01", "planned"),  # after the reference
        ("Spotkanie zespołu odbędzie się 20 maja 2022 r.", "2022-06-01", "held"),  # before the reference
    ],
)
def test_status(nlp: Language, sentence: str, reference: str | None, expected: str) -> None:
    doc = annotate(nlp, sentence, dates=[("20 maja 2022", _date("2022-05-20"))], reference=reference)
    assert doc._.kn_events[0]["status"] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "W dniu 3 marca 2020 r. odbyło się posiedzenie Komitetu Sterującego oraz Zespołu ds. Modelu.",
            "steering_committee",
        ),
        ("W dniu 3 marca 2020 r. odbyło się spotkanie Zespołu ds. Modelu.", "project_team"),
        ("W dniu 3 marca 2020 r. odbyło się spotkanie Powiatowej Grupy Decydentów.", "local_cooperation"),
        ("W dniu 3 marca 2020 r. trwało szkolenie dla koordynatorów Partnerskich Zespołów Kooperacyjnych.", "training"),
        ("W dniu 3 marca 2020 r. odbyło się spotkanie konsultacyjne z organizacjami pozarządowymi.", "consultation"),
        ("W dniu 3 marca 2020 r. odbyła się konferencja podsumowująca projekt.", "conference"),
        ("W dniu 3 marca 2020 r. podpisano porozumienie o współpracy z powiatem.", "agreement_signing"),
        ("W dniu 3 marca 2020 r. członkowie zespołu wzięli udział w wizycie studyjnej w Kolbuszowej.", "study_visit"),
        ("W dniu 3 marca 2020 r. na boisku szkolnym odbył się piknik rodzinny.", "other"),
        ("W dniu 3 marca 2020 r. odbyło się posiedzenie Konwentu Dyrektorów.", "other"),
        ("W dniu 3 marca 2020 r. w Domu Kultury odbyła się uroczysta inauguracja sezonu Klubu Seniora.", "other"),
        ("W dniu 3 marca 2020 r. uczestniczki projektu spotkały się na Dniu Kobiet w świetlicy.", "other"),
        ("W dniu 3 marca 2020 r. w ośrodku kultury odbyła się zabawa karnawałowa dla dzieci.", "other"),
        (
            "W dniu 3 marca 2020 r. odbyło się spotkanie inauguracyjne Partnerskiego Zespołu Kooperacyjnego.",
            "local_cooperation",
        ),
        # a gmina's interdisciplinary team is a local cooperation body; training its members is training
        (
            "W dniu 3 marca 2020 r. obradował Zespół Interdyscyplinarny ds. Przeciwdziałania Przemocy.",
            "local_cooperation",
        ),
        ("W dniu 3 marca 2020 r. odbyło się szkolenie dla członków zespołów interdyscyplinarnych.", "training"),
    ],
)
def test_event_type(nlp: Language, sentence: str, expected: str) -> None:
    doc = annotate(nlp, sentence, dates=[("3 marca 2020", _date("2020-03-03"))])
    assert doc._.kn_events[0]["event_type"] == expected
    assert doc._.kn_meeting_type == expected


def test_signing_at_the_meeting_outranks_the_body(nlp: Language) -> None:
    done = (
        "W dniu 16 października 2019 r. odbyło się spotkanie formalizujące Partnerski Zespół Kooperacyjny. "
        "W trakcie spotkania podpisane zostały deklaracje przystąpienia do zespołu."
    )
    announced = (
        "W dniu 16 października 2019 r. odbyło się spotkanie Partnerskiego Zespołu Kooperacyjnego. "
        "Ustalono sposób dalszej pracy, tj. podpisania porozumienia na rzecz współdziałania instytucji."
    )
    date = [("16 października 2019", _date("2019-10-16"))]
    assert annotate(nlp, done, dates=date)._.kn_events[0]["event_type"] == "agreement_signing"
    assert annotate(nlp, announced, dates=date)._.kn_events[0]["event_type"] == "local_cooperation"


def test_participants_skip_credits(nlp: Language) -> None:
    text = "W dniu 5 maja 2022 r. odbyło się spotkanie, które prowadziła Ewa Lis.\n\nTekst: Adam Nowak"
    doc = annotate(
        nlp,
        text,
        dates=[("5 maja 2022", _date("2022-05-05"))],
        persons=[("Ewa Lis", _person("Ewa Lis")), ("Adam Nowak", _person("Adam Nowak"))],
    )
    assert doc._.kn_events[0]["participants"] == ["Ewa Lis"]


def test_evidence_offsets_are_exact(nlp: Language) -> None:
    text = "Nagłówek\n\n  W dniu 5 maja 2022 r. odbyło się spotkanie zespołu.  \n"
    doc = annotate(nlp, text, dates=[("5 maja 2022", _date("2022-05-05"))])
    evidence = doc._.kn_events[0]["evidence"]
    assert evidence["text"] == "W dniu 5 maja 2022 r. odbyło się spotkanie zespołu."
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]


# ---------------------------------------------------------------- helpers and patterns


def test_cue_helpers() -> None:
    assert cue_type("Spotkanie Partnerskiego Zespołu Kooperacyjnego w Knurowie") == "local_cooperation"
    assert cue_type("Informacja o naborze") == "other"
    assert cue_status("Spotkanie odbędzie się w czwartek.") == "planned"
    assert cue_status("Spotkanie będzie miało miejsce w czwartek.") == "planned"
    assert cue_status("Spotkanie miało miejsce w czwartek.") == "held"
    assert cue_status("Informacja o naborze.") is None
    # "the next meeting" without a verb is announced; a tense cue, when there is one, decides
    assert cue_status("Następne spotkanie – 9 listopada.") == "planned"
    assert cue_status("Najbliższe posiedzenie zespołu: 12 grudnia w Olsztynie.") == "planned"
    assert cue_status("Następne spotkanie odbyło się 9 listopada.") == "held"
    assert cue_status("W październiku odbyło się kolejne spotkanie zespołu.") == "held"
    assert head_label("odbyło się szkolenie dla członków PZK") == "training"
    assert head_label("odbyło się spotkanie PZK o charakterze warsztatowym") is None


ADVERSARIAL = ["1", ".-", "A", "w ", "spotkanie ", "Ab.", "12.03.", "w sali "]


def _seconds(rx: object, text: str) -> float:
    """The best of three runs: a busy machine (tests in parallel) adds pauses, backtracking does not
    go away on a second try."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        rx.search(text)  # type: ignore[attr-defined]
        sum(1 for _ in rx.finditer(text))  # type: ignore[attr-defined]
        best = min(best, time.perf_counter() - start)
    return best


def _patterns() -> list[tuple[str, object]]:
    out = [(n, getattr(ev, n)) for n in sorted(dir(ev)) if n.endswith("_RE")]
    # every type cue in one pattern: same pieces, same backtracking behaviour, one scan
    out.append(("TYPE_CUES", ev.cue_regex(cue for cues in TYPE_CUES.values() for cue, _ in cues)))
    out.append(("HEAD_CUES", ev.cue_regex(cue for cues in HEAD_CUES.values() for cue in cues)))
    return out


def test_patterns_are_linear_time() -> None:
    """Doubling an adversarial input at most about doubles the time (no catastrophic backtracking),
    on strings of digits, dots, dashes, capitals and repeated cue words."""
    slow = []
    for name, rx in _patterns():
        for unit in ADVERSARIAL:
            small = _seconds(rx, unit * (10_000 // len(unit)))
            large = _seconds(rx, unit * (20_000 // len(unit)))
            if large > 3 * small + 0.05:
                slow.append((name, unit, round(small, 3), round(large, 3)))
    assert slow == []


# ---------------------------------------------------------------- generalisation audit (k029-k036)


def _events(text: str, published: str | None = None) -> list[tuple[str, str, str, str | None, str]]:
    record = extract(text, published=published)
    return [
        (e.event_type, e.start_date, e.end_date, e.place.name if e.place else None, e.status) for e in record.events
    ]


@pytest.mark.parametrize(
    "sentence,label",
    [
        # an institution named with a cue word tells no happening
        (
            "W lipcu 2019 r. planowana jest rewizyta: pokażemy gościom działalność Warsztatu Terapii "
            "Zajęciowej w Studziankach.",
            "study_visit",
        ),
        # the project's expert panel is one of its working bodies
        ("W dniach 14-15.11.2019 w Łodzi obradował panel ekspertów projektu.", "project_team"),
        # the school of cooperation in the locative ("Szkole": ł alternates with l)
        (
            "W dniach 2–4 marca 2020 r. koordynatorka GOPS brała udział w Makroregionalnej Szkole Kooperacji "
            "w Rzeszowie.",
            "training",
        ),
        # the project's team, though the article is about its trainings
        (
            "Ruszyły szkolenia w projekcie\n\nDziałania zainaugurowało spotkanie robocze zespołu projektu z "
            "przedstawicielami partnera, które odbyło się 30.09.2019 r. w Lublinie.",
            "project_team",
        ),
    ],
)
def test_type_of_a_sentence_with_a_misleading_word(sentence: str, label: str) -> None:
    assert [e[0] for e in _events(sentence)] == [label]


@pytest.mark.parametrize(
    "headline,expected",
    [
        # the happening noun opening the headline names the main event, not the team's name in it
        ("Szkolenie dla członków Zespołu Kooperacji", "training"),
        # a body opening it is no happening noun: the strongest cue decides
        ("Zespół Kooperacji po szkoleniu", "local_cooperation"),
    ],
)
def test_the_headlines_opening_noun_names_the_main_event(headline: str, expected: str) -> None:
    text = (
        f"{headline}\n\n"
        "W dniach 22-23.09.2020 r. w sali MOPS w Nysie odbyło się dwudniowe szkolenie dla członków Zespołu "
        "Kooperacji. Przypomnijmy, że pierwsze spotkanie Zespołu Kooperacji odbyło się 28 lipca 2020 r."
    )
    record = extract(text)
    assert [e.event_type for e in record.events] == ["training", "local_cooperation"]
    assert record.meeting_type == expected


def test_dates_of_documents_behind_their_number_and_issuer_are_not_events() -> None:
    text = (
        "Konsultacje prowadzone są na podstawie zarządzenia nr 45/2021 Wójta Gminy Lipnik z dnia 8 marca 2021 r. "
        "oraz uchwały Rady Gminy z dnia 30 czerwca 2016 r. w sprawie zasad konsultacji.\n\n"
        "Spotkanie w tej sprawie omówiło pismo Starostwa Powiatowego w Opatowie z dnia 2 marca 2021 r."
    )
    assert _events(text) == []


def test_a_session_dated_after_a_resolution_is_an_event() -> None:
    text = "Uchwałę przyjęto na sesji Rady Gminy z 25 lutego 2021 r. w Lipniku."
    assert _events(text) == [("other", "2021-02-25", "2021-02-25", "Lipnik", "held")]


def test_items_of_a_list_introduced_as_meetings_are_events() -> None:
    text = (
        "Ośrodek zaprasza mieszkańców do udziału w konsultacjach programu wspierania rodziny.\n\n"
        "Spotkania konsultacyjne:\n"
        "- 12 kwietnia 2021 r., godz. 10:00 – remiza OSP w Lipniku,\n"
        "- 14 kwietnia 2021 r., godz. 12:00 – sala narad Starostwa Powiatowego w Opatowie,\n"
        "- 16 kwietnia 2021 r. – spotkanie online.\n"
    )
    assert _events(text, published="2021-04-01") == [
        ("consultation", "2021-04-12", "2021-04-12", "Lipnik", "planned"),
        ("consultation", "2021-04-14", "2021-04-14", "Opatów", "planned"),
        ("consultation", "2021-04-16", "2021-04-16", None, "planned"),
    ]


def test_items_named_by_a_label_before_their_date_are_events_in_the_introducing_lines_town() -> None:
    text = (
        "Partnerzy podpisali umowę 23 września 2024 r. w Urzędzie Miasta w Żorach.\n\n"
        "Dla kadry ośrodków przygotowano cykl warsztatów w Wodzisławiu Śląskim:\n"
        "moduł I – 7-8 października,\n"
        "moduł II – 21 października,\n"
        "moduł III – 4 listopada br.\n"
    )
    assert _events(text)[1:] == [
        ("training", "2024-10-07", "2024-10-08", "Wodzisław Śląski", "planned"),
        ("training", "2024-10-21", "2024-10-21", "Wodzisław Śląski", "planned"),
        ("training", "2024-11-04", "2024-11-04", "Wodzisław Śląski", "planned"),
    ]


def test_a_list_introduced_at_the_end_of_a_line_of_prose() -> None:
    text = (
        "Posiedzenie zespołu odbyło się 3 marca 2022 r. w Brzegu.\n\n"
        "Gmina planuje cykl spotkań konsultacyjnych z mieszkańcami. Odbędą się one w terminach:\n"
        "- 12 kwietnia 2022 r. w Skarbimierzu,\n"
        "- 26 kwietnia 2022 r. w Lubszy.\n"
    )
    assert _events(text)[1:] == [
        ("consultation", "2022-04-12", "2022-04-12", "Skarbimierz", "planned"),
        ("consultation", "2022-04-26", "2022-04-26", "Lubsza", "planned"),
    ]


def test_days_listed_in_their_own_sentence_are_not_days_of_a_range_and_share_the_last_place() -> None:
    text = (
        "W dniach 22-26 kwietnia 2024 r. Sędziszów odwiedzi grupa seniorów z Wilna. "
        "Zanim przyjadą, klubowicze doskonalą język – warsztaty odbędą się 9, 16 i 23 kwietnia "
        "w świetlicy w Klimontowie."
    )
    assert [(start, place) for _, start, _, place, _ in _events(text)[1:]] == [
        ("2024-04-09", "Klimontów"),
        ("2024-04-16", "Klimontów"),
        ("2024-04-23", "Klimontów"),
    ]


def test_a_month_given_to_a_happening_by_a_participle_is_that_happenings() -> None:
    text = (
        "Konsultacje projektu programu trwały do 13 października 2023 r. Ich wyniki zostaną "
        "przedstawione na konferencji podsumowującej, planowanej w listopadzie 2023 r. w Zamościu."
    )
    assert _events(text) == [("conference", "2023-11", "2023-11", "Zamość", "planned")]


@pytest.mark.parametrize(
    "sentence,status",
    [
        # no cue word of a tense: the verb nearest the date tells it
        (
            "Zapraszamy na konsultacje programu\n\n"
            "Zarząd Powiatu na posiedzeniu w dniu 12 września 2023 r. przyjął projekt programu.",
            "held",
        ),
        ("Rada Gminy na sesji w dniu 12 września 2023 r. przyjmie projekt programu.", "planned"),
        # preparing or announcing a happening is done before it
        ("Zapraszamy na konsultacje. Przygotowano także konsultacje online – 19 września 2023 r.", "planned"),
    ],
)
def test_the_verbs_tense_when_no_cue_word_tells_it(sentence: str, status: str) -> None:
    assert [e[4] for e in _events(sentence)][-1:] == [status]


def test_the_next_of_a_series_inside_another_happenings_range_is_its_own() -> None:
    text = (
        "Trzecią sesję Szkoły zaplanowano na 16 – 18. 03. 2020r. w Białowieży.\n\n"
        "Wczoraj, 2 marca, odbył się pierwszy webinar dla koordynatorów. Kolejny webinar odbędzie się 17 marca."
    )
    assert [(e[1], e[3]) for e in _events(text)][-1] == ("2020-03-17", None)


def test_items_of_a_list_of_deadlines_are_not_events() -> None:
    text = (
        "Nabór wniosków do programu.\n\n"
        "Terminy składania wniosków:\n"
        "- 12 kwietnia 2021 r. – gmina Lipnik,\n"
        "- 14 kwietnia 2021 r. – gmina Opatów.\n"
    )
    assert _events(text) == []


def test_the_term_of_a_meeting_is_not_a_deadline() -> None:
    # "w terminie 7–8 września" gives the meeting's days; only "w terminie do" makes a deadline
    text = (
        "Szkolenie dla asystentów rodziny odbędzie się w terminie 7–8 września 2020 r. w Opatowie. "
        "Zgłoszenia przyjmujemy w terminie do 31 sierpnia 2020 r."
    )
    assert _events(text) == [("training", "2020-09-07", "2020-09-08", "Opatów", "planned")]
    notice = "Zapraszamy na szkolenie dla asystentów rodziny.\nTermin: 7–8.09.2020 r.\nMiejsce: Opatów, Hotel Róża\n"
    assert _events(notice) == [("training", "2020-09-07", "2020-09-08", "Opatów", "planned")]


def test_a_day_moved_or_called_off_is_not_an_event() -> None:
    text = (
        "Spotkanie szkoleniowe dla rodzin zastępczych, zaplanowane na 12 marca 2024 r., zostało przełożone "
        "na 26 marca 2024 r. i odbędzie się w Łowiczu. Konferencja „Razem przeciw przemocy”, która miała "
        "się odbyć 17 marca 2024 r. w Kamieniu Pomorskim, została odwołana."
    )
    assert _events(text) == [("training", "2024-03-26", "2024-03-26", "Łowicz", "planned")]
    # a plan alone is a plan
    assert _events("Spotkanie zespołu zaplanowane na 12 marca 2024 r. odbędzie się w Łowiczu.")[0][1] == "2024-03-12"


def test_the_new_day_of_a_meeting_moved_online_has_no_place() -> None:
    text = (
        "Posiedzenie Partnerskiego Zespołu Kooperacyjnego w gminie Kalwaria Zebrzydowska, zaplanowane "
        "pierwotnie na 17 listopada 2020 r. w sali obrad Urzędu Miejskiego, odbędzie się tydzień później – "
        "we wtorek 24 listopada, w formie zdalnej za pośrednictwem platformy ZOOM."
    )
    assert _events(text) == [("local_cooperation", "2020-11-24", "2020-11-24", None, "planned")]


def test_a_cancelled_trip_gives_no_place_to_the_event_before_it() -> None:
    text = (
        "Aktywni w Bolesławcu\n\nW dniach 7–11 lutego 2022 r. w sali KIS odbędą się warsztaty kompetencji "
        "społecznych. Zaplanowany na czwartek 10 lutego wyjazd integracyjny do Szklarskiej Poręby został "
        "odwołany z powodu sytuacji epidemicznej."
    )
    assert _events(text) == [("training", "2022-02-07", "2022-02-11", "Bolesławiec", "planned")]


def test_rows_of_a_schedule_table_flattened_to_lines_are_events() -> None:
    text = (
        "Harmonogram szkoleń dla kadry pomocy społecznej – I półrocze 2018\n\n"
        "Powiatowe Centrum Pomocy Rodzinie w Opatowie zaplanowało następujące szkolenia.\n\n"
        "Harmonogram szkoleń (stan na 2018-03-02)\n\n"
        "Lp.\nTermin\nTemat\nMiejsce\nProwadzący\n\n"
        "1.\n12–13.03.2018\nPraca socjalna z rodziną z problemem alkoholowym\n"
        "Sandomierz, sala konferencyjna PCPR\ndr Zofia Kostrubiec\n\n"
        "2.\n4–5.06.2018\nWizyta studyjna w Miejskim Ośrodku Pomocy Społecznej w Wieliczce\nWieliczka\n"
        "Kierownik projektu\n"
    )
    assert _events(text) == [
        ("training", "2018-03-12", "2018-03-13", "Sandomierz", "planned"),
        ("study_visit", "2018-06-04", "2018-06-05", "Wieliczka", "planned"),
    ]


def test_a_relative_clause_dates_the_noun_before_it() -> None:
    conference = (
        "Webinaria są kontynuacją konferencji „Od instytucji do społeczności”, która odbyła się "
        "12 listopada 2023 r. w Olsztynie i zgromadziła ponad 200 osób."
    )
    assert _events(conference)[0][0] == "conference"
    team = (
        "Wnioski z konferencji posłużyły zespołowi ds. opracowania planu deinstytucjonalizacji, który "
        "spotkał się 11 kwietnia 2024 r. w Olsztynie."
    )
    assert _events(team)[0][0] == "project_team"
    # the noun phrase ends at its verb: the signing is not what took place on 17 December
    before = (
        "Podpisanie porozumienia poprzedziło spotkanie informacyjne dla kadry instytucji, które odbyło się "
        "17 grudnia 2020 r. w Brzegach Dolnych."
    )
    assert _events(before)[0][0] != "agreement_signing"


def test_a_trip_takes_its_destination_behind_its_audience() -> None:
    text = "W dniach 28 lutego – 1 marca 2020 r. odbył się wyjazd integracyjny dla 14 rodzin do Karpacza."
    assert _events(text) == [("other", "2020-02-28", "2020-03-01", "Karpacz", "held")]


def test_a_list_items_venue_after_a_comma_gives_its_place() -> None:
    text = (
        "Harmonogram spotkań:\n"
        "• 7.11.2019 – spotkanie PZK gminy Czarnków, Gminny Ośrodek Kultury w Gębicach\n"
        "• 8.11.2019 – spotkanie PZK gminy Trzcianka, sala narad Urzędu Miejskiego w Trzciance\n"
    )
    assert [(start, place) for _, start, _, place, _ in _events(text)] == [
        ("2019-11-07", "Gębice"),
        ("2019-11-08", "Trzcianka"),
    ]


def test_dates_posted_under_related_articles_are_not_the_pages_date() -> None:
    text = (
        "Gmina dołącza do pilotażu\n\n9 czerwca 2021 r. w Urzędzie Miejskim w Kłobucku podpisane zostało "
        "porozumienie o współpracy.\n\nZobacz także:\n\n• Posiedzenie Komitetu Sterującego\ndodano: 2021-05-19\n"
    )
    assert _events(text)[0] == ("agreement_signing", "2021-06-09", "2021-06-09", "Kłobuck", "held")


def test_a_range_whose_days_are_then_told_one_by_one_is_two_events() -> None:
    text = (
        "17 i 18 czerwca 2021 r. – spotkania lokalnych zespołów kooperacji: 17 czerwca w Brzozowie, "
        "18 czerwca w Lubaczowie."
    )
    assert [(start, end, place) for _, start, end, place, _ in _events(text)] == [
        ("2021-06-17", "2021-06-17", "Brzozów"),
        ("2021-06-18", "2021-06-18", "Lubaczów"),
    ]


PAGE_WITH_WIDGETS = (
    "NAJNOWSZE WIADOMOŚCI\n"
    "12.03.2020 Sesja Rady Miejskiej w Opatowie – porządek obrad\n"
    "10.03.2020 Dzień Kobiet w Klubie Seniora w Lipniku\n"
    "02.03.2020 Zmiana godzin pracy kasy ośrodka\n\n"
    "Drugie posiedzenie zespołu za nami\n\n"
    "W środę 4 marca 2020 r. w Urzędzie Miejskim w Opatowie odbyło się drugie posiedzenie Partnerskiego "
    "Zespołu Kooperacyjnego. Spotkanie prowadziła Iwona Strzelecka.\n\n"
    "KALENDARZ WYDARZEŃ\n"
    "14 marca – Dzień Otwarty PCPR w Sandomierzu\n"
    "26 marca – Spotkanie grupy wsparcia dla rodziców\n\n"
    "KOMENTARZE (2)\n"
    "Halina Węgrzyn, 09.03.2020 o 19:02\n"
    "A w Lipniku nie będzie spotkania?\n"
)


def test_a_pages_widgets_give_no_events_and_no_people() -> None:
    # the sidebar's posting days, the calendar's days and the comments' times are other pages'
    assert _events(PAGE_WITH_WIDGETS) == [("local_cooperation", "2020-03-04", "2020-03-04", "Opatów", "held")]
    record = extract(PAGE_WITH_WIDGETS)
    assert [p.name for p in record.persons] == ["Iwona Strzelecka"]
    assert "Lipnik" in [p.name for p in record.places]  # places count anywhere on the page


def test_respectively_pairs_each_day_with_its_place() -> None:
    text = (
        "Regionalne spotkania konsultacyjne odbyły się 12 i 13 października 2022 r. odpowiednio "
        "w Hajnówce i w Augustowie."
    )
    assert [(start, end, place) for _, start, end, place, _ in _events(text)] == [
        ("2022-10-12", "2022-10-12", "Hajnówka"),
        ("2022-10-13", "2022-10-13", "Augustów"),
    ]


def test_dates_listed_together_share_their_clauses_kind() -> None:
    text = (
        "Zapraszamy na konferencję w Białymstoku.\n\nRegionalne spotkania konsultacyjne odbyły się 12 i 13 "
        "października 2022 r. odpowiednio w Hajnówce i w Augustowie, a wcześniej, we wrześniu, kadra ośrodków "
        "przeszła szkolenia: 20.09.2022 w Łomży oraz 27.09.2022 w Suwałkach."
    )
    assert [(t, start, place) for t, start, _, place, _ in _events(text)] == [
        ("consultation", "2022-10-12", "Hajnówka"),
        ("consultation", "2022-10-13", "Augustów"),
        ("training", "2022-09-20", "Łomża"),
        ("training", "2022-09-27", "Suwałki"),
    ]


def test_a_building_named_by_its_institution_stands_at_that_institutions_seat() -> None:
    text = (
        "Wizyta studyjna w Gdyni\n\nW dniach 17-18 czerwca 2019 r. przedstawiciele gmin wzięli udział w wizycie "
        "studyjnej w Gdyni. Wyjazd przygotował Regionalny Ośrodek Polityki Społecznej w Rzeszowie.\n\n"
        "Po powrocie, 25 czerwca 2019 r., w siedzibie ROPS odbyło się spotkanie ekspertów i animatorów projektu."
    )
    assert [(start, place) for _, start, _, place, _ in _events(text)] == [
        ("2019-06-17", "Gdynia"),
        ("2019-06-25", "Rzeszów"),
    ]


def test_a_group_going_abroad_in_a_month_is_a_visit_there() -> None:
    text = (
        "Gość z Saksonii zapowiedział wizytę studyjną: we wrześniu 2022 r. grupa pracowników PCPR "
        "uda się do Drezna, by poznać pracę tamtejszych zespołów."
    )
    assert _events(text) == [("study_visit", "2022-09", "2022-09", "Drezno", "planned")]


def test_a_talk_that_was_the_announcement_of_a_visit_leaves_the_visit_planned() -> None:
    # the copula "było" is past, but what it announces is still to come
    text = (
        "Wystąpienie gościa z Lipska było zapowiedzią wizyty studyjnej – w październiku 2023 r. "
        "sześcioosobowa grupa kuratorów uda się do Lipska."
    )
    assert [(start, status) for _, start, _, _, status in _events(text)] == [("2023-10", "planned")]


def test_the_present_of_a_plan_is_planned() -> None:
    text = "W sobotę 9 września 2023 r. wybieramy się z wolontariuszami na wyjazd studyjny do Zwierzyńca."
    assert _events(text) == [("study_visit", "2023-09-09", "2023-09-09", "Zwierzyniec", "planned")]


def test_a_hybrid_meeting_takes_the_locality_of_its_room() -> None:
    text = (
        "W poniedziałek, 12.10.2020 r., odbyło się czwarte spotkanie Partnerskiego Zespołu Kooperacyjnego. "
        "Spotkanie miało formę hybrydową: część członków zebrała się w sali konferencyjnej MOPS w Opatowie, "
        "pozostali łączyli się za pośrednictwem platformy MS Teams."
    )
    assert _events(text) == [("local_cooperation", "2020-10-12", "2020-10-12", "Opatów", "held")]
    online = text.replace("Spotkanie miało formę hybrydową: część", "Spotkanie odbyło się online, a część")
    assert _events(online)[0][3] is None


def test_a_visit_told_by_its_verb_is_an_event() -> None:
    text = (
        "Kolejnym krokiem będzie wizyta studyjna. Od 3 do 4 marca 2020 r. przedstawiciele zespołów "
        "z gmin powiatu odwiedzą Kartuzy, by poznać tamtejsze rozwiązania."
    )
    assert _events(text) == [("study_visit", "2020-03-03", "2020-03-04", "Kartuzy", "planned")]


def test_a_month_that_sums_up_its_days_is_not_an_event_of_its_own() -> None:
    text = (
        "Konsultacje modelu zaplanowano na marzec 2020 r. Pierwsze spotkanie konsultacyjne odbędzie się "
        "we wtorek 10 marca w Opolu, kolejne w czwartek 12 marca w Kielcach. Dla osób, które nie mogą "
        "przyjechać, przygotowano konsultacje online – 19 marca, godz. 11.00–13.00."
    )
    # and the last, told without a tense, comes after days told as planned: planned too
    assert _events(text) == [
        ("consultation", "2020-03-10", "2020-03-10", "Opole", "planned"),
        ("consultation", "2020-03-12", "2020-03-12", "Kielce", "planned"),
        ("consultation", "2020-03-19", "2020-03-19", None, "planned"),
    ]


def test_a_month_whose_days_its_sentence_lists_after_a_colon_is_not_an_event() -> None:
    text = (
        "We wrześniu 2022 r. kadra ośrodków przeszła szkolenia z planowania usług: 20.09.2022 w Łomży "
        "oraz 27.09.2022 w Suwałkach."
    )
    assert [(start, place) for _, start, _, place, _ in _events(text)] == [
        ("2022-09-20", "Łomża"),
        ("2022-09-27", "Suwałki"),
    ]


def test_a_month_event_of_another_type_stays() -> None:
    text = (
        "Na czerwiec 2020 r. zaplanowano wizytę studyjną w Opolu, a 25 czerwca w Ustroniu odbędzie się "
        "konferencja podsumowująca."
    )
    assert [(t, start) for t, start, *_ in _events(text)] == [("study_visit", "2020-06"), ("conference", "2020-06-25")]


def test_a_list_of_further_sessions_continues_the_series() -> None:
    text = (
        "Szkolenie koordynatorów\n\n"
        "W dniach 15-16 marca 2021 roku w Kielcach odbyło się szkolenie dla koordynatorów kooperacji.\n\n"
        "Kolejne zjazdy:\n"
        "• II zjazd: 12-13.04.2021, Sandomierz – planowanie pracy zespołu,\n"
        "• III zjazd: od 10 do 12 maja, Opatów – superwizja.\n"
    )
    assert _events(text, published="2021-03-18") == [
        ("training", "2021-03-15", "2021-03-16", "Kielce", "held"),
        ("training", "2021-04-12", "2021-04-13", "Sandomierz", "planned"),
        ("training", "2021-05-10", "2021-05-12", "Opatów", "planned"),
    ]


def test_each_date_of_a_sentence_takes_the_place_written_after_it() -> None:
    text = (
        "Odbyły się dwa spotkania Gminnej Grupy Kooperacji: 3 marca 2021 r. w Sandomierzu "
        "i 17 marca 2021 r. w Opatowie."
    )
    assert [(start, place) for _, start, _, place, _ in _events(text)] == [
        ("2021-03-03", "Sandomierz"),
        ("2021-03-17", "Opatów"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "5 października 2020 r. projekt zaprezentowano radnym na posiedzeniu Komisji Spraw Społecznych "
            "Rady Miejskiej w Opatowie.",
            ("other", "2020-10-05", "2020-10-05", "Opatów", "held"),
        ),
        (
            "Wczoraj, 11 lutego, w świetlicy wiejskiej w Lipniku uroczyście otwarto Klub Seniora.",
            ("other", "--02-11", "--02-11", "Lipnik", "held"),
        ),
        (
            "Wczoraj, 11 lutego, w Kielcach eksperci konsultowali projekt rekomendacji do modelu.",
            ("consultation", "--02-11", "--02-11", "Kielce", "held"),
        ),
        (
            "W dniach 14-15 maja 2021 r. w Opatowie odbyły się warsztaty dla członków Partnerskiego "
            "Zespołu Kooperacyjnego.",
            ("training", "2021-05-14", "2021-05-15", "Opatów", "held"),
        ),
        (
            "Uwagi do modelu zostaną omówione na posiedzeniu Partnerskiego Zespołu Kooperacyjnego "
            "14 października 2020 r. w Lipniku.",
            ("local_cooperation", "2020-10-14", "2020-10-14", "Lipnik", "planned"),
        ),
        (
            "Podsumowanie projektu zaplanowano na marzec 2022 r. w Kielcach.",
            ("conference", "2022-03", "2022-03", "Kielce", "planned"),
        ),
        (
            "Przypominamy, że 18 grudnia ubiegłego roku w Łańcucie odbyła się gala wręczenia nagród. "
            "Kolejne spotkanie zespołu odbyło się 15.01.2021 r. online.",
            ("conference", "2020-12-18", "2020-12-18", "Łańcut", "held"),
        ),
    ],
)
def test_one_sentence_events(text: str, expected: tuple[str, str, str, str | None, str]) -> None:
    assert _events(text)[0] == expected


def test_every_locality_of_a_list_of_origins_is_an_origin() -> None:
    text = (
        "17 lipca 2019 r. obradował Zespół ds. Modelu złożony z pracowników ośrodków z Rzeszowa, Kielc "
        "i Białegostoku. Spotkanie odbyło się w Lublinie."
    )
    assert _events(text) == [("project_team", "2019-07-17", "2019-07-17", "Lublin", "held")]


def test_announcement_with_date_and_place_fields() -> None:
    text = (
        "Zaproszenie na szkolenie\n\n"
        "Termin: 12.03.2020 r., godz. 10:00\n"
        "Miejsce: sala narad Urzędu Gminy w Lipniku\n"
        "Temat: praca w zespołach interdyscyplinarnych\n"
    )
    assert _events(text) == [("training", "2020-03-12", "2020-03-12", "Lipnik", "planned")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a resolution behind its number, issuer and seat
        (
            "Szkolenie było możliwe dzięki uchwale nr XXI/145/2021 Rady Powiatu w Opatowie z dnia 25 lutego 2021 r.",
            [],
        ),
        # what follows a colon names the dated happening
        (
            "Podsumowując konferencję, organizatorzy zapowiedzieli kolejne działania: już dnia 27.10.2021 r. "
            "odbędzie się webinar dla pracowników socjalnych.",
            [("training", "2021-10-27", "2021-10-27", None, "planned")],
        ),
        # a trip told with a verb of travelling
        (
            "W dniach 17 i 18 czerwca 2019 r. grupa seniorów wyjechała na wizytę studyjną do Hajnówki, "
            "aby w Hajnówce poznać działalność klubu seniora.",
            [("study_visit", "2019-06-17", "2019-06-18", "Hajnówka", "held")],
        ),
        # a month-only happening told with "zbierze się"
        (
            "Komitet Sterujący zbierze się ponownie w październiku 2020 r. w Toruniu.",
            [("steering_committee", "2020-10", "2020-10", "Toruń", "planned")],
        ),
        # the turn of two months is no date of a happening
        ("Kolejne spotkanie zespołu zaplanowano na przełomie maja i czerwca 2021 r.", []),
    ],
)
def test_more_event_sentences(text: str, expected: list[tuple[str, str, str, str | None, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a relative clause: the date is the body's, not the workshop's
        (
            "Warsztaty były kontynuacją ustaleń Zespołu ds. Modelu, który w dniach 14 i 15 października 2019 r. "
            "obradował w Lublinie.",
            ("project_team", "2019-10-14", "2019-10-15", "Lublin", "held"),
        ),
        # "natomiast" opens the signing's clause; the training heads the other one
        (
            "Szkolenia dla opiekunów ruszą w maju, natomiast podobne porozumienie z gminą Lipnik zostanie "
            "podpisane 15 marca 2021 r.",
            ("agreement_signing", "2021-03-15", "2021-03-15", None, "planned"),
        ),
        # the happening of an audience ("dla uczestników Forum") does not head the sentence
        (
            "W środę 25 listopada 2020 r. dla chętnych uczestników Forum w Zgierzu przeprowadzone zostaną warsztaty.",
            ("training", "2020-11-25", "2020-11-25", "Zgierz", "planned"),
        ),
    ],
)
def test_the_clause_of_the_date_names_the_happening(text: str, expected: tuple[str, str, str, str | None, str]) -> None:
    assert _events(text) == [expected]


# ---------------------------------------------------------------- round 2: relative days, bulletins

BULLETIN = (
    "Gmina Zbąszyń – wiadomości\n"
    "Opublikowano: 09.03.2021 r.\n"
    "\n"
    "Zespół Kooperacyjny po raz drugi\n"
    "We wtorek 2 marca 2021 r. w Domu Kultury w Zbąszyniu spotkali się członkowie Gminnej Grupy "
    "Kooperacji działającej w ramach projektu „Kooperacje 3D”. Pani Halina Wróbel, kierownik ośrodka"
    " pomocy społecznej, przedstawiła wyniki diagnozy potrzeb mieszkańców sołectw położonych "
    "najdalej od siedziby gminy.\n"
    "\n"
    "Sesja Rady Gminy\n"
    "W ostatni czwartek radni zebrali się na XXI sesji Rady Miejskiej w Zbąszyniu. Przewodniczący "
    "Rady, Pan Tadeusz Grabarczyk, podziękował sołtysom za organizację zebrań wiejskich w lutym i za"
    " sprawne zbieranie wniosków.\n"
    "\n"
    "Spotkanie dla seniorów\n"
    "Klub Seniora zaprasza na spotkanie z okazji Dnia Babci i Dziadka, które odbędzie się w sobotę "
    "20 marca br. o godz. 15:00 w świetlicy wiejskiej w Łomnicy. W programie koncert dzieci z "
    "miejscowej szkoły. Informacji udziela Pani Ewa Sokół, tel. 600 000 000.\n"
    "\n"
    "Szkolenie dla sołtysów\n"
    "W kwietniu urząd planuje szkolenie dla sołtysów z zakresu funduszu sołeckiego i rozliczania "
    "dotacji. Szczegóły wkrótce.\n"
    "\n"
    "Oprac.: Krystyna Malec"
)


def test_a_relative_day_counts_from_the_labelled_publication_day_not_a_bare_dateline() -> None:
    # a bare dateline gives the year of "20 marca br.", but "w ostatni czwartek" stays undated
    bare = BULLETIN.replace("Opublikowano: 09.03.2021 r.", "09.03.2021 r.")
    assert _events(bare) == [
        ("local_cooperation", "2021-03-02", "2021-03-02", "Zbąszyń", "held"),
        ("other", "2021-03-20", "2021-03-20", "Łomnica", "planned"),
    ]
    # the day the page labels as its publication dates the session (2021-03-09 is a Tuesday), as
    # does the caller's
    session = ("other", "2021-03-04", "2021-03-04", "Zbąszyń", "held")
    assert session in _events(BULLETIN)
    assert session in _events(bare, published="2021-03-09")


def test_bulletin_items_keep_their_own_people_and_projects() -> None:
    record = extract(BULLETIN)
    group, session, seniors = record.events
    assert group.participants == ("Halina Wróbel",)  # not the council's chairman of the next item
    assert session.participants == ("Tadeusz Grabarczyk",) and session.projects == ()
    assert group.projects == ("Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin",)
    assert seniors.participants == ()  # the contact person and the page's editor take no part
    assert seniors.projects == ()  # the project belongs to another item of the page


def test_contact_persons_are_not_participants() -> None:
    text = (
        "Konferencja „Rodzina w centrum” odbędzie się 24 listopada 2022 r. w Płocku. Wykład wygłosi "
        "dr Marek Lis z Uniwersytetu Warszawskiego. Osoba do kontaktu: Anna Rak, tel. 24 000 00 00."
    )
    assert extract(text).events[0].participants == ("Marek Lis",)


def test_two_consecutive_full_dates_are_one_two_day_event() -> None:
    text = (
        "Kolejnym etapem były warsztaty dla członków zespołu, które odbyły się dn. 5.11.19 r. i 6.11.19 r. "
        "w hotelu we Włocławku."
    )
    assert _events(text) == [("training", "2019-11-05", "2019-11-06", "Włocławek", "held")]


def test_a_fronted_object_of_precede_is_not_the_dated_happening() -> None:
    text = (
        "Podpisanie porozumienia poprzedziły dwa spotkania robocze zespołu ds. modelu: 9 marca 2022 r. "
        "w Sokółce i 23 marca 2022 r. w Dąbrowie Białostockiej."
    )
    assert _events(text) == [
        ("project_team", "2022-03-09", "2022-03-09", "Sokółka", "held"),
        ("project_team", "2022-03-23", "2022-03-23", "Dąbrowa Białostocka", "held"),
    ]


def test_a_trip_in_a_month_is_an_event_at_its_destination() -> None:
    text = (
        "Od 10 do 12 września 2019 r. pracownicy ośrodka uczestniczyli w wizycie studyjnej w Krakowie. "
        "To już druga wizyta studyjna zorganizowana przez nasz ośrodek w 2019 roku – pierwsza, w maju, "
        "prowadziła do Gdańska."
    )
    assert _events(text) == [
        ("study_visit", "2019-09-10", "2019-09-12", "Kraków", "held"),
        ("study_visit", "2019-05", "2019-05", "Gdańsk", "held"),
    ]


# -- throughput helpers (issue #9): the same answers as the patterns they replace


@pytest.mark.parametrize(
    "line",
    [
        "12.03.2020 r.",
        "Opublikowano: 12.03.2020",
        "– 5 maja 2021 roku, godz. 10:00",
        "Rok 2020, 12 marca",
        "12 marca 2021 r. w Toruniu odbyło się spotkanie",
        "R 2020 ROKU",
        "godz. 12:00 – 14:00 r.",
        "(07.09.2020)",
    ],
)
def test_letter_runs_answer_like_the_dateline_pattern(line: str) -> None:
    runs = ev._LetterRuns(line)
    for a in range(len(line) + 1):
        for b in range(a, len(line) + 1):
            assert runs.dateline(a, b) == (ev.DATELINE_RE.match(line[a:b]) is not None), (a, b)


def test_letter_runs_on_a_long_line_read_in_pieces() -> None:
    line = "Terminy spotkań: " + "12.03.2020 r., " * 400 + "w Brodnicy"
    runs = ev._LetterRuns(line)
    starts = [m.start() for m in re.finditer(r"12\.03", line)]
    for s in starts[::37]:
        assert runs.dateline(0, s) is False  # "Terminy spotkań" (and the "r." of earlier dates) before
        assert runs.dateline(s, s + 14) is True
    assert runs.dateline(starts[-1], len(line)) is False  # "w Brodnicy" after the last one


def test_many_dates_on_one_line_stay_fast(nlp: Language) -> None:
    # a schedule line with hundreds of dates: each date used to re-read the whole line
    days = [f"{d} marca 2021 r." for d in range(1, 29)] * 20
    text = "Szkolenia dla pracowników socjalnych odbyły się w Toruniu " + ", ".join(days) + "."
    nlp("Spotkanie odbyło się 2 marca 2021 r. w Toruniu.")  # lazy data loaded before the clock
    start = time.perf_counter()
    doc = nlp(text)
    assert time.perf_counter() - start < 5.0
    assert [e["start_date"] for e in doc._.kn_events] == [f"2021-03-{d:02d}" for d in range(1, 29)]
    assert {e["event_type"] for e in doc._.kn_events} == {"training"}


@pytest.mark.parametrize(
    ("text", "name", "rank"),
    [
        # a capital "W" at the sentence start: the word before it is the sentence start, so the
        # locality is said of the happening, whatever the sentence ends with ("ROPS")
        ("W Toruniu odbyło się posiedzenie z udziałem dyrektora ROPS", "Toruniu", ev.R_SAID),
        # "w sołectwie X": the preposition is the word "w", not the letter inside "sołectwie"
        ("Ośrodek w sołectwie Bieliny prowadzi zajęcia", "Bieliny", ev.R_SEAT),
        ("Spotkanie odbyło się w gminie Bieliny", "Bieliny", ev.R_SAID),
    ],
)
def test_a_locality_is_ranked_by_the_words_before_its_preposition(text: str, name: str, rank: int) -> None:
    start = text.index(name)
    p = {"start": start, "end": start + len(name), "text": name}
    assert EventBuilder._rank(text, ev.Sentence(0, len(text), 0), p) == rank


CALENDAR_PAGE = """Kalendarium wydarzeń – projekt „Sieć usług społecznych Powiśla”

NADCHODZĄCE WYDARZENIA

wt., 14.11.2023, godz. 9:00–13:30 | Kwidzyn
Szkolenie „Mieszkania wspomagane – jak je uruchomić?” dla pracowników OPS z powiatu kwidzyńskiego.

śr. 22 listopada 2023 | online (Zoom)
Konsultacje programu rozwoju usług społecznych. Link otrzymają zgłoszeni uczestnicy.

WYDARZENIA MINIONE

czwartek, 19 października 2023 r. | Sztum
II posiedzenie Komitetu Sterującego projektu. Członkowie komitetu przyjęli harmonogram wizyt.

05.10.2023 r. | Prabuty
Spotkanie robocze koordynatorów i ekspertów projektu, omówiono procedury kierowania do usług.
"""


def test_calendar_entries_are_dated_by_their_head_line() -> None:
    """A calendar page: each entry's day, hours and place head it on a line of their own, the
    happening is the line under them, and the section headings tell the tense."""
    assert _events(CALENDAR_PAGE) == [
        ("training", "2023-11-14", "2023-11-14", "Kwidzyn", "planned"),
        ("consultation", "2023-11-22", "2023-11-22", None, "planned"),
        ("steering_committee", "2023-10-19", "2023-10-19", "Sztum", "held"),
        ("project_team", "2023-10-05", "2023-10-05", "Prabuty", "held"),
    ]


def test_a_dateline_above_a_headline_is_no_calendar_entry() -> None:
    """The article's own date alone on its line (no separator, no place after it) stays the
    dateline: the headline under it is no happening of that day."""
    text = (
        "12.10.2023 r.\nSpotkanie Zespołu Kooperacji w Sztumie\n\n"
        "W dniu 10 października 2023 r. w Sztumie obradował Zespół Kooperacji."
    )
    assert [e[1] for e in _events(text)] == ["2023-10-10"]


def test_a_delegation_hosted_elsewhere_is_a_study_visit() -> None:
    text = (
        "W dniu 5 marca 2021 r. delegacja naszego ośrodka gościła w Zielonej Górze, w Centrum Aktywności "
        "Seniora, gdzie przyglądała się funkcjonowaniu dziennego domu pobytu."
    )
    assert _events(text) == [("study_visit", "2021-03-05", "2021-03-05", "Zielona Góra", "held")]


def test_numbered_schedule_items_after_the_held_ones_are_planned() -> None:
    """A numbered line's number is split off as a sentence of its own ("2." / "Sesja II – ..."):
    the text after it is still an item of the list, so the schedule's later sessions are planned."""
    text = (
        "Pierwsze szkolenie odbyło się 14-15 października 2019 roku w Chełmie.\n\n"
        "Poniżej przedstawiamy harmonogram kolejnych sesji:\n\n"
        "1. Sesja I – 14-15.10.2019 r., Chełm (zrealizowana)\n"
        "2. Sesja II – 28 października 2019 r., Zamość, sala konferencyjna\n"
        "3. Sesja III – 05-06.11.2019r., Biała Podlaska\n"
    )
    assert [(e[1], e[4]) for e in _events(text)] == [
        ("2019-10-14", "held"),
        ("2019-10-28", "planned"),
        ("2019-11-05", "planned"),
    ]


def test_a_relative_clause_after_the_place_names_another_matter() -> None:
    """The locality of a relative clause after the date and the place tells of another noun; one
    in a relative clause that carries the happening itself still counts."""
    text = (
        "14 grudnia 2022 r. w siedzibie ROPS w Olsztynie zbierze się zespół ekspertów projektu, który oceni "
        "rekomendacje wypracowane w Mikołajkach."
    )
    assert [e[3] for e in _events(text)] == ["Olsztyn"]
    text = "Zapraszamy na spotkanie zespołu, które odbędzie się 14 grudnia 2022 r. w Mikołajkach."
    assert [e[3] for e in _events(text)] == ["Mikołajki"]


def test_a_moved_training_is_planned_on_its_new_day_only() -> None:
    text = (
        "Starogard Gd., dn. 13.03.2020 r.\n\nSzkolenie dla rodzin zastępczych, które miało odbyć się 19 marca "
        "br. w Czarnej Wodzie, zostaje PRZENIESIONE na czwartek 16 kwietnia 2020 r. Miejsce oraz godziny zajęć "
        "pozostają bez zmian.\n\nUmowę na realizację programu Wójt Gminy Kazimierz Gąsior podpisał "
        "12.VIII.2021 r. w Rzeszowie."
    )
    assert _events(text) == [
        ("training", "2020-04-16", "2020-04-16", "Czarna Woda", "planned"),
        ("agreement_signing", "2021-08-12", "2021-08-12", "Rzeszów", "held"),
    ]


def test_an_information_meeting_for_applicants_is_of_no_listed_kind() -> None:
    text = "Spotkanie informacyjne dla kandydatów na asystentów odbędzie się w czwartek 29 lutego 2024 r. w Gnieźnie."
    assert [e[0] for e in _events(text)] == ["other"]


def test_schedule_items_take_the_type_of_the_item_before_them() -> None:
    """Items of a list told without a cue of their own continue the list (the sessions of a
    training cycle), not the article's first event (a team meeting that started the project)."""
    text = (
        "Ruszyły szkolenia w projekcie\n\n"
        "Za nami pierwsza sesja szkoleniowa w ramach projektu dla pracowników ośrodków pomocy społecznej.\n\n"
        "Przypomnijmy, że działania zainaugurowało spotkanie robocze zespołu projektu, które odbyło się "
        "30.09.2019 r. w Lublinie.\n\n"
        "Pierwsze szkolenie odbyło się 14-15 października 2019 roku w Chełmie.\n\n"
        "Harmonogram kolejnych sesji:\n\n"
        "1. Sesja I – 14-15.10.2019 r., Chełm (zrealizowana)\n"
        "2. Sesja II – 28 października 2019 r., Zamość\n"
    )
    assert [e[0] for e in _events(text)] == ["project_team", "training", "training"]


def test_a_month_that_a_dash_gives_one_happening_is_its_date() -> None:
    text = (
        "Na 15.10.2020 r. zaplanowano warsztaty dla pracodawców, a w listopadzie (termin zostanie podany) – "
        "otwarte spotkanie Zespołu Kooperacji z mieszkańcami osiedla."
    )
    assert [(e[1], e[4]) for e in _events(text)] == [("2020-10-15", "planned"), ("2020-11", "planned")]
    # a month over several happenings is no date of one
    text = "W listopadzie – szkolenia dla pracowników socjalnych w kilku gminach powiatu."
    assert _events(text) == []


def test_a_headline_of_two_happenings_gives_each_its_own_place() -> None:
    text = (
        "Komitet Sterujący w Jeleniej Górze, wizyta studyjna w Szklarskiej Porębie\n\n"
        "Posiedzenie Komitetu (28 lutego 2020 r.) otworzyła dyrektor DOPS. Komitet zatwierdził raport z badań.\n\n"
        "Nazajutrz, 1 marca, uczestnicy pojechali na wizytę studyjną do Szklarskiej Poręby."
    )
    assert [(e[0], e[3]) for e in _events(text)] == [
        ("steering_committee", "Jelenia Góra"),
        ("study_visit", "Szklarska Poręba"),
    ]


def test_a_sentence_cut_after_br_does_not_go_on_into_another_dated_one() -> None:
    """ "br." ends the sentence; the next one, with its own date, is another happening's."""
    text = (
        "W dniu 23.IX.2021 r. w Rudzie Śląskiej odbyło się II posiedzenie Zespołu ds. wdrażania modelu. "
        "Kolejne posiedzenie zespołu zaplanowano na 14 października br. Wcześniej, dn. 5.10.2021 r., "
        "przedstawiciele zespołu wezmą udział w konferencji regionalnej w Katowicach."
    )
    assert _events(text) == [
        ("project_team", "2021-09-23", "2021-09-23", "Ruda Śląska", "held"),
        ("project_team", "2021-10-14", "2021-10-14", None, "planned"),  # not the conference's Katowice
        ("conference", "2021-10-05", "2021-10-05", "Katowice", "planned"),
    ]

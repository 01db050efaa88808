"""``kn_dates`` on invented Polish news sentences: exact spans, ISO values and kinds.

Every expected value is what the sentence means, worked out by hand (not copied from output).
Tuples are (span text, value, end_value, kind).
"""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from spacy.lang.pl.stop_words import STOP_WORDS
from spacy.language import Language

from kooperacja_nlp.components.base import values
from kooperacja_nlp.lang import dates as date_patterns
from kooperacja_nlp.lang.months import MONTH_ABBREVIATIONS, MONTHS, ROMAN_MONTHS
from kooperacja_nlp.lang.relative import DIRECTIONS, RELATIVE_DAYS
from kooperacja_nlp.lang.weekdays import WEEKDAYS
from kooperacja_nlp.normalize import strip_diacritics

Row = tuple[str, str | None, str | None, str]


def _mentions(nlp: Language, text: str, reference: str | None = None) -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.kn_reference_date = reference
    return values(nlp.get_pipe("kn_dates")(doc), "kn_dates")


def _rows(nlp: Language, text: str, reference: str | None = None) -> list[Row]:
    return [(v["text"], v["value"], v["end_value"], v["kind"]) for v in _mentions(nlp, text, reference)]


# -- absolute dates in every spelling -------------------------------------------------------------

ABSOLUTE = [
    (
        "Spotkanie odbyło się 23 października 2019 w Toruniu.",
        [("23 października 2019", "2019-10-23", "2019-10-23", "date")],
    ),
    ("W dniu 23.10.2019 r. odbyło się posiedzenie.", [("23.10.2019 r.", "2019-10-23", "2019-10-23", "date")]),
    ("Dnia 23.10.2019r. podpisano porozumienie.", [("23.10.2019r.", "2019-10-23", "2019-10-23", "date")]),
    ("Termin spotkania: 2019-10-23, sala nr 4.", [("2019-10-23", "2019-10-23", "2019-10-23", "date")]),
    ("Konferencja odbyła się 23 X 2019 r. w Lublinie.", [("23 X 2019 r.", "2019-10-23", "2019-10-23", "date")]),
    ("Sesja Rady Powiatu, 5.III.2020", [("5.III.2020", "2020-03-05", "2020-03-05", "date")]),
    ("W dniu 8. 09. 2020 r. zebrał się zespół.", [("8. 09. 2020 r.", "2020-09-08", "2020-09-08", "date")]),
    ("Protokół z posiedzenia 2019.11.20 przyjęto.", [("2019.11.20", "2019-11-20", "2019-11-20", "date")]),
    ("Zarząd zebrał się 14/02/2020 w siedzibie.", [("14/02/2020", "2020-02-14", "2020-02-14", "date")]),
    ("Zarząd zebrał się 14-02-2020 w siedzibie.", [("14-02-2020", "2020-02-14", "2020-02-14", "date")]),
    ("W dniu 08 listopada 2016 roku w Łęczycy.", [("08 listopada 2016 roku", "2016-11-08", "2016-11-08", "date")]),
    ("Dnia 5-go marca 2021 r. spotkali się radni.", [("5-go marca 2021 r.", "2021-03-05", "2021-03-05", "date")]),
    (
        "W dniu 21-szego marca 2019 r. zebrał się zespół.",
        [("21-szego marca 2019 r.", "2019-03-21", "2019-03-21", "date")],
    ),
    (
        "Od 22-giego do 23-ciego maja 2019 r. trwały warsztaty.",
        [("Od 22-giego do 23-ciego maja 2019 r.", "2019-05-22", "2019-05-23", "range")],
    ),
    ("Dnia 5-tego grudnia 2019 r. podpisano umowę.", [("5-tego grudnia 2019 r.", "2019-12-05", "2019-12-05", "date")]),
    # a day spelled as an ordinal
    (
        "W sobotę, szesnastego września 2023 r. odbędą się warsztaty.",
        [("sobotę, szesnastego września 2023 r.", "2023-09-16", "2023-09-16", "date")],
    ),
    (
        "Dnia dwudziestego pierwszego marca 2020 r. podpisano porozumienie.",
        [("dwudziestego pierwszego marca 2020 r.", "2020-03-21", "2020-03-21", "date")],
    ),
    ("14 LISTOPADA 2019 – KONFERENCJA W TORUNIU", [("14 LISTOPADA 2019", "2019-11-14", "2019-11-14", "date")]),
    ("W dniu 13 1istopada 2019 r. w Knurowie.", [("13 1istopada 2019 r.", "2019-11-13", "2019-11-13", "date")]),
    ("Spotkanie odbyło się 3 wrzesnia 2019 r.", [("3 wrzesnia 2019 r.", "2019-09-03", "2019-09-03", "date")]),
    (
        "W poniedziałek 4 marca 2020 r. w siedzibie Centrum.",  # 4 March 2020 was a Wednesday: the date wins
        [("poniedziałek 4 marca 2020 r.", "2020-03-04", "2020-03-04", "date")],
    ),
    ("We wtorek, 04 czerwca 2019r w Kielcach.", [("wtorek, 04 czerwca 2019r", "2019-06-04", "2019-06-04", "date")]),
    ("Wczoraj, 11 lutego 2020 roku w sali.", [("Wczoraj, 11 lutego 2020 roku", "2020-02-11", "2020-02-11", "date")]),
    ("Zebranie, 10.12.2019 r., godz. 12:00", [("10.12.2019 r.", "2019-12-10", "2019-12-10", "date")]),
]


@pytest.mark.parametrize("text,expected", ABSOLUTE)
def test_absolute_dates(nlp: Language, text: str, expected: list[Row]) -> None:
    assert _rows(nlp, text) == expected


# -- ranges: one value with start and end ------------------------------------------------------------

RANGES = [
    # abbreviated weekdays at both ends
    ("• pn. 4 X – pt. 8 X 2021 r. – cykl szkoleń", [("4 X – pt. 8 X 2021 r.", "2021-10-04", "2021-10-08", "range")]),
    (
        "W dniach 14-15 listopada 2019 roku w Ustroniu.",
        [("14-15 listopada 2019 roku", "2019-11-14", "2019-11-15", "range")],
    ),
    ("W dniach  07 – 08. 09. 2020r. Toruń gościł.", [("07 – 08. 09. 2020r.", "2020-09-07", "2020-09-08", "range")]),
    ("Szkolenie trwało 28-29.05.2019 w Opolu.", [("28-29.05.2019", "2019-05-28", "2019-05-29", "range")]),
    (
        "Warsztaty od 3 do 5 czerwca 2021 r. w Gdańsku.",
        [("od 3 do 5 czerwca 2021 r.", "2021-06-03", "2021-06-05", "range")],
    ),
    (
        "Od 24 do 26.02.2020r. w Supraślu trwała druga sesja szkoły.",
        [("Od 24 do 26.02.2020r.", "2020-02-24", "2020-02-26", "range")],
    ),
    # without "od" the "do" joins no range: a deadline, or the end of a change of a number
    ("Liczba miejsc wzrosła z 24 do 26.02.2020 r.", [("26.02.2020 r.", "2020-02-26", "2020-02-26", "deadline")]),
    (
        "Forum trwało od 29 listopada do 1 grudnia 2019 r.",
        [("od 29 listopada do 1 grudnia 2019 r.", "2019-11-29", "2019-12-01", "range")],
    ),
    (
        "Zjazd 29 listopada – 1 grudnia 2019 w Krakowie.",
        [("29 listopada – 1 grudnia 2019", "2019-11-29", "2019-12-01", "range")],
    ),
    (
        "Obóz odbył się 30 grudnia 2019 – 2 stycznia 2020 r.",
        [("30 grudnia 2019 – 2 stycznia 2020 r.", "2019-12-30", "2020-01-02", "range")],
    ),
    (
        "Spotkania w dniach 14 i 15 listopada 2019 r.",
        [("14 i 15 listopada 2019 r.", "2019-11-14", "2019-11-15", "range")],
    ),
    ("Warsztaty 5, 6 i 7 maja 2021 r. w Olsztynie.", [("5, 6 i 7 maja 2021 r.", "2021-05-05", "2021-05-07", "range")]),
    # days of one month listed before a full numeric date: separate days, or a range when consecutive
    (
        "Spotkania 4, 11 i 18.12.2019 r. w Toruniu.",
        [
            ("4", "2019-12-04", "2019-12-04", "date"),
            ("11", "2019-12-11", "2019-12-11", "date"),
            ("18.12.2019 r.", "2019-12-18", "2019-12-18", "date"),
        ],
    ),
    ("Szkolenie w dniach 4 i 5.12.2019 r. w Toruniu.", [("4 i 5.12.2019 r.", "2019-12-04", "2019-12-05", "range")]),
    ("Szkolenie w dniach 7 i 8 IX 2020 r. w Toruniu.", [("7 i 8 IX 2020 r.", "2020-09-07", "2020-09-08", "range")]),
    (
        "Warsztaty 7, 14 i 21 IX 2020 r.",
        [
            ("7", "2020-09-07", "2020-09-07", "date"),
            ("14", "2020-09-14", "2020-09-14", "date"),
            ("21 IX 2020 r.", "2020-09-21", "2020-09-21", "date"),
        ],
    ),
    # two consecutive days with a slash (an overnight meeting); any other pair is no date
    (
        "Obrady 15/16 października 2021 r. w Kowalewie.",
        [("15/16 października 2021 r.", "2021-10-15", "2021-10-16", "range")],
    ),
    ("Punkty 3/12 października 2021 r. omówiono.", [("października 2021 r.", "2021-10", "2021-10", "month")]),
    ("Kongres 30.03-2.04.2020 w Poznaniu.", [("30.03-2.04.2020", "2020-03-30", "2020-04-02", "range")]),
    (
        "Szkolenie 14.11.2019 r. – 15.11.2019 r.",
        [("14.11.2019 r. – 15.11.2019 r.", "2019-11-14", "2019-11-15", "range")],
    ),
    ("Wizyta studyjna 1-2 XII 2019 r. w Wilnie.", [("1-2 XII 2019 r.", "2019-12-01", "2019-12-02", "range")]),
    ("Kurs między 3 a 5 czerwca 2022 r.", [("między 3 a 5 czerwca 2022 r.", "2022-06-03", "2022-06-05", "range")]),
    ("W dniach od 03.10 do 05.10.2019 trwał nabór.", [("od 03.10 do 05.10.2019", "2019-10-03", "2019-10-05", "range")]),
    # day ranges listed before the month share it
    (
        "Warsztaty w dniach 14-15 oraz 21-22 listopada 2019 r.",
        [
            ("14-15", "2019-11-14", "2019-11-15", "range"),
            ("21-22 listopada 2019 r.", "2019-11-21", "2019-11-22", "range"),
        ],
    ),
    # two separate days are two dates, sharing the written year
    (
        "Spotkania odbyły się 5 i 12 maja 2021 r.",
        [("5", "2021-05-05", "2021-05-05", "date"), ("12 maja 2021 r.", "2021-05-12", "2021-05-12", "date")],
    ),
    (
        "Posiedzenia 18 lipca oraz 20 sierpnia 2019 r.",
        [("18 lipca", "2019-07-18", "2019-07-18", "date"), ("20 sierpnia 2019 r.", "2019-08-20", "2019-08-20", "date")],
    ),
    # two full dates of consecutive days joined by "i" are one two-day stretch (two-digit years with "r.")
    (
        "Szkolenie odbyło się dn. 5.11.19 r. i 6.11.19 r. w Koninie.",
        [("5.11.19 r. i 6.11.19 r.", "2019-11-05", "2019-11-06", "range")],
    ),
    (
        "Warsztaty prowadzono 30.04.2021 r. oraz 1.05.2021 r. w Ełku.",
        [("30.04.2021 r. oraz 1.05.2021 r.", "2021-04-30", "2021-05-01", "range")],
    ),
    # not consecutive: two dates
    (
        "Dyżury 3.02.2020 r. i 10.02.2020 r. w urzędzie.",
        [("3.02.2020 r.", "2020-02-03", "2020-02-03", "date"), ("10.02.2020 r.", "2020-02-10", "2020-02-10", "date")],
    ),
]


@pytest.mark.parametrize("text,expected", RANGES)
def test_ranges(nlp: Language, text: str, expected: list[Row]) -> None:
    assert _rows(nlp, text) == expected


# -- year-less dates -------------------------------------------------------------------------------

YEARLESS = [
    # between two dates of one year told before and after it: that year, though the year before
    # is nearer to the first ("9 stycznia 2019" -> October 2018 is 3 months away)
    (
        "Pierwsze spotkanie odbyło się 9 stycznia 2019 r. Ostatnie szkolenie prowadził 16-go października "
        "mec. Paweł Grabowski. Pod koniec listopada 2019 r. planujemy konferencję.",
        None,
        [
            ("9 stycznia 2019 r.", "2019-01-09", "2019-01-09", "date"),
            ("16-go października", "2019-10-16", "2019-10-16", "date"),
            ("Pod koniec listopada 2019 r.", "2019-11", "2019-11", "month"),
        ],
    ),
    # "br." between the last happening told and the first planned one: the year that puts it there
    (
        "Od 30 listopada do 2 grudnia 2022 r. w Mikołajkach trwały warsztaty. Kolejny moduł zaplanowano "
        "w terminie 31 stycznia – 1 lutego 2023 r. w Ełku. Wcześniej, 14 grudnia br., zbierze się zespół.",
        None,
        [
            ("Od 30 listopada do 2 grudnia 2022 r.", "2022-11-30", "2022-12-02", "range"),
            ("31 stycznia – 1 lutego 2023 r.", "2023-01-31", "2023-02-01", "range"),
            ("14 grudnia br.", "2022-12-14", "2022-12-14", "date"),
        ],
    ),
    # ... but a year-end still crosses to the nearer year
    (
        "Spotkanie odbyło się 28 grudnia 2019 r., a kolejne 3 stycznia. W marcu 2020 r. planujemy szkolenie.",
        None,
        [
            ("28 grudnia 2019 r.", "2019-12-28", "2019-12-28", "date"),
            ("3 stycznia", "2020-01-03", "2020-01-03", "date"),
            ("W marcu 2020 r.", "2020-03", "2020-03", "month"),
        ],
    ),
    # nothing in the text says which year: --MM-DD
    ("18 lipca w Rzeszowie odbyło się spotkanie.", None, [("18 lipca", "--07-18", "--07-18", "date")]),
    ("16-17 lipca w Rzeszowie obradował zespół.", None, [("16-17 lipca", "--07-16", "--07-17", "range")]),
    ("18 lipca br. przeprowadzono szkolenie.", None, [("18 lipca br.", "--07-18", "--07-18", "date")]),
    ("Dnia 5 marca odbyła się sesja rady.", None, [("5 marca", "--03-05", "--03-05", "date")]),
    (
        "W dwóch spotkaniach zorganizowanych w piątek 28.10. oraz 4.11. wzięło udział 40 osób.",
        None,
        [("piątek 28.10.", "--10-28", "--10-28", "date"), ("4.11.", "--11-04", "--11-04", "date")],
    ),
    # a bare "4.09" is a day when its sentence has just dated a day of that month in words
    (
        "Porozumienia podpisano w Rudzie Śląskiej (3 września) i w Dąbrowie Górniczej (4.09), a w Zabrzu – na 24.09.",
        None,
        [
            ("3 września", "--09-03", "--09-03", "date"),
            ("4.09", "--09-04", "--09-04", "date"),
            ("24.09.", "--09-24", "--09-24", "date"),
        ],
    ),
    # not a number pair of another month, nor one in the next sentence
    (
        "Spotkanie odbyło się 3 września. Wskaźnik wzrósł o 4.10 punktu.",
        None,
        [("3 września", "--09-03", "--09-03", "date")],
    ),
    # the reference date (published) gives the nearest year; "br." gives its year
    ("18 lipca w Rzeszowie odbyło się spotkanie.", "2019-07-20", [("18 lipca", "2019-07-18", "2019-07-18", "date")]),
    ("Spotkanie 16 grudnia podsumowało rok.", "2020-01-08", [("16 grudnia", "2019-12-16", "2019-12-16", "date")]),
    ("Zapraszamy 10 stycznia na szkolenie.", "2019-12-20", [("10 stycznia", "2020-01-10", "2020-01-10", "date")]),
    (
        "W dniu 12 grudnia br. podsumowano projekt.",
        "2019-12-20",
        [("12 grudnia br.", "2019-12-12", "2019-12-12", "date")],
    ),
    (
        "Od kwietnia bieżącego roku trwa pilotaż.",
        "2019-07-20",
        [("Od kwietnia bieżącego roku", "2019-04", None, "period")],
    ),
    ("Dnia 3 marca ub.r. podpisano umowę.", "2020-05-04", [("3 marca ub.r.", "2019-03-03", "2019-03-03", "date")]),
    (
        "Kolejna edycja 5 maja przyszłego roku.",
        "2020-05-04",
        [("5 maja przyszłego roku", "2021-05-05", "2021-05-05", "date")],
    ),
    # another full date of the text gives the year (the nearest one to it)
    (
        "W dniu 10 grudnia 2019 r. powołano zespół. Kolejne spotkanie odbyło się 15 stycznia.",
        None,
        [
            ("10 grudnia 2019 r.", "2019-12-10", "2019-12-10", "date"),
            ("15 stycznia", "2020-01-15", "2020-01-15", "date"),
        ],
    ),
    # a date resolved from the text anchors the next one ("Dzień wcześniej, 17 lipca")
    (
        "18 lipca br. odbył się zjazd szkoły. Dzień wcześniej, 17 lipca, obradował zespół. "
        "Przypomnijmy, że w 2019 roku projekt wszedł w drugi etap, a na 2021 r. zaplanowano ewaluację.",
        None,
        [
            ("18 lipca br.", "2019-07-18", "2019-07-18", "date"),
            ("Dzień wcześniej, 17 lipca", "2019-07-17", "2019-07-17", "date"),  # the lead and its date
        ],
    ),
    # the article's dateline gives the year
    (
        "Głos III sektora\n\n23 września 2005\n\n23 września odbyło się spotkanie Zespołu ds. współpracy "
        "z organizacjami pozarządowymi pod przewodnictwem członka zarządu województwa.",
        None,
        [("23 września 2005", "2005-09-23", "2005-09-23", "date"), ("23 września", "2005-09-23", "2005-09-23", "date")],
    ),
]


@pytest.mark.parametrize("text,reference,expected", YEARLESS)
def test_yearless_dates(nlp: Language, text: str, reference: str | None, expected: list[Row]) -> None:
    assert _rows(nlp, text, reference) == expected


# -- relative dates: resolved only against a reference ----------------------------------------------

RELATIVE = [
    # 2019-07-20 is a Saturday
    ("Wczoraj odbyło się spotkanie zespołu.", "2019-07-20", [("Wczoraj", "2019-07-19", "2019-07-19", "date")]),
    ("Dziś w Toruniu obraduje komitet.", "2019-07-20", [("Dziś", "2019-07-20", "2019-07-20", "date")]),
    ("Jutro rozpocznie się szkolenie.", "2019-07-20", [("Jutro", "2019-07-21", "2019-07-21", "date")]),
    ("Przedwczoraj podpisano umowę.", "2019-07-20", [("Przedwczoraj", "2019-07-18", "2019-07-18", "date")]),
    ("Tematem dzisiejszego spotkania był model.", "2019-07-20", [("dzisiejszego", "2019-07-20", "2019-07-20", "date")]),
    ("W ubiegły czwartek obradował zespół.", "2019-07-20", [("ubiegły czwartek", "2019-07-18", "2019-07-18", "date")]),
    ("W przyszły wtorek odbędzie się sesja.", "2019-07-20", [("przyszły wtorek", "2019-07-23", "2019-07-23", "date")]),
    ("W zeszłą środę podpisano porozumienie.", "2019-07-20", [("zeszłą środę", "2019-07-17", "2019-07-17", "date")]),
    (
        "W przyszłym tygodniu ruszy nabór.",
        "2019-07-20",
        [("W przyszłym tygodniu", "2019-07-22", "2019-07-28", "period")],
    ),
    ("W ubiegłym miesiącu zebrał się zespół.", "2019-07-20", [("W ubiegłym miesiącu", "2019-06", "2019-06", "month")]),
    ("Dwa dni temu zakończył się kurs.", "2019-07-20", [("Dwa dni temu", "2019-07-18", "2019-07-18", "date")]),
    ("Spotkanie za tydzień w Lublinie.", "2019-07-20", [("za tydzień", "2019-07-27", "2019-07-27", "date")]),
    ("Komisja zebrała się 15 bm. w urzędzie.", "2019-07-20", [("15 bm.", "2019-07-15", "2019-07-15", "date")]),
    ("Umowę podpisano 3 ub.m. w Lublinie.", "2019-07-20", [("3 ub.m.", "2019-06-03", "2019-06-03", "date")]),
    # without a reference: kind "relative", no value rather than a wrong one
    ("Wczoraj odbyło się spotkanie zespołu.", None, [("Wczoraj", None, None, "relative")]),
    ("W ubiegły czwartek obradował zespół.", None, [("ubiegły czwartek", None, None, "relative")]),
    # a bare dateline is not a reference for relative days (it may be an edit's or a page's) ...
    (
        "28.11.2019\n\nDeklarację podpisał dziś komendant.",
        None,
        [("28.11.2019", "2019-11-28", "2019-11-28", "date"), ("dziś", None, None, "relative")],
    ),
    (
        "Aktualizacja: 9.03.2020\n\nW ostatni piątek radni zebrali się na sesji Rady Gminy w Baranowie.",
        None,
        [("9.03.2020", "2020-03-09", "2020-03-09", "date"), ("ostatni piątek", None, None, "relative")],
    ),
    # ... nor are the labelled days of a page that lists several articles
    (
        "Opublikowano: 9.03.2020\nW ostatni piątek radni zebrali się na sesji.\n\n"
        "Opublikowano: 2.03.2020\nZebranie wiejskie w Zalesiu.",
        None,
        [
            ("9.03.2020", "2020-03-09", "2020-03-09", "date"),
            ("ostatni piątek", None, None, "relative"),
            ("2.03.2020", "2020-03-02", "2020-03-02", "date"),
        ],
    ),
    # ... but the day the article labels as its publication is ("Data publikacji", "Opublikowano")
    (
        "Data publikacji: 28.11.2019\n\nDeklarację podpisał dziś komendant.",
        None,
        [("28.11.2019", "2019-11-28", "2019-11-28", "date"), ("dziś", "2019-11-28", "2019-11-28", "date")],
    ),
    (
        "Opublikowano: 9.03.2020 | Aktualizacja: 10.03.2020\n\nW ostatni piątek radni zebrali się na sesji.",
        None,
        [
            ("9.03.2020", "2020-03-09", "2020-03-09", "date"),
            ("10.03.2020", "2020-03-10", "2020-03-10", "date"),
            ("ostatni piątek", "2020-03-06", "2020-03-06", "date"),
        ],
    ),
    # a byline: the date, then its author, on a line of the page's header
    (
        "Spotkanie zespołu w Lubrzy\n12.03.2023 | Autor: Jan Kowalski\n\nW miniony czwartek w Gminnym Ośrodku "
        "Kultury w Lubrzy odbyło się spotkanie Zespołu Kooperacji z udziałem szkół, policji i sołtysów.",
        None,
        [("12.03.2023", "2023-03-12", "2023-03-12", "date"), ("miniony czwartek", "2023-03-09", "2023-03-09", "date")],
    ),
    # a week and its weekday are one day; days counted from a relative day
    (
        "Opublikowano: 12.03.2021\n\nW ubiegły piątek zespół gościł w Zielonej Górze. Dzień wcześniej odbyło "
        "się szkolenie. W przyszłym tygodniu, w środę, zapraszamy na warsztaty, a tydzień później na spotkanie.",
        None,
        [
            ("12.03.2021", "2021-03-12", "2021-03-12", "date"),
            ("ubiegły piątek", "2021-03-05", "2021-03-05", "date"),
            ("Dzień wcześniej", "2021-03-04", "2021-03-04", "date"),
            ("W przyszłym tygodniu, w środę", "2021-03-17", "2021-03-17", "date"),
            ("tydzień później", "2021-03-24", "2021-03-24", "date"),
        ],
    ),
    # ... but it still gives the year of "br.", and the caller's date wins over it
    (
        "Opublikowano: 9.03.2020\n\nSpotkanie z okazji Dnia Kobiet odbędzie się 8 marca br. w świetlicy.",
        None,
        [("9.03.2020", "2020-03-09", "2020-03-09", "date"), ("8 marca br.", "2020-03-08", "2020-03-08", "date")],
    ),
    (
        "Opublikowano: 9.03.2020\n\nW ostatni piątek radni zebrali się na sesji Rady Gminy w Baranowie.",
        "2020-03-02",
        [("9.03.2020", "2020-03-09", "2020-03-09", "date"), ("ostatni piątek", "2020-02-28", "2020-02-28", "date")],
    ),
    # "jutro" as a noun
    ("Budujemy razem lepsze jutro naszej gminy.", "2019-07-20", []),
]


@pytest.mark.parametrize("text,reference,expected", RELATIVE)
def test_relative_dates(nlp: Language, text: str, reference: str | None, expected: list[Row]) -> None:
    assert _rows(nlp, text, reference) == expected


# -- days counted from the day told before: no reference needed, and none is used ------------------

ANAPHORIC = [
    (
        "12 marca 2020 r. w Toruniu odbyło się szkolenie, a dzień później spotkanie zespołu w Bydgoszczy.",
        [
            ("12 marca 2020 r.", "2020-03-12", "2020-03-12", "date"),
            ("dzień później", "2020-03-13", "2020-03-13", "date"),
        ],
    ),
    (  # after a range: the day after its last day
        "W dniach 12-13 marca 2020 r. odbyły się warsztaty w Chełmnie. Następnego dnia zespół obradował w Grudziądzu.",
        [
            ("12-13 marca 2020 r.", "2020-03-12", "2020-03-13", "range"),
            ("Następnego dnia", "2020-03-14", "2020-03-14", "date"),
        ],
    ),
    (  # a week earlier than the day told before: from its first day
        "Konferencja odbyła się 10 czerwca 2021 r. Tydzień wcześniej obradował Komitet Sterujący.",
        [
            ("10 czerwca 2021 r.", "2021-06-10", "2021-06-10", "date"),
            ("Tydzień wcześniej", "2021-06-03", "2021-06-03", "date"),
        ],
    ),
    (
        "Wizyta rozpoczęła się 5 października 2021 r. w Krakowie. Nazajutrz goście odwiedzili CUS w Wieliczce.",
        [
            ("5 października 2021 r.", "2021-10-05", "2021-10-05", "date"),
            ("Nazajutrz", "2021-10-06", "2021-10-06", "date"),
        ],
    ),
    (  # with its own date: one expression, the written date
        "Dzień wcześniej, 17 lipca 2019 r., w Rzeszowie odbyła się konferencja.",
        [("Dzień wcześniej, 17 lipca 2019 r.", "2019-07-17", "2019-07-17", "date")],
    ),
    # the next sentence, however long it is
    (
        "Spotkanie odbyło się 3 czerwca 2021 r. w Lublinie, w sali konferencyjnej Urzędu Marszałkowskiego, "
        "gdzie członkowie zespołu, przedstawiciele ośrodków pomocy społecznej, powiatowych centrów pomocy "
        "rodzinie, szkół, poradni i organizacji pozarządowych z całego województwa omawiali zadania na kolejne "
        "miesiące oraz wyniki badania ankietowego. Dzień wcześniej obradował komitet.",
        [
            ("3 czerwca 2021 r.", "2021-06-03", "2021-06-03", "date"),
            ("Dzień wcześniej", "2021-06-02", "2021-06-02", "date"),
        ],
    ),
    # nothing told before, or too far back: which day is meant is not known
    ("Dwa dni później odbyło się spotkanie.", [("Dwa dni później", None, None, "relative")]),
    (
        "Spotkanie odbyło się 3 czerwca 2021 r. w Lublinie. "
        + "Uczestnicy omówili zadania zespołu. " * 9
        + "Tydzień później zebrał się komitet.",
        [("3 czerwca 2021 r.", "2021-06-03", "2021-06-03", "date"), ("Tydzień później", None, None, "relative")],
    ),
    # after a verb it dates a step of another matter, not a happening of its own
    (
        "Webinar odbędzie się 31 marca 2020 r. Link do platformy prześlemy uczestnikom dzień wcześniej.",
        [("31 marca 2020 r.", "2020-03-31", "2020-03-31", "date")],
    ),
    ("Dwa dni po szkoleniu zespół zebrał się ponownie.", []),  # "dni po": no direction word
]


@pytest.mark.parametrize("text,expected", ANAPHORIC)
def test_days_counted_from_the_day_told_before(nlp: Language, text: str, expected: list[Row]) -> None:
    # the reference (published) is a different day: these count from the text's own day
    assert _rows(nlp, text, "2022-01-10") == expected


# -- months, periods, deadlines: not event dates -------------------------------------------------------

PERIODS = [
    ("Nabór ruszy w listopadzie 2019 r.", [("w listopadzie 2019 r.", "2019-11", "2019-11", "month")]),
    ("Raport za październik 2019 przyjęto.", [("październik 2019", "2019-10", "2019-10", "month")]),
    ("Wyniki poznamy w I kwartale 2020 r.", [("I kwartale 2020 r.", "2020-01", "2020-03", "period")]),
    ("Plan na drugie półrocze 2021 gotowy.", [("drugie półrocze 2021", "2021-07", "2021-12", "period")]),
    ("Program realizowany w latach 2019-2021.", [("2019-2021", "2019", "2021", "period")]),
    ("Program Operacyjny Wiedza Edukacja Rozwój na lata 2014-2020.", [("2014-2020", "2014", "2020", "period")]),
    ("Rok szkolny 2019/2020 zakończono.", [("2019/2020", "2019", "2020", "period")]),
    (
        "Okres realizacji 01.01.2019 - 31.12.2021.",
        [("01.01.2019 - 31.12.2021", "2019-01-01", "2021-12-31", "period")],
    ),
    (
        "Projekt realizowany jest od 1 kwietnia 2018 r. do 31 marca 2021 r. w ramach programu.",
        [("od 1 kwietnia 2018 r. do 31 marca 2021 r.", "2018-04-01", "2021-03-31", "period")],
    ),
    (
        "W okresie od sierpnia 2019 r. do końca stycznia 2020 roku zorganizowano 20 spotkań.",
        [("od sierpnia 2019 r. do końca stycznia 2020 roku", "2019-08", "2020-01", "period")],
    ),
    (
        "Superwizje w okresie październik 2019 – listopad 2020.",
        [("październik 2019 – listopad 2020", "2019-10", "2020-11", "period")],
    ),
    ("Kamień milowy: III kw. 2020 r.", [("III kw. 2020 r.", "2020-07", "2020-09", "period")]),
    (
        "Na przełomie maja i czerwca 2020 r. zbierze się zespół.",  # the turn of two months: a period
        [("Na przełomie maja i czerwca 2020 r.", "2020-05", "2020-06", "period")],
    ),
    ("Szkolenia w m-cach VII-IX.2018 dla kadry.", [("VII-IX.2018", "2018-07", "2018-09", "period")]),
    (
        "Od 01 sierpnia 2020 r. stowarzyszenie realizuje projekt.",
        [("01 sierpnia 2020 r.", "2020-08-01", None, "period")],
    ),
    (
        "Wczoraj, 11 lutego 2020 roku odbyło się spotkanie. Do końca miesiąca lutego ma zostać podpisane porozumienie.",
        [
            ("Wczoraj, 11 lutego 2020 roku", "2020-02-11", "2020-02-11", "date"),
            ("Do końca miesiąca lutego", "2020-02-29", "2020-02-29", "deadline"),
        ],
    ),
    (
        "Zgłoszenia przyjmujemy w terminie do 20 kwietnia 2023 r.",
        [("20 kwietnia 2023 r.", "2023-04-20", "2023-04-20", "deadline")],
    ),
    ("Termin składania wniosków: 15.03.2020.", [("15.03.2020", "2020-03-15", "2020-03-15", "deadline")]),
    ("Umowy zostaną podpisane do końca 2020 roku.", [("do końca 2020 roku", "2020-12-31", "2020-12-31", "deadline")]),
]


@pytest.mark.parametrize("text,expected", PERIODS)
def test_months_periods_deadlines(nlp: Language, text: str, expected: list[Row]) -> None:
    assert _rows(nlp, text) == expected


# -- times -------------------------------------------------------------------------------------------

TIMES = [
    ("Spotkanie odbyło się 16 października o godz. 9:00 w Starostwie.", "16 października", "09:00", None),
    ("Konferencja 5 marca 2020 r. w godz. 10.00-14.00 w auli.", "5 marca 2020 r.", "10:00", "14:00"),
    ("Zebranie 12.03.2019 od godz. 9.30 do 15.00.", "12.03.2019", "09:30", "15:00"),
    ("O godzinie 11:15 w dniu 7 maja 2021 r. otwarto obrady.", "7 maja 2021 r.", "11:15", None),
]


@pytest.mark.parametrize("text,span,start,end", TIMES)
def test_times(nlp: Language, text: str, span: str, start: str, end: str | None) -> None:
    found = _mentions(nlp, text)
    assert [(v["text"], v["time"], v["end_time"]) for v in found] == [(span, start, end)]


def test_time_without_a_date(nlp: Language) -> None:
    (v,) = _mentions(nlp, "Zbiórka uczestników o godz. 8:30 przed ratuszem.")
    assert (v["text"], v["kind"], v["value"], v["time"]) == ("godz. 8:30", "time", None, "08:30")


# -- the article's own date ----------------------------------------------------------------------------

DATELINES = [
    ("Projekt PZK\n\nOpublikował: | 7 października 2019\n\nW dniu 03.10.2019 odbyło się spotkanie.", [True, False]),
    ("Spotkanie zespołuData dodania: 06 września 2019\n\nW dniu 5 września 2019 r. obradował zespół.", [True, False]),
    ("KOOPERACJE 3D\n\nUtworzono dnia 17.10.2019\n\nW dniu 23 września 2019r. odbyło się spotkanie.", [True, False]),
    ("Szkolenie\n\n24 maja 2019\n\n" + "Regionalne Centrum realizuje projekt współpracy instytucji. " * 3, [True]),
    ("Aktualności | 12.03.2019\n\n" + "Zespół omówił harmonogram prac w gminach i powiatach regionu. " * 3, [True]),
    ("Data: 12.03.2019\n\nSpotkanie zespołu odbyło się w dniu 10 marca 2019 r.", [True, False]),
    # a label glued to the date, "r." glued to the year
    ("Aktualności\n\nDodano:14.11.2019r. przez: admin\n\nW dniu 12.11.2019 r. obradował zespół.", [True, False]),
    ("Toruń, dnia 14.11.2019 r.\n\n" + "Ośrodek informuje o spotkaniu zespołu ds. modelu w siedzibie. " * 3, [True]),
    # an announcement's "Data:" field is the event's date, not the article's
    ("Zaproszenie\nData: 14.11.2019\nMiejsce: Toruń, ul. Szosa Chełmińska 30", [False]),
    # a date starting a sentence of the body is not a dateline
    ("10 listopada 2022 r. zebrała się rada programowa klubu seniora w Pucku.", [False]),
    # a story about a publication is not the article's dateline
    ("Raport został opublikowany 5 marca 2020 r. przez ministerstwo.", [False]),
]


@pytest.mark.parametrize("text,expected", DATELINES)
def test_publication_dates(nlp: Language, text: str, expected: list[bool]) -> None:
    assert [v["publication"] for v in _mentions(nlp, text)] == expected


# -- things that are not dates -------------------------------------------------------------------------

NOT_DATES = [
    "Nic tu nie ma, nic się nie odbyło.",
    "W razie pytań zapraszamy do kontaktu pod nr tel. 77 44 27 537.",
    "Informacje: tel. 601-123-456, fax 22 12-10-20.",
    "Każda z gmin otrzyma 1 000 000 zł wsparcia.",
    "Zgodnie z art. 17 ust. 1 pkt 4 ustawy.",
    "Umowa nr POWR.02.05.00-00-0208/17 została zawarta.",
    "Szczegóły: https://bip.powiat.olecko.pl/dokument-1284-uchwala_nr_316_2022/2019-10-23.html",
    "Rozporządzenie opublikowano w Dz. U. 2019 poz. 1507.",
    "Działanie 2.5 Skuteczna pomoc społeczna, poddziałanie 5.3.3.",
    "Budżet wzrósł o 2.5 mln zł.",
    "Siedziba mieści się przy ul. 3 Maja 12 w Rzeszowie.",
    "Szkoła Podstawowa im. 11 Listopada w Gnieźnie.",
    "Pani Anna Czerwiec powitała gości.",
    "Wystąpiła Maja Kowalska z Marzec i Wspólnicy.",
    "Czwartek był dla zespołu pracowity.",
    "Konferencja pt. „Razem dla rodziny” zgromadziła 100 osób; w sob. i niedz. biuro nieczynne.",
    "Punkt konsultacyjny jest czynny od poniedziałku do piątku, w niedziele zamknięty.",
    "Ostatnia sesja trwała 3 godziny, a przerwa 15 minut.",
    # a two-digit year only with "r." after it: versions and codes are not dates
    "Zainstalowano wersję 5.11.19 systemu ewidencji.",
    "Rozdział 2.5.19 instrukcji opisuje procedurę.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(nlp: Language, text: str) -> None:
    assert _rows(nlp, text) == []


def test_weekday_of_month_needs_a_year(nlp: Language) -> None:
    assert _rows(nlp, "Ostatni piątek października zgromadził radnych.") == [
        ("Ostatni piątek października", None, None, "relative")
    ]
    assert _rows(nlp, "Ostatni piątek października zgromadził radnych.", "2019-11-05") == [
        ("Ostatni piątek października", "2019-10-25", "2019-10-25", "date")
    ]


def test_weekday_of_month_takes_the_year_a_yearless_day_would(nlp: Language) -> None:
    # no reference date: the year comes from the day written before, as for "17 października"
    text = "Zespół zebrał się 12 listopada 2021 r. w Sanoku. W ostatnią sobotę listopada odbędzie się festyn."
    assert _rows(nlp, text)[-1] == ("ostatnią sobotę listopada", "2021-11-27", "2021-11-27", "date")


def test_a_yearless_day_takes_the_year_of_its_month_named_before(nlp: Language) -> None:
    text = "Konsultacje zaplanowano na marzec 2020 r. Pierwsze spotkanie odbędzie się we wtorek 10 marca w Opolu."
    assert _rows(nlp, text)[-1] == ("wtorek 10 marca", "2020-03-10", "2020-03-10", "date")
    other_month = text.replace("10 marca", "10 kwietnia")
    assert _rows(nlp, other_month)[-1] == ("wtorek 10 kwietnia", "--04-10", "--04-10", "date")


def test_a_weekday_picks_the_year_of_a_yearless_day(nlp: Language) -> None:
    # the nearest year to 1 July 2022 would be 2022, but 14 March 2022 was a Monday; in 2024 a Thursday
    text = (
        "CUS powstało 1 lipca 2022 r. Otwarte spotkanie konsultacyjne odbędzie się w czwartek 14 marca "
        "w Urzędzie Miasta. Uwagi można składać do 22 marca 2024 r."
    )
    assert ("czwartek 14 marca", "2024-03-14", "2024-03-14", "date") in _rows(nlp, text)
    # a weekday that fits no year near the guess leaves the guess
    assert ("piątek 14 marca", "2022-03-14", "2022-03-14", "date") in _rows(
        nlp, "Spotkanie odbyło się 10 marca 2022 r., a kolejne w piątek 14 marca."
    )
    # the caller's publication date keeps the year within one of it
    assert _rows(nlp, "Zapraszamy w piątek 28.10. do świetlicy.", "2020-06-15") == [
        ("piątek 28.10.", "2020-10-28", "2020-10-28", "date")
    ]


def test_yearless_days_listed_under_a_quarter_take_its_year(nlp: Language) -> None:
    # a deadline written earlier (the project's end) is not what dates them
    text = (
        "Projekt potrwa do 30 czerwca 2021 r.\n\nW I kwartale 2020 r. odbyły się:\n"
        "– 9 i 23 stycznia – warsztaty dla rodziców;\n– 28 lutego – wyjazd integracyjny."
    )
    rows = _rows(nlp, text)
    assert ("23 stycznia", "2020-01-23", "2020-01-23", "date") in rows
    assert ("28 lutego", "2020-02-28", "2020-02-28", "date") in rows
    # "br." is the year of the days told before it, not of a deadline further on
    later = text + "\nSpotkanie zespołu odbędzie się 2 kwietnia br. online."
    assert ("2 kwietnia br.", "2020-04-02", "2020-04-02", "date") in _rows(nlp, later)


WEEKENDS = [
    # a weekend is the Saturday and the Sunday after it: a two-day range an event can take
    (
        "W ostatni weekend września 2019 r. odbyły się warsztaty w Zakopanem.",
        None,
        [("ostatni weekend września 2019", "2019-09-28", "2019-09-29", "range")],
    ),
    (
        "Podczas pierwszego weekendu października 2022 r. wolontariusze odwiedzili seniorów.",
        None,
        [("pierwszego weekendu października 2022", "2022-10-01", "2022-10-02", "range")],
    ),
    (  # the year from the date before it
        "Zespół spotkał się 12 września 2019 r. Wcześniej, w ostatni weekend września, pracownicy pojadą na warsztaty.",
        None,
        [
            ("12 września 2019 r.", "2019-09-12", "2019-09-12", "date"),
            ("ostatni weekend września", "2019-09-28", "2019-09-29", "range"),
        ],
    ),
    # 2019-07-17 is a Wednesday
    (
        "W najbliższy weekend odbędzie się piknik.",
        "2019-07-17",
        [("najbliższy weekend", "2019-07-20", "2019-07-21", "range")],
    ),
    ("W ubiegły weekend odbył się piknik.", "2019-07-17", [("ubiegły weekend", "2019-07-13", "2019-07-14", "range")]),
    # no particular weekend
    ("W weekend punkt jest nieczynny.", None, [("weekend", None, None, "relative")]),
    ("Na weekend zapowiadają deszcz.", "2019-07-17", [("weekend", None, None, "relative")]),
]


@pytest.mark.parametrize("text,reference,expected", WEEKENDS)
def test_weekends(nlp: Language, text: str, reference: str | None, expected: list[Row]) -> None:
    assert _rows(nlp, text, reference) == expected


def test_values_are_valid_date_mentions(nlp: Language) -> None:
    from kooperacja_nlp.records import DateMention

    text = "W dniach 14-15 listopada 2019 r. oraz 3 grudnia br. o godz. 10:00; na lata 2014-2020; wczoraj."
    for v in _mentions(nlp, text, "2019-12-05"):
        mention = DateMention.model_validate({k: v[k] for k in DateMention.model_fields})
        assert text[mention.start : mention.end] == mention.text


# -- language data and patterns ----------------------------------------------------------------------

# Deliberately allowed: abbreviations ("sie") are read only between a day number and a year, and
# Roman numerals ("vi", "xi") only in upper case between numbers; relative words are what we look for.
ALLOWED_STOP_WORDS = {"sie", "dziś", "dzis", "dzisiaj"}


def test_no_month_or_weekday_alias_is_a_stop_word() -> None:
    aliases = set(MONTHS) | set(WEEKDAYS) | set(DIRECTIONS) - {"ten", "tym", "tę", "tego", "tej"}
    assert not aliases & STOP_WORDS
    folded_stops = {strip_diacritics(w) for w in STOP_WORDS}
    # "maja" (of May) folds like the verb "mają"; months are matched with their diacritics only
    assert {strip_diacritics(w) for w in MONTHS} & folded_stops <= {"maja"}
    assert (set(MONTH_ABBREVIATIONS) | set(RELATIVE_DAYS)) & STOP_WORDS <= ALLOWED_STOP_WORDS
    assert all(r.isupper() for r in ROMAN_MONTHS)


# 1 MB strings of the characters dates are made of (digits, dots, dashes, spaces, capitals, cue words)
ADVERSARIAL = [
    "1" * 1_000_000,
    "1." * 500_000,
    "1-" * 500_000,
    "1 " * 500_000,
    "12.10." * 166_667,
    "1, " * 333_334,
    "1 – " * 250_000,
    "I" * 1_000_000,
    "X " * 500_000,
    "A" * 1_000_000,
    " " * 1_000_000,
    "w " * 500_000,
    "do końca " * 111_112,
    "1 maja " * 142_858,
    "a@" * 500_000,
    "http://" + "a" * 1_000_000,
    "2019-" * 200_000,
    "10:" * 333_334,
]


@pytest.mark.parametrize("pattern", date_patterns.ALL_PATTERNS, ids=lambda p: p.pattern[:40])
def test_patterns_are_linear_on_adversarial_input(pattern: re.Pattern[str]) -> None:
    """No catastrophic backtracking: one attempt over 1 MB, and a search trying every position.

    An attempt must not explode on a 1 MB run (``match``); a search over a 20 kB prefix tries
    an attempt at every position, which is quadratic if an attempt scans the rest of the string.
    """
    for text in ADVERSARIAL:
        t0 = time.perf_counter()
        pattern.match(text)
        pattern.search(text, 0, 20_000)
        assert time.perf_counter() - t0 < 1.0, text[:20]


def test_component_is_linear_on_adversarial_input(nlp: Language) -> None:
    finder = nlp.get_pipe("kn_dates")
    for text in ("1.1." * 5_000, "14-15 " * 4_000, "w dniu " * 3_000, "28.10. oraz " * 2_000):
        doc = nlp.make_doc(text)
        t0 = time.perf_counter()
        finder.find(doc)
        assert time.perf_counter() - t0 < 2.0, text[:20]  # ~20 kB: a tenth of that when linear


# -- year-less Roman months, a text's only year, "ubiegłego roku" without a reference ----------------

CONTEXT_YEARS = [
    # a Roman month without a year stays year-less when nothing gives the year
    (
        "Warsztaty dla opiekunów odbędą się 23 III w świetlicy w Jaworkach.",
        [("23 III", "--03-23", "--03-23", "date")],
    ),
    ("Szkolenie zaplanowano na 5 V br. w Lesku.", [("5 V br.", "--05-05", "--05-05", "date")]),
    # the numeral may end a sentence; glued to letters or a slash it is no month
    ("Posiedzenie rady odbyło się 12 IX. Obrady trwały dwie godziny.", [("12 IX", "--09-12", "--09-12", "date")]),
    ("Spotkanie w sali 12 IVa, sygnatura 3 II/2019.", []),
    # the text speaks of one year only: a year-less date is in it
    (
        "Od 4 do 6 maja trenerzy gościli w Ustrzykach Dolnych. To pierwszy wyjazd stowarzyszenia w 2018 roku.",
        [("Od 4 do 6 maja", "2018-05-04", "2018-05-06", "range")],
    ),
    # two years: which one is unknown
    (
        "W dniach 4-6 maja trenerzy gościli w Lesku. W 2018 roku i w 2019 roku wyjazdów było więcej.",
        [("4-6 maja", "--05-04", "--05-06", "range")],
    ),
    # nothing before it gives a year: the first dated happening after it does (nearest year)
    (
        "Od 27 do 29 maja grupa opiekunów gościła w Lesku. Przed wyjazdem, 8 maja 2019 r., odbyło się szkolenie.",
        [
            ("Od 27 do 29 maja", "2019-05-27", "2019-05-29", "range"),
            ("8 maja 2019 r.", "2019-05-08", "2019-05-08", "date"),
        ],
    ),
    (
        "W dniach 2 i 3 grudnia obradował komitet. 18 stycznia 2021 r. odbędzie się seminarium.",
        [
            ("2 i 3 grudnia", "2020-12-02", "2020-12-03", "range"),
            ("18 stycznia 2021 r.", "2021-01-18", "2021-01-18", "date"),
        ],
    ),
    # but a deadline gives no year to what comes before it (the project may end a year later)
    (
        "Wczoraj, 11 lutego, otwarto klub seniora. Projekt potrwa do 30 listopada 2021 r.",
        [
            ("Wczoraj, 11 lutego", "--02-11", "--02-11", "date"),
            ("30 listopada 2021 r.", "2021-11-30", "2021-11-30", "deadline"),
        ],
    ),
    # the text speaks of one year only, also through a month: a year-less date is in it
    (
        "Szkolenie prowadził 16 października mec. Jan Lis. Pod koniec listopada 2019 r. planujemy konferencję.",
        [
            ("16 października", "2019-10-16", "2019-10-16", "date"),
            ("Pod koniec listopada 2019 r.", "2019-11", "2019-11", "month"),
        ],
    ),
    # "br." in an undated text: the year of the day written before it, not a later plan's
    (
        "17 października 2019 r. obradował Komitet. W dniach 5–6 listopada br. odbyło się szkolenie. "
        "Konferencję planujemy w pierwszym kwartale 2020 roku.",
        [
            ("17 października 2019 r.", "2019-10-17", "2019-10-17", "date"),
            ("5–6 listopada br.", "2019-11-05", "2019-11-06", "range"),
            ("pierwszym kwartale 2020 roku", "2020-01", "2020-03", "period"),
        ],
    ),
    # ... a day written with its year, not one given its year from context ("ub.r.")
    (
        "Konferencja odbędzie się 16 czerwca 2021 r. Seminarium odbyło się 18 listopada ub.r. w Chełmie, "
        "a w dniach 2 i 3 marca br. odbył się webinar.",
        [
            ("16 czerwca 2021 r.", "2021-06-16", "2021-06-16", "date"),
            ("18 listopada ub.r.", "2020-11-18", "2020-11-18", "date"),
            ("2 i 3 marca br.", "2021-03-02", "2021-03-03", "range"),
        ],
    ),
    # ... the latest year written before it, also in a period or looking back; a later plan's not
    (
        "Podsumowanie drugiego półrocza 2019 roku\n\n3 grudnia br. w Gdańsku odbyła się konferencja. "
        "9 stycznia 2020 r. zostanie podpisane porozumienie.",
        [
            ("drugiego półrocza 2019 roku", "2019-07", "2019-12", "period"),
            ("3 grudnia br.", "2019-12-03", "2019-12-03", "date"),
            ("9 stycznia 2020 r.", "2020-01-09", "2020-01-09", "date"),
        ],
    ),
    (
        "12 stycznia 2021 r. podpisano porozumienie, poprzedzone spotkaniem 17 grudnia 2020 r. "
        "Pierwsze posiedzenie Grupy zaplanowano na 2 lutego br.",
        [
            ("12 stycznia 2021 r.", "2021-01-12", "2021-01-12", "date"),
            ("17 grudnia 2020 r.", "2020-12-17", "2020-12-17", "date"),
            ("2 lutego br.", "2021-02-02", "2021-02-02", "date"),
        ],
    ),
    # a season with a year in the headline speaks of that year
    (
        "Jesień 2020 z Kooperacjami 3D\n\nSpotkanie PZK odbyło się 14 i 15 października w Ostródzie.",
        [("14 i 15 października", "2020-10-14", "2020-10-15", "range")],
    ),
    # "br." in an undated text: a month written with its year names the year too
    (
        "Szkolenie przeprowadzono w październiku 2020 r. w Pile. Targi odbędą się 5 grudnia br.",
        [
            ("w październiku 2020 r.", "2020-10", "2020-10", "month"),
            ("5 grudnia br.", "2020-12-05", "2020-12-05", "date"),
        ],
    ),
    # "ubiegłego roku" in an undated text: the year before the latest the text speaks of
    (
        "Spotkanie odbyło się 9.02.2022 r. Przypomnijmy, że 3 grudnia ubiegłego roku w Sanoku wręczono nagrody.",
        [
            ("9.02.2022 r.", "2022-02-09", "2022-02-09", "date"),
            ("3 grudnia ubiegłego roku", "2021-12-03", "2021-12-03", "date"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CONTEXT_YEARS)
def test_years_from_the_text(nlp: Language, text: str, expected: list[Row]) -> None:
    assert _rows(nlp, text) == expected


MORE_SPELLINGS = [
    # weekdays on both ends of a range
    (
        "Od wtorku 5 do czwartku 7 listopada 2019 r. trwały warsztaty.",
        [("Od wtorku 5 do czwartku 7 listopada 2019 r.", "2019-11-05", "2019-11-07", "range")],
    ),
    # weekdays naming the ends of a range written in brackets
    (
        "Od poniedziałku do środy (2–4 marca 2020 r.) delegacja przebywała w Wiedniu.",
        [("Od poniedziałku do środy (2–4 marca 2020 r.", "2020-03-02", "2020-03-04", "range")],
    ),
    # the turn of two months is a period, not a month
    (
        "Kolejne spotkanie zaplanowano na przełomie maja i czerwca 2021 r.",
        [("na przełomie maja i czerwca 2021 r.", "2021-05", "2021-06", "period")],
    ),
]


@pytest.mark.parametrize("text,expected", MORE_SPELLINGS)
def test_more_spellings(nlp: Language, text: str, expected: list[Row]) -> None:
    assert _rows(nlp, text) == expected

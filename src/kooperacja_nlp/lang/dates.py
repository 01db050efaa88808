"""Patterns and cue words for Polish dates in news text (used by ``components/dates.py``).

Cue words were collected by the project from Polish news and public-administration pages (CMS
datelines, event reports, calls for applications); month, weekday and relative-word forms come
from ``lang/months.py``, ``lang/weekdays.py`` and ``lang/relative.py``.

Every pattern is compiled once, here, and must run in linear time on adversarial input (1 MB of
digits, dots, dashes, spaces or capitals; ``tests/components/test_dates.py`` checks each one):
white space between pieces is bounded and possessive (``[^\\S\\n]{0,4}+``), lists are bounded, and
each alternative starts with a digit or a word boundary, so a failed attempt costs O(1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final

from kooperacja_nlp.lang.months import MONTH_ABBREVIATIONS, MONTH_CONFUSABLES, MONTHS, ROMAN_MONTHS
from kooperacja_nlp.lang.patterns import DASH
from kooperacja_nlp.lang.relative import (
    AGO_UNITS,
    ANAPHORIC_DIRECTIONS,
    DIRECTIONS,
    FOLLOWING_DAY_PHRASES,
    MONTH_OFFSETS,
    NUMBER_WORDS,
    ORDINAL_DAYS,
    RELATIVE_DAYS,
    UNITS,
    WEEKDAY_ORDINALS,
    YEAR_OFFSETS,
)
from kooperacja_nlp.lang.weekdays import WEEKDAY_ABBREVIATIONS, WEEKDAYS, WEEKENDS

# -- cue words --------------------------------------------------------------------------------

# Labels of an article's own date that name the day it appeared (not an edit's, "Aktualizacja:",
# nor an author's): the only date of the text that relative days ("wczoraj", "w ubiegły piątek")
# may count from when the caller gives no ``published``. Lower-case.
PUBLISHED_LABELS: Final[tuple[str, ...]] = (
    "opublikowano",
    "opublikował",
    "opublikowała",
    "opublikowany",
    "opublikowana",
    "publikacja",
    "data publikacji",
    "data dodania",
    "data zamieszczenia",
    "zamieszczono",
    "dodano",
    "dodany",
    "dodane",
)
# Labels of an article's own date (CMS metadata): "Opublikowano: 7 października 2019", "Data
# dodania: 06 września 2019", "Utworzono dnia 17.10.2019". Other text may stand between the label
# and the date on the same line ("Opublikował: Jan Kowalski | 7 października 2019").
PUBLICATION_CUES: Final[tuple[str, ...]] = (
    *PUBLISHED_LABELS,
    "data utworzenia",
    "data wytworzenia",
    "data wprowadzenia",
    "data aktualizacji",
    "data modyfikacji",
    "utworzono",
    "utworzony",
    "wprowadzono",
    "wprowadził",
    "aktualizacja",
    "zaktualizowano",
    "ostatnia aktualizacja",
    "ostatnia modyfikacja",
    "zmodyfikowano",
    "napisano",
    "autor",
    "autorka",
    "redakcja",
    "oprac.",
    "opracował",
    "opracowała",
)
# Stems that tell a plan before its date; lower-case.
PLAN_CUES: Final[tuple[str, ...]] = ("zaplanowan", "planowan", "planuj", "odbędzie", "odbędą", "zaprasza")
# Labels of an author after a dateline on its line ("12.03.2023 | Autor: Jan Kowalski"). Lower-case.
BYLINE_LABELS: Final[tuple[str, ...]] = ("autor", "autorka", "redakcja", "oprac.", "opracowanie", "tekst")
# A bare "Data:" labels the article's date only when the date follows it directly; "Data
# spotkania: ..." or "Data: ..., Miejsce: ..." announce an event instead.
DATE_LABEL: Final[str] = "data"
# Field labels of an event announcement; a "Data:" line followed by one of them is not a dateline.
EVENT_FIELD_LABELS: Final[tuple[str, ...]] = ("miejsce", "godzina", "godz", "termin", "lokalizacja", "adres")

# Before a single date: the date is a deadline ("w terminie do 20 kwietnia 2023 r.").
DEADLINE_CUES: Final[tuple[str, ...]] = (
    "w terminie do",
    "najpóźniej do",
    "nie później niż do",
    "nie później niż",
    "termin upływa",
    "upływa z dniem",
    "upływa dnia",
    "upływa",
    "do dnia",
    "do",
    "przed",
)
# "Termin składania wniosków: 15.03.2020": a "termin" of these is a deadline ("termin spotkania"
# is not).
DEADLINE_NOUNS: Final[tuple[str, ...]] = (
    "składania",
    "zgłoszeń",
    "zgłaszania",
    "nadsyłania",
    "przesyłania",
    "przyjmowania",
    "rekrutacji",
    "naboru",
    "zapisów",
    "rejestracji",
    "realizacji",
    "wykonania",
    "złożenia",
    "zakończenia",
)
# Before a date or month: the start of an open period ("od 1 sierpnia 2020 r. realizuje ...").
# "od ... do ..." makes a range instead.
RANGE_START_CUES: Final[tuple[str, ...]] = ("począwszy od", "od dnia", "od", "między", "pomiędzy")
# Before a range: a project/programme period, never an event ("okres realizacji 01.01.2019 -
# 31.12.2021"), whatever its length.
PERIOD_CUES: Final[tuple[str, ...]] = (
    "okres realizacji",
    "okresie realizacji",
    "okres",
    "okresie",
    "realizowany jest",
    "realizowany będzie",
    "realizowany",
    "realizowana jest",
    "realizowane są",
    "realizacji projektu",
    "trwania projektu",
    "czas trwania",
    "obowiązuje",
    "obowiązywania",
)
# A day range longer than this is a period (recruitment, a project stage), not one happening.
MAX_EVENT_RANGE_DAYS: Final[int] = 14

# Before a date, a number + capitalised month is a street or square: "ul. 3 Maja", "Plac 11
# Listopada", "al. 29 Listopada".
STREET_CUES: Final[tuple[str, ...]] = (
    "ul.",
    "ulica",
    "ulicy",
    "ulicę",
    "ulicą",
    "al.",
    "aleja",
    "alei",
    "aleję",
    "aleją",
    "pl.",
    "plac",
    "placu",
    "placem",
    "os.",
    "osiedle",
    "osiedlu",
    "rondo",
    "rondzie",
    "skwer",
    "skwerze",
)
# Words between a weekday/relative word and the date it names: "we wtorek, tj. 4 czerwca".
APPOSITION_WORDS: Final[tuple[str, ...]] = ("tj.", "tzn.", "czyli", "dnia", "dn.")

# Before a month name without a day: what makes it a time expression ("w listopadzie", "do końca
# lutego", "na przełomie maja"). Without one (and without a year), "Maja", "Czerwiec" are names.
MONTH_CUES: Final[tuple[str, ...]] = (
    "do końca miesiąca",
    "do końca",
    "od początku",
    "od połowy",
    "od końca",
    "z końcem",
    "z początkiem",
    "pod koniec",
    "na koniec",
    "na początku",
    "na przełomie",
    "w pierwszej połowie",
    "w drugiej połowie",
    "w połowie",
    "w ciągu",
    "w trakcie",
    "w miesiącu",
    "w miesiącach",
    "w m-cu",
    "w m-cach",
    "końcem",
    "końca",
    "początkiem",
    "początku",
    "połowy",
    "połową",
    "przełomie",
    "miesiąca",
    "od",
    "do",
    "w",
    "we",
    "z",
    "na",
    "przez",
)
# Quarters and halves of a year: number of months ("I kwartał 2020", "w pierwszym półroczu").
PERIOD_UNITS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "kwartał": 3,
        "kwartale": 3,
        "kwartału": 3,
        "kwartałem": 3,
        "kw.": 3,
        "półrocze": 6,
        "półroczu": 6,
        "półrocza": 6,
        "półroczem": 6,
    }
)
ROMAN_ORDINALS: Final[Mapping[str, int]] = MappingProxyType({"I": 1, "II": 2, "III": 3, "IV": 4})

# -- regex pieces -----------------------------------------------------------------------------

_H: Final[str] = r"[^\S\n]"  # horizontal white space
_SP: Final[str] = _H + "{0,4}+"  # optional gap, possessive: no backtracking over long runs
_SP1: Final[str] = _H + "{1,4}+"
_YEAR: Final[str] = r"(?:19|20)\d{2}(?!\d)"
_ROK: Final[str] = r"(?:r\b\.?|roku\b|rok\b)"  # "2019 r.", "2019r.", "2019 roku"
# an ordinal's genitive ending: "5-go", "1-ego", "5-tego", "21-szego", "22-giego", "3-ciego", "7-mego"
_DSUF: Final[str] = r"(?:-?(?:go|ego|tego|szego|giego|ciego|mego)(?!\w))?"
_DAY: Final[str] = r"[0-3]?\d"
# not inside a number, code, time or path; a colon only after a digit ("10:15"), not after a label
# written without a space ("Dodano:14.11.2019r.")
_NO_LEFT: Final[str] = r"(?<![\w.,/])(?<!\d:)"
# after a numeric date: not a longer number or code ("POWR.02.05.00-00-0208/17")
_NO_RIGHT: Final[str] = r"(?!\d|/|[.,]\d)"


def _alt(words: Iterable[str], *, confusables: bool = False) -> str:
    """Alternation of literal words as a trie ("listopad(?:zie|a|em)?"), spaces matching a short run.

    A trie tries each letter once instead of every word from its start, which makes the month,
    weekday and cue alternations several times faster; longer continuations come first, as in
    a longest-first alternation.
    """
    return _render(_letter_tree(words), confusables)


def _letter_tree(words: Iterable[str]) -> dict[str, Any]:
    """The words as nested dicts, one level a letter; ``""`` marks the end of a word."""
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _render(node: dict[str, Any], confusables: bool) -> str:
    branches = [_char(ch, confusables) + _render(node[ch], confusables) for ch in sorted(k for k in node if k)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _char(ch: str, confusables: bool) -> str:
    if ch == " ":
        return _H + "{1,3}+"
    if confusables and ch in MONTH_CONFUSABLES:
        return f"[{ch}{MONTH_CONFUSABLES[ch]}]"
    return re.escape(ch)


_MONTH_ALT: Final[str] = _alt(MONTHS)
_MONTH_ALT_OCR: Final[str] = _alt(MONTHS, confusables=True)
_ABBR_ALT: Final[str] = _alt(MONTH_ABBREVIATIONS)
_ROMAN_ALT: Final[str] = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
_WEEKDAY_ALT: Final[str] = _alt(WEEKDAYS)
_WEEKEND_ALT: Final[str] = _alt(WEEKENDS)
_DIR_ALT: Final[str] = _alt(DIRECTIONS)
_ORD_ALT: Final[str] = _alt(WEEKDAY_ORDINALS)
_UNIT_ALT: Final[str] = _alt(UNITS)
_RELDAY_ALT: Final[str] = _alt(RELATIVE_DAYS)
_NUMWORD_ALT: Final[str] = _alt(NUMBER_WORDS)
_AGO_UNIT_ALT: Final[str] = _alt(AGO_UNITS)
_PERIOD_UNIT_ALT: Final[str] = _alt(PERIOD_UNITS)
_MONTH_CUE_ALT: Final[str] = _alt(MONTH_CUES)
# "br." ends with a period; word shorthands need a word boundary
_YEAR_REL: Final[str] = "|".join(
    _alt([k]) + ("" if k.endswith(".") else r"\b") for k in sorted(YEAR_OFFSETS, key=len, reverse=True)
)


def _year_part(p: str) -> str:
    """Optional year after a day and month: "2019", "2019 r.", "2019roku" or "br.", "ub.r." ..."""
    return rf"(?:{_SP}(?P<{p}_y>{_YEAR})(?:{_SP}{_ROK})?|{_SP1}(?P<{p}_rel>{_YEAR_REL}))?"


# -- date atoms: one alternative each, tried left to right at every position ------------------

# "2019-10-23", "2019-10-23T10:00", "2019-10-23 10:00", "2019.10.23"
ISO_DATE: Final[str] = (
    rf"(?<![\w./-])(?P<i_y>{_YEAR})(?P<i_s>[-.])(?P<i_m>[01]\d)(?P=i_s)(?P<i_d>[0-3]\d)"
    rf"(?:[T ](?P<i_hh>[0-2]\d):(?P<i_mm>[0-5]\d)(?::[0-5]\d(?:\.\d{{1,6}}+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"(?![\w/-]|\.\d)"
)
# "07 – 08. 09. 2020r.", "28-29.05.2019", "28-29.05.", "od 24 do 26.02.2020r."
NUM_DAY_RANGE: Final[str] = (
    rf"{_NO_LEFT}(?P<nr_d1>{_DAY})\.?{_SP}(?:{DASH}|(?P<nr_to>do\b)){_SP}(?P<nr_d2>{_DAY}){_H}?\.{_H}?(?P<nr_m>[01]?\d)"
    rf"(?:{_H}?\.{_H}?(?P<nr_y>{_YEAR})|(?P<nr_dot>\.))?{_NO_RIGHT}(?:{_SP}(?P<nr_r>{_ROK}))?"
)
# "23.10.2019 r.", "23.10.2019r.", "8. 09. 2020", "23/10/2019", "23-10-2019", and a two-digit year
# only with "r." after it ("5.11.19 r.": office shorthand; bare "5.11.19" may be a version or a code)
NUM_DATE: Final[str] = (
    rf"{_NO_LEFT}(?P<n_d>{_DAY}){_H}?(?P<n_s>[./-]){_H}?(?P<n_m>[01]?\d){_H}?(?P=n_s){_H}?"
    rf"(?:(?P<n_y>{_YEAR}){_NO_RIGHT}(?:{_SP}(?P<n_r>{_ROK}))?|(?P<n_yy>\d{{2}}){_SP}(?:r\b\.?|roku\b))"
)
# "23 X 2019", "23.X.2019 r.", "1-2 XII 2019", and without a year "23 III", "23 III br." (the
# numeral must end the word: "sala 12 IVa", "5 V-ty", "3 II/2019" are not dates)
ROMAN_DATE: Final[str] = (
    rf"{_NO_LEFT}(?:(?P<r_d1>{_DAY})\.?{_SP}(?:{DASH}){_SP})?(?P<r_d>{_DAY})(?:{_H}{{1,3}}+|{_H}?\.{_H}?)"
    rf"(?-i:(?P<r_m>{_ROMAN_ALT}))"
    rf"(?:(?:{_H}{{1,3}}+|{_H}?\.{_H}?)(?P<r_y>{_YEAR})(?:{_SP}(?P<r_r>{_ROK}))?"
    rf"|{_SP1}(?P<r_rel>{_YEAR_REL})|(?![\w/-]|\.\w))"
)
# "29 paź 2019", "05 sty. 2020": abbreviations only between a day and a year
ABBR_DATE: Final[str] = rf"{_NO_LEFT}(?P<a_d>{_DAY}){_SP1}(?P<a_mon>{_ABBR_ALT})(?!\w)\.?{_SP1}(?P<a_y>{_YEAR})"
# "14 listopada 2019", "14-15 listopada 2019 roku", "od 3 do 5 czerwca", "18 lipca br.", "5, 6 i 7 maja",
# "15/16 października" (two consecutive days; the component rejects any other pair),
# "od wtorku 5 do czwartku 7 listopada" (the weekday before the first day is an apposition)
TEXT_DATE: Final[str] = (
    rf"{_NO_LEFT}(?P<t_d1>{_DAY}){_DSUF}\.?"
    rf"(?:(?P<t_mid>(?:{_SP},{_SP}{_DAY}{_DSUF}\.?){{0,6}}+){_SP}(?P<t_sep>{DASH}|/|i\b|oraz\b|do\b|a\b)"
    rf"(?:{_SP1}(?:{_WEEKDAY_ALT})(?!\w))?{_SP}(?P<t_d2>{_DAY}){_DSUF}\.?)?"
    rf"{_SP}(?P<t_mon>{_MONTH_ALT_OCR})(?!\w)" + _year_part("t")
)
# "28.10.", "4.11" (no year): kept only next to a cue or another date (the component decides)
NUM_DATE_NO_YEAR: Final[str] = rf"(?<![\w.,:/-])(?P<y_d>{_DAY})\.(?P<y_m>[01]?\d)(?P<y_dot>\.)?(?!\d|[.,:]\d)"
# "w latach 2019-2021", "na lata 2014-2020", "2019/2020"
YEAR_RANGE: Final[str] = (
    rf"(?<![\w./-])(?P<yr_a>{_YEAR}){_SP}(?P<yr_s>{DASH}|/){_SP}(?P<yr_b>{_YEAR}){_NO_RIGHT}"
    rf"(?:{_SP}(?P<yr_r>r\b\.?|roku\b))?"
)
# "VII-XII.2018", "IX.2019"
ROMAN_MONTHS_YEAR: Final[str] = (
    rf"(?<![\w.,:/-])(?-i:(?P<rm_a>{_ROMAN_ALT}))(?:{_SP}{DASH}{_SP}(?-i:(?P<rm_b>{_ROMAN_ALT})))?"
    rf"{_H}?\.{_H}?(?P<rm_y>{_YEAR}){_NO_RIGHT}"
)
# "I kwartał 2020", "w IV kwartale", "pierwsze półrocze 2021 r."
QUARTER: Final[str] = (
    rf"(?<!\w)(?P<q_n>(?-i:IV|III|II|I)|[1-4]\.?|{_ORD_ALT}|pierwsze|drugie){_SP1}(?P<q_u>{_PERIOD_UNIT_ALT})(?!\w)"
    + _year_part("q")
)
# "szesnastego września", "dwudziestego pierwszego marca 2020 r.": a day spelled as an ordinal
WORD_DAY: Final[str] = rf"(?<!\w)(?P<wd_d>{_alt(ORDINAL_DAYS)}){_SP1}(?P<wd_mon>{_MONTH_ALT})(?!\w)" + _year_part("wd")
# "w listopadzie 2019", "październik 2019", "do końca lutego", "od sierpnia 2019 r."
MONTH_YEAR: Final[str] = (
    rf"(?:(?<!\w)(?P<m_pre>{_MONTH_CUE_ALT}){_SP1})?(?<!\w)(?P<m_mon>{_MONTH_ALT})(?!\w)" + _year_part("m")
)
# "do końca 2020 roku", "do końca roku", "do końca bieżącego roku"
YEAR_END: Final[str] = (
    rf"(?<!\w)do{_SP1}końca{_SP1}(?:(?P<ye_y>{_YEAR})(?:{_SP}{_ROK})?|(?:(?P<ye_dir>{_DIR_ALT}){_SP1})?roku\b)"
)
# "w przyszłym tygodniu", "w ubiegłym miesiącu", "w tym roku"
UNIT_RELATIVE: Final[str] = rf"(?<!\w)(?:w|we|na){_SP1}(?P<u_dir>{_DIR_ALT}){_SP1}(?P<u_unit>{_UNIT_ALT})(?!\w)"
# "w ubiegły czwartek", "we wtorek", "ostatni piątek października", "w ostatni weekend września"
WEEKDAY: Final[str] = (
    rf"(?<!\w)(?:(?P<w_prep>w|we|od|do|na){_SP1})?(?:(?P<w_dir>{_DIR_ALT}|{_ORD_ALT}){_SP1})?"
    rf"(?P<w_day>{_WEEKDAY_ALT}|{_WEEKEND_ALT})(?!\w)(?:{_SP1}(?P<w_mon>{_MONTH_ALT})(?!\w)(?:{_SP}(?P<w_y>{_YEAR}))?)?"
)
# "15 bm.", "3 ub.m.": a day of the current or the previous month
DAY_OF_MONTH: Final[str] = rf"{_NO_LEFT}(?P<bm_d>{_DAY}){_SP1}(?P<bm>{_alt(MONTH_OFFSETS)})(?!\w)"
# "wczoraj", "dziś", "dzisiejsze (spotkanie)"
RELATIVE_DAY: Final[str] = rf"(?<!\w)(?P<rd_w>{_RELDAY_ALT})(?!\w)"
# "dwa dni temu", "tydzień temu", "za 3 dni"; "dzień później", "dwa dni wcześniej" (from the day
# told before)
AGO: Final[str] = (
    rf"(?<!\w)(?:(?P<ag_za>za){_SP1})?(?:(?P<ag_n>\d{{1,2}}|{_NUMWORD_ALT}){_SP1})?(?P<ag_u>{_AGO_UNIT_ALT})"
    rf"(?:{_SP1}(?:(?P<ag_temu>temu)|(?P<ag_dir>{_alt(ANAPHORIC_DIRECTIONS)})))?(?!\w)"
)
# "następnego dnia", "nazajutrz": the day after the one told before
FOLLOWING_DAY: Final[str] = rf"(?<!\w)(?P<fd>{_alt(FOLLOWING_DAY_PHRASES)})(?!\w)"
# "o godz. 10:00", "w godz. 10.00-14.00", "godz. 9", "o 10:30", "10:00 – 14:00"
TIME: Final[str] = (
    rf"(?:(?<!\w)(?P<h_pre>(?:(?:o|od|w){_SP1})?godz(?:\.|ina\b|inie\b|iny\b|inach\b|\b)){_SP}(?:od{_SP1})?"
    rf"(?P<h_h>[0-2]?\d)(?:[:.](?P<h_m>[0-5]\d))?"
    rf"|(?<!\w)(?:o|od){_SP1}(?P<h_h2>[0-2]?\d)[:.](?P<h_m2>[0-5]\d)"
    rf"|(?<![\w.,:/-])(?P<h_h3>[0-2]?\d):(?P<h_m3>[0-5]\d))"
    rf"(?:{_SP}(?:{DASH}|do\b){_SP}(?P<h_e>[0-2]?\d)(?:[:.](?P<h_em>[0-5]\d))?)?(?!\d|[.:]\d)"
)

# "12 i 13 października odpowiednio w Hajnówce i w Augustowie": the days are told one by one
RESPECTIVELY_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t,]{0,3}(?:br\.|r\.|roku)?[ \t,]{0,3}odpowiednio\b", re.IGNORECASE
)

# Order matters: at one position the first alternative that matches wins (ranges before their
# parts, numeric dates before times).
ATOMS: Final[tuple[tuple[str, str], ...]] = (
    ("ISO", ISO_DATE),
    ("NUMRANGE", NUM_DAY_RANGE),
    ("NUM", NUM_DATE),
    ("ROMAN", ROMAN_DATE),
    ("ABBR", ABBR_DATE),
    ("TEXT", TEXT_DATE),
    ("NUMYL", NUM_DATE_NO_YEAR),
    ("YEARS", YEAR_RANGE),
    ("ROMANMONTHS", ROMAN_MONTHS_YEAR),
    ("QUARTER", QUARTER),
    ("WORDDAY", WORD_DAY),
    ("MONTH", MONTH_YEAR),
    ("YEAREND", YEAR_END),
    ("UNIT", UNIT_RELATIVE),
    ("WEEKDAY", WEEKDAY),
    ("DAYOFMONTH", DAY_OF_MONTH),
    ("RELDAY", RELATIVE_DAY),
    ("AGO", AGO),
    ("FOLLOWING", FOLLOWING_DAY),
    ("TIME", TIME),
)


def _atoms(first: str, *names: str) -> re.Pattern[str]:
    """One alternation of the named atoms, in the order of ``ATOMS``, behind a one-character guard.

    The guard (start of a word, then the class of its first character) lets a ``search`` skip
    non-candidate positions at once instead of trying every alternative there.
    """
    body = "|".join(f"(?P<{n}>{p})" for n, p in ATOMS if n in names)
    return re.compile(rf"(?<!\w)(?={first})(?:{body})", re.IGNORECASE)


# The scan picks the alternation by the first character of a word: trying only the atoms that can
# start there is several times faster than one alternation of all of them.
DIGIT_ATOM_RE: Final[re.Pattern[str]] = _atoms(
    r"\d", "ISO", "NUMRANGE", "NUM", "ROMAN", "ABBR", "TEXT", "NUMYL", "YEARS", "QUARTER", "DAYOFMONTH", "AGO", "TIME"
)
# What a number must look like for ``DIGIT_ATOM_RE`` to match at it: a cheap necessary test that
# spares most numbers ("2019 r.", "100 osób", "3D", "1234") the 35 kB alternation. Every digit
# alternative begins either
# - with a day, hour, count or quarter of one or two digits (``_DAY``, ``[0-2]?\d``, ``\d{1,2}``,
#   ``[1-4]``), then an optional dot and gap, then a separator (".,:/", a dash) or a letter that
#   begins a month, a month abbreviation, a Roman month, a unit ("kwartał", "dni", "bm."), a
#   day suffix ("5go") or a joining word ("i", "oraz", "do", "a");
# - or with a day glued to an OCR month ("51istopada", "121istopada": "l" read as "1");
# - or with a year (``_YEAR``) followed by the separator of an ISO date ("2019-10-23",
#   "2019.10.23") or of a year range ("2019 - 2021", "2019/2020").
# Compiled with IGNORECASE as the atoms are, so a letter matches the same characters in both.
# A necessary condition only (the atoms still decide): keep it in step with the digit atoms.
_AFTER_DAY_INITIALS: Final[str] = "".join(
    sorted(
        {w[0] for w in (*MONTHS, *MONTH_ABBREVIATIONS, *PERIOD_UNITS, *MONTH_OFFSETS, *AGO_UNITS)}
        | set(MONTH_CONFUSABLES.values())
        | set("ivx")  # Roman months
        | set("ioda")  # joining words: "i", "oraz", "do", "a"
        | set("ge")  # day suffixes: "5go", "1ego"
    )
)
DIGIT_START_RE: Final[re.Pattern[str]] = re.compile(
    rf"\d{{1,2}}+(?!\d)\.?{_SP}(?:[.,:/]|{DASH}|[{re.escape(_AFTER_DAY_INITIALS)}])"
    rf"|[0-3]?\d1(?!\d)"
    rf"|(?:19|20)\d{{2}}(?!\d)(?:\.|{_SP}(?:{DASH}|/))",
    re.IGNORECASE,
)
ROMAN_ATOM_RE: Final[re.Pattern[str]] = _atoms("(?-i:[IVX])", "ROMANMONTHS", "QUARTER")
WORD_ATOM_RE: Final[re.Pattern[str]] = _atoms(
    r"[^\W\d_]", "QUARTER", "WORDDAY", "MONTH", "YEAREND", "UNIT", "WEEKDAY", "RELDAY", "AGO", "FOLLOWING", "TIME"
)

# Words that can begin an atom (besides numbers and Roman numerals): the scan tries the patterns
# only where one of them starts, which keeps it fast on long texts.
TRIGGER_WORDS: Final[frozenset[str]] = frozenset(
    [
        w.split()[0]
        for w in (
            *MONTHS,
            *WEEKDAYS,
            *WEEKENDS,
            *ORDINAL_DAYS,
            *RELATIVE_DAYS,
            *DIRECTIONS,
            *WEEKDAY_ORDINALS,
            *MONTH_CUES,
        )
    ]
    + [*NUMBER_WORDS, *AGO_UNITS, "pierwsze", "drugie", "o", "od", "w", "we", "na", "za", "do", "z"]
    + [w.split()[0] for w in FOLLOWING_DAY_PHRASES]
    + ["godz", "godzina", "godzinie", "godziny", "godzinach"]
)
# Of those, the frequent words that begin an atom only before another trigger word or a number
# ("w listopadzie", "o godz.", "tym tygodniu", "dwa dni temu"): "w Toruniu" is not tried at all.
LEAD_WORDS: Final[frozenset[str]] = frozenset(
    [w.split()[0] for w in MONTH_CUES if w.split()[0] not in MONTHS]
    + [*DIRECTIONS, *WEEKDAY_ORDINALS, *NUMBER_WORDS, *AGO_UNITS, "pierwsze", "drugie", "o", "za", "pod"]
)
# what may follow a lead word: trigger words, the second words of cues, units
NEXT_TRIGGERS: Final[frozenset[str]] = TRIGGER_WORDS | frozenset(
    [w.split()[1] for w in (*MONTH_CUES, *FOLLOWING_DAY_PHRASES) if " " in w]
    + [*UNITS, *PERIOD_UNITS, *ANAPHORIC_DIRECTIONS, "temu", "kw"]
)
NEXT_WORD_RE: Final[re.Pattern[str]] = re.compile(r"[^\S\n]{1,4}+([\w-]{1,20}+)")
# Where an atom may begin: a word not glued to ".,:/" (every atom forbids them before it) nor to a
# dash after a word (except the second date of "28.05-29.05.2019"), and not a number followed by
# another number ("1 000 000 zł", "77 44 27 537"). Any such word: the scan's fallback.
_WORD_START: Final[str] = rf"(?<!\d:)(?:(?<!\w{DASH})|(?=\d{{1,2}}[./]))(?!\d++{_H}{{1,4}}+\d++(?!\w))"
WORD_START_RE: Final[re.Pattern[str]] = re.compile(rf"(?=\w)(?<![\w.,/]){_WORD_START}\w++")


def _trie(words: Iterable[str], after_first: str) -> str:
    """Alternation of lower-case literal words as a trie (as ``_alt``), with ``after_first`` put
    after each first letter, so that every branch of the trie begins with a plain literal."""
    return _render_trie(_letter_tree(words), after_first)


def _render_trie(node: dict[str, Any], after: str = "") -> str:
    branches = [re.escape(ch) + after + _render_trie(node[ch]) for ch in sorted(k for k in node if k)]
    if "" in node:
        branches.append("")  # a word ends here (tried last, as in a longest-first alternation)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# What may follow a lead word in the lower-cased text: a superset of what ``_trigger_follows``
# (``components/dates.py``) accepts, which still decides: a digit (also "²" or a digit of another
# script), a Roman numeral, or a word of ``NEXT_TRIGGERS``.
_LEAD_FOLLOWS: Final[str] = (
    rf"(?={_H}{{1,4}}+(?:[\divx\u00b2\u00b3\u00b9]|{_alt(NEXT_TRIGGERS)}(?![\w-])|[^\x00-\u024f]))"
)
# ``_WORD_START`` said after the first character of a word, so that every branch below begins
# with a literal or a class: where none fits, the engine leaves the word without an assertion.
_LETTER_STARTED: Final[str] = rf"(?<!\d:.)(?<!\w{DASH}.)"
_DIGIT_STARTED: Final[str] = rf"(?<!\d:.)(?:(?<!\w{DASH}.)|(?=\d?[./]))(?!\d*+{_H}{{1,4}}+\d++(?!\w))"
# The same word starts as ``WORD_START_RE``, in the LOWER-CASED text, and only words that can begin
# an atom (group "word"): a number, a Roman numeral (any case here; the scan checks capitals), a
# trigger word, and a lead word before a possible follower (the lookahead written once, after the
# lead words' trie). Nine words in ten of a text never reach Python. The pattern begins with the
# character before the word, so that a search skips words in C (the scan puts a space before the
# text for its first word), and letters are plain literals, which the engine rejects at once where
# ignore-case ones cost an attempt each.
CANDIDATE_RE: Final[re.Pattern[str]] = re.compile(
    rf"[^\w.,/](?P<word>\d{_DIGIT_STARTED}\w*+|[ivx]{_LETTER_STARTED}[ivx]{{0,3}}+(?!\w)"
    rf"|{_trie(LEAD_WORDS, _LETTER_STARTED)}(?!\w){_LEAD_FOLLOWS}"
    rf"|{_trie(TRIGGER_WORDS - LEAD_WORDS, _LETTER_STARTED)}(?!\w))"
)
ROMAN_WORD_RE: Final[re.Pattern[str]] = re.compile(r"[IVX]{1,4}+")

# -- context patterns (applied to short slices around an atom) ---------------------------------

URL_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:https?://|www\.)[^\s<>\"”]++|[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+)++", re.IGNORECASE
)
_CUE = r"(?<!\w)(?:{})\W{{0,3}}$"
DEADLINE_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    _CUE.format(_alt(DEADLINE_CUES))
    + rf"|(?<!\w)termin\w{{0,3}}+{_SP1}(?:{_alt(DEADLINE_NOUNS)})(?!\w)[^\n:.]{{0,40}}+:{_SP}$",
    re.IGNORECASE,
)
RANGE_START_BEFORE_RE: Final[re.Pattern[str]] = re.compile(_CUE.format(_alt(RANGE_START_CUES)), re.IGNORECASE)
# between "od poniedziałku" and "(do) środy" of a weekday range
WEEKDAY_RANGE_GAP_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]{0,3}+(?:do[ \t]{1,3}+)?", re.IGNORECASE)
PERIOD_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<!\w)(?:{_alt(PERIOD_CUES)})(?:{_H}{{1,3}}+(?:od|w{_H}{{1,3}}+dniach|w{_H}{{1,3}}+dniu))?\W{{0,3}}$",
    re.IGNORECASE,
)
STREET_BEFORE_RE: Final[re.Pattern[str]] = re.compile(rf"(?<!\w)(?:{_alt(STREET_CUES)}){_SP}$", re.IGNORECASE)
# what comes before "dzień później", "następnego dnia" when they open a sentence or a clause and so
# date what it tells ("..., a dzień później w Myśliborzu zebrała się ..."); after a verb they date
# a step of something else ("link prześlemy dzień wcześniej")
ANAPHORA_LEAD_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:^|[.!?;:(\n,]|{DASH}|(?<!\w)(?:a|i|oraz|zaś|natomiast|już|potem))[ \t\u00a0]{{0,3}}+$", re.IGNORECASE
)
# text between a weekday/relative word and its date: "poniedziałek 4 marca", "Wczoraj, 11 lutego"
APPOSITION_GAP_RE: Final[re.Pattern[str]] = re.compile(
    rf"{_H}{{0,3}}+[,(]?{_H}{{0,3}}+(?:(?:{_alt(APPOSITION_WORDS)}){_H}{{0,3}}+)?$", re.IGNORECASE
)
# between a week and its weekday: "w przyszłym tygodniu, w środę", "w ubiegłym tygodniu we wtorek"
WEEK_WEEKDAY_GAP_RE: Final[re.Pattern[str]] = re.compile(rf"{_H}{{0,3}}+,?{_H}{{0,3}}+(?:we?{_H}{{1,3}}+)?", re.I)
# between the two ends of a range: "29 listopada – 1 grudnia", "od 3 czerwca do 5 lipca"
# (the second end's abbreviated weekday may stand after the dash: "pn. 4 X – pt. 8 X")
RANGE_GAP_RE: Final[re.Pattern[str]] = re.compile(
    rf"{_SP}(?:{DASH}){_SP}(?:(?:{_alt(WEEKDAY_ABBREVIATIONS)})\.{_SP})?$", re.IGNORECASE
)
RANGE_WORD_GAP_RE: Final[re.Pattern[str]] = re.compile(rf"{_SP1}(?:do|a)(?:{_H}{{1,3}}+dnia)?{_SP1}$", re.I)
# days written before a day range of a month: "14-15 oraz 21-22 listopada", "7 i 14-15 maja"
DAYS_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w.,:/-])(?P<d1>{_DAY})(?:\.?{_SP}(?:{DASH}){_SP}(?P<d2>{_DAY}))?\.?{_SP}(?:,|i|oraz)(?!\w){_SP}$",
    re.IGNORECASE,
)
# between two full dates of consecutive days told as one stretch: "5.11.2019 r. i 6.11.2019 r."
AND_GAP_RE: Final[re.Pattern[str]] = re.compile(rf"{_SP1}(?:i|oraz)(?!\w){_SP1}$", re.I)
# between coordinated dates: "18 lipca i 20 sierpnia 2019", "28.10. oraz 4.11."
COORD_GAP_RE: Final[re.Pattern[str]] = re.compile(
    rf"{_SP}(?:,{_SP}(?:(?:i|oraz|a{_H}{{1,3}}+także)(?!\w){_SP})?|(?:i|oraz|lub|albo|a{_H}{{1,3}}+także)(?!\w){_SP})$",
    re.I,
)
# a cue that makes a year-less "28.10." a date: "w dniu 28.10", "w piątek 28.10."
STRONG_DATE_CUE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<!\w)(?:dnia|dniu|dniach|dn\.|dzień|od|do|z{_H}{{1,3}}+dnia|{_WEEKDAY_ALT}){_SP},?{_SP}$", re.IGNORECASE
)
# after a year-less number pair: an amount or a measure, not a date ("o 2.5 mln zł")
MEASURE_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[^\S\n]{0,2}+(?:mln|mld|tys|zł|pln|eur|proc|%|km|m2|ha|kg|osób|pkt)", re.IGNORECASE
)
# the sentence goes on between two positions: no line break, no ". " before a capital
SENTENCE_BREAK_RE: Final[re.Pattern[str]] = re.compile(r"\n|[.!?][\"”»)]?\s{1,20}+[A-ZĄĆĘŁŃÓŚŹŻ0-9„\"]")
# publication labels: strong ones may be followed by other text on the line, "Data:" may not
_SEPARATORS: Final[str] = "|•·"
# one to three capitalised words: "Toruń", "Zielona Góra", "Bielsko-Biała"
_PLACE_NAME: Final[str] = r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]{1,30}+(?:[^\S\n][A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż][\w-]{1,30}+){0,2}+"
# Patterns below are used with ``match(text, pos, endpos)`` (anchored at ``pos``; ``^`` would not
# match there) or ``search(text, pos, endpos)`` ending in ``$`` (anchored at ``endpos``).
# publication labels on the date's line, before it: at the start of the line (other text may follow
# the label: "Opublikował: Jan Kowalski | 7 października 2019") or as a "label:" right before it
PUBLICATION_LINE_START_RE: Final[re.Pattern[str]] = re.compile(
    rf"[^\w\n]{{0,6}}+(?:{_alt(PUBLICATION_CUES)})(?!\w)[^\n]{{0,60}}+$", re.IGNORECASE
)
PUBLICATION_LABEL_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:(?<!\w)|(?-i:(?<=[a-ząćęłńóśźż])(?=[A-ZĄĆĘŁŃÓŚŹŻ])))(?:(?:{_alt(PUBLICATION_CUES)}){_SP}[:|][^\n]{{0,60}}+|(?P<bare>{DATE_LABEL}){_SP}[:|]{_SP}(?:dnia{_SP})?)$",
    re.IGNORECASE,
)
EVENT_FIELD_LINE_RE: Final[re.Pattern[str]] = re.compile(rf"\W{{0,3}}+(?:{_alt(EVENT_FIELD_LABELS)})\b", re.IGNORECASE)
# what may stand on a dateline's line besides the date: separators, a weekday, a time
# (a short label set off by a separator may stand beside it: "Aktualności | 12.03.2019")
# or the place of a letter-style heading: "Toruń, dnia 14.11.2019 r."
DATELINE_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:[^\n{_SEPARATORS}]{{0,40}}+[{_SEPARATORS}]|(?-i:{_PLACE_NAME}),{_SP}(?:dnia{_SP})?)?"
    rf"[^\w\n]{{0,20}}+(?:(?:{_WEEKDAY_ALT})[^\w\n]{{0,20}}+)?$",
    re.I,
)
DATELINE_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    rf"[^\w\n]{{0,20}}+(?:(?:godz\.?|o)?[^\S\n]{{0,2}}+[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?)?[^\w\n]{{0,20}}+"
    rf"(?:[{_SEPARATORS}][^\n]{{0,40}}+)?$",
    re.IGNORECASE,
)
# a plan's cue shortly before a date, in its sentence ("zaplanowano w terminie 31 stycznia 2023 r.",
# "odbędzie się 5 lutego 2024 r."): that date's year is not the year of writing
PLAN_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<!\w)(?:{_alt(PLAN_CUES)})\w*+[^.!?\n]{{0,40}}+$", re.IGNORECASE
)
# a byline: the date, then its author ("12.03.2023 | Autor: Jan Kowalski"): the day the article
# appeared, as good as "Opublikowano:" for counting relative days from
BYLINE_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    rf"[^\w\n{_SEPARATORS}]{{0,20}}+(?:[0-2]?\d[:.][0-5]\d[^\w\n{_SEPARATORS}]{{0,5}}+)?[{_SEPARATORS}][^\S\n]{{0,3}}+"
    rf"(?:{_alt(BYLINE_LABELS)})(?!\w)",
    re.IGNORECASE,
)
# a line of running text (not a heading, label or date line): the article body starts here
BODY_LINE_MIN_CHARS: Final[int] = 100
# a line long enough to be one (before its white space is stripped): where a body line may stand
LONG_LINE_RE: Final[re.Pattern[str]] = re.compile(rf"^[^\n]{{{BODY_LINE_MIN_CHARS},}}+", re.MULTILINE)
# the word before a position ("lepsze jutro": "jutro" as a noun after an adjective, not tomorrow)
WORD_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"(\w{1,30}+)[^\S\n]{1,2}+$")

# a year on its own ("w 2019 roku", "w roku 2018", "od 2019r."): tells what "br." means when no
# full date does; the word before it is checked against YEAR_MENTION_EXCLUDED
YEAR_MENTION_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w./-])(?=[12r])(?:(?P<before>rok|roku){_SP1})?(?P<year>{_YEAR})(?![./-]\d)"
    rf"(?:{_SP}(?P<after>r\b\.?|roku\b|rok\b))?(?P<legal>,?{_SP}poz\.)?",
    re.IGNORECASE,
)
# "na 2006 r.", "do 2027 r.": a plan or a deadline, not the year the article speaks from
YEAR_MENTION_EXCLUDED: Final[frozenset[str]] = frozenset(["na", "do", "przed", "po", "za"])
# A season before a bare year speaks of that year as "w 2019 roku" does: "Jesień 2020 z Kooperacjami 3D"
SEASON_WORDS: Final[frozenset[str]] = frozenset(
    ["wiosna", "wiosną", "wiosny", "wiośnie", "lato", "latem", "jesień", "jesienią", "jesieni", "zima", "zimą", "zimy"]
)

# the day numbers of a list ("5, 6 i 7 maja")
DIGITS_RE: Final[re.Pattern[str]] = re.compile(r"\d{1,2}+")

# Every compiled pattern of this module, for the linear-time test.
ALL_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    DIGIT_ATOM_RE,
    DIGIT_START_RE,
    ROMAN_ATOM_RE,
    WORD_ATOM_RE,
    URL_RE,
    DEADLINE_BEFORE_RE,
    RANGE_START_BEFORE_RE,
    WEEKDAY_RANGE_GAP_RE,
    PERIOD_BEFORE_RE,
    STREET_BEFORE_RE,
    APPOSITION_GAP_RE,
    ANAPHORA_LEAD_RE,
    RANGE_GAP_RE,
    RANGE_WORD_GAP_RE,
    COORD_GAP_RE,
    AND_GAP_RE,
    DAYS_BEFORE_RE,
    STRONG_DATE_CUE_RE,
    MEASURE_AFTER_RE,
    SENTENCE_BREAK_RE,
    PUBLICATION_LINE_START_RE,
    PUBLICATION_LABEL_RE,
    EVENT_FIELD_LINE_RE,
    DATELINE_BEFORE_RE,
    DATELINE_AFTER_RE,
    BYLINE_AFTER_RE,
    PLAN_BEFORE_RE,
    WEEK_WEEKDAY_GAP_RE,
    WORD_BEFORE_RE,
    DIGITS_RE,
    YEAR_MENTION_RE,
    LONG_LINE_RE,
    CANDIDATE_RE,
    ROMAN_WORD_RE,
    NEXT_WORD_RE,
)

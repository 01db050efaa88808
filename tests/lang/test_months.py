"""The month, weekday and relative-word tables of ``lang/`` against Morfeusz 2 (SGJP).

Every form must be a form of the word it stands for, and every singular form in the cases
that dates use must be there: a missing "październiku" would silently lose "w październiku".
"""

from __future__ import annotations

import pytest

from kooperacja_nlp import morph
from kooperacja_nlp.lang.months import MONTH_ABBREVIATIONS, MONTHS, MONTHS_GENITIVE, ROMAN_MONTHS
from kooperacja_nlp.lang.relative import DIRECTIONS, RELATIVE_DAYS, UNITS, WEEKDAY_ORDINALS
from kooperacja_nlp.lang.weekdays import WEEKDAYS
from kooperacja_nlp.normalize import strip_diacritics

MONTH_LEMMAS = (
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
)
WEEKDAY_LEMMAS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
DATE_CASES = ("nom", "gen", "acc", "loc", "inst")  # "w maju", "do maja", "za maj", "z majem"


def _is_form_of(form: str, lemma: str) -> bool:
    return any(i.lemma == lemma and i.pos == "subst" for i in morph.analyse(form))


def _singular_forms(lemma: str) -> set[str]:
    return {
        i.form for i in morph.generate(lemma) if i.pos == "subst" and i.has("sg") and any(i.has(c) for c in DATE_CASES)
    }


@pytest.mark.parametrize("number,lemma", enumerate(MONTH_LEMMAS, start=1))
def test_month_forms_are_sgjp_forms(number: int, lemma: str) -> None:
    forms = {f for f, n in MONTHS.items() if n == number}
    native = {f for f in forms if _is_form_of(f, lemma)}
    # the rest are the same forms typed without diacritics
    assert {strip_diacritics(f) for f in forms - native} <= {strip_diacritics(f) for f in native}
    assert _singular_forms(lemma) <= forms


@pytest.mark.parametrize("number,lemma", enumerate(WEEKDAY_LEMMAS))
def test_weekday_forms_are_sgjp_forms(number: int, lemma: str) -> None:
    forms = {f for f, n in WEEKDAYS.items() if n == number}
    native = {f for f in forms if _is_form_of(f, lemma)}
    assert {strip_diacritics(f) for f in forms - native} <= {strip_diacritics(f) for f in native}
    assert _singular_forms(lemma) <= forms


def test_genitive_months() -> None:
    assert set(MONTHS_GENITIVE.items()) <= set(MONTHS.items())
    assert sorted(MONTHS_GENITIVE.values()) == list(range(1, 13))
    for form, number in MONTHS_GENITIVE.items():
        assert any(i.has("gen") for i in morph.analyse(form) if i.lemma == MONTH_LEMMAS[number - 1])


def test_abbreviations_are_month_prefixes() -> None:
    for abbr, number in MONTH_ABBREVIATIONS.items():
        assert strip_diacritics(MONTH_LEMMAS[number - 1]).startswith(strip_diacritics(abbr))


def test_roman_months() -> None:
    assert list(ROMAN_MONTHS) == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    assert list(ROMAN_MONTHS.values()) == list(range(1, 13))


@pytest.mark.parametrize(
    "table,lemmas",
    [
        (
            RELATIVE_DAYS,
            {"dzisiejszy", "wczorajszy", "jutrzejszy", "dziś", "dzisiaj", "wczoraj", "jutro"}
            | {"przedwczoraj", "pojutrze"},
        ),
        (DIRECTIONS, {"ubiegły", "zeszły", "miniony", "poprzedni", "przyszły", "bliski", "nadchodzący"}),
        (WEEKDAY_ORDINALS, {"pierwszy", "drugi", "trzeci", "czwarty", "ostatni"}),
        (UNITS, {"tydzień", "miesiąc", "rok"}),
    ],
)
def test_relative_words_are_known_forms(table: dict[str, int], lemmas: set[str]) -> None:
    """Each word is a form Morfeusz knows; the adjectives and nouns belong to the listed lemmas."""
    for form in table:
        if strip_diacritics(form) == form and not morph.is_known(form):
            continue  # an ASCII spelling ("dzis")
        assert morph.is_known(form), form
        interps = morph.analyse(form)
        if any(i.pos in {"adj", "subst"} for i in interps) and form not in {"ten", "tym", "tę", "tego", "tej"}:
            assert {i.lemma for i in interps} & (lemmas | {"bieżący", "następny", "ten", "dzień"}), form

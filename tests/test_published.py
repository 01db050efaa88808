"""`published`: given with the input, else the article's own dateline, never an event date."""

from __future__ import annotations

import kooperacja_nlp

PAGE = (
    "Gminny Ośrodek Pomocy Społecznej w Lesku\n"
    "Spotkanie zespołu ds. modelu kooperacji\n"
    "Opublikowano: 14.10.2019, 12:40\n"
    "W piątek 11 października 2019 r. w siedzibie ośrodka w Lesku spotkali się członkowie zespołu "
    "ds. modelu kooperacji. Rozmawiano o harmonogramie prac na kolejne miesiące.\n"
)


def test_dateline_fills_published_when_the_input_has_none() -> None:
    record = kooperacja_nlp.extract(PAGE, doc_id="d1")
    assert record.published == "2019-10-14"
    assert [(e.start_date, e.place.name if e.place else None) for e in record.events] == [("2019-10-11", "Lesko")]


def test_given_publication_date_wins_over_the_dateline() -> None:
    record = kooperacja_nlp.extract(PAGE, doc_id="d2", published="2019-10-15")
    assert record.published == "2019-10-15"


def test_no_dateline_no_published() -> None:
    text = PAGE.replace("Opublikowano: 14.10.2019, 12:40\n", "")
    record = kooperacja_nlp.extract(text, doc_id="d3")
    assert record.published is None
    assert [e.start_date for e in record.events] == ["2019-10-11"]

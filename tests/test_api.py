"""The public API: one valid record per input, in order, deterministic, errors as records."""

from __future__ import annotations

import json

import pytest

import kooperacja_nlp
from kooperacja_nlp import ArticleRecord, extract, extract_many

ARTICLE = """Posiedzenie Komitetu Sterującego w Toruniu

W dniach 14-15 listopada 2019 roku w Toruniu odbyło się posiedzenie Komitetu Sterującego projektu \
„Kooperacja – efektywna i skuteczna”. Spotkanie otworzyła Pani Dyrektor Anna Nowak.
"""


def test_extract_returns_a_full_record():
    r = extract(ARTICLE, doc_id="a1")
    assert isinstance(r, ArticleRecord)
    assert r.doc_id == "a1" and r.error is None
    assert r.title == "Posiedzenie Komitetu Sterującego w Toruniu"
    assert [(e.start_date, e.end_date) for e in r.events] == [("2019-11-14", "2019-11-15")]
    assert r.events[0].status == "held"
    assert r.events[0].event_type == "steering_committee"
    assert r.events[0].place is not None and r.events[0].place.name == "Toruń"
    assert "Toruń" in [p.name for p in r.places if p.kind == "locality"]
    assert [p.name for p in r.projects] == ["Kooperacja – efektywna i skuteczna"]
    assert "Anna Nowak" in [p.name for p in r.persons]
    ev = r.events[0].evidence
    assert ARTICLE[ev.start : ev.end] == ev.text


def test_mentions_point_into_the_text():
    r = extract(ARTICLE)
    for group in (r.places, r.persons, r.projects):
        for item in group:
            for m in item.mentions:
                assert ARTICLE[m.start : m.end] == m.text


def test_extract_many_accepts_every_item_shape_and_keeps_order():
    items = [
        ARTICLE,
        ("b", ARTICLE),
        {"id": "c", "text": ARTICLE, "url": "http://x"},
        {"id": "d"},
        "",
        {"id": "f", "text": 5},
    ]
    out = list(extract_many(items))
    assert [r.doc_id for r in out] == ["0", "b", "c", "d", "4", "f"]
    assert [r.error.code if r.error else None for r in out] == [None, None, None, "E005", "E001", "E006"]
    assert out[2].url == "http://x"


def test_output_is_deterministic():
    a = [r.model_dump_json() for r in extract_many([ARTICLE, ARTICLE[::-1]])]
    b = [r.model_dump_json() for r in extract_many([ARTICLE, ARTICLE[::-1]])]
    assert a == b


def test_failing_component_gives_error_record_not_exception(monkeypatch):
    from kooperacja_nlp.components.dates import DateFinder

    def boom(self, doc):
        raise RuntimeError("synthetic failure")

    monkeypatch.setattr(DateFinder, "find", boom)
    (r,) = extract_many([("x", ARTICLE)])
    assert r.error is not None and r.error.code == "E007"
    assert "kn_dates" in r.error.message and "synthetic failure" in r.error.message


def test_published_must_be_iso():
    with pytest.raises(ValueError):
        extract(ARTICLE, published="last tuesday")


def test_load_is_cached_and_has_the_components_in_order():
    nlp = kooperacja_nlp.load()
    assert nlp is kooperacja_nlp.load()
    assert nlp.pipe_names[:3] == ["kn_sentences", "kn_morph", "kn_dates"]
    assert nlp.pipe_names[-2:] == ["kn_events", "kn_meeting_type"]


def test_record_round_trips_through_json():
    r = extract(ARTICLE, doc_id="rt")
    assert ArticleRecord.model_validate(json.loads(r.model_dump_json())) == r

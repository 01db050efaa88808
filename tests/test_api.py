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


def test_records_are_the_same_without_the_components_they_do_not_read(nlp, monkeypatch):
    """Records are made without ``kn_morph`` (lemmas on tokens, for spaCy users): the full
    pipeline gives the same record byte for byte, and the skipped component is never run."""
    from kooperacja_nlp import extractors
    from kooperacja_nlp.api import NOT_FOR_RECORDS
    from kooperacja_nlp.components.morph import MorphLemmatizer

    assert NOT_FOR_RECORDS == ("kn_morph",)
    doc = nlp(ARTICLE)  # the whole pipeline, as ``load()`` gives it to users
    assert [t.lemma_ for t in doc[1:4]] == ["komitet", "sterujący", "w"]  # Morfeusz lemmas on tokens
    full = extractors.article(doc, doc_id="x").model_dump_json()

    def boom(self, doc):
        raise RuntimeError("kn_morph ran")

    monkeypatch.setattr(MorphLemmatizer, "process", boom)
    (record,) = extract_many([("x", ARTICLE)])
    assert record.error is None
    assert record.model_dump_json() == full


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


# ----------------------------------------------------------------- the tokenizer made linear-time


TOKENIZER_SENTENCES = [
    "W dniach 14–15.11.2019 r. w Toruniu odbyło się posiedzenie Komitetu Sterującego projektu „Kooperacja”.",
    "Spotkanie prowadziła p. A. Nowak (MOPS w Bielsku-Białej), dr hab. J. Wiśniewski – ekspert ds. kooperacji…",
    "Szczegóły: https://rops.example.pl/aktualnosci/2019/11/14/spotkanie?id=7 oraz tel. 56 123-45-67, 25%!",
    "Tekst\n\n\tz tabulatorem,  podwójną spacją i „cudzysłowem”.\n",
    "x" * 950 + " " + "–" * 40 + "  ." * 30,
]


@pytest.mark.parametrize("text", TOKENIZER_SENTENCES)
def test_pipeline_tokenizer_equals_spacys_on_ordinary_text(nlp, text):
    import spacy

    blank = spacy.blank("pl")
    ours = [(t.text, t.whitespace_, t.norm_) for t in nlp.make_doc(text)]
    assert ours == [(t.text, t.whitespace_, t.norm_) for t in blank.make_doc(text)]


@pytest.mark.parametrize("unit", ["–", "Ab-", " ", "a", "\n", "„(12)”"])
def test_pipeline_tokenizer_is_linear_on_long_runs_and_keeps_the_text(nlp, unit):
    """spaCy alone needs ~7 s for 5,000 en dashes and hours for 1 MB; runs longer than
    ``MAX_CHUNK`` are tokenised in pieces, so 300 KB take about a second."""
    import time

    from kooperacja_nlp.pipeline import MAX_CHUNK

    text = "Spotkanie w Toruniu. " + unit * (300_000 // len(unit)) + " Koniec."
    start = time.perf_counter()
    doc = nlp.make_doc(text)
    assert time.perf_counter() - start < 30
    assert doc.text == text
    assert [t.text for t in doc[:4]] == ["Spotkanie", "w", "Toruniu", "."]
    assert [t.text for t in doc[-2:]] == ["Koniec", "."]
    assert max(len(t) for t in doc) <= MAX_CHUNK


def test_pipeline_tokenizer_survives_serialisation(nlp):
    import pickle

    tokenizer = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in tokenizer("Ala ma kota, a Jan – psa.")] == [
        "Ala",
        "ma",
        "kota",
        ",",
        "a",
        "Jan",
        "–",
        "psa",
        ".",
    ]
    assert nlp.tokenizer.to_bytes()


def _distinct_texts(n: int) -> list[str]:
    """Articles each with word forms no other text has (a corpus of distinct articles)."""
    return [
        f"W dniu {i + 1} marca 2021 r. w Toruniu spotkał się zespół Wyrazuniku{i}owski. "
        f"Prowadziła je Pani Anna Przykładowska{i}a z Ośrodka Kwasiborkowo{i}."
        for i in range(n)
    ]


def test_batches_leave_no_strings_in_the_vocabulary_once_it_is_full(nlp, monkeypatch):
    """Each unseen word form would otherwise stay in ``nlp.vocab`` for the life of the process,
    so memory would grow with the size of a corpus of distinct articles."""
    from kooperacja_nlp import api

    texts = _distinct_texts(12)
    list(extract_many(texts[:2], batch_size=2))  # anything loaded lazily is loaded now
    monkeypatch.setattr(api, "VOCAB_BUDGET", 0)
    before = len(nlp.vocab.strings)
    records = list(extract_many(texts, batch_size=4))
    assert len(nlp.vocab.strings) == before
    assert [r.doc_id for r in records] == [str(i) for i in range(12)]
    assert all(r.error is None for r in records)
    assert records[3].events and records[3].events[0].start_date == "2021-03-04"


def test_vocabulary_keeps_the_first_word_forms_up_to_its_budget(nlp, monkeypatch):
    """Below the budget new word forms stay (later batches reuse them without rebuilding their
    lexemes); the batch that crosses it is the last to add any."""
    from kooperacja_nlp import api

    texts = _distinct_texts(24)
    list(extract_many(texts[:2], batch_size=2))
    monkeypatch.setattr(api, "VOCAB_BUDGET", len(nlp.vocab.strings) + 5)
    before = len(nlp.vocab.strings)
    list(extract_many(texts[4:8], batch_size=4))
    full = len(nlp.vocab.strings)
    assert full > before + 5  # kept: the budget was not reached when the batch started
    first = list(extract_many(texts[8:], batch_size=4))
    assert len(nlp.vocab.strings) == full
    assert [r.events[0].start_date for r in first[:2]] == ["2021-03-09", "2021-03-10"]


@pytest.mark.filterwarnings("ignore::UserWarning")  # W102: from_docs drops the key, which is what is tested
def test_text_of_is_the_docs_text_without_rebuilding_it(nlp):
    from spacy.tokens import Doc

    from kooperacja_nlp.components.base import TEXT_KEY, text_of

    text = "Spotkanie w Toruniu  odbyło się\n\n12 marca 2021 r. " + "–" * 1_200 + " koniec"
    doc = nlp.make_doc(text)
    assert doc.user_data[TEXT_KEY] == text == doc.text == text_of(doc)
    both = Doc.from_docs([doc, nlp.make_doc("Drugi tekst.")])  # user_data of the first Doc only
    assert text_of(both) == both.text == text + " Drugi tekst."
    assert text_of(Doc(nlp.vocab, words=["Ala", "ma", "kota"])) == "Ala ma kota "
    assert text_of(nlp.make_doc("")) == ""

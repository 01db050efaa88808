"""Sentence boundaries and the article title, on the layout of scraped Polish news pages."""

from __future__ import annotations

import itertools

import pytest

from kooperacja_nlp.components.sentences import SentenceSplitter, title


def _split(text: str) -> list[str]:
    bounds = [0, *SentenceSplitter.boundaries(text), len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Spotkanie odbyło się 23.10.2019 r. w Toruniu. Prowadził je dr hab. Jan Wiśniewski.",
            ["Spotkanie odbyło się 23.10.2019 r. w Toruniu.", "Prowadził je dr hab. Jan Wiśniewski."],
        ),
        (
            "Odbyło się 3 marca 2019 r. W spotkaniu wzięło udział 20 osób.",
            ["Odbyło się 3 marca 2019 r.", "W spotkaniu wzięło udział 20 osób."],
        ),
        (
            "Siedziba mieści się przy ul. Długiej 5. Zapraszamy.",
            ["Siedziba mieści się przy ul. Długiej 5.", "Zapraszamy."],
        ),
        ("Nagłówek bez kropki\nPierwsze zdanie tekstu.", ["Nagłówek bez kropki", "Pierwsze zdanie tekstu."]),
        ("W dniach 07. 09. 2020 r. obradował Komitet.", ["W dniach 07. 09. 2020 r. obradował Komitet."]),
        ("Spotkanie prowadziła p. A. Nowak z MOPS.", ["Spotkanie prowadziła p. A. Nowak z MOPS."]),
        ("Głos zabrał R. Wójcik z PCPR.", ["Głos zabrał R. Wójcik z PCPR."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert _split(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Konferencja w Lublinie\n\nW dniu 5 maja ...", "Konferencja w Lublinie"),
        ("Strona główna » Aktualności\nSzkolenie dla kadry OPS\nTreść.", "Szkolenie dla kadry OPS"),
        ("Opublikowano: 12.03.2019\nPosiedzenie Komitetu Sterującego\nTreść.", "Posiedzenie Komitetu Sterującego"),
        ("\n\n   \n" + "Bardzo długi akapit " * 40, None),
        ("", None),
    ],
)
def test_title(text, expected):
    assert title(text) == expected


def test_component_marks_the_first_token_of_each_sentence(nlp):
    text = (
        "Szkolenie w Gnieźnie\nOdbyło się 3 marca 2019 r. w sali OPS. "
        "Prowadził je dr hab. Jan Wiśniewski.\n\n  Dziękujemy!"
    )
    doc = nlp.get_pipe("kn_sentences")(nlp.make_doc(text))
    assert [s.text.strip() for s in doc.sents] == [
        "Szkolenie w Gnieźnie",
        "Odbyło się 3 marca 2019 r. w sali OPS.",
        "Prowadził je dr hab. Jan Wiśniewski.",
        "Dziękujemy!",
    ]
    assert doc._.kn_title == "Szkolenie w Gnieźnie"


def test_component_on_an_empty_doc(nlp):
    doc = nlp.get_pipe("kn_sentences")(nlp.make_doc(""))
    assert len(doc) == 0 and doc._.kn_title is None


@pytest.mark.parametrize("unit", ["Ab-", "1. ", "Jan Nowak. "])
def test_component_is_linear_in_the_number_of_tokens(nlp, unit):
    """Setting ``token.is_sent_start`` token by token rescans the Doc each time (quadratic):
    60,000 tokens would take minutes; with one array write it is a fraction of a second."""
    import time

    doc = nlp.make_doc(unit * (150_000 // len(unit)))
    start = time.perf_counter()
    nlp.get_pipe("kn_sentences")(doc)
    assert time.perf_counter() - start < 20
    assert doc[0].is_sent_start

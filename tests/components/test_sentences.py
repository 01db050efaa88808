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

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
        # an abbreviated weekday before its date ("pt." before a number is no sentence end)
        (
            "• pn. 4 X – pt. 8 X – cykl szkoleń dla asystentów. Zapisy w GOPS.",
            ["• pn. 4 X – pt. 8 X – cykl szkoleń dla asystentów.", "Zapisy w GOPS."],
        ),
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


# Scraped pages: the site's name, menus, banners and breadcrumbs above the headline; the dateline,
# author, photo credit and view counter between it and the text.
PAGE_TOP = (
    "Gminny Ośrodek Pomocy Społecznej w Baranowie\n"
    "Strona główna | O nas | Aktualności | Projekty | Kontakt\n"
    "Ta strona korzysta z plików cookies. Dalsze korzystanie z serwisu oznacza zgodę na ich zapisywanie.\n"
    "Jesteś tutaj: Strona główna > Aktualności\n\n"
)
BODY = (
    "W czwartek 14 marca 2019 r. w sali narad Urzędu Gminy spotkali się członkowie zespołu, "
    "aby omówić diagnozę potrzeb mieszkańców i plan pracy na kolejne miesiące."
)


@pytest.mark.parametrize(
    "between,expected",
    [
        (
            "Spotkanie Gminnej Grupy Kooperacji\n\nOpublikowano: 15.03.2019, 10:12\n\n",
            "Spotkanie Gminnej Grupy Kooperacji",
        ),
        (
            "POSIEDZENIE ZESPOŁU DS. MODELU\nDodano:15.03.2019r. | Odsłony: 87\nfot. Anna Wrona\n",
            "POSIEDZENIE ZESPOŁU DS. MODELU",
        ),
        (
            "„Razem dla rodziny” – zespół rozpoczął pracę\nBaranów, 15 marca 2019 r.\nLiczba wyświetleń: 301\n",
            "„Razem dla rodziny” – zespół rozpoczął pracę",
        ),
        (
            "Zespół kooperacyjny rozpoczął pracę\n• Drukuj\n• Zapisz jako PDF\nJan Kowalczyk\n150\n",
            "Zespół kooperacyjny rozpoczął pracę",
        ),
        (
            "Menu\nAktualności\nProjekty\nKontakt\nDiagnoza gotowa, czas na plan działań\nKategorie: Projekty\n",
            "Diagnoza gotowa, czas na plan działań",
        ),
    ],
)
def test_title_of_a_scraped_page_is_the_headline_not_the_site_name(between, expected):
    assert title(PAGE_TOP + between + BODY) == expected


def test_title_of_a_page_without_a_heading_line_falls_back_to_its_first_line():
    assert title("Gmina Baranów\n" + BODY) == "Gmina Baranów"
    assert title("Strona główna | Aktualności\n18 listopada 2021\n\n" + BODY) == BODY


def test_dn_abbreviation_does_not_end_the_sentence():
    assert _split("Warsztaty odbyły się dn. 5.11.19 r. we Włocławku.") == [
        "Warsztaty odbyły się dn. 5.11.19 r. we Włocławku."
    ]


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

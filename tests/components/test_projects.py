"""``kn_projects``: KB linking of the three core projects and reading of other projects' names.

Every sentence here is invented. Each case lists what is right: (mention as written, canonical
name, KB id, contract number), in text order.
"""

from __future__ import annotations

import time

import pytest
from spacy.language import Language

from kooperacja_nlp.components.base import values
from kooperacja_nlp.components.projects import (
    CUE_BEFORE_RE,
    CUE_RE,
    GAP_RE,
    LIST_SEP_RE,
    MARKER_RE,
    QUOTED_RE,
    SPACE_RE,
    TOKEN_RE,
    WORD_RE,
)
from kooperacja_nlp.extractors import projects
from kooperacja_nlp.lang.projects import NUMBER_BEFORE_RE, NUMBER_LINK_RE, PROJECT_NUMBER_RE

LK = "powr-2.5-liderzy-kooperacji"
KES = "powr-2.5-kooperacja-efektywna-i-skuteczna"
K3D = "powr-2.5-kooperacje-3d"
LK_NAME = "Liderzy kooperacji"
KES_NAME = "Kooperacja – efektywna i skuteczna"
K3D_NAME = "Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin"

Row = tuple[str, str, str | None, str | None]

# Core projects: any quotes, any dash, case, inflection, short forms, spacing, typos.
CORE_CASES: list[tuple[str, list[Row]]] = [
    (
        "W Toruniu odbyło się spotkanie w ramach projektu „Kooperacja – efektywna i skuteczna”.",
        [("Kooperacja – efektywna i skuteczna", KES_NAME, KES, None)],
    ),
    (
        'Spotkanie w ramach projektu "Kooperacja - efektywna i skuteczna" odbyło się w Gdańsku.',
        [("Kooperacja - efektywna i skuteczna", KES_NAME, KES, None)],
    ),
    (
        "Realizatorem projektu «Kooperacja efektywna i skuteczna» jest ROPS w Toruniu.",
        [("Kooperacja efektywna i skuteczna", KES_NAME, KES, None)],
    ),
    (
        "Projekt Kooperacja—efektywna i skuteczna jest współfinansowany z EFS.",
        [("Kooperacja—efektywna i skuteczna", KES_NAME, KES, None)],
    ),
    (
        "Zespół spotkał się w ramach projektu Kooperacjaefektywna i skuteczna w Poznaniu.",
        [("Kooperacjaefektywna i skuteczna", KES_NAME, KES, None)],
    ),
    (
        "SZKOLENIE W RAMACH PROJEKTU KOOPERACJA – EFEKTYWNA I SKUTECZNA",
        [("KOOPERACJA – EFEKTYWNA I SKUTECZNA", KES_NAME, KES, None)],
    ),
    (
        "Projekt partnerski pn. „Kooperacja – efektywna i skuteczna” nr POWR.02.05.00-00-0208/17 trwa od 2018 r.",
        [("Kooperacja – efektywna i skuteczna", KES_NAME, KES, "POWR.02.05.00-00-0208/17")],
    ),
    ("W projekcie Liderzy Kooperacji uczestniczy 40 gmin.", [("Liderzy Kooperacji", LK_NAME, LK, None)]),
    (
        "W ramach projektu Liderzy kooperacji zorganizowano szkolenie.",
        [("Liderzy kooperacji", LK_NAME, LK, None)],
    ),
    (
        "Gmina Bogoria przystąpiła do projektu ‚Liderzy kooperacji’ w 2019 roku.",
        [("Liderzy kooperacji", LK_NAME, LK, None)],
    ),
    ("REALIZACJA PROJEKTU LIDERZY KOOPERACJI W GMINIE BOGORIA", [("LIDERZY KOOPERACJI", LK_NAME, LK, None)]),
    ("Projekt „Liderzy Korporacji” zakończył się w 2021 roku.", [("Liderzy Korporacji", LK_NAME, LK, None)]),
    ("Spotkanie w Liderach Kooperacji było udane.", [("Liderach Kooperacji", LK_NAME, LK, None)]),
    ("„Liderzy kooperacji” to projekt partnerski pięciu regionów.", [("Liderzy kooperacji", LK_NAME, LK, None)]),
    (
        "Spotkanie w ramach projektu „Liderzy kooperacji”. Kolejne spotkanie Liderów Kooperacji zaplanowano na maj.",
        [("Liderzy kooperacji", LK_NAME, LK, None), ("Liderów Kooperacji", LK_NAME, LK, None)],
    ),
    (
        "Gmina podpisała porozumienie dotyczące projektu Kooperacje 3D.",
        [("Kooperacje 3D", K3D_NAME, K3D, None)],
    ),
    (
        "Spotkanie w ramach projektu „Kooperacje 3 D…” odbyło się w Będzinie.",
        [("Kooperacje 3 D…", K3D_NAME, K3D, None)],
    ),
    (
        "Spotkanie partnerów projektu Kooperacje3D odbyło się w Sosnowcu.",
        [("Kooperacje3D", K3D_NAME, K3D, None)],
    ),
    (
        "W Opolu odbyła się konferencja projektu KOOPERACJE 3D - model wielosektorowej współpracy"
        " na rzecz wsparcia osób i rodzin.",
        [
            (
                "KOOPERACJE 3D - model wielosektorowej współpracy na rzecz wsparcia osób i rodzin",
                K3D_NAME,
                K3D,
                None,
            )
        ],
    ),
    (
        "Zespół powołano w ramach projektu „Kooperacje 3D – model sektorowej współpracy na rzecz wsparcia"
        " osób i rodzin”.",
        [("Kooperacje 3D – model sektorowej współpracy na rzecz wsparcia osób i rodzin", K3D_NAME, K3D, None)],
    ),
    (
        "W ramach projektu „Kooperacje 3D- model wielosektorowej współpracy…” odbyła się konferencja.",
        [("Kooperacje 3D- model wielosektorowej współpracy…", K3D_NAME, K3D, None)],
    ),
    ("W ramach Kooperacji 3D zorganizowano szkolenie.", [("Kooperacji 3D", K3D_NAME, K3D, None)]),
    (
        "Wymienione projekty: „Liderzy kooperacji”, „Kooperacja – efektywna i skuteczna” i „Kooperacje 3D”.",
        [
            ("Liderzy kooperacji", LK_NAME, LK, None),
            ("Kooperacja – efektywna i skuteczna", KES_NAME, KES, None),
            ("Kooperacje 3D", K3D_NAME, K3D, None),
        ],
    ),
]

# Other projects: the name as written, without quotes and without its contract number.
OTHER_CASES: list[tuple[str, list[Row]]] = [
    (
        'Gmina realizuje projekt "Aktywni na rynku pracy" od 2019 roku.',
        [("Aktywni na rynku pracy", "Aktywni na rynku pracy", None, None)],
    ),
    (
        "W ramach projektu pn. Razem dla rodzin – RPKP.09.03.02-04-0012/19 odbyło się szkolenie.",
        [("Razem dla rodzin", "Razem dla rodzin", None, "RPKP.09.03.02-04-0012/19")],
    ),
    (
        "Spotkanie projektu pn. „Razem dla rodzin – RPKP.09.03.02-04-0012/19” odbyło się w Kcyni.",
        [("Razem dla rodzin", "Razem dla rodzin", None, "RPKP.09.03.02-04-0012/19")],
    ),
    (
        "W ramach projektu pn. POWERTY współfinansowanego z programu INTERREG EUROPE odbyło się spotkanie.",
        [("POWERTY", "POWERTY", None, None)],
    ),
    (
        "Udział w projekcie „Klub Seniora” (nr RPKP.09.03.02-04-0012/19) jest bezpłatny.",
        [("Klub Seniora", "Klub Seniora", None, "RPKP.09.03.02-04-0012/19")],
    ),
    (
        "Projekt nr RPKP.09.03.02-04-0012/19 pn. „Klub Seniora” jest realizowany od 2020 r.",
        [("Klub Seniora", "Klub Seniora", None, "RPKP.09.03.02-04-0012/19")],
    ),
    (
        "Gmina realizuje projekty: „Senior w centrum”, „Klub Rodzica” oraz „Asystent w domu”.",
        [
            ("Senior w centrum", "Senior w centrum", None, None),
            ("Klub Rodzica", "Klub Rodzica", None, None),
            ("Asystent w domu", "Asystent w domu", None, None),
        ],
    ),
    (
        "Pracownicy zatrudnieni w projekcie pozakonkursowym pt. „Ekonomia społeczna w regionie” spotkali się.",
        [("Ekonomia społeczna w regionie", "Ekonomia społeczna w regionie", None, None)],
    ),
    (
        "Spotkanie w ramach projektu pt. Zielona opieka, który realizuje fundacja.",
        [("Zielona opieka", "Zielona opieka", None, None)],
    ),
    (
        "W ramach projektu CWD odbyło się forum. Partnerstwa CWD podsumowały rok.",
        [("CWD", "CWD", None, None), ("CWD", "CWD", None, None)],
    ),
    (
        "„Razem dla Zamojszczyzny” to innowacyjny projekt lokalnej grupy działania.",
        [("Razem dla Zamojszczyzny", "Razem dla Zamojszczyzny", None, None)],
    ),
    (
        "Projekt Aktywna Integracja realizowany jest przez PCPR.",
        [("Aktywna Integracja", "Aktywna Integracja", None, None)],
    ),
    ("Gmina prowadzi projekt „eSenior w gminie” od 2020 r.", [("eSenior w gminie", "eSenior w gminie", None, None)]),
    ("Gmina realizuje projekt „100 lat razem” od 2020 roku.", [("100 lat razem", "100 lat razem", None, None)]),
    # one digit away from a KB name is another project, never a typo of it
    ("Gmina realizuje projekt „Kooperacje 2D” od 2020 roku.", [("Kooperacje 2D", "Kooperacje 2D", None, None)]),
    # a name that merely contains a KB alias further in is another project
    (
        "Organizatorzy projektu „Akademia Liderów Kooperacji” zapraszają na zajęcia.",
        [("Akademia Liderów Kooperacji", "Akademia Liderów Kooperacji", None, None)],
    ),
]

# Not projects: common words, model and school names, programmes, measures, funds, drafts, titles.
NOT_PROJECTS: list[str] = [
    "Wypracowano Model Kooperacje 3D w wersji do wdrażania.",
    "Uczestnicy Makroregionalnej Szkoły Kooperacji spotkali się w Rzeszowie.",
    "Kooperacja instytucji jest kluczowa dla rodzin.",
    "Liderzy gmin spotkali się w Kielcach.",
    "Szkolenie dla liderów kooperacji odbyło się w Lublinie.",
    "Liderzy kooperacji lokalnej spotkali się w Kielcach.",
    "Szkoła Liderów Kooperacji rozpoczęła zajęcia.",
    "Projekt realizowany jest w ramach Programu Operacyjnego Wiedza Edukacja Rozwój, "
    "Działanie 2.5 Skuteczna pomoc społeczna.",
    "W ramach projektu PO WER powstał nowy model.",
    "Projekt współfinansowany ze środków EFS.",
    "Radni przyjęli projekt uchwały „W sprawie programu współpracy z organizacjami pozarządowymi”.",
    "Trwają konsultacje projektu „Strategii Rozwiązywania Problemów Społecznych na lata 2021-2030”.",
    "Konferencja „Wyzwania współpracy międzysektorowej” odbyła się w Łodzi.",
    "Rada przyjęła projekt „Gminnego Programu Przeciwdziałania Przemocy w Rodzinie”.",
    'W ramach projektu "zrobiliśmy bardzo wiele" – powiedziała dyrektor ośrodka.',
    "Konferencja „Kooperacja 3D – korzyści i praktyka” odbyła się w Katowicach.",
    "Projekt Gminy Kcynia zakłada budowę świetlicy.",
    "PODSUMOWANIE PROJEKTU W GMINIE ZARZECZE",
    "Tematyka dotyczyła działań projektowych w gminach.",
]


def _rows(nlp: Language, text: str) -> list[Row]:
    doc = nlp(text)
    out = []
    for v in values(doc, "kn_projects"):
        assert text[v["start"] : v["end"]] == v["text"]
        out.append((v["text"], v["name"], v["id"], v["number"]))
    return out


@pytest.mark.parametrize(("text", "expected"), CORE_CASES)
def test_core_projects_link_to_the_kb(nlp: Language, text: str, expected: list[Row]) -> None:
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), OTHER_CASES)
def test_other_projects_as_written(nlp: Language, text: str, expected: list[Row]) -> None:
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text", NOT_PROJECTS)
def test_not_projects(nlp: Language, text: str) -> None:
    assert _rows(nlp, text) == []


def test_mentions_group_under_one_project(nlp: Language) -> None:
    text = (
        "Spotkanie w ramach projektu „Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób"
        " i rodzin”. Kolejne warsztaty Kooperacji 3D odbędą się w maju, a w czerwcu projekt Liderzy Kooperacji."
    )
    found = projects(nlp(text))
    assert [(p.name, p.id) for p in found] == [(K3D_NAME, K3D), (LK_NAME, LK)]
    assert [m.text for m in found[0].mentions] == [
        "Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin",
        "Kooperacji 3D",
    ]
    for p in found:
        for m in p.mentions:
            assert text[m.start : m.end] == m.text


SCANNED = [CUE_RE, QUOTED_RE, WORD_RE, PROJECT_NUMBER_RE]  # finditer over the whole text
SEARCHED = [CUE_BEFORE_RE]  # search() in a window before a name; here the window is the whole text
# match() at one position
ANCHORED = [TOKEN_RE, SPACE_RE, MARKER_RE, LIST_SEP_RE, GAP_RE, NUMBER_LINK_RE, NUMBER_BEFORE_RE]
ADVERSARIAL = ["1" * 1_000_000, "." * 1_000_000, "-" * 1_000_000, "A" * 1_000_000, "1.2-A" * 200_000, "„a" * 500_000]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=["digits", "dots", "dashes", "capitals", "mixed", "quotes"])
def test_patterns_are_linear_on_1mb(text: str) -> None:
    t0 = time.perf_counter()
    for pattern in SCANNED:
        for _ in pattern.finditer(text):
            pass
    for pattern in SEARCHED:
        pattern.search(text)
    for pattern in ANCHORED:
        for pos in range(0, len(text), 997):
            pattern.match(text, pos)
    assert time.perf_counter() - t0 < 3.0


def test_cue_before_is_linear_on_repeated_cues() -> None:
    t0 = time.perf_counter()
    assert CUE_BEFORE_RE.search("pn " * 300_000 + "1") is None
    assert time.perf_counter() - t0 < 3.0

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
    NEXT_WORD_RE,
    PAREN_ACRONYM_RE,
    QUOTED_RE,
    SPACE_RE,
    TOKEN_RE,
    WORD_RE,
)
from kooperacja_nlp.extractors import projects
from kooperacja_nlp.lang.projects import (
    NUMBER_BEFORE_RE,
    NUMBER_LABEL_RE,
    NUMBER_LINK_RE,
    PROJECT_NUMBER_RE,
    SUBTITLE_SEPARATOR_RE,
)

LK = "powr-2.5-liderzy-kooperacji"
KES = "powr-2.5-kooperacja-efektywna-i-skuteczna"
K3D = "powr-2.5-kooperacje-3d"
LK_NAME = "Liderzy kooperacji"
KES_NAME = "Kooperacja – efektywna i skuteczna"
K3D_NAME = "Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin"

Row = tuple[str, str, str | None, str | None]

# Core projects: any quotes, any dash, case, inflection, short forms, spacing, typos.
CORE_CASES: list[tuple[str, list[Row]]] = [
    # the whole quote an inflected name, without "projekt"
    (
        "Spotkanie odbyło się w ramach „Kooperacji – efektywnej i skutecznej”.",
        [("Kooperacji – efektywnej i skutecznej", KES_NAME, KES, None)],
    ),
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
    # generalisation audit (k053-k060): typo without quotes, headline capitals, guillemets
    # the other way round, "nr" between the unquoted name and its number
    (
        "W projekcie Liderzy Koperacji wzięło udział 20 gmin.",
        [("Liderzy Koperacji", LK_NAME, LK, None)],
    ),
    (
        "KONSULTACJE MODELU – KOOPERACJA – EFEKTYWNA I SKUTECZNA",
        [("KOOPERACJA – EFEKTYWNA I SKUTECZNA", KES_NAME, KES, None)],
    ),
    (
        "Realizatorem projektu »Kooperacje 3D« jest ROPS w Katowicach.",
        [("Kooperacje 3D", K3D_NAME, K3D, None)],
    ),
    (
        "Trwa nabór do projektu pn. Kooperacja-efektywna i skuteczna nr POWR.02.05.00-00-0208/17 w Toruniu.",
        [("Kooperacja-efektywna i skuteczna", KES_NAME, KES, "POWR.02.05.00-00-0208/17")],
    ),
    (
        "Starosta podpisał umowę na projekt „Rodzina w centrum” (RPLB.07.06.00-08-0031/18), "
        "a ROPS realizuje projekt «Kooperacja efektywna i skuteczna».",
        [
            ("Rodzina w centrum", "Rodzina w centrum", None, "RPLB.07.06.00-08-0031/18"),
            ("Kooperacja efektywna i skuteczna", KES_NAME, KES, None),
        ],
    ),
]

# Other projects: the name as written, without quotes and without its contract number.
OTHER_CASES: list[tuple[str, list[Row]]] = [
    # a list of quoted names after a plural cue and the phrase that describes them
    (
        "Obradowały Komitety Sterujące dwóch projektów prowadzonych przez ROPS w Szczecinie: „Razem "
        "w gminie” oraz „Pomorska Akademia Opiekuna”.",
        [
            ("Razem w gminie", "Razem w gminie", None, None),
            ("Pomorska Akademia Opiekuna", "Pomorska Akademia Opiekuna", None, None),
        ],
    ),
    # a name that opens with a preposition (also the genitive of "oda")
    (
        "Remont sfinansuje miasto z projektu „Od instytucji do wspólnoty – usługi w Dąbrowie Górniczej”.",
        [
            (
                "Od instytucji do wspólnoty – usługi w Dąbrowie Górniczej",
                "Od instytucji do wspólnoty – usługi w Dąbrowie Górniczej",
                None,
                None,
            )
        ],
    ),
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
    # a project that only starts like a programme is a project
    ("Fundacja realizuje projekt „Senior w sieci” w Kunowie.", [("Senior w sieci", "Senior w sieci", None, None)]),
    ("Gmina realizuje projekt „100 lat razem” od 2020 roku.", [("100 lat razem", "100 lat razem", None, None)]),
    # one digit away from a KB name is another project, never a typo of it
    ("Gmina realizuje projekt „Kooperacje 2D” od 2020 roku.", [("Kooperacje 2D", "Kooperacje 2D", None, None)]),
    # a name that merely contains a KB alias further in is another project
    (
        "Organizatorzy projektu „Akademia Liderów Kooperacji” zapraszają na zajęcia.",
        [("Akademia Liderów Kooperacji", "Akademia Liderów Kooperacji", None, None)],
    ),
    # an institution-like name that goes on after its acronym in parentheses is a project's name
    (
        "Omówiono projekt doradczy Centrum Wsparcia Seniorów (CWS) Plus, który realizuje ministerstwo.",
        [("Centrum Wsparcia Seniorów (CWS) Plus", "Centrum Wsparcia Seniorów (CWS) Plus", None, None)],
    ),
    (
        "W ramach projektu pn. Centrum Opieki Wytchnieniowej (COW) Plus realizowanego przez powiat ruszył nabór.",
        [("Centrum Opieki Wytchnieniowej (COW) Plus", "Centrum Opieki Wytchnieniowej (COW) Plus", None, None)],
    ),
    # an acronym in parentheses at the end only introduces the short form
    (
        "W ramach projektu pn. Aktywni Razem (AR) realizowanego przez gminę odbył się kurs.",
        [("Aktywni Razem", "Aktywni Razem", None, None)],
    ),
    # a first word that is also a surname or a place name ("Lepsze") may still start a name
    (
        "Szkolenie zorganizowano w ramach projektu Lepsze Jutro realizowanego przez PCPR w Sanoku.",
        [("Lepsze Jutro", "Lepsze Jutro", None, None)],
    ),
    # the programme between the cue and the quoted name
    (
        "Uczniowie z Dębicy wzięli udział w projekcie Erasmus+ „Młodzi Europejczycy razem”.",
        [("Młodzi Europejczycy razem", "Młodzi Europejczycy razem", None, None)],
    ),
    (
        "Fundacja prowadzi projekt FIO „Seniorzy w sieci” w Kunowie.",
        [("Seniorzy w sieci", "Seniorzy w sieci", None, None)],
    ),
    (
        "Fundacja realizuje projekt pn. Aktywni 60+ w Gminie (nr umowy RPSW.09.02.01-26-0045/19) w Ćmielowie.",
        [("Aktywni 60+ w Gminie", "Aktywni 60+ w Gminie", None, "RPSW.09.02.01-26-0045/19")],
    ),
    # contract numbers of FE 2021-2027 programmes and of Erasmus+
    (
        "Gmina realizuje projekt „Usługi społeczne w gminie Łask” nr FELD.07.12-IZ.00-0045/23 z funduszy UE.",
        [("Usługi społeczne w gminie Łask", "Usługi społeczne w gminie Łask", None, "FELD.07.12-IZ.00-0045/23")],
    ),
    (
        "Projekt „Seniorzy online” (2019-1-PL01-KA204-065432) zakończył się w czerwcu.",
        [("Seniorzy online", "Seniorzy online", None, "2019-1-PL01-KA204-065432")],
    ),
    # a labelled number at the end of the page belongs to the only project without one
    (
        "Szkolenie odbyło się w ramach projektu „Razem dla rodzin”.\n"
        "Tytuł projektu: Razem dla rodzin\nNumer projektu: RPKP.09.03.02-04-0012/19",
        [
            ("Razem dla rodzin", "Razem dla rodzin", None, "RPKP.09.03.02-04-0012/19"),
            ("Razem dla rodzin", "Razem dla rodzin", None, "RPKP.09.03.02-04-0012/19"),
        ],
    ),
    (
        "Gmina realizuje projekt „Senior w domu” i projekt „Klub Malucha”.\n"
        "Nr umowy o dofinansowanie: RPKP.09.03.02-04-0012/19",
        [("Senior w domu", "Senior w domu", None, None), ("Klub Malucha", "Klub Malucha", None, None)],
    ),
    # another project is named as in running text, not as in a headline in capitals
    (
        "REKRUTACJA DO PROJEKTU „BLIŻEJ RODZINY”\nTrwa nabór do projektu „Bliżej rodziny” w Łapanowie.",
        [
            ("BLIŻEJ RODZINY", "Bliżej rodziny", None, None),
            ("Bliżej rodziny", "Bliżej rodziny", None, None),
        ],
    ),
    # first/second persons and infinitives belong to an unquoted name; the predicate ends it
    (
        "Fundacja realizuje projekt pn. Razem możemy więcej realizowany ze środków EFS.",
        [("Razem możemy więcej", "Razem możemy więcej", None, None)],
    ),
    (
        "W ramach projektu pt. Chcę pracować odbyło się szkolenie w Kolbuszowej.",
        [("Chcę pracować", "Chcę pracować", None, None)],
    ),
    # the field of a project information box: the rest of the line, also without quotes
    (
        "Tytuł projektu: Razem dla rodziny\nBeneficjent: Gmina Kcynia",
        [("Razem dla rodziny", "Razem dla rodziny", None, None)],
    ),
    ("Nazwa projektu: „Aktywna Kcynia”", [("Aktywna Kcynia", "Aktywna Kcynia", None, None)]),
    (
        "Projekt: Sąsiedzka pomoc w Gniewkowie\nOkres realizacji: 2020-2022",
        [
            ("Sąsiedzka pomoc w Gniewkowie", "Sąsiedzka pomoc w Gniewkowie", None, None),
        ],
    ),
]

# Not projects: common words, model and school names, programmes, measures, funds, drafts, titles.
NOT_PROJECTS: list[str] = [
    "Koordynator projektu Pan Wojciech Kłoda zapowiedział szkolenia.",  # a person after "projektu"
    # a colon after a plural cue but a new sentence first: the quotes are titles, not its list
    "Realizujemy wiele projektów. Oto tytuły konferencji: „Razem w gminie” i „Bliżej rodziny”.",
    "Wypracowano Model Kooperacje 3D w wersji do wdrażania.",
    "Uczestnicy Makroregionalnej Szkoły Kooperacji spotkali się w Rzeszowie.",
    "Kooperacja instytucji jest kluczowa dla rodzin.",
    "Liderzy gmin spotkali się w Kielcach.",
    "Szkolenie dla liderów kooperacji odbyło się w Lublinie.",
    "Liderzy kooperacji lokalnej spotkali się w Kielcach.",
    "Szkoła Liderów Kooperacji rozpoczęła zajęcia.",
    "Spotkanie Liderów Kooperacji Lokalnej odbyło się w Lublinie.",
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
    # menu items after "Projekty" (plural, or on the next line)
    "Strona główna Aktualności Karta Dużej Rodziny Projekty Kontakt",
    "MENU\nO nas\nProjekty unijne\nWolontariat\nKontakt",
    # breadcrumb separators are not guillemets
    "Strona główna » Aktualności » Projekty",
    # an institution ("(CUS) w Jaśle" is its seat, not a continuation of a name)
    "W ramach projektu Centrum Usług Społecznych (CUS) w Jaśle zatrudniło dwóch asystentów.",
    "Gmina otrzymała dofinansowanie w ramach Programu „Asystent osobisty osoby z niepełnosprawnością” – edycja 2022.",
    "W ramach projektu Erasmus+ nauczyciele odwiedzili szkołę w Czechach.",
    "Zapraszamy na konferencję „Razem dla rodziny” do Torunia.",
    "Prezes Stowarzyszenia „Dom pod Lipami” podpisała porozumienie.",
    # bodies, roles and venues acting in the sentence right after "w ramach projektu"
    "W ramach projektu Partnerski Zespół Kooperacji opracował diagnozę.",
    "Uczestnicy projektu Dom Kultury w Sanoku przygotowali występ.",
    "W ramach projektu Koordynator Kooperacji przygotował plan.",
    "W ramach projektu Asystent Rodziny odwiedził 20 rodzin.",
    "Projekt Komitet Sterujący zatwierdził w marcu.",
    # government programmes that gminas call "projekt", also with an edition or a year
    "Projekt pn. Asystent osobisty osoby z niepełnosprawnością – edycja 2022 realizowany jest przez MOPS.",
    "W ramach projektu „Opieka wytchnieniowa” – edycja 2022 gmina zatrudniła opiekunów.",
    "Gmina realizuje projekt „Korpus Wsparcia Seniorów” na rok 2022.",
    "W ramach projektu „Senior+” na lata 2021-2025 działa dzienny dom.",
    # other fields of an information box are not the name
    "Cel projektu: Zwiększenie dostępu do usług społecznych\nWartość projektu: 100 000 zł",
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


def test_a_short_form_of_another_project_is_its_full_name(nlp: Language) -> None:
    text = (
        "Szkolenie zorganizowano w ramach projektu „Krok ku samodzielności – wsparcie rodzin zastępczych "
        "w powiecie świebodzińskim”.\nRuszył nabór do projektu „Krok ku samodzielności” (29.07.2019)."
    )
    found = projects(nlp(text))
    assert [p.name for p in found] == ["Krok ku samodzielności – wsparcie rodzin zastępczych w powiecie świebodzińskim"]
    assert [m.text for m in found[0].mentions][-1] == "Krok ku samodzielności"


# About 1 s on an idle machine; a super-linear pattern takes minutes on 1 MB, so a generous budget
# keeps the test meaningful on a loaded CI runner.
LINEAR_BUDGET_S = 10.0
SCANNED = [CUE_RE, QUOTED_RE, WORD_RE, PROJECT_NUMBER_RE, NUMBER_LABEL_RE]  # finditer over the whole text
SEARCHED = [CUE_BEFORE_RE]  # search() in a window before a name; here the window is the whole text
# match() at one position
ANCHORED = [
    TOKEN_RE,
    SPACE_RE,
    MARKER_RE,
    LIST_SEP_RE,
    GAP_RE,
    NUMBER_LINK_RE,
    NUMBER_BEFORE_RE,
    PAREN_ACRONYM_RE,
    NEXT_WORD_RE,
    SUBTITLE_SEPARATOR_RE,
]
ADVERSARIAL = [
    "1" * 1_000_000,
    "." * 1_000_000,
    "-" * 1_000_000,
    "A" * 1_000_000,
    "1.2-A" * 200_000,
    "„a" * 500_000,
    "«a " * 330_000,
    "(AB" * 330_000,
]


@pytest.mark.parametrize(
    "text", ADVERSARIAL, ids=["digits", "dots", "dashes", "capitals", "mixed", "quotes", "guillemets", "parens"]
)
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
    assert time.perf_counter() - t0 < LINEAR_BUDGET_S


def test_cue_before_is_linear_on_repeated_cues() -> None:
    t0 = time.perf_counter()
    assert CUE_BEFORE_RE.search("pn " * 300_000 + "1") is None
    assert time.perf_counter() - t0 < LINEAR_BUDGET_S


def test_word_form_cache_gives_the_same_links_in_every_document(nlp: Language) -> None:
    # the scanner keeps the candidate aliases per word form (issue #9): a form seen in an earlier
    # document, in another case or as a plain word, must not change what a later one links
    first = "Liderzy gmin spotkali się w Rzeszowie; kooperacja instytucji trwa."
    second = "Gmina przystąpiła do projektu „Liderzy kooperacji” realizowanego przez ROPS w Rzeszowie."
    nlp(first)
    for _ in range(2):
        doc = nlp(second)
        assert [(v["text"], v["name"]) for v in values(doc, "kn_projects")] == [("Liderzy kooperacji", LK_NAME)]
    assert values(nlp(first), "kn_projects") == []

"""The project knowledge base: bundled facts, validation, users' own KB and linking of names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import kooperacja_nlp
from kooperacja_nlp.components.base import values
from kooperacja_nlp.kb import KnowledgeBase, bundled_kb, load_kb

LK = "powr-2.5-liderzy-kooperacji"
KES = "powr-2.5-kooperacja-efektywna-i-skuteczna"
K3D = "powr-2.5-kooperacje-3d"


def test_bundled_core_projects() -> None:
    kb = bundled_kb()
    assert {p.id for p in kb.projects} == {LK, KES, K3D}
    assert kb.by_id(LK).name == "Liderzy kooperacji"
    assert kb.by_id(KES).name == "Kooperacja – efektywna i skuteczna"
    assert kb.by_id(K3D).name == "Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin"
    assert [kb.by_id(i).macroregion for i in (LK, KES, K3D)] == ["Makroregion I", "Makroregion II", "Makroregion III"]
    assert [kb.by_id(i).lead_place for i in (LK, KES, K3D)] == ["Rzeszów", "Toruń", "Katowice"]
    for p in kb.projects:
        assert p.measure == "Działanie 2.5 Skuteczna pomoc społeczna"
        assert p.programme == "Program Operacyjny Wiedza Edukacja Rozwój 2014-2020"
    kes_partners = {(p.acronym, p.place) for p in kb.by_id(KES).partners}
    assert kes_partners == {
        ("ROPS", "Zielona Góra"),
        ("ROPS", "Gdańsk"),
        ("ROPS", "Olsztyn"),
        ("ROPS", "Poznań"),
        ("ROPS", "Szczecin"),
        ("UMK", "Toruń"),
    }
    voivodeships = [v for p in kb.projects for v in p.voivodeships]
    assert len(voivodeships) == len(set(voivodeships)) == 15


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Liderzy kooperacji", LK),
        ("LIDERZY KOOPERACJI", LK),
        ("Liderzy Korporacji", LK),  # two letters off in 17: a typo
        ("Lidrzy kooperacji", LK),
        ("Kooperacja - efektywna i skuteczna", KES),
        ("Kooperacja efektywna i skuteczna", KES),
        ("„Kooperacja – efektywna i skuteczna”", KES),
        ("Kooperacje 3D", K3D),
        ("Kooperacje 3 D…", K3D),
        ("Kooperacje 3D – model wielosektorowej…", K3D),
        ("Kooperacje 3D – model sektorowej współpracy na rzecz wsparcia osób i rodzin", K3D),
        ("Kooperacje 2D", None),  # different digits are never a typo
        ("Kooperacje", None),
        ("Kooperacja", None),
        ("Liderzy", None),
        ("Liderzy integracji", None),
        ("Model Kooperacje 3D", None),
        ("Aktywni na rynku pracy", None),
    ],
)
def test_link(name: str, expected: str | None) -> None:
    project = bundled_kb().link(name)
    assert (project.id if project else None) == expected


def test_subtitle_only_when_allowed() -> None:
    assert bundled_kb().link("Kooperacje 3D – konferencja podsumowująca", subtitle=False) is None
    assert bundled_kb().link("Kooperacje 3D – konferencja podsumowująca").id == K3D


def _project(pid: str, name: str, **extra: object) -> dict[str, object]:
    return {"id": pid, "name": name, **extra}


@pytest.mark.parametrize(
    "projects",
    [
        [_project("a-1", "Aktywni"), _project("a-1", "Razem")],  # duplicate id
        [_project("a-1", "Aktywni"), _project("b-2", "Razem", aliases=["AKTYWNI"])],  # alias of another project
        [_project("Bad Id", "Aktywni")],
        [_project("a-1", "Aktywni", voivodeships=["Śląsk"])],
        [_project("a-1", "Aktywni", numbers=["123/2019"])],
        [_project("a-1", "Aktywni", colour="red")],  # unknown field
    ],
)
def test_invalid_kb_is_rejected(projects: list[dict[str, object]]) -> None:
    with pytest.raises(ValidationError):
        KnowledgeBase.model_validate({"version": 1, "projects": projects})


def test_merged_replaces_by_id() -> None:
    other = KnowledgeBase(projects=(bundled_kb().by_id(LK).model_copy(update={"lead_place": "Rzeszów (PL)"}),))
    merged = bundled_kb().merged(other)
    assert len(merged.projects) == 3
    assert merged.by_id(LK).lead_place == "Rzeszów (PL)"


def _write(tmp_path: Path, data: dict[str, object]) -> Path:
    path = tmp_path / "kb.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


USER_PROJECT = _project(
    "rpo-kp-razem-dla-rodzin",
    "Razem dla rodzin",
    aliases=["Razem dla rodzin w gminie"],
    numbers=["RPKP.09.03.02-04-0012/19"],
)


def test_user_kb_replaces_or_extends(tmp_path: Path) -> None:
    own = load_kb(_write(tmp_path, {"version": 1, "projects": [USER_PROJECT]}))
    assert [p.id for p in own.projects] == ["rpo-kp-razem-dla-rodzin"]
    extended = load_kb(_write(tmp_path, {"version": 1, "extends": "bundled", "projects": [USER_PROJECT]}))
    assert {p.id for p in extended.projects} == {LK, KES, K3D, "rpo-kp-razem-dla-rodzin"}
    assert {p.id for p in load_kb(tmp_path / "kb.json", extend=True).projects} == {p.id for p in extended.projects}


def test_pipeline_with_user_kb(tmp_path: Path) -> None:
    path = _write(tmp_path, {"version": 1, "extends": "bundled", "projects": [USER_PROJECT]})
    nlp = kooperacja_nlp.load(kb=path)
    text = (
        "Gmina realizuje projekt „Razem dla Rodzin” razem z partnerami projektu Liderzy Kooperacji. "
        "Umowa nr RPKP.09.03.02-04-0012/19 została podpisana w Kcyni."
    )
    rows = [(v["text"], v["id"], v["number"]) for v in values(nlp(text), "kn_projects")]
    assert rows == [
        ("Razem dla Rodzin", "rpo-kp-razem-dla-rodzin", None),
        ("Liderzy Kooperacji", LK, None),
        ("RPKP.09.03.02-04-0012/19", "rpo-kp-razem-dla-rodzin", "RPKP.09.03.02-04-0012/19"),
    ]

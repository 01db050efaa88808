"""The command line as a user runs it: extract, evaluate and schema on files we write here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kooperacja_nlp.cli import main

ARTICLE = """Spotkanie Partnerskiego Zespołu Kooperacyjnego

W dniu 12.03.2020 r. w Tczewie odbyło się spotkanie Partnerskiego Zespołu Kooperacyjnego w ramach projektu \
„Kooperacja – efektywna i skuteczna”. Uczestników powitała Pani Ewa Zielińska.
"""
GOLD = {
    "id": "t1",
    "reference_date": None,
    "meeting_type": "local_cooperation",
    "events": [
        {"type": "local_cooperation", "start": "2020-03-12", "end": "2020-03-12", "place": "Tczew", "status": "held"}
    ],
    "persons": ["Ewa Zielińska"],
    "places": ["Tczew"],
    "voivodeships": [],
    "projects": ["Kooperacja – efektywna i skuteczna"],
}


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    d = tmp_path / "texts"
    d.mkdir()
    (d / "t1.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "t2.txt").write_text("", encoding="utf-8")
    return d


def test_extract_directory_gives_one_record_per_file_in_order(texts, capsys):
    assert main(["extract", str(texts)]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["doc_id"] for r in records] == ["t1", "t2"]
    assert records[0]["error"] is None and records[0]["events"][0]["start_date"] == "2020-03-12"
    assert records[1]["error"]["code"] == "E001"


def test_extract_is_byte_for_byte_deterministic(texts, tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    main(["extract", str(texts), "-o", str(a)])
    main(["extract", str(texts), "-o", str(b)])
    assert a.read_bytes() == b.read_bytes()


def test_extract_csv_has_one_row_per_event(texts, capsys):
    main(["extract", str(texts / "t1.txt"), "--format", "csv"])
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].startswith("doc_id,")
    assert len(rows) == 2 and "2020-03-12" in rows[1]


def test_extract_jsonl_input(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "j1", "text": ARTICLE}, ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    main(["extract", str(src)])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["doc_id"] for r in records] == ["j1", "in:2"]
    assert records[1]["error"]["code"] == "E004"


def test_evaluate_prints_every_figure(texts, tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "t1.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", "--gold", str(gold), "--texts", str(texts), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 1
    assert report["event_dates"]["f1"] == 1.0
    assert report["places"]["f1"] == 1.0
    assert report["projects"]["f1"] == 1.0
    for key in ("persons", "voivodeships", "event_type", "event_status", "event_place", "meeting_type"):
        assert key in report


def test_schema_command_prints_the_versioned_schema(capsys):
    main(["schema"])
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "ArticleRecord"
    assert {"events", "places", "persons", "projects", "error"} <= set(schema["properties"])


def test_export_converts_extracted_records_without_extracting_again(texts, tmp_path, capsys):
    import csv
    import sqlite3

    records = tmp_path / "records.jsonl"
    assert main(["extract", str(texts), "-o", str(records)]) == 0
    assert main(["export", str(records), "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    # t1: its one event; t2 (empty text, an error record) keeps one article-level row.
    assert [(r["doc_id"], r["event_index"], r["start_date"]) for r in rows] == [
        ("t1", "0", "2020-03-12"),
        ("t2", "", ""),
    ]
    db = tmp_path / "events.db"
    assert main(["export", str(records), "--format", "sqlite", "-o", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT doc_id, place FROM event_view").fetchall() == [("t1", "Tczew")]
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
    assert main(["export", str(records), "--format", "sqlite"]) == 2
    assert "-o" in capsys.readouterr().err

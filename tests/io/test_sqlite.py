"""SQLite output queried with ``sqlite3``: same counts as the JSONL, keys, indexes, idempotent upserts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from io_samples import K2, K2_ID, ROPS_TORUN, STEERING_COMMITTEE, TORUN, event, torun_article

from kooperacja_nlp.cli import main
from kooperacja_nlp.io.jsonl import read_records, write_jsonl
from kooperacja_nlp.io.sqlite import (
    LAYOUT_VERSION,
    ORGANIZATIONS,
    PERSONS,
    PLACES,
    PROJECTS,
    LayoutError,
    write_sqlite,
)
from kooperacja_nlp.records import ArticleRecord, DateMention, ErrorInfo, Mention, Organization, Person, Place, Project

SENT_2 = "Dzień wcześniej w Chełmży spotkał się zespół ds. modelu."
ARTICLE = """Spotkanie Partnerskiego Zespołu Kooperacyjnego

W dniu 12.03.2020 r. w Tczewie odbyło się spotkanie Partnerskiego Zespołu Kooperacyjnego w ramach projektu \
„Kooperacja – efektywna i skuteczna”. Uczestników powitała Pani Ewa Zielińska.
"""


def _records(n_events: int = 2) -> list[ArticleRecord]:
    events = (
        STEERING_COMMITTEE,
        event(
            "project_team",
            "2021-03-03",
            text=SENT_2,
            offset=120,
            place=Place(name="Chełmża", voivodeship="kujawsko-pomorskie"),  # not in the article's place list
            projects=(K2,),
        ),
    )
    a = ArticleRecord(
        doc_id="ks-torun",
        published="2021-03-10",
        title="Komitet Sterujący w Toruniu",
        meeting_type="steering_committee",
        events=events[:n_events],
        dates=(DateMention(text="4–5 marca 2021", start=9, end=23, value="2021-03-04", end_value="2021-03-05"),),
        places=(TORUN, Place(name="kujawsko-pomorskie", kind="voivodeship")),
        persons=(
            Person(
                name="Anna Nowak", title="dr", role="dyrektor", mentions=(Mention(text="Anna Nowak", start=1, end=11),)
            ),
            Person(name="Ewa Zielińska"),
        ),
        organizations=(Organization(name=ROPS_TORUN, acronym="ROPS", place="Toruń"),),
        projects=(Project(name=K2, id=K2_ID),),
    )
    b = ArticleRecord(doc_id="pusty", error=ErrorInfo(code="E001", message="empty text"))
    c = ArticleRecord(doc_id="bez wydarzeń", title="Nabór do projektu", places=(Place(name="Gniezno"),))
    return [a, b, c]


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = ("documents", "events", "persons", "places", "organizations", "projects", "dates")
    links = ("event_persons", "event_organizations", "event_projects")
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in (*tables, *links)}


def _jsonl_counts(records: list[ArticleRecord]) -> dict[str, int]:
    """The same figures computed from the records (event places missing from a place list add a row)."""

    def key(place: Place) -> Place:
        return place.model_copy(update={"mentions": ()})

    extra_places = sum(
        1 for r in records for p in {key(e.place) for e in r.events if e.place} if p not in {key(q) for q in r.places}
    )
    return {
        "documents": len(records),
        "events": sum(len(r.events) for r in records),
        "persons": sum(len(r.persons) for r in records),
        "places": sum(len(r.places) for r in records) + extra_places,
        "organizations": sum(len(r.organizations) for r in records),
        "projects": sum(len(r.projects) for r in records),
        "dates": sum(len(r.dates) for r in records),
        "event_persons": sum(len(e.participants) for r in records for e in r.events),
        "event_organizations": sum(len(e.organizations) for r in records for e in r.events),
        "event_projects": sum(len(e.projects) for r in records for e in r.events),
    }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.db"
    assert write_sqlite(_records(), path) == 3
    return path


def test_sqlite_counts_equal_the_jsonl_counts(db, tmp_path):
    jsonl = tmp_path / "events.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        write_jsonl(_records(), fh)
    expected = _jsonl_counts(list(read_records(jsonl)))
    with sqlite3.connect(db) as conn:
        assert _counts(conn) == expected
    assert expected["events"] == 2 and expected["places"] == 4 and expected["event_persons"] == 2


def test_rerun_upserts_by_doc_id_without_duplicates(db):
    with sqlite3.connect(db) as conn:
        before = _counts(conn)
    write_sqlite(_records(), db)
    with sqlite3.connect(db) as conn:
        assert _counts(conn) == before
    # A re-extraction that found one event less replaces the old rows, links included.
    write_sqlite(_records(n_events=1)[:1], db)
    with sqlite3.connect(db) as conn:
        after = _counts(conn)
        assert after["documents"] == 3 and after["events"] == 1 and after["event_projects"] == 1
        assert after["places"] == before["places"] - 1  # Chełmża was only the dropped event's place
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_rows_link_events_to_entities(db):
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        view = conn.execute("SELECT * FROM event_view ORDER BY start_date").fetchall()
        assert [(r["doc_id"], r["event_index"], r["start_date"], r["place"]) for r in view] == [
            ("ks-torun", 1, "2021-03-03", "Chełmża"),
            ("ks-torun", 0, "2021-03-04", "Toruń"),
        ]
        assert view[1]["participants"] == "Anna Nowak; Piotr Wiśniewski"
        assert view[1]["projects"] == K2 and view[1]["voivodeship"] == "kujawsko-pomorskie"
        links = conn.execute(
            "SELECT ep.name, p.title FROM event_persons ep LEFT JOIN persons p USING (person_id) ORDER BY position"
        ).fetchall()
        assert [tuple(r) for r in links] == [("Anna Nowak", "dr"), ("Piotr Wiśniewski", None)]
        kb = conn.execute(
            "SELECT pr.kb_id FROM event_projects ep JOIN projects pr USING (project_id) WHERE ep.position = 0"
        ).fetchall()
        assert [r[0] for r in kb] == [K2_ID] * 2
        doc = conn.execute("SELECT error_code, json_extract(record, '$.doc_id') FROM documents WHERE doc_id = 'pusty'")
        assert tuple(doc.fetchone()) == ("E001", "pusty")
        assert conn.execute("SELECT mentions FROM persons WHERE name = 'Anna Nowak'").fetchone()[0] == 1
        orgs = conn.execute(
            "SELECT o.acronym FROM event_organizations eo JOIN organizations o USING (organization_id)"
        ).fetchall()
        assert [tuple(r) for r in orgs] == [("ROPS",)]  # the event names the institution as the article's list does


def test_article_view_counts_events_per_article_including_articles_without_any(db):
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT doc_id, n_events, n_planned, error_code FROM article_view ORDER BY doc_id")
        assert rows.fetchall() == [("bez wydarzeń", 0, 0, None), ("ks-torun", 2, 0, None), ("pusty", 0, 0, "E001")]
    write_sqlite([torun_article()], db)  # the same doc id, now with two announced events
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT n_events, n_planned FROM article_view WHERE doc_id = 'ks-torun'").fetchone()
        assert row == (3, 2)


def test_schema_has_keys_indexes_and_a_layout_version(db):
    with sqlite3.connect(db) as conn:
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"events_start", "events_type", "places_name", "persons_name", "projects_kb"} <= indexes
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LAYOUT_VERSION
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO events (doc_id, event_index, event_type, start_date, end_date, status, evidence, "
                "evidence_start, evidence_end) VALUES ('ks-torun', 0, 'other', '2021', '2021', 'held', '', 0, 0)"
            )


@pytest.mark.parametrize(
    "table,model", [(PLACES, Place), (PERSONS, Person), (ORGANIZATIONS, Organization), (PROJECTS, Project)]
)
def test_entity_tables_store_every_field_of_their_model(table, model):
    # name has its own column, mentions are counted: every other field must have a column.
    assert {c.attribute for c in table.columns} == set(model.model_fields) - {"name", "mentions"}


def test_a_database_of_another_layout_is_refused(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(LayoutError):
        write_sqlite(_records(), path)


def test_cli_extract_writes_sqlite_and_needs_an_output_file(tmp_path, capsys):
    text = tmp_path / "tczew.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "out.db"
    assert main(["extract", str(text), "--format", "sqlite", "-o", str(db)]) == 0
    assert main(["extract", str(text), "--format", "sqlite", "-o", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT doc_id FROM documents").fetchall() == [("tczew",)]
        assert conn.execute("SELECT start_date FROM events").fetchall() == [("2020-03-12",)]
    assert main(["extract", str(text), "--format", "sqlite"]) == 2
    assert "-o" in capsys.readouterr().err

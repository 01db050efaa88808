"""SQLite output: a relational copy of the records, for SQL, BI tools and spreadsheets.

Tables (all keyed, indexed, with foreign keys):

- ``documents`` (``doc_id`` primary key, metadata, error, and ``record``: the whole
  ArticleRecord as JSON, so nothing is lost and ``json_extract`` reaches any field);
- per-document entities: ``places``, ``persons``, ``organizations``, ``projects``, ``dates``;
- ``events`` (unique ``(doc_id, event_index)``, ``place_id`` -> ``places``) and the link tables
  ``event_persons``, ``event_organizations``, ``event_projects`` (name as written in the event,
  plus the id of the matching entity row of the same document when there is one);
- view ``event_view``: one flat row per event, for people who do not want to write joins.

Entities are per document (a person's role, a place's mentions belong to one article), so every
row hangs off ``documents`` with ``ON DELETE CASCADE``. That makes re-running idempotent: a
document is replaced by deleting its row (the cascade removes everything it owns) and inserting
the new record, in one transaction; running twice on the same corpus leaves no duplicates.
``PRAGMA user_version`` records the table layout so a later layout can refuse or migrate a file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from os import PathLike
from typing import Final

from kooperacja_nlp.records import ArticleRecord, Place

LAYOUT_VERSION: Final[int] = 1
COMMIT_EVERY: Final[int] = 500  # records per transaction: a killed run keeps what was committed

DDL: Final[str] = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    schema_version TEXT NOT NULL,
    url TEXT,
    published TEXT,
    title TEXT,
    meeting_type TEXT,
    encoding TEXT,
    error_code TEXT,
    error_message TEXT,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS places (
    place_id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    voivodeship TEXT,
    county TEXT,
    commune TEXT,
    teryt_simc TEXT,
    teryt_terc TEXT,
    lat REAL,
    lon REAL,
    mentions INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS places_doc ON places(doc_id);
CREATE INDEX IF NOT EXISTS places_name ON places(name);
CREATE INDEX IF NOT EXISTS places_voivodeship ON places(voivodeship);
CREATE INDEX IF NOT EXISTS places_simc ON places(teryt_simc);
CREATE TABLE IF NOT EXISTS persons (
    person_id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    title TEXT,
    role TEXT,
    organization TEXT,
    mentions INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS persons_doc ON persons(doc_id);
CREATE INDEX IF NOT EXISTS persons_name ON persons(name);
CREATE TABLE IF NOT EXISTS organizations (
    organization_id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    acronym TEXT,
    place TEXT,
    mentions INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS organizations_doc ON organizations(doc_id);
CREATE INDEX IF NOT EXISTS organizations_name ON organizations(name);
CREATE TABLE IF NOT EXISTS projects (
    project_id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kb_id TEXT,
    number TEXT,
    mentions INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS projects_doc ON projects(doc_id);
CREATE INDEX IF NOT EXISTS projects_name ON projects(name);
CREATE INDEX IF NOT EXISTS projects_kb ON projects(kb_id);
CREATE TABLE IF NOT EXISTS dates (
    date_id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    value TEXT,
    end_value TEXT,
    kind TEXT NOT NULL,
    publication INTEGER NOT NULL,
    time TEXT,
    end_time TEXT
);
CREATE INDEX IF NOT EXISTS dates_doc ON dates(doc_id);
CREATE INDEX IF NOT EXISTS dates_value ON dates(value);
CREATE TABLE IF NOT EXISTS events (
    event_id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    event_index INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    start_time TEXT,
    status TEXT NOT NULL,
    place_id INTEGER REFERENCES places(place_id) ON DELETE SET NULL,
    venue TEXT,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    UNIQUE (doc_id, event_index)
);
CREATE INDEX IF NOT EXISTS events_start ON events(start_date);
CREATE INDEX IF NOT EXISTS events_type ON events(event_type);
CREATE INDEX IF NOT EXISTS events_place ON events(place_id);
CREATE TABLE IF NOT EXISTS event_persons (
    event_id INTEGER NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    person_id INTEGER REFERENCES persons(person_id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX IF NOT EXISTS event_persons_person ON event_persons(person_id);
CREATE INDEX IF NOT EXISTS event_persons_name ON event_persons(name);
CREATE TABLE IF NOT EXISTS event_organizations (
    event_id INTEGER NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    organization_id INTEGER REFERENCES organizations(organization_id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX IF NOT EXISTS event_organizations_org ON event_organizations(organization_id);
CREATE INDEX IF NOT EXISTS event_organizations_name ON event_organizations(name);
CREATE TABLE IF NOT EXISTS event_projects (
    event_id INTEGER NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    project_id INTEGER REFERENCES projects(project_id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX IF NOT EXISTS event_projects_project ON event_projects(project_id);
CREATE INDEX IF NOT EXISTS event_projects_name ON event_projects(name);
CREATE VIEW IF NOT EXISTS event_view AS
SELECT
    e.event_id, e.doc_id, e.event_index, d.title, d.url, d.published,
    e.event_type, e.start_date, e.end_date, e.start_time, e.status,
    p.name AS place, p.voivodeship, e.venue,
    (SELECT group_concat(name, '; ') FROM
        (SELECT name FROM event_projects WHERE event_id = e.event_id ORDER BY position)) AS projects,
    (SELECT group_concat(name, '; ') FROM
        (SELECT name FROM event_persons WHERE event_id = e.event_id ORDER BY position)) AS participants,
    (SELECT group_concat(name, '; ') FROM
        (SELECT name FROM event_organizations WHERE event_id = e.event_id ORDER BY position)) AS organizations,
    e.evidence
FROM events e
JOIN documents d ON d.doc_id = e.doc_id
LEFT JOIN places p ON p.place_id = e.place_id;
"""

_PLACE_COLUMNS: Final[tuple[str, ...]] = (
    "name",
    "kind",
    "voivodeship",
    "county",
    "commune",
    "teryt_simc",
    "teryt_terc",
    "lat",
    "lon",
)

_INSERT_PLACE: Final[str] = (
    f"INSERT INTO places (doc_id, {', '.join(_PLACE_COLUMNS)}, mentions) VALUES (?{', ?' * len(_PLACE_COLUMNS)}, ?)"
)


class LayoutError(RuntimeError):
    """The database was written by an incompatible version of this writer."""


def connect(path: str | PathLike[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    prepare(conn)
    return conn


def prepare(conn: sqlite3.Connection) -> None:
    """Turn foreign keys on (needed for the cascades) and create the tables if missing."""
    conn.execute("PRAGMA foreign_keys = ON")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version not in (0, LAYOUT_VERSION):
        raise LayoutError(f"database layout {version} is not {LAYOUT_VERSION}; write to a new file")
    conn.executescript(DDL)
    conn.execute(f"PRAGMA user_version = {LAYOUT_VERSION}")
    conn.commit()


def _place_key(place: Place) -> tuple[object, ...]:
    return tuple(getattr(place, c) for c in _PLACE_COLUMNS)


def _insert_place(cur: sqlite3.Cursor, doc_id: str, place: Place, mentions: int) -> int:
    cur.execute(_INSERT_PLACE, (doc_id, *_place_key(place), mentions))
    assert cur.lastrowid is not None
    return cur.lastrowid


def _insert_named(cur: sqlite3.Cursor, sql: str, rows: Iterable[tuple[object, ...]]) -> dict[str, int]:
    """Insert entity rows (name first after doc_id); return name -> id of the first row per name."""
    ids: dict[str, int] = {}
    for row in rows:
        cur.execute(sql, row)
        assert cur.lastrowid is not None
        ids.setdefault(str(row[1]), cur.lastrowid)
    return ids


def upsert(conn: sqlite3.Connection, record: ArticleRecord) -> None:
    """Replace everything stored for ``record.doc_id`` by ``record`` (caller commits)."""
    cur = conn.cursor()
    doc = record.doc_id
    cur.execute("DELETE FROM documents WHERE doc_id = ?", (doc,))
    cur.execute(
        "INSERT INTO documents (doc_id, schema_version, url, published, title, meeting_type, encoding, "
        "error_code, error_message, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            doc,
            record.schema_version,
            record.url,
            record.published,
            record.title,
            record.meeting_type,
            record.encoding,
            record.error.code if record.error else None,
            record.error.message if record.error else None,
            record.model_dump_json(),
        ),
    )
    place_ids: dict[tuple[object, ...], int] = {}
    for place in record.places:
        place_ids.setdefault(_place_key(place), _insert_place(cur, doc, place, len(place.mentions)))
    persons = _insert_named(
        cur,
        "INSERT INTO persons (doc_id, name, title, role, organization, mentions) VALUES (?, ?, ?, ?, ?, ?)",
        ((doc, p.name, p.title, p.role, p.organization, len(p.mentions)) for p in record.persons),
    )
    orgs = _insert_named(
        cur,
        "INSERT INTO organizations (doc_id, name, acronym, place, mentions) VALUES (?, ?, ?, ?, ?)",
        ((doc, o.name, o.acronym, o.place, len(o.mentions)) for o in record.organizations),
    )
    projects = _insert_named(
        cur,
        "INSERT INTO projects (doc_id, name, kb_id, number, mentions) VALUES (?, ?, ?, ?, ?)",
        ((doc, p.name, p.id, p.number, len(p.mentions)) for p in record.projects),
    )
    cur.executemany(
        "INSERT INTO dates (doc_id, text, start_offset, end_offset, value, end_value, kind, publication, time, "
        "end_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (doc, d.text, d.start, d.end, d.value, d.end_value, d.kind, int(d.publication), d.time, d.end_time)
            for d in record.dates
        ),
    )
    for index, event in enumerate(record.events):
        place_id = None
        if event.place is not None:
            key = _place_key(event.place)
            if key not in place_ids:  # an event place the article's place list lacks
                place_ids[key] = _insert_place(cur, doc, event.place, 0)
            place_id = place_ids[key]
        cur.execute(
            "INSERT INTO events (doc_id, event_index, event_type, start_date, end_date, start_time, status, "
            "place_id, venue, evidence, evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc,
                index,
                event.event_type,
                event.start_date,
                event.end_date,
                event.start_time,
                event.status,
                place_id,
                event.venue,
                event.evidence.text,
                event.evidence.start,
                event.evidence.end,
            ),
        )
        event_id = cur.lastrowid
        for table, column, names, ids in (
            ("event_persons", "person_id", event.participants, persons),
            ("event_organizations", "organization_id", event.organizations, orgs),
            ("event_projects", "project_id", event.projects, projects),
        ):
            cur.executemany(
                f"INSERT INTO {table} (event_id, position, name, {column}) VALUES (?, ?, ?, ?)",
                ((event_id, pos, name, ids.get(name)) for pos, name in enumerate(names)),
            )


def write_records(conn: sqlite3.Connection, records: Iterable[ArticleRecord]) -> int:
    """Upsert records into an open, prepared connection, committing every ``COMMIT_EVERY``."""
    n = 0
    try:
        for record in records:
            upsert(conn, record)
            n += 1
            if n % COMMIT_EVERY == 0:
                conn.commit()
        conn.commit()
    except BaseException:
        conn.rollback()  # keep earlier batches, drop the half-written one
        raise
    return n


def write_sqlite(records: Iterable[ArticleRecord], path: str | PathLike[str]) -> int:
    """Create or update the database at ``path``; returns the number of records written."""
    conn = connect(path)
    try:
        return write_records(conn, records)
    finally:
        conn.close()

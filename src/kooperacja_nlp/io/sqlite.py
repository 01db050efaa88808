"""SQLite output: a relational copy of the records, for SQL, BI tools and spreadsheets.

Tables (all keyed, indexed, with foreign keys):

- ``documents`` (``doc_id`` primary key, metadata, error, and ``record``: the whole
  ArticleRecord as JSON, so nothing is lost and ``json_extract`` reaches any field);
- per-document entities: ``places``, ``persons``, ``organizations``, ``projects``, ``dates``;
- ``events`` (unique ``(doc_id, event_index)``, ``place_id`` -> ``places``) and the link tables
  ``event_persons``, ``event_organizations``, ``event_projects`` (name as written in the event,
  plus the id of the matching entity row of the same document when there is one);
- views for people who do not want to write joins: ``event_view``, one flat row per event, and
  ``article_view``, one row per article with its event counts (``n_events = 0``: an article
  without events; ``error_code``: one that failed).

Entities are per document (a person's role, a place's mentions belong to one article), so every
row hangs off ``documents`` with ``ON DELETE CASCADE``. That makes re-running idempotent: a
document is replaced by deleting its row (the cascade removes everything it owns) and inserting
the new record, in one transaction; running twice on the same corpus leaves no duplicates.
SQLite applies the cascades only on connections that ran ``PRAGMA foreign_keys = ON`` (this
writer does): delete a document by hand on a connection without it and its rows stay behind.
``PRAGMA user_version`` records the table layout so a later layout can refuse or migrate a file.

The four entity tables share one frame, so they are declared as :class:`EntityTable` values
(``PLACES``, ``PERSONS``, ``ORGANIZATIONS``, ``PROJECTS``) from which the DDL, the inserts and the
event link tables are generated; a test checks that they cover every field of the record models.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from os import PathLike
from typing import Final

from kooperacja_nlp.records import ArticleRecord, Organization, Person, Place, Project

Entity = Place | Person | Organization | Project

# 2: places.country (schema 1.2)
LAYOUT_VERSION: Final[int] = 2
COMMIT_EVERY: Final[int] = 500  # records per transaction: a killed run keeps what was committed


@dataclass(frozen=True, slots=True)
class Column:
    """A column of an entity table, filled from the record attribute of the same name unless ``source`` says."""

    name: str
    type: str = "TEXT"
    source: str | None = None

    @property
    def attribute(self) -> str:
        return self.source or self.name


@dataclass(frozen=True, slots=True)
class EntityTable:
    """An entity list of the records (``record.places`` ...) and the table of the same name.

    Every entity table has the same frame: an integer key, ``doc_id`` (cascading), ``name``, the
    entity's own ``columns``, ``mentions`` (how many times the article names it), and indexes on
    ``doc_id``, ``name`` and ``indexed`` (index suffix -> column). Events name persons,
    organisations and projects in ``event_field``; the link table ``event_<table>`` holds those
    names, and ``link_suffix`` names its index on this key (``event_persons_person``).
    """

    table: str
    key: str
    columns: tuple[Column, ...]
    indexed: tuple[tuple[str, str], ...] = ()
    event_field: str = ""
    link_suffix: str = ""

    def ddl(self) -> str:
        columns = "".join(f"    {c.name} {c.type},\n" for c in self.columns)
        indexes = (("doc", "doc_id"), ("name", "name"), *self.indexed)
        return (
            f"CREATE TABLE IF NOT EXISTS {self.table} (\n"
            f"    {self.key} INTEGER PRIMARY KEY,\n"
            "    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,\n"
            "    name TEXT NOT NULL,\n"
            f"{columns}"
            "    mentions INTEGER NOT NULL\n"
            ");\n"
        ) + "".join(f"CREATE INDEX IF NOT EXISTS {self.table}_{s} ON {self.table}({c});\n" for s, c in indexes)

    def link_ddl(self) -> str:
        """The table linking events to this entity: the name as the event gives it, the row when found."""
        link = f"event_{self.table}"
        return (
            f"CREATE TABLE IF NOT EXISTS {link} (\n"
            "    event_id INTEGER NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,\n"
            "    position INTEGER NOT NULL,\n"
            "    name TEXT NOT NULL,\n"
            f"    {self.key} INTEGER REFERENCES {self.table}({self.key}) ON DELETE CASCADE,\n"
            "    PRIMARY KEY (event_id, position)\n"
            ");\n"
            f"CREATE INDEX IF NOT EXISTS {link}_{self.link_suffix} ON {link}({self.key});\n"
            f"CREATE INDEX IF NOT EXISTS {link}_name ON {link}(name);\n"
        )

    @property
    def insert(self) -> str:
        names = ["doc_id", "name", *(c.name for c in self.columns), "mentions"]
        return f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"

    @property
    def link_insert(self) -> str:
        return f"INSERT INTO event_{self.table} (event_id, position, name, {self.key}) VALUES (?, ?, ?, ?)"

    def values(self, entity: Entity) -> tuple[object, ...]:
        """``name`` and the table's own columns (what tells two entities of one article apart)."""
        return (entity.name, *(getattr(entity, c.attribute) for c in self.columns))


PLACES: Final[EntityTable] = EntityTable(
    "places",
    "place_id",
    (
        Column("kind", "TEXT NOT NULL"),
        Column("voivodeship"),
        Column("county"),
        Column("commune"),
        Column("teryt_simc"),
        Column("teryt_terc"),
        Column("lat", "REAL"),
        Column("lon", "REAL"),
        Column("country"),
    ),
    indexed=(("voivodeship", "voivodeship"), ("simc", "teryt_simc")),
)
PERSONS: Final[EntityTable] = EntityTable(
    "persons",
    "person_id",
    (Column("title"), Column("role"), Column("organization")),
    event_field="participants",
    link_suffix="person",
)
ORGANIZATIONS: Final[EntityTable] = EntityTable(
    "organizations",
    "organization_id",
    (Column("acronym"), Column("place")),
    event_field="organizations",
    link_suffix="org",
)
PROJECTS: Final[EntityTable] = EntityTable(
    "projects",
    "project_id",
    (Column("kb_id", source="id"), Column("number")),
    indexed=(("kb", "kb_id"),),
    event_field="projects",
    link_suffix="project",
)
# The entities events link to, in the order of their link tables.
LINKED: Final[tuple[EntityTable, ...]] = (PERSONS, ORGANIZATIONS, PROJECTS)

_DOCUMENTS_DDL: Final[str] = """
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
"""
_DATES_EVENTS_DDL: Final[str] = """CREATE TABLE IF NOT EXISTS dates (
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
"""
# One "a; b; c" column per link table, named as the event field (projects first: layout 1's order).
_VIEW_COLUMNS: Final[str] = "".join(
    f"""    (SELECT group_concat(name, '; ') FROM
        (SELECT name FROM event_{t.table} WHERE event_id = e.event_id ORDER BY position)) AS {t.event_field},
"""
    for t in (PROJECTS, PERSONS, ORGANIZATIONS)
)
_VIEW_DDL: Final[str] = f"""CREATE VIEW IF NOT EXISTS event_view AS
SELECT
    e.event_id, e.doc_id, e.event_index, d.title, d.url, d.published,
    e.event_type, e.start_date, e.end_date, e.start_time, e.status,
    p.name AS place, p.voivodeship, e.venue,
{_VIEW_COLUMNS}    e.evidence
FROM events e
JOIN documents d ON d.doc_id = e.doc_id
LEFT JOIN places p ON p.place_id = e.place_id;
CREATE VIEW IF NOT EXISTS article_view AS
SELECT
    d.doc_id, d.title, d.url, d.published, d.meeting_type,
    (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.doc_id) AS n_events,
    (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.doc_id AND e.status = 'planned') AS n_planned,
    d.error_code, d.error_message
FROM documents d;
"""
DDL: Final[str] = (
    _DOCUMENTS_DDL
    + "".join(t.ddl() for t in (PLACES, PERSONS, ORGANIZATIONS, PROJECTS))
    + _DATES_EVENTS_DDL
    + "".join(t.link_ddl() for t in LINKED)
    + _VIEW_DDL
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


def _insert(cur: sqlite3.Cursor, table: EntityTable, doc_id: str, entity: Entity, mentions: int) -> int:
    cur.execute(table.insert, (doc_id, *table.values(entity), mentions))
    assert cur.lastrowid is not None
    return cur.lastrowid


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
    # Every entity gets a row; an event links to the first row with its place's fields, or its name.
    place_ids: dict[tuple[object, ...], int] = {}
    for place in record.places:
        place_ids.setdefault(PLACES.values(place), _insert(cur, PLACES, doc, place, len(place.mentions)))
    named_ids: dict[str, dict[str, int]] = {}
    for table in LINKED:
        ids = named_ids[table.table] = {}
        entities: tuple[Entity, ...] = getattr(record, table.table)  # record.persons, ...
        for entity in entities:
            ids.setdefault(entity.name, _insert(cur, table, doc, entity, len(entity.mentions)))
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
            key = PLACES.values(event.place)
            if key not in place_ids:  # an event place the article's place list lacks
                place_ids[key] = _insert(cur, PLACES, doc, event.place, 0)
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
        for table in LINKED:
            ids = named_ids[table.table]
            names: tuple[str, ...] = getattr(event, table.event_field)  # event.participants, ...
            cur.executemany(table.link_insert, ((event_id, pos, n, ids.get(n)) for pos, n in enumerate(names)))


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

"""Write records in the formats other systems read: one function per format.

>>> from kooperacja_nlp import extract_many
>>> from kooperacja_nlp import export
>>> records = list(extract_many(texts))
>>> export.to_csv(records, "events.csv")          # a path ...
>>> export.to_jsonld(records, sys.stdout)         # ... or an open text stream
>>> export.to_sqlite(records, "events.db")        # re-running upserts by doc_id

Every function takes records (an iterable, consumed once, or a single record) and a destination,
and returns the number of records written. Paths are written as UTF-8 with ``newline=""`` so the
bytes are the same on every OS (iCalendar uses CRLF as RFC 5545 requires, every other format LF).
The formats themselves live in :mod:`kooperacja_nlp.io`; this module is the stable public face.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from os import PathLike
from typing import IO

from kooperacja_nlp.io import PATH_WRITERS, WRITERS, Writer
from kooperacja_nlp.io import sqlite as sqlite_io
from kooperacja_nlp.records import ArticleRecord

Records = Iterable[ArticleRecord] | ArticleRecord
Destination = str | PathLike[str] | IO[str]

__all__ = ["FORMATS", "export", "to_csv", "to_ics", "to_json", "to_jsonl", "to_jsonld", "to_sqlite"]


def _records(records: Records) -> Iterable[ArticleRecord]:
    return (records,) if isinstance(records, ArticleRecord) else records


def _write(writer: Writer, records: Records, dest: Destination) -> int:
    if isinstance(dest, str | PathLike):
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            return writer(_records(records), fh)
    return writer(_records(records), dest)


def to_jsonl(records: Records, dest: Destination) -> int:
    """JSON Lines: one complete record per line (the lossless format; read back with ``io.jsonl``)."""
    return _write(WRITERS["jsonl"], records, dest)


def to_json(records: Records, dest: Destination) -> int:
    """One JSON array of records."""
    return _write(WRITERS["json"], records, dest)


def to_csv(records: Records, dest: Destination) -> int:
    """CSV, one row per event with the stable columns of ``io.csv.COLUMNS``."""
    return _write(WRITERS["csv"], records, dest)


def to_jsonld(records: Records, dest: Destination) -> int:
    """JSON-LD with schema.org ``Event`` nodes and an inline context (parses offline)."""
    return _write(WRITERS["jsonld"], records, dest)


def to_ics(records: Records, dest: Destination) -> int:
    """iCalendar (needs ``icalendar``, extra ``[export]``); events without an exact date are skipped."""
    return _write(WRITERS["ics"], records, dest)


def to_sqlite(records: Records, dest: str | PathLike[str] | sqlite3.Connection) -> int:
    """SQLite database at a path, or into an open connection (which is left open); upserts by doc_id."""
    if isinstance(dest, sqlite3.Connection):
        sqlite_io.prepare(dest)
        return sqlite_io.write_records(dest, _records(records))
    return sqlite_io.write_sqlite(_records(records), dest)


FORMATS: tuple[str, ...] = tuple(sorted({*WRITERS, *PATH_WRITERS}))


def export(records: Records, dest: Destination, format: str) -> int:
    """Write in a format named as on the command line (``--format``): one of :data:`FORMATS`."""
    if format in PATH_WRITERS:
        if not isinstance(dest, str | PathLike):
            raise TypeError(f"format {format!r} writes to a file path, not to a stream")
        return PATH_WRITERS[format](_records(records), dest)
    if format not in WRITERS:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    return _write(WRITERS[format], records, dest)

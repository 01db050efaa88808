"""Input readers and output writers, one module per format.

``WRITERS`` maps a ``--format`` name to a stream writer ``(records, text stream) -> count``;
``PATH_WRITERS`` to a writer that needs a file path (a database). New formats register here and
the CLI offers them automatically. Writers return the number of records they consumed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from os import PathLike
from typing import IO

from kooperacja_nlp.io import csv as csv_io
from kooperacja_nlp.io import ical, jsonl, jsonld, sqlite
from kooperacja_nlp.records import ArticleRecord

Writer = Callable[[Iterable[ArticleRecord], IO[str]], int]
PathWriter = Callable[[Iterable[ArticleRecord], "str | PathLike[str]"], int]

WRITERS: dict[str, Writer] = {
    "jsonl": jsonl.write_jsonl,
    "json": jsonl.write_json,
    "csv": csv_io.write_csv,
    "jsonld": jsonld.write_jsonld,
    "ics": ical.write_ics,
}

PATH_WRITERS: dict[str, PathWriter] = {
    "sqlite": sqlite.write_sqlite,
}

"""Input readers and output writers, one module per format.

``WRITERS`` maps a ``--format`` name to a writer ``(records, stream) -> None``; new formats
register here and the CLI offers them automatically.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO

from kooperacja_nlp.io import csv as csv_io
from kooperacja_nlp.io import jsonl
from kooperacja_nlp.records import ArticleRecord

Writer = Callable[[Iterable[ArticleRecord], IO[str]], int]

WRITERS: dict[str, Writer] = {
    "jsonl": jsonl.write_jsonl,
    "json": jsonl.write_json,
    "csv": csv_io.write_csv,
}

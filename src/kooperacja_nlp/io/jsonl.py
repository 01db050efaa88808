"""JSON Lines and JSON output: one record per line, deterministic bytes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from kooperacja_nlp.records import ArticleRecord


def dumps(record: ArticleRecord) -> str:
    """One record as compact JSON (UTF-8 text, non-ASCII kept), fields in schema order."""
    return record.model_dump_json()


def write_jsonl(records: Iterable[ArticleRecord], stream: IO[str]) -> int:
    n = 0
    for record in records:
        stream.write(dumps(record) + "\n")
        stream.flush()  # a killed run leaves whole lines only (resume relies on it)
        n += 1
    return n


def write_json(records: Iterable[ArticleRecord], stream: IO[str]) -> int:
    """A JSON array; records are streamed, never held in memory all at once."""
    n = 0
    stream.write("[")
    for record in records:
        stream.write(("\n" if n == 0 else ",\n") + dumps(record))
        n += 1
    stream.write("\n]\n" if n else "]\n")
    return n


def read_records(path: str | Path) -> Iterator[ArticleRecord]:
    """Records back from a JSONL file written by :func:`write_jsonl`."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield ArticleRecord.model_validate(json.loads(line))

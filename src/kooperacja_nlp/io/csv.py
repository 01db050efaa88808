"""CSV output: one row per event (articles without events get one row with empty event columns)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Final

from kooperacja_nlp.records import ArticleRecord

COLUMNS: Final[tuple[str, ...]] = (
    "doc_id",
    "title",
    "meeting_type",
    "event_index",
    "event_type",
    "start_date",
    "end_date",
    "status",
    "place",
    "voivodeship",
    "venue",
    "participants",
    "organizations",
    "projects",
    "evidence",
    "error",
)


def rows(record: ArticleRecord) -> Iterable[dict[str, str]]:
    base = {
        "doc_id": record.doc_id,
        "title": record.title or "",
        "meeting_type": record.meeting_type or "",
        "error": record.error.message if record.error else "",
    }
    if not record.events:
        yield {c: base.get(c, "") for c in COLUMNS}
        return
    for i, e in enumerate(record.events):
        yield {
            **{c: "" for c in COLUMNS},
            **base,
            "event_index": str(i),
            "event_type": e.event_type,
            "start_date": e.start_date,
            "end_date": e.end_date,
            "status": e.status,
            "place": e.place.name if e.place else "",
            "voivodeship": (e.place.voivodeship or "") if e.place else "",
            "venue": e.venue or "",
            "participants": "; ".join(e.participants),
            "organizations": "; ".join(e.organizations),
            "projects": "; ".join(e.projects),
            "evidence": e.evidence.text,
        }


def write_csv(records: Iterable[ArticleRecord], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerows(rows(record))
        n += 1
    return n

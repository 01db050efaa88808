"""CSV output: one row per event (articles without events get one row with empty event columns).

The columns are a contract with spreadsheets and BI tools that address them by name or position:
``COLUMNS`` only ever grows at the end of a schema version, never reorders. Lists (participants,
projects ...) are joined with ``"; "`` because names contain commas; every value is text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
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
    "url",
    "published",
    "start_time",
    "teryt_simc",
    "lat",
    "lon",
    "evidence_start",
    "evidence_end",
)
LIST_SEPARATOR: Final[str] = "; "


def _text(value: object) -> str:
    return "" if value is None else str(value)


def rows(record: ArticleRecord) -> Iterator[dict[str, str]]:
    """The CSV rows of one record, as ``{column: text}`` with every column present."""
    base = {
        "doc_id": record.doc_id,
        "title": _text(record.title),
        "meeting_type": _text(record.meeting_type),
        "error": record.error.message if record.error else "",
        "url": _text(record.url),
        "published": _text(record.published),
    }
    if not record.events:
        yield {c: base.get(c, "") for c in COLUMNS}
        return
    for i, e in enumerate(record.events):
        place = e.place
        yield {
            **dict.fromkeys(COLUMNS, ""),
            **base,
            "event_index": str(i),
            "event_type": e.event_type,
            "start_date": e.start_date,
            "end_date": e.end_date,
            "start_time": _text(e.start_time),
            "status": e.status,
            "place": place.name if place else "",
            "voivodeship": _text(place.voivodeship) if place else "",
            "teryt_simc": _text(place.teryt_simc) if place else "",
            "lat": _text(place.lat) if place else "",
            "lon": _text(place.lon) if place else "",
            "venue": _text(e.venue),
            "participants": LIST_SEPARATOR.join(e.participants),
            "organizations": LIST_SEPARATOR.join(e.organizations),
            "projects": LIST_SEPARATOR.join(e.projects),
            "evidence": e.evidence.text,
            "evidence_start": str(e.evidence.start),
            "evidence_end": str(e.evidence.end),
        }


def write_csv(records: Iterable[ArticleRecord], stream: IO[str]) -> int:
    """Header + rows; returns the number of records (not rows) written."""
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerows(rows(record))
        n += 1
    return n

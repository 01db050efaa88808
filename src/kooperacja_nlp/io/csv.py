"""CSV output: one row per event, plus one article-level row for each article without events.

Rows, in input order:

- an article with events gives one row per event, in record order; ``event_index`` (0, 1, ...)
  and ``doc_id`` together identify the event, and the article columns (``title``,
  ``meeting_type``, ``url``, ``published``) are repeated on each row;
- an article without events, and an article that failed (``error`` holds the message), gives
  exactly one row whose event columns are all empty: ``event_index == ""`` tells it apart. So
  every input document appears in the file, and "articles with no events" can be counted.
  Filter on ``event_index != ""`` for events only.

The columns are a contract with spreadsheets and BI tools that address them by name or position:
``COLUMNS`` only ever grows at the end of a schema version, never reorders. Lists (participants,
projects ...) are joined with ``"; "`` because names contain commas; every value is text, empty
for a missing value. Dates are the records' ISO strings, partial ones included (``2021-05``,
``--07-16``): a tool that needs a real date must check their length. Values are written as they
were extracted, never prefixed against spreadsheet formulas: the file is data for databases too.
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
    "country",  # schema 1.2: the event's place is abroad (empty for Polish places)
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
            "country": _text(place.country) if place else "",
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

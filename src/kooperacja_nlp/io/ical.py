"""iCalendar (RFC 5545) output through the ``icalendar`` package (extra ``[export]``).

Choices, and why:

- All-day events (``DTSTART;VALUE=DATE``) with an exclusive ``DTEND`` (the day after the last
  day), as RFC 5545 section 3.6.1 prescribes: news rarely gives both times of a meeting, and a
  fake 00:00-23:59 would be wrong in every client. A start time the text gives goes into the
  description.
- Only events with an exact start date (``YYYY-MM-DD``) are written. Month-only, year-only and
  year-less (``--07-16``) dates cannot be put on a calendar without inventing a day or a year;
  they are skipped (the other formats keep them). The calendar says so in ``X-WR-CALDESC``,
  which calendar apps show as its description; how many were skipped is logged as a warning,
  since RFC 5545 puts calendar properties before the events and the file is streamed.
- Planned (announced) and held events are both written; the status is in the description.
- ``UID`` is derived from the doc id, the event's position in its record and its dates, so the
  same corpus always gives the same UIDs and re-importing updates instead of duplicating.
- ``DTSTAMP`` (mandatory) must not be "now", or the same input would give different bytes: it
  is the article's publication date when known, else the event's start date, at 00:00 UTC.
- Events are serialised one by one between the calendar header and footer, so a large corpus is
  streamed and never held as one ``Calendar`` object.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import IO, TYPE_CHECKING, Final
from urllib.parse import quote

from kooperacja_nlp.lang.labels import (
    CALENDAR_DESCRIPTION,
    CALENDAR_NAME,
    EVENT_TYPE_LABELS,
    ICS_CAPTIONS,
    STATUS_LABELS,
)
from kooperacja_nlp.lang.labels import VOIVODESHIP_ABBREVIATION as WOJ
from kooperacja_nlp.records import ArticleRecord, Event
from kooperacja_nlp.report import date_precision

if TYPE_CHECKING:
    import icalendar

log = logging.getLogger(__name__)

PRODID: Final[str] = "-//kooperacja-nlp//kooperacja-nlp//PL"
UID_DOMAIN: Final[str] = "kooperacja-nlp.invalid"
FOOTER: Final[str] = "END:VCALENDAR\r\n"


def event_uid(doc_id: str, index: int, event: Event) -> str:
    """Stable UID: same document, position and dates give the same UID (RFC 5545 3.8.4.7)."""
    return f"{quote(doc_id, safe='')}-{index}-{event.start_date}-{event.end_date}@{UID_DOMAIN}"


def calendar_span(event: Event) -> tuple[date, date] | None:
    """(DTSTART, exclusive DTEND) of an all-day event, or None when the start is not an exact day."""
    if date_precision(event.start_date) != "day":
        return None
    start = date.fromisoformat(event.start_date)
    end = date.fromisoformat(event.end_date) if date_precision(event.end_date) == "day" else start
    return start, max(start, end) + timedelta(days=1)


def summary(event: Event) -> str:
    """'<type label> – <place>' (the project, when there is one, is in the description)."""
    label = EVENT_TYPE_LABELS[event.event_type]
    return f"{label} – {event.place.name}" if event.place else label


def location(event: Event) -> str | None:
    parts = [event.venue, event.place.name if event.place else None]
    if event.place is not None and event.place.voivodeship and event.place.kind != "voivodeship":
        parts.append(f"{WOJ} {event.place.voivodeship}")
    text = ", ".join(p for p in parts if p)
    return text or None


def description(record: ArticleRecord, event: Event) -> str:
    """The evidence sentence first (what a reader checks), then what was extracted around it."""
    lines = [event.evidence.text, ""]
    if event.start_time:
        lines.append(f"{ICS_CAPTIONS['time']}: {event.start_time}")
    lines.append(f"{ICS_CAPTIONS['status']}: {STATUS_LABELS[event.status]}")
    for key, values in (
        ("projects", event.projects),
        ("participants", event.participants),
        ("organizations", event.organizations),
    ):
        if values:
            lines.append(f"{ICS_CAPTIONS[key]}: {'; '.join(values)}")
    source = " ".join(p for p in (record.title, record.url, f"[{record.doc_id}]") if p)
    lines.append(f"{ICS_CAPTIONS['source']}: {source}")
    return "\n".join(lines)


def vevent(record: ArticleRecord, index: int, event: Event) -> icalendar.Event | None:
    """One ``VEVENT``, or None for an event without an exact start date."""
    import icalendar

    span = calendar_span(event)
    if span is None:
        return None
    stamp_day = date.fromisoformat(record.published) if record.published and len(record.published) == 10 else span[0]
    ev = icalendar.Event()
    ev.add("uid", event_uid(record.doc_id, index, event))
    ev.add("dtstamp", datetime(stamp_day.year, stamp_day.month, stamp_day.day, tzinfo=UTC))
    ev.add("dtstart", span[0])
    ev.add("dtend", span[1])
    ev.add("summary", summary(event))
    loc = location(event)
    if loc:
        ev.add("location", loc)
    if event.place is not None and event.place.lat is not None and event.place.lon is not None:
        ev.add("geo", (event.place.lat, event.place.lon))
    ev.add("description", description(record, event))
    ev.add("categories", [EVENT_TYPE_LABELS[event.event_type]])
    if record.url:
        ev.add("url", record.url)
    ev.add("transp", "TRANSPARENT")  # a meeting in the news does not make the reader busy
    return ev


def header() -> str:
    """``BEGIN:VCALENDAR`` and the calendar properties, without the closing line."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", CALENDAR_NAME)
    cal.add("x-wr-caldesc", icalendar.vText(CALENDAR_DESCRIPTION))  # TEXT: commas escaped (RFC 5545 3.3.11)
    text = cal.to_ical().decode("utf-8")
    assert text.endswith(FOOTER)
    return text[: -len(FOOTER)]


def write_ics(records: Iterable[ArticleRecord], stream: IO[str]) -> int:
    """Write one VCALENDAR (CRLF lines, as RFC 5545 requires); returns the record count.

    Open file streams with ``newline=""`` so the CRLFs reach the file unchanged.
    """
    stream.write(header())
    n = skipped = 0
    for record in records:
        for i, event in enumerate(record.events):
            ev = vevent(record, i, event)
            if ev is None:
                skipped += 1
                continue
            stream.write(ev.to_ical().decode("utf-8"))
        n += 1
    stream.write(FOOTER)
    if skipped:
        log.warning("ics: %d event(s) without an exact start date (month, year or no year) were not written", skipped)
    return n

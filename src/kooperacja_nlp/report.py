"""A self-contained HTML report of extracted events: ``kooperacja-nlp report events.jsonl -o report.html``.

Written for the people who use the records (regional social-policy centres, evaluators): a
timeline of events per project, counts by meeting type and by voivodeship, and a table of every
event with the sentence it was read from, so each number can be checked against its source.

Why it is plain HTML + CSS + inline SVG, without JavaScript: the file is mailed around and opened
offline, in intranets, in old browsers and printed; nothing to load means nothing to break. A
Content-Security-Policy meta tag forbids every external request, so a regression that adds one
fails visibly in the browser test instead of leaking requests from a reader's machine.
The output is deterministic (no "generated at" time): same records, same bytes.

Date precision decides where an event can be drawn: exact dates and month-only dates (drawn as a
dashed band over the month) are on the timeline; year-only and year-less dates (``--07-16``)
cannot be placed in time, are listed in the table and counted in a note under the timeline.
"""

from __future__ import annotations

import calendar
import html
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from string import Template
from typing import IO, Final, Literal

from kooperacja_nlp.lang import labels
from kooperacja_nlp.lang.labels import EVENT_TYPE_LABELS, STATUS_LABELS
from kooperacja_nlp.records import EVENT_TYPES, SCHEMA_VERSION, ArticleRecord, Event

DatePrecision = Literal["day", "month", "year", "no_year"]

# The report's title when none is given (``--title``); kept here for callers of this module.
DEFAULT_TITLE: Final[str] = labels.REPORT_TITLE

# Timeline geometry (SVG user units; the SVG scales to the page width).
SVG_WIDTH: Final[int] = 1200
MARGIN_X: Final[int] = 16
AXIS_HEIGHT: Final[int] = 28
LANE_HEIGHT: Final[int] = 46
LABEL_OFFSET: Final[int] = 15  # lane label baseline below the lane top
MARK_OFFSET: Final[int] = 32  # mark centre below the lane top
MARK_RADIUS: Final[int] = 6
MAX_TICKS: Final[int] = 14
TICK_STEPS: Final[tuple[int, ...]] = (1, 2, 3, 6, 12, 24, 60, 120)  # months between axis labels
LABEL_MAX_CHARS: Final[int] = 150


def date_precision(value: str) -> DatePrecision:
    """What an ISO value of the records (``records.ISO_DATE_PATTERN``) pins down.

    ``YYYY-MM-DD`` -> day, ``YYYY-MM`` -> month, ``YYYY`` -> year, ``--MM-DD`` -> no_year. Writers
    use it to decide what a calendar or a timeline can honestly show.
    """
    if value.startswith("--"):
        return "no_year"
    if len(value) == 10:
        return "day"
    return "month" if len(value) == 7 else "year"


def _span(event: Event) -> tuple[date, date, bool] | None:
    """(first day, last day, exact) of an event, or None when it cannot be placed in time."""
    start_p = date_precision(event.start_date)
    if start_p == "day":
        start = date.fromisoformat(event.start_date)
        end = date.fromisoformat(event.end_date) if date_precision(event.end_date) == "day" else start
        return start, max(start, end), True
    if start_p == "month":
        first = date.fromisoformat(event.start_date + "-01")
        last_value = event.end_date if date_precision(event.end_date) == "month" else event.start_date
        year, month = map(int, last_value.split("-"))
        last = date(year, month, calendar.monthrange(year, month)[1])
        return first, max(first, last), False
    return None


@dataclass(frozen=True, slots=True)
class Row:
    """One event with its article, in the report's order (by date, then article, then position)."""

    record: ArticleRecord
    index: int  # position of the event in its record
    event: Event
    anchor: str = ""  # id of the table row the timeline links to, set once rows are sorted

    @property
    def sort_key(self) -> tuple[int, str, str, str, int]:
        # Undatable events (year-less, year-only) go last; ISO strings sort chronologically.
        placed = _span(self.event) is not None
        return (0 if placed else 1, self.event.start_date, self.event.end_date, self.record.doc_id, self.index)


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _note(text: str) -> str:
    return f'<p class="note">{_esc(text)}</p>'


def _header_row(headers: Iterable[str]) -> str:
    return "<tr>" + "".join(f"<th>{_esc(h)}</th>" for h in headers) + "</tr>"


def _voivodeship(event: Event) -> str:
    if event.place is None:
        return labels.UNKNOWN_VOIVODESHIP
    if event.place.kind == "voivodeship":
        return event.place.name
    return event.place.voivodeship or labels.UNKNOWN_VOIVODESHIP


def _date_text(event: Event) -> str:
    text = event.start_date if event.end_date == event.start_date else f"{event.start_date} – {event.end_date}"
    return f"{text}, {labels.TIME_PREFIX} {event.start_time}" if event.start_time else text


def _summary(records: list[ArticleRecord], rows: list[Row]) -> str:
    spans = [s for r in rows if (s := _span(r.event)) is not None]
    figures = {
        "articles": len(records),
        "with_events": sum(1 for r in records if r.events),
        "events": len(rows),
        "planned": sum(1 for r in rows if r.event.status == "planned"),
        "errors": sum(1 for r in records if r.error),
    }
    lis = "".join(f"<li><b>{n}</b>{_esc(labels.SUMMARY_CAPTIONS[key])}</li>" for key, n in figures.items())
    period = ""
    if spans:
        first, last = min(s[0] for s in spans), max(s[1] for s in spans)
        period = _note(labels.PERIOD.format(first=first.isoformat(), last=last.isoformat()))
    return f'<ul class="summary">{lis}</ul>{period}'


def _legend(rows: list[Row]) -> str:
    present = {r.event.event_type for r in rows}
    items = "".join(
        f'<li><span class="swatch t-{t}"></span>{_esc(EVENT_TYPE_LABELS[t])}</li>' for t in EVENT_TYPES if t in present
    )
    return f'<ul class="legend">{items}</ul>' if items else ""


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _timeline(rows: list[Row]) -> str:
    placed = [(r, s) for r in rows if (s := _span(r.event)) is not None]
    hidden = len(rows) - len(placed)
    note = ""
    if hidden:
        count = f'<span id="not-on-timeline">{hidden}</span>'
        note = f'<p class="note">{_esc(labels.NOT_ON_TIMELINE).format(count=count)}</p>'
    if not placed:
        return _note(labels.NOTHING_ON_TIMELINE) + note
    per_project = Counter(p for r, _ in placed for p in r.event.projects)
    lanes = sorted(per_project, key=lambda p: (-per_project[p], p))  # busiest projects on top
    if any(not r.event.projects for r, _ in placed):
        lanes.append(labels.NO_PROJECT)
    first_month = min(_month_index(s[0]) for _, s in placed)
    last_month = max(_month_index(s[1]) for _, s in placed) + 1  # exclusive
    t0 = date(first_month // 12, first_month % 12 + 1, 1)
    t1 = date(last_month // 12, last_month % 12 + 1, 1)
    total = (t1 - t0).days
    plot = SVG_WIDTH - 2 * MARGIN_X

    def x(d: date) -> float:
        return round(MARGIN_X + (d - t0).days / total * plot, 1)

    height = AXIS_HEIGHT + LANE_HEIGHT * len(lanes)
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SVG_WIDTH} {height}" '
        f'role="img" aria-label="{_esc(labels.TIMELINE_LABEL)}">'
    ]
    step = next((s for s in TICK_STEPS if (last_month - first_month) / s <= MAX_TICKS), TICK_STEPS[-1])
    for m in range(first_month, last_month + 1):
        # Monthly steps count from the first month; yearly steps sit on Januaries.
        if (step < 12 and (m - first_month) % step) or (step >= 12 and m % step):
            continue
        d = date(m // 12, m % 12 + 1, 1)
        label = str(d.year) if step >= 12 else f"{d.month:02d}.{d.year}"
        parts.append(f'<line class="tick" x1="{x(d)}" y1="{AXIS_HEIGHT - 6}" x2="{x(d)}" y2="{height}"/>')
        parts.append(f'<text class="tick-label" x="{x(d) + 3}" y="{AXIS_HEIGHT - 10}">{label}</text>')
    for i, lane in enumerate(lanes):
        top = AXIS_HEIGHT + i * LANE_HEIGHT
        if i % 2:
            parts.append(f'<rect class="band" x="0" y="{top}" width="{SVG_WIDTH}" height="{LANE_HEIGHT}"/>')
        parts.append(
            f'<line class="lane" x1="{MARGIN_X}" y1="{top + MARK_OFFSET}" x2="{SVG_WIDTH - MARGIN_X}" '
            f'y2="{top + MARK_OFFSET}"/>'
        )
        name = lane if len(lane) <= LABEL_MAX_CHARS else lane[: LABEL_MAX_CHARS - 1] + "…"
        parts.append(f'<text class="lane-label" x="{MARGIN_X}" y="{top + LABEL_OFFSET}">{_esc(name)}</text>')
        cy = top + MARK_OFFSET
        for row, (start, end, exact) in placed:
            if (lane == labels.NO_PROJECT and row.event.projects) or (
                lane != labels.NO_PROJECT and lane not in row.event.projects
            ):
                continue
            ev = row.event
            tip = " · ".join(
                t
                for t in (
                    _date_text(ev),
                    EVENT_TYPE_LABELS[ev.event_type],
                    ev.place.name if ev.place else "",
                    STATUS_LABELS[ev.status],
                )
                if t
            )
            style = "mark" if ev.status == "held" else "planned"
            if exact and start == end:
                shape = f'<circle class="{style} t-{ev.event_type}" cx="{x(start)}" cy="{cy}" r="{MARK_RADIUS}">'
            else:
                x0, x1 = x(start), x(end + timedelta(days=1))
                cls = style if exact else "approx"
                shape = (
                    f'<rect class="{cls} t-{ev.event_type}" x="{x0}" y="{cy - MARK_RADIUS}" '
                    f'width="{max(round(x1 - x0, 1), 2 * MARK_RADIUS)}" height="{2 * MARK_RADIUS}" rx="3">'
                )
            closing = "</circle>" if shape.startswith("<circle") else "</rect>"
            parts.append(f'<a href="#{row.anchor}">{shape}<title>{_esc(tip)}</title>{closing}</a>')
    parts.append("</svg>")
    return "".join(parts) + note


def _count_table(
    counts: Counter[str], names: Mapping[str, str], header: str, extra: Counter[str] | None, extra_header: str
) -> str:
    if not counts and not extra:
        return _note(labels.NO_DATA)
    keys = sorted(set(counts) | set(extra or ()), key=lambda k: (-counts[k], names.get(k, k)))
    top = max(counts.values(), default=0) or 1
    head = f'<tr><th>{_esc(header)}</th><th class="num">{_esc(labels.COUNT_HEADERS["events"])}</th><th></th>'
    head += f'<th class="num">{_esc(extra_header)}</th></tr>' if extra is not None else "</tr>"
    body = []
    for k in keys:
        pct = round(100 * counts[k] / top, 1)
        cells = (
            f'<td>{_esc(names.get(k, k))}</td><td class="num">{counts[k]}</td>'
            f'<td style="width:40%"><div class="bar" style="width:{pct}%"></div></td>'
        )
        if extra is not None:
            cells += f'<td class="num">{extra[k]}</td>'
        body.append(f"<tr>{cells}</tr>")
    return f'<table class="counts"><thead>{head}</thead><tbody>{"".join(body)}</tbody></table>'


def _by_type(records: list[ArticleRecord], rows: list[Row]) -> str:
    events = Counter(r.event.event_type for r in rows)
    articles = Counter(r.meeting_type for r in records if r.meeting_type)
    headers = labels.COUNT_HEADERS
    return _count_table(events, EVENT_TYPE_LABELS, headers["type"], articles, headers["articles"])


def _by_voivodeship(rows: list[Row]) -> str:
    by_voivodeship = Counter(_voivodeship(r.event) for r in rows)
    return _count_table(by_voivodeship, {}, labels.COUNT_HEADERS["voivodeship"], None, "")


def _events_table(rows: list[Row]) -> str:
    if not rows:
        return _note(labels.NO_EVENTS)
    head = _header_row(labels.EVENT_TABLE_HEADERS)
    body = []
    for row in rows:
        ev, rec = row.event, row.record
        place = ", ".join(p for p in (ev.venue, ev.place.name if ev.place else None) if p)
        article = _esc(rec.title or rec.doc_id)
        if rec.url:
            article = f'<a href="{_esc(rec.url)}" rel="noreferrer">{article}</a>'
        body.append(
            f'<tr id="{row.anchor}" class="event">'
            f'<td class="date">{_esc(_date_text(ev))}</td>'
            f'<td><span class="swatch t-{ev.event_type}"></span>{_esc(EVENT_TYPE_LABELS[ev.event_type])}</td>'
            f"<td>{_esc(STATUS_LABELS[ev.status])}</td>"
            f"<td>{_esc(place)}</td>"
            f"<td>{_esc(_voivodeship(ev))}</td>"
            f"<td>{_esc('; '.join(ev.projects))}</td>"
            f"<td>{_esc('; '.join(ev.participants))}</td>"
            f'<td class="evidence">{_esc(ev.evidence.text)}</td>'
            f"<td>{article}<br><small>{_esc(rec.doc_id)}</small></td></tr>"
        )
    table = f'<table id="events-table"><thead>{head}</thead><tbody>{"".join(body)}</tbody></table>'
    return f'<div class="scroll">{table}</div>'


def _errors(records: list[ArticleRecord]) -> str:
    failed = [r for r in records if r.error]
    if not failed:
        return ""
    body = "".join(
        f"<tr><td>{_esc(r.doc_id)}</td><td>{_esc(r.error.code)}</td><td>{_esc(r.error.message)}</td></tr>"
        for r in failed
        if r.error
    )
    return (
        f'<section id="errors"><h2>{_esc(labels.ERRORS_HEADING)}</h2>'
        f"<table><thead>{_header_row(labels.ERROR_TABLE_HEADERS)}</thead><tbody>{body}</tbody></table></section>"
    )


def _template(name: str) -> str:
    return (resources.files("kooperacja_nlp") / "templates" / name).read_text(encoding="utf-8")


def rows_of(records: Iterable[ArticleRecord]) -> list[Row]:
    """Every event of the records, sorted for the report, each with its table-row anchor."""
    ordered = sorted((Row(rec, i, ev) for rec in records for i, ev in enumerate(rec.events)), key=lambda r: r.sort_key)
    return [replace(row, anchor=f"ev-{k}") for k, row in enumerate(ordered, start=1)]


def render(records: Iterable[ArticleRecord], *, title: str = DEFAULT_TITLE) -> str:
    """The whole report as one HTML string (records are held in memory: a report is for reading)."""
    from kooperacja_nlp import __version__

    recs = list(records)
    rows = rows_of(recs)
    return Template(_template("report.html")).substitute(
        title=_esc(title),
        css=_template("report.css").strip(),
        version=_esc(__version__),
        schema_version=_esc(SCHEMA_VERSION),
        summary=_summary(recs, rows),
        legend=_legend(rows),
        timeline=_timeline(rows),
        by_type=_by_type(recs, rows),
        by_voivodeship=_by_voivodeship(rows),
        events=_events_table(rows),
        errors=_errors(recs),
    )


def write_report(records: Iterable[ArticleRecord], dest: str | Path | IO[str], *, title: str = DEFAULT_TITLE) -> int:
    """Write the report to a path or a text stream; returns the number of records read."""
    recs = list(records)
    text = render(recs, title=title)
    if isinstance(dest, str | Path):
        Path(dest).write_text(text, encoding="utf-8")
    else:
        dest.write(text)
    return len(recs)

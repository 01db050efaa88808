"""The HTML report: structure read with an HTML parser, then rendered by a real headless Chromium."""

from __future__ import annotations

import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kooperacja_nlp.cli import main
from kooperacja_nlp.io.jsonl import write_jsonl
from kooperacja_nlp.records import ArticleRecord, ErrorInfo, Event, Evidence, Place
from kooperacja_nlp.report import date_precision, render

CHROMIUM = Path("/usr/bin/chromium")
K2 = "Kooperacja – efektywna i skuteczna"
K3 = "Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin"


def _ev(kind, start, end, *, place=None, projects=(), status="held", text="Spotkanie odbyło się zgodnie z planem."):
    return Event(
        event_type=kind,
        start_date=start,
        end_date=end,
        place=place,
        projects=projects,
        status=status,
        evidence=Evidence(text=text, start=0, end=len(text)),
    )


def _records() -> list[ArticleRecord]:
    torun = Place(name="Toruń", voivodeship="kujawsko-pomorskie")
    return [
        ArticleRecord(
            doc_id="a1",
            title="Komitet Sterujący <obradował> w Toruniu",
            url="https://example.org/a1",
            meeting_type="steering_committee",
            events=(
                _ev("steering_committee", "2021-03-04", "2021-03-05", place=torun, projects=(K2,),
                    text="W dniach 4–5 marca 2021 r. w Toruniu obradował Komitet Sterujący."),
                _ev("training", "--07-16", "--07-16", status="planned", projects=(K2,)),
            ),
        ),
        ArticleRecord(
            doc_id="a2",
            title="Konferencja w Katowicach",
            meeting_type="conference",
            events=(
                _ev("conference", "2019-11-14", "2019-11-14", place=Place(name="Katowice", voivodeship="śląskie"),
                    projects=(K3, K2)),
                _ev("local_cooperation", "2020-05", "2020-05"),
            ),
        ),
        ArticleRecord(doc_id="a3", error=ErrorInfo(code="E002", message="not text")),
    ]  # fmt: skip


class _Collector(HTMLParser):
    """Counts what the tests look at: event rows, timeline marks, external references."""

    def __init__(self) -> None:
        super().__init__()
        self.event_rows: list[str] = []
        self.marks: list[str] = []
        self.external: list[str] = []
        self.ids: dict[str, str] = {}
        self._in_svg = False
        self._capture: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and "event" in (a.get("class") or "").split():
            self.event_rows.append(a["id"])
        if tag == "svg":
            self._in_svg = True
        if self._in_svg and tag in ("circle", "rect") and any(c.startswith("t-") for c in a.get("class", "").split()):
            self.marks.append(tag)
        if tag in ("script", "link", "img", "iframe", "object") or "src" in a:
            self.external.append(tag)
        if "id" in a and tag == "span":
            self._capture = a["id"]

    def handle_endtag(self, tag):
        if tag == "svg":
            self._in_svg = False

    def handle_data(self, data):
        if self._capture:
            self.ids[self._capture] = data
            self._capture = None


def _parse(text: str) -> _Collector:
    c = _Collector()
    c.feed(text)
    return c


def test_every_event_type_and_status_has_a_polish_label():
    from typing import get_args

    from kooperacja_nlp.lang.labels import EVENT_TYPE_LABELS, STATUS_LABELS
    from kooperacja_nlp.records import EVENT_TYPES, Status

    assert set(EVENT_TYPE_LABELS) == set(EVENT_TYPES)
    assert set(STATUS_LABELS) == set(get_args(Status))
    assert len(set(EVENT_TYPE_LABELS.values())) == len(EVENT_TYPE_LABELS)  # no two types read the same


@pytest.mark.parametrize(
    "value,expected", [("2021-03-04", "day"), ("2021-03", "month"), ("2021", "year"), ("--07-16", "no_year")]
)
def test_date_precision(value, expected):
    assert date_precision(value) == expected


def test_report_has_every_event_row_in_date_order_and_draws_the_datable_ones():
    page = _parse(render(_records()))
    # Sorted by date; the year-less event cannot be placed and goes last.
    assert page.event_rows == ["ev-1", "ev-2", "ev-3", "ev-4"]
    table = render(_records()).split('id="events-table"')[1]
    order = [table.index(s) for s in ("2019-11-14", "2020-05", "2021-03-04 – 2021-03-05", "--07-16")]
    assert order == sorted(order)
    # Conference is in two project lanes (circle x2), the two-day meeting and the month are bars.
    assert sorted(page.marks) == ["circle", "circle", "rect", "rect"]
    assert page.ids["not-on-timeline"] == "1"


def test_report_counts_types_and_voivodeships_and_lists_errors():
    html = render(_records())
    assert '<td>Konferencja lub seminarium</td><td class="num">1</td>' in html
    assert '<td>śląskie</td><td class="num">1</td>' in html
    assert '<td>(nieustalone)</td><td class="num">2</td>' in html
    assert '<section id="errors">' in html and "<td>E002</td>" in html


def test_report_is_self_contained_escaped_and_deterministic():
    html = render(_records(), title="Raport <test>")
    assert html == render(_records(), title="Raport <test>")
    assert "<title>Raport &lt;test&gt;</title>" in html
    assert "Komitet Sterujący &lt;obradował&gt; w Toruniu" in html
    assert "default-src 'none'" in html  # the browser itself forbids any request
    assert _parse(html).external == []
    assert "url(" not in html and "@import" not in html


def test_report_of_no_records_is_still_a_page():
    html = render([])
    assert "Nie znaleziono wydarzeń." in html and "Brak wydarzeń z datą" in html


def test_cli_report_from_jsonl(tmp_path):
    jsonl = tmp_path / "events.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        write_jsonl(_records(), fh)
    out = tmp_path / "report.html"
    assert main(["report", str(jsonl), "-o", str(out), "--title", "Makroregion II"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "<h1>Makroregion II</h1>" in text and len(_parse(text).event_rows) == 4


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no Chromium at /usr/bin/chromium (apt-get install chromium)")
def test_report_renders_in_headless_chromium_without_requests_or_errors(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render(_records()), encoding="utf-8")
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr", "--v=0", "--window-size=1280,1800",
    ]  # fmt: skip
    dom = subprocess.run(
        [str(CHROMIUM), *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=90, check=True
    )
    rendered = _parse(dom.stdout)
    assert rendered.event_rows == ["ev-1", "ev-2", "ev-3", "ev-4"]
    assert len(rendered.marks) == 4
    # Chromium logs page console messages (CSP violations, errors) to stderr: there must be none.
    console = [line for line in dom.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    shot = tmp_path / "report.png"
    subprocess.run(
        [str(CHROMIUM), *flags, f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=90, check=True
    )
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (1280, 1800)

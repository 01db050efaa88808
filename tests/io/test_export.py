"""``kooperacja_nlp.export``: every format to a path and to a stream, read back by its own parser."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

import kooperacja_nlp
from kooperacja_nlp import export
from kooperacja_nlp.cli import main
from kooperacja_nlp.io.csv import COLUMNS
from kooperacja_nlp.io.jsonl import read_records
from kooperacja_nlp.records import ArticleRecord, ErrorInfo, Event, Evidence, Place

SENT_1 = "W dniu 12 marca 2020 r. w Tczewie odbyło się spotkanie Partnerskiego Zespołu Kooperacyjnego."
SENT_2 = "Kolejne spotkanie, w formie warsztatów, zaplanowano na 2 kwietnia 2020 r."
# rdflib's own JSON-LD parser uses its deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

ARTICLE = """Spotkanie Partnerskiego Zespołu Kooperacyjnego

W dniu 12.03.2020 r. w Tczewie odbyło się spotkanie Partnerskiego Zespołu Kooperacyjnego w ramach projektu \
„Kooperacja – efektywna i skuteczna”. Uczestników powitała Pani Ewa Zielińska.
"""


def _records() -> list[ArticleRecord]:
    a = ArticleRecord(
        doc_id="pzk-tczew",
        title="Spotkanie PZK w Tczewie",
        meeting_type="local_cooperation",
        events=(
            Event(
                event_type="local_cooperation",
                start_date="2020-03-12",
                end_date="2020-03-12",
                place=Place(name="Tczew", voivodeship="pomorskie", teryt_simc="0934465", lat=54.0924, lon=18.7779),
                participants=("Ewa Zielińska", "Jan Kowalski"),
                projects=("Kooperacja – efektywna i skuteczna",),
                evidence=Evidence(text=SENT_1, start=0, end=len(SENT_1)),
            ),
            Event(
                event_type="training",
                start_date="2020-04-02",
                end_date="2020-04-02",
                start_time="9:30",
                status="planned",
                evidence=Evidence(text=SENT_2, start=len(SENT_1) + 1, end=len(SENT_1) + 1 + len(SENT_2)),
            ),
        ),
    )
    b = ArticleRecord(doc_id="zly", error=ErrorInfo(code="E002", message="not text"))
    return [a, b]


def test_formats_are_the_cli_formats():
    assert export.FORMATS == ("csv", "ics", "json", "jsonl", "jsonld", "sqlite")


def test_jsonl_and_json_round_trip_to_equal_records(tmp_path):
    assert export.to_jsonl(_records(), tmp_path / "r.jsonl") == 2
    assert list(read_records(tmp_path / "r.jsonl")) == _records()
    buf = io.StringIO()
    assert export.to_json(_records(), buf) == 2
    assert [ArticleRecord.model_validate(r) for r in json.loads(buf.getvalue())] == _records()


def test_csv_has_one_row_per_event_and_stable_columns(tmp_path):
    path = tmp_path / "events.csv"
    export.to_csv(_records(), str(path))
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        rows = list(reader)
    assert [(r["doc_id"], r["event_index"], r["start_date"]) for r in rows] == [
        ("pzk-tczew", "0", "2020-03-12"),
        ("pzk-tczew", "1", "2020-04-02"),
        ("zly", "", ""),
    ]
    first = rows[0]
    assert (first["place"], first["voivodeship"], first["teryt_simc"]) == ("Tczew", "pomorskie", "0934465")
    assert first["participants"] == "Ewa Zielińska; Jan Kowalski"
    assert first["evidence"] == SENT_1 and first["evidence_end"] == str(len(SENT_1))
    assert rows[1]["start_time"] == "9:30" and rows[1]["status"] == "planned"
    assert rows[2]["error"] == "not text"
    # The first columns are the contract of schema 1.0: new columns only ever come after them.
    assert COLUMNS[:16] == (
        "doc_id", "title", "meeting_type", "event_index", "event_type", "start_date", "end_date", "status",
        "place", "voivodeship", "venue", "participants", "organizations", "projects", "evidence", "error",
    )  # fmt: skip


def test_csv_keeps_one_article_row_for_an_article_without_events():
    record = ArticleRecord(
        doc_id="nabor", title="Nabór do projektu", url="https://example.org/nabor", published="2021-02-01"
    )
    buf = io.StringIO()
    export.to_csv([record, *_records()], buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == 4  # the article, two events, the failed article
    first = rows[0]
    assert (first["doc_id"], first["title"], first["url"], first["published"]) == (
        "nabor",
        "Nabór do projektu",
        "https://example.org/nabor",
        "2021-02-01",
    )
    assert all(first[c] == "" for c in COLUMNS if c not in ("doc_id", "title", "url", "published"))


def test_a_single_record_and_streams_are_accepted(tmp_path):
    buf = io.StringIO()
    assert export.to_jsonl(_records()[0], buf) == 1
    assert buf.getvalue().count("\n") == 1
    icalendar = pytest.importorskip("icalendar")
    assert export.to_ics(_records(), tmp_path / "e.ics") == 2
    cal = icalendar.Calendar.from_ical((tmp_path / "e.ics").read_bytes())
    assert [ev.decoded("DTSTART").isoformat() for ev in cal.walk("VEVENT")] == ["2020-03-12", "2020-04-02"]


def test_sqlite_to_a_path_and_into_an_open_connection(tmp_path):
    assert export.to_sqlite(_records(), tmp_path / "e.db") == 2
    conn = sqlite3.connect(":memory:")
    assert export.to_sqlite(_records(), conn) == 2
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 2
    conn.close()


def test_generic_export_checks_format_and_destination(tmp_path):
    assert export.export(_records(), tmp_path / "e.jsonld", "jsonld") == 2
    assert json.loads((tmp_path / "e.jsonld").read_text(encoding="utf-8"))["@graph"][1]["@type"] == "Event"
    with pytest.raises(TypeError):
        export.export(_records(), io.StringIO(), "sqlite")
    with pytest.raises(ValueError, match="unknown format"):
        export.export(_records(), tmp_path / "x", "xml")


def test_every_format_is_byte_for_byte_deterministic(tmp_path):
    for fmt in export.FORMATS:
        if fmt in ("ics", "sqlite"):
            continue  # ics: needs the optional package (tested above); sqlite: not a byte format
        a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        export.export(_records(), a, fmt)
        export.export(_records(), b, fmt)
        assert a.read_bytes() == b.read_bytes(), fmt


def test_end_to_end_from_text_to_calendar_and_json_ld(tmp_path):
    """A real extraction written to the two exchange formats and read back by their parsers."""
    icalendar = pytest.importorskip("icalendar")
    rdflib = pytest.importorskip("rdflib")
    record = kooperacja_nlp.extract(ARTICLE, doc_id="tczew")
    assert [(e.start_date, e.end_date) for e in record.events] == [("2020-03-12", "2020-03-12")]
    export.to_ics(record, tmp_path / "e.ics")
    (ev,) = icalendar.Calendar.from_ical((tmp_path / "e.ics").read_bytes()).walk("VEVENT")
    assert ev.decoded("DTSTART").isoformat() == "2020-03-12" and ev.decoded("DTEND").isoformat() == "2020-03-13"
    assert str(ev["UID"]) == "tczew-0-2020-03-12-2020-03-12@kooperacja-nlp.invalid"
    export.to_jsonld(record, tmp_path / "e.jsonld")
    g = rdflib.Graph().parse(tmp_path / "e.jsonld", format="json-ld")
    start = g.value(
        rdflib.URIRef("urn:kooperacja-nlp:doc:tczew:event:0"), rdflib.URIRef("https://schema.org/startDate")
    )
    assert start.toPython().isoformat() == "2020-03-12"


@pytest.mark.parametrize("fmt", ["jsonld", "ics"])
def test_cli_extract_offers_the_new_formats(tmp_path, capsys, fmt):
    if fmt == "ics":
        pytest.importorskip("icalendar")
    text = tmp_path / "tczew.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(text), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "2020-03-12" in out or "20200312" in out

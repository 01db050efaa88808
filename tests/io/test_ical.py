"""iCalendar output parsed back by the ``icalendar`` package (RFC 5545 round trip)."""

from __future__ import annotations

import io
import logging
from datetime import UTC, date, datetime

import pytest
from io_samples import K3, SENT_1, event, torun_article

from kooperacja_nlp.io.ical import write_ics
from kooperacja_nlp.records import ArticleRecord, Place

icalendar = pytest.importorskip("icalendar")

SENT_4 = "Konferencja podsumowująca rozpocznie się 14 listopada 2019 r. o godz. 10:00 w Katowicach."


def _records() -> list[ArticleRecord]:
    conference = event(
        "conference",
        "2019-11-14",
        text=SENT_4,
        start_time="10:00",
        status="planned",
        place=Place(name="Katowice", voivodeship="śląskie"),
        projects=(K3,),
    )
    b = ArticleRecord(doc_id="konferencje/2019 listopad", events=(conference,))
    return [torun_article(), b, ArticleRecord(doc_id="bez-wydarzen")]


def _write(records: list[ArticleRecord]) -> str:
    buf = io.StringIO(newline="")
    assert write_ics(records, buf) == len(records)
    return buf.getvalue()


def _events(text: str) -> dict[str, object]:
    cal = icalendar.Calendar.from_ical(text)
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def test_icalendar_reads_back_all_day_events_with_exclusive_end():
    events = _events(_write(_records()))
    assert set(events) == {
        "ks-torun-0-2021-03-04-2021-03-05@kooperacja-nlp.invalid",
        "konferencje%2F2019%20listopad-0-2019-11-14-2019-11-14@kooperacja-nlp.invalid",
    }
    ks = events["ks-torun-0-2021-03-04-2021-03-05@kooperacja-nlp.invalid"]
    # All-day: plain dates (VALUE=DATE), DTEND the day after the last day (RFC 5545 3.6.1).
    assert ks.decoded("DTSTART") == date(2021, 3, 4) and not isinstance(ks.decoded("DTSTART"), datetime)
    assert ks.decoded("DTEND") == date(2021, 3, 6)
    assert str(ks["LOCATION"]) == "sala konferencyjna ROPS, Toruń, woj. kujawsko-pomorskie"
    assert str(ks["SUMMARY"]) == "Posiedzenie komitetu sterującego – Toruń"
    assert ks.decoded("DTSTAMP") == datetime(2021, 3, 10, tzinfo=UTC)  # publication date, not "now"
    assert str(ks["URL"]) == "https://example.org/aktualnosci/komitet"
    geo = ks.decoded("GEO")
    assert tuple(geo) == (53.0103, 18.6044)
    description = str(ks["DESCRIPTION"])
    assert description.startswith(SENT_1 + "\n\n")
    assert "Projekt: Kooperacja – efektywna i skuteczna" in description
    assert "Uczestnicy: Anna Nowak; Piotr Wiśniewski" in description
    assert "Źródło: Komitet Sterujący w Toruniu https://example.org/aktualnosci/komitet [ks-torun]" in description


def test_start_time_goes_to_the_description_and_dtstamp_falls_back_to_the_event_day():
    conf = _events(_write(_records()))["konferencje%2F2019%20listopad-0-2019-11-14-2019-11-14@kooperacja-nlp.invalid"]
    assert conf.decoded("DTSTART") == date(2019, 11, 14) and conf.decoded("DTEND") == date(2019, 11, 15)
    assert conf.decoded("DTSTAMP") == datetime(2019, 11, 14, tzinfo=UTC)
    assert "Godzina rozpoczęcia: 10:00" in str(conf["DESCRIPTION"])
    assert "Status: zapowiedziane" in str(conf["DESCRIPTION"])
    assert str(conf["LOCATION"]) == "Katowice, woj. śląskie"


def test_events_without_an_exact_day_are_skipped_and_counted(caplog):
    with caplog.at_level(logging.WARNING, logger="kooperacja_nlp.io.ical"):
        text = _write(_records())
    assert len(_events(text)) == 2
    assert "2 event(s) without an exact start date" in caplog.text


def test_file_follows_rfc5545_framing_and_is_deterministic():
    text = _write(_records())
    assert text == _write(_records())
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")[:-1]
    assert "\n" not in "".join(lines)  # every line ends with CRLF
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)  # folded (3.1)
    assert "VERSION:2.0" in lines and "PRODID:-//kooperacja-nlp//kooperacja-nlp//PL" in lines


def test_calendar_says_which_events_it_cannot_hold():
    from kooperacja_nlp.lang.labels import CALENDAR_DESCRIPTION

    cal = icalendar.Calendar.from_ical(_write(_records()))
    # Calendar apps show X-WR-CALDESC; it is TEXT, so its commas are escaped (RFC 5545 3.3.11).
    raw = str(cal["X-WR-CALDESC"])  # icalendar keeps an X- property's value as written
    assert raw.replace("\\,", ",") == CALENDAR_DESCRIPTION and "\\," in raw
    assert "bez roku" in CALENDAR_DESCRIPTION and "pominięte" in CALENDAR_DESCRIPTION


def test_empty_input_is_a_valid_empty_calendar():
    cal = icalendar.Calendar.from_ical(_write([]))
    assert cal.walk("VEVENT") == []

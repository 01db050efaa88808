"""The evaluator implements FORMAT.md's scoring rules exactly."""

from __future__ import annotations

from kooperacja_nlp.evaluate import date_matches, macro_f1, score
from kooperacja_nlp.records import ArticleRecord, Event, Person, Place, Project

EV = {"text": "x", "start": 0, "end": 1}


def _record(**kw):
    return ArticleRecord(doc_id="d", **kw)


def test_year_less_and_month_gold_dates():
    assert date_matches("--07-18", "2021-07-18")
    assert date_matches("--07-18", "--07-18")
    assert not date_matches("--07-18", "2021-07-19")
    assert date_matches("2019-11", "2019-11-30")
    assert not date_matches("2019-11-14", "--11-14")


def test_set_fields_fold_case_dashes_and_voivodeship_prefix():
    gold = {
        "persons": ["Anna Kowalska-Nowak"],
        "places": ["Zielona Góra"],
        "voivodeships": ["województwo śląskie"],
        "projects": ["Kooperacja – efektywna i skuteczna"],
        "events": [],
        "meeting_type": "other",
    }
    rec = _record(
        persons=(Person(name="anna kowalska – nowak"),),
        places=(Place(name="ZIELONA GÓRA"), Place(name="śląskie", kind="voivodeship")),
        projects=(Project(name="„Kooperacja - efektywna i skuteczna”"),),
        meeting_type="other",
    )
    rep = score([(gold, rec)])
    for f in ("persons", "places", "voivodeships", "projects"):
        assert rep.fields[f].f1 == 1.0, f


def test_events_match_once_and_score_type_status_place():
    gold = {
        "events": [
            {"type": "training", "start": "2019-11-14", "end": "2019-11-15", "place": "Toruń", "status": "held"},
            {"type": "conference", "start": "--12-01", "end": "--12-01", "place": None, "status": "planned"},
        ],
        "meeting_type": "training",
    }
    events = (
        Event(
            event_type="training",
            start_date="2019-11-14",
            end_date="2019-11-15",
            status="held",
            place=Place(name="Toruń"),
            evidence=EV,
        ),
        Event(event_type="training", start_date="2019-11-14", end_date="2019-11-15", evidence=EV),
        Event(event_type="other", start_date="2020-12-01", end_date="2020-12-01", status="planned", evidence=EV),
    )
    rep = score([(gold, _record(events=events, meeting_type="conference"))])
    ev = rep.fields["event_dates"]
    assert (ev.tp, ev.fp, ev.fn) == (2, 1, 0)
    assert (rep.event_type.correct, rep.event_type.total) == (1, 2)
    assert (rep.event_status.correct, rep.event_status.total) == (2, 2)
    assert (rep.event_place.correct, rep.event_place.total) == (1, 1)
    assert rep.meeting_type.value == 0.0
    # the label errors name the document and the day, so that they can be looked up
    assert rep.errors["event_type"] == {"d --12-01 conference -> other": 1}
    assert "event_status" not in rep.errors
    assert rep.errors["meeting_type"] == {"d training -> conference": 1}


def test_macro_f1():
    assert macro_f1(["a", "a", "b"], ["a", "a", "b"]) == 1.0
    assert round(macro_f1(["a", "b"], ["a", "a"]), 4) == round((2 / 3 + 0) / 2, 4)

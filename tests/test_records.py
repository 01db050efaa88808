"""The record schema is versioned: the committed JSON Schema must match the models."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from pydantic import ValidationError

from kooperacja_nlp.records import SCHEMA_VERSION, ArticleRecord, Event, json_schema


def test_committed_schema_matches_models():
    committed = json.loads((resources.files("kooperacja_nlp") / "schema" / "article.v1.json").read_text("utf-8"))
    assert committed == json.loads(json.dumps(json_schema(), sort_keys=True)), (
        "models changed: bump SCHEMA_VERSION if needed and regenerate with `kooperacja-nlp schema`"
    )
    assert committed["x-schema-version"] == SCHEMA_VERSION


def test_records_are_strict():
    with pytest.raises(ValidationError):
        ArticleRecord(doc_id="x", unknown_field=1)
    with pytest.raises(ValidationError):
        Event(start_date="14.11.2019", end_date="2019-11-14", evidence={"text": "", "start": 0, "end": 0})


@pytest.mark.parametrize("value", ["2019-11-14", "--07-18", "2019-11"])
def test_iso_date_forms_accepted(value):
    e = Event(start_date=value, end_date=value, evidence={"text": "x", "start": 0, "end": 1})
    assert e.start_date == value

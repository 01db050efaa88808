"""Public extraction functions: one per kind of thing, reading what the components left on a Doc.

In the manner of ``textacy.extract``: the Doc comes first, options are keyword-only, results are
typed records in text order. No matching happens here; the components did it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any, Final, TypeVar

from pydantic import BaseModel
from spacy.tokens import Doc

from kooperacja_nlp.components.base import values
from kooperacja_nlp.errors import Errors
from kooperacja_nlp.records import (
    ArticleRecord,
    DateMention,
    ErrorInfo,
    Event,
    Organization,
    Person,
    Place,
    Project,
)

M = TypeVar("M", bound=BaseModel)


@functools.cache
def _field_names(model: type[BaseModel]) -> frozenset[str]:
    """A model's fields, looked up once: ``model_fields`` is a computed property in pydantic 2.x and
    reading it for every value of every span was a third of the cost of building a record."""
    return frozenset(model.model_fields) - {"mentions"}


def _fields(model: type[BaseModel], value: dict[str, Any]) -> dict[str, Any]:
    names = _field_names(model)
    return {k: v for k, v in value.items() if k in names}


# The record is assembled as plain data and validated once, as a whole, by ``ArticleRecord``:
# pydantic then checks every nested value in one call into its (compiled) validator instead of
# one call per mention, date and place, which was most of the cost of building a record. The
# ``*_data`` functions below give exactly what the public functions validate item by item.


def _merged_data(doc: Doc, group: str, model: type[BaseModel], key: tuple[str, ...]) -> list[dict[str, Any]]:
    """Group span values by ``key``, keep the first non-empty value of each field, all mentions."""
    names = _field_names(model)
    merged: dict[tuple[Any, ...], tuple[dict[str, Any], list[dict[str, Any]]]] = {}
    for v in values(doc, group):
        k = tuple(map(v.get, key))
        mention = {"text": v["text"], "start": v["start"], "end": v["end"]}
        if k not in merged:
            merged[k] = ({f: val for f, val in v.items() if f in names}, [mention])
            continue
        fields, mentions = merged[k]
        for f, val in v.items():
            if f in names and fields.get(f) in (None, "") and val not in (None, ""):
                fields[f] = val
        mentions.append(mention)
    return [{**fields, "mentions": ms} for fields, ms in merged.values()]


def _merged(doc: Doc, group: str, model: type[M], key: tuple[str, ...]) -> list[M]:
    return [model.model_validate(item) for item in _merged_data(doc, group, model, key)]


def _dates_data(doc: Doc) -> list[dict[str, Any]]:
    return [_fields(DateMention, v) for v in values(doc, "kn_dates")]


def dates(doc: Doc, *, kinds: set[str] | None = None) -> Iterator[DateMention]:
    """Temporal expressions in text order; ``kinds`` filters ({"date", "range"} for event dates)."""
    for v in values(doc, "kn_dates"):
        if kinds is None or v.get("kind") in kinds:
            yield DateMention.model_validate(_fields(DateMention, v))


def places(doc: Doc, *, kinds: set[str] | None = None) -> list[Place]:
    """Places (one per name and kind) in order of first mention, with all their mentions."""
    return [p for p in _merged(doc, "kn_places", Place, _PLACE_KEY) if kinds is None or p.kind in kinds]


def persons(doc: Doc, *, with_roles: bool = True) -> list[Person]:
    """People in order of first mention, nominative names, all mentions merged."""
    out = _merged(doc, "kn_persons", Person, _NAME_KEY)
    return out if with_roles else [p.model_copy(update={"role": None, "organization": None}) for p in out]


def organizations(doc: Doc) -> list[Organization]:
    return _merged(doc, "kn_orgs", Organization, _NAME_KEY)


def projects(doc: Doc, *, linked_only: bool = False) -> list[Project]:
    """Projects in order of first mention; ``linked_only`` keeps those found in the knowledge base."""
    out = _merged(doc, "kn_projects", Project, _PROJECT_KEY)
    return [p for p in out if p.id] if linked_only else out


def events(doc: Doc, *, status: str | None = None) -> list[Event]:
    out = [Event.model_validate(e) for e in (doc._.kn_events or [])]
    return [e for e in out if status is None or e.status == status]


_PLACE_KEY: Final[tuple[str, ...]] = ("kind", "name")
_NAME_KEY: Final[tuple[str, ...]] = ("name",)
_PROJECT_KEY: Final[tuple[str, ...]] = ("name", "id")


def article(
    doc: Doc, *, doc_id: str, url: str | None = None, published: str | None = None, encoding: str | None = None
) -> ArticleRecord:
    """The full record of one article; a component failure gives an error record (E007)."""
    if doc._.kn_error:
        err = doc._.kn_error
        return error_record(doc_id, Errors.E007.code, Errors.E007.fmt(**err), url=url, encoding=encoding)
    record = ArticleRecord.model_validate(
        {
            "doc_id": doc_id,
            "url": url,
            "published": published or None,
            "title": doc._.kn_title,
            "meeting_type": doc._.kn_meeting_type,
            "meeting_type_scores": doc._.kn_meeting_type_scores or {},
            "events": doc._.kn_events or [],
            "dates": _dates_data(doc),
            "places": _merged_data(doc, "kn_places", Place, _PLACE_KEY),
            "persons": _merged_data(doc, "kn_persons", Person, _NAME_KEY),
            "organizations": _merged_data(doc, "kn_orgs", Organization, _NAME_KEY),
            "projects": _merged_data(doc, "kn_projects", Project, _PROJECT_KEY),
            "encoding": encoding,
        }
    )
    if not published and (dateline := _dateline(record.dates)) is not None:
        # from a validated date mention, so a valid ``published``; the copy keeps the field order
        record = record.model_copy(update={"published": dateline})
    return record


def _dateline(found: tuple[DateMention, ...]) -> str | None:
    """The article's own date when the input came without one: scraped pages carry it in the text
    ("Opublikowano: 12.03.2021"), and a table of events needs it to place undated reports in time."""
    return next((d.value for d in found if d.publication and len(d.value) == 10 and d.value[0] != "-"), None)


def error_record(
    doc_id: str, code: str, message: str, *, url: str | None = None, encoding: str | None = None
) -> ArticleRecord:
    return ArticleRecord(doc_id=doc_id, url=url, encoding=encoding, error=ErrorInfo(code=code, message=message))

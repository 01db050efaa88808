"""Public extraction functions: one per kind of thing, reading what the components left on a Doc.

In the manner of ``textacy.extract``: the Doc comes first, options are keyword-only, results are
typed records in text order. No matching happens here; the components did it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any, TypeVar

from pydantic import BaseModel
from spacy.tokens import Doc

from kooperacja_nlp.components.base import values
from kooperacja_nlp.errors import Errors
from kooperacja_nlp.records import (
    ArticleRecord,
    DateMention,
    ErrorInfo,
    Event,
    Mention,
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


def _merged(doc: Doc, group: str, model: type[M], key: tuple[str, ...]) -> list[M]:
    """Group span values by ``key``, keep the first non-empty value of each field, all mentions."""
    merged: dict[tuple[Any, ...], tuple[dict[str, Any], list[Mention]]] = {}
    for v in values(doc, group):
        k = tuple(v.get(f) for f in key)
        mention = Mention(text=v["text"], start=v["start"], end=v["end"])
        if k not in merged:
            merged[k] = (_fields(model, v), [mention])
            continue
        fields, mentions = merged[k]
        for f, val in _fields(model, v).items():
            if fields.get(f) in (None, "") and val not in (None, ""):
                fields[f] = val
        mentions.append(mention)
    return [model.model_validate({**fields, "mentions": tuple(ms)}) for fields, ms in merged.values()]


def dates(doc: Doc, *, kinds: set[str] | None = None) -> Iterator[DateMention]:
    """Temporal expressions in text order; ``kinds`` filters ({"date", "range"} for event dates)."""
    for v in values(doc, "kn_dates"):
        if kinds is None or v.get("kind") in kinds:
            yield DateMention.model_validate(_fields(DateMention, v))


def places(doc: Doc, *, kinds: set[str] | None = None) -> list[Place]:
    """Places (one per name and kind) in order of first mention, with all their mentions."""
    return [p for p in _merged(doc, "kn_places", Place, ("kind", "name")) if kinds is None or p.kind in kinds]


def persons(doc: Doc, *, with_roles: bool = True) -> list[Person]:
    """People in order of first mention, nominative names, all mentions merged."""
    out = _merged(doc, "kn_persons", Person, ("name",))
    return out if with_roles else [p.model_copy(update={"role": None, "organization": None}) for p in out]


def organizations(doc: Doc) -> list[Organization]:
    return _merged(doc, "kn_orgs", Organization, ("name",))


def projects(doc: Doc, *, linked_only: bool = False) -> list[Project]:
    """Projects in order of first mention; ``linked_only`` keeps those found in the knowledge base."""
    out = _merged(doc, "kn_projects", Project, ("name", "id"))
    return [p for p in out if p.id] if linked_only else out


def events(doc: Doc, *, status: str | None = None) -> list[Event]:
    out = [Event.model_validate(e) for e in (doc._.kn_events or [])]
    return [e for e in out if status is None or e.status == status]


def article(
    doc: Doc, *, doc_id: str, url: str | None = None, published: str | None = None, encoding: str | None = None
) -> ArticleRecord:
    """The full record of one article; a component failure gives an error record (E007)."""
    if doc._.kn_error:
        err = doc._.kn_error
        return error_record(doc_id, Errors.E007.code, Errors.E007.fmt(**err), url=url, encoding=encoding)
    found = tuple(dates(doc))
    return ArticleRecord(
        doc_id=doc_id,
        url=url,
        published=published or _dateline(found),
        title=doc._.kn_title,
        meeting_type=doc._.kn_meeting_type,
        meeting_type_scores=doc._.kn_meeting_type_scores or {},
        events=tuple(events(doc)),
        dates=found,
        places=tuple(places(doc)),
        persons=tuple(persons(doc)),
        organizations=tuple(organizations(doc)),
        projects=tuple(projects(doc)),
        encoding=encoding,
    )


def _dateline(found: tuple[DateMention, ...]) -> str | None:
    """The article's own date when the input came without one: scraped pages carry it in the text
    ("Opublikowano: 12.03.2021"), and a table of events needs it to place undated reports in time."""
    return next((d.value for d in found if d.publication and len(d.value) == 10 and d.value[0] != "-"), None)


def error_record(
    doc_id: str, code: str, message: str, *, url: str | None = None, encoding: str | None = None
) -> ArticleRecord:
    return ArticleRecord(doc_id=doc_id, url=url, encoding=encoding, error=ErrorInfo(code=code, message=message))

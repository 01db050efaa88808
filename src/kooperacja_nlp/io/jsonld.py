"""JSON-LD output: schema.org ``Event`` nodes that RDF tools and search engines can read.

The document is one JSON object ``{"@context": ..., "@graph": [...]}`` whose context is written
inline (``@vocab`` = schema.org), so no JSON-LD processor ever fetches https://schema.org to read
it: output must parse offline, inside firewalled pipelines, identically in ten years.

Mapping of an :class:`~kooperacja_nlp.records.Event`:

- ``startDate``/``endDate``: exact dates (``YYYY-MM-DD``) are plain strings typed ``xsd:date`` by
  the context. Partial dates keep their text and say what they are with an explicit value object:
  ``{"@value": "2019-11", "@type": "xsd:gYearMonth"}``, ``xsd:gYear`` for a year, and
  ``xsd:gMonthDay`` for a year-less ``--07-16`` (exactly the XSD lexical form). They are never
  padded to a fake day: an RDF store must not believe a meeting happened on the 1st.
- ``location``: a ``Place`` (the venue when one is named, else the locality) with a
  ``PostalAddress`` (locality, voivodeship as ``addressRegion``, ``PL`` when the place was found in
  the Polish register), ``GeoCoordinates`` and TERYT identifiers when known.
- ``eventStatus``: ``schema:EventScheduled`` for every event, held and planned alike: schema.org
  defines it as "taking place or has taken place on the startDate as scheduled", and a news
  article gives no sign of a cancellation or a postponement that the other values would need.
  Whether the article reports the event as held or announces it stays in ``kn:status``
  (``held``/``planned``), which does not depend on when the file is read.
- ``organizer``: the organisations the extractor linked to the event (records do not tell
  organisers from guests, so all linked organisations are listed here).
- ``attendee``: ``Person`` nodes for the participants, with title, role and employer from the
  article's person list.
- ``about``: the projects; knowledge-base projects get a stable ``@id`` so events of one project
  join into one node across articles.
- ``description``: the evidence sentence; ``subjectOf``: the article node (``NewsArticle``).
Records with an error produce only the article node (with ``kn:error``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import IO, Any, Final
from urllib.parse import quote

from kooperacja_nlp.lang.labels import EVENT_TYPE_LABELS
from kooperacja_nlp.records import ArticleRecord, Event, Organization, Person, Place, Project
from kooperacja_nlp.report import date_precision

SCHEMA: Final[str] = "https://schema.org/"
KN_VOCAB: Final[str] = "https://kooperacja-nlp.invalid/vocab#"
IRI_PREFIX: Final[str] = "urn:kooperacja-nlp:"
XSD: Final[str] = "http://www.w3.org/2001/XMLSchema#"

# The whole context, inline. Terms not listed here resolve through @vocab to schema.org.
CONTEXT: Final[Mapping[str, Any]] = MappingProxyType(
    {
        "@vocab": SCHEMA,
        "schema": SCHEMA,
        "xsd": XSD,
        "kn": KN_VOCAB,
        "startDate": {"@id": "schema:startDate", "@type": "xsd:date"},
        "endDate": {"@id": "schema:endDate", "@type": "xsd:date"},
        "datePublished": {"@id": "schema:datePublished", "@type": "xsd:date"},
        "eventType": {"@id": "kn:eventType"},
        "status": {"@id": "kn:status"},
        "eventStatus": {"@id": "schema:eventStatus", "@type": "@vocab"},  # a term, so the value is an IRI
        "startTime": {"@id": "kn:startTime"},
        "evidenceStart": {"@id": "kn:evidenceStart", "@type": "xsd:integer"},
        "evidenceEnd": {"@id": "kn:evidenceEnd", "@type": "xsd:integer"},
        "error": {"@id": "kn:error"},
    }
)

# schema.org EventStatusType of each records.Status (see the module docstring for why both are one).
EVENT_STATUS: Final[Mapping[str, str]] = MappingProxyType({"held": "EventScheduled", "planned": "EventScheduled"})

# XSD datatype of each date precision (see report.date_precision); "day" uses the context's coercion.
PARTIAL_DATE_TYPES: Final[Mapping[str, str]] = MappingProxyType(
    {"month": "xsd:gYearMonth", "year": "xsd:gYear", "no_year": "xsd:gMonthDay"}
)


def doc_iri(doc_id: str) -> str:
    """A stable IRI for an article: doc ids may hold spaces or slashes, so they are percent-encoded."""
    return f"{IRI_PREFIX}doc:{quote(doc_id, safe='')}"


def event_iri(doc_id: str, index: int) -> str:
    return f"{doc_iri(doc_id)}:event:{index}"


def _date(value: str) -> str | dict[str, str]:
    precision = date_precision(value)
    if precision == "day":
        return value
    return {"@value": value, "@type": PARTIAL_DATE_TYPES[precision]}


def _compact(node: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: JSON-LD ignores nulls anyway, and smaller nodes are easier to read."""
    return {k: v for k, v in node.items() if v is not None and v != [] and v != {}}


def _address(place: Place) -> dict[str, Any] | None:
    polish = place.voivodeship is not None or place.teryt_simc is not None or place.teryt_terc is not None
    address: dict[str, Any] = {"@type": "PostalAddress"}
    if place.kind == "locality":  # a venue's name is a building, a commune's a unit: not a locality
        address["addressLocality"] = place.name
    if place.kind == "voivodeship":
        address["addressRegion"] = place.name
        polish = True
    elif place.voivodeship:
        address["addressRegion"] = place.voivodeship
    if place.kind == "country":
        address["addressCountry"] = place.name
    elif place.country:  # a city abroad: the country as the record names it ("Litwa")
        address["addressCountry"] = place.country
    elif polish:
        address["addressCountry"] = "PL"
    return address if len(address) > 1 else None


def place_node(place: Place | None, venue: str | None = None) -> dict[str, Any] | None:
    """schema.org ``Place``: the venue (if named) located in the extracted place."""
    if place is None and not venue:
        return None
    node: dict[str, Any] = {"@type": "Place", "name": venue or (place.name if place else None)}
    if place is not None:
        node["address"] = _address(place)
        if place.lat is not None and place.lon is not None:
            node["geo"] = {"@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon}
        node["identifier"] = [
            {"@type": "PropertyValue", "propertyID": prop, "value": value}
            for prop, value in (("TERYT SIMC", place.teryt_simc), ("TERYT TERC", place.teryt_terc))
            if value
        ]
        if venue:
            node["containedInPlace"] = _compact({"@type": "Place", "name": place.name, "address": node["address"]})
    return _compact(node)


def _named(type_: str, name: str, **properties: Any) -> dict[str, Any]:
    """A typed node with a name; properties without a value are dropped."""
    return _compact({"@type": type_, "name": name, **properties})


def person_node(name: str, person: Person | None) -> dict[str, Any]:
    """A participant as written in the event, enriched from the article's person list when found there."""
    if person is None:
        return _named("Person", name)
    employer = _named("Organization", person.organization) if person.organization else None
    return _named("Person", name, honorificPrefix=person.title, jobTitle=person.role, worksFor=employer)


def organization_node(name: str, org: Organization | None) -> dict[str, Any]:
    if org is None:
        return _named("Organization", name)
    address = {"@type": "PostalAddress", "addressLocality": org.place} if org.place else None
    return _named("Organization", name, alternateName=org.acronym, address=address)


def project_node(name: str, project: Project | None) -> dict[str, Any]:
    if project is None:
        return _named("Project", name)
    iri = f"{IRI_PREFIX}project:{quote(project.id, safe='')}" if project.id else None
    return _named("Project", name, **{"@id": iri}, identifier=project.number)


def event_node(record: ArticleRecord, index: int, event: Event) -> dict[str, Any]:
    """One schema.org ``Event`` node; names are enriched from the article's entity lists."""
    persons = {p.name: p for p in record.persons}
    orgs = {o.name: o for o in record.organizations}
    projects = {p.name: p for p in record.projects}
    node: dict[str, Any] = {
        "@id": event_iri(record.doc_id, index),
        "@type": "Event",
        "name": EVENT_TYPE_LABELS[event.event_type],
        "eventType": event.event_type,
        "status": event.status,
        "eventStatus": EVENT_STATUS[event.status],
        "startDate": _date(event.start_date),
        "endDate": _date(event.end_date),
        "startTime": event.start_time,
        "location": place_node(event.place, event.venue),
        "organizer": [organization_node(n, orgs.get(n)) for n in event.organizations],
        "attendee": [person_node(n, persons.get(n)) for n in event.participants],
        "about": [project_node(n, projects.get(n)) for n in event.projects],
        "description": event.evidence.text,
        "evidenceStart": event.evidence.start,
        "evidenceEnd": event.evidence.end,
        "inLanguage": "pl",
        "subjectOf": {"@id": doc_iri(record.doc_id)},
    }
    return _compact(node)


def article_node(record: ArticleRecord) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@id": doc_iri(record.doc_id),
        "@type": "NewsArticle",
        "identifier": record.doc_id,
        "url": record.url,
        "headline": record.title,
        "datePublished": _date(record.published) if record.published else None,
        "inLanguage": "pl",
        "error": record.error.code if record.error else None,
    }
    return _compact(node)


def nodes(record: ArticleRecord) -> Iterator[dict[str, Any]]:
    """The article node, then one node per event (in record order, so ``@id``s are stable)."""
    yield article_node(record)
    for i, event in enumerate(record.events):
        yield event_node(record, i, event)


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write_jsonld(records: Iterable[ArticleRecord], stream: IO[str]) -> int:
    """One JSON-LD document, nodes streamed one per line inside ``@graph``; returns the record count."""
    stream.write('{"@context":' + _dumps(dict(CONTEXT)) + ',\n"@graph":[')
    n = 0
    first = True
    for record in records:
        for node in nodes(record):
            stream.write(("\n" if first else ",\n") + _dumps(node))
            first = False
        n += 1
    stream.write("\n]}\n")
    return n

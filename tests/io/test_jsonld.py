"""JSON-LD output read back by real JSON-LD processors (rdflib, pyld), offline."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from io_samples import K2, K2_ID, ROPS_TORUN, SENT_1, TORUN, torun_article

from kooperacja_nlp.io.jsonld import doc_iri, event_iri, write_jsonld
from kooperacja_nlp.records import ArticleRecord, ErrorInfo, Organization, Person, Project

S = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

# rdflib's own JSON-LD parser uses its deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


def _records() -> list[ArticleRecord]:
    a = torun_article(
        meeting_type="steering_committee",
        places=(TORUN,),
        persons=(Person(name="Anna Nowak", title="dr", role="dyrektor", organization="ROPS w Toruniu"),),
        organizations=(Organization(name=ROPS_TORUN, acronym="ROPS", place="Toruń"),),
        projects=(Project(name=K2, id=K2_ID, number="POWR.02.05.00-00-0001/17"),),
    )
    b = ArticleRecord(doc_id="zespół 2/3", error=ErrorInfo(code="E001", message="empty text"))
    return [a, b]


def _write(records: list[ArticleRecord]) -> str:
    buf = io.StringIO()
    assert write_jsonld(records, buf) == len(records)
    return buf.getvalue()


@pytest.fixture(scope="module")
def graph():
    rdflib = pytest.importorskip("rdflib")
    return rdflib.Graph().parse(data=_write(_records()), format="json-ld")


def test_output_is_one_json_document_with_an_inline_context():
    doc = json.loads(_write(_records()))
    assert doc["@context"]["@vocab"] == S
    assert isinstance(doc["@context"], dict)  # never a URL to fetch
    assert [n["@type"] for n in doc["@graph"]] == ["NewsArticle", "Event", "Event", "Event", "NewsArticle"]


def test_rdflib_finds_schema_events_with_typed_dates(graph):
    from rdflib import RDF, Literal, URIRef

    events = set(graph.subjects(RDF.type, URIRef(S + "Event")))
    assert events == {URIRef(event_iri("ks-torun", i)) for i in range(3)}
    start = graph.value(URIRef(event_iri("ks-torun", 0)), URIRef(S + "startDate"))
    end = graph.value(URIRef(event_iri("ks-torun", 0)), URIRef(S + "endDate"))
    assert start.datatype == URIRef(XSD + "date") and start.toPython() == date(2021, 3, 4)
    assert end.toPython() == date(2021, 3, 5)
    # Partial dates keep their text and say what they are; no day or year is invented.
    assert graph.value(URIRef(event_iri("ks-torun", 1)), URIRef(S + "startDate")) == Literal(
        "--07-16", datatype=URIRef(XSD + "gMonthDay")
    )
    assert graph.value(URIRef(event_iri("ks-torun", 2)), URIRef(S + "endDate")) == Literal(
        "2021-05", datatype=URIRef(XSD + "gYearMonth")
    )


def test_held_and_planned_events_are_both_scheduled_and_keep_their_status(graph):
    """schema.org EventScheduled: 'is taking place or has taken place on the startDate as scheduled'."""
    from rdflib import Literal, URIRef

    kn_status = URIRef("https://kooperacja-nlp.invalid/vocab#status")
    for index, status in ((0, "held"), (1, "planned"), (2, "planned")):
        ev = URIRef(event_iri("ks-torun", index))
        assert graph.value(ev, URIRef(S + "eventStatus")) == URIRef(S + "EventScheduled")  # an IRI, not a string
        assert graph.value(ev, kn_status) == Literal(status)


def test_location_is_a_place_with_address_geo_and_teryt(graph):
    from rdflib import RDF, URIRef

    def one(s, p):
        return graph.value(s, URIRef(S + p))

    place = one(URIRef(event_iri("ks-torun", 0)), "location")
    assert (place, RDF.type, URIRef(S + "Place")) in graph
    assert str(one(place, "name")) == "sala konferencyjna ROPS"
    address = one(place, "address")
    assert str(one(address, "addressLocality")) == "Toruń"
    assert str(one(address, "addressRegion")) == "kujawsko-pomorskie"
    assert str(one(address, "addressCountry")) == "PL"
    geo = one(place, "geo")
    assert one(geo, "latitude").toPython() == pytest.approx(53.0103)
    assert one(geo, "longitude").toPython() == pytest.approx(18.6044)
    ident = one(place, "identifier")
    assert str(one(ident, "propertyID")) == "TERYT SIMC" and str(one(ident, "value")) == "0968286"


def test_attendees_organizer_and_project(graph):
    from rdflib import URIRef

    ev = URIRef(event_iri("ks-torun", 0))
    attendees = {str(graph.value(p, URIRef(S + "name"))): p for p in graph.objects(ev, URIRef(S + "attendee"))}
    assert set(attendees) == {"Anna Nowak", "Piotr Wiśniewski"}
    anna = attendees["Anna Nowak"]
    assert str(graph.value(anna, URIRef(S + "honorificPrefix"))) == "dr"
    assert str(graph.value(anna, URIRef(S + "jobTitle"))) == "dyrektor"
    organizer = graph.value(ev, URIRef(S + "organizer"))
    assert str(graph.value(organizer, URIRef(S + "alternateName"))) == "ROPS"
    # Knowledge-base projects are one node shared by every event about them.
    project = URIRef(f"urn:kooperacja-nlp:project:{K2_ID}")
    assert set(graph.subjects(URIRef(S + "about"), project)) == {ev, URIRef(event_iri("ks-torun", 2))}
    assert str(graph.value(project, URIRef(S + "name"))) == K2
    assert str(graph.value(ev, URIRef(S + "description"))) == SENT_1
    assert graph.value(ev, URIRef(S + "subjectOf")) == URIRef(doc_iri("ks-torun"))


def test_error_record_is_an_article_without_events(graph):
    from rdflib import URIRef

    doc = URIRef(doc_iri("zespół 2/3"))
    assert str(doc) == "urn:kooperacja-nlp:doc:zesp%C3%B3%C5%82%202%2F3"
    assert str(graph.value(doc, URIRef("https://kooperacja-nlp.invalid/vocab#error"))) == "E001"
    assert str(graph.value(doc, URIRef(S + "identifier"))) == "zespół 2/3"


def test_pyld_expands_without_any_network_access():
    pyld = pytest.importorskip("pyld")
    from pyld import jsonld

    def no_network(url, options=None):
        raise AssertionError(f"tried to fetch {url}")

    old = jsonld.get_document_loader()
    jsonld.set_document_loader(no_network)
    try:
        doc = json.loads(_write(_records()))
        nquads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    finally:
        jsonld.set_document_loader(old)
    assert pyld is not None
    lines = nquads.splitlines()
    assert sum(1 for line in lines if line.endswith(f"<{S}Event> .")) == 3
    assert f'<{event_iri("ks-torun", 0)}> <{S}startDate> "2021-03-04"^^<{XSD}date> .' in lines


def test_output_is_deterministic_and_empty_input_is_valid_json():
    assert _write(_records()) == _write(_records())
    assert json.loads(_write([]))["@graph"] == []


def test_a_city_abroad_is_addressed_in_its_country_not_in_poland():
    from kooperacja_nlp.io.jsonld import place_node
    from kooperacja_nlp.records import Place

    node = place_node(Place(name="Wilno", country="Litwa"), venue="Urząd Miasta Wilna")
    assert node is not None and node["name"] == "Urząd Miasta Wilna"
    assert node["address"] == {"@type": "PostalAddress", "addressLocality": "Wilno", "addressCountry": "Litwa"}
    assert "identifier" not in node  # no TERYT codes abroad

"""Pydantic v2 record models: the library's output contract.

Every value other systems read comes out of these models, so they are strict (``extra="forbid"``),
immutable (``frozen=True``) and carry ``schema_version``. The JSON Schema exported by
``kooperacja-nlp schema`` is committed as ``schema/article.v1.json`` and a test fails when the
models drift from it, so a field change is always a deliberate, versioned decision.
"""

from __future__ import annotations

import re
from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# 1.1.0: ``published`` falls back to the article's own dateline (no field added or removed).
# 1.2.0: ``Place.country``, set for a city abroad (the place of a study visit), None otherwise.
SCHEMA_VERSION: Final[str] = "1.2.0"

EventType = Literal[
    "steering_committee",
    "project_team",
    "local_cooperation",
    "training",
    "consultation",
    "conference",
    "agreement_signing",
    "study_visit",
    "other",
]
EVENT_TYPES: Final[tuple[str, ...]] = EventType.__args__  # type: ignore[attr-defined]

Status = Literal["held", "planned"]
PlaceKind = Literal["locality", "voivodeship", "county", "commune", "country", "venue"]
DateKind = Literal["date", "range", "month", "period", "deadline", "relative", "time"]

# ISO date, ISO month ("2019-11") or a year-less ISO date ("--11-14").
ISO_DATE_PATTERN: Final[str] = r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2}|\d{4})$"
ISO_DATE_RE: Final[re.Pattern[str]] = re.compile(ISO_DATE_PATTERN)
IsoDate = Annotated[str, StringConstraints(pattern=ISO_DATE_PATTERN)]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Mention(_Record):
    """A piece of the input text: ``text == source[start:end]`` (character offsets)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Evidence(Mention):
    """The sentence (or sentences) an event was read from, with character offsets."""


class DateMention(Mention):
    """A temporal expression as written, with its normalised value.

    ``value``/``end_value`` are ISO strings: ``YYYY-MM-DD``, ``YYYY-MM`` (month only), ``YYYY``
    (year only) or ``--MM-DD`` when the year cannot be known. ``kind`` says what it is; only
    ``date`` and ``range`` can be the date of an event, ``period``/``deadline``/``month`` cannot.
    """

    value: IsoDate | None = None
    end_value: IsoDate | None = None
    kind: DateKind = "date"
    publication: bool = Field(
        default=False, description="The article's own dateline ('Opublikowano: ...'), not a date in the story."
    )
    time: str | None = Field(default=None, description="Start time 'HH:MM' when written next to the date.")
    end_time: str | None = None


class Place(_Record):
    """A place in the nominative, official spelling, with every mention of it."""

    name: str
    kind: PlaceKind = "locality"
    voivodeship: str | None = None
    county: str | None = None
    commune: str | None = None
    teryt_simc: str | None = None
    teryt_terc: str | None = None
    lat: float | None = None
    lon: float | None = None
    # a locality abroad ("Wilno" -> "Litwa"): no voivodeship or TERYT codes; None for Polish places
    country: str | None = None
    mentions: tuple[Mention, ...] = ()


class Person(_Record):
    """A real person, name in the nominative without titles; all mentions merged."""

    name: str
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    mentions: tuple[Mention, ...] = ()


class Organization(_Record):
    name: str
    acronym: str | None = None
    place: str | None = None
    mentions: tuple[Mention, ...] = ()


class Project(_Record):
    """A funded project; ``id`` links it to the knowledge base, ``number`` is its contract number."""

    name: str
    id: str | None = None
    number: str | None = None
    mentions: tuple[Mention, ...] = ()


class Event(_Record):
    """One dated happening (meeting, training, conference, signing ...) of an article."""

    event_type: EventType = "other"
    event_type_scores: dict[str, float] = Field(default_factory=dict)
    start_date: IsoDate
    end_date: IsoDate
    start_time: str | None = None
    place: Place | None = None
    venue: str | None = None
    status: Status = "held"
    participants: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    projects: tuple[str, ...] = ()
    evidence: Evidence


class ErrorInfo(_Record):
    """Why a document produced no extraction: a stable ``code`` and a message for people."""

    code: str
    message: str


class ArticleRecord(_Record):
    """Everything extracted from one article; the unit of output of every command."""

    doc_id: str
    schema_version: str = SCHEMA_VERSION
    url: str | None = None
    published: IsoDate | None = Field(
        default=None,
        description="Publication date: as given with the input, else the article's own dateline "
        "(a date mention with publication=true), else null.",
    )
    title: str | None = None
    meeting_type: EventType | None = None
    meeting_type_scores: dict[str, float] = Field(default_factory=dict)
    events: tuple[Event, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[Place, ...] = ()
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    projects: tuple[Project, ...] = ()
    encoding: str | None = Field(default=None, description="Encoding the input was decoded from, when read from bytes.")
    error: ErrorInfo | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def json_schema() -> dict[str, object]:
    """The versioned JSON Schema of :class:`ArticleRecord` (all nested models in ``$defs``)."""
    schema = ArticleRecord.model_json_schema()
    schema["$id"] = f"https://kooperacja-nlp.invalid/schema/article-{SCHEMA_VERSION}.json"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["x-schema-version"] = SCHEMA_VERSION
    return schema

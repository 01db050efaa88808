"""Building blocks of the records the writer tests feed to every format (imported as ``io_samples``).

Made-up sentences in the genre (news of the Działanie 2.5 projects), one per kind of date a writer
must handle: an exact two-day range, a year-less day (``--07-16``) and a month (``2021-05``).
Each test module assembles its own records from them, so what one format does with the same
event can be compared with another.
"""

from __future__ import annotations

from typing import Any

from kooperacja_nlp.records import ArticleRecord, Event, Evidence, Mention, Place

K2 = "Kooperacja – efektywna i skuteczna"
K2_ID = "powr-2.5-kooperacja-efektywna-i-skuteczna"
K3 = "Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin"
ROPS_TORUN = "Regionalny Ośrodek Polityki Społecznej w Toruniu"

SENT_1 = (
    "W dniach 4–5 marca 2021 r. w Toruniu obradował Komitet Sterujący projektu „Kooperacja – efektywna i skuteczna”."
)
SENT_2 = "Szkolenie dla animatorów zaplanowano na 16 lipca."
SENT_3 = "W maju 2021 r. w Tczewie zbierze się Partnerski Zespół Kooperacji."

# As in an article's place list: with its mentions (events carry places without them).
TORUN = Place(
    name="Toruń",
    voivodeship="kujawsko-pomorskie",
    teryt_simc="0968286",
    lat=53.0103,
    lon=18.6044,
    mentions=(Mention(text="Toruniu", start=29, end=36),),
)


def event(kind: str, start: str, end: str | None = None, *, text: str, offset: int = 0, **fields: Any) -> Event:
    """An event read from ``text`` found at ``offset`` of its article; ``end`` defaults to ``start``."""
    evidence = Evidence(text=text, start=offset, end=offset + len(text))
    return Event(event_type=kind, start_date=start, end_date=end or start, evidence=evidence, **fields)


# A held two-day meeting with everything a writer can show.
STEERING_COMMITTEE = event(
    "steering_committee",
    "2021-03-04",
    "2021-03-05",
    text=SENT_1,
    place=TORUN.model_copy(update={"mentions": ()}),
    venue="sala konferencyjna ROPS",
    participants=("Anna Nowak", "Piotr Wiśniewski"),
    organizations=(ROPS_TORUN,),
    projects=(K2,),
)
# Announced, day and month without a year: no calendar can hold it.
TRAINING_NO_YEAR = event("training", "--07-16", text=SENT_2, offset=120, status="planned")
# Announced for a month: no exact day.
MEETING_IN_A_MONTH = event(
    "local_cooperation",
    "2021-05",
    text=SENT_3,
    offset=200,
    status="planned",
    place=Place(name="Tczew", voivodeship="pomorskie"),
    projects=(K2,),
)


def torun_article(**fields: Any) -> ArticleRecord:
    """The article the three events above were read from; ``fields`` add or replace record fields."""
    record: dict[str, Any] = {
        "doc_id": "ks-torun",
        "url": "https://example.org/aktualnosci/komitet",
        "published": "2021-03-10",
        "title": "Komitet Sterujący w Toruniu",
        "events": (STEERING_COMMITTEE, TRAINING_NO_YEAR, MEETING_IN_A_MONTH),
    }
    return ArticleRecord(**(record | fields))

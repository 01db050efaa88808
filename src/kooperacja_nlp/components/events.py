"""``kn_events``: event records from the dates, places, people and projects already on the Doc.

First version: every date or range mention is an event; its sentence gives the type (cue words),
the status (tense cues), the place (first locality of the sentence) and participants.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp.components.base import KnPipe, sentence_bounds, values
from kooperacja_nlp.lang.events import HELD_CUES, PLANNED_CUES, TYPE_CUES


@Language.factory("kn_events", requires=["doc.spans"], assigns=["doc._.kn_events"])
def make_events(nlp: Language, name: str) -> EventBuilder:
    return EventBuilder(nlp, name)


def cue_type(text: str) -> str:
    low = text.lower()
    best, pos = "other", len(low) + 1
    for label, cues in TYPE_CUES.items():
        for cue in cues:
            i = low.find(cue)
            if 0 <= i < pos:
                best, pos = label, i
    return best


def cue_status(text: str) -> str:
    low = text.lower()
    return "planned" if any(c in low for c in PLANNED_CUES) and not any(c in low for c in HELD_CUES) else "held"


class EventBuilder(KnPipe):
    def process(self, doc: Doc) -> None:
        places = [p for p in values(doc, "kn_places") if p["kind"] == "locality"]
        persons = values(doc, "kn_persons")
        projects = values(doc, "kn_projects")
        events: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for d in values(doc, "kn_dates"):
            if d["kind"] not in {"date", "range"} or not d.get("value") or (d["value"], d["end_value"]) in seen:
                continue
            seen.add((d["value"], d["end_value"]))
            s, e = sentence_bounds(doc, d["start"], d["end"])
            sent = doc.text[s:e]
            inside = [p for p in places if s <= p["start"] < e]
            events.append(
                {
                    "event_type": cue_type(sent),
                    "event_type_scores": {},
                    "start_date": d["value"],
                    "end_date": d["end_value"] or d["value"],
                    "place": {"name": inside[0]["name"], "kind": "locality"} if inside else None,
                    "venue": None,
                    "status": cue_status(sent),
                    "participants": sorted({p["name"] for p in persons if s <= p["start"] < e}),
                    "organizations": [],
                    "projects": sorted({p["name"] for p in projects if s <= p["start"] < e}),
                    "evidence": {
                        "text": sent.strip(),
                        "start": s + (len(sent) - len(sent.lstrip())),
                        "end": s + len(sent.rstrip()),
                    },
                }
            )
        doc._.kn_events = events

"""``kn_meeting_type``: the article's meeting type with a score per label.

First version: cue words in the title and first paragraph, falling back to the first event.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp.components.base import KnPipe
from kooperacja_nlp.components.events import cue_type
from kooperacja_nlp.records import EVENT_TYPES


@Language.factory(
    "kn_meeting_type", requires=["doc._.kn_events"], assigns=["doc._.kn_meeting_type", "doc._.kn_meeting_type_scores"]
)
def make_meeting_type(nlp: Language, name: str) -> MeetingTypeClassifier:
    return MeetingTypeClassifier(nlp, name)


class MeetingTypeClassifier(KnPipe):
    def process(self, doc: Doc) -> None:
        head = doc.text[:600]
        label = cue_type(head)
        if label == "other" and doc._.kn_events:
            label = doc._.kn_events[0]["event_type"]
        doc._.kn_meeting_type = label
        doc._.kn_meeting_type_scores = {t: (1.0 if t == label else 0.0) for t in EVENT_TYPES}

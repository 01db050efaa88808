"""``kn_meeting_type``: the article's meeting type with a score per label.

FORMAT.md defines it as the type of the article's main event, the one the headline and the first
paragraph are about; so it is the type ``kn_events`` gave that event (with its blended scores).
The main event is the first one in the text, unless the headline names a type outright (a strong
cue such as "Konferencja", "Podpisanie porozumienia") that another event has. An article without a
dated event is classified from its headline and first paragraph (and, more weakly, the rest):
cue words first, the classifier's scores blended in, "other" when nothing points anywhere.
"""

from __future__ import annotations

from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp.components.base import KnPipe, text_of
from kooperacja_nlp.components.events import (
    MAX_SEGMENT,
    W_NEIGHBOUR,
    W_TITLE,
    best_label,
    classified,
    cue_scores,
    head_label,
    headline_text,
)

HEAD_CHARS: Final[int] = 700  # the first paragraph(s): what a headline's article is about
W_BODY: Final[float] = 0.5  # the rest of the article, when no event says what it is about
STRONG_TITLE_CUE: Final[float] = 4.0  # a headline cue this strong names the main event's type
HEAD_NOUN_WORDS: Final[int] = 2  # the headline's first words, where a happening noun heads it
MAX_BODY: Final[int] = 20_000  # characters of the body read for cue words (whole-site dumps are longer)


@Language.factory(
    "kn_meeting_type", requires=["doc._.kn_events"], assigns=["doc._.kn_meeting_type", "doc._.kn_meeting_type_scores"]
)
def make_meeting_type(nlp: Language, name: str) -> MeetingTypeClassifier:
    return MeetingTypeClassifier(nlp, name)


def head_text(text: str, title: str | None = None) -> str:
    """The headline and the first paragraph(s), cut at a line end near ``HEAD_CHARS``."""
    body = text.strip()
    if title:
        at = body.find(title.rsplit("\n", 1)[-1])
        if 0 <= at < 2 * HEAD_CHARS:
            body = body[at + len(title.rsplit("\n", 1)[-1]) :].lstrip()
    cut = body.find("\n", HEAD_CHARS)
    head = body[: cut if 0 <= cut < 2 * HEAD_CHARS else 2 * HEAD_CHARS]
    return f"{title}\n{head}" if title else head


class MeetingTypeClassifier(KnPipe):
    def process(self, doc: Doc) -> None:
        events: list[dict[str, Any]] = doc._.kn_events or []
        if events:
            main = self.main_event(doc, events)
            scores = dict(main.get("event_type_scores") or {}) or {main["event_type"]: 1.0}
            doc._.kn_meeting_type = main["event_type"]
            doc._.kn_meeting_type_scores = scores
            return
        title = headline_text(doc)
        text = text_of(doc)
        head = head_text(text, title)
        cues = cue_scores([(title, W_TITLE), (head, W_NEIGHBOUR)], realis_signing_below=W_TITLE)
        # the rest of the article speaks only through strong cues (the strongest per label counts)
        body = dict.fromkeys(cues, 0.0)
        for i in range(0, min(len(text), MAX_BODY), MAX_SEGMENT):
            chunk = cue_scores([(text[i : i + MAX_SEGMENT], W_BODY)], realis_signing_below=W_TITLE)
            for label, v in chunk.items():
                if v >= W_BODY * STRONG_TITLE_CUE:
                    body[label] = max(body[label], v)
        for label, v in body.items():
            cues[label] += v
        ((scores, label),) = classified([cues], [head])
        doc._.kn_meeting_type = label
        doc._.kn_meeting_type_scores = scores

    @staticmethod
    def main_event(doc: Doc, events: list[dict[str, Any]]) -> dict[str, Any]:
        if len({e["event_type"] for e in events}) == 1:
            return events[0]  # whatever type the headline names, no other event has another one
        title = headline_text(doc)
        if title:
            cues = cue_scores([(title, 1.0)])
            # the happening noun opening the headline ("Szkolenie dla członków Zespołu Kooperacji"
            # is a training, though the team's name is the stronger cue), else its strongest cue
            # (the first line of the headline zone opening with one: the site's name and the
            # breadcrumbs may come before the headline; not an item of a list of contents, "W tym
            # numerze: • Szkolenie dla koordynatorów")
            label = next(
                (
                    head
                    for line in title.split("\n")
                    if line[:1].isalpha() and (head := head_label(" ".join(line.split()[:HEAD_NOUN_WORDS])))
                ),
                None,
            )
            if label is None or not any(e["event_type"] == label for e in events):
                label = best_label(cues)
                if cues[label] < STRONG_TITLE_CUE:
                    return events[0]
            for e in events:
                if e["event_type"] == label:
                    return e
        return events[0]

"""``kn_sentences``: sentence boundaries for Polish news, aware of abbreviations and layout.

spaCy's rule-based ``sentencizer`` splits "dr hab. Jan", "23.10.2019 r. w Toruniu" and "ul. Długa"
apart, which would cut events from their dates and people from their roles. Here a line break
always ends a sentence (news sites put headings, navigation and list items on their own lines) and
``.``/``!``/``?`` end one only before an upper-case letter, a digit or a quote, and not after an
abbreviation from ``lang/abbreviations.py``.
"""

from __future__ import annotations

from typing import Final

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp.components.base import KnPipe, text_of
from kooperacja_nlp.lang.abbreviations import MAYBE_FINAL, NEVER_FINAL
from kooperacja_nlp.lang.layout import BREADCRUMB_SEPARATORS, NAVIGATION_PREFIXES
from kooperacja_nlp.lang.patterns import SENTENCE_END_RE, WORD_TAIL_MAX, WORD_TAIL_RE

_OPENERS: Final[str] = "„\"«(‘'"


def title(text: str) -> str | None:
    """The article's heading: its first non-empty line that is short and not page furniture.

    Scraped pages start with breadcrumbs ("Strona główna » Aktualności") and menu or dateline
    lines; those are skipped. Only the first few lines are looked at, because a heading further
    down is a section title, not the article's.
    """
    for line in [ln.strip() for ln in text.split("\n") if ln.strip()][:6]:
        low = line.lower()
        if any(sep in line for sep in BREADCRUMB_SEPARATORS) or low.startswith(NAVIGATION_PREFIXES):
            continue
        if len(line) <= 250 and len(line.split()) <= 30:
            return line
        return None
    return None


@Language.factory("kn_sentences", assigns=["token.is_sent_start", "doc._.kn_title"])
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)


class SentenceSplitter(KnPipe):
    def process(self, doc: Doc) -> None:
        # One array write instead of ``token.is_sent_start = ...`` per token: that setter checks
        # ``doc.has_annotation("DEP")``, a scan of the whole Doc, so per token it is quadratic
        # (24 KB of "Ab-" took 8 s).
        text = text_of(doc)
        if not len(doc):
            doc._.kn_title = title(text)
            return
        starts = numpy.full(len(doc), -1, dtype="int64")
        starts[0] = 1
        table = doc.to_array([IDX, IS_SPACE])  # arrays: a Token object per token costs more than the rest
        idx, space = table[:, 0].tolist(), table[:, 1].tolist()
        # a boundary is the first non-space token at or after each start offset
        pos = 0
        for b in self.boundaries(text):
            while pos < len(idx) and idx[pos] < b:
                pos += 1
            while pos < len(idx) and space[pos]:
                pos += 1
            if pos < len(idx):
                starts[pos] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        doc._.kn_title = title(text)

    @staticmethod
    def boundaries(text: str) -> list[int]:
        """Character offsets where a new sentence starts (excluding 0)."""
        out: list[int] = []
        prev_end = 0
        for m in SENTENCE_END_RE.finditer(text):
            mark, nxt = m.start(), m.end()
            lo, prev_end = max(prev_end, mark - WORD_TAIL_MAX), nxt  # the word cannot reach into the last match
            if "\n" in m.group("gap"):
                out.append(nxt)
                continue
            if m.group("punct") == "." and nxt < len(text):
                tail = WORD_TAIL_RE.search(text, lo, mark)
                raw_word = tail.group() if tail is not None else ""
                word = raw_word.lower()
                following = text[nxt]
                if raw_word in MAYBE_FINAL:  # case-sensitive: "R. Nowak" is an initial
                    if not following.isupper():
                        continue  # "2019 r. w Toruniu"
                elif word in NEVER_FINAL or (len(word) == 1 and word.isalpha()):
                    continue  # "dr. Kowalski", "J. Kowalski"
                if not (following.isupper() or following.isdigit() or following in _OPENERS):
                    continue
                if word.isdigit() and following.isdigit():
                    continue  # "07. 09. 2020"
            out.append(nxt)
        return out

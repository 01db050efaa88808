"""``kn_sentences``: sentence boundaries for Polish news, aware of abbreviations and layout.

spaCy's rule-based ``sentencizer`` splits "dr hab. Jan", "23.10.2019 r. w Toruniu" and "ul. Długa"
apart, which would cut events from their dates and people from their roles. Here a line break
always ends a sentence (news sites put headings, navigation and list items on their own lines) and
``.``/``!``/``?`` end one only before an upper-case letter, a digit or a quote, and not after an
abbreviation from ``lang/abbreviations.py``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import Final

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp.components.base import KnPipe, text_of
from kooperacja_nlp.lang.abbreviations import MAYBE_FINAL, NEVER_FINAL
from kooperacja_nlp.lang.dates import BODY_LINE_MIN_CHARS
from kooperacja_nlp.lang.layout import (
    BANNER_WORDS,
    BREADCRUMB_SEPARATORS,
    COUNTER_LINE_RE,
    DATELINE_RE,
    HEADLINE_WINDOW,
    NAVIGATION_PREFIXES,
)
from kooperacja_nlp.lang.patterns import SENTENCE_END_RE, WORD_TAIL_MAX, WORD_TAIL_RE
from kooperacja_nlp.lang.weekdays import WEEKDAY_ABBREVIATIONS

_OPENERS: Final[str] = "„\"«(‘'"
_BULLETS_RE: Final[re.Pattern[str]] = re.compile(r"^[\s•·▪►*-]+")  # list bullets before menu items
# ``SENTENCE_END_RE`` only matches at a mark or at a line break (its empty alternative looks ahead
# for "\n"): saying so first lets the engine reject every other character at once, where it
# otherwise tries both alternatives and a lookbehind (3x faster, same matches).
_SENTENCE_END_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?=[.!?…\n])(?:{SENTENCE_END_RE.pattern})", SENTENCE_END_RE.flags
)


def title(text: str) -> str | None:
    """The article's headline: the last heading-like line before the body starts.

    Scraped pages open with the site's name, menus, cookie banners and breadcrumbs, and put the
    dateline, author, photo credit and view counter between the headline and the text. The
    headline is the line closest to the body that is none of these and reads like a heading (three
    words or more, starting with a capital, a digit or a quote, not ending in a full stop): one-word
    menu items, an author's name on its own line and a short first sentence are not. Without such
    a line the first line that is not page furniture is taken: most texts start with their headline.
    """
    lines = _heading_lines(text)
    seen: list[str] = []
    headline = None
    for line in lines:
        seen.append(line)
        if _is_furniture(line):
            continue
        if _is_body(line):
            break
        if _reads_like_heading(line):
            headline = line
    if headline is not None:
        return headline
    head = seen[:6] + list(itertools.islice(lines, max(0, 6 - len(seen))))
    first = next((ln for ln in head if not _is_furniture(ln)), None)
    return first if first is not None and len(first) <= 250 and len(first.split()) <= 30 else None


def _heading_lines(text: str) -> Iterator[str]:
    """The first ``HEADLINE_WINDOW`` non-empty lines among the first ``4 * HEADLINE_WINDOW``, bullets
    and spaces stripped; lazily, because the headline search usually stops at the first lines."""
    count = 0
    for raw in text.split("\n", 4 * HEADLINE_WINDOW)[: 4 * HEADLINE_WINDOW]:
        line = _BULLETS_RE.sub("", raw).strip()
        if line:
            yield line
            count += 1
            if count == HEADLINE_WINDOW:
                return


def _reads_like_heading(line: str) -> bool:
    starts_well = line[0].isupper() or line[0].isdigit() or line[0] in _OPENERS
    ends_well = not line.endswith((".", ":", ";", ","))  # a headline has no final full stop
    return starts_well and ends_well and 3 <= len(line.split()) <= 30 and len(line) <= 250


def _is_body(line: str) -> bool:
    """Running text (of a line that is not page furniture): a long line, or a sentence of several
    words ending in a full stop."""
    return len(line) >= BODY_LINE_MIN_CHARS or (line.endswith((".", ":")) and len(line.split()) >= 6)


def _is_furniture(line: str) -> bool:
    """Navigation, banners, metadata and datelines: never the headline, never the body."""
    low = line.lower()
    return (
        any(sep in line for sep in BREADCRUMB_SEPARATORS)
        or low.startswith(NAVIGATION_PREFIXES)
        or DATELINE_RE.match(low) is not None
        or COUNTER_LINE_RE.match(low) is not None
        or any(word in low for word in BANNER_WORDS)
    )


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
        # a boundary is the first non-space token at or after each start offset (the offsets ascend)
        pos, n = 0, len(idx)
        for b in self.boundaries(text):
            pos = bisect.bisect_left(idx, b, pos)
            while pos < n and space[pos]:
                pos += 1
            if pos < n:
                starts[pos] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        doc._.kn_title = title(text)

    @staticmethod
    def boundaries(text: str) -> list[int]:
        """Character offsets where a new sentence starts (excluding 0)."""
        out: list[int] = []
        prev_end = 0
        for m in _SENTENCE_END_RE.finditer(text):
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
                if following.isdigit() and word in WEEKDAY_ABBREVIATIONS:
                    continue  # "pn. 4 X – pt. 8 X", "śr. 15 marca": a weekday before its date
            out.append(nxt)
        return out

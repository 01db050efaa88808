"""``load()``: the one place that builds the pipeline.

``spacy.blank("pl")`` (no pretrained model, nothing downloaded) plus the ``kn_`` components in a
fixed order: each component reads only what the ones before it wrote (``nlp.analyze_pipes()``
checks the declared ``requires``/``assigns``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import numpy
import spacy
from spacy.attrs import NORM, ORTH, SPACY
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from kooperacja_nlp import extensions
from kooperacja_nlp.components import (  # noqa: F401  (importing registers the factories)
    dates,
    events,
    meeting_type,
    morph,
    orgs,
    persons,
    places,
    projects,
    sentences,
)
from kooperacja_nlp.components.base import TEXT_KEY, record_error
from kooperacja_nlp.normalize import may_have_run

PIPE_NAMES: Final[tuple[str, ...]] = (
    "kn_sentences",
    "kn_morph",
    "kn_dates",
    "kn_places",
    "kn_orgs",
    "kn_persons",
    "kn_projects",
    "kn_events",
    "kn_meeting_type",
)
# News pages are short, but scraped corpora contain whole-site dumps; spaCy's default
# (1,000,000 characters) would reject them before our own size check can answer.
MAX_LENGTH: Final[int] = 12_000_000
# spaCy's tokenizer costs more than linear time on one long whitespace-free chunk: it strips one
# affix per loop, and each loop copies and hashes the rest of the chunk and runs the suffix regex
# over all of it (5,000 en dashes: 7 s; a 1 MB chunk: hours). Its suffix regex, a search for
# ``...$``, also scans a whole chunk per call (2 microseconds per character: 2 s for one 1 MB run
# of spaces). Two fixes, neither of which changes ordinary tokenisation:
# - the suffix search only looks at as many final characters as the longest suffix rule can match
#   (5 for "pl"; read from the pattern at load, and left alone if over SUFFIX_WINDOW): a search
#   that starts there finds the same leftmost match ending at ``$`` (lookbehinds still see the
#   characters before);
# - runs of more than MAX_CHUNK non-space (or space) characters are tokenised in MAX_CHUNK pieces,
#   so the affix loop never sees a longer string. Text without such runs (every real article) goes
#   to spaCy's tokenizer unchanged; the API's ``clean_text`` already breaks non-space runs at 200.
SUFFIX_WINDOW: Final[int] = 64
MAX_CHUNK: Final[int] = 1_000
_LONG_CHUNK: Final[re.Pattern[str]] = re.compile(rf"(?<!\S)\S{{{MAX_CHUNK + 1},}}|(?<!\s)\s{{{MAX_CHUNK + 1},}}")


class _TailSearch:
    """``suffix_search`` over the last ``SUFFIX_WINDOW`` characters of a string.

    ``pattern`` (the source text) is what spaCy's tokenizer serialisation reads from
    ``suffix_search.__self__``. Lookbehinds still see the characters before the window.
    """

    def __init__(self, regex: re.Pattern[str], window: int) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.window = window

    def search(self, string: str) -> re.Match[str] | None:
        return self.regex.search(string, max(0, len(string) - self.window))


def _max_width(regex: re.Pattern[str]) -> int:
    """The longest string ``regex`` can match (a huge number when unbounded)."""
    try:
        return int(re._parser.parse(regex.pattern, regex.flags).getwidth()[1])  # type: ignore[attr-defined]
    except Exception:  # a private module of the standard library: if it changes, do not optimise
        return 1 << 62


class ChunkedTokenizer:
    """spaCy's tokenizer for ``pl``, made linear-time on pathological runs (see ``MAX_CHUNK``).

    Everything else (``explain``, ``add_special_case``, serialisation) is delegated to the
    wrapped :class:`~spacy.tokenizer.Tokenizer`.
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        search = tokenizer.suffix_search
        regex = getattr(search, "__self__", None)
        if isinstance(regex, re.Pattern) and (width := _max_width(regex)) <= SUFFIX_WINDOW:
            tokenizer.suffix_search = _TailSearch(regex, width).search
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        long_runs = may_have_run(text, MAX_CHUNK, spaces=True) and _LONG_CHUNK.search(text) is not None
        doc = self._chunked(text) if long_runs else self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text  # what ``base.text_of`` reads instead of rebuilding ``doc.text``
        return doc

    def _chunked(self, text: str) -> Doc:
        pieces: list[str] = []
        pos = 0
        for m in _LONG_CHUNK.finditer(text):
            if m.start() > pos:
                pieces.append(text[pos : m.start()])
            pieces += [text[i : min(i + MAX_CHUNK, m.end())] for i in range(m.start(), m.end(), MAX_CHUNK)]
            pos = m.end()
        if pos < len(text):
            pieces.append(text[pos:])
        # ``Doc.from_docs`` (or iterating Tokens) would cost ~10 microseconds a token; the pieces'
        # ORTH, SPACY and NORM arrays (all that the tokenizer sets) cost a tenth of that. Debris
        # repeats itself, so each distinct piece is tokenised once.
        arrays: dict[str, numpy.ndarray] = {}
        for piece in pieces:
            if piece not in arrays:
                arrays[piece] = self.tokenizer(piece).to_array([ORTH, SPACY, NORM])
        table = numpy.concatenate([arrays[piece] for piece in pieces])
        strings = self.tokenizer.vocab.strings
        words = [strings[orth] for orth in table[:, 0].tolist()]
        doc = Doc(self.tokenizer.vocab, words=words, spaces=table[:, 1].astype(bool).tolist())
        doc.from_array([NORM], table[:, 2:3])
        return doc

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)

    def __reduce__(self) -> tuple[Callable[..., ChunkedTokenizer], tuple[Tokenizer]]:
        return (ChunkedTokenizer, (self.tokenizer,))


def load(*, kb: str | Path | None = None, raise_errors: bool = False) -> Language:
    """Return the (cached) pipeline.

    ``kb``: a project knowledge base JSON to use instead of the bundled one.
    ``raise_errors``: re-raise component errors instead of recording them on the Doc (for
    debugging); by default a failing component marks the Doc and the record gets an ``error``.
    """
    return _load(str(kb) if kb is not None else None, raise_errors)


@functools.cache
def _load(kb: str | None, raise_errors: bool) -> Language:
    extensions.register()
    nlp = spacy.blank("pl")
    nlp.max_length = MAX_LENGTH
    nlp.tokenizer = ChunkedTokenizer(nlp.tokenizer)
    for name in PIPE_NAMES:
        config = {"kb_path": kb} if name == "kn_projects" else {}
        nlp.add_pipe(name, config=config)
    if not raise_errors:
        nlp.set_error_handler(record_error)
    return nlp

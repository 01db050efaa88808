"""Shared shape of every ``kn_`` component: ``find`` reads, ``set_annotations`` writes.

Following ``spacy/pipeline/span_ruler.py``: ``find(doc)`` computes candidates without touching the
Doc and ``set_annotations(doc, found)`` is the only writer, both under ``get_error_handler()`` so
that ``nlp.set_error_handler`` decides what a failure means (the batch runner turns it into an
error record instead of losing the whole batch).
"""

from __future__ import annotations

import operator
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final, NamedTuple

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span, SpanGroup

from kooperacja_nlp import extensions


@dataclass(frozen=True, slots=True)
class Found:
    """A candidate found by a component: exact character offsets and its normalised value."""

    start: int
    end: int
    value: dict[str, Any] = field(default_factory=dict)


class KnPipe(Pipe):
    """Base of every ``kn_`` component: ``process`` does the work under the error handler."""

    def __init__(self, nlp: Language, name: str) -> None:
        extensions.register()
        self.vocab = nlp.vocab
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self.process(doc)
        except Exception as e:  # the handler decides: re-raise (default) or record the error
            error_handler(self.name, self, [doc], e)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

    def process(self, doc: Doc) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class KnComponent(KnPipe):
    """Base for components that put spans into one span group with a value on ``Span._``."""

    span_group: ClassVar[str | None] = None

    def process(self, doc: Doc) -> None:
        self.set_annotations(doc, self.find(doc))

    def find(self, doc: Doc) -> list[Found]:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        """Write each candidate as a span of the group with its value (text and offsets included).

        The value goes straight into ``doc.user_data`` under the key ``Span._`` uses: going
        through ``span._`` makes an ``Underscore`` object per span, which cost more than the span.
        """
        assert self.span_group is not None
        ext = extensions.SPAN_GROUPS[self.span_group]
        data = doc.user_data if plain_extension(ext) else None
        spans: list[Span] = []
        keys: list[tuple[str, str, int, int]] = []
        written: list[dict[str, Any]] = []
        used: set[tuple[int, int]] = set()
        text = text_of(doc)  # ``doc.text`` is built anew on each access: per span it was quadratic
        char_span = doc.char_span
        for f in sorted(found, key=_FOUND_ORDER):
            span = char_span(f.start, f.end, alignment_mode="expand")
            if span is None or (tokens := (span.start, span.end)) in used:
                continue
            used.add(tokens)
            value = {"text": text[f.start : f.end], "start": f.start, "end": f.end, **f.value}
            if data is not None:
                key = ("._.", ext, span.start_char, span.end_char)  # ``span_key``, inlined
                data[key] = value
                keys.append(key)
                written.append(value)
            else:
                span._.set(ext, value)
            spans.append(span)
        # what ``doc.spans[name] = spans`` builds, made here (half the cost) to keep hold of it
        group = doc.spans[self.span_group] = SpanGroup(doc, name=self.span_group, spans=spans)
        if data is not None:
            # what ``values`` would read back, so that its first call is already a memo hit (the
            # values are non-empty dicts, so no filter; already in order unless ``f.value``
            # overrides ``start``/``end``, so the sort is a linear check)
            _remember(doc, self.span_group, group, keys, written, sorted(written, key=_VALUE_ORDER))


def span_key(ext: str, start_char: int, end_char: int) -> tuple[str, str, int, int]:
    """Where ``span._.<ext>`` keeps its value in ``doc.user_data`` (spaCy's ``Underscore._get_key``)."""
    return ("._.", ext, start_char, end_char)


def plain_extension(ext: str) -> bool:
    """True when ``Span._.<ext>`` is a plain value (no getter, setter or method, immutable
    default), so that reading and writing ``doc.user_data`` under ``span_key`` is exactly what
    ``span._.get``/``span._.set`` do."""
    registered = Span.get_extension(ext)
    if registered is None:
        return False
    default, method, getter, setter = registered
    return method is None and getter is None and setter is None and default is None


# Where the Doc's text is kept (``Doc.user_data``): the pipeline's tokenizer stores the string it
# was given, so nothing has to rebuild it.
TEXT_KEY: Final[tuple[str, str]] = ("kn", "text")


def text_of(doc: Doc) -> str:
    """``doc.text`` without the cost: spaCy rebuilds that string from a new Token object per token
    on every access (about 1 ms for a news article), and the components used to read it a dozen
    times per document, which made it the largest single cost of the pipeline."""
    text = doc.user_data.get(TEXT_KEY)
    # the length check catches a Doc built from others' user_data (``Doc.from_docs``, ``copy``);
    # one Token object for it, not two
    if not isinstance(text, str) or len(text) != ((last := doc[-1]).idx + len(last.text_with_ws) if len(doc) else 0):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def record_error(proc_name: str, proc: object, docs: list[Doc], e: Exception) -> None:
    """Error handler installed by ``load()``: mark the document as failed instead of raising.

    A module-level function so that it pickles into ``nlp.pipe(n_process=N)`` workers; the record
    builder turns the mark into an error record (code E007) and the batch goes on.
    """
    for doc in docs:
        if doc._.kn_error is None:
            doc._.kn_error = {"component": proc_name, "detail": f"{type(e).__name__}: {e}"}


_FOUND_ORDER = operator.attrgetter("start", "end")
_VALUE_ORDER = operator.itemgetter("start", "end")


class _Read(NamedTuple):
    """What ``values`` read from one span group, and what it has to see again to trust it."""

    group: SpanGroup  # the object itself: a reassigned group is a new object
    size: int  # appending or deleting spans changes it
    keys: list[tuple[str, str, int, int]]  # ``user_data`` key of each span, in group order
    found: list[Any]  # the value under each key, compared by identity (``span._.set`` makes new ones)
    out: list[dict[str, Any]]  # the answer: non-empty values sorted by offsets


# Per-document memo of ``values``. Iterating a SpanGroup builds a Span object per span (about
# 2.5 us each), and the same groups are read a dozen times per document (orgs, persons, events,
# then the record). Keyed weakly on the Doc object, so an entry lives exactly as long as its
# document (no id() reuse, nothing to bound by hand) and nothing lands in ``user_data``, which
# must stay msgpack-serialisable for ``Doc.to_bytes``.
_READS: weakref.WeakKeyDictionary[Doc, dict[str, _Read]] = weakref.WeakKeyDictionary()


def _remember(
    doc: Doc,
    group: str,
    span_group: SpanGroup,
    keys: list[tuple[str, str, int, int]],
    found: list[Any],
    out: list[dict[str, Any]],
) -> None:
    reads = _READS.get(doc)
    if reads is None:
        reads = _READS[doc] = {}
    reads[group] = _Read(span_group, len(span_group), keys, found, out)


def values(doc: Doc, group: str) -> list[dict[str, Any]]:
    """The normalised values of a span group in text order (what ``extractors`` reads).

    Memoised per document while the group is the same object with the same number of spans and
    every span's stored value is the same object: reassigning the group, appending or deleting
    spans, or setting a span's value (``span._.x = ...``, ``user_data[...] = ...``) all make it
    read the spans again. Not seen: replacing a span in place (``group[i] = span``) or mutating
    a value dict's ``start``/``end``; nothing in the pipeline does either.
    """
    ext = extensions.SPAN_GROUPS[group]
    if not plain_extension(ext):  # ``span._`` may compute values: read them every time
        return sorted((v for v in (span._.get(ext) for span in doc.spans.get(group, ())) if v), key=_VALUE_ORDER)
    data = doc.user_data
    span_group = doc.spans.get(group)
    reads = _READS.get(doc)
    read = reads.get(group) if reads is not None else None
    if (
        read is not None
        and read.group is span_group
        and read.size == len(span_group)
        and all(map(operator.is_, map(data.get, read.keys), read.found))
    ):
        return list(read.out)
    if span_group is None:
        return []
    # ``span._.get`` makes an ``Underscore`` object per span: read its ``user_data`` key directly
    keys = [span_key(ext, span.start_char, span.end_char) for span in span_group]
    found = list(map(data.get, keys))
    out = sorted((v for v in found if v), key=_VALUE_ORDER)
    _remember(doc, group, span_group, keys, found, out)
    return list(out)


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence containing ``[start, end)`` (falls back to the line)."""
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is not None and doc.has_annotation("SENT_START"):
        sent = span[0].sent
        return sent.start_char, sent.end_char
    text = text_of(doc)
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, (line_end if line_end >= 0 else len(text))

"""Shared shape of every ``kn_`` component: ``find`` reads, ``set_annotations`` writes.

Following ``spacy/pipeline/span_ruler.py``: ``find(doc)`` computes candidates without touching the
Doc and ``set_annotations(doc, found)`` is the only writer, both under ``get_error_handler()`` so
that ``nlp.set_error_handler`` decides what a failure means (the batch runner turns it into an
error record instead of losing the whole batch).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span

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
        used: set[tuple[int, int]] = set()
        text = text_of(doc)  # ``doc.text`` is built anew on each access: per span it was quadratic
        for f in sorted(found, key=lambda f: (f.start, f.end)):
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None or (span.start, span.end) in used:
                continue
            used.add((span.start, span.end))
            value = {"text": text[f.start : f.end], "start": f.start, "end": f.end, **f.value}
            if data is not None:
                data[span_key(ext, span.start_char, span.end_char)] = value
            else:
                span._.set(ext, value)
            spans.append(span)
        doc.spans[self.span_group] = spans


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


def values(doc: Doc, group: str) -> list[dict[str, Any]]:
    """The normalised values of a span group in text order (what ``extractors`` reads)."""
    ext = extensions.SPAN_GROUPS[group]
    spans = doc.spans.get(group, ())
    if plain_extension(ext):  # ``span._.get`` makes an ``Underscore`` object per span
        data = doc.user_data
        out = [data.get(span_key(ext, span.start_char, span.end_char)) for span in spans]
    else:
        out = [span._.get(ext) for span in spans]
    return sorted((v for v in out if v), key=lambda v: (v["start"], v["end"]))


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence containing ``[start, end)`` (falls back to the line)."""
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is not None and doc.has_annotation("SENT_START"):
        sent = span[0].sent
        return sent.start_char, sent.end_char
    text = text_of(doc)
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, (line_end if line_end >= 0 else len(text))

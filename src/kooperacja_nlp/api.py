"""``extract`` and ``extract_many``: text in, validated :class:`ArticleRecord` out.

Every input yields exactly one record, in input order: bad input (empty, not text, a dict without
``text``) becomes an error record with a coded message, never an exception that stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from spacy.tokens import Doc

from kooperacja_nlp import extractors
from kooperacja_nlp.errors import Errors, KooperacjaError
from kooperacja_nlp.normalize import clean_text
from kooperacja_nlp.pipeline import load
from kooperacja_nlp.records import ISO_DATE_RE, ArticleRecord

Item = str | tuple[str, str] | Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Source:
    """One input document, normalised from whatever the caller passed."""

    doc_id: str
    text: str | None
    published: str | None = None
    url: str | None = None
    encoding: str | None = None
    error: tuple[str, str] | None = None  # (code, message) when the input itself is unusable


def _iso_published(published: date | datetime | str | None) -> str | None:
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return published.date().isoformat()
    if isinstance(published, date):
        return published.isoformat()
    text = str(published).strip()[:10]
    if not ISO_DATE_RE.match(text):
        raise ValueError(f"published must be an ISO date (YYYY-MM-DD), got {published!r}")
    return text


def to_source(item: Item | Source, index: int) -> Source:
    """Accept a string, an ``(id, text)`` pair or a dict ``{id, text, published?, url?}``."""
    if isinstance(item, Source):
        return item
    try:
        if isinstance(item, str):
            return Source(str(index), item)
        if isinstance(item, tuple) and len(item) == 2:
            doc_id, text = item
            if not isinstance(text, str):
                return Source(str(doc_id), None, error=(Errors.E006.code, Errors.E006.fmt(type=type(text).__name__)))
            return Source(str(doc_id), text)
        if isinstance(item, Mapping):
            doc_id = str(item.get("id", item.get("doc_id", index)))
            url = item.get("url")
            if "text" not in item:
                msg = Errors.E005.fmt(keys=", ".join(sorted(map(str, item))) or "none")
                return Source(doc_id, None, url=url, error=(Errors.E005.code, msg))
            text = item["text"]
            if not isinstance(text, str):
                return Source(
                    doc_id, None, url=url, error=(Errors.E006.code, Errors.E006.fmt(type=type(text).__name__))
                )
            return Source(doc_id, text, published=_iso_published(item.get("published")), url=url)
    except (ValueError, TypeError) as e:
        return Source(str(index), None, error=(Errors.E006.code, str(e)))
    return Source(str(index), None, error=(Errors.E009.code, Errors.E009.fmt(type=type(item).__name__)))


def _prepare(src: Source) -> tuple[Source, str | None]:
    """Clean the text; return an error message instead of text when it cannot be processed."""
    if src.error is not None or src.text is None:
        return src, None
    text = clean_text(src.text)
    if not text.strip():
        return Source(
            src.doc_id, text, src.published, src.url, src.encoding, (Errors.E001.code, Errors.E001.value)
        ), None
    if "\x00" in text:
        return Source(
            src.doc_id, None, src.published, src.url, src.encoding, (Errors.E002.code, Errors.E002.value)
        ), None
    return src, text


def _record(doc: Doc, src: Source) -> ArticleRecord:
    try:
        return extractors.article(doc, doc_id=src.doc_id, url=src.url, published=src.published, encoding=src.encoding)
    except Exception as e:  # a record that fails validation must still not lose the document
        return extractors.error_record(
            src.doc_id,
            Errors.E007.code,
            Errors.E007.fmt(component="records", detail=f"{type(e).__name__}: {e}"),
            url=src.url,
            encoding=src.encoding,
        )


def _error(src: Source) -> ArticleRecord:
    assert src.error is not None
    return extractors.error_record(src.doc_id, src.error[0], src.error[1], url=src.url, encoding=src.encoding)


def extract(
    text: str, *, doc_id: str | None = None, published: date | datetime | str | None = None, url: str | None = None
) -> ArticleRecord:
    """Extract one article. ``published`` is the reference for relative and year-less dates."""
    if not isinstance(text, str):
        raise KooperacjaError(Errors.E006, type=type(text).__name__)
    src = Source(doc_id or "0", text, _iso_published(published), url)
    return next(extract_many([src]))


def extract_many(
    items: Iterable[Item | Source], *, n_process: int = 1, batch_size: int = 64
) -> Iterator[ArticleRecord]:
    """Extract a stream of articles lazily, one record per item, in input order.

    Items are strings (``doc_id`` = position), ``(doc_id, text)`` pairs or dicts
    ``{id, text, published?, url?}``. ``n_process > 1`` spreads the work over processes (spaCy's
    ``nlp.pipe``); memory stays flat because items are consumed as records are produced.
    """
    nlp = load()
    # Inputs wait here until their record is out; unusable ones (no Doc) are emitted as soon as
    # every earlier document is done, which keeps the output in input order with flat memory.
    pending: dict[int, Source] = {}
    counter = iter(range(1 << 62))

    def docs() -> Iterator[tuple[Doc, int]]:
        for i, item in enumerate(items):
            src, text = _prepare(to_source(item, i))
            idx = next(counter)
            pending[idx] = src
            if text is not None:
                doc = nlp.make_doc(text)
                doc._.kn_reference_date = src.published
                yield doc, idx

    emitted = 0
    for doc, idx in nlp.pipe(docs(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        while emitted < idx:
            yield _error(pending.pop(emitted))
            emitted += 1
        yield _record(doc, pending.pop(idx))
        emitted += 1
    while emitted in pending:
        yield _error(pending.pop(emitted))
        emitted += 1

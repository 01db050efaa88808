"""``extract`` and ``extract_many``: text in, validated :class:`ArticleRecord` out.

Every input yields exactly one record, in input order: bad input (empty, binary, not text, a dict
without ``text``, a page with no article, a text too long) becomes an error record with a coded
message, never an exception that stops a batch. ``extract_many`` streams: it holds one batch of
``batch_size`` inputs at a time, whatever the length of the input stream; with ``n_process > 1``
the batches go to worker processes (:mod:`kooperacja_nlp.batch`).
"""

from __future__ import annotations

import contextlib
import email.utils
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import extractors
from kooperacja_nlp.errors import Errors, KooperacjaError
from kooperacja_nlp.io.html import html_to_text, looks_like_html
from kooperacja_nlp.normalize import clean_text
from kooperacja_nlp.pipeline import load
from kooperacja_nlp.records import ISO_DATE_RE, ArticleRecord

Item = str | tuple[str, str] | Mapping[str, Any]

# Publication dates as scrapers store them (besides ISO): "15.11.2019", "2019/11/15", RSS pubDate.
_DAY_FIRST: Final[re.Pattern[str]] = re.compile(r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})\b")
_YEAR_FIRST: Final[re.Pattern[str]] = re.compile(r"(?P<y>\d{4})[./](?P<m>\d{1,2})[./](?P<d>\d{1,2})\b")
_RFC_2822: Final[re.Pattern[str]] = re.compile(r"(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4}")

# Longest text processed, in characters after cleaning: about 150,000 words, 300 times the longest
# article of the dev set (3,500 characters; news items run 1,000-30,000). Longer inputs are site
# dumps or converted reports, whose records would be noise. Time is linear in length (measured on
# dev articles joined into one text: 200,000 characters 0.9 s, 1,000,000 4.5-8.5 s, peak memory
# +130 MB), so the limit bounds the worst document of a batch to seconds (it was 200,000 when
# parts of the pipeline took quadratic time). Above it a document gets an E010 error record at once,
# without being tokenised. ``max_chars=None`` lifts the limit up to ``nlp.max_length``.
MAX_CHARS: Final[int] = 1_000_000
# Components whose output no record field reads, skipped when records are made: ``kn_morph`` puts
# Morfeusz lemmas on the tokens for users of the spaCy pipeline (``load()``, ``token.lemma_``);
# the other components ask Morfeusz for the forms they need themselves. About 10% of a batch run.
NOT_FOR_RECORDS: Final[tuple[str, ...]] = ("kn_morph",)
# Strings the shared vocabulary may hold before batches run in memory zones (see ``_memory_zone``):
# about 500 bytes each with the lexeme and tokenizer cache, so 50,000 is 25 MB, and it covers the
# frequent word forms of Polish news (the 71 dev articles have 7,500 distinct strings).
VOCAB_BUDGET: int = 50_000
# An HTML page may be mostly markup: its raw size is allowed this many times ``max_chars``.
HTML_OVERHEAD: Final[int] = 8


@dataclass(frozen=True, slots=True)
class Source:
    """One input document, normalised from whatever the caller passed."""

    doc_id: str
    text: str | None
    published: str | None = None
    url: str | None = None
    encoding: str | None = None
    error: tuple[str, str] | None = None  # (code, message) when the input itself is unusable
    markup: str | None = None  # "html" when ``text`` is a page to be turned into article text


def _iso_published(published: date | datetime | str | None) -> str | None:
    """The publication date as ``YYYY-MM-DD``; raises ValueError for what cannot be a date.

    Besides ISO dates and timestamps it accepts what scrapers store: "15.11.2019" (Polish day-first
    order, also with "/" or "-"), "2019/11/15" and RSS ``pubDate`` (RFC 2822).
    """
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return published.date().isoformat()
    if isinstance(published, date):
        return published.isoformat()
    text = str(published).strip()
    if ISO_DATE_RE.match(text[:10]):
        return text[:10]
    try:
        if m := _DAY_FIRST.match(text):
            return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        if m := _YEAR_FIRST.match(text):
            return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        if _RFC_2822.match(text):
            return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (ValueError, TypeError):
        pass
    raise ValueError(f"published must be a date such as 2019-11-15, got {published!r}")


def to_source(item: Item | Source, index: int) -> Source:
    """Accept a string, an ``(id, text)`` pair or a dict ``{id, text | html, published?, url?}``."""
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
            key = "text" if "text" in item else "html" if "html" in item else None
            if key is None:
                msg = Errors.E005.fmt(keys=", ".join(sorted(map(str, item))) or "none")
                return Source(doc_id, None, url=url, error=(Errors.E005.code, msg))
            text = item[key]
            if not isinstance(text, str):
                return Source(
                    doc_id, None, url=url, error=(Errors.E006.code, Errors.E006.fmt(type=type(text).__name__))
                )
            markup = "html" if key == "html" else None
            return Source(doc_id, text, published=_iso_published(item.get("published")), url=url, markup=markup)
    except (ValueError, TypeError) as e:
        return Source(str(index), None, error=(Errors.E006.code, str(e)))
    return Source(str(index), None, error=(Errors.E009.code, Errors.E009.fmt(type=type(item).__name__)))


def _fail(src: Source, error: Errors, **kwargs: object) -> tuple[Source, None]:
    return replace(src, text=None, error=(error.code, error.fmt(**kwargs))), None


def _prepare(src: Source, *, max_chars: int | None = MAX_CHARS) -> tuple[Source, str | None]:
    """The text the pipeline will read (HTML turned into article text, then cleaned), or an error.

    Returns ``(source, text)``, or ``(source with error, None)`` when there is nothing to process.
    Page metadata (publication date, canonical URL) fills what the caller did not give.
    """
    if src.error is not None or src.text is None:
        return src, None
    try:
        return _prepare_text(src, max_chars)
    except Exception as e:  # malformed markup the parser chokes on must not stop the batch
        return _fail(src, Errors.E007, component="html/cleaning", detail=f"{type(e).__name__}: {e}")


def _prepare_text(src: Source, max_chars: int | None) -> tuple[Source, str | None]:
    assert src.text is not None
    text = src.text
    limit = load().max_length if max_chars is None else max_chars
    is_html = src.markup == "html" or looks_like_html(text)
    raw_limit = limit * HTML_OVERHEAD if is_html else limit
    if len(text) > raw_limit:
        return _fail(src, Errors.E010, size=f"{len(text):,} characters", limit=f"{raw_limit:,} characters")
    if is_html:
        page = html_to_text(text)
        src = replace(src, published=src.published or page.published, url=src.url or page.url)
        if not page.text.strip():
            return _fail(src, Errors.E012)
        text = page.text
    text = clean_text(text)
    if not text.strip():
        return replace(src, error=(Errors.E001.code, Errors.E001.value)), None
    if "\x00" in text:
        return _fail(src, Errors.E002)
    if len(text) > limit:
        return _fail(src, Errors.E010, size=f"{len(text):,} characters", limit=f"{limit:,} characters")
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
    error = src.error or (Errors.E007.code, Errors.E007.fmt(component="pipeline", detail="document lost"))
    return extractors.error_record(src.doc_id, error[0], error[1], url=src.url, encoding=src.encoding)


def _docs(nlp: Language, prepared: list[tuple[Source, str | None]]) -> Iterator[tuple[Doc, int]]:
    """Docs to run, with their index in the batch; a text the tokenizer rejects becomes an error."""
    for i, (src, text) in enumerate(prepared):
        if text is None:
            continue
        try:
            doc = nlp.make_doc(text)
        except Exception as e:
            prepared[i] = _fail(src, Errors.E007, component="tokenizer", detail=f"{type(e).__name__}: {e}")
            continue
        doc._.kn_reference_date = src.published
        yield doc, i


def _one(nlp: Language, src: Source, text: str | None) -> ArticleRecord:
    """One document on its own, every failure contained (used after a batch-level failure)."""
    if text is None:
        return _error(src)
    try:
        doc = nlp.make_doc(text)
        doc._.kn_reference_date = src.published
        return _record(nlp(doc, disable=list(NOT_FOR_RECORDS)), src)
    except Exception as e:
        return _fail_record(src, e)


def _fail_record(src: Source, e: BaseException) -> ArticleRecord:
    detail = f"{type(e).__name__}: {e}"
    return _error(_fail(src, Errors.E007, component="pipeline", detail=detail)[0])


def process_batch(
    sources: Sequence[Source], *, max_chars: int | None = MAX_CHARS
) -> Iterator[tuple[ArticleRecord, int]]:
    """``(record, words)`` for each source, in order, in this process.

    ``words`` counts the whitespace-separated words of the text the pipeline read (0 for errors),
    for throughput figures. A component that fails marks its Doc (an E007 record); one that breaks
    the stream itself only costs a fallback to one-by-one processing for the rest of the batch.
    """
    nlp = load()
    prepared = [_prepare(src, max_chars=max_chars) for src in sources]
    # The records (plain Python) outlive the zone, and the batch is finished before anything is
    # yielded, so no zone is held open across a ``yield`` (zones must not nest, and the caller may
    # run other extractions between records).
    with _memory_zone(nlp):
        out = list(_run(nlp, prepared))
    yield from out


def _memory_zone(nlp: Language) -> AbstractContextManager[object]:
    """A spaCy memory zone once the vocabulary is full (``VOCAB_BUDGET``), else nothing.

    Each new word form adds a string, a lexeme and a tokenizer-cache entry that spaCy never frees:
    over a corpus of distinct articles memory would grow without bound. In a memory zone what a
    batch added is freed at its end, but then every batch pays again for its common words (a fifth
    of the run time on news). So the first word forms of a run, which are the frequent ones, stay
    until the vocabulary holds ``VOCAB_BUDGET`` strings (about 25 MB); from then on each batch
    runs in a zone and memory stays where it is.
    """
    zone = getattr(nlp, "memory_zone", None)  # spaCy >= 3.8
    if zone is None or len(nlp.vocab.strings) < VOCAB_BUDGET:
        return contextlib.nullcontext()
    return zone()


def _run(nlp: Language, prepared: list[tuple[Source, str | None]]) -> Iterator[tuple[ArticleRecord, int]]:
    emitted = 0
    try:
        for doc, i in nlp.pipe(_docs(nlp, prepared), as_tuples=True, disable=list(NOT_FOR_RECORDS)):
            for j in range(emitted, i):  # inputs with no Doc (errors) before this one
                yield _error(prepared[j][0]), 0
            src, text = prepared[i]
            yield _record(doc, src), _words(text)
            emitted = i + 1
    except Exception:  # not a component error (those are recorded on the Doc): isolate documents
        for src, text in prepared[emitted:]:
            record = _one(nlp, src, text)
            yield record, (_words(text) if record.error is None else 0)
        return
    for src, _ in prepared[emitted:]:
        yield _error(src), 0


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


def sources(items: Iterable[Item | Source]) -> Iterator[Source]:
    """Every item as a :class:`Source` (``doc_id`` = position for bare strings)."""
    for i, item in enumerate(items):
        yield to_source(item, i)


def batches(items: Iterable[Item | Source], batch_size: int) -> Iterator[list[Source]]:
    it = sources(items)
    while chunk := list(itertools.islice(it, max(1, batch_size))):
        yield chunk


def extract(
    text: str, *, doc_id: str | None = None, published: date | datetime | str | None = None, url: str | None = None
) -> ArticleRecord:
    """Extract one article (plain text or an HTML page). ``published`` is the reference for
    relative and year-less dates."""
    if not isinstance(text, str):
        raise KooperacjaError(Errors.E006, type=type(text).__name__)
    src = Source(doc_id or "0", text, _iso_published(published), url)
    return next(extract_many([src]))


def extract_many(
    items: Iterable[Item | Source],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    max_chars: int | None = MAX_CHARS,
    timeout: float | None = None,
) -> Iterator[ArticleRecord]:
    """Extract a stream of articles lazily, one record per item, in input order.

    Items are strings (``doc_id`` = position), ``(doc_id, text)`` pairs or dicts
    ``{id, text | html, published?, url?}``; text that is an HTML page is reduced to its article.
    Memory stays flat in the length of the stream: one batch of ``batch_size`` items is held per
    process. ``n_process > 1`` (``-1``: one per CPU) spreads batches over worker processes;
    ``timeout`` (seconds per document, needs workers, so it implies at least one) turns a document
    that hangs into an E011 error record instead of a stalled run. ``max_chars``: see ``MAX_CHARS``.
    """
    if n_process == 1 and timeout is None:
        for chunk in batches(items, batch_size):
            for record, _ in process_batch(chunk, max_chars=max_chars):
                yield record
        return
    from kooperacja_nlp import batch  # batch imports this module

    for result in batch.results(
        items, n_process=n_process, batch_size=batch_size, max_chars=max_chars, timeout=timeout
    ):
        yield result.to_record()

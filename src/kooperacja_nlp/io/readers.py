"""Readers: directories, ``.txt``/``.html`` files and JSON Lines, decoded as found in the wild.

Every input becomes a :class:`~kooperacja_nlp.api.Source`, lazily, one at a time (memory does not
grow with the corpus); what cannot be read becomes a Source carrying an error, so the batch still
yields one record for it. Bytes are decoded here (BOM, UTF-8, the page's declared charset, then
cp1250 vs ISO-8859-2 by which one gives Polish letters) and the encoding travels to the record.
HTML is only recognised here; it is turned into text later, in the worker that processes it.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Final

from kooperacja_nlp.api import Source, _iso_published
from kooperacja_nlp.errors import Errors
from kooperacja_nlp.io.html import declared_charset

# File suffixes picked up in directories, and the markup each one holds.
TEXT_SUFFIXES: Final[dict[str, str | None]] = {".txt": None, ".html": "html", ".htm": "html", ".xhtml": "html"}
JSONL_SUFFIXES: Final[frozenset[str]] = frozenset({".jsonl", ".ndjson"})
# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Polish letters: the right 8-bit decoding is the one that produces them. cp1250 and ISO-8859-2
# share ć ę ł ń ó ż and differ on ą ś ź Ą Ś Ź, so the wrong choice turns those into ± ¶ Ľ š ...
POLISH_LETTERS: Final[frozenset[str]] = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# Only these 8-bit encodings are guessed; a charset a page declares is honoured if Python knows it.
GUESSED_ENCODINGS: Final[tuple[str, ...]] = ("cp1250", "iso-8859-2")
# With at least this many well-formed non-ASCII UTF-8 characters per undecodable byte, a text is
# UTF-8 with a few damaged bytes (replaced by U+FFFD), not an 8-bit encoding: in cp1250 or
# ISO-8859-2 text decoded as UTF-8 nearly every non-ASCII byte is malformed.
MIN_UTF8_RATIO: Final[int] = 8
# Decoded text with more than this share of control characters is binary (images, PDFs, archives).
MAX_CONTROL_SHARE: Final[float] = 0.01
SNIFF_BYTES: Final[int] = 65536
# Larger files are not read at all: no news article is this big, and reading one would cost its
# size in memory before the length check could reject it.
MAX_FILE_BYTES: Final[int] = 64 * 1024 * 1024

_CONTROL_CHARS: Final[re.Pattern[str]] = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")
_C1_CONTROLS: Final[re.Pattern[str]] = re.compile(r"[\x80-\x9f]")


def _is_binary(text: str) -> bool:
    sample = text[:SNIFF_BYTES]
    return len(_CONTROL_CHARS.findall(sample)) > MAX_CONTROL_SHARE * max(len(sample), 1)


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs on every other byte of mostly-ASCII text."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 4 and odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if len(sample) >= 4 and even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _polish_score(text: str) -> int:
    """Polish letters minus C1 control characters (which real text never contains)."""
    return sum(text.count(c) for c in POLISH_LETTERS) - 2 * len(_C1_CONTROLS.findall(text))


def _codec(name: str | None) -> str | None:
    """Python's codec for a declared charset, named as reported ("windows-1250" -> "cp1250")."""
    try:
        codec = codecs.lookup(name).name if name else None
    except LookupError:
        return None
    return codec.replace("iso8859-", "iso-8859-") if codec else None


def decode(data: bytes, *, declared: str | None = None) -> tuple[str | None, str | None]:
    """``(text, encoding)``, or ``(None, None)`` for binary data.

    Order: a byte-order mark; UTF-16 without one; NUL bytes mean binary; strict UTF-8; the charset
    the document declares (``declared``, e.g. an HTML ``<meta charset>``); UTF-8 with a few damaged
    bytes; then cp1250 or ISO-8859-2, whichever gives more Polish letters (ties go to cp1250, the
    Windows default). cp1250 and ISO-8859-2 decode almost any bytes, so the result is finally
    checked for control characters, which text does not contain and binary files do.
    """
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        enc16 = _utf16_without_bom(sample)
        if enc16 is None:
            return None, None
        text = data.decode(enc16, errors="replace")
        return (None, None) if _is_binary(text) else (text, enc16)
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = _decode_8bit(data, _codec(declared))
    return (None, None) if _is_binary(text) else (text, enc)


def _decode_8bit(data: bytes, declared: str | None) -> tuple[str, str]:
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    lossy = data.decode("utf-8", errors="replace")
    damaged = lossy.count("\ufffd")
    well_formed = len(lossy) - len(lossy.encode("ascii", errors="ignore")) - damaged
    if well_formed >= MIN_UTF8_RATIO * damaged:
        return lossy, "utf-8"
    best: tuple[int, str, str] | None = None
    for enc in GUESSED_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _polish_score(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None:  # unreachable: ISO-8859-2 maps every byte
        return lossy, "utf-8"
    return best[1], best[2]


def _error(doc_id: str, error: Errors, **kwargs: object) -> Source:
    return Source(doc_id, None, error=(error.code, error.fmt(**kwargs)))


def read_text_file(path: str | Path, doc_id: str, *, markup: str | None = None) -> Source:
    """One ``.txt``/``.html`` file as a Source; ``markup="html"`` for pages (also sniffed later)."""
    path = Path(path)
    if markup is None:
        markup = TEXT_SUFFIXES.get(path.suffix.lower())
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return _error(doc_id, Errors.E010, size=f"{size:,} bytes", limit=f"{MAX_FILE_BYTES:,} bytes")
        data = path.read_bytes()
    except OSError as e:
        return _error(doc_id, Errors.E008, detail=f"{type(e).__name__}: {e}")
    text, enc = decode(data, declared=declared_charset(data) if markup == "html" else None)
    if text is None:
        return _error(doc_id, Errors.E002)
    return Source(doc_id, text, encoding=enc, markup=markup)


def _jsonl_source(obj: Any, fallback_id: str, n: int, encoding: str | None) -> Source:
    """One parsed JSON line as a Source (or an error Source saying what is wrong with it)."""
    if not isinstance(obj, dict):
        return _error(fallback_id, Errors.E004, detail=f"line {n}: a {type(obj).__name__}, not an object")
    raw_id = obj.get("id", obj.get("doc_id"))
    doc_id = fallback_id if raw_id is None or isinstance(raw_id, dict | list) else str(raw_id)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    key = "text" if "text" in obj else "html" if "html" in obj else None
    if key is None:
        keys = ", ".join(sorted(map(str, obj))) or "none"
        return Source(doc_id, None, url=url, error=(Errors.E005.code, Errors.E005.fmt(keys=keys)))
    text = obj[key]
    if not isinstance(text, str):
        return Source(doc_id, None, url=url, error=(Errors.E006.code, Errors.E006.fmt(type=type(text).__name__)))
    try:
        published = _iso_published(obj.get("published"))
    except ValueError as e:
        return Source(doc_id, None, url=url, error=(Errors.E006.code, str(e)))
    markup = "html" if key == "html" else None
    return Source(doc_id, text, published=published, url=url, encoding=encoding, markup=markup)


def read_jsonl_stream(fh: BinaryIO, name: str, *, skip: Callable[[str], bool] | None = None) -> Iterator[Source]:
    """Sources from a JSON Lines byte stream; a broken line becomes an error Source (E004).

    ``doc_id`` is the record's ``id`` (or ``doc_id``), else ``<name>:<line number>``. Blank lines
    are not documents and are skipped. ``skip(doc_id)`` drops already-done records (``--resume``).
    """
    for n, raw in enumerate(fh, start=1):
        src = _jsonl_line(raw, f"{name}:{n}", n)
        if src is not None and (skip is None or not skip(src.doc_id)):
            yield src


def _jsonl_line(raw: bytes, fallback_id: str, n: int) -> Source | None:
    text, enc = decode(raw)
    if text is None:
        return _error(fallback_id, Errors.E004, detail=f"line {n}: binary data")
    if not text.strip():
        return None
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        return _error(fallback_id, Errors.E004, detail=f"line {n}: {e}")
    return _jsonl_source(obj, fallback_id, n, enc)


def read_jsonl(path: str | Path, *, skip: Callable[[str], bool] | None = None) -> Iterator[Source]:
    path = Path(path)
    try:
        fh = path.open("rb")
    except OSError as e:
        yield _error(path.stem, Errors.E008, detail=f"{type(e).__name__}: {e}")
        return
    with fh:
        yield from read_jsonl_stream(fh, path.stem, skip=skip)


def iter_files(root: str | Path) -> Iterator[Path | OSError]:
    """Files below ``root`` in ``sorted(root.rglob("*"))`` order, streamed; errors as values."""
    stack: list[Iterator[os.DirEntry[str]]] = []
    try:
        with os.scandir(root) as it:
            stack.append(iter(sorted(it, key=lambda e: e.name)))
    except OSError as e:
        yield e
        return
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if not is_dir:
            yield Path(entry.path)
            continue
        try:
            with os.scandir(entry.path) as it:
                stack.append(iter(sorted(it, key=lambda e: e.name)))
        except OSError as e:
            yield e


def read_dir(root: str | Path, *, skip: Callable[[str], bool] | None = None) -> Iterator[Source]:
    """Every ``*.txt``/``*.html``/``*.htm`` below ``root``; ``doc_id`` = relative path without suffix."""
    root = Path(root)
    for item in iter_files(root):
        if isinstance(item, OSError):
            where = Path(item.filename or root)
            doc_id = where.relative_to(root).as_posix() if where.is_relative_to(root) else where.as_posix()
            if skip is None or not skip(doc_id):
                yield _error(doc_id, Errors.E008, detail=f"{type(item).__name__}: {item}")
            continue
        suffix = item.suffix.lower()
        if suffix not in TEXT_SUFFIXES:
            continue
        doc_id = item.relative_to(root).with_suffix("").as_posix()
        if skip is None or not skip(doc_id):
            yield read_text_file(item, doc_id, markup=TEXT_SUFFIXES[suffix])


def read_paths(paths: Iterable[str | Path], *, skip: Callable[[str], bool] | None = None) -> Iterator[Source]:
    """Sources from directories, ``.txt``/``.html`` files, ``.jsonl`` files and ``-`` (JSONL on stdin).

    ``skip(doc_id)``: inputs for which it returns True are not read at all (how ``--resume`` skips
    what is already in the output).
    """
    for raw in paths:
        if str(raw) == "-":
            yield from read_jsonl_stream(sys.stdin.buffer, "stdin", skip=skip)
            continue
        p = Path(raw)
        if p.is_dir():
            yield from read_dir(p, skip=skip)
        elif p.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl(p, skip=skip)
        elif skip is None or not skip(p.stem):
            yield read_text_file(p, p.stem)

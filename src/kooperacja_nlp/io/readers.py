"""Readers: directories of ``*.txt``, single files and JSONL, decoded robustly.

Every input becomes a :class:`~kooperacja_nlp.api.Source`; what cannot be read becomes a Source
carrying an error, so the batch still yields one record for it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from kooperacja_nlp.api import Source, _iso_published
from kooperacja_nlp.errors import Errors

ENCODINGS = ("utf-8-sig", "cp1250", "iso-8859-2")


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, encoding) or (None, None) for binary data. UTF-8 first, then Polish 8-bit encodings.

    cp1250 decodes almost any byte string, so it is tried only when UTF-8 fails; ISO-8859-2 is
    preferred over cp1250 when the bytes use its letters for ą/ś/ź (0xB1, 0xB6, 0xBC) and none of
    cp1250's (0xB9, 0x9C, 0x9F).
    """
    if b"\x00" in data[:65536]:
        return None, None
    try:
        return data.decode("utf-8-sig"), ("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError:
        pass
    iso = sum(data.count(b) for b in (b"\xb1", b"\xb6", b"\xbc"))
    win = sum(data.count(b) for b in (b"\xb9", b"\x9c", b"\x9f"))
    for enc in ("iso-8859-2", "cp1250") if iso > win else ("cp1250", "iso-8859-2"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return None, None


def read_text_file(path: Path, doc_id: str) -> Source:
    try:
        data = path.read_bytes()
    except OSError as e:
        return Source(doc_id, None, error=(Errors.E008.code, Errors.E008.fmt(detail=str(e))))
    text, enc = decode(data)
    if text is None:
        return Source(doc_id, None, error=(Errors.E002.code, Errors.E002.value))
    return Source(doc_id, text, encoding=enc)


def read_jsonl(path: Path) -> Iterator[Source]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            fallback_id = f"{path.stem}:{n}"
            text, _ = decode(raw)
            if text is None or not text.strip():
                if text is None:
                    yield Source(fallback_id, None, error=(Errors.E004.code, Errors.E004.fmt(detail="binary line")))
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as e:
                yield Source(fallback_id, None, error=(Errors.E004.code, Errors.E004.fmt(detail=f"line {n}: {e}")))
                continue
            if not isinstance(obj, dict):
                yield Source(
                    fallback_id, None, error=(Errors.E004.code, Errors.E004.fmt(detail=f"line {n}: not an object"))
                )
                continue
            doc_id = str(obj.get("id", obj.get("doc_id", fallback_id)))
            if "text" not in obj:
                keys = ", ".join(sorted(map(str, obj))) or "none"
                yield Source(doc_id, None, url=obj.get("url"), error=(Errors.E005.code, Errors.E005.fmt(keys=keys)))
                continue
            if not isinstance(obj["text"], str):
                yield Source(
                    doc_id,
                    None,
                    url=obj.get("url"),
                    error=(Errors.E006.code, Errors.E006.fmt(type=type(obj["text"]).__name__)),
                )
                continue
            try:
                published = _iso_published(obj.get("published"))
            except ValueError as e:
                yield Source(doc_id, None, url=obj.get("url"), error=(Errors.E006.code, str(e)))
                continue
            yield Source(doc_id, obj["text"], published=published, url=obj.get("url"))


def read_paths(paths: Iterable[str | Path]) -> Iterator[Source]:
    """Sources from directories (every ``*.txt`` below, sorted), ``.txt`` files and ``.jsonl`` files."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*.txt")):
                yield read_text_file(f, f.relative_to(p).with_suffix("").as_posix())
        elif p.suffix == ".jsonl":
            yield from read_jsonl(p)
        else:
            yield read_text_file(p, p.stem)

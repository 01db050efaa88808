"""Readers on inputs as found in the wild: encodings, BOMs, HTML, broken JSONL, unreadable files."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from kooperacja_nlp.io.readers import decode, iter_files, read_jsonl, read_paths, read_text_file

SENTENCE = "Spotkanie Zespołu Kooperacyjnego odbyło się w Łodzi i w Świeciu; zaświadczenia wręczyła Źródlewska."

DECODE_CASES = [
    (SENTENCE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8-sig"),
    (SENTENCE.encode("cp1250"), "cp1250"),
    (SENTENCE.encode("iso-8859-2"), "iso-8859-2"),
    (SENTENCE.encode("utf-16"), "utf-16"),  # with BOM
    (SENTENCE.encode("utf-16-le"), "utf-16-le"),  # Notepad without BOM
]


@pytest.mark.parametrize("data,encoding", DECODE_CASES)
def test_decode_detects_the_encoding(data, encoding):
    assert decode(data) == (SENTENCE, encoding)


def test_cp1250_typographic_quotes_are_not_mistaken_for_iso_8859_2():
    text = "Projekt „Kooperacja – efektywna i skuteczna” ruszył."
    assert decode(text.encode("cp1250")) == (text, "cp1250")


def test_iso_8859_2_wins_on_its_own_letters():
    text = "ąśź ĄŚŹ są w tekście: Świętochłowice, Źródła, Ąb"
    assert decode(text.encode("iso-8859-2")) == (text, "iso-8859-2")


def test_utf8_with_one_damaged_byte_stays_utf8():
    data = SENTENCE.encode("utf-8") + b" \xff " + SENTENCE.encode("utf-8")
    text, enc = decode(data)
    assert enc == "utf-8"
    assert text == f"{SENTENCE} \ufffd {SENTENCE}"


def test_declared_charset_is_honoured_when_utf8_fails():
    text = "Łódź – spotkanie"
    assert decode(text.encode("cp1250"), declared="windows-1250") == (text, "cp1250")
    assert decode(text.encode("utf-8"), declared="iso-8859-2") == (text, "utf-8")  # valid UTF-8 wins


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"%PDF-1.4\n" + bytes(range(1, 32)) * 100,
        bytes(range(256)) * 50,
    ],
)
def test_binary_data_is_recognised(data):
    assert decode(data) == (None, None)


def test_text_file_reports_encoding_and_html_markup(tmp_path):
    (tmp_path / "a.txt").write_bytes(SENTENCE.encode("cp1250"))
    (tmp_path / "b.html").write_bytes(
        b'<html><head><meta charset="iso-8859-2"></head><body><p>' + SENTENCE.encode("iso-8859-2") + b"</p></body>"
    )
    a = read_text_file(tmp_path / "a.txt", "a")
    b = read_text_file(tmp_path / "b.html", "b")
    assert (a.text, a.encoding, a.markup) == (SENTENCE, "cp1250", None)
    assert b.encoding == "iso-8859-2" and b.markup == "html" and SENTENCE in (b.text or "")


def test_unreadable_and_missing_files_give_error_sources(tmp_path):
    missing = read_text_file(tmp_path / "nope.txt", "nope")
    assert missing.error is not None and missing.error[0] == "E008"
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 10)
    binary = read_text_file(tmp_path / "bin.txt", "bin")
    assert binary.error is not None and binary.error[0] == "E002"


def test_oversized_file_is_not_read(tmp_path, monkeypatch):
    from kooperacja_nlp.io import readers

    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    (tmp_path / "big.txt").write_text("x " * 100, encoding="utf-8")
    src = read_text_file(tmp_path / "big.txt", "big")
    assert src.error is not None and src.error[0] == "E010" and "200 bytes" in src.error[1]


def test_directory_walk_is_sorted_streamed_and_picks_html(tmp_path):
    for rel in ["b.txt", "a/z.htm", "a/y.txt", "a-b.txt", "c.pdf", "d/e/f.html", "notes.md"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Tekst w Toruniu.", encoding="utf-8")
    ids = [s.doc_id for s in read_paths([tmp_path])]
    assert ids == ["a/y", "a/z", "a-b", "b", "d/e/f"]
    assert [p for p in iter_files(tmp_path)] == sorted(p for p in tmp_path.rglob("*") if p.is_file())


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_directory_becomes_an_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("Tekst.", encoding="utf-8")
    locked.chmod(0)
    try:
        (src,) = read_paths([tmp_path])
    finally:
        locked.chmod(0o755)
    assert src.doc_id == "locked" and src.error is not None and src.error[0] == "E008"


def test_jsonl_in_the_wild(tmp_path):
    lines = [
        json.dumps({"id": "ok", "text": SENTENCE, "published": "2019-11-15", "url": "http://x.pl/a"}),
        "",
        "{broken",
        json.dumps({"id": "no-text", "title": "Bez treści"}),
        json.dumps({"id": 7, "text": 12}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Bez identyfikatora."}),
        json.dumps({"id": "page", "html": "<html><body><p>Treść</p></body></html>"}),
        json.dumps({"id": "bad-date", "text": "Tekst.", "published": "wczoraj"}),
    ]
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    path = tmp_path / "in.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + data + SENTENCE.encode("cp1250") + b"\n" + b"\x00\x01\x02binary\n")
    out = list(read_jsonl(path))
    assert [s.doc_id for s in out] == [
        "ok",
        "in:3",
        "no-text",
        "7",
        "in:6",
        "in:7",
        "page",
        "bad-date",
        "in:10",
        "in:11",
    ]
    codes = [s.error[0] if s.error else None for s in out]
    assert codes == [None, "E004", "E005", "E006", "E004", None, None, "E006", "E004", "E004"]
    assert (out[0].published, out[0].url, out[0].text) == ("2019-11-15", "http://x.pl/a", SENTENCE)
    assert out[6].markup == "html"


def test_skip_is_asked_before_reading(tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Tekst {name}.", encoding="utf-8")
    asked: list[str] = []

    def skip(doc_id: str) -> bool:
        asked.append(doc_id)
        return doc_id != "b"

    assert [s.doc_id for s in read_paths([tmp_path], skip=skip)] == ["b"]
    assert asked == ["a", "b", "c"]


def test_stdin_dash_reads_jsonl(monkeypatch):
    import io
    import sys

    fake = io.TextIOWrapper(io.BytesIO(json.dumps({"id": "s1", "text": SENTENCE}).encode() + b"\n"))
    monkeypatch.setattr(sys, "stdin", fake)
    (src,) = read_paths(["-"])
    assert (src.doc_id, src.text) == ("s1", SENTENCE)


def test_paths_are_accepted_as_strings_and_paths(tmp_path):
    f = tmp_path / "one.txt"
    f.write_text(SENTENCE, encoding="utf-8")
    assert [s.doc_id for s in read_paths([str(f), Path(f)])] == ["one", "one"]

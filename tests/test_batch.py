"""Batch runs: bad inputs mixed with good ones, worker processes, order, crashes, resume, summary."""

from __future__ import annotations

import codecs
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kooperacja_nlp import batch, extract_many
from kooperacja_nlp.api import Source
from kooperacja_nlp.cli import main
from kooperacja_nlp.errors import KooperacjaError

TOWNS = ["Toruniu", "Gdańsku", "Bydgoszczy", "Olsztynie", "Szczecinie", "Koszalinie", "Pile", "Elblągu"]
NAMES = ["Anna Nowak", "Ewa Zielińska", "Jan Wiśniewski", "Piotr Kamiński", "Maria Lewandowska"]


def article(i: int) -> str:
    """An invented news item, different for each ``i``."""
    day, town, name = 1 + i % 27, TOWNS[i % len(TOWNS)], NAMES[i % len(NAMES)]
    return (
        f"Spotkanie zespołu nr {i}\n\n"
        f"W dniu {day} marca 2021 r. w {town} odbyło się spotkanie Partnerskiego Zespołu Kooperacyjnego. "
        f"Uczestników powitała Pani {name}.\n"
    )


HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Szkolenie</title>"
    '<meta property="article:published_time" content="2020-02-20T10:00:00Z"></head><body>'
    "<nav><a href='/'>Start</a> Kraków Wrocław</nav><div id='cookie-bar'>Używamy cookies.</div>"
    "<article><h1>Szkolenie w Ustce</h1><p>W dniu 18 lutego 2020 r. w Ustce odbyło się szkolenie "
    "dla członków zespołów interdyscyplinarnych.</p></article><footer>Kontakt: Gdynia</footer></body></html>"
)


def write_wild_inputs(root: Path) -> list[tuple[str, str | None]]:
    """Good and bad inputs as found in the wild; returns ``(doc_id, expected error code)`` in order."""
    texts = root / "texts"
    texts.mkdir()
    (texts / "a_utf8.txt").write_text(article(1), encoding="utf-8")
    (texts / "b_bom.txt").write_bytes(codecs.BOM_UTF8 + article(2).encode("utf-8"))
    (texts / "c_cp1250.txt").write_bytes(article(3).replace("\n", "\r\n").encode("cp1250"))
    # ą, ś, ź and Ś are where ISO-8859-2 differs from cp1250 (texts without them decode the same)
    (texts / "d_iso.txt").write_bytes((article(4) + "Następne - jesienią w Świebodzinie.\n").encode("iso-8859-2"))
    (texts / "e_page.html").write_text(HTML_PAGE, encoding="utf-8")
    (texts / "f_empty.txt").write_bytes(b"")
    (texts / "g_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (texts / "h_spaces.txt").write_text(article(5).replace(" ", "\u00a0", 3).replace("Spotkanie", "Spo\u200btkanie"))
    (texts / "i_huge.txt").write_text("Spotkanie w Toruniu. " * 500_000, encoding="utf-8")  # 10.5 MB
    (texts / "j_blank.txt").write_text(" \r\n\u200b\u00a0\n", encoding="utf-8")
    (texts / "k_nohtml.html").write_text("<html><body><script>x()</script><nav>Menu</nav></body></html>")
    lines = [
        json.dumps({"id": "j1", "text": article(6), "published": "2021-03-30"}, ensure_ascii=False),
        "{this is not json",
        json.dumps({"id": "j3", "title": "no text here"}),
        json.dumps({"id": "j4", "text": None}),
        json.dumps({"id": "j5", "html": HTML_PAGE}),
    ]
    (root / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [
        ("a_utf8", None),
        ("b_bom", None),
        ("c_cp1250", None),
        ("d_iso", None),
        ("e_page", None),
        ("f_empty", "E001"),
        ("g_binary", "E002"),
        ("h_spaces", None),
        ("i_huge", "E010"),
        ("j_blank", "E001"),
        ("k_nohtml", "E012"),
        ("j1", None),
        ("more:2", "E004"),
        ("j3", "E005"),
        ("j4", "E006"),
        ("j5", None),
    ]


@pytest.fixture(scope="module")
def wild(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, str | None]]]:
    root = tmp_path_factory.mktemp("wild")
    return root, write_wild_inputs(root)


@pytest.fixture(scope="module")
def wild_output(wild: tuple[Path, list[tuple[str, str | None]]]) -> bytes:
    root, _ = wild
    out = root / "n1.jsonl"
    assert main(["extract", str(root / "texts"), str(root / "more.jsonl"), "-o", str(out), "-q"]) == 0
    return out.read_bytes()


def test_every_wild_input_gives_one_record_with_errors_where_expected(wild, wild_output):
    _, expected = wild
    records = [json.loads(line) for line in wild_output.decode("utf-8").splitlines()]
    assert [(r["doc_id"], r["error"]["code"] if r["error"] else None) for r in records] == expected
    by_id = {r["doc_id"]: r for r in records}
    assert [by_id[i]["encoding"] for i in ("a_utf8", "b_bom", "c_cp1250", "d_iso")] == [
        "utf-8",
        "utf-8-sig",
        "cp1250",
        "iso-8859-2",
    ]
    for doc_id in ("e_page", "j5"):  # the page's story, its date, none of its menus
        page = by_id[doc_id]
        assert page["title"] == "Szkolenie w Ustce" and page["published"] == "2020-02-20"
        assert not {"Kraków", "Wrocław", "Gdynia"} & {p["name"] for p in page["places"]}
    assert by_id["j1"]["published"] == "2021-03-30"
    assert "10,500,000 characters" in by_id["i_huge"]["error"]["message"]
    assert by_id["more:2"]["error"]["message"].startswith("Malformed JSON line: line 2")
    for r in records:
        if r["error"] is None:
            assert r["title"].startswith(("Spotkanie zespołu", "Szkolenie w Ustce")), r["doc_id"]


def test_two_processes_give_the_same_bytes(wild, wild_output):
    root, _ = wild
    out = root / "n2.jsonl"
    args = ["extract", str(root / "texts"), str(root / "more.jsonl"), "-o", str(out), "-q"]
    assert main([*args, "--n-process", "2", "--batch-size", "3"]) == 0
    assert out.read_bytes() == wild_output


def test_extract_many_in_workers_keeps_order_and_reference_dates():
    items = [
        {"id": f"d{i}", "text": article(i), "published": f"2021-04-{1 + i % 28:02d}"} if i % 3 else ""
        for i in range(13)
    ]
    one = [r.model_dump_json() for r in extract_many(items, batch_size=4)]
    two = [r.model_dump_json() for r in extract_many(items, n_process=2, batch_size=2)]
    assert two == one
    records = [json.loads(x) for x in two]
    assert [r["doc_id"] for r in records] == [f"d{i}" if i % 3 else str(i) for i in range(13)]
    assert [r["published"] for r in records if r["doc_id"] == "d4"] == ["2021-04-05"]


def test_a_batch_run_takes_the_loaded_pipeline_out_of_the_collectors_sight():
    """After the first batch the pipeline's long-lived objects are frozen, so full garbage
    collections no longer walk them; what the run creates later is still collected."""
    import gc

    results = list(batch.results([article(1), article(2)], batch_size=1))
    assert [r.doc_id for r in results] == ["0", "1"] and all(r.error is None for r in results)
    assert gc.get_freeze_count() > 100_000  # the gazetteer alone holds more
    tracked = {id(o) for o in gc.get_objects()}  # frozen objects are not listed
    assert all(id(r.record) in tracked for r in results)
    assert gc.get_threshold()[0] >= batch.GC_YOUNG_THRESHOLD  # fewer collections of young objects


def test_extract_many_streams_its_input():
    pulled = 0

    def items():
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield "" if i % 2 else article(i)

    stream = extract_many(items(), batch_size=4)
    first = next(stream)
    assert first.doc_id == "0" and pulled <= 8
    stream.close()


def test_an_all_errors_stream_is_cheap_and_ordered():
    out = list(extract_many(["", " ", "\x00"] * 2000, batch_size=64))
    assert len(out) == 6000 and [r.doc_id for r in out[:4]] == ["0", "1", "2", "3"]
    assert Counter(r.error.code for r in out if r.error) == Counter({"E001": 4000, "E002": 2000})


# --------------------------------------------------------------------------- the worker pool


def _double_or_die(items: list[int]) -> list[int]:
    """Test task: kills its process on 13, hangs on 17, fails on 19, doubles the rest."""
    for x in items:
        if x == 13:
            os._exit(3)
        if x == 17:
            time.sleep(3600)
        if x == 19:
            raise ValueError("nineteen")
    return [2 * x for x in items]


def _minus(item: int, reason: str) -> int:
    return -item if "exit code 3" in reason or "timed out" in reason else -1000 * item


def test_pool_survives_a_crashing_document_and_keeps_order():
    pool = batch.OrderedPool(_double_or_die, 2, _minus)
    batches = [list(range(i, i + 4)) for i in range(0, 16, 4)]  # 13 is in the fourth batch
    assert [x for b in pool.imap(batches) for x in b] == [2 * x for x in range(13)] + [-13, 28, 30]


def test_pool_times_out_a_hanging_document():
    pool = batch.OrderedPool(_double_or_die, 1, _minus, timeout=0.5)
    assert [x for b in pool.imap([[15, 16], [17, 18]]) for x in b] == [30, 32, -17, 36]


def test_pool_turns_a_task_exception_into_fallbacks():
    pool = batch.OrderedPool(_double_or_die, 2, _minus)
    assert [x for b in pool.imap([[1], [19, 20], [2]]) for x in b] == [2, -19000, -20000, 4]


def test_pool_reads_its_input_lazily():
    pulled = 0

    def batches():
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield [i]

    stream = batch.OrderedPool(_double_or_die, 2, _minus).imap(batches())
    assert next(stream) == [0]
    assert pulled <= 2 * batch.REORDER_WINDOW + 1
    stream.close()


# --------------------------------------------------------------------------- resume


def test_completed_ids_cuts_a_partial_last_line(tmp_path):
    out = tmp_path / "out.jsonl"
    lines = [json.dumps({"doc_id": d, "x": 1}) for d in ("a", "b", 'c"q', "a")]
    out.write_text("\n".join(lines) + "\n" + '{"doc_id":"d","x":', encoding="utf-8")
    assert batch.completed_ids(out) == Counter({"a": 2, "b": 1, 'c"q': 1})
    assert out.read_text(encoding="utf-8") == "\n".join(lines) + "\n"


def test_completed_ids_refuses_a_foreign_file(tmp_path):
    out = tmp_path / "notes.jsonl"
    out.write_text('{"doc_id":"a"}\nto nie jest rekord\n', encoding="utf-8")
    with pytest.raises(KooperacjaError, match="E013"):
        batch.completed_ids(out)


def test_resume_needs_jsonl_and_a_file(tmp_path, capsys):
    assert main(["extract", str(tmp_path), "--resume", "--format", "csv", "-o", str(tmp_path / "o.csv")]) == 2
    assert main(["extract", str(tmp_path), "--resume"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "kooperacja-nlp: Cannot resume with --format csv: only JSON Lines output can be appended to safely.",
        "kooperacja-nlp: --resume needs an output file (-o).",
    ]


def test_resume_after_a_killed_run_is_byte_identical(tmp_path):
    src = tmp_path / "texts"
    src.mkdir()
    n = 40
    for i in range(n):
        (src / f"doc{i:03d}.txt").write_text(article(i), encoding="utf-8")
    (src / "doc005.txt").write_bytes(b"")  # an error record must not be duplicated either
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "kooperacja_nlp.cli", "extract", str(src), "-o", str(out), "--batch-size", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 3:
                break
            time.sleep(0.005)
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    killed = out.read_bytes()
    done = killed.count(b"\n")
    assert 3 <= done < n
    with out.open("ab") as fh:  # as if the kill had landed in the middle of a write
        fh.write(b'{"doc_id":"doc0')
    assert main(["extract", str(src), "-o", str(out), "--resume", "--batch-size", "4"]) == 0
    full = tmp_path / "full.jsonl"
    assert main(["extract", str(src), "-o", str(full), "-q"]) == 0
    assert out.read_bytes() == full.read_bytes()
    assert out.read_bytes().startswith(killed)
    assert [json.loads(x)["doc_id"] for x in full.read_text(encoding="utf-8").splitlines()] == [
        f"doc{i:03d}" for i in range(n)
    ]


def test_resume_on_a_complete_output_adds_nothing(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    main(["extract", str(tmp_path / "a.txt"), "-o", str(out), "-q"])
    before = out.read_bytes()
    capsys.readouterr()
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(out), "--resume"]) == 0
    assert out.read_bytes() == before
    assert "0 documents (1 already in the output, skipped)" in capsys.readouterr().err


# --------------------------------------------------------------------------- progress and summary


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_summary_and_progress_line(tmp_path):
    for i in range(3):
        (tmp_path / f"t{i}.txt").write_text(article(i) if i else "", encoding="utf-8")
    err = _Tty()
    out = tmp_path / "o.jsonl"
    assert batch.extract_to([tmp_path], str(out), stderr=err) == 0
    text = err.getvalue()
    assert "\r3/3 (100%) documents |" in text
    summary = text.rstrip("\n").split("\n")[-1]
    assert summary.startswith("kooperacja-nlp: 3 documents, ")
    assert " events, 1 errors (E001 x1); " in summary and summary.endswith(" words/s")


def test_quiet_and_non_tty_runs(tmp_path):
    (tmp_path / "t.txt").write_text(article(7), encoding="utf-8")
    quiet, plain = _Tty(), io.StringIO()
    batch.extract_to([tmp_path], str(tmp_path / "a.jsonl"), quiet=True, stderr=quiet)
    batch.extract_to([tmp_path], str(tmp_path / "b.jsonl"), stderr=plain)
    assert quiet.getvalue() == ""
    assert "\r" not in plain.getvalue() and plain.getvalue().startswith("kooperacja-nlp: 1 documents, ")


def test_summary_counts():
    s = batch.Summary()
    s.add(batch.Result("a", "{}", 2, None, 100))
    s.add(batch.Result("b", "{}", 0, "E001", 0))
    s.add(batch.Result("c", "{}", 1, None, 50))
    assert (s.documents, s.events, s.words, dict(s.errors)) == (3, 3, 150, {"E001": 1})
    assert "3 documents, 3 events, 1 errors (E001 x1); 150 words in " in s.report()


def test_summary_reports_the_encodings_of_the_inputs(tmp_path):
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(article(2).encode("cp1250"))
    (tmp_path / "c.txt").write_text(article(3), encoding="utf-8")
    err = io.StringIO()
    assert batch.extract_to([tmp_path], str(tmp_path / "o.jsonl"), stderr=err) == 0
    assert "; encodings: cp1250 x1, utf-8 x2; " in err.getvalue()


def test_sources_pass_through_unchanged():
    src = Source("x", article(3), published="2021-03-01", url="http://example.pl/x")
    (r,) = extract_many([src])
    assert (r.doc_id, r.published, r.url) == ("x", "2021-03-01", "http://example.pl/x")


def test_max_chars_gives_e010_without_processing():
    text = article(1)
    short, long_, _ = extract_many([text, text * 3, text * 3], max_chars=len(text) + 1)
    assert short.error is None
    assert long_.error is not None and long_.error.code == "E010"
    assert f"{3 * len(text):,} characters (limit {len(text) + 1:,} characters)" in long_.error.message
    (r,) = extract_many([text * 3], max_chars=None)
    assert r.error is None


def test_a_failure_while_preparing_the_text_is_an_error_record(monkeypatch):
    from kooperacja_nlp import api

    def broken(html: str) -> None:
        raise AssertionError("unknown status keyword in marked section")

    monkeypatch.setattr(api, "html_to_text", broken)
    page, plain = extract_many([("p", "<html><body><p>x</p></body></html>"), ("t", article(2))])
    assert page.error is not None and page.error.code == "E007" and "marked section" in page.error.message
    assert plain.error is None


def test_random_bytes_never_break_a_run(tmp_path):
    import random

    rng = random.Random(20191114)
    alphabet = [*b'abc \n\t.,-<>&;"{}:0123456789', 0xC4, 0x85, 0xB9, 0x9C, 0xE2, 0x80, 0x93, 0x00, 0xFF]
    for i in range(40):
        size = rng.choice([0, 1, 5, 50, 500])
        data = bytes(rng.choice(alphabet) for _ in range(size))
        (tmp_path / f"r{i:02d}{rng.choice(['.txt', '.html'])}").write_bytes(data)
    one_line = [b for b in alphabet if b != ord("\n")]
    lines = [b"x" + bytes(rng.choice(one_line) for _ in range(rng.choice([1, 20, 80]))) for _ in range(20)]
    (tmp_path / "z.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    expected = 40 + len(lines)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), str(tmp_path / "z.jsonl"), "-o", str(out), "-q"]) == 0
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == expected


def _cache_misses(items: list[str]) -> list[tuple[int, int, int, int]]:
    """Worker task: process the items, then report how often each heavy resource was built."""
    from kooperacja_nlp import classifier, gazetteer, morph, pipeline
    from kooperacja_nlp.api import process_batch

    list(process_batch([Source(str(i), text) for i, text in enumerate(items)]))
    misses = (
        pipeline._load.cache_info().misses,
        morph._analyser.cache_info().misses,
        gazetteer.gazetteer.cache_info().misses,
        classifier._shipped.cache_info().misses,
    )
    return [misses] * len(items)


def test_models_and_gazetteer_are_loaded_once_per_worker():
    pool = batch.OrderedPool(_cache_misses, 1, lambda item, reason: None)
    first, second, third = pool.imap([[article(1)], [article(2)], [article(3)]])
    assert first == second == third
    assert all(n <= 1 for n in first[0])


@pytest.mark.parametrize(
    "published,expected",
    [
        ("2019-11-15", "2019-11-15"),
        ("2019-11-15T10:00:00+01:00", "2019-11-15"),
        ("15.11.2019", "2019-11-15"),
        ("5.3.2020", "2020-03-05"),
        ("15/11/2019 12:00", "2019-11-15"),
        ("2019/11/15", "2019-11-15"),
        ("Fri, 15 Nov 2019 10:00:00 +0100", "2019-11-15"),
        ("", None),
    ],
)
def test_publication_dates_as_scrapers_store_them(published, expected):
    (r,) = extract_many([{"id": "p", "text": article(1), "published": published}])
    assert (r.published, r.error) == (expected, None)


@pytest.mark.parametrize("published", ["wczoraj", "31.02.2020", "15 listopada"])
def test_an_impossible_publication_date_is_an_error_record(published):
    (r,) = extract_many([{"id": "p", "text": article(1), "published": published}])
    assert r.error is not None and r.error.code == "E006" and published in r.error.message

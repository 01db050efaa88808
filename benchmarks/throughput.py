"""End-to-end throughput, against spaCy's blank tokenizer and dateparser, in one run.

    python benchmarks/throughput.py [--docs 10000] [--baseline-docs 1000] [--texts DIR] [--novel-words N]

Texts: ``../shared/dev/texts`` (else ``corpus/texts``), replicated to ``--docs`` files in a
temporary directory. End to end = what ``kooperacja-nlp extract DIR -o out.jsonl`` does after
start-up: read and decode files, HTML/cleaning, pipeline, record, JSON line written (to
/dev/null); the pipeline is loaded and warmed up before the clock starts. Baselines on the same
texts: ``spacy.blank("pl")`` tokenisation alone and ``dateparser.search.search_dates(text,
languages=["pl"])`` alone (on the first ``--baseline-docs`` documents: they are rates), timed
before and after the end-to-end runs and averaged, so that a drift of the machine's speed during
the run does not skew the ratios. Words are
whitespace-separated words of the input, the same count for every row.

Memory: PSS of the parent plus its workers after the first 1,000 documents and at the last one
(flat = streaming), and peak RSS per process; ``--novel-words`` makes every document bring new
word forms, as a real corpus does, so that flat memory is not an artefact of repeated texts.
A CPU calibration (a pure-Python loop in 1 and 2 processes) shows how much parallelism the
machine really has, which bounds the n_process=2 speed-up.

First sight: before the replicas, each distinct text is run once with every word form new to the
process's caches. Replicas of a few dozen texts measure the warm rate (after the first round every
form is cached), which a corpus of distinct articles reaches only for its frequent words; the
first-sight row is the lower bound, and a real corpus lies between the two.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import multiprocessing as mp
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

ROOT: Final[Path] = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS: Final[tuple[Path, ...]] = (ROOT.parent / "shared" / "dev" / "texts", ROOT / "corpus" / "texts")
CHECKPOINT: Final[int] = 1_000  # documents after which memory is sampled the first time
WARM_UP_DOCS: Final[int] = 100  # baseline documents run untimed first (the dev set has 71 texts)


def rss_mb(include_children: bool = True) -> float:
    """Memory of this process and its live workers, in MB: the sum of their PSS.

    PSS (proportional set size) splits pages shared after fork (the loaded pipeline) between the
    processes that share them, so the sum is what the run really occupies; summed RSS would count
    the shared dictionaries once per worker. Falls back to RSS where PSS is not available.
    """
    import psutil

    me = psutil.Process()
    procs = [me, *(me.children(recursive=True) if include_children else [])]
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):  # a worker may exit while we look
            try:
                total += p.memory_full_info().pss
            except (AttributeError, psutil.AccessDenied):
                total += p.memory_info().rss
    return total / 2**20


def peak_rss_mb() -> tuple[float, float]:
    """Peak RSS of this process and of the largest waited-for child, in MB (Linux: KB units)."""
    return (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    )


def replicate(texts_dir: Path, n: int, out: Path, *, novel_words: int = 0) -> int:
    """Write ``n`` files cycling over the texts (distinct ids); returns the word count.

    ``novel_words``: append to each file a closing line of that many word forms no other file
    has. Copies of the same texts bring no new words after the first round, so the vocabulary
    stops growing at once; a real corpus keeps bringing new names and misspellings, which is what
    makes memory grow if nothing frees it. With novel words the memory columns show whether it
    stays flat anyway.
    """
    sources = sorted(texts_dir.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no *.txt in {texts_dir}")
    data = [p.read_bytes() for p in sources]
    words = [len(d.decode("utf-8", errors="replace").split()) for d in data]
    total = 0
    for i in range(n):
        k = i % len(data)
        extra = b""
        if novel_words:
            line = " ".join(f"Tag{i}x{j}" for j in range(novel_words))
            extra = f"\n\nTagi: {line}.\n".encode()
            total += novel_words + 1
        (out / f"{i:06d}_{sources[k].stem}.txt").write_bytes(data[k] + extra)
        total += words[k]
    return total


def _spin(n: int) -> None:
    x = 0
    for i in range(n):
        x += i


def cpu_parallelism(loops: int = 3_000_000) -> float:
    """Throughput of 2 processes spinning relative to 1: 2.0 on two free cores, 1.0 on one."""
    t = time.perf_counter()
    _spin(loops)
    one = time.perf_counter() - t
    ctx = mp.get_context("fork")
    procs = [ctx.Process(target=_spin, args=(loops,)) for _ in range(2)]
    t = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    two = time.perf_counter() - t
    return 2 * one / two


def cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) used so far by this process and by its finished children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def end_to_end(
    folder: Path, n_process: int, batch_size: int, total: int
) -> tuple[float, int, int, float, float, float, float]:
    """(seconds, documents, words, RSS MB after CHECKPOINT docs, RSS MB at the last document,
    parent CPU s, workers' CPU s).

    RSS includes the live workers (sampled while the last record is in hand, before the pool
    shuts down). The CPU split shows how little the parent does when workers are used: the
    speed-up from more processes is then bounded by the free cores, not by the parent.
    """
    from kooperacja_nlp import batch
    from kooperacja_nlp.io.readers import read_paths

    docs = words = 0
    rss_early = rss_end = 0.0
    cpu_parent, cpu_kids = cpu_seconds()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        start = time.perf_counter()
        for result in batch.results(read_paths([folder]), n_process=n_process, batch_size=batch_size):
            sink.write(result.json + "\n")
            docs += 1
            words += result.words
            if docs == min(CHECKPOINT, total):
                rss_early = rss_mb()
            if docs == total:
                rss_end = rss_mb()
        seconds = time.perf_counter() - start
    parent_after, kids_after = cpu_seconds()
    return seconds, docs, words, rss_early, rss_end, parent_after - cpu_parent, kids_after - cpu_kids


def timed(fn: Callable[[str], object], texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        fn(text)
    return time.perf_counter() - start


def texts_in(folder: Path, n: int) -> Iterator[str]:
    for p in sorted(folder.glob("*.txt"))[:n]:
        yield p.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--baseline-docs", type=int, default=1_000, help="documents for the blank/dateparser rates")
    ap.add_argument("--texts", type=Path, help="directory of *.txt (default: ../shared/dev/texts or corpus/texts)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--novel-words", type=int, default=0, help="word forms unique to each document (see replicate)")
    args = ap.parse_args(argv)
    texts_dir = args.texts or next((d for d in DEFAULT_TEXTS if d.is_dir()), None)
    if texts_dir is None:
        raise SystemExit("no texts: give --texts")

    import dateparser.search
    import spacy

    from kooperacja_nlp import batch, load

    tmp = Path(tempfile.mkdtemp(prefix="kn-bench-"))
    try:
        (tmp / "replicas").mkdir()
        words_total = replicate(texts_dir, args.docs, tmp / "replicas", novel_words=args.novel_words)
        novel = f", {args.novel_words} novel word forms each" if args.novel_words else ""
        print(f"{args.docs:,} documents ({words_total:,} words{novel}) replicated from {texts_dir}")
        print(f"CPU parallelism of this machine (2 spinning processes vs 1): {cpu_parallelism():.2f}x")

        baseline = list(texts_in(tmp / "replicas", args.baseline_docs))
        base_words = sum(len(t.split()) for t in baseline)
        blank = spacy.blank("pl")
        blank.max_length = 12_000_000
        # Warm-up, untimed: the baselines' caches (spaCy's lexemes and tokenizer cache, dateparser's
        # language data) are filled as ours are by the time the end-to-end clock starts.
        for text in baseline[:WARM_UP_DOCS]:
            blank.make_doc(text)
            dateparser.search.search_dates(text, languages=["pl"])
        collector = gc.get_threshold()

        def baselines() -> tuple[float, float]:
            """Seconds for blank tokenisation and for dateparser over the baseline texts, under
            the collector settings the run started with (``batch._ready`` raises a threshold)."""
            ours = gc.get_threshold()
            gc.set_threshold(*collector)
            try:
                return (
                    timed(blank.make_doc, baseline),
                    timed(lambda t: dateparser.search.search_dates(t, languages=["pl"]), baseline),
                )
            finally:
                gc.set_threshold(*ours)

        # Baselines before and after the end-to-end runs, averaged: the machine's speed drifts
        # over minutes, and bracketing cancels a steady drift out of the ratios.
        before = baselines()

        load()
        batch._ready()  # what the first batch of a run does: load, warm up, freeze
        rows: list[tuple[str, float, str]] = []
        wps: dict[int, float] = {}
        # Each distinct text once, before any replica: every word form is new to the process's
        # caches (Morfeusz readings, name readings, classifier features), as most forms of a
        # real corpus of distinct articles are at first. The replicated runs below measure the
        # warm rate that the same texts reach once their forms are cached.
        first = tmp / "first-sight"
        first.mkdir()
        distinct = sorted(texts_dir.glob("*.txt"))
        for src in distinct:
            (first / src.name).write_bytes(src.read_bytes())
        n_first = len(distinct)
        seconds, _, words, *_ = end_to_end(first, 1, args.batch_size, n_first)
        first_rate = words / seconds
        rows.append(
            (
                "kooperacja-nlp, first sight, n_process=1",
                first_rate,
                f"the {n_first} distinct texts once, every word form new to the caches",
            )
        )
        for n in args.n_process:
            seconds, docs, words, rss_early, rss_end, cpu_p, cpu_w = end_to_end(
                tmp / "replicas", n, args.batch_size, args.docs
            )
            assert docs == args.docs, (docs, args.docs)
            wps[n] = words / seconds
            early = min(CHECKPOINT, docs)
            note = (
                f"memory {rss_early:,.0f} MB after {early:,} docs -> {rss_end:,.0f} MB after {docs:,}; "
                f"{seconds:,.0f} s wall, CPU parent {cpu_p:,.0f} s + workers {cpu_w:,.0f} s"
            )
            rows.append((f"kooperacja-nlp end to end, n_process={n}", wps[n], note))
        after = baselines()
        t_blank, t_dp = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
        rows.append(
            (
                f'spacy.blank("pl") tokenisation only ({len(baseline):,} docs)',
                base_words / t_blank,
                f"mean of {base_words / before[0]:,.0f} before and {base_words / after[0]:,.0f} after the runs",
            )
        )
        rows.append(
            (
                f"dateparser.search_dates only ({len(baseline):,} docs)",
                base_words / t_dp,
                f"mean of {base_words / before[1]:,.0f} before and {base_words / after[1]:,.0f} after the runs",
            )
        )

        print(f"\n{'':<52} {'words/s':>10}")
        for name, rate, note in rows:
            print(f"{name:<52} {rate:>10,.0f}  {note}")
        ours = wps.get(1)
        print()
        if ours:
            print(f"n_process=1 / dateparser.search_dates  = {ours / (base_words / t_dp):6.2f}x  (target >= 3)")
            print(f"n_process=1 / blank tokenisation        = {ours / (base_words / t_blank):6.3f}x  (target >= 0.15)")
        print(f"first sight / dateparser.search_dates   = {first_rate / (base_words / t_dp):6.2f}x  (no target)")
        if ours and 2 in wps:
            print(f"n_process=2 / n_process=1               = {wps[2] / ours:6.2f}x  (target >= 1.6)")
        parent, child = peak_rss_mb()
        print(f"peak RSS: parent {parent:,.0f} MB, largest worker {child:,.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

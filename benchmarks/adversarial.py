"""Adversarial inputs: does any stage of the pipeline, or any regex of the package, blow up?

Feeds strings of ~1 MB built from one repeated unit (runs of digits, dots, dashes, capitals,
and many-match units such as dates, initials and capitalised words) through ``clean_text``,
spaCy's tokenizer and every pipeline component, timing each; and every module-level compiled
regular expression of the package over each string with ``finditer``. Each case runs in a forked
child with a time limit, so a hang is reported instead of blocking the benchmark. Target: well
under a second per component per case.

    python benchmarks/adversarial.py [--size 1000000] [--limit 120] [--patterns] [--cases a,b]

``tests/test_adversarial.py`` imports ``CASES`` and ``stage_times`` from here and only guards
against hangs, with a generous limit.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing as mp
import pkgutil
import re
import sys
import time
from collections.abc import Iterator
from typing import Any, Final

# name -> repeated unit. Runs without spaces exercise backtracking and the tokenizer's affix
# loop; units with spaces produce a huge number of matches, which exposes per-match costs that
# grow with the document (quadratic components).
CASES: Final[dict[str, str]] = {
    "digits": "0123456789",
    "dots": ".",
    "dashes": "-",
    "en dashes": "–",
    "capitals": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "digits and dots": "1.2.",
    "digits and dashes": "12-",
    "punctuation soup": ".,;:-–()„”!?",
    "spaced digits": "1 ",
    "spaced dots": ". ",
    "spaced dashes": "- – — ",
    "dates": "12.03.2020 ",
    "date ranges": "12-13 marca 2020 r. ",
    "initials": "A. B. ",
    "capitalised words": "Anna Nowak Jan Kowalski ",
    "all-caps acronyms": "ROPS MOPS GOPS PCPR ",
    "abbreviations": "ul. dr hab. prof. ",
    "quotes": "„Kooperacja” ",
    "places": "w Toruniu i w Gdańsku ",
    "newlines": "\n",
    "letters": "a",
}


def make(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every compiled regex at module level in the package (including inside tuples/dicts)."""
    import kooperacja_nlp

    seen: set[int] = set()
    for info in pkgutil.walk_packages(kooperacja_nlp.__path__, "kooperacja_nlp."):
        try:
            module = importlib.import_module(info.name)
        except Exception:  # optional extras (dask, rdf ...) may be missing
            continue
        for name, value in vars(module).items():
            if isinstance(value, dict):
                value = list(value.values())
            for v in value if isinstance(value, tuple | list) else [value]:
                if isinstance(v, re.Pattern) and isinstance(v.pattern, str) and id(v) not in seen:
                    seen.add(id(v))
                    yield f"{info.name}.{name}", v


def stage_times(text: str, *, with_patterns: bool = False, report: Any = None) -> dict[str, float]:
    """Seconds per stage for one raw text: cleaning, tokenizer, each component, record, regexes.

    ``report(stage)``, if given, is called before each stage starts (to name a stage that hangs).
    """
    from kooperacja_nlp import extractors
    from kooperacja_nlp.api import Source as Src
    from kooperacja_nlp.api import _prepare
    from kooperacja_nlp.pipeline import load

    nlp = load()
    times: dict[str, float] = {}

    def stage(name: str) -> float:
        if report is not None:
            report(name)
        return time.perf_counter()

    t = stage("clean_text")
    _, clean = _prepare(Src("adv", text), max_chars=None)
    times["clean_text"] = time.perf_counter() - t
    if clean is None:
        return times
    t = stage("tokenizer")
    doc = nlp.make_doc(clean)
    times["tokenizer"] = time.perf_counter() - t
    for name, proc in nlp.pipeline:
        t = stage(name)
        doc = proc(doc)
        times[name] = time.perf_counter() - t
    t = stage("record")
    extractors.article(doc, doc_id="adv")
    times["record"] = time.perf_counter() - t
    if doc._.kn_error:
        times["component error: " + str(doc._.kn_error)] = 0.0
    if with_patterns:
        for name, pattern in patterns():
            t = stage("re " + name)
            for _ in pattern.finditer(text):
                pass
            times["re " + name] = time.perf_counter() - t
    return times


def _child(text: str, with_patterns: bool, conn: Any) -> None:
    times = stage_times(text, with_patterns=with_patterns, report=lambda name: conn.send(name))
    conn.send(times)
    conn.close()


def run_case(text: str, *, limit: float, with_patterns: bool = False) -> dict[str, float] | str:
    """``stage_times`` in a forked child, or the name of the stage still running after ``limit`` s."""
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(text, with_patterns, send), daemon=True)
    proc.start()
    send.close()
    deadline = time.monotonic() + limit
    current: dict[str, float] | str = "start-up"
    try:
        while recv.poll(max(deadline - time.monotonic(), 0)):
            current = recv.recv()
            if isinstance(current, dict):
                break
    except EOFError:
        current = f"crashed in {current}"
    if proc.is_alive():
        proc.kill()
    proc.join()
    return current


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="characters per case")
    ap.add_argument("--limit", type=float, default=120.0, help="seconds before a case counts as hung")
    ap.add_argument("--patterns", action="store_true", help="also time every module-level regex")
    ap.add_argument("--cases", help="comma-separated subset of: " + ", ".join(CASES))
    args = ap.parse_args(argv)
    from kooperacja_nlp import batch
    from kooperacja_nlp.pipeline import load

    load()
    stage_times("Spotkanie w Toruniu 12 marca 2020 r.")  # load lazy data before forking
    batch._ready()  # the process as a batch run leaves it: pipeline frozen, collector thresholds
    names = args.cases.split(",") if args.cases else list(CASES)
    slow: list[tuple[float, str, str]] = []
    print(f"{'case':<20} {'total s':>8}  slowest stages (seconds)", flush=True)
    for name in names:
        text = make(CASES[name], args.size)
        start = time.perf_counter()
        times = run_case(text, limit=args.limit, with_patterns=args.patterns)
        if isinstance(times, str):
            print(f"{name:<20} {'HUNG':>8}  in {times}: > {args.limit:.0f} s, killed", flush=True)
            slow.append((args.limit, name, f"{times} (hung)"))
            continue
        total = time.perf_counter() - start
        top = sorted(times.items(), key=lambda kv: -kv[1])[:4]
        print(f"{name:<20} {total:>8.2f}  " + ", ".join(f"{k} {v:.2f}" for k, v in top), flush=True)
        slow += [(v, name, k) for k, v in times.items() if v >= 1.0]
    if slow:
        print("\nstages over 1 s:")
        for v, name, stage in sorted(slow, reverse=True):
            print(f"  {v:8.2f} s  {stage:<40} on {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

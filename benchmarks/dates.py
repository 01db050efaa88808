"""Dates: ``kn_dates`` against ``dateparser.search_dates`` on the same texts, in one process.

Prints, side by side, event-date precision/recall/F1 (scored by the project's evaluator,
``kooperacja_nlp.evaluate.score``) and words per second of each. Both sides turn their dates into
events the same simple way: every date or day range (``kn_dates``: kind ``date``/``range``, not
the article's own dateline), one event per distinct (start, end). So the F1 here measures the
dates alone; the pipeline's figure (``kooperacja-nlp evaluate``) also depends on which dates the
events component keeps.

    python benchmarks/dates.py [--texts ../shared/dev/texts] [--gold ../shared/dev/gold] [--repeat 3]

(default: ``../shared/dev`` when present, else the bundled ``corpus/``)
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kooperacja_nlp import load
from kooperacja_nlp.components.base import values
from kooperacja_nlp.evaluate import load_gold, score
from kooperacja_nlp.normalize import clean_text
from kooperacja_nlp.records import ArticleRecord, Event

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev"
# The dev set when it is beside the checkout, else the project's own corpus (same gold format).
DEFAULT = DEV if (DEV / "texts").is_dir() else ROOT / "corpus"


def _record(doc_id: str, text: str, spans: Iterable[tuple[str, str]]) -> ArticleRecord:
    """An article record whose events are the given (start, end) dates, once each."""
    events = []
    for start, end in dict.fromkeys(spans):
        evidence = {"text": text[:1] or " ", "start": 0, "end": 1}
        events.append(Event(start_date=start, end_date=end, evidence=evidence))  # type: ignore[arg-type]
    return ArticleRecord(doc_id=doc_id, events=tuple(events))


def ours() -> Callable[[str], list[tuple[str, str]]]:
    nlp = load(raise_errors=True)
    finder = nlp.get_pipe("kn_dates")

    def run(text: str) -> list[tuple[str, str]]:
        doc = finder(nlp.make_doc(text))
        return [
            (v["value"], v["end_value"] or v["value"])
            for v in values(doc, "kn_dates")
            if v["kind"] in {"date", "range"} and v["value"] and not v.get("publication")
        ]

    return run


def theirs() -> Callable[[str], list[tuple[str, str]]]:
    from dateparser.search import search_dates

    def run(text: str) -> list[tuple[str, str]]:
        found: Any = search_dates(text, languages=["pl"]) or []
        return [(d.date().isoformat(), d.date().isoformat()) for _, d in found]

    return run


def measure(
    name: str, fn: Callable[[str], list[tuple[str, str]]], docs: dict[str, str], gold: dict[str, Any], repeat: int
) -> dict[str, Any]:
    words = sum(len(t.split()) for t in docs.values())
    for text in list(docs.values())[:3]:  # warm-up: caches, lazy loading
        fn(text)
    times, outputs = [], {}
    for _ in range(repeat):
        t0 = time.perf_counter()
        outputs = {doc_id: fn(text) for doc_id, text in docs.items()}
        times.append(time.perf_counter() - t0)
    report = score((gold[i], _record(i, docs[i], outputs[i])) for i in docs)
    prf = report.fields["event_dates"]
    seconds = statistics.median(times)
    return {"name": name, "p": prf.precision, "r": prf.recall, "f1": prf.f1, "wps": words / seconds, "s": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=Path, default=DEFAULT / "texts")
    parser.add_argument("--gold", type=Path, default=DEFAULT / "gold")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    docs = {p.stem: clean_text(p.read_text(encoding="utf-8")) for p in sorted(args.texts.glob("*.txt"))}
    docs = {k: v for k, v in docs.items() if k in gold}
    if not docs:
        raise SystemExit(f"no *.txt in {args.texts} with gold in {args.gold}: give --texts and --gold")
    words = sum(len(t.split()) for t in docs.values())
    warnings.filterwarnings("ignore")  # dateparser's deprecation noise
    rows = [
        measure("kn_dates", ours(), docs, gold, args.repeat),
        measure("dateparser.search_dates", theirs(), docs, gold, args.repeat),
    ]
    print(f"{len(docs)} documents, {words} words; median of {args.repeat} runs")
    print(f"{'':<26}{'precision':>10}{'recall':>8}{'f1':>8}{'words/s':>12}{'seconds':>9}")
    for r in rows:
        print(f"{r['name']:<26}{r['p']:>10.3f}{r['r']:>8.3f}{r['f1']:>8.3f}{r['wps']:>12,.0f}{r['s']:>9.3f}")
    print(f"speed-up: {rows[0]['wps'] / rows[1]['wps']:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

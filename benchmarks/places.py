"""Places only: dev-set scores, errors per article and speed of ``kn_places`` on its own.

Runs a minimal pipeline (``kn_sentences`` + ``kn_places``) so that the numbers do not depend on
components being edited elsewhere, scores localities and voivodeships exactly as ``evaluate`` does,
and times the component (words/s over several passes after a warm-up)::

    python benchmarks/places.py --gold ../shared/dev/gold --texts ../shared/dev/texts [--show]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import spacy

from kooperacja_nlp import extensions
from kooperacja_nlp.components import places as _places  # noqa: F401  (registers kn_places)
from kooperacja_nlp.components import sentences as _sentences  # noqa: F401
from kooperacja_nlp.evaluate import load_gold, score
from kooperacja_nlp.extractors import places
from kooperacja_nlp.normalize import clean_text, fold
from kooperacja_nlp.records import ArticleRecord


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default="../shared/dev/gold")
    ap.add_argument("--texts", default="../shared/dev/texts")
    ap.add_argument("--show", action="store_true", help="print FP/FN per article")
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args()

    t0 = time.perf_counter()
    extensions.register()
    nlp = spacy.blank("pl")
    nlp.add_pipe("kn_sentences")
    nlp.add_pipe("kn_places")
    from kooperacja_nlp.gazetteer import gazetteer

    gazetteer()
    print(f"load (blank + 2 components + gazetteer): {time.perf_counter() - t0:.2f} s")

    gold = load_gold(args.gold)
    texts = {k: clean_text((Path(args.texts) / f"{k}.txt").read_text(encoding="utf-8")) for k in gold}
    pairs = []
    for k, g in gold.items():
        doc = nlp(texts[k])
        rec = ArticleRecord(doc_id=k, places=tuple(places(doc)))
        pairs.append((g, rec))
        if args.show:
            for field, kind in (("places", "locality"), ("voivodeships", "voivodeship")):
                pred = {fold(p.name): p.name for p in rec.places if p.kind == kind}
                gs = {fold(x): x for x in g.get(field, [])}
                fp = [pred[x] for x in pred.keys() - gs.keys()]
                fn = [gs[x] for x in gs.keys() - pred.keys()]
                if fp or fn:
                    print(f"{k} {field}: FP {fp} FN {fn}")
    report = score(pairs)
    for f in ("places", "voivodeships"):
        prf = report.fields[f]
        print(f"{f:<14} P {prf.precision:.3f} R {prf.recall:.3f} F1 {prf.f1:.3f} (tp {prf.tp} fp {prf.fp} fn {prf.fn})")
        for err, c in report.errors[f].most_common(10):
            print(f"    {c:3d}  {err}")

    # speed: the component alone, on already tokenised docs
    docs = [nlp.make_doc(t) for t in texts.values()]
    for name, proc in nlp.pipeline:
        if name == "kn_sentences":
            docs = [proc(d) for d in docs]
    finder = nlp.get_pipe("kn_places")
    words = sum(len(d) for d in docs)
    times = []
    for _ in range(args.passes):
        t = time.perf_counter()
        for d in docs:
            finder(d)
        times.append(time.perf_counter() - t)
    best = min(times)
    print(
        f"kn_places: {words} tokens, best of {args.passes}: {best:.3f} s = {words / best:,.0f} tokens/s "
        f"(median {statistics.median(times):.3f} s)"
    )
    find_times = []
    for _ in range(args.passes):
        t = time.perf_counter()
        for d in docs:
            finder.find(d)
        find_times.append(time.perf_counter() - t)
    best = min(find_times)
    print(f"kn_places.find (without writing spans): {best:.3f} s = {words / best:,.0f} tokens/s")


if __name__ == "__main__":
    main()

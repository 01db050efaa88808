"""Meeting-type classifier benchmark: cross-validated accuracy, macro-F1, per-class F1, confusion.

Prints, side by side, the scikit-learn classifier alone, the keyword (cue-word) rules alone, the
hybrid the pipeline uses (cue words decide; the classifier only where no cue is found and it is
confident) and the majority class, for articles (headline + lead -> ``meeting_type``) and events
(event context -> ``type``):

A. grouped (by article), stratified 5-fold cross-validation over dev + corpus samples;
B. train on the project corpus only, test on the dev set (the shipped model's situation);
C. the whole pipeline (``kooperacja-nlp evaluate`` scoring) with a classifier trained on the other
   folds, over dev + corpus articles: the cross-validated system numbers.

Honesty note: the cue words of ``lang/events.py`` were written while reading the dev articles, so
the keyword rules' (and hence the hybrid's) dev numbers are not held-out numbers for the rules;
the classifier's are (it never sees the test fold). Run from the repository root:

    python benchmarks/classifier.py [--dev ../shared/dev] [--corpus corpus] [--folds 5]
"""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path

from kooperacja_nlp import classifier
from kooperacja_nlp.evaluate import load_gold, score

ROOT = Path(__file__).resolve().parent.parent


def _sets(args: argparse.Namespace) -> dict[str, Path]:
    out = {}
    for name, path in (("dev", Path(args.dev)), ("corpus", Path(args.corpus))):
        if (path / "gold").is_dir() and (path / "texts").is_dir():
            out[name] = path
    return out


def system_cv(sets: dict[str, Path], n_splits: int) -> str:
    """Part C: the pipeline's own scoring with fold-trained classifiers."""
    from kooperacja_nlp.api import extract_many
    from kooperacja_nlp.io.readers import read_text_file

    docs = []  # (set name, id, gold)
    for name, path in sets.items():
        for doc_id, g in load_gold(path / "gold").items():
            if (path / "texts" / f"{doc_id}.txt").is_file():
                docs.append((name, doc_id, g))
    samples_by_doc: dict[str, list[classifier.Sample]] = {}
    for name, path in sets.items():
        for s in classifier.samples_from_dirs(path / "gold", path / "texts"):
            samples_by_doc.setdefault(f"{name}/{s.group}", []).append(s)
    keys = [f"{n}/{i}" for n, i, _ in docs]
    article_samples = [
        classifier.Sample("", str(g.get("meeting_type") or "other"), k, "article")
        for k, (_, _, g) in zip(keys, docs, strict=True)
    ]
    pairs = []
    try:
        for train_idx, test_idx in classifier.folds(article_samples, n_splits):
            train = [s for i in train_idx for s in samples_by_doc.get(keys[i], [])]
            model = classifier.MeetingTypeModel.train([s.text for s in train], [s.label for s in train])
            classifier.set_default_model(model)
            items = [read_text_file(sets[docs[i][0]] / "texts" / f"{docs[i][1]}.txt", docs[i][1]) for i in test_idx]
            for i, rec in zip(test_idx, extract_many(items), strict=True):
                pairs.append((docs[i][2], rec))
    finally:
        classifier.reset_default_model()
    report = score(pairs)
    return report.table()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", default=str(ROOT.parent / "shared" / "dev"))
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    warnings.filterwarnings("ignore", message="The least populated class")
    sets = _sets(args)
    if not sets:
        raise SystemExit("no gold/texts found (use --dev / --corpus)")
    samples = {name: classifier.samples_from_dirs(p / "gold", p / "texts") for name, p in sets.items()}
    for name, ss in samples.items():
        print(f"{name}: {len({s.group for s in ss})} articles, {len(ss)} samples")

    print(f"\n##### A. grouped stratified {args.folds}-fold cross-validation on {' + '.join(samples)}\n")
    pooled = [
        classifier.Sample(s.text, s.label, f"{name}/{s.group}", s.level) for name, ss in samples.items() for s in ss
    ]
    print(classifier.format_cv(classifier.cross_validate(pooled, n_splits=args.folds)))

    if "dev" in samples and "corpus" in samples:
        print("\n##### B. trained on corpus/, tested on the dev set\n")
        train, test = samples["corpus"], samples["dev"]
        model = classifier.MeetingTypeModel.train([s.text for s in train], [s.label for s in train])
        print(classifier.format_cv(held_out(model, train, test), how="trained on corpus/, tested on dev"))

    print(f"\n##### C. the whole pipeline, {args.folds}-fold cross-validated classifier ({' + '.join(sets)})\n")
    print(system_cv(sets, args.folds))


def held_out(model: classifier.MeetingTypeModel, train: list, test: list) -> dict:
    """Part B: the same report as cross-validation, for one train/test split."""
    from kooperacja_nlp.components.events import best_label, cue_scores, decide

    counts: dict[str, int] = {}
    for s in train:
        counts[s.label] = counts.get(s.label, 0) + 1
    majority = max(sorted(counts), key=counts.__getitem__)
    scores = model.scores_many([s.text for s in test])
    out = {}
    for level in ("article", "event", "all"):
        idx = [i for i, s in enumerate(test) if level == "all" or s.level == level]
        gold = [test[i].label for i in idx]
        cues = [cue_scores([(test[i].text, 1.0)]) for i in idx]
        out[level] = {
            "n": len(idx),
            "classifier": classifier.ClassReport.of(gold, [max(scores[i], key=scores[i].get) for i in idx]),
            "keyword_rules": classifier.ClassReport.of(gold, [best_label(c) for c in cues]),
            "hybrid": classifier.ClassReport.of(gold, [decide(c, scores[i]) for c, i in zip(cues, idx, strict=True)]),
            "majority": classifier.ClassReport.of(gold, [majority] * len(idx)),
        }
    return out


if __name__ == "__main__":
    main()

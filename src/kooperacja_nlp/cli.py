"""Command line: ``kooperacja-nlp extract | evaluate | report | export | train-classifier | schema``.

Thin: one function per command.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kooperacja_nlp import __version__


def cmd_extract(args: argparse.Namespace) -> int:
    from kooperacja_nlp.batch import extract_to

    return extract_to(
        args.paths,
        args.output,
        format=args.format,
        n_process=args.n_process,
        batch_size=args.batch_size,
        max_chars=args.max_chars or None,
        timeout=args.timeout,
        resume=args.resume,
        quiet=args.quiet,
    )


def cmd_evaluate(args: argparse.Namespace) -> int:
    from kooperacja_nlp.api import extract_many
    from kooperacja_nlp.evaluate import load_gold, score
    from kooperacja_nlp.io.readers import read_text_file

    gold = load_gold(args.gold)
    texts = Path(args.texts)
    ids = [i for i in gold if (texts / f"{i}.txt").is_file()]
    if not ids:
        print(f"no gold file in {args.gold} has a text in {args.texts}", file=sys.stderr)
        return 2
    records = extract_many((read_text_file(texts / f"{i}.txt", i) for i in ids), n_process=args.n_process)
    report = score(zip((gold[i] for i in ids), records, strict=True))
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        print(report.table())
        if args.errors:
            for name, counts in sorted(report.errors.items()):
                print(f"\n{name}: most frequent errors")
                for what, n in counts.most_common(args.errors):
                    print(f"  {n:>3}  {what}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from kooperacja_nlp.io.jsonl import read_records
    from kooperacja_nlp.report import write_report

    records = (r for path in args.inputs for r in read_records(path))
    write_report(records, sys.stdout if args.output in (None, "-") else args.output, title=args.title)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write records already extracted (JSON Lines of `extract`) in another format: no re-extraction."""
    from kooperacja_nlp import export
    from kooperacja_nlp.io import PATH_WRITERS
    from kooperacja_nlp.io.jsonl import read_records

    to_stdout = args.output in (None, "-")
    if args.format in PATH_WRITERS and to_stdout:
        print(f"kooperacja-nlp: --format {args.format} writes a file: give it with -o", file=sys.stderr)
        return 2
    records = (r for path in args.inputs for r in read_records(path))
    export.export(records, sys.stdout if to_stdout else args.output, args.format)
    return 0


def cmd_train_classifier(args: argparse.Namespace) -> int:
    """Train the meeting-type classifier on labelled data and save it as JSON (never pickle)."""
    from kooperacja_nlp import classifier

    if len(args.gold) != len(args.texts):
        print("give one --texts directory for each --gold directory", file=sys.stderr)
        return 2
    samples: list[classifier.Sample] = []
    for gold_dir, texts_dir in zip(args.gold, args.texts, strict=True):
        samples += classifier.samples_from_dirs(gold_dir, texts_dir)
    for path in args.jsonl:
        samples += classifier.samples_from_jsonl(path)
    if len({s.label for s in samples}) < 2:
        print(f"need labelled samples of at least two types (got {len(samples)} samples)", file=sys.stderr)
        return 2
    if args.cv:
        report = classifier.cross_validate(samples, n_splits=args.cv)
        if args.json:
            as_dict = {k: {n: (v if n == "n" else v.as_dict()) for n, v in r.items()} for k, r in report.items()}
            print(json.dumps(as_dict, ensure_ascii=False))
        else:
            print(classifier.format_cv(report))
    sources = [str(g) for g in args.gold] + [str(j) for j in args.jsonl]
    model = classifier.MeetingTypeModel.train(
        [s.text for s in samples], [s.label for s in samples], meta={"trained_on": sources}
    )
    model.save(args.output)
    hint = f"use it with {classifier.MODEL_ENV}={args.output}"
    print(f"saved {args.output} ({len(samples)} samples); {hint}", file=sys.stderr)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from kooperacja_nlp.records import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=1, sort_keys=True))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kooperacja-nlp", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract records from .txt/.html files, directories or .jsonl")
    p.add_argument(
        "paths",
        nargs="+",
        help="directory (every *.txt/*.html/*.htm below), .txt or .html file, .jsonl of {id, text|html, ...}, "
        "or - for JSON Lines on stdin",
    )
    p.add_argument("-o", "--output", help="output file (default: stdout)")
    from kooperacja_nlp.api import MAX_CHARS
    from kooperacja_nlp.io import PATH_WRITERS, WRITERS

    p.add_argument("--format", choices=sorted({*WRITERS, *PATH_WRITERS}), default="jsonl")
    p.add_argument("--n-process", type=int, default=1, help="worker processes (-1: one per CPU)")
    p.add_argument("--batch-size", type=int, default=64, help="documents per batch sent to a worker")
    p.add_argument(
        "--resume", action="store_true", help="append to -o only what is missing (JSON Lines output of a killed run)"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line and no summary on stderr")
    p.add_argument(
        "--max-chars",
        type=int,
        default=MAX_CHARS,
        help=f"longer documents get an E010 error record (default {MAX_CHARS:,}; 0: no limit)",
    )
    p.add_argument(
        "--timeout", type=float, metavar="SECONDS", help="per document: a document that hangs gets an E011 record"
    )
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("evaluate", help="score extraction against gold annotations (FORMAT.md rules)")
    p.add_argument("--gold", required=True, help="directory of gold *.json")
    p.add_argument("--texts", required=True, help="directory of the matching *.txt")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--errors", type=int, default=10, metavar="N", help="show the N most frequent errors per field")
    p.add_argument("--n-process", type=int, default=1)
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("report", help="self-contained HTML report (timeline, counts, evidence) of extracted records")
    p.add_argument("inputs", nargs="+", help="JSONL file(s) written by `extract`")
    p.add_argument("-o", "--output", help="HTML file (default: stdout)")
    from kooperacja_nlp.report import DEFAULT_TITLE

    p.add_argument("--title", default=DEFAULT_TITLE, help="title of the report")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export", help="convert extracted records (JSONL of `extract`) to another format")
    p.add_argument("inputs", nargs="+", help="JSONL file(s) written by `extract`")
    p.add_argument("-o", "--output", help="output file (default: stdout; required for sqlite)")
    from kooperacja_nlp.export import FORMATS

    p.add_argument("--format", required=True, choices=FORMATS)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "train-classifier", help="train the meeting-type classifier (JSON model) on gold dirs or labelled JSONL"
    )
    p.add_argument("--gold", action="append", default=[], help="gold directory of ID.json (repeatable, with --texts)")
    p.add_argument("--texts", action="append", default=[], help="directory of the matching ID.txt (repeatable)")
    p.add_argument(
        "--jsonl", action="append", default=[], help='JSONL of {"text", "label"} or gold records with "text"'
    )
    p.add_argument("-o", "--output", required=True, help="model file to write (.json)")
    p.add_argument("--cv", type=int, default=0, metavar="K", help="also report K-fold grouped stratified CV")
    p.add_argument("--json", action="store_true", help="cross-validation report as JSON")
    p.set_defaults(func=cmd_train_classifier)

    p = sub.add_parser("schema", help="print the JSON Schema of the output records")
    p.set_defaults(func=cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `kooperacja-nlp extract ... | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())

"""Command line: ``kooperacja-nlp extract | evaluate | schema``. Thin: one function per command."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kooperacja_nlp import __version__


def cmd_extract(args: argparse.Namespace) -> int:
    from kooperacja_nlp.api import extract_many
    from kooperacja_nlp.io import WRITERS
    from kooperacja_nlp.io.readers import read_paths

    records = extract_many(read_paths(args.paths), n_process=args.n_process, batch_size=args.batch_size)
    writer = WRITERS[args.format]
    if args.output in (None, "-"):
        writer(records, sys.stdout)
    else:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            writer(records, fh)
    return 0


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


def cmd_schema(args: argparse.Namespace) -> int:
    from kooperacja_nlp.records import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=1, sort_keys=True))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kooperacja-nlp", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract records from .txt files, directories or .jsonl")
    p.add_argument("paths", nargs="+", help="directory (all *.txt below), .txt file or .jsonl of {id, text, ...}")
    p.add_argument("-o", "--output", help="output file (default: stdout)")
    from kooperacja_nlp.io import WRITERS

    p.add_argument("--format", choices=sorted(WRITERS), default="jsonl")
    p.add_argument("--n-process", type=int, default=1)
    p.add_argument("--batch-size", type=int, default=64)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("evaluate", help="score extraction against gold annotations (FORMAT.md rules)")
    p.add_argument("--gold", required=True, help="directory of gold *.json")
    p.add_argument("--texts", required=True, help="directory of the matching *.txt")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--errors", type=int, default=10, metavar="N", help="show the N most frequent errors per field")
    p.add_argument("--n-process", type=int, default=1)
    p.set_defaults(func=cmd_evaluate)

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

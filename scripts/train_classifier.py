"""Regenerate the shipped meeting-type model ``src/kooperacja_nlp/models/meeting_type.json``.

The shipped model is trained on the project's own corpus only (``corpus/gold`` + ``corpus/texts``,
articles written by the project), so that scoring the pipeline on the third-party dev set stays a
held-out measurement. To train on other data (e.g. your own labelled articles) use the command
``kooperacja-nlp train-classifier`` and point ``KOOPERACJA_NLP_MODEL`` at the result.

    python scripts/train_classifier.py            # writes the packaged model
    python scripts/train_classifier.py --cv 5     # ... and prints grouped cross-validation on corpus/
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kooperacja_nlp.cli import main

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "kooperacja_nlp" / "models" / "meeting_type.json"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", type=int, default=0, metavar="K")
    args = parser.parse_args()
    os.chdir(ROOT)  # relative paths end up in the model's "trained_on"
    argv = ["train-classifier", "--gold", "corpus/gold", "--texts", "corpus/texts", "-o", str(OUTPUT)]
    argv += ["--cv", str(args.cv)] if args.cv else []
    sys.exit(main(argv))

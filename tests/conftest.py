"""Session fixtures: one pipeline for the whole test run (loading it is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import kooperacja_nlp

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DEV = ROOT.parent / "shared" / "dev"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return kooperacja_nlp.load()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not (CORPUS / "texts").is_dir():
        pytest.skip("corpus/ not present")
    return CORPUS

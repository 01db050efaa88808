"""No stage of the pipeline and no regex of the package may hang on adversarial input.

Only a guard against hangs (catastrophic backtracking, super-linear loops), with generous limits:
each case runs in a forked child that is killed when over the limit, and the test names the stage
that was running. ``benchmarks/adversarial.py`` measures the stages (target: well under a second
per component on 1 MB).
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from kooperacja_nlp.normalize import MAX_PUNCT_RUN, MAX_RUN, clean_text

_spec = importlib.util.spec_from_file_location(
    "kn_adversarial", Path(__file__).resolve().parent.parent / "benchmarks" / "adversarial.py"
)
assert _spec is not None and _spec.loader is not None
adversarial = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(adversarial)

MB = 1_000_000
# The cases: 1 MB runs of digits, dots, dashes, capitals, en dashes and mixed punctuation
# (spaCy's own tokenizer would take hours on the last two; ``clean_text`` and the pipeline's
# chunked tokenizer make them linear).
RUNS = {name: MB for name in ("digits", "dots", "dashes", "capitals", "en dashes", "punctuation soup")}
# Units that match something on every repetition: super-linear components show up even on 5 KB.
DENSE = [name for name in adversarial.CASES if name not in RUNS]
LIMIT = 120.0  # seconds per case; a linear pipeline needs a few seconds even on a slow machine


@pytest.fixture(scope="module", autouse=True)
def _loaded(nlp):
    adversarial.stage_times("Spotkanie w Toruniu 12 marca 2020 r.")  # lazy data loaded before forking


def _check(name: str, size: int) -> dict[str, float]:
    result = adversarial.run_case(adversarial.make(adversarial.CASES[name], size), limit=LIMIT)
    assert not isinstance(result, str), f"{name} ({size:,} chars): still in {result} after {LIMIT:.0f} s"
    return result


@pytest.mark.parametrize("name", RUNS)
def test_long_runs_do_not_hang(name):
    times = _check(name, RUNS[name])
    assert {"clean_text", "tokenizer", "kn_sentences", "kn_events", "record"} <= set(times)


@pytest.mark.parametrize("name", DENSE)
def test_dense_matches_do_not_hang(name):
    _check(name, 5_000)


def test_every_regex_of_the_package_survives_adversarial_strings():
    """Each module-level pattern over 10 KB strings: a guard against exponential backtracking.

    At this size a quadratic pattern still passes; ``benchmarks/adversarial.py --patterns`` times
    every pattern on 1 MB.
    """
    units = ["0123456789", ".", "-", "–", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "1.2.", "12-", ".,;:-–()„”!?", "A. B. ", "1 "]
    texts = [adversarial.make(unit, 10_000) for unit in units]
    slow = []
    for name, pattern in adversarial.patterns():
        start = time.perf_counter()
        for text in texts:
            for _ in pattern.finditer(text):
                pass
        if (spent := time.perf_counter() - start) > 20:
            slow.append(f"{name} {spent:.1f} s")
    assert not slow


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("–" * 15, "–" * MAX_PUNCT_RUN + " " * 5),
        ("Tak..." + "." * 20 + "!", "Tak" + "." * MAX_PUNCT_RUN + " " * 14),
        ("a" * (MAX_RUN + 5), "a" * (MAX_RUN - 1) + " " + "a" * 5),
        ("x" + "_-" * 8 + "y", "x" + "_-" * 5 + " " * 6 + "y"),
        ("W dniach 14–15.11.2019 r. – spotkanie...", "W dniach 14–15.11.2019 r. – spotkanie..."),
        ("http://rops.example.pl/aktualnosci/2019/11/14/spotkanie",) * 2,
    ],
)
def test_clean_text_defuses_runs_and_keeps_length(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("Toruń\u00a0i\u2009Gdańsk\tdziś", "Toruń i Gdańsk dziś"),
        ("Ko\u00adope\u200bracja\ufeff", "Kooperacja"),
        ("a\u2028b\x0cc", "a\nb\nc"),
        ("x\x07y\x9dz", "x y z"),
        ("Ło\u0301dz\u0301", "Łódź"),  # decomposed accents (macOS, PDF) composed
    ],
)
def test_clean_text_characters(raw, expected):
    assert clean_text(raw) == expected


def test_clean_text_patterns_are_linear():
    for unit in ("-", "a", "–a", "." * MAX_PUNCT_RUN + " ", "x" * MAX_RUN + " "):
        text = unit * (MB // len(unit))
        start = time.perf_counter()
        clean_text(text)
        assert time.perf_counter() - start < 30, unit

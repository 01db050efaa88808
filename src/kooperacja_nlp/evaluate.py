"""Scoring against gold annotations, with the exact rules of the gold format (FORMAT.md v1).

- persons, places (localities), voivodeships, projects: sets per article, micro P/R/F1 over all
  articles, compared after NFC, case-folding, dashes/quotes -> spaces, spaces collapsed; a leading
  "województwo " is ignored for voivodeships; projects are compared on letters and digits only.
- events: a predicted event matches a gold one when start and end match (gold ``--MM-DD`` matches
  that month-day in any year; gold ``YYYY-MM`` matches any day of that month); each gold event
  matches at most one prediction. On matched pairs: type, status and place accuracy (place only
  where gold has one).
- meeting_type: accuracy and macro-F1 over articles.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kooperacja_nlp.normalize import alnum_key, fold
from kooperacja_nlp.records import ArticleRecord

SET_FIELDS = ("persons", "places", "voivodeships", "projects")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"accuracy": round(self.value, 4), "correct": self.correct, "total": self.total}


@dataclass
class Report:
    fields: dict[str, PRF] = field(default_factory=lambda: {f: PRF() for f in (*SET_FIELDS, "event_dates")})
    event_type: Accuracy = field(default_factory=Accuracy)
    event_status: Accuracy = field(default_factory=Accuracy)
    event_place: Accuracy = field(default_factory=Accuracy)
    meeting_type: Accuracy = field(default_factory=Accuracy)
    meeting_type_macro_f1: float = 0.0
    documents: int = 0
    errors: dict[str, Counter[str]] = field(default_factory=dict)  # field -> "FP x" / "FN y" counts

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            **{name: prf.as_dict() for name, prf in self.fields.items()},
            "event_type": self.event_type.as_dict(),
            "event_status": self.event_status.as_dict(),
            "event_place": self.event_place.as_dict(),
            "meeting_type": {**self.meeting_type.as_dict(), "macro_f1": round(self.meeting_type_macro_f1, 4)},
            "top_errors": {f: c.most_common(10) for f, c in sorted(self.errors.items())},
        }

    def table(self) -> str:
        lines = [
            f"documents: {self.documents}",
            f"{'field':<16}{'precision':>10}{'recall':>10}{'f1':>10}{'tp':>6}{'fp':>6}{'fn':>6}",
        ]
        for name, prf in self.fields.items():
            lines.append(
                f"{name:<16}{prf.precision:>10.3f}{prf.recall:>10.3f}{prf.f1:>10.3f}{prf.tp:>6}{prf.fp:>6}{prf.fn:>6}"
            )
        for name, acc in (
            ("event_type", self.event_type),
            ("event_status", self.event_status),
            ("event_place", self.event_place),
            ("meeting_type", self.meeting_type),
        ):
            lines.append(f"{name + ' acc':<16}{acc.value:>10.3f}   ({acc.correct}/{acc.total})")
        lines.append(f"{'meeting_type F1':<16}{self.meeting_type_macro_f1:>10.3f}   (macro)")
        return "\n".join(lines)


def _key(field_name: str, value: str) -> str:
    if field_name == "projects":
        return alnum_key(value)
    key = fold(value)
    if field_name == "voivodeships" and key.startswith("województwo "):
        key = key[len("województwo ") :]
    return key


def predicted_sets(record: ArticleRecord) -> dict[str, list[str]]:
    """The record's values in the gold's shape (the only place that maps records to gold fields)."""
    return {
        "persons": [p.name for p in record.persons],
        "places": [p.name for p in record.places if p.kind == "locality" and p.country is None],  # Polish ones
        "voivodeships": [p.name for p in record.places if p.kind == "voivodeship"],
        "projects": [p.name for p in record.projects],
    }


def date_matches(gold: str, pred: str | None) -> bool:
    if pred is None:
        return False
    if gold.startswith("--"):
        return pred.endswith(gold[1:]) and len(pred) in (7, 10)  # "--MM-DD" vs "YYYY-MM-DD" or "--MM-DD"
    if len(gold) == 7:
        return pred[:7] == gold
    return pred == gold


def match_events(gold: Sequence[Mapping[str, Any]], pred: Sequence[Any]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index); exact string matches are taken first."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if any(gi == a for a, _ in pairs):
                continue
            for pi, p in enumerate(pred):
                if pi in used:
                    continue
                if exact:
                    ok = (g["start"], g["end"]) == (p.start_date, p.end_date)
                else:
                    ok = date_matches(g["start"], p.start_date) and date_matches(g["end"], p.end_date)
                if ok:
                    pairs.append((gi, pi))
                    used.add(pi)
                    break
    return sorted(pairs)


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    labels = sorted(set(gold) | set(pred))
    scores = []
    for label in labels:
        prf = PRF(
            tp=sum(g == p == label for g, p in zip(gold, pred, strict=True)),
            fp=sum(p == label != g for g, p in zip(gold, pred, strict=True)),
            fn=sum(g == label != p for g, p in zip(gold, pred, strict=True)),
        )
        scores.append(prf.f1)
    return sum(scores) / len(scores) if scores else 0.0


def score(pairs: Iterable[tuple[Mapping[str, Any], ArticleRecord]]) -> Report:
    """Score (gold, predicted record) pairs of the same documents."""
    report = Report()
    gold_types: list[str] = []
    pred_types: list[str] = []
    for gold, record in pairs:
        report.documents += 1
        pred = predicted_sets(record)
        for f in SET_FIELDS:
            g = {_key(f, v): v for v in gold.get(f, [])}
            p = {_key(f, v): v for v in pred[f]}
            prf = report.fields[f]
            prf.tp += len(g.keys() & p.keys())
            prf.fp += len(p.keys() - g.keys())
            prf.fn += len(g.keys() - p.keys())
            errs = report.errors.setdefault(f, Counter())
            errs.update(f"FP {p[k]}" for k in p.keys() - g.keys())
            errs.update(f"FN {g[k]}" for k in g.keys() - p.keys())
        gold_events = gold.get("events", [])
        matched = match_events(gold_events, record.events)
        ev = report.fields["event_dates"]
        ev.tp += len(matched)
        ev.fp += len(record.events) - len(matched)
        ev.fn += len(gold_events) - len(matched)
        errs = report.errors.setdefault("event_dates", Counter())
        mg, mp = {a for a, _ in matched}, {b for _, b in matched}
        errs.update(f"FN {record.doc_id} {g['start']}..{g['end']}" for i, g in enumerate(gold_events) if i not in mg)
        errs.update(
            f"FP {record.doc_id} {e.start_date}..{e.end_date}" for i, e in enumerate(record.events) if i not in mp
        )
        for gi, pi in matched:
            g, p = gold_events[gi], record.events[pi]
            report.event_type.total += 1
            report.event_type.correct += g["type"] == p.event_type
            report.event_status.total += 1
            report.event_status.correct += g["status"] == p.status
            # the document and day with each label error: a confusion alone does not say where to look
            for name, want, got in (("event_type", g["type"], p.event_type), ("event_status", g["status"], p.status)):
                if want != got:
                    report.errors.setdefault(name, Counter())[f"{record.doc_id} {g['start']} {want} -> {got}"] += 1
            if g.get("place"):
                report.event_place.total += 1
                ok = p.place is not None and fold(p.place.name) == fold(g["place"])
                report.event_place.correct += ok
                if not ok:
                    report.errors.setdefault("event_place", Counter())[
                        f"{g['place']} -> {p.place.name if p.place else None}"
                    ] += 1
        gold_types.append(gold.get("meeting_type") or "other")
        pred_types.append(record.meeting_type or "other")
        if gold_types[-1] != pred_types[-1]:
            report.errors.setdefault("meeting_type", Counter())[
                f"{record.doc_id} {gold_types[-1]} -> {pred_types[-1]}"
            ] += 1
    report.meeting_type.total = len(gold_types)
    report.meeting_type.correct = sum(g == p for g, p in zip(gold_types, pred_types, strict=True))
    report.meeting_type_macro_f1 = macro_f1(gold_types, pred_types)
    return report


def load_gold(gold_dir: str | Path) -> dict[str, dict[str, Any]]:
    """Gold records by id (file name without ``.json``)."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        out[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    return out

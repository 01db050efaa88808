"""Meeting-type classifier: a scikit-learn ``Pipeline`` whose parameters ship as JSON, not pickle.

Cue words decide most meeting types (``kn_events``), but many reports name only "spotkanie" and
describe the rest ("przedstawiciele gmin", "wdrażanie modelu", "prelegenci"); the classifier reads
that wording. Features: TF-IDF of Morfeusz lemmas (inflection folded: "szkoleniu", "szkolenia" ->
"szkolenie"), TF-IDF of character 3-5-grams (robust to typos, unknown names and derivations), and
the cue evidence per label from ``lang/events.py``; a multinomial logistic regression with balanced
class weights turns them into ``meeting_type_scores``.

Persistence: ``MeetingTypeModel.to_json`` writes vocabularies, IDF weights and coefficients (plain
numbers and strings); ``from_json`` rebuilds the same Pipeline and sets those fitted attributes.
Loading therefore executes nothing from the file (scikit-learn's persistence page warns that
pickle/joblib loading "can execute arbitrary code"). The shipped model is
``models/meeting_type.json``; ``kooperacja-nlp train-classifier`` makes one from labelled JSONL
and ``KOOPERACJA_NLP_MODEL`` (or :func:`set_default_model`) makes the pipeline use it.
"""

from __future__ import annotations

import functools
import json
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Final

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from kooperacja_nlp import morph
from kooperacja_nlp.records import EVENT_TYPES

FORMAT_VERSION: Final[int] = 1
MODEL_ENV: Final[str] = "KOOPERACJA_NLP_MODEL"
DEFAULT_MODEL: Final[str] = "meeting_type.json"
# Hyper-parameters (chosen by grouped cross-validation in benchmarks/classifier.py, kept modest
# because training sets are small: a few hundred labelled happenings).
LEMMA_MIN_DF: Final[int] = 1
CHAR_NGRAMS: Final[tuple[int, int]] = (3, 5)
CHAR_MIN_DF: Final[int] = 2
CHAR_MAX_FEATURES: Final[int] = 30_000
C: Final[float] = 4.0
CUE_SCALE: Final[float] = 6.0  # the strongest cue weight; cue features are divided by it
MAX_CHARS: Final[int] = 20_000  # a classified text is cut here (whole-site dumps add nothing)


def lemma_tokens(text: str) -> list[str]:
    """Lower-case Morfeusz lemmas of the words of ``text`` (digits and one-letter words dropped)."""
    from kooperacja_nlp.components.events import WORD_RE

    return [morph.best_lemma(w).lower() for w in WORD_RE.findall(text[:MAX_CHARS]) if len(w) > 1 and not w.isdigit()]


class CueFeatures(TransformerMixin, BaseEstimator):
    """The cue evidence of ``kn_events`` per label, as dense features in [0, 1]."""

    def fit(self, X: Iterable[str], y: Any = None) -> CueFeatures:
        return self

    def transform(self, X: Iterable[str]) -> np.ndarray:
        from kooperacja_nlp.components.events import cue_scores

        rows = [cue_scores([(t[:MAX_CHARS], 1.0)]) for t in X]
        return np.array([[r[label] / CUE_SCALE for label in EVENT_TYPES] for r in rows], dtype=float)


def build_pipeline(*, c: float = C) -> Pipeline:
    """The unfitted Pipeline (also the skeleton that ``from_json`` fills with parameters)."""
    features = FeatureUnion(
        [
            ("lemmas", TfidfVectorizer(analyzer=lemma_tokens, min_df=LEMMA_MIN_DF, sublinear_tf=True)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=CHAR_NGRAMS,
                    min_df=CHAR_MIN_DF,
                    max_features=CHAR_MAX_FEATURES,
                    sublinear_tf=True,
                    lowercase=True,
                ),
            ),
            ("cues", CueFeatures()),
        ]
    )
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    return Pipeline([("features", features), ("clf", clf)])


# ---------------------------------------------------------------- inference fast path

# scikit-learn's ``_VectorizerMixin._white_spaces`` (the char_wb analyser folds runs of blanks)
_WHITE_SPACES_RE: Final[re.Pattern[str]] = re.compile(r"\s\s+")
WORD_NGRAM_CACHE: Final[int] = 1 << 16  # distinct lower-case words whose n-gram ids are kept


class _FastTfidf:
    """``TfidfVectorizer.transform`` of a fitted vectorizer, for inference only.

    Same numbers, bit for bit: the same counts (integers), sorted column ids, then the same
    numpy operations in the same order (``log(tf) + 1``, times idf, the same in-place l2 row
    normalisation). What it saves: scikit-learn's input validation and a Python loop over every
    n-gram occurrence. Character n-grams inside a word depend only on the word, so each distinct
    lower-case word is cut into in-vocabulary n-gram ids once (cached) and a document is a
    ``Counter`` of its words: news articles repeat their words, and across documents the
    vocabulary of the genre repeats even more.
    """

    def __init__(self, vec: TfidfVectorizer) -> None:
        self.vocabulary: dict[str, int] = vec.vocabulary_
        self.idf: np.ndarray = np.asarray(vec.idf_, dtype=np.float64)
        self.n_features = len(self.vocabulary)
        self.sublinear = bool(vec.sublinear_tf)
        self.norm = vec.norm
        self.chars = vec.analyzer == "char_wb"
        self.analyzer = vec.analyzer
        self.min_n, self.max_n = vec.ngram_range
        self.lowercase = bool(vec.lowercase)
        self.word_ids = functools.lru_cache(maxsize=WORD_NGRAM_CACHE)(self._word_ids)

    @classmethod
    def supports(cls, vec: Any) -> bool:
        """Only the two shapes ``build_pipeline`` makes (anything else takes scikit-learn's path)."""
        if not isinstance(vec, TfidfVectorizer) or not hasattr(vec, "vocabulary_") or not hasattr(vec, "idf_"):
            return False
        plain = vec.input == "content" and vec.binary is False and vec.use_idf and vec.norm in ("l2", None)
        if not plain or vec.dtype is not np.float64:
            return False
        if callable(vec.analyzer):
            return True
        return vec.analyzer == "char_wb" and vec.preprocessor is None and vec.strip_accents is None

    def _word_ids(self, word: str) -> np.ndarray:
        """In-vocabulary n-gram ids of one word, once per occurrence, as scikit-learn's
        ``_char_wb_ngrams`` cuts it (padded with a space; a short word counted once)."""
        w = " " + word + " "
        w_len = len(w)
        vocab = self.vocabulary
        ids: list[int] = []
        for n in range(self.min_n, self.max_n + 1):
            for offset in range(max(1, w_len - n + 1)):
                j = vocab.get(w[offset : offset + n])
                if j is not None:
                    ids.append(j)
            if w_len <= n:  # count a short word (w_len < n) only once
                break
        return np.asarray(ids, dtype=np.intp)

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sorted column ids of ``text`` and their counts as float64 (``_count_vocab``'s row)."""
        if self.chars:
            if self.lowercase:
                text = text.lower()
            words = Counter(_WHITE_SPACES_RE.sub(" ", text).split())
            if not words:
                return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float64)
            word_ids = self.word_ids
            parts = [word_ids(w) for w in words]
            times = np.fromiter(words.values(), dtype=np.float64, count=len(words))
            lengths = np.fromiter((len(x) for x in parts), dtype=np.intp, count=len(parts))
            # counts are small integers: exact in float64, whatever the order they are added in
            dense = np.bincount(np.concatenate(parts), weights=np.repeat(times, lengths), minlength=self.n_features)
            dense = dense.astype(np.float64, copy=False)  # (no weights at all gives integers)
        else:
            vocab = self.vocabulary
            found = [j for j in map(vocab.get, self.analyzer(text)) if j is not None]
            dense = np.bincount(np.asarray(found, dtype=np.intp), minlength=self.n_features).astype(np.float64)
        ids = np.flatnonzero(dense)
        return ids.astype(np.int32), dense[ids]  # a fresh array: the caller works in place

    def block(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(data, indices, indptr)`` of the tf-idf matrix of ``texts``: the CSR matrix
        scikit-learn makes (sorted column ids per row), weighted by the same operations."""
        from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

        rows = [self.row(text) for text in texts]
        indptr = np.zeros(len(rows) + 1, dtype=np.int32)
        np.cumsum([len(ids) for ids, _ in rows], out=indptr[1:])
        indices = np.concatenate([ids for ids, _ in rows]) if rows else np.zeros(0, dtype=np.int32)
        data = np.concatenate([d for _, d in rows]) if rows else np.zeros(0, dtype=np.float64)
        if self.sublinear:
            np.log(data, data)
            data += 1.0
        data *= self.idf[indices]
        if self.norm == "l2" and len(data):
            # the very routine ``sklearn.preprocessing.normalize`` runs (same summation order)
            matrix = _csr(data, indices, indptr, self.n_features)
            inplace_csr_row_normalize_l2(matrix)
            data = matrix.data
        return data, indices, indptr


def _csr(data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, n_cols: int) -> Any:
    from scipy import sparse

    return sparse.csr_matrix((data, indices, indptr), shape=(len(indptr) - 1, n_cols))


class _FastFeatures:
    """The ``FeatureUnion`` of ``build_pipeline`` at inference: the two TF-IDF blocks
    (:class:`_FastTfidf`) and the dense cue block side by side in one CSR matrix, row by row in the
    order ``scipy.sparse.hstack`` puts them, so that ``x @ coef.T`` sums the same products in the
    same order as before."""

    def __init__(self, parts: list[tuple[_FastTfidf | CueFeatures, int]]) -> None:
        self.parts = parts
        self.n_features = sum(n for _, n in parts)

    @classmethod
    def of(cls, union: Any) -> _FastFeatures | bool:
        """The fast path for ``union``, or ``False`` when it is not the shape it knows."""
        if not isinstance(union, FeatureUnion) or union.transformer_weights is not None:
            return False
        parts: list[tuple[_FastTfidf | CueFeatures, int]] = []
        for _, trans in union.transformer_list:
            if isinstance(trans, CueFeatures):
                parts.append((trans, len(EVENT_TYPES)))
            elif _FastTfidf.supports(trans):
                fast = _FastTfidf(trans)
                parts.append((fast, fast.n_features))
            else:
                return False
        return cls(parts)

    def transform(self, texts: Sequence[str]) -> Any:
        blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for part, _ in self.parts:
            if isinstance(part, _FastTfidf):
                blocks.append(part.block(texts))
            else:  # what ``csr_matrix(dense)`` keeps: the non-zero cells, row by row
                dense = np.asarray(part.transform(texts), dtype=np.float64)
                rows, cols = np.nonzero(dense)
                indptr = np.zeros(len(texts) + 1, dtype=np.int32)
                np.cumsum(np.bincount(rows, minlength=len(texts)), out=indptr[1:])
                blocks.append((dense[rows, cols], cols.astype(np.int32), indptr))
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for i in range(len(texts)):
            offset = 0
            for (_, n), (b_data, b_indices, b_indptr) in zip(self.parts, blocks, strict=True):
                lo, hi = b_indptr[i], b_indptr[i + 1]
                indices.append(b_indices[lo:hi] + offset)
                data.append(b_data[lo:hi])
                offset += n
        indptr = np.zeros(len(texts) + 1, dtype=np.int32)
        lengths = sum(b_indptr[1:] - b_indptr[:-1] for _, _, b_indptr in blocks)
        np.cumsum(lengths, out=indptr[1:])
        return _csr(
            np.concatenate(data) if data else np.zeros(0, dtype=np.float64),
            np.concatenate(indices).astype(np.int32, copy=False) if indices else np.zeros(0, dtype=np.int32),
            indptr,
            self.n_features,
        )


@dataclass
class MeetingTypeModel:
    """A fitted pipeline plus what it was trained on (for the record, not used to predict)."""

    pipeline: Pipeline
    meta: dict[str, Any]
    # the inference fast path, made on first use (``False``: the pipeline has another shape)
    _fast: _FastFeatures | bool | None = field(default=None, repr=False, compare=False)

    @classmethod
    def train(
        cls, texts: Sequence[str], labels: Sequence[str], *, meta: Mapping[str, Any] | None = None
    ) -> MeetingTypeModel:
        if len(set(labels)) < 2:
            raise ValueError("training needs at least two different labels")
        unknown = set(labels) - set(EVENT_TYPES)
        if unknown:
            raise ValueError(f"unknown labels: {sorted(unknown)}; expected {list(EVENT_TYPES)}")
        pipeline = build_pipeline().fit([t[:MAX_CHARS] for t in texts], list(labels))
        info = {"samples": len(texts), "labels": dict(sorted(_count(labels).items())), **(meta or {})}
        return cls(pipeline, info)

    def scores(self, text: str) -> dict[str, float]:
        """Probability per label (every label of ``EVENT_TYPES``; unseen ones get 0)."""
        return self.scores_many([text])[0]

    def scores_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        proba = self._proba([t[:MAX_CHARS] for t in texts])
        classes = [str(c) for c in self.pipeline.named_steps["clf"].classes_]
        out = []
        for row in proba:
            d = dict.fromkeys(EVENT_TYPES, 0.0)
            d.update({c: float(p) for c, p in zip(classes, row, strict=True)})
            out.append(d)
        return out

    def _proba(self, texts: list[str]) -> np.ndarray:
        """``pipeline.predict_proba`` without its per-call machinery (joblib dispatch, signature
        inspection, input validation), which costs more than the arithmetic; the same arithmetic:
        the union's blocks side by side (built by :class:`_FastFeatures`, bit for bit what the
        union gives), the linear scores, then the multinomial softmax."""
        clf = self.pipeline.named_steps["clf"]
        fast = self._fast
        if fast is None:
            fast = self._fast = _FastFeatures.of(self.pipeline.named_steps["features"])
        x = self._union_matrix(texts) if fast is False else fast.transform(texts)
        z = np.asarray(x @ clf.coef_.T) + clf.intercept_
        if z.shape[1] == 1:  # two classes: one logistic column
            p = 1.0 / (1.0 + np.exp(-z))
            return np.hstack([1.0 - p, p])
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def _union_matrix(self, texts: list[str]) -> Any:
        """The feature matrix as scikit-learn's ``FeatureUnion`` computes it (the reference)."""
        from scipy import sparse

        feats = self.pipeline.named_steps["features"]
        blocks = [trans.transform(texts) for _, trans in feats.transformer_list]
        return sparse.hstack([b if sparse.issparse(b) else sparse.csr_matrix(b) for b in blocks]).tocsr()

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [max(s, key=s.__getitem__) for s in self.scores_many(texts)]

    # -- JSON persistence

    def to_json(self) -> dict[str, Any]:
        feats = self.pipeline.named_steps["features"]
        clf = self.pipeline.named_steps["clf"]
        vecs = {}
        for name in ("lemmas", "chars"):
            vec = dict(feats.transformer_list)[name]
            vocab = sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])
            vecs[name] = {"terms": [t for t, _ in vocab], "idf": [round(float(x), 6) for x in vec.idf_]}
        return {
            "format": "kooperacja-nlp/meeting-type",
            "version": FORMAT_VERSION,
            "meta": self.meta,
            "vectorizers": vecs,
            "classes": [str(c) for c in clf.classes_],
            "coef": [[round(float(x), 6) for x in row] for row in clf.coef_],
            "intercept": [round(float(x), 6) for x in clf.intercept_],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MeetingTypeModel:
        """Rebuild from :meth:`to_json` output: only numbers and strings are read, nothing runs."""
        if data.get("format") != "kooperacja-nlp/meeting-type" or data.get("version") != FORMAT_VERSION:
            raise ValueError("not a kooperacja-nlp meeting-type model (or an unsupported version)")
        pipeline = build_pipeline()
        feats = dict(pipeline.named_steps["features"].transformer_list)
        n_features = 0
        for name in ("lemmas", "chars"):
            spec = data["vectorizers"][name]
            terms = [str(t) for t in spec["terms"]]
            if len(terms) != len(spec["idf"]):
                raise ValueError(f"vectorizer {name}: {len(terms)} terms but {len(spec['idf'])} idf weights")
            feats[name].vocabulary_ = {t: i for i, t in enumerate(terms)}
            feats[name].idf_ = np.asarray(spec["idf"], dtype=float)
            n_features += len(terms)
        n_features += len(EVENT_TYPES)
        clf = pipeline.named_steps["clf"]
        classes = [str(c) for c in data["classes"]]
        if set(classes) - set(EVENT_TYPES):
            raise ValueError(f"unknown classes in model: {sorted(set(classes) - set(EVENT_TYPES))}")
        coef = np.asarray(data["coef"], dtype=float)
        intercept = np.asarray(data["intercept"], dtype=float)
        if coef.shape[1] != n_features:
            raise ValueError(f"model has {coef.shape[1]} coefficients per class for {n_features} features")
        clf.classes_ = np.asarray(classes)
        clf.coef_ = coef
        clf.intercept_ = intercept
        clf.n_features_in_ = n_features
        return cls(pipeline, dict(data.get("meta") or {}))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> MeetingTypeModel:
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def _count(labels: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for label in labels:
        out[label] = out.get(label, 0) + 1
    return out


# ---------------------------------------------------------------- the model the pipeline uses

_override: list[MeetingTypeModel | None] = []


def set_default_model(model: MeetingTypeModel | str | Path | None) -> None:
    """Make the pipeline use ``model`` (a model, a JSON path, or None for no classifier)."""
    _override.clear()
    _override.append(MeetingTypeModel.load(model) if isinstance(model, str | Path) else model)


def reset_default_model() -> None:
    """Back to the shipped model (or ``$KOOPERACJA_NLP_MODEL``)."""
    _override.clear()


def default_model() -> MeetingTypeModel | None:
    """The model ``kn_events``/``kn_meeting_type`` blend with the cue rules, loaded once."""
    if _override:
        return _override[0]
    return _shipped(os.environ.get(MODEL_ENV) or None)


@functools.cache
def _shipped(path: str | None) -> MeetingTypeModel | None:
    """The packaged model, or the one ``$KOOPERACJA_NLP_MODEL`` names. A model that cannot be read
    leaves the cue rules alone (with a warning) instead of failing every document."""
    try:
        if path:
            return MeetingTypeModel.load(path)
        ref = resources.files("kooperacja_nlp") / "models" / DEFAULT_MODEL
        if not ref.is_file():
            return None
        return MeetingTypeModel.from_json(json.loads(ref.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as e:
        warnings.warn(f"meeting-type model {path or DEFAULT_MODEL} not used: {e}", RuntimeWarning, stacklevel=2)
        return None


# ---------------------------------------------------------------- training data


@dataclass(frozen=True, slots=True)
class Sample:
    """One labelled text: an article's head (``level="article"``) or an event's context."""

    text: str
    label: str
    group: str  # the article it comes from (cross-validation keeps an article's samples together)
    level: str


def article_head(text: str, title: str | None = None) -> str:
    """What the article-level classifier reads: the title and the first paragraph(s)."""
    from kooperacja_nlp.components.meeting_type import head_text

    return head_text(text, title)


def samples_from_gold(records: Iterable[Mapping[str, Any]]) -> Iterator[Sample]:
    """Samples from gold-format records that carry their ``text`` (FORMAT.md fields + ``text``).

    Events are located by running the pipeline without the classifier and matching its events to
    the gold ones by dates (the evaluator's rule); each matched event gives its cue context with
    the gold type; the article gives its head with the gold ``meeting_type``.
    """
    from kooperacja_nlp.api import Source, _prepare
    from kooperacja_nlp.evaluate import match_events
    from kooperacja_nlp.extractors import events as doc_events
    from kooperacja_nlp.pipeline import load

    nlp = load()
    builder = nlp.get_pipe("kn_events")
    for i, rec in enumerate(records):
        doc_id = str(rec.get("id", rec.get("doc_id", i)))
        _, text = _prepare(Source(doc_id, rec.get("text")))
        if text is None:
            continue
        doc = nlp.make_doc(text)
        saved = getattr(builder, "use_classifier", False)
        builder.use_classifier = False
        try:
            for _, proc in nlp.pipeline:
                doc = proc(doc)
        finally:
            builder.use_classifier = saved
        label = rec.get("meeting_type")
        if label in EVENT_TYPES:
            yield Sample(article_head(text, doc._.kn_title), str(label), doc_id, "article")
        gold_events = list(rec.get("events") or [])
        if not gold_events:
            continue
        predicted = doc_events(doc)
        for gi, pi in match_events(gold_events, predicted):
            g = gold_events[gi]
            if g.get("type") in EVENT_TYPES:
                yield Sample(event_context(doc, pi), str(g["type"]), doc_id, "event")


def event_context(doc: Any, index: int) -> str:
    """The text event ``index`` was classified from (its sentence, neighbours and headline)."""
    from kooperacja_nlp.components.events import CONTEXTS_KEY

    contexts = doc.user_data.get(CONTEXTS_KEY) or []
    return str(contexts[index]) if index < len(contexts) else ""


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from e


def samples_from_jsonl(path: str | Path) -> list[Sample]:
    """Labelled samples from JSONL: ``{"text", "label"}`` lines are used as they are; gold-format
    lines (``{"id", "text", "meeting_type", "events": [...]}``) go through :func:`samples_from_gold`."""
    direct: list[Sample] = []
    gold: list[dict[str, Any]] = []
    for i, rec in enumerate(read_jsonl(path)):
        if "label" in rec and "text" in rec:
            group = str(rec.get("group", rec.get("id", i)))
            direct.append(Sample(str(rec["text"]), str(rec["label"]), group, str(rec.get("level", "article"))))
        elif "text" in rec:
            gold.append(rec)
        else:
            raise ValueError(f"{path}: line {i + 1} has no 'text'")
    return direct + list(samples_from_gold(gold))


def samples_from_dirs(gold_dir: str | Path, texts_dir: str | Path) -> list[Sample]:
    """Samples from a gold directory (``ID.json``) and its texts (``ID.txt``), like ``evaluate``."""
    from kooperacja_nlp.evaluate import load_gold

    gold = load_gold(gold_dir)
    recs = []
    for doc_id, g in gold.items():
        path = Path(texts_dir) / f"{doc_id}.txt"
        if path.is_file():
            recs.append({**g, "id": doc_id, "text": path.read_text(encoding="utf-8", errors="replace")})
    return list(samples_from_gold(recs))


# ---------------------------------------------------------------- cross-validation


@dataclass
class ClassReport:
    """Accuracy, macro-F1, per-class F1 and the confusion matrix of one set of predictions."""

    accuracy: float
    macro_f1: float
    per_class_f1: dict[str, float]
    labels: list[str]
    confusion: list[list[int]]  # rows: gold label, columns: predicted label (order of ``labels``)

    @classmethod
    def of(cls, gold: Sequence[str], pred: Sequence[str]) -> ClassReport:
        from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

        labels = [lab for lab in EVENT_TYPES if lab in set(gold) | set(pred)]
        f1s = f1_score(gold, pred, labels=labels, average=None, zero_division=0)
        present = [lab for lab in labels if lab in set(gold)]
        macro = float(f1_score(gold, pred, labels=present, average="macro", zero_division=0)) if present else 0.0
        return cls(
            accuracy=float(accuracy_score(gold, pred)) if gold else 0.0,
            macro_f1=macro,
            per_class_f1={lab: round(float(f), 4) for lab, f in zip(labels, f1s, strict=True)},
            labels=labels,
            confusion=confusion_matrix(gold, pred, labels=labels).tolist() if gold else [],
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "per_class_f1": self.per_class_f1,
            "labels": self.labels,
            "confusion": self.confusion,
        }


def folds(samples: Sequence[Sample], n_splits: int = 5, seed: int = 0) -> list[tuple[list[int], list[int]]]:
    """Grouped (by article), stratified (by label) folds: an article is never in train and test."""
    from sklearn.model_selection import StratifiedGroupKFold

    labels = [s.label for s in samples]
    groups = [s.group for s in samples]
    n = min(n_splits, len(set(groups)))
    cv = StratifiedGroupKFold(n_splits=n, shuffle=True, random_state=seed)
    return [(list(tr), list(te)) for tr, te in cv.split(np.zeros(len(samples)), labels, groups)]


def cross_validate(samples: Sequence[Sample], *, n_splits: int = 5, seed: int = 0) -> dict[str, dict[str, Any]]:
    """Out-of-fold predictions of the classifier, the cue-word rules, their blend (what the
    pipeline does) and the majority class, each scored per level ("article", "event", "all")."""
    from kooperacja_nlp.components.events import best_label, cue_scores, decide

    preds: dict[str, list[str | None]] = {k: [None] * len(samples) for k in ("classifier", "hybrid", "majority")}
    for train_idx, test_idx in folds(samples, n_splits, seed):
        train = [samples[i] for i in train_idx]
        test = [samples[i] for i in test_idx]
        counts = _count(s.label for s in train)
        majority = max(sorted(counts), key=counts.__getitem__)
        if len(counts) < 2:
            model_scores: list[dict[str, float] | None] = [None] * len(test)
        else:
            model = MeetingTypeModel.train([s.text for s in train], [s.label for s in train])
            model_scores = list(model.scores_many([s.text for s in test]))
        for i, s, ms in zip(test_idx, test, model_scores, strict=True):
            cues = cue_scores([(s.text, 1.0)])
            preds["classifier"][i] = max(ms, key=ms.__getitem__) if ms else majority
            preds["hybrid"][i] = decide(cues, ms)
            preds["majority"][i] = majority
    rules = [best_label(cue_scores([(s.text, 1.0)])) for s in samples]
    out: dict[str, dict[str, Any]] = {}
    for level in ("article", "event", "all"):
        idx = [i for i, s in enumerate(samples) if level == "all" or s.level == level]
        if not idx:
            continue
        gold = [samples[i].label for i in idx]
        out[level] = {
            "n": len(idx),
            "classifier": ClassReport.of(gold, [str(preds["classifier"][i]) for i in idx]),
            "keyword_rules": ClassReport.of(gold, [rules[i] for i in idx]),
            "hybrid": ClassReport.of(gold, [str(preds["hybrid"][i]) for i in idx]),
            "majority": ClassReport.of(gold, [str(preds["majority"][i]) for i in idx]),
        }
    return out


def format_cv(report: Mapping[str, Mapping[str, Any]], how: str = "grouped stratified cross-validation") -> str:
    """The cross-validation report as text: a table per level, per-class F1, confusion matrices."""
    lines: list[str] = []
    for level, res in report.items():
        lines.append(f"== {level} level (n={res['n']}), {how}")
        systems = [k for k in res if k != "n"]
        lines.append(f"{'system':<16}{'accuracy':>10}{'macro-F1':>10}")
        for k in systems:
            lines.append(f"{k:<16}{res[k].accuracy:>10.3f}{res[k].macro_f1:>10.3f}")
        labels = sorted({lab for k in systems for lab in res[k].labels}, key=EVENT_TYPES.index)
        lines.append("per-class F1:")
        lines.append(f"{'label':<20}" + "".join(f"{k[:12]:>13}" for k in systems))
        for lab in labels:
            lines.append(f"{lab:<20}" + "".join(f"{res[k].per_class_f1.get(lab, 0.0):>13.3f}" for k in systems))
        for k in ("classifier", "hybrid"):
            rep = res[k]
            short = [lab[:6] for lab in rep.labels]
            lines.append(f"confusion ({k}; rows gold, columns predicted):")
            lines.append(f"{'':<20}" + "".join(f"{s:>7}" for s in short))
            for lab, row in zip(rep.labels, rep.confusion, strict=True):
                lines.append(f"{lab:<20}" + "".join(f"{v:>7}" for v in row))
        lines.append("")
    return "\n".join(lines)

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
import math
import os
import warnings
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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

# the ``array`` type code of a 4-byte int (the bytes are read back as ``np.int32``)
_INT32: Final[str] = next(code for code in "ilh" if array(code).itemsize == 4)

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
        return cue_matrix(X)


def cue_matrix(texts: Iterable[str]) -> np.ndarray:
    """:class:`CueFeatures` of ``texts`` (also called directly at inference: scikit-learn wraps a
    transformer's ``transform`` in output-format handling that cost more than the features)."""
    from kooperacja_nlp.components.events import cue_scores

    rows = [cue_scores([(t[:MAX_CHARS], 1.0)]) for t in texts]
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

WORD_CACHE: Final[int] = 1 << 16  # distinct words whose column ids each vectorizer keeps


class _WordCache(dict[str, bytes]):
    """Column ids of a word (``int32`` bytes), made by ``make`` on first sight.

    A plain dict, so that a text's words are looked up by ``map(cache.__getitem__, words)``
    without a Python call per word; bounded: emptied when it holds ``WORD_CACHE`` words."""

    def __init__(self, make: Callable[[str], bytes]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, word: str) -> bytes:
        if len(self) >= WORD_CACHE:
            self.clear()
        value = self[word] = self.make(word)
        return value


class _FastTfidf:
    r"""``TfidfVectorizer.transform`` of a fitted vectorizer, for inference only.

    Same numbers, bit for bit: the same counts (integers), sorted column ids, then the same
    numpy operations in the same order (``log(tf) + 1``, times idf, the same in-place l2 row
    normalisation). What it saves: scikit-learn's input validation and a Python loop over every
    n-gram occurrence.

    Both analysers of ``build_pipeline`` see a text one whitespace-separated word at a time: the
    character n-grams of ``char_wb`` never cross a blank, nor do the ``\w+`` words of
    :func:`lemma_tokens`, and lower-casing a text lower-cases each of its words alike. So a text's
    counts are the sum of its words' column ids, and each distinct word is analysed once (cached,
    as the bytes of its ids): a text is then one ``split``, one join of cached byte strings and
    one sort. News articles repeat their words, and the vocabulary of the genre repeats across
    articles even more.
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
        # the lemma analyser is a function of each word alone (any other callable is run as it is)
        self.lemmas = vec.analyzer is lemma_tokens
        self.word_ids = _WordCache(self._char_ids if self.chars else self._lemma_ids)

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

    def _char_ids(self, word: str) -> bytes:
        """In-vocabulary n-gram ids of one word, once per occurrence, as scikit-learn's
        ``_char_wb_ngrams`` cuts it (padded with a space; a short word counted once)."""
        w = " " + (word.lower() if self.lowercase else word) + " "
        w_len = len(w)
        grams: list[str] = []
        for n in range(self.min_n, self.max_n + 1):
            if w_len <= n:  # a short word (w_len < n) is one n-gram, counted once
                grams.append(w)
                break
            grams += [w[offset : offset + n] for offset in range(w_len - n + 1)]
        # (a list of a few dozen ints: ``array`` makes the bytes several times quicker than numpy)
        return array(_INT32, [j for j in map(self.vocabulary.get, grams) if j is not None]).tobytes()

    def _lemma_ids(self, word: str) -> bytes:
        r"""The columns of the lemmas :func:`lemma_tokens` makes of the ``\w+`` words of ``word``."""
        from kooperacja_nlp.components.events import WORD_RE

        vocab = self.vocabulary
        ids = [
            vocab.get(morph.best_lemma(w).lower(), -1) for w in WORD_RE.findall(word) if len(w) > 1 and not w.isdigit()
        ]
        return array(_INT32, [j for j in ids if j >= 0]).tobytes()

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sorted column ids of ``text`` and their counts as float64 (``_count_vocab``'s row)."""
        if self.chars or self.lemmas:
            if self.lemmas:
                text = text[:MAX_CHARS]  # (as the analyser cuts it)
            found = np.frombuffer(b"".join(map(self.word_ids.__getitem__, text.split())), dtype=np.int32)
        else:
            vocab = self.vocabulary
            found = np.asarray([j for j in map(vocab.get, self.analyzer(text)) if j is not None], dtype=np.int32)
        return _counted(found)

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
            # the very routine ``sklearn.preprocessing.normalize`` runs (same summation order), on
            # the arrays themselves: it reads only ``data``, ``shape``, ``indices`` and ``indptr``,
            # and a scipy matrix around them cost more than the normalisation
            inplace_csr_row_normalize_l2(_Rows(data, (len(rows), self.n_features), indices, indptr))
        return data, indices, indptr


def _csr(data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, n_cols: int) -> Any:
    from scipy import sparse

    return sparse.csr_matrix((data, indices, indptr), shape=(len(indptr) - 1, n_cols))


def _counted(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ``ids`` in ascending order and how often each occurs (as float64).

    Sorting the few ids a text has replaced a count over the whole vocabulary (a ``bincount`` as
    long as the vocabulary, then a scan of it for non-zero cells), which in the middle of a
    pipeline run mostly waited for memory."""
    if not len(ids):
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float64)
    ordered = np.sort(ids)
    first = np.empty(len(ordered) + 1, dtype=np.bool_)
    first[0] = first[-1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:-1])
    bounds = np.flatnonzero(first)  # where each run of one id starts, and the end
    return ordered.take(bounds[:-1]), np.diff(bounds).astype(np.float64)


@dataclass(frozen=True, slots=True)
class _Rows:
    """The attributes of a CSR matrix that ``inplace_csr_row_normalize_l2`` reads."""

    data: np.ndarray
    shape: tuple[int, int]
    indices: np.ndarray
    indptr: np.ndarray


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
        """The feature matrix (CSR) of ``texts``, as the union makes it."""
        rows = self.rows(texts)
        indptr = np.zeros(len(texts) + 1, dtype=np.int32)
        np.cumsum([len(ids) for ids, _ in rows], out=indptr[1:])
        return _csr(
            np.concatenate([d for _, d in rows]) if rows else np.zeros(0, dtype=np.float64),
            np.concatenate([ids for ids, _ in rows]).astype(np.int32, copy=False)
            if rows
            else np.zeros(0, dtype=np.int32),
            indptr,
            self.n_features,
        )

    def rows(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """``(column ids, values)`` of each text's row of the feature matrix, the blocks side by side
        (each block's columns ascending, shifted by the widths of the blocks before it)."""
        blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for part, _ in self.parts:
            if isinstance(part, _FastTfidf):
                blocks.append(part.block(texts))
            else:  # what ``csr_matrix(dense)`` keeps: the non-zero cells, row by row
                dense = cue_matrix(texts) if type(part) is CueFeatures else part.transform(texts)
                dense = np.asarray(dense, dtype=np.float64)
                rows, cols = np.nonzero(dense)
                indptr = np.zeros(len(texts) + 1, dtype=np.int32)
                np.cumsum(np.bincount(rows, minlength=len(texts)), out=indptr[1:])
                blocks.append((dense[rows, cols], cols.astype(np.int32), indptr))
        out: list[tuple[np.ndarray, np.ndarray]] = []
        for i in range(len(texts)):
            indices: list[np.ndarray] = []
            data: list[np.ndarray] = []
            offset = 0
            for (_, n), (b_data, b_indices, b_indptr) in zip(self.parts, blocks, strict=True):
                lo, hi = b_indptr[i], b_indptr[i + 1]
                indices.append(b_indices[lo:hi].astype(np.intp) + offset)
                data.append(b_data[lo:hi])
                offset += n
            out.append((np.concatenate(indices), np.concatenate(data)))
        return out


class _FusedScorer:
    """The linear scores ``x @ coef.T`` of one text for the union of ``build_pipeline`` (lemma
    TF-IDF, character TF-IDF, cue features), in one pass over the text.

    The arithmetic of :class:`_FastFeatures` and the product, in the same order: each block's
    counts, ``log(tf) + 1`` and idf weight, each block's l2 normalisation, then the products
    added one by one in column order (lemma columns, character columns, cue columns). What it
    saves is the bookkeeping between those steps, and memory traffic, which is most of the cost in
    the middle of a pipeline run: each whitespace-separated word is analysed once for both blocks
    (its lemma columns and its n-gram columns, numbered as in the union, cached together), the
    counts of both blocks come from one sort, and one table holds each column's idf weight next to
    its coefficients, so a column costs one memory access instead of two.
    """

    def __init__(self, lemmas: _FastTfidf, chars: _FastTfidf, coef_t: np.ndarray) -> None:
        self.lemmas, self.chars = lemmas, chars
        self.n_lemmas = lemmas.n_features
        self.n_tfidf = lemmas.n_features + chars.n_features
        # column 0: the idf weight (1 for the cue columns, which have none); then the coefficients
        self.table = np.empty((coef_t.shape[0], 1 + coef_t.shape[1]), dtype=np.float64)
        self.table[:, 1:] = coef_t
        self.table[: self.n_lemmas, 0] = lemmas.idf
        self.table[self.n_lemmas : self.n_tfidf, 0] = chars.idf
        self.table[self.n_tfidf :, 0] = 1.0
        self.coef_max = float(np.abs(coef_t).max()) if coef_t.size else 0.0  # (for error bounds)
        self.word_ids = _WordCache(self._word_ids)

    @classmethod
    def of(cls, fast: _FastFeatures, coef_t: np.ndarray) -> _FusedScorer | None:
        """The scorer for the union's shape that ``build_pipeline`` makes, else None."""
        if [type(p) for p, _ in fast.parts] != [_FastTfidf, _FastTfidf, CueFeatures]:
            return None
        lemmas, chars = fast.parts[0][0], fast.parts[1][0]
        assert isinstance(lemmas, _FastTfidf) and isinstance(chars, _FastTfidf)
        if not (lemmas.lemmas and chars.chars) or coef_t.shape[0] != fast.n_features:
            return None
        return cls(lemmas, chars, coef_t)

    def _word_ids(self, word: str) -> bytes:
        chars = np.frombuffer(self.chars._char_ids(word), dtype=np.int32) + np.int32(self.n_lemmas)
        return self.lemmas._lemma_ids(word) + chars.tobytes()

    def _terms(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The non-zero feature values of ``text`` in column order and the coefficient rows of
        their columns (one row per value): ``x @ coef.T`` is the sum of their products."""
        from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

        found = np.frombuffer(b"".join(map(self.word_ids.__getitem__, text.split())), dtype=np.int32)
        ids, data = _counted(found)
        n = len(ids)
        k = int(np.searchsorted(ids, self.n_lemmas))  # lemma columns before, character columns after
        cues = cue_matrix([text])[0]
        cue_cols = np.flatnonzero(cues)
        # (``take`` along the rows: a fancy index of a 2-D table cost twice as much)
        cells = self.table.take(np.concatenate([ids, cue_cols + self.n_tfidf]) if len(cue_cols) else ids, axis=0)
        for block, lo, hi in ((self.lemmas, 0, k), (self.chars, k, n)):
            part = data[lo:hi]
            if block.sublinear:
                np.log(part, part)
                part += 1.0
        data *= cells[:n, 0]
        blocks = [(b, lo, hi) for b, lo, hi in ((self.lemmas, 0, k), (self.chars, k, n)) if b.norm == "l2" and hi > lo]
        for b, lo, hi in blocks:  # (the two blocks' rows, normalised as the blocks normalise them)
            bounds = np.array([lo, hi], dtype=np.int32)
            inplace_csr_row_normalize_l2(_Rows(data, (1, b.n_features), ids, bounds))
        if len(cue_cols):
            data = np.concatenate([data, cues[cue_cols]])
        return data, cells[:, 1:]

    def scores(self, text: str) -> np.ndarray:
        """``x @ coef.T`` of ``text`` (no longer than ``MAX_CHARS``: the lemma analyser cuts there)."""
        data, products = self._terms(text)
        np.multiply(products, data[:, None], out=products)  # (the gathered rows are a copy)
        return np.add.reduce(products, axis=0)

    def bounded_scores(self, text: str) -> tuple[np.ndarray, float]:
        """:meth:`scores` up to a known error: a BLAS product (any order of summation) and a bound,
        for every class, on its distance from the exact sequence of additions of :meth:`scores`.

        Both sums are of the same ``n`` products, so each is within ``γ_n Σ|d_j w_j|`` of the
        real number (``γ_n = n u / (1 - n u)``, ``u = 2**-53``, whatever the order, with or
        without fused multiply-adds; Higham, *Accuracy and Stability of Numerical Algorithms*,
        §3.1), and ``Σ|d_j w_j| <= Σ|d_j| max|w|`` (the largest coefficient of any class)."""
        data, coefs = self._terms(text)
        n = len(data)
        gamma = n * _UNIT / (1.0 - n * _UNIT)
        return data @ coefs, 2.0 * gamma * float(np.abs(data).sum()) * self.coef_max


_UNIT: Final[float] = 2.0**-53  # unit roundoff of float64


@dataclass
class MeetingTypeModel:
    """A fitted pipeline plus what it was trained on (for the record, not used to predict)."""

    pipeline: Pipeline
    meta: dict[str, Any]
    # the inference fast path, made on first use (``False``: the pipeline has another shape)
    _fast: _FastFeatures | bool | None = field(default=None, repr=False, compare=False)
    # ``coef_`` transposed for the sparse-dense product and the fused scorer made with it, with the
    # array they were made from
    _coef_cache: tuple[np.ndarray, np.ndarray, _FusedScorer | None] | None = field(
        default=None, repr=False, compare=False
    )

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

    def score_bounds_many(self, texts: Sequence[str]) -> list[tuple[dict[str, float], dict[str, float]]] | None:
        """For each text, a lower and an upper bound of each value :meth:`scores_many` gives,
        from a quicker product (:meth:`_FusedScorer.bounded_scores`); None when the pipeline has
        not the shape ``build_pipeline`` makes (or not several classes).

        The bounds are far tighter than any rounding of the scores (about 1e-10 for a context of
        a few thousand n-grams), so a caller that gets the same result from both bounds has the
        exact result without the exact sum, which adds the products one by one."""
        clf = self.pipeline.named_steps["clf"]
        if self._fast is None:
            self._fast = _FastFeatures.of(self.pipeline.named_steps["features"])
        fused = self._fused(clf.coef_) if self._fast is not False else None
        if fused is None or clf.coef_.shape[0] < 2:
            return None
        classes = [str(c) for c in clf.classes_]
        intercept = [float(b) for b in clf.intercept_]
        out = []
        for text in texts:
            z, err = fused.bounded_scores(text[:MAX_CHARS])
            zs = [a + b for a, b in zip(z.tolist(), intercept, strict=True)]
            # the exact path adds the intercept, subtracts the maximum and takes the softmax on
            # values within ``err`` (plus the roundings of those steps) of these: its
            # probabilities are within a relative ``exp(2 * delta) - 1`` of the same steps here,
            # give or take the roundings of ``exp``, the sum and the division in both (a few
            # units in the last place each; 1e-13 covers them many times over). Nine values:
            # plain floats are quicker than numpy calls.
            top = max(zs)
            delta = err + 8 * _UNIT * (max(map(abs, zs)) + 1.0)
            rel = 5.0 * delta + 1e-13
            e = [math.exp(v - top) for v in zs]
            total = sum(e)
            lo = dict.fromkeys(EVENT_TYPES, 0.0)
            hi = dict.fromkeys(EVENT_TYPES, 0.0)
            for c, v in zip(classes, e, strict=True):
                p = v / total
                lo[c] = p * (1.0 - rel)
                hi[c] = p * (1.0 + rel)
            out.append((lo, hi))
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
        weights = self._coef_t(clf.coef_)
        fused = self._fused(clf.coef_)
        if fast is False:
            z = np.asarray(self._union_matrix(texts) @ weights) + clf.intercept_
        elif fused is not None and all(len(t) <= MAX_CHARS for t in texts):
            z = np.array([fused.scores(t) for t in texts]).reshape(len(texts), weights.shape[1]) + clf.intercept_
        else:
            # ``x @ coef.T`` row by row without a scipy matrix: scipy's product adds the terms of a
            # row one by one in column order, and so does a reduction over the first axis (the
            # fast-path tests compare the two exactly)
            z = np.array([np.add.reduce(d[:, None] * weights[ids], axis=0) for ids, d in fast.rows(texts)])
            z = z.reshape(len(texts), weights.shape[1]) + clf.intercept_
        if z.shape[1] == 1:  # two classes: one logistic column
            p = 1.0 / (1.0 + np.exp(-z))
            return np.hstack([1.0 - p, p])
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def _coef_t(self, coef: np.ndarray) -> np.ndarray:
        """``coef.T`` laid out row by row, made once: scipy's sparse-dense product reads its dense
        operand through ``ravel()``, which copied the whole transposed matrix on every call."""
        return self._coef_made(coef)[1]

    def _fused(self, coef: np.ndarray) -> _FusedScorer | None:
        """The one-pass scorer (when the pipeline has the shape ``build_pipeline`` makes)."""
        return self._coef_made(coef)[2]

    def _coef_made(self, coef: np.ndarray) -> tuple[np.ndarray, np.ndarray, _FusedScorer | None]:
        cached = self._coef_cache
        if cached is None or cached[0] is not coef:
            coef_t = np.ascontiguousarray(coef.T)
            fast = self._fast
            fused = _FusedScorer.of(fast, coef_t) if isinstance(fast, _FastFeatures) else None
            cached = self._coef_cache = (coef, coef_t, fused)
        return cached

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

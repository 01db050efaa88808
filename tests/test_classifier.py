"""The meeting-type classifier: training, JSON persistence without pickle, loading, CLI, CV."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from kooperacja_nlp import classifier
from kooperacja_nlp.classifier import MeetingTypeModel, Sample
from kooperacja_nlp.cli import main
from kooperacja_nlp.records import EVENT_TYPES

# Invented headlines and leads, three per label.
TRAIN = [
    ("Szkolenie dla pracowników socjalnych z pracy z rodziną odbyło się w ośrodku.", "training"),
    ("Warsztaty dla kadry pomocy społecznej poprowadził trener z Krakowa.", "training"),
    ("Uczestnicy kursu poznali zasady pracy metodą organizowania społeczności.", "training"),
    ("Konferencja wojewódzka o usługach społecznych zgromadziła trzystu gości.", "conference"),
    ("Na konferencji prelegenci mówili o deinstytucjonalizacji usług.", "conference"),
    ("Forum pomocy społecznej z udziałem ekspertów i samorządowców.", "conference"),
    ("Wójt i starosta podpisali porozumienie o współpracy instytucji.", "agreement_signing"),
    ("Podpisanie porozumienia o współpracy w ramach projektu.", "agreement_signing"),
    ("Sygnatariusze porozumienia zobowiązali się do wspólnych działań.", "agreement_signing"),
]


@pytest.fixture(scope="module")
def model() -> MeetingTypeModel:
    return MeetingTypeModel.train([t for t, _ in TRAIN], [lab for _, lab in TRAIN], meta={"note": "test"})


def test_model_scores_every_label(model: MeetingTypeModel) -> None:
    scores = model.scores("Szkolenie z komunikacji dla pracowników ośrodka.")
    assert set(scores) == set(EVENT_TYPES)
    assert sum(scores.values()) == pytest.approx(1.0)
    assert scores["steering_committee"] == 0.0  # a label it never saw
    assert model.predict(["Konferencja o usługach społecznych dla samorządowców."]) == ["conference"]


def test_json_round_trip_keeps_predictions(model: MeetingTypeModel, tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))  # plain JSON: strings and numbers only
    assert data["format"] == "kooperacja-nlp/meeting-type"
    assert data["meta"]["note"] == "test"
    loaded = MeetingTypeModel.load(path)
    texts = [t for t, _ in TRAIN] + ["Spotkanie zespołu w sprawie modelu kooperacji."]
    a = np.array([[s[lab] for lab in EVENT_TYPES] for s in model.scores_many(texts)])
    b = np.array([[s[lab] for lab in EVENT_TYPES] for s in loaded.scores_many(texts)])
    assert np.abs(a - b).max() < 1e-4


def test_from_json_rejects_foreign_or_broken_files(model: MeetingTypeModel) -> None:
    with pytest.raises(ValueError):
        MeetingTypeModel.from_json({"format": "pickle", "version": 1})
    data = model.to_json()
    data["coef"] = [row[:-1] for row in data["coef"]]
    with pytest.raises(ValueError):
        MeetingTypeModel.from_json(data)
    data = model.to_json()
    data["classes"] = ["training", "conference", "not_a_label"]
    with pytest.raises(ValueError):
        MeetingTypeModel.from_json(data)


def test_training_needs_two_known_labels() -> None:
    with pytest.raises(ValueError):
        MeetingTypeModel.train(["a", "b"], ["training", "training"])
    with pytest.raises(ValueError):
        MeetingTypeModel.train(["a", "b"], ["training", "party"])


def test_shipped_model_loads() -> None:
    classifier.reset_default_model()
    shipped = classifier.default_model()
    if shipped is None:
        pytest.skip("no packaged model")
    scores = shipped.scores("Posiedzenie Komitetu Sterującego projektu odbyło się w Toruniu.")
    assert set(scores) == set(EVENT_TYPES)
    assert sum(scores.values()) == pytest.approx(1.0)


def test_shipped_model_is_trained_on_the_project_corpus_only() -> None:
    """The shipped model must never have seen the development set (its numbers would be void)."""
    path = Path(classifier.__file__).parent / "models" / classifier.DEFAULT_MODEL
    if not path.is_file():
        pytest.skip("no packaged model")
    meta = json.loads(path.read_text(encoding="utf-8"))["meta"]
    assert meta["trained_on"], "the model records where it was trained"
    assert all(Path(src).parts[-2:] == ("corpus", "gold") for src in meta["trained_on"])
    assert meta["samples"] > 0


def test_default_model_can_be_replaced(model: MeetingTypeModel) -> None:
    classifier.set_default_model(model)
    try:
        assert classifier.default_model() is model
        classifier.set_default_model(None)
        assert classifier.default_model() is None
    finally:
        classifier.reset_default_model()


def test_samples_from_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "labelled.jsonl"
    path.write_text(
        "\n".join(
            json.dumps({"text": t, "label": lab, "id": str(i)}, ensure_ascii=False) for i, (t, lab) in enumerate(TRAIN)
        )
        + "\n\n",
        encoding="utf-8",
    )
    samples = classifier.samples_from_jsonl(path)
    assert [(s.text, s.label) for s in samples] == TRAIN
    assert samples[0] == Sample(TRAIN[0][0], "training", "0", "article")


def test_samples_from_gold_records() -> None:
    record = {
        "id": "x1",
        "meeting_type": "conference",
        "events": [
            {"type": "conference", "start": "2022-11-22", "end": "2022-11-23", "place": "Toruń", "status": "held"}
        ],
        "text": "Konferencja w Toruniu\n\n"
        "W dniach 22-23 listopada 2022 r. w Toruniu odbyła się konferencja wojewódzka.",
    }
    samples = list(classifier.samples_from_gold([record]))
    assert [(s.level, s.label, s.group) for s in samples] == [
        ("article", "conference", "x1"),
        ("event", "conference", "x1"),
    ]
    assert "odbyła się konferencja wojewódzka" in samples[1].text


def test_cli_trains_a_loadable_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "labelled.jsonl"
    data.write_text(
        "\n".join(
            json.dumps({"text": t, "label": lab, "id": str(i)}, ensure_ascii=False) for i, (t, lab) in enumerate(TRAIN)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "model.json"
    assert main(["train-classifier", "--jsonl", str(data), "-o", str(out), "--cv", "3"]) == 0
    printed = capsys.readouterr().out
    assert "accuracy" in printed and "majority" in printed and "keyword_rules" in printed
    assert MeetingTypeModel.load(out).predict(["Podpisali porozumienie o współpracy."]) == ["agreement_signing"]
    assert main(["train-classifier", "--gold", str(tmp_path), "-o", str(out)]) == 2  # --gold without --texts


def test_cross_validation_report() -> None:
    samples = [Sample(t, lab, str(i), "article") for i, (t, lab) in enumerate(TRAIN)]
    report = classifier.cross_validate(samples, n_splits=3)
    assert set(report) == {"article", "all"}
    res = report["article"]
    assert res["n"] == len(TRAIN)
    for system in ("classifier", "keyword_rules", "hybrid", "majority"):
        rep = res[system]
        assert 0.0 <= rep.accuracy <= 1.0
        assert len(rep.confusion) == len(rep.labels)
        assert sum(map(sum, rep.confusion)) == len(TRAIN)
    assert res["majority"].accuracy == pytest.approx(1 / 3, abs=0.2)
    assert "confusion" in classifier.format_cv(report)


def test_unreadable_model_leaves_the_rules_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setenv(classifier.MODEL_ENV, str(bad))
    classifier.reset_default_model()
    with pytest.warns(RuntimeWarning):
        assert classifier.default_model() is None


# -- the inference fast path (issue #9): the same numbers as scikit-learn's FeatureUnion, bit for bit

FAST_PATH_TEXTS = [
    "Spotkanie Zespołu Sterującego odbyło się 12 marca 2021 r. w Rzeszowie.",
    "W  dniach\t7–8 września\n\nw Toruniu obradował zespół  projektowy.",
    "SZKOLENIE DLA KADRY OŚRODKÓW POMOCY SPOŁECZNEJ",
    "Wizyta studyjna w Katowicach: a i o w z — krótkie słowa też się liczą.",
    "Konferencja, konferencja, konferencja: słowa powtórzone liczą się kilka razy.",
    "",
    "   \n\t ",
    "x",
    "zzzzzzzzz qqqq 12345 ???",
    "Forum " * 4000,  # longer than MAX_CHARS once cut
]


def _reference_matrix(model: MeetingTypeModel, texts: list[str]) -> object:
    return model._union_matrix([t[: classifier.MAX_CHARS] for t in texts]).tocsr()


@pytest.mark.parametrize("which", ["trained", "shipped"])
def test_fast_features_equal_the_feature_union(model: MeetingTypeModel, which: str) -> None:
    m = model if which == "trained" else classifier._shipped(None)
    assert m is not None
    fast = classifier._FastFeatures.of(m.pipeline.named_steps["features"])
    assert isinstance(fast, classifier._FastFeatures)
    texts = [t[: classifier.MAX_CHARS] for t in FAST_PATH_TEXTS]
    ref = _reference_matrix(m, texts)
    got = fast.transform(texts)
    assert got.shape == ref.shape
    assert np.array_equal(got.indptr, ref.indptr)
    assert np.array_equal(got.indices, ref.indices)
    assert np.array_equal(got.data, ref.data)  # exactly, not approximately


def test_fast_probabilities_equal_the_feature_union(model: MeetingTypeModel) -> None:
    fast = model.scores_many(FAST_PATH_TEXTS)
    slow_model = MeetingTypeModel(model.pipeline, model.meta)
    slow_model._fast = False  # scikit-learn's own transformers
    slow = slow_model.scores_many(FAST_PATH_TEXTS)
    assert fast == slow
    # one text at a time gives what a batch gives
    assert [model.scores(t) for t in FAST_PATH_TEXTS[:4]] == fast[:4]


def test_fast_path_declines_unknown_shapes() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    words = TfidfVectorizer(analyzer="word").fit(["spotkanie zespołu", "szkolenie kadry"])
    assert classifier._FastFeatures.of(FeatureUnion([("words", words)])) is False


def test_score_bounds_contain_the_exact_scores() -> None:
    """The quick product's bounds (used by kn_events to skip the exact sum) hold the exact
    probabilities of the shipped model, and are far tighter than the four places records keep."""
    from kooperacja_nlp.components.events import blend, classified, decide

    m = classifier.default_model()
    assert m is not None
    corpus = sorted((Path(__file__).resolve().parent.parent / "corpus" / "texts").glob("*.txt"))
    texts = [*FAST_PATH_TEXTS, *(p.read_text(encoding="utf-8") for p in corpus[:20])]
    texts += [t.upper() for t in texts[:10]]
    bounds = m.score_bounds_many(texts)
    assert bounds is not None
    for exact, (lo, hi) in zip(m.scores_many(texts), bounds, strict=True):
        for label, value in exact.items():
            assert lo[label] <= value <= hi[label]
            assert hi[label] - lo[label] <= 1e-8
    cues = [dict.fromkeys(EVENT_TYPES, 0.0), {**dict.fromkeys(EVENT_TYPES, 0.0), "training": 3.0}]
    for c in cues:
        expected = [(blend(c, s), decide(c, s)) for s in m.scores_many(texts)]
        assert classified([c] * len(texts), texts) == expected

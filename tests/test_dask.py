"""The Dask adapter on a real ``distributed`` LocalCluster with two worker processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402

import kooperacja_nlp  # noqa: E402
from kooperacja_nlp import dask as kn_dask  # noqa: E402
from kooperacja_nlp.io.csv import rows as csv_rows  # noqa: E402
from kooperacja_nlp.io.readers import read_paths  # noqa: E402

ARTICLES = {
    "tczew": "W dniu 12.03.2020 r. w Tczewie odbyło się spotkanie Partnerskiego Zespołu Kooperacyjnego w ramach "
    "projektu „Kooperacja – efektywna i skuteczna”. Uczestników powitała Pani Ewa Zielińska.",
    "ustron": "W dniach 14-15 listopada 2019 roku w Ustroniu odbyło się wspólne posiedzenie Komitetów Sterujących.",
    "rzeszow": "Szkolenie dla animatorów odbędzie się 5 czerwca 2021 r. w Rzeszowie. Zapraszamy!",
    "torun": "Dnia 3 lutego 2020 roku w siedzibie ROPS w Toruniu podpisano porozumienie o współpracy z gminą Kcynia.",
    "pusty": "",
    "bez-daty": "Projekt realizowany jest w partnerstwie z samorządami województwa opolskiego.",
}


def _items() -> list[dict[str, str]]:
    return [{"id": k, "text": v} for k, v in ARTICLES.items()]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, worker_dashboard_address=None
    )
    c = distributed.Client(cluster)
    # The workers load the pipeline while this process does (the slow part of the test).
    workers = list(c.scheduler_info()["workers"])
    loading = [c.submit(kn_dask._load_pipeline, workers=[w], allow_other_workers=False, pure=False) for w in workers]
    list(kooperacja_nlp.extract_many([kn_dask.WARM_UP_TEXT]))
    distributed.wait(loading)
    yield c
    c.close()
    cluster.close()


def test_import_dask_inside_the_adapter_is_the_real_package():
    import dask

    assert kn_dask.dask is dask and kn_dask.db is db
    assert Path(dask.__file__).parent.name == "dask" and "kooperacja_nlp" not in dask.__file__


def test_bag_on_two_workers_gives_the_records_of_extract_many(client):
    assert len(client.scheduler_info()["workers"]) == 2
    assert all(names[:1] == ["kn_sentences"] for names in kn_dask.warm_up(client).values())
    bag = db.from_sequence(_items(), npartitions=3)
    records = kn_dask.extract_bag(bag).compute()
    assert records == list(kooperacja_nlp.extract_many(_items()))
    assert [r.doc_id for r in records] == list(ARTICLES)
    assert records[4].error is not None and records[4].error.code == "E001"


def test_bag_json_output_and_ids_of_bare_strings(client):
    lines = kn_dask.extract_bag(db.from_sequence(list(ARTICLES.values())[:4], npartitions=2), output="json").compute()
    assert [json.loads(line)["doc_id"] for line in lines] == ["0:0", "0:1", "1:0", "1:1"]


def test_read_texts_reads_on_the_workers_with_the_cli_ids(client, tmp_path):
    (tmp_path / "sub").mkdir()
    for name, text in list(ARTICLES.items())[:3]:
        (tmp_path / "sub" / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "more.jsonl").write_text(
        json.dumps({"id": "j1", "text": ARTICLES["torun"]}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    paths = [tmp_path / "sub", tmp_path / "more.jsonl"]
    records = kn_dask.extract_bag(kn_dask.read_texts(paths, npartitions=2)).compute()
    assert records == list(kooperacja_nlp.extract_many(read_paths(paths)))
    assert [r.doc_id for r in records] == ["rzeszow", "tczew", "ustron", "j1"]


def test_dataframe_options_are_checked_on_the_client_before_any_task():
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    ddf = dd.from_pandas(pd.DataFrame(_items()), npartitions=2)
    with pytest.raises(ValueError, match="rows"):
        kn_dask.extract_dataframe(ddf, rows="articles")
    with pytest.raises(TypeError):
        kn_dask.extract_dataframe(ddf, txt="text")  # misspelt option
    assert kn_dask.FrameOptions().rows == "events" and kn_dask.FrameOptions().doc_id == "id"


def test_dataframe_partitions_give_the_csv_rows(client):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    frame = pd.DataFrame(_items())
    ddf = dd.from_pandas(frame, npartitions=2)
    events = kn_dask.extract_dataframe(ddf).compute()
    expected = [row for r in kooperacja_nlp.extract_many(_items()) for row in csv_rows(r)]
    assert events.to_dict("records") == expected
    docs = kn_dask.extract_dataframe(ddf, rows="documents").compute()
    assert list(docs["doc_id"]) == list(ARTICLES) and list(docs.columns) == list(kn_dask.DOCUMENT_COLUMNS)
    assert int(docs.loc[docs["doc_id"] == "tczew", "n_events"].iloc[0]) == 1

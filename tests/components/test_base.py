"""``base.values``: the per-document memo must never hide a change to a span group, and must not
keep documents alive."""

from __future__ import annotations

import gc

from kooperacja_nlp.components import base

TEXT = "Spotkanie odbyło się 12 marca 2020 r. w Toruniu, a kolejne 5 maja 2020 r. w Gdańsku."


def test_values_follow_every_change_to_the_group(nlp):
    doc = nlp(TEXT)
    first = base.values(doc, "kn_dates")
    assert [v["text"] for v in first] == ["12 marca 2020 r.", "5 maja 2020 r."]
    assert base.values(doc, "kn_dates") == first  # served again

    span = doc.spans["kn_dates"][0]
    span._.kn_date = {**first[0], "value": "2020-03-13"}  # a value set the spaCy way
    assert base.values(doc, "kn_dates")[0]["value"] == "2020-03-13"

    doc.spans["kn_dates"] = list(doc.spans["kn_dates"])[1:]  # the group reassigned
    assert [v["text"] for v in base.values(doc, "kn_dates")] == ["5 maja 2020 r."]

    doc.spans["kn_dates"].append(span)  # a span added back
    assert [v["text"] for v in base.values(doc, "kn_dates")] == ["12 marca 2020 r.", "5 maja 2020 r."]


def test_memo_lives_only_as_long_as_its_document(nlp):
    gc.collect()
    before = len(base._READS)
    docs = [nlp(TEXT) for _ in range(3)]
    assert len(base._READS) == before + 3
    del docs
    gc.collect()
    assert len(base._READS) == before

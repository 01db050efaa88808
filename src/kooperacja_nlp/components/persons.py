"""``kn_persons``: people named in the text, in the nominative, with every mention merged.

First version: a Morfeusz first name (``imię``) followed by a capitalised word; the first name's
lemma and the surname's ``nazwisko`` lemma (else the form as written) give the nominative.
"""

from __future__ import annotations

import re
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp.components.base import Found, KnComponent
from kooperacja_nlp.lang.patterns import LOWER, UPPER

_NAME_PAIR_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?P<first>[{UPPER}][{LOWER}]+)\s+(?P<last>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\b"
)


@Language.factory("kn_persons", assigns=["doc.spans", "span._.kn_person"])
def make_persons(nlp: Language, name: str) -> PersonFinder:
    return PersonFinder(nlp, name)


def _first_name(form: str) -> tuple[str, str | None] | None:
    for i in morph.analyse(form):
        if "imię" in i.labels and i.pos == "subst":
            return i.lemma, i.gender
    return None


def _surname(form: str, gender: str | None) -> str:
    cands = [i for i in morph.analyse(form) if "nazwisko" in i.labels]
    same = [i for i in cands if (i.gender == "f") == (gender == "f")]
    return (same or cands)[0].lemma if cands else form


class PersonFinder(KnComponent):
    span_group = "kn_persons"

    def find(self, doc: Doc) -> list[Found]:
        found: list[Found] = []
        for m in _NAME_PAIR_RE.finditer(doc.text):
            first = _first_name(m.group("first"))
            if first is None:
                continue
            lemma, gender = first
            last = "-".join(_surname(part, gender) for part in m.group("last").split("-"))
            found.append(
                Found(
                    m.start(), m.end(), {"name": f"{lemma} {last}", "title": None, "role": None, "organization": None}
                )
            )
        return found

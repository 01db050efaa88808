"""``kn_places``: localities (nominative, official spelling) and voivodeships.

First version: a capitalised word after a locative preposition ("w Toruniu") that Morfeusz 2 knows
as ``nazwa_geograficzna`` gives its lemma; voivodeships by adjective after "województw*" / "woj.".
"""

from __future__ import annotations

import re
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp.components.base import Found, KnComponent
from kooperacja_nlp.lang.patterns import LOWER, UPPER
from kooperacja_nlp.lang.voivodeships import ADJECTIVE_ENDINGS, VOIVODESHIP_STEMS

_STEMS: Final[str] = "|".join(sorted((re.escape(s) for s in VOIVODESHIP_STEMS), key=len, reverse=True))
_ENDS: Final[str] = "|".join(sorted(ADJECTIVE_ENDINGS, key=len, reverse=True))
_ADJ: Final[str] = rf"(?:{_STEMS})(?:{_ENDS})\b"
_VOIV_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:wojew[oó]dztw\w*|woj\.)\s+(?P<first>{_ADJ})(?P<rest>(?:\s*(?:,|\bi\b|\boraz\b)\s*{_ADJ})*)",
    re.IGNORECASE,
)
_ADJ_RE: Final[re.Pattern[str]] = re.compile(_ADJ, re.IGNORECASE)
_AFTER_PREP_RE: Final[re.Pattern[str]] = re.compile(rf"\b(?:w|we|z|ze|do|na)\s+(?P<name>[{UPPER}][{LOWER}]+)")


@Language.factory("kn_places", assigns=["doc.spans", "span._.kn_place"])
def make_places(nlp: Language, name: str) -> PlaceFinder:
    return PlaceFinder(nlp, name)


def _voivodeship(adj: str) -> str:
    low = adj.lower()
    for stem in sorted(VOIVODESHIP_STEMS, key=len, reverse=True):
        if low.startswith(stem):
            return VOIVODESHIP_STEMS[stem]
    return low


class PlaceFinder(KnComponent):
    span_group = "kn_places"

    def find(self, doc: Doc) -> list[Found]:
        text = doc.text
        found: list[Found] = []
        for m in _VOIV_RE.finditer(text):
            for a in _ADJ_RE.finditer(text, m.start("first"), m.end()):
                found.append(Found(a.start(), a.end(), {"name": _voivodeship(a.group()), "kind": "voivodeship"}))
        for m in _AFTER_PREP_RE.finditer(text):
            word = m.group("name")
            geo = [i for i in morph.analyse(word) if "nazwa_geograficzna" in i.labels and i.has("loc")]
            if geo:
                s, e = m.span("name")
                found.append(Found(s, e, {"name": geo[0].lemma, "kind": "locality"}))
        return found

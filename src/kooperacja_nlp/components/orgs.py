"""``kn_orgs``: organisations by acronym (ROPS, MOPS, PCPR ...), with the locality that follows.

First version: a known acronym, optionally followed by "w <Place>" resolved with Morfeusz.
"""

from __future__ import annotations

import re
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp.components.base import Found, KnComponent
from kooperacja_nlp.lang.organizations import ACRONYMS
from kooperacja_nlp.lang.patterns import LOWER, UPPER

_ACRO_ALT: Final[str] = "|".join(sorted((re.escape(a) for a in ACRONYMS), key=len, reverse=True))
_ACRO_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?P<acro>{_ACRO_ALT})\b(?:\s+(?:w|we)\s+(?P<place>[{UPPER}][{LOWER}]+))?"
)


@Language.factory("kn_orgs", assigns=["doc.spans", "span._.kn_org"])
def make_orgs(nlp: Language, name: str) -> OrgFinder:
    return OrgFinder(nlp, name)


class OrgFinder(KnComponent):
    span_group = "kn_orgs"

    def find(self, doc: Doc) -> list[Found]:
        found: list[Found] = []
        for m in _ACRO_RE.finditer(doc.text):
            acro = m.group("acro")
            place = None
            if m.group("place"):
                geo = [i for i in morph.analyse(m.group("place")) if "nazwa_geograficzna" in i.labels]
                place = geo[0].lemma if geo else None
            name = acro if place is None else f"{acro} w {place}"
            end = m.end() if place else m.end("acro")
            found.append(Found(m.start(), end, {"name": name, "acronym": acro, "place": place}))
        return found

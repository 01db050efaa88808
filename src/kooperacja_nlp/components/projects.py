"""``kn_projects``: project names, linked to the knowledge base.

First version: KB aliases found with dashes/quotes/case folded, and other projects' names written
in quotes after "projekt(u) pn./pt.".
"""

from __future__ import annotations

import re
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp.components.base import Found, KnComponent
from kooperacja_nlp.kb import KnowledgeBase, load_kb
from kooperacja_nlp.lang.patterns import DASH, QUOTE_CLOSE, QUOTE_OPEN

_NAMED_PROJECT_RE: Final[re.Pattern[str]] = re.compile(
    rf"\bprojekt\w*\s+(?:pn\.|pt\.|pod nazwą|pod tytułem)?\s*{QUOTE_OPEN}(?P<name>[^\"”“»\n]{{3,200}}){QUOTE_CLOSE}",
    re.IGNORECASE,
)


@Language.factory("kn_projects", default_config={"kb_path": None}, assigns=["doc.spans", "span._.kn_project"])
def make_projects(nlp: Language, name: str, kb_path: str | None) -> ProjectFinder:
    return ProjectFinder(nlp, name, kb=load_kb(kb_path))


def _alias_pattern(alias: str) -> str:
    words = re.split(rf"\s*{DASH}\s*|\s+", alias.strip())
    return r"[\s\-–—]*".join(re.escape(w) for w in words if w)


class ProjectFinder(KnComponent):
    span_group = "kn_projects"

    def __init__(self, nlp: Language, name: str, *, kb: KnowledgeBase) -> None:
        super().__init__(nlp, name)
        self.kb = kb
        alts = []
        self._ids: dict[str, str] = {}
        for i, p in enumerate(self.kb.projects):
            for alias in sorted({p.name, *p.aliases}, key=len, reverse=True):
                alts.append(f"(?P<p{i}_{len(alts)}>{_alias_pattern(alias)})")
            self._ids[str(i)] = p.id
        self._alias_re = re.compile("|".join(alts), re.IGNORECASE) if alts else None

    def find(self, doc: Doc) -> list[Found]:
        text = doc.text
        found: list[Found] = []
        taken: list[tuple[int, int]] = []
        if self._alias_re is not None:
            for m in self._alias_re.finditer(text):
                idx = int(m.lastgroup.split("_")[0][1:]) if m.lastgroup else 0
                p = self.kb.projects[idx]
                found.append(Found(m.start(), m.end(), {"name": p.name, "id": p.id, "number": None}))
                taken.append((m.start(), m.end()))
        for m in _NAMED_PROJECT_RE.finditer(text):
            s, e = m.span("name")
            if any(a < e and s < b for a, b in taken):
                continue
            found.append(Found(s, e, {"name": m.group("name").strip(), "id": None, "number": None}))
        return found

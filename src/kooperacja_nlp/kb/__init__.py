"""The project knowledge base: funded projects, their canonical names and aliases.

The KB is a JSON file validated by pydantic (never executed), so users can pass their own or
extend the bundled one: ``load_kb(path)`` / ``kooperacja_nlp.load(kb=path)``.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class KBProject(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name: str
    programme: str | None = None
    measure: str | None = None
    macroregion: str | None = None
    lead: str | None = None
    lead_place: str | None = None
    voivodeships: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


class KnowledgeBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int = 1
    projects: tuple[KBProject, ...] = Field(default_factory=tuple)

    def by_id(self, project_id: str) -> KBProject | None:
        return next((p for p in self.projects if p.id == project_id), None)

    def merged(self, other: KnowledgeBase) -> KnowledgeBase:
        """This KB extended by ``other``; a project with the same id is replaced by ``other``'s."""
        ids = {p.id for p in other.projects}
        return KnowledgeBase(
            version=max(self.version, other.version),
            projects=tuple(p for p in self.projects if p.id not in ids) + other.projects,
        )


def load_kb(path: str | Path | None = None) -> KnowledgeBase:
    """Read and validate a KB file; ``None`` gives the bundled KB."""
    if path is None:
        return bundled_kb()
    return KnowledgeBase.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))


@functools.cache
def bundled_kb() -> KnowledgeBase:
    ref = resources.files("kooperacja_nlp") / "kb" / "projects.json"
    return KnowledgeBase.model_validate(json.loads(ref.read_text(encoding="utf-8")))

"""The project knowledge base: funded projects, their canonical names, aliases and facts.

The KB is a JSON file validated by pydantic (data, never executed), so users can pass their own or
extend the bundled one:

- ``load_kb(path)`` / ``kooperacja_nlp.load(kb=path)``: use ``path`` instead of the bundled KB;
- a user file with ``"extends": "bundled"`` (or ``load_kb(path, extend=True)``) adds its projects
  to the bundled ones; a project with an existing ``id`` replaces the bundled one;
- ``bundled_kb().merged(other)`` does the same in code.

Ids are stable keys (other systems group events by them), so they are slugs and never reused.
Linking a written name to a project (``KnowledgeBase.link``) compares names on letters and digits
only (``normalize.alnum_key``), so quotes, dashes, spaces and case never matter; a typo is
accepted within a bounded edit distance, and never across different digits ("3D" vs "2D").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from rapidfuzz.distance import Levenshtein

from kooperacja_nlp.lang.patterns import DASH
from kooperacja_nlp.lang.projects import PROJECT_NUMBER_RE
from kooperacja_nlp.lang.voivodeships import VOIVODESHIPS
from kooperacja_nlp.normalize import alnum_key, collapse_spaces

ID_PATTERN: Final[str] = r"^[a-z0-9][a-z0-9.\-]{1,99}$"
# Fuzzy linking: at most one edit per this many characters of the alias key (letters and digits),
# never more than MAX_EDITS, and none for keys shorter than MIN_FUZZY_KEY ("CWD" must not become
# "CWR"). 17 letters ("liderzykooperacji") allow 2 edits, enough for "Liderzy Korporacji".
CHARS_PER_EDIT: Final[int] = 8
MAX_EDITS: Final[int] = 8
MIN_FUZZY_KEY: Final[int] = 8
# A name cut short with an ellipsis ("Kooperacje 3D – model…") links when what is left is a
# prefix of exactly one alias and at least this long.
MIN_PREFIX_KEY: Final[int] = 8
_DIGITS_RE: Final[re.Pattern[str]] = re.compile(r"\d+")
LINK_MEMO_SIZE: Final[int] = 1 << 14  # names whose link a KB keeps (``KnowledgeBase.link``)
ELLIPSES: Final[tuple[str, ...]] = ("…", "...")
# "Kooperacje 3D – model …": the head before the first spaced dash may be an alias on its own.
_HEAD_DASH_RE: Final[re.Pattern[str]] = re.compile(rf"\s{DASH}\s?|\s?{DASH}\s")


class KBPartner(BaseModel):
    """A partner institution of a project, with the locality it sits in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=2)
    acronym: str | None = None
    place: str | None = None


class KBProject(BaseModel):
    """One funded project.

    ``aliases`` link wherever they occur (they are names nobody writes by chance);
    ``context_aliases`` are also ordinary phrases ("liderzy kooperacji") and link only when the
    text marks them as a name: quotes, a "projekt"/"pn." cue or capitalised words.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=2)
    programme: str | None = None
    priority_axis: str | None = None
    measure: str | None = None
    macroregion: str | None = None
    lead: str | None = None
    lead_place: str | None = None
    voivodeships: tuple[str, ...] = ()
    partners: tuple[KBPartner, ...] = ()
    numbers: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()

    @field_validator("name", "aliases", "context_aliases", mode="after")
    @classmethod
    def _tidy(cls, value: str | tuple[str, ...]) -> str | tuple[str, ...]:
        if isinstance(value, str):
            return collapse_spaces(value)
        out = tuple(dict.fromkeys(collapse_spaces(a) for a in value))
        if any(len(alnum_key(a)) < 2 for a in out):
            raise ValueError("an alias needs at least two letters or digits")
        return out

    @field_validator("voivodeships", mode="after")
    @classmethod
    def _known_voivodeships(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [v for v in value if v not in VOIVODESHIPS]
        if unknown:
            raise ValueError(f"unknown voivodeship(s) {unknown}; use lower-case adjectives such as 'śląskie'")
        return value

    @field_validator("numbers", mode="after")
    @classmethod
    def _valid_numbers(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [n for n in value if not PROJECT_NUMBER_RE.fullmatch(n)]
        if bad:
            raise ValueError(f"not a project number like 'POWR.02.05.00-00-0208/17': {bad}")
        return value

    def all_aliases(self) -> Iterator[tuple[str, bool]]:
        """(alias, strong) for the canonical name and every alias; strong = links without context."""
        weak = {alnum_key(a) for a in self.context_aliases}
        if alnum_key(self.name) not in weak:
            yield self.name, True
        for a in self.aliases:
            yield a, alnum_key(a) not in weak
        for a in self.context_aliases:
            yield a, False


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One alias as the linker and the text scanner use it."""

    text: str
    key: str  # alnum_key(text)
    project: KBProject
    strong: bool


class KnowledgeBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int = 1
    extends: Literal["bundled"] | None = Field(
        default=None, description='"bundled": these projects are added to (or replace by id) the bundled ones.'
    )
    projects: tuple[KBProject, ...] = Field(default_factory=tuple)

    @model_validator(mode="after")
    def _consistent(self) -> KnowledgeBase:
        ids = [p.id for p in self.projects]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate project id(s): {dupes}")
        owner: dict[str, str] = {}
        for p in self.projects:
            for alias, _ in p.all_aliases():
                other = owner.setdefault(alnum_key(alias), p.id)
                if other != p.id:
                    raise ValueError(f"alias {alias!r} of {p.id!r} is also a name of {other!r}")
        return self

    def by_id(self, project_id: str) -> KBProject | None:
        return next((p for p in self.projects if p.id == project_id), None)

    def merged(self, other: KnowledgeBase) -> KnowledgeBase:
        """This KB extended by ``other``; a project with the same id is replaced by ``other``'s."""
        ids = {p.id for p in other.projects}
        return KnowledgeBase(
            version=max(self.version, other.version),
            projects=tuple(p for p in self.projects if p.id not in ids) + other.projects,
        )

    @functools.cached_property
    def alias_entries(self) -> tuple[AliasEntry, ...]:
        """Every alias of every project, longest first (the scanner tries long names first)."""
        entries = [
            AliasEntry(alias, alnum_key(alias), p, strong) for p in self.projects for alias, strong in p.all_aliases()
        ]
        return tuple(sorted(entries, key=lambda e: -len(e.key)))

    @functools.cached_property
    def key_index(self) -> dict[str, AliasEntry]:
        return {e.key: e for e in reversed(self.alias_entries)}

    @functools.cached_property
    def number_index(self) -> dict[str, KBProject]:
        return {n: p for p in self.projects for n in p.numbers}

    def by_number(self, number: str) -> KBProject | None:
        return self.number_index.get(number)

    @functools.cached_property
    def link_memo(self) -> dict[tuple[str, bool, bool], KBProject | None]:
        """``link`` answers by name (the KB is frozen, so they never change): the same project
        names come back in article after article, and the typo search compares every alias."""
        return {}

    def link(self, name: str, *, fuzzy: bool = True, subtitle: bool = True) -> KBProject | None:
        """The project a written name refers to, or None.

        In order: the same letters and digits as an alias; an ellipsis-cut prefix of exactly one
        alias; an alias followed by a dash and a subtitle ("Kooperacje 3D – model sektorowej …",
        unless ``subtitle=False``);
        the nearest alias within a bounded edit distance with the same digits (typos).
        """
        memo = self.link_memo
        key = (name, fuzzy, subtitle)
        if key not in memo:
            if len(memo) >= LINK_MEMO_SIZE:
                memo.clear()
            memo[key] = self._link(name, fuzzy=fuzzy, subtitle=subtitle)
        return memo[key]

    def _link(self, name: str, *, fuzzy: bool, subtitle: bool) -> KBProject | None:
        text = name.rstrip()
        cut = text.endswith(ELLIPSES)
        text = text.rstrip("…. ") if cut else text
        key = alnum_key(text)
        if len(key) < 2:
            return None
        if key in self.key_index:
            return self.key_index[key].project
        if cut and len(key) >= MIN_PREFIX_KEY:
            owners = {e.project.id: e.project for e in self.alias_entries if e.key.startswith(key)}
            if len(owners) == 1:
                return next(iter(owners.values()))
        head = _HEAD_DASH_RE.split(text, maxsplit=1)[0] if subtitle else text
        if head != text and alnum_key(head) in self.key_index:
            return self.key_index[alnum_key(head)].project
        return self._fuzzy(key) if fuzzy else None

    def _fuzzy(self, key: str) -> KBProject | None:
        digits = _DIGITS_RE.findall(key)
        best: tuple[int, KBProject | None] = (MAX_EDITS + 1, None)
        tie = False
        for e in self.alias_entries:
            if len(e.key) < MIN_FUZZY_KEY or _DIGITS_RE.findall(e.key) != digits:
                continue
            limit = min(MAX_EDITS, len(e.key) // CHARS_PER_EDIT)
            if abs(len(e.key) - len(key)) > limit:
                continue
            d = Levenshtein.distance(key, e.key, score_cutoff=limit)
            if d > limit:
                continue
            if d < best[0]:
                best, tie = (d, e.project), False
            elif d == best[0] and best[1] is not None and best[1].id != e.project.id:
                tie = True
        return None if tie else best[1]


def load_kb(path: str | Path | None = None, *, extend: bool = False) -> KnowledgeBase:
    """Read and validate a KB file; ``None`` gives the bundled KB.

    ``extend=True`` (or ``"extends": "bundled"`` in the file) adds the file's projects to the
    bundled KB instead of replacing it.
    """
    if path is None:
        return bundled_kb()
    kb = KnowledgeBase.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
    return bundled_kb().merged(kb) if extend or kb.extends == "bundled" else kb


@functools.cache
def bundled_kb() -> KnowledgeBase:
    ref = resources.files("kooperacja_nlp") / "kb" / "projects.json"
    return KnowledgeBase.model_validate(json.loads(ref.read_text(encoding="utf-8")))

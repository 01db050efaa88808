"""The one Morfeusz 2 wrapper, with a per-word-form cache.

Morfeusz analyses a form in tens of microseconds, but news text repeats forms constantly, so
every component asks here and each form is analysed once per process. The analyser is created on
first use (not at import) so that importing the package stays cheap and each worker process of
``extract_many(n_process=N)`` builds its own instance.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field
from typing import Any, Final

import morfeusz2

# Word forms whose analyses are kept. An entry (the readings of one form) takes about 1 KB, so this
# bounds the cache near 65 MB; news repeats far fewer forms than that (the 71 dev articles have
# 7,500), and a corpus of distinct articles keeps bringing rare ones that would otherwise fill it.
CACHE_SIZE: Final[int] = 65_536
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Interp:
    """One Morfeusz interpretation of a single word form.

    ``lemma`` is stripped of SGJP homonym markers ("Toruń:Sm3" -> "Toruń"); ``tag`` is the NKJP
    tag ("subst:sg:loc:m3"); ``labels`` are the name classes ("imię", "nazwisko",
    "nazwa_geograficzna", "nazwa_pospolita", ...).
    """

    form: str
    lemma: str
    tag: str
    labels: tuple[str, ...]
    qualifiers: tuple[str, ...]
    # Read off ``tag`` once, when the (cached) interpretation is made: components ask ``pos`` and
    # ``has`` in their inner loops, and splitting the tag string on every question added up.
    # Not part of equality, hash or repr, which stay those of the five fields above.
    _pos: str = field(init=False, repr=False, compare=False)
    _features: frozenset[str] = field(init=False, repr=False, compare=False)
    _gender: str | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pos, features, gender = _tag_facts(self.tag)
        object.__setattr__(self, "_pos", pos)
        object.__setattr__(self, "_features", features)
        object.__setattr__(self, "_gender", gender)

    @property
    def pos(self) -> str:
        return self._pos

    def has(self, feature: str) -> bool:
        """True if a tag field (or one of its dot-alternatives) equals ``feature``: has("loc")."""
        return feature in self._features

    @property
    def gender(self) -> str | None:
        return self._gender


_GENDERS: Final[frozenset[str]] = frozenset({"m1", "m2", "m3", "f", "n"})


@functools.cache
def _tag_facts(tag: str) -> tuple[str, frozenset[str], str | None]:
    """The part of speech, the features (with their dot-alternatives) and the gender of a tag.

    Morfeusz's tagset has a few thousand tags, and a form has several readings: parsing each tag
    once per process, not once per reading of every new form, halved the cost of the first
    analysis of a form (which a corpus of distinct articles pays for most of its words)."""
    pos, *fields = tag.split(":")
    parts = [part.split(".") for part in fields]
    return pos, frozenset(alt for alts in parts for alt in alts), _tag_gender(parts)


def _tag_gender(parts: list[list[str]]) -> str | None:
    """The gender of a tag split into fields and their dot-alternatives (first gender field wins)."""
    for alts in parts:
        if any(a in _GENDERS for a in alts):
            return "f" if "f" in alts else ("n" if "n" in alts and "m1" not in alts else alts[0])
    return None


@functools.cache
def _analyser() -> morfeusz2.Morfeusz:
    # separate_numbering keeps numbers as one token; expand_tags would multiply interpretations.
    return morfeusz2.Morfeusz(expand_tags=False, separate_numbering=True)


def _strip_marker(lemma: str) -> str:
    head, sep, _ = lemma.partition(":")
    return head if sep and head else lemma


@functools.cache
def _resolver() -> tuple[Any, dict[int, str], dict[int, tuple[str, ...]], dict[int, tuple[str, ...]]]:
    """The analyser's C++ object and the strings of the tag, name and label ids it has answered
    with (a few thousand in all), filled as they come."""
    return _analyser()._morfeusz_obj, {}, {}, {}


def _raw_analysis(form: str) -> list[tuple[int, int, tuple[str, str, str, tuple[str, ...], tuple[str, ...]]]]:
    """What ``morfeusz2.Morfeusz.analyse`` answers (``expand_dag`` and ``expand_tags`` off), with
    the name classes and labels as tuples: ``(start, end, (orth, lemma, tag, names, labels))``."""
    obj = _resolver()[0]
    return [(i.startNode, i.endNode, _fields(i)) for i in obj.analyse(form)]


def _fields(i: Any) -> tuple[str, str, str, tuple[str, ...], tuple[str, ...]]:
    """``(orth, lemma, tag, names, labels)`` of one interpretation of the C++ analyser.

    The ``morfeusz2`` wrapper asks the C++ object for the tag, name and label strings of every
    interpretation, three calls and as many new strings each; an interpretation carries their ids,
    and the strings of an id are asked for once per process. (The first analysis of a form is most
    of what a new article costs.)"""
    obj, tags, names, labels = _resolver()
    tag_id, name_id, labels_id = i.tagId, i.nameId, i.labelsId
    tag = tags.get(tag_id)
    if tag is None:
        tag = tags[tag_id] = obj.getIdResolver().getTag(tag_id)
    name = names.get(name_id)
    if name is None:
        text = obj.getIdResolver().getName(name_id)
        name = names[name_id] = tuple(text.split("|")) if text else ()
    quals = labels.get(labels_id)
    if quals is None:
        quals = labels[labels_id] = tuple(obj.getIdResolver().getLabels(labels_id))
    return i._orth, i._lemma, tag, name, quals


@functools.lru_cache(maxsize=CACHE_SIZE)
def analyse(form: str) -> tuple[Interp, ...]:
    """All interpretations of a single word form (no spaces), in Morfeusz order.

    Multi-segment analyses (e.g. "Bielsku-Białej" splits at the hyphen) are reduced to the
    interpretations of the whole form when there is one, else to those of its first segment,
    because callers ask about words, not about Morfeusz's segments.
    """
    with _LOCK:  # the C++ analyser object is not documented as thread-safe
        raw = _raw_analysis(form)
    whole = [r for r in raw if r[0] == 0 and r[1] == max(x[1] for x in raw)]
    first = whole if len({(r[0], r[1]) for r in raw}) == 1 else [r for r in raw if r[0] == 0 and r[1] == 1]
    out: list[Interp] = []
    seen: set[tuple[str, str]] = set()
    for _, _, (orth, lemma, tag, labels, quals) in first:
        key = (lemma, tag)
        if key in seen:
            continue
        seen.add(key)
        out.append(Interp(orth, _strip_marker(lemma), tag, labels, quals))
    return tuple(out)


def is_known(form: str) -> bool:
    """False when Morfeusz does not know the form (it answers with the ``ign`` tag)."""
    return any(i.pos != "ign" for i in analyse(form))


def lemmas(form: str) -> tuple[str, ...]:
    """Distinct lemmas of a form, in Morfeusz order; the form itself if unknown."""
    seen: dict[str, None] = {}
    for i in analyse(form):
        seen.setdefault(i.lemma if i.pos != "ign" else form, None)
    return tuple(seen) or (form,)


@functools.lru_cache(maxsize=CACHE_SIZE)
def best_lemma(form: str) -> str:
    """A single lemma for bag-of-words features: prefer common words over proper-name readings."""
    interps = analyse(form)
    if not interps or interps[0].pos == "ign":
        return form.lower()
    common = [i for i in interps if not (set(i.labels) & {"imię", "nazwisko", "nazwa_geograficzna"})]
    chosen = (common or list(interps))[0]
    return chosen.lemma.lower() if form[:1].islower() or not chosen.labels else chosen.lemma


def has_label(form: str, label: str) -> bool:
    return any(label in i.labels for i in analyse(form))


@functools.lru_cache(maxsize=CACHE_SIZE)
def generate(lemma: str) -> tuple[Interp, ...]:
    """All forms of a lemma (Morfeusz synthesis), e.g. to inflect a gazetteer name."""
    with _LOCK:
        raw = [_fields(i) for i in _resolver()[0].generate(lemma, None)]
    return tuple(Interp(orth, _strip_marker(lem), tag, labels, quals) for orth, lem, tag, labels, quals in raw)


def cache_info() -> functools._CacheInfo:
    return analyse.cache_info()

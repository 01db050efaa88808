"""From inflected words to official place names: nominative readings, gazetteer validation, homonyms.

Polish place names are inflected in running text ("w Rudzie Śląskiej", "z Bielska-Białej"), and
no lemmatiser turns a multi-word name into its nominative as a whole. Here every word gets its
possible nominatives separately (Morfeusz 2 lemmas for nouns; adjectives re-inflected to the
nominative of their own number and gender, which is the head noun's because adjectives agree;
suffix rules for village names Morfeusz does not know), the words' readings are combined only where
their cases agree, and the gazetteer decides which combination is a real name. The gazetteer is
therefore the spelling authority: the name on output is always TERYT's ("Bielsko-Biała").

Kept apart from the component so that the linguistic part can be tested and reused without a
pipeline (the organisation and event components need the same nominatives).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from kooperacja_nlp import morph
from kooperacja_nlp.gazetteer import Locality, Unit, gazetteer
from kooperacja_nlp.lang.places import (
    ABBREVIATED_ADJECTIVES,
    ADJECTIVE_DEINFLECTIONS,
    CITY_ADJECTIVES,
    COMMON_LABEL,
    COUNTRIES,
    DEINFLECTIONS,
    FIRST_NAME_LABEL,
    FOREIGN_CITIES,
    GEO_LABEL,
    GEO_LABELS,
    KIND_PREFERENCE,
    LOCALITY_KINDS,
    NOMINATIVE_ADJECTIVE_ENDINGS,
    REGIONS,
    RIVERS,
    SHORT_FORMS,
    SURNAME_LABEL,
)
from kooperacja_nlp.normalize import fold

# Where a reading comes from; decides how much a match on it is worth.
GEO: Final[str] = "geo"  # Morfeusz knows the form as a geographic name
PART: Final[str] = "part"  # only as a part of one ("Miasto" of "Nowe Miasto", "Sącz")
COMMON: Final[str] = "common"  # a common noun ("góra", "pomoc")
PERSON: Final[str] = "person"  # only a first name or surname reading
ADJ: Final[str] = "adj"  # an adjective re-inflected to the nominative ("Śląskiej" -> "śląska")
GUESS: Final[str] = "guess"  # suffix rule on a form Morfeusz does not know
FORM: Final[str] = "form"  # the form itself, kept as written (connector phrases, abbreviations)

_NOUN_POS: Final[frozenset[str]] = frozenset({"subst", "depr"})
_ADJ_POS: Final[frozenset[str]] = frozenset({"adj"})
_CASES: Final[frozenset[str]] = frozenset({"nom", "gen", "dat", "acc", "inst", "loc", "voc"})
_GENDERS: Final[frozenset[str]] = frozenset({"m1", "m2", "m3", "f", "n"})
_KIND_ORDER: Final[Mapping[str, int]] = {k: i for i, k in enumerate(KIND_PREFERENCE)}
# letters a powiat's adjective and its seat's name share at the start ("świe-bodziński", "Świe-bodzin";
# "gnie-źnieński", "Gnie-zno"), folded
SEAT_PREFIX: Final[int] = 4


@dataclass(frozen=True, slots=True)
class Reading:
    """One nominative candidate of a word: ``text`` in any letter case, ``cases`` of the inflected
    form it was read from (empty = unknown, agrees with anything) and where it came from."""

    text: str
    cases: frozenset[str]
    source: str


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What Morfeusz says about a word form, summarised for the place heuristics."""

    geo: bool  # has a geographic-name reading (a whole name, not only a part of one)
    common: bool  # has a common-noun reading
    common_lemmas: frozenset[str]  # lemmas of its common-noun readings
    first_name: bool
    surname: bool
    known: bool  # Morfeusz knows the form at all
    adjective: bool  # has an adjective reading ("Nowe" przepisy)
    adjective_only: bool  # every reading is an adjective (or participle)
    surname_lemmas: frozenset[str]  # lemmas of its surname readings


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer-valid (or country/foreign-city) name for a span of words."""

    key: str  # casefolded name
    cases: frozenset[str]
    sources: frozenset[str]


def _fields(tag: str) -> list[set[str]]:
    return [set(part.split(".")) for part in tag.split(":")[1:]]


# The three below are asked for every reading of every word read as a place name, and the tagset
# is small (a few thousand tags): each tag is parsed once per process.
@functools.cache
def _cases(tag: str) -> frozenset[str]:
    out: set[str] = set()
    for part in _fields(tag):
        out |= part & _CASES
    return frozenset(out)


@functools.cache
def _genders(tag: str) -> frozenset[str]:
    out: set[str] = set()
    for part in _fields(tag):
        out |= part & _GENDERS
    return frozenset(out)


@functools.cache
def _number(tag: str) -> frozenset[str]:
    out: set[str] = set()
    for part in _fields(tag):
        out |= part & {"sg", "pl"}
    return frozenset(out)


@functools.lru_cache(maxsize=65_536)
def adjective_nominatives(lemma: str, numbers: frozenset[str], genders: frozenset[str]) -> tuple[str, ...]:
    """Nominative forms of an adjective lemma in the given numbers/genders ("śląski", sg, f -> "śląska")."""
    out: dict[str, None] = {}
    for i in morph.generate(lemma):
        if i.pos not in _ADJ_POS or not i.has("nom") or not i.has("pos"):
            continue
        if _number(i.tag) & numbers and _genders(i.tag) & genders:
            out.setdefault(i.form, None)
    return tuple(out)


@functools.lru_cache(maxsize=65_536)
def _plural_nominatives(lemma: str, genders: frozenset[str]) -> tuple[str, ...]:
    """Plural nominatives of a noun lemma ("góra" -> "góry"), for names such as "Tarnowskie Góry"."""
    out: dict[str, None] = {}
    for i in morph.generate(lemma):
        if i.pos in _NOUN_POS and i.has("pl") and i.has("nom") and (not genders or _genders(i.tag) & genders):
            out.setdefault(i.form, None)
    return tuple(out)


def _guesses(form: str) -> list[Reading]:
    """Suffix-rule nominatives of an unknown form (all rules, the gazetteer filters)."""
    low = form.lower()
    out = [Reading(form, frozenset(), GUESS)]
    for suffix, replacements in DEINFLECTIONS:
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            stem = form[: len(form) - len(suffix)]
            out.extend(Reading(stem + r, frozenset(), GUESS) for r in replacements)
    return out


@functools.lru_cache(maxsize=262_144)
def word_info(form: str) -> WordInfo:
    interps = [i for i in morph.analyse(form) if i.pos != "ign"]
    labels = [set(i.labels) for i in interps]
    common = [
        i.lemma.casefold()
        for i, ls in zip(interps, labels, strict=True)
        if i.pos in _NOUN_POS and (COMMON_LABEL in ls or not ls)
    ]
    return WordInfo(
        geo=any(GEO_LABEL in ls for ls in labels),
        common=bool(common),
        common_lemmas=frozenset(common),
        first_name=any(FIRST_NAME_LABEL in ls for ls in labels),
        surname=any(SURNAME_LABEL in ls for ls in labels),
        known=bool(interps),
        adjective=any(i.pos == "adj" for i in interps),
        adjective_only=bool(interps) and all(i.pos in {"adj", "adjp", "adja"} for i in interps),
        surname_lemmas=frozenset(
            i.lemma.casefold() for i, ls in zip(interps, labels, strict=True) if SURNAME_LABEL in ls
        ),
    )


@functools.lru_cache(maxsize=262_144)
def readings(form: str) -> tuple[Reading, ...]:
    """Nominative readings of one word; hyphenated words are read part by part ("Bielsku-Białej")."""
    if "-" in form:
        parts = [_simple_readings(p) for p in form.split("-")]
        if all(parts):
            return tuple(_dedupe(_combine(parts, joiner="-")))
    return _simple_readings(form)


def _dedupe(items: Iterable[Reading]) -> list[Reading]:
    seen: dict[tuple[str, frozenset[str], str], Reading] = {}
    for r in items:
        seen.setdefault((r.text.casefold(), r.cases, r.source), r)
    return list(seen.values())


# cases whose plural forms ("-ach", "-ami", "-om") no singular nominative shares
_PLURAL_ONLY_CASES: Final[frozenset[str]] = frozenset({"loc", "inst", "dat"})


@functools.lru_cache(maxsize=262_144)
def _simple_readings(form: str) -> tuple[Reading, ...]:
    out: list[Reading] = []
    interps = morph.analyse(form)
    if not interps or all(i.pos == "ign" for i in interps):
        if form.isupper() and len(form) > 3:  # a heading in capitals: "W TORUNIU"
            return _simple_readings(form[0] + form[1:].lower())
        return tuple(_dedupe(_guesses(form)))
    for i in interps:
        cases = _cases(i.tag)
        labels = set(i.labels)
        if i.pos in _NOUN_POS:
            if GEO_LABEL in labels:
                source = GEO
            elif labels & GEO_LABELS:
                source = PART
            elif labels and labels <= {FIRST_NAME_LABEL, SURNAME_LABEL}:
                source = PERSON
            else:
                source = COMMON
            if "pl" in _number(i.tag) and "sg" not in _number(i.tag) and not i.has("pt"):
                # a plural form of a singular noun: "Górach" -> "Góry" (not "Góra")
                plural = _plural_nominatives(i.lemma, frozenset(_genders(i.tag)))
                out.extend(Reading(f, cases, source) for f in plural)
                if source == GEO and cases & _PLURAL_ONLY_CASES and not any(known_name(f.casefold()) for f in plural):
                    # a singular name SGJP declines in the plural: "w Dołujach" (Dołuje), whose
                    # plural nominative "Dołuja" names nothing (not the genitive: "Masłów" is a
                    # name of its own, not "of the Masłowos")
                    out.append(Reading(i.lemma, cases, source))
            else:
                out.append(Reading(i.lemma, cases, source))
        elif i.pos in _ADJ_POS:
            forms = adjective_nominatives(i.lemma, frozenset(_number(i.tag)), frozenset(_genders(i.tag)))
            out.extend(Reading(f, cases, ADJ) for f in forms)
    if form[:1].isupper() and not any(r.source == ADJ for r in out):
        out.extend(_adjective_guesses(form))
    return tuple(_dedupe(out))


def _adjective_guesses(form: str) -> list[Reading]:
    """Nominatives of a capitalised adjectival form Morfeusz reads only as a noun or surname
    ("Skrzyńskiego" is the surname Skrzyński to it, but in "Wielopola Skrzyńskiego" the adjective of
    "Wielopole Skrzyńskie"), or the form itself when it looks like a nominative adjective. Marked
    ADJ: they never make a one-word place on their own, only the second word of a name."""
    low = form.lower()
    for suffix, replacements in ADJECTIVE_DEINFLECTIONS:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = form[: len(form) - len(suffix)]
            return [Reading(stem + r, frozenset(), ADJ) for r in replacements]
    if low.endswith(NOMINATIVE_ADJECTIVE_ENDINGS):  # "gmina Wola Uhruska": "Uhruska" is "of Uhrusk" to it
        return [Reading(form, frozenset({"nom"}), ADJ)]
    return []


def abbreviation_readings(abbr: str) -> tuple[Reading, ...]:
    """Readings of an abbreviated adjective ("Maz." -> mazowiecki/mazowiecka/mazowieckie)."""
    lemma = ABBREVIATED_ADJECTIVES.get(abbr.lower().rstrip("."))
    if lemma is None:
        return ()
    forms = adjective_nominatives(lemma, frozenset({"sg", "pl"}), frozenset(_GENDERS))
    return tuple(Reading(f, frozenset(), FORM) for f in forms)


def _agree(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    """Case agreement: the common cases, an unknown side agrees with anything, None if none."""
    if not a:
        return b
    if not b:
        return a
    both = a & b
    return both or None


def _combine(parts: Sequence[Sequence[Reading]], joiner: str) -> Iterable[Reading]:
    """All case-agreeing combinations of per-part readings, joined (used for hyphenated words)."""
    combos: list[tuple[str, frozenset[str], frozenset[str]]] = [("", frozenset(), frozenset())]
    for options in parts:
        nxt: list[tuple[str, frozenset[str], frozenset[str]]] = []
        for text, cases, sources in combos:
            for r in options:
                agreed = _agree(cases, r.cases)
                if agreed is None:
                    continue
                nxt.append((f"{text}{joiner}{r.text}" if text else r.text, agreed, sources | {r.source}))
        combos = nxt[:256]
    for text, cases, sources in combos:
        yield Reading(text, cases, _compound_source(sources))


_SOURCE_ORDER: Final[tuple[str, ...]] = (GUESS, FORM, ADJ, COMMON, PERSON)


def _compound_source(sources: frozenset[str]) -> str:
    """A hyphenated name is geographic if any part is ("Jastrzębie" + "Zdrój")."""
    if sources & {GEO, PART}:
        return GEO
    return next((s for s in _SOURCE_ORDER if s in sources), FORM)


@functools.cache
def _prefixes() -> frozenset[str]:
    """Casefolded word prefixes of multi-word gazetteer names ("zielona" for "Zielona Góra")."""
    out: set[str] = set()
    for name in gazetteer().names():
        words = name.split(" ")
        for k in range(1, len(words)):
            out.add(" ".join(words[:k]))
    for name in (*COUNTRIES, *FOREIGN_CITIES, *REGIONS, *RIVERS):
        words = name.split(" ")
        for k in range(1, len(words)):
            out.add(" ".join(words[:k]))
    return frozenset(out)


def warm_up() -> None:
    """Load the gazetteer and build the prefix index (both cached for the process)."""
    _prefixes()


@functools.lru_cache(maxsize=262_144)
def known_name(key: str) -> bool:
    """A casefolded name the resolver accepts: a gazetteer locality or commune, a country, a foreign
    city, a region or river (the last three so that they can be recognised and set aside)."""
    gz = gazetteer()
    return (
        key in gz
        or key in COUNTRIES
        or key in FOREIGN_CITIES
        or key in REGIONS
        or key in RIVERS
        or key in SHORT_FORMS
        or bool(gz.communes(key))
    )


@functools.lru_cache(maxsize=262_144)
def may_begin_name(form: str) -> bool:
    """Whether a span of words that starts with ``form`` can have a candidate at all: some reading
    of it is a name :func:`known_name` accepts or begins a multi-word one (the first slot of
    :func:`span_candidates`). Most capitalised words of an article fail this cheap, per-form test,
    and the component then skips building and deciding their spans."""
    prefixes = _prefixes()
    return any((key := r.text.casefold()) in prefixes or known_name(key) for r in readings(form))


def span_candidates(
    slots: Sequence[Sequence[Reading]],
    *,
    joiners: Sequence[str] | None = None,
    accept: Callable[[str], bool] = known_name,
) -> list[Candidate]:
    """Names made of one reading per slot (cases agreeing) that ``accept`` takes (by default the
    names :func:`known_name` knows).

    ``joiners[k]`` is the string put before slot ``k`` (" " by default, "-" for "Bielsko - Biała").
    Prefixes that no multi-word name starts with are pruned, so long spans stay cheap.
    """
    prefixes = _prefixes()
    states: list[tuple[str, frozenset[str], frozenset[str]]] = [("", frozenset(), frozenset())]
    last = len(slots) - 1
    for k, options in enumerate(slots):
        joiner = " " if joiners is None else joiners[k]
        nxt: dict[tuple[str, frozenset[str]], frozenset[str]] = {}
        for text, cases, sources in states:
            for r in options:
                agreed = _agree(cases, r.cases)
                if agreed is None:
                    continue
                new = (f"{text}{joiner}{r.text}" if k else r.text).casefold()
                if k < last and new not in prefixes:
                    continue
                key = (new, agreed)
                nxt[key] = nxt.get(key, frozenset()) | sources | {r.source}
        states = [(t, c, s) for (t, c), s in nxt.items()]
        if not states:
            return []
    merged: dict[str, Candidate] = {}
    for text, cases, sources in states:
        if not accept(text):
            continue
        old = merged.get(text)
        if old is None:
            merged[text] = Candidate(text, cases, sources)
        else:
            merged[text] = Candidate(text, old.cases | cases, old.sources | sources)
    return list(merged.values())


# ---------------------------------------------------------------- homonyms and values


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says about where it is: voivodeships, powiats and gminas it names (with
    weights), used to choose among homonyms ("Dąbrowa" in opolskie rather than the largest one)."""

    voivodeships: Mapping[str, float]
    counties: Mapping[str, float]
    communes: Mapping[str, float]


EMPTY_CONTEXT: Final[Context] = Context({}, {}, {})


def localities(name: str, kinds: frozenset[str] = LOCALITY_KINDS) -> tuple[Locality, ...]:
    """Gazetteer localities of a name that are of the given kinds (cities, towns, villages)."""
    return _localities(name.casefold(), kinds)


@functools.lru_cache(maxsize=65_536)
def _localities(key: str, kinds: frozenset[str]) -> tuple[Locality, ...]:
    return tuple(loc for loc in gazetteer().localities(key) if loc.kind in kinds)


def locality_rank(loc: Locality, context: Context = EMPTY_CONTEXT) -> tuple[float, ...]:
    """Sort key (smaller is likelier) of a locality as the referent of a mention: in a gmina or
    powiat the article names first, then towns before villages, then a voivodeship the article
    names, then size; the TERYT id makes the choice stable."""
    local = 4.0 * context.communes.get(loc.gmina, 0.0) + 2.0 * context.counties.get(loc.powiat, 0.0)
    return (
        -local,
        _KIND_ORDER.get(loc.kind, 9),
        -context.voivodeships.get(loc.voivodeship, 0.0),
        -(loc.population or 0),
        float(loc.simc or 0),
    )


def unit_rank(unit: Unit, context: Context = EMPTY_CONTEXT) -> tuple[float, ...]:
    """The same key for a locality known only as a gmina name (no SIMC row of an accepted kind)."""
    local = 4.0 * context.communes.get(unit.name, 0.0)
    return (-local, len(_KIND_ORDER), -context.voivodeships.get(unit.voivodeship, 0.0), 0.0, float(unit.code))


@dataclass(frozen=True, slots=True)
class _Homonyms:
    """The localities of one name, prepared so that ranking them in an article's context does not
    visit every one ("Dąbrowa" has over a hundred): the gminas and powiats where they lie, and the
    first of each (kind, voivodeship) group by :func:`locality_rank`'s context-free remainder."""

    gminas: frozenset[str]
    powiats: frozenset[str]
    # (kind order, voivodeship, -population, SIMC id, position in the localities, locality)
    groups: tuple[tuple[int, str, int, float, int, Locality], ...]


@functools.lru_cache(maxsize=65_536)
def _homonyms(key: str, kinds: frozenset[str]) -> _Homonyms:
    best: dict[tuple[int, str], tuple[int, float, int, Locality]] = {}
    locs = _localities(key, kinds)
    for index, loc in enumerate(locs):
        group = (_KIND_ORDER.get(loc.kind, 9), loc.voivodeship)
        entry = (-(loc.population or 0), float(loc.simc or 0), index, loc)
        if group not in best or entry[:3] < best[group][:3]:
            best[group] = entry
    return _Homonyms(
        frozenset(loc.gmina for loc in locs),
        frozenset(loc.powiat for loc in locs),
        tuple((kind, voiv, *entry) for (kind, voiv), entry in best.items()),
    )


def _nowhere_local(homonyms: _Homonyms, context: Context) -> bool:
    """No homonym lies in a gmina or powiat the context names: the first field of every
    :func:`locality_rank` is then zero."""
    return homonyms.gminas.isdisjoint(context.communes) and homonyms.powiats.isdisjoint(context.counties)


def is_local(name: str, context: Context) -> bool:
    """A locality of this name lies in a gmina or powiat the context names or places."""
    if _nowhere_local(_homonyms(name.casefold(), LOCALITY_KINDS), context):
        return False
    return any(locality_rank(loc, context)[0] < 0 for loc in localities(name))


def choose_locality(
    name: str, context: Context = EMPTY_CONTEXT, kinds: frozenset[str] = LOCALITY_KINDS
) -> Locality | None:
    """The most plausible referent of a name among its homonyms (see :func:`locality_rank`)."""
    cands = localities(name, kinds)
    if not cands:
        return None
    homonyms = _homonyms(name.casefold(), kinds)
    if _nowhere_local(homonyms, context):
        # the same minimum (the first of equals, by position) from one entry per group
        voivodeships = context.voivodeships
        return min(homonyms.groups, key=lambda g: (g[0], -voivodeships.get(g[1], 0.0), g[2], g[3], g[4]))[5]
    return min(cands, key=lambda loc: locality_rank(loc, context))


def choose_unit(units: Sequence[Unit], context: Context = EMPTY_CONTEXT) -> Unit | None:
    """Among same-named powiats or gminas, the one in a powiat, then a voivodeship, the article
    names (else the first in TERYT order)."""
    if not units:
        return None
    gz = gazetteer()

    def key(u: Unit) -> tuple[float, float, int]:
        county = gz.unit(u.code[:4]) if len(u.code) > 4 else None
        in_county = context.counties.get(county.name, 0.0) if county else 0.0
        return (in_county, context.voivodeships.get(u.voivodeship, 0.0), -units.index(u))

    return max(units, key=key)


@functools.lru_cache(maxsize=16_384)
def city_of_adjective(form: str) -> Locality | None:
    """The town that ``form`` is an adjective of, as in "Uniwersytet Rzeszowski", "sala
    Świebodzińskiego Domu Kultury": the town of a venue that names no locality. A city with powiat
    rights ("Rzeszowskiego" -> Rzeszów), else the seat of the one powiat the adjective names
    ("Świebodzińskiego" -> Świebodzin; "bielski" names two powiats and gives none)."""
    gz = gazetteer()
    for reading in morph.analyse(form.lower()):
        if reading.pos != "adj":
            continue
        city = CITY_ADJECTIVES.get(reading.lemma)
        if city is None:
            seat = _powiat_seat(reading.lemma)
            if seat is not None:
                return seat
            continue
        for unit in gz.counties(city):
            if unit.kind != "powiat":  # the city itself, not the land powiat around it
                return next((loc for loc in gz.localities(city) if loc.terc.startswith(unit.code)), None)
    return None


@functools.lru_cache(maxsize=4_096)
def _powiat_seat(adjective: str) -> Locality | None:
    """The town of the only land powiat named ``adjective`` whose gmina's name begins as the
    adjective does ("świebodziński" -> Świebodzin, "łowicki" -> Łowicz, "kościerski" -> Kościerzyna).
    None when several powiats share the name or no gmina of it begins so."""
    gz = gazetteer()
    powiats = [u for u in gz.counties(adjective) if u.kind == "powiat"]
    if len(powiats) != 1:
        return None
    stem = fold(adjective)[:SEAT_PREFIX]
    seats = [g for g in gz.communes_in(powiats[0].code) if fold(g.name).startswith(stem) and g.code[-1] in "13"]
    names = {g.name for g in seats}
    if len(names) != 1:
        return None
    name = names.pop()
    towns = [
        loc for loc in gz.localities(name) if loc.kind == "miasto" and (loc.terc or "").startswith(powiats[0].code)
    ]
    return towns[0] if len(towns) == 1 else None


def locality_value(loc: Locality) -> dict[str, Any]:
    """A ``Place`` value dict (field names of the record model) for a gazetteer locality."""
    return {
        "name": loc.name,
        "kind": "locality",
        "voivodeship": loc.voivodeship,
        "county": loc.powiat,
        "commune": loc.gmina,
        "teryt_simc": loc.simc,
        "teryt_terc": loc.terc,
        "lat": loc.lat,
        "lon": loc.lon,
    }


def commune_locality_value(unit: Unit) -> dict[str, Any]:
    """A locality known only as a gmina's name (TERYT lists the seat under a longer name, as
    "Piątnica Poduchowna" for gmina Piątnica): the gmina's data, no SIMC id."""
    return {
        **commune_value(unit),
        "kind": "locality",
        "commune": unit.name,
        "teryt_simc": None,
        "lat": None,
        "lon": None,
    }


def commune_value(unit: Unit) -> dict[str, Any]:
    """A ``Place`` value dict for a gmina, with the powiat it belongs to (TERC's first 4 digits)."""
    county = gazetteer().unit(unit.code[:4])
    return {
        "name": unit.name,
        "kind": "commune",
        "voivodeship": unit.voivodeship,
        "county": county.name if county else None,
        "teryt_terc": unit.code,
    }


def county_value(unit: Unit) -> dict[str, Any]:
    return {"name": unit.name, "kind": "county", "voivodeship": unit.voivodeship, "teryt_terc": unit.code}


# ---------------------------------------------------------------- venue phrases


def same_case(model: str, word: str) -> str:
    """``word`` with the initial letter case of ``model``."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word[:1].lower() + word[1:]


@functools.lru_cache(maxsize=65_536)
def is_adjective(form: str, case: str, gender: str) -> bool:
    """True if the word (the last part of a compound) is an adjective in this case and gender
    (cached: each reading's tag is split on every ``has``)."""
    last = form.rpartition("-")[2]
    return any(r.pos == "adj" and r.has(case) and r.has(gender) for r in morph.analyse(last))


@functools.lru_cache(maxsize=65_536)
def nominative_adjective(form: str, gender: str) -> str:
    """Nominative singular of an adjective in ``gender``; a compound keeps its first part
    ("Pałacowo-Parkowym" -> "Pałacowo-Parkowy"); other words are returned unchanged."""
    prefix, _, last = form.rpartition("-")
    adj = [r for r in morph.analyse(last) if r.pos == "adj"]
    if not adj:
        return form
    noms = adjective_nominatives(adj[0].lemma, frozenset({"sg"}), frozenset({gender}))
    if not noms:
        return form
    return (prefix + "-" if prefix else "") + same_case(last, noms[0])

"""``kn_places``: every place an article names, normalised: localities, voivodeships, powiats,
gminas, countries and venues.

Why it works the way it does (no pretrained Polish model is allowed):

* **Candidates** are capitalised words and short runs of them ("Zielonej Górze", "Nakle nad
  Notecią", "Tomaszowie Maz."). Their nominative comes from :mod:`kooperacja_nlp.places_resolve`
  (Morfeusz readings combined where cases agree) and only names the TERYT gazetteer knows survive,
  so the output is always the official spelling.
* **Context decides how much evidence is needed.** After a preposition governing a place ("w", "z",
  "do", "k.", ...) in the right case, after "gmina"/"miasto", an office ("Burmistrz Gogolina") or
  a local body's acronym ("GOPS Kartuzy"), and in lists continuing such a phrase ("w Toruniu,
  Olsztynie i Gdańsku"), a word Morfeusz knows as a geographic name, or does not know at all
  (small villages, de-inflected by suffix rules), is enough. Without a cue the word must be a
  geographic name of a town and nothing else must explain it (a first name before a surname,
  "ul. Gdańska", "im. Jana Pawła II", "nad Wisłą", a region, a country, a foreign city).
  A capitalised word that Morfeusz knows only as a common noun ("w Ośrodku", "w Centrum") is never
  a place: capitals mid-sentence mostly mark organisation names.
* **Homonyms** (40 places are called "Zielona Góra") are resolved after the whole article is read:
  the voivodeships, powiats and gminas it names, and the unambiguous towns it mentions, vote; a
  gmina name shared by several gminas goes to the one where the article's other villages lie. A
  qualifier written right after the name ("Sędek (gm. Łagów)", "Łagów (woj. lubuskie)") binds it.
* Voivodeships are matched on their adjectives after "województwo"/"woj." (lists, misspellings),
  before an administrative noun ("świętokrzyskie gminy") or on their own ("Świętokrzyskie:"); an
  adjective that only belongs to an organisation's name ("Mazowieckie Centrum") is not one.

Span conventions (read by ``extractors`` and the event builder): one span per mention, value keys
are ``Place`` fields. ``locality`` spans cover the name only ("Toruniu"); ``commune`` spans cover
"gmina Kcynia" (the locality "Kcynia" inside it gets its own span); ``county`` spans cover the
adjective ("nakielskiego"); ``voivodeship`` spans the adjective; ``country`` the name; ``venue``
spans run from the venue's head noun to the end of the locality that follows it, if any ("sali
konferencyjnej Hotelu Mercure w Toruniu"), so the event builder finds the locality inside; their
``name`` is the venue phrase with its head in the nominative ("sala konferencyjna Hotelu Mercure w
Toruniu") and the locality's administrative fields are copied onto the venue. Words in quotation
marks (a project's title: „Rodzina w centrum – …”) and page-navigation lines ("Następny wpis: Ferie
w świetlicy »") give no venues; a phrase never ends on a pronoun waiting for its noun ("jednego").
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress, product, repeat
from types import MappingProxyType
from typing import Any, Final, NamedTuple

from rapidfuzz.distance import Levenshtein
from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp import places_resolve as pr
from kooperacja_nlp.components.base import Found, KnComponent, text_of
from kooperacja_nlp.gazetteer import Locality, Unit, gazetteer
from kooperacja_nlp.lang.dates import URL_RE
from kooperacja_nlp.lang.places import (
    ABBREVIATED_ADJECTIVES,
    ABBREVIATION_MAX_LENGTH,
    ADMIN_ABBREVIATIONS,
    ADMIN_ADJECTIVES,
    ADMIN_NOUNS,
    APPOSITION_RE,
    BLOCKING_WORDS,
    COMMON_LABEL,
    COUNTRIES,
    COUNTY_ANCHORS,
    COUNTY_HARD_ENDINGS,
    COUNTY_ITEM_RE,
    COUNTY_SOFT_ENDINGS,
    COUNTY_TRIGGER_RE,
    CUE_ABBREVIATION_MAX_LETTERS,
    FOREIGN_CITIES,
    FOREIGN_CITY_COUNTRIES,
    GENITIVE_HEAD_NOUNS,
    GMINA_ACRONYMS,
    ITEM_DATE_MAX_TOKENS,
    ITEM_DATE_WORDS,
    LIST_INTRO_CONTAINERS,
    LIST_INTRO_MAX,
    LIST_INTRO_WORDS,
    LIST_JOINERS,
    LOCALITY_KINDS,
    LOCATIVE_PREPOSITIONS,
    NAME_CONNECTORS,
    NAME_PREPOSITIONS,
    NAVIGATION_LINE_RE,
    OFFICE_NOUNS,
    PERIOD_PREPOSITIONS,
    PLACE_ACRONYMS,
    PLACE_FIELD_LABELS,
    PREPOSITION_CASES,
    REGIONS,
    RIVERS,
    SHORT_FORMS,
    SQUARE_NAMES,
    STRONG_PREPOSITIONS,
    TOKEN_RE,
    TOKEN_SPLIT_RE,
    TOWN_KINDS,
    TRAILING_UNIT_WORDS,
    VENUE_CONJUNCTIONS,
    VENUE_DETERMINERS,
    VENUE_HEADS,
    VENUE_IDIOMS,
    VENUE_LINKS,
    VENUE_LOWERCASE_COMPLEMENTS,
    VENUE_PARTITIVE_PREPOSITIONS,
    VENUE_PARTITIVES,
    VENUE_PREPOSITIONS,
)
from kooperacja_nlp.lang.roles import ROLE_LEMMAS
from kooperacja_nlp.lang.voivodeships import (
    ADJECTIVE_ENDINGS,
    BEFORE_NOUN_LOWER_RE,
    BEFORE_NOUN_RE,
    CASELESS_EXCEPTIONS,
    FUZZY_MAX_DISTANCE,
    FUZZY_MIN_LENGTH,
    ITEM_RE,
    LIST_SEP_RE,
    NAME_FOLLOWS_RE,
    NOUN_LOWER_RE,
    NOUN_RE,
    PREP_NOUN_LOWER_RE,
    PREP_NOUN_MAX,
    PREP_NOUN_RE,
    REGION_ANCHOR,
    REGION_RE,
    SINGLE_ITEM_RE,
    STEM_ANCHORS,
    TRIGGER_ANCHOR,
    TRIGGER_LOWER_RE,
    TRIGGER_RE,
    VOIVODESHIP_STEMS,
)
from kooperacja_nlp.normalize import fold
from kooperacja_nlp.page import in_widget, widget_spans

_VENUE_PUNCT: Final[frozenset[str]] = frozenset('„”"“«»-–')  # inside a venue phrase
_CLOSING: Final[frozenset[str]] = frozenset('”"»')
# Quotation marks: what they enclose is a title (a project's, an event's), never a venue phrase.
_QUOTE_OPENERS: Final[frozenset[str]] = frozenset('„“«»"')
_QUOTE_CLOSERS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {"„": frozenset('”“"'), "“": frozenset('”"'), "«": frozenset("»"), "»": frozenset("«"), '"': frozenset('"”')}
)
_COURTESY: Final[frozenset[str]] = frozenset({"pan", "pani", "państwo"})
_MAX_QUOTED: Final[int] = 60  # tokens; an unclosed quotation mark does not swallow a whole line
_DASHES: Final[frozenset[str]] = frozenset("-–—‐")
# what sets a schedule line's place apart from its date: "25 maja – Smarklice", "18.01.2023 r. | Głogówek"
_ITEM_PLACE_SEPARATORS: Final[frozenset[str]] = frozenset({*_DASHES, "|"})
_NOUN_POS: Final[frozenset[str]] = frozenset({"subst", "depr"})
_MASCULINE_ENDINGS: Final[tuple[str, ...]] = ("i", "y")
# Fields a venue copies from the locality named in it.
_LOCATION_FIELDS: Final[tuple[str, ...]] = (
    "voivodeship",
    "county",
    "commune",
    "teryt_simc",
    "teryt_terc",
    "lat",
    "lon",
)
MAX_NAME_WORDS: Final[int] = 4  # "Nowe Miasto nad Pilicą" has four words
LARGE_TOWN: Final[int] = 50_000  # a sentence-initial name with a common-noun reading must be this big
_OPENERS: Final[frozenset[str]] = frozenset("„\"“«»([‘'")
_SENTENCE_ENDS: Final[frozenset[str]] = frozenset(".!?…:•*►|–—-")
_CONTEXT_TOWN: Final[int] = 20_000  # a town this big is "the" one of its name, safe as context


def _case_variants(word: str) -> frozenset[str]:
    """Every string whose ``lower()`` is ``word`` (a lower-case ASCII word): each letter as it is
    or upper-cased, and the Kelvin sign for "k", the only non-ASCII character (Python 3.11's Unicode
    tables) whose lower case is an ASCII letter."""
    choices = [{c, c.upper(), *(("\u212a",) if c == "k" else ())} for c in word]
    return frozenset(map("".join, product(*choices)))


# The venue prepositions in every case ("w", "W", "Na", "NA"): which tokens are one is then a set
# lookup per token, in C, instead of ``lower()`` per token in Python.
_VENUE_PREPOSITION_FORMS: Final[frozenset[str]] = frozenset().union(*map(_case_variants, VENUE_PREPOSITIONS))


@Language.factory("kn_places", assigns=["doc.spans", "span._.kn_place"])
def make_places(nlp: Language, name: str) -> PlaceFinder:
    return PlaceFinder(nlp, name)


class _Tok(NamedTuple):
    """One token of TOKEN_RE. A named tuple (not a dataclass) because :func:`tokenize` builds all of
    a document's tokens at C speed (``tuple.__new__`` over zipped columns, no ``__init__`` call per
    token); fields are read through C descriptors, as fast as slots."""

    text: str
    start: int
    end: int
    word: bool
    nl: bool  # a line break separates it from the previous token
    cap: bool  # a word with a capital initial: read for every token by several passes, so computed once


class _Cue(NamedTuple):
    """Why a place is expected here: ``kind`` prep/admin/office/acronym, the cases it governs
    (empty = any), whether it names a gmina, and where the cue word starts (commune spans).
    A named tuple: one is made for most capitalised names, and a frozen dataclass's ``__init__``
    (``object.__setattr__`` per field) costs several times more."""

    kind: str
    cases: frozenset[str]
    gmina: bool = False
    start: int = 0
    prep: str = ""


@dataclass(frozen=True, slots=True)
class _DocInfo:
    """Article-wide evidence against place readings: nouns it uses as common nouns, surnames it
    introduces with a first name."""

    common_nouns: frozenset[str]
    surnames: frozenset[str]


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    keys: list[str]  # casefolded nominative names it may be (context chooses)
    kind: str  # locality | country | foreign (a city abroad)
    strong: bool
    gmina_start: int | None = None  # a "gmina X" phrase starts here (commune span)
    cases: frozenset[str] = frozenset()  # cases of the accepted reading (list coordination)
    value: dict[str, Any] = field(default_factory=dict)


_Slot = tuple[str, str]


@dataclass(frozen=True, slots=True)
class _Within:
    """Where a written qualifier puts a locality: gminas (6-digit TERC), powiats (name,
    voivodeship), a voivodeship; ``None`` = not said."""

    gminas: frozenset[str] | None
    powiats: frozenset[tuple[str, str]] | None
    voivodeship: str | None

    def admits(self, loc: Locality) -> bool:
        return (
            (self.gminas is None or (loc.terc or "")[:6] in self.gminas)
            and (self.powiats is None or (loc.powiat, loc.voivodeship) in self.powiats)
            and (self.voivodeship is None or loc.voivodeship == self.voivodeship)
        )


@functools.cache
def _folded_stems() -> dict[str, str]:
    """Voivodeship adjective stems folded like the text they are compared with."""
    return {fold(stem): name for stem, name in VOIVODESHIP_STEMS.items()}


def _plain(word: str) -> str:
    """The word without Polish diacritics ("śląsk" -> "slask"): texts typed without them."""
    return unicodedata.normalize("NFKD", word.replace("ł", "l")).encode("ascii", "ignore").decode()


def _lowered(text: str) -> str | None:
    """``text.lower()`` if the ``*_LOWER_RE`` patterns find on it exactly what the IGNORECASE ones
    find on ``text`` (same length, none of CASELESS_EXCEPTIONS), else ``None``."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in CASELESS_EXCEPTIONS):
        return None
    return low


@functools.cache
def _plain_stems() -> dict[str, str]:
    return {_plain(stem): name for stem, name in _folded_stems().items()}


@functools.lru_cache(maxsize=65_536)
def _candidates(slots: tuple[_Slot, ...], joiners: tuple[str, ...]) -> list[pr.Candidate]:
    """Known names for a span of words (cached: the same forms recur across articles)."""
    readings: list[tuple[pr.Reading, ...]] = []
    for kind, form in slots:
        if kind == "abbr":
            readings.append(pr.abbreviation_readings(form))
        elif kind == "conn":
            readings.append((pr.Reading(form, frozenset(), pr.FORM),))
        else:
            readings.append(pr.readings(form))
    return pr.span_candidates(readings, joiners=joiners)


@dataclass(frozen=True, slots=True)
class _Tokens:
    """A document's tokens with the indices that the passes over them start from, so that a pass
    looking at capitalised words or line starts visits those only, not every token."""

    toks: list[_Tok]
    words: list[str]  # the tokens' texts
    caps: list[int]  # indices of the capitalised words, ascending
    heads: list[int]  # indices of the tokens that begin a line (token 0 and those after a break)
    others: list[int]  # indices of the tokens that are not words (punctuation, numbers)


def tokenize(text: str) -> _Tokens:
    """The text's tokens (TOKEN_RE), built column by column: each column is one ``map`` of a C
    function (no Python frame per token) and the tuples are made by ``map`` too, several times
    cheaper than a constructor call per token (an article has hundreds or thousands of tokens)."""
    parts = TOKEN_SPLIT_RE.split(text)  # [gap, token, its punctuation group, gap, token, ..., gap]
    del parts[2::3]  # [gap, token, gap, token, ..., gap]
    words = parts[1::2]
    bounds = list(accumulate(map(len, parts)))  # the end of each gap (a start) and of each token
    starts = bounds[0:-1:2]
    ends = bounds[1::2]
    firsts = list(map(operator.itemgetter(0), words))
    alpha = list(map(str.isalpha, firsts))
    caps = list(map(operator.and_, alpha, map(str.isupper, firsts)))  # a capital letter (not "Ⓐ")
    # Tokens never contain a line break (no token class matches whitespace), so each break lies
    # between two tokens and marks the first token after it.
    n = len(words)
    breaks = [False] * n
    heads = [0] if n else []
    pos = text.find("\n")
    while pos >= 0:
        k = bisect.bisect_left(starts, pos)
        if k >= n:
            break
        breaks[k] = True
        if k:
            heads.append(k)
        pos = text.find("\n", starts[k])  # the other breaks before token k mark it again
    toks = list(map(tuple.__new__, repeat(_Tok), zip(words, starts, ends, alpha, breaks, caps, strict=True)))
    others = list(compress(range(n), map(operator.not_, alpha)))
    return _Tokens(toks, words, list(compress(range(n), caps)), heads, others)


def _subject_title(interps: Sequence[morph.Interp]) -> bool:
    """A person's title in the nominative ("Wójt", "Dyrektor", "Pani"): after a venue it begins the
    clause's subject; in the genitive ("Biuro Rzecznika") it belongs to the venue's name."""
    lemmas = {r.lemma.lower() for r in interps}
    if lemmas & _COURTESY:
        return True
    m1 = [r for r in interps if r.has("m1") and r.lemma.lower() in ROLE_LEMMAS]
    return any(r.has("nom") for r in m1) and not any(r.has("gen") for r in m1)


# Per-form tests of the words of a venue phrase (``PlaceFinder._venue_end``), cached: each reads
# every Morfeusz reading of the word, and the same words recur ("Gminy", "Kultury", "wiejskiej").


@functools.lru_cache(maxsize=65_536)
def _subject_title_form(form: str) -> bool:
    return _subject_title(morph.analyse(form))


@functools.lru_cache(maxsize=65_536)
def _partitive(form: str) -> bool:
    """A numeral adjective a partitive "z" follows ("jednego z ...")."""
    return any(r.pos == "adj" and r.lemma in VENUE_PARTITIVES for r in morph.analyse(form))


@functools.lru_cache(maxsize=65_536)
def _adjectival(form: str) -> bool:
    return any(r.pos in {"adj", "adja"} for r in morph.analyse(form))


@functools.lru_cache(maxsize=65_536)
def _genitive_noun(form: str) -> bool:
    return any(r.pos == "subst" and r.has("gen") for r in morph.analyse(form))


def _lower_admin_noun(t: _Tok) -> bool:
    """ "miejscowości", "wsi", "gminie" in lower case, before a locality's name."""
    return t.word and t.text.islower() and bool(_noun_lemmas(t.text) & ADMIN_NOUNS)


def _dangling(t: _Tok) -> bool:
    """A word that cannot end a venue phrase: a pronoun or numeral adjective waiting for its noun
    ("jednego"), or the "z" of a partitive phrase left without its genitive."""
    return t.word and _dangling_form(t.text)


@functools.lru_cache(maxsize=65_536)
def _dangling_form(form: str) -> bool:
    if form[0].isupper():
        return False
    low = form.lower()
    if low in VENUE_PARTITIVE_PREPOSITIONS:
        return True
    return any(r.pos == "adj" and r.lemma in VENUE_DETERMINERS for r in morph.analyse(low))


@functools.lru_cache(maxsize=65_536)
def _venue_heads(form: str) -> frozenset[str]:
    """Venue head nouns (VENUE_HEADS) the form is the singular locative of ("sali" -> "sala")."""
    return frozenset(
        r.lemma.lower()
        for r in morph.analyse(form)
        if r.pos == "subst" and r.lemma.lower() in VENUE_HEADS and r.has("loc") and r.has("sg")
    )


@functools.lru_cache(maxsize=65_536)
def _adjective(form: str) -> bool:
    return any(r.pos == "adj" for r in morph.analyse(form))


def _skipped(text: str, tokens: _Tokens) -> list[bool]:
    """Which tokens give no venue: inside quotation marks (the marks included), within one line
    and at most _MAX_QUOTED tokens, or on a page-navigation line (NAVIGATION_LINE_RE, one match per
    line). Only punctuation and line starts can open, close or end a quotation, so only those
    tokens are visited (a word that ends one by distance is followed by a later token that would)."""
    toks = tokens.toks
    out = [False] * len(toks)
    opener: int | None = None
    for k in sorted({*tokens.others, *tokens.heads}):
        t = toks[k]
        if t.nl or (opener is not None and k - opener > _MAX_QUOTED):
            opener = None
        if t.word:
            continue
        mark = t.text[0]
        if opener is not None and mark in _QUOTE_CLOSERS[toks[opener].text[0]]:
            out[opener : k + 1] = [True] * (k + 1 - opener)
            opener = None
        elif opener is None and mark in _QUOTE_OPENERS:
            opener = k
    heads = tokens.heads
    for h, k in enumerate(heads):
        prev_end = toks[k - 1].end if k else 0
        line_start = text.rfind("\n", prev_end, toks[k].start) + 1  # 0 on the first line
        if NAVIGATION_LINE_RE.match(text, line_start) is not None:
            stop = heads[h + 1] if h + 1 < len(heads) else len(toks)
            out[k:stop] = [True] * (stop - k)
    return out


_token_start: Final[Callable[[_Tok], int]] = operator.attrgetter("start")


def _occurrences(text: str, needles: Iterable[str]) -> list[int]:
    """Sorted start offsets of every occurrence of the needles in ``text``, overlapping ones too."""
    out: set[int] = set()
    for needle in needles:
        pos = text.find(needle)
        while pos >= 0:
            out.add(pos)
            pos = text.find(needle, pos + 1)
    return sorted(out)


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, given (sorted) every offset where a match of it may
    begin: the pattern is tried at those only, skipping the ones inside an earlier match as finditer
    does. ``match`` at an offset still sees the text before it (look-behinds, ``\\b``), so each try
    is the one finditer would make there. None of the patterns matches the empty string."""
    out: list[re.Match[str]] = []
    end = 0
    for pos in starts:
        if pos >= end and (m := pattern.match(text, pos)) is not None:
            out.append(m)
            end = m.end()
    return out


def _preposition_starts(text: str, stems: Sequence[int]) -> list[int]:
    """Where a PREP_NOUN match may begin, given where the adjectives may: a preposition (at most
    PREP_NOUN_MAX letters) ends where the whitespace before the adjective begins."""
    out: set[int] = set()
    for q in stems:
        j = q
        while j > 0 and text[j - 1].isspace():  # runs before different stems never overlap
            j -= 1
        if j < q:
            out.update(range(max(0, j - PREP_NOUN_MAX), j))
    return sorted(out)


@functools.lru_cache(maxsize=65_536)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(lemma.casefold() for lemma in morph.lemmas(word))


@functools.lru_cache(maxsize=262_144)
def _noun_lemmas(form: str) -> frozenset[str]:
    """Lemmas of a lower-case word's noun readings; none if it may be a preposition ("koło")."""
    interps = morph.analyse(form)
    if any(i.pos == "prep" for i in interps):
        return frozenset()
    return frozenset(i.lemma.casefold() for i in interps if i.pos in _NOUN_POS)


@functools.lru_cache(maxsize=65_536)
@functools.lru_cache(maxsize=16_384)
def _is_adjective(word: str) -> bool:
    """Every reading of the word is an adjective ("ościennych", "partnerskie")."""
    readings = morph.analyse(word)
    return bool(readings) and all(r.pos == "adj" for r in readings)


def _title_after_courtesy(toks: Sequence[_Tok], i: int) -> bool:
    """Token ``i`` is a person's title after "Pan"/"Pani" ("Pani Wójt", "Pana Burmistrza"): the
    courtesy word is no street or patron word then, and the names after the title are read."""
    prev = toks[i - 1]
    return bool(prev.word and _lemmas(prev.text) & _COURTESY and _lemmas(toks[i].text) & ROLE_LEMMAS)


def _blocking(word: str) -> bool:
    """The word (an abbreviation with its period) begins a street or patron name: "ul.", "im."."""
    low = word.rstrip(".").lower()
    return low in BLOCKING_WORDS and not (word[0].isupper() and low == "nad")


@dataclass(frozen=True, slots=True)
class _WordCue:
    """What the word before a name says by itself, cached per form; ``PlaceFinder._cue`` adds what
    its position says. ``kind`` as in _Cue ("" = none, the word is only an administrative adjective);
    ``final``: a preposition, acronym or abbreviation, decided before any lemma is looked at."""

    kind: str
    cases: frozenset[str] = frozenset()
    gmina: bool = False
    prep: str = ""
    final: bool = False
    admin_adjective: bool = False  # "Gminy Miejskiej Tczew": the cue may be the word before it


@functools.lru_cache(maxsize=65_536)
def _word_cue(word: str) -> _WordCue | None:
    bare = word.rstrip(".")
    low = bare.lower()
    if low in PREPOSITION_CASES and (low not in PERIOD_PREPOSITIONS or word.endswith(".")):
        return _WordCue("prep", PREPOSITION_CASES[low], prep=low, final=True)
    if bare in PLACE_ACRONYMS:
        return _WordCue("acronym", frozenset({"nom"}), gmina=bare in GMINA_ACRONYMS, final=True)
    if low in ADMIN_ABBREVIATIONS and word.endswith("."):  # "Gm. Tuchola", "m. Kalisz"
        return _WordCue("admin", frozenset({"nom", "gen"}), gmina=ADMIN_ABBREVIATIONS[low], final=True)
    lemmas = _lemmas(bare)
    adjective = bool(lemmas & ADMIN_ADJECTIVES)
    if lemmas & ADMIN_NOUNS:
        return _WordCue("admin", frozenset({"nom", "gen"}), gmina="gmina" in lemmas, admin_adjective=adjective)
    if lemmas & GENITIVE_HEAD_NOUNS:
        return _WordCue("office", frozenset({"gen"}), admin_adjective=adjective)
    return _WordCue("", admin_adjective=True) if adjective else None


_LETTERS_RE: Final[re.Pattern[str]] = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=65_536)
def _office_and_surname(office: str, word: str) -> bool:
    """An office holder's title and a surname in the same case ("wiceprezydent Wieczorek"), not a
    title with its town in the genitive ("Prezydent Kalisza", "sołtysce Szreniawy")."""
    titles = [r for r in morph.analyse(office.rstrip(".")) if r.lemma.lower() in OFFICE_NOUNS]
    surnames = [r for r in morph.analyse(word) if "nazwisko" in r.labels and r.has("sg")]
    return any(t.has(case) and s.has(case) for t in titles for s in surnames for case in _CASE_NAMES)


_CASE_NAMES: Final[tuple[str, ...]] = ("nom", "gen", "dat", "acc", "inst", "loc")


@functools.lru_cache(maxsize=65_536)
def _genitive_only(word: str) -> bool:
    """Every reading a genitive noun: an attribute of the word before ("Koła Gospodyń", "Klubu
    Seniorów"), while "Pani", "Urząd" may start a new phrase."""
    interps = morph.analyse(word)
    return bool(interps) and all(r.pos in _NOUN_POS and r.has("gen") for r in interps)


@functools.lru_cache(maxsize=65_536)
def _person_noun(word: str) -> bool:
    """A common noun naming a person ("dyrektor", "prezes")."""
    return any(
        r.pos == "subst" and r.has("m1") and (not r.labels or COMMON_LABEL in r.labels) for r in morph.analyse(word)
    )


@functools.lru_cache(maxsize=65_536)
def _title_head_lemmas(form: str) -> frozenset[str]:
    """The common-noun lemmas of a capitalised word that may head a title ("Modelu Kooperacji"),
    none if it is no common noun (what ``PlaceFinder._doc_info`` adds for it)."""
    info = pr.word_info(form)
    return info.common_lemmas if info.common else frozenset()


@functools.lru_cache(maxsize=65_536)
def _title_follower(form: str) -> bool:
    """A capitalised word that may continue a title after its head noun: a common noun or a mere
    adjective, not a street or patron word ("ul.", "im.") nor an acronym."""
    if form.lower() in BLOCKING_WORDS or form.isupper():
        return False
    follower = pr.word_info(form)
    return follower.common or follower.adjective_only


@dataclass(frozen=True, slots=True)
class _NameFacts:
    """What the gazetteer says about a candidate name, cached per name."""

    keys: tuple[str, ...]  # the name and the full names it is a short form of
    localities: bool  # some key names a locality
    known: bool  # a locality of a key, or a gmina of the name
    towns: bool  # some of those localities are towns
    town_population: int  # the largest town's population (0 without towns)
    gmina: bool  # a gmina has the name itself


class _Referent(NamedTuple):
    """The best referent of one name of a mention, as ``PlaceFinder._resolve`` compares them."""

    rank: tuple[float, ...]  # ``locality_rank`` / ``unit_rank`` in the article's context
    town: bool
    big: bool  # a town of at least LARGE_TOWN people
    value: dict[str, Any]
    unit: Any  # the gmina of "gmina X", or None

    @property
    def local(self) -> bool:
        """In a gmina or powiat the article names (the rank's first field)."""
        return self.rank[0] < 0


@functools.lru_cache(maxsize=65_536)
def _name_facts(key: str) -> _NameFacts:
    keys = (key, *(full.casefold() for full in SHORT_FORMS.get(key, ())))
    locs = [loc for k in keys for loc in pr.localities(k)]
    towns = [loc for loc in locs if loc.kind in TOWN_KINDS]
    gmina = bool(gazetteer().communes(key))
    return _NameFacts(
        keys,
        bool(locs),
        bool(locs) or gmina,
        bool(towns),
        max((loc.population or 0) for loc in towns) if towns else 0,
        gmina,
    )


@functools.lru_cache(maxsize=65_536)
def _sure_locality(key: str) -> Locality | None:
    """The locality a name means wherever it is written: the only one, or the only sizeable town."""
    locs = pr.localities(key)
    sure = locs[0] if len(locs) == 1 else None
    towns = [loc for loc in locs if loc.kind in TOWN_KINDS and (loc.population or 0) >= _CONTEXT_TOWN]
    if len(towns) == 1:
        sure = towns[0]
    return sure


def _foreign_value(key: str) -> dict[str, Any]:
    """A city abroad as a locality with its country and no Polish administrative data."""
    name = " ".join(part.capitalize() for part in key.split(" "))  # "nowy jork" -> "Nowy Jork"
    return {"name": name, "kind": "locality", "country": FOREIGN_CITY_COUNTRIES[key]}


class PlaceFinder(KnComponent):
    span_group = "kn_places"

    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name)
        # Load the gazetteer and its name-prefix index now (~0.5 s), in ``load()``, so that the
        # first article is not slower than the rest; each worker process does it once.
        pr.warm_up()

    def find(self, doc: Doc) -> list[Found]:
        text = text_of(doc)  # ``doc.text`` rebuilds the string from every token on each access
        tokens = tokenize(text)
        toks = tokens.toks
        voivs = self._voivodeships(text, toks)
        county_items = self._counties(text)
        mentions = self._localities(tokens, text)
        # a page's sidebar or calendar names other pages' places: they say nothing of this article's
        # region ("30 listopada – Forum w Bielsku Podlaskim" must not make "w Augustowie" a village
        # of powiat bielski)
        told = [m for m in mentions if not in_widget(text, m.start)] if widget_spans(text) else mentions
        context = self._context(voivs, county_items, told)
        within = self._appositions(text, mentions, voivs, county_items)
        found: list[Found] = list(voivs)
        # A name recurs in an article ("Toruń" in the title, the lead and the body): resolved once
        # per (names, gmina phrase, qualifier), each mention getting its own copy of the value.
        resolved: dict[tuple[tuple[str, ...], bool, _Within | None], tuple[dict[str, Any] | None, Any]] = {}
        for start, end, units in county_items:
            unit = pr.choose_unit(units, context)
            if unit is not None:
                found.append(Found(start, end, pr.county_value(unit)))
        for m in mentions:
            if m.kind == "country":
                found.append(Found(m.start, m.end, {"name": COUNTRIES[m.keys[0]], "kind": "country"}))
                continue
            if m.kind == "foreign":
                found.append(Found(m.start, m.end, _foreign_value(m.keys[0])))
                continue
            memo_key = (tuple(m.keys), m.gmina_start is not None, within.get(m.start))
            hit = resolved.get(memo_key)
            if hit is None:
                hit = resolved[memo_key] = self._resolve(m.keys, context, gmina=memo_key[1], within=memo_key[2])
            value, unit = hit
            if value is None:
                continue
            value = dict(value)
            m.value = value
            found.append(Found(m.start, m.end, value))
            if m.gmina_start is not None and unit is not None:
                found.append(Found(m.gmina_start, m.end, pr.commune_value(unit)))
        found.extend(self._venues(text, tokens, mentions))
        return found

    # ------------------------------------------------------------------ voivodeships

    @staticmethod
    @functools.lru_cache(maxsize=16_384)
    def _voivodeship_of(word: str) -> str | None:
        """Map an adjective form, possibly misspelt, to its voivodeship ("Kujawsko – Pomorskiego",
        "zachodnio-pomorskie", "kujawsko-komorskiego"). Cached: the same forms recur, and a form
        that matches no stem is compared with every stem by edit distance."""
        low = fold(word)  # dashes to spaces: "kujawsko pomorskiego"
        for ending in ADJECTIVE_ENDINGS:
            if not low.endswith(ending):
                continue
            stem = low[: len(low) - len(ending)]
            stems = _folded_stems()
            if stem in stems:
                return stems[stem]
            if _plain(stem) in _plain_stems():  # "województwa slaskiego"
                return _plain_stems()[_plain(stem)]
            if len(stem) >= FUZZY_MIN_LENGTH:
                for known, name in stems.items():
                    if Levenshtein.distance(stem, known, score_cutoff=FUZZY_MAX_DISTANCE) <= FUZZY_MAX_DISTANCE:
                        return name
        return None

    def _voivodeship_list(self, text: str, start: int, add: Callable[[int, int, str], None]) -> None:
        """The voivodeship adjectives listed from ``start`` ("lubelskie, podkarpackie i podlaskie")."""
        pos = start
        while True:
            item = ITEM_RE.match(text, pos)
            name = self._voivodeship_of(item.group()) if item else None
            if name is None:  # "Kujawsko Pomorskie" without the hyphen, or a single word
                item = SINGLE_ITEM_RE.match(text, pos)
                name = self._voivodeship_of(item.group()) if item else None
            if item is None or name is None:
                break
            if pos != start and NAME_FOLLOWS_RE.match(text, item.end()):
                break  # "Województwa Lubuskiego oraz Lubuski Urząd Wojewódzki": a name begins
            add(item.start(), item.end(), name)
            sep = LIST_SEP_RE.match(text, item.end())
            if sep is None:
                break
            pos = sep.end()

    def _voivodeships(self, text: str, toks: Sequence[_Tok]) -> list[Found]:
        out: list[Found] = []
        seen: set[int] = set()

        def add(start: int, end: int, name: str) -> None:
            if start not in seen:
                seen.add(start)
                out.append(Found(start, end, {"name": name, "kind": "voivodeship"}))

        # the case-insensitive patterns run on a lower-cased copy if it keeps the offsets (5x faster);
        # the words themselves are always read from ``text``
        low = _lowered(text)
        where = text if low is None else low
        trigger, prep_noun, before_noun, noun = (
            (TRIGGER_RE, PREP_NOUN_RE, BEFORE_NOUN_RE, NOUN_RE)
            if low is None
            else (TRIGGER_LOWER_RE, PREP_NOUN_LOWER_RE, BEFORE_NOUN_LOWER_RE, NOUN_LOWER_RE)
        )
        if low is None:
            triggers, prep_nouns = list(trigger.finditer(where)), list(prep_noun.finditer(where))
            before_nouns, nouns = list(before_noun.finditer(where)), list(noun.finditer(where))
        else:  # the patterns are tried only where str.find saw how a match of theirs begins
            triggers = _matches_at(trigger, where, _occurrences(where, (TRIGGER_ANCHOR,)))
            stems = _occurrences(where, STEM_ANCHORS)
            prep_nouns = _matches_at(prep_noun, where, _preposition_starts(where, stems))
            before_nouns, nouns = _matches_at(before_noun, where, stems), _matches_at(noun, where, stems)
        regions = _matches_at(REGION_RE, text, _occurrences(text, (REGION_ANCHOR,)))
        for trig in triggers:
            self._voivodeship_list(text, trig.end(), add)
        for m in prep_nouns:
            self._voivodeship_list(text, m.start("adj"), add)
        for m in (*before_nouns, *regions):
            name = self._voivodeship_of(text[m.start("adj") : m.end("adj")])
            if name:
                add(m.start("adj"), m.end("adj"), name)
        for m in nouns:
            word = text[m.start("adj") : m.end("adj")]
            if not word[0].isupper():
                continue
            # the token starting where the match does (tokens are in text order), if any
            i = bisect.bisect_left(toks, m.start(), key=_token_start)
            if i == len(toks) or toks[i].start != m.start():
                continue
            j = i + sum(1 for _ in TOKEN_RE.finditer(word))
            nxt = toks[j] if j < len(toks) else None
            if nxt is not None and nxt.cap and not nxt.nl:
                continue  # "Mazowieckie Centrum Polityki Społecznej": part of a name
            prev = toks[i - 1] if i > 0 else None
            if (
                prev is not None
                and prev.cap
                and prev.text.lower() not in PREPOSITION_CASES
                and not toks[i].nl
                and not self._sentence_initial(toks, i)
            ):
                continue  # "Uniwersytetu Łódzkiego" (but "W Lubuskiem")
            name = self._voivodeship_of(word)
            if name:
                add(m.start("adj"), m.end("adj"), name)
        return out

    # ------------------------------------------------------------------ powiats

    def _counties(self, text: str) -> list[tuple[int, int, tuple[Unit, ...]]]:
        """Powiat adjectives after "powiat"/"powiatu"/"powiaty: ..." with their candidate units
        (same-named powiats exist in several voivodeships; the caller chooses in context)."""
        gz = gazetteer()
        out: list[tuple[int, int, tuple[Unit, ...]]] = []
        for trig in _matches_at(COUNTY_TRIGGER_RE, text, _occurrences(text, COUNTY_ANCHORS)):
            pos = trig.end()
            while True:
                item = COUNTY_ITEM_RE.match(text, pos)
                if item is None:
                    break
                units: tuple[Unit, ...] = ()
                for nom in self._county_nominatives(item.group()):
                    units = tuple(u for u in gz.counties(nom) if u.kind == "powiat")
                    if units:
                        break
                if not units:
                    break
                out.append((item.start(), item.end(), units))
                sep = LIST_SEP_RE.match(text, item.end())
                if sep is None:
                    break
                pos = sep.end()
        return out

    @staticmethod
    def _county_nominatives(phrase: str) -> list[str]:
        """Masculine nominative of a powiat adjective ("nakielskiego" -> "nakielski"); two-word
        names keep both words ("łódzkiego wschodniego" -> "łódzki wschodni")."""
        words = phrase.split()
        per_word: list[list[str]] = []
        for w in words:
            noms = [
                r.text.lower()
                for r in pr.readings(w.lower())
                if r.source == pr.ADJ and r.text.lower().endswith(_MASCULINE_ENDINGS)
            ]
            low = w.lower()
            for ending in COUNTY_SOFT_ENDINGS:
                if low.endswith(ending):
                    noms.append(low[: len(low) - len(ending)] + "i")
                    break
            for ending in COUNTY_HARD_ENDINGS:
                if low.endswith(ending) and not low.endswith("i" + ending):
                    noms.append(low[: len(low) - len(ending)] + "y")
                    break
            per_word.append(list(dict.fromkeys(noms)))
        out = [""]
        for options in per_word:
            out = [f"{a} {b}".strip() for a in out for b in options]
        return out

    # ------------------------------------------------------------------ localities

    @staticmethod
    def _sentence_initial(toks: Sequence[_Tok], i: int) -> bool:
        j = i - 1
        while j >= 0 and toks[j].text in _OPENERS and not toks[j + 1].nl:
            j -= 1
        if j < 0 or toks[j + 1].nl:
            return True
        return toks[j].text in _SENTENCE_ENDS

    @staticmethod
    def _prev_word(toks: Sequence[_Tok], i: int) -> tuple[str, int] | None:
        """The word before token ``i`` (an abbreviation's period is skipped: "k. Pińczowa")."""
        j = i - 1
        if j >= 0 and toks[j].text == ":" and not toks[i].nl:
            j -= 1  # "w: Zawierciu"
        if j >= 0 and toks[j].text == "." and j > 0 and toks[j - 1].word and toks[j - 1].end == toks[j].start:
            if len(toks[j - 1].text) > CUE_ABBREVIATION_MAX_LETTERS:
                return None  # "... potrzeb mieszkańców. Jak poinformował": a sentence's end, no abbreviation
            return toks[j - 1].text + ".", j - 1
        if j >= 0 and toks[j].word:
            return toks[j].text, j
        return None

    def _blocked(self, toks: Sequence[_Tok], i: int) -> bool:
        if toks[i].nl or i == 0:
            return False
        before = toks[i - 1]
        if before.word:  # the common case, what ``_prev_word`` returns then, without the call
            return _blocking(before.text)
        prev = self._prev_word(toks, i)
        return prev is not None and _blocking(prev[0])

    @staticmethod
    def _skip_blocked_name(toks: Sequence[_Tok], i: int) -> int:
        """Index after the rest of a street or patron name ("ul. Ks. Alojzego Koziełka", "im. Jana
        Pawła II"). A period continues it only after an abbreviation ("Ks.", "J."): after a full word
        it ends the sentence, and the next sentence ("ul. Opolskiej. Przedstawiciele Tarnowskich
        Gór ...") must still be read for places."""
        n = len(toks)
        while i < n and not toks[i].nl:
            t = toks[i]
            if t.text == ".":
                prev = toks[i - 1]
                if not (prev.word and prev.end == t.start and len(prev.text) <= ABBREVIATION_MAX_LENGTH):
                    break
            elif not (t.cap or t.text.isupper()):
                break
            i += 1
        return i

    @staticmethod
    def _trailing_unit(toks: Sequence[_Tok], end: int) -> bool:
        """A unit phrase right after the name places it: "Wilków w gminie Bodzentyn", "Sędek (gm.
        Łagów)", "Borki w powiecie radzyńskim"."""
        n = len(toks)
        if end + 1 >= n or toks[end].nl or toks[end].text.lower() not in {"w", "we", "("}:
            return False
        word = toks[end + 1]
        needs_period = TRAILING_UNIT_WORDS.get(word.text.lower())
        if needs_period is None or not word.word:
            return False
        has_period = end + 2 < n and toks[end + 2].text == "." and toks[end + 2].start == word.end
        return has_period if needs_period else True

    def _cue(self, toks: Sequence[_Tok], i: int) -> _Cue | None:
        if toks[i].nl:
            return None
        if i > 1 and toks[i - 1].text in _ITEM_PLACE_SEPARATORS and self._after_item_date(toks, i - 1):
            return _Cue("label", frozenset({"nom"}), start=toks[i - 1].start)  # "• 25 maja – Smarklice, remiza OSP"
        prev = self._prev_word(toks, i)
        if prev is None:
            return None
        word, j = prev
        if toks[i - 1].text == ":" and self._field_label(toks, j):
            return _Cue("label", frozenset({"nom"}), start=toks[j].start)  # "Miejsce: Opatów"
        wc = _word_cue(word)
        if wc is None:
            return None
        if wc.kind == "prep":
            if word[0].isupper() and not self._sentence_initial(toks, j) and not toks[i].text.isupper():
                return None  # "Zajazd Pod Lipami": a preposition inside a proper name
            if wc.prep in NAME_PREPOSITIONS and self._after_common_name(toks, j):
                return None  # "Dom pod Lipami": the same, with the preposition in lower case
            return _Cue("prep", wc.cases, start=toks[j].start, prep=wc.prep)
        if wc.final:
            return _Cue(wc.kind, wc.cases, gmina=wc.gmina, start=toks[j].start)
        if wc.admin_adjective and j > 0:  # "Gminy Miejskiej Tczew"
            inner = self._cue(toks, j)
            if inner is not None and inner.kind == "admin":
                return inner
        if not wc.kind:
            return None
        return _Cue(wc.kind, wc.cases, gmina=wc.gmina, start=toks[j].start)

    @staticmethod
    def _after_item_date(toks: Sequence[_Tok], dash: int) -> bool:
        """Token ``dash`` follows the date opening a line of a schedule ("• 25 maja – ", "12.03.2020
        r., godz. 10:00 – "): the name after it is the item's place, in the nominative."""
        k = dash - 1
        while k >= 0 and not toks[k + 1].nl and dash - k <= ITEM_DATE_MAX_TOKENS:
            k -= 1
        head = k + 1
        if not (head == 0 or toks[head].nl) or head == dash:
            return False
        words = [t.text.lower() for t in toks[head:dash]]
        return any(w.isdigit() for w in words) and all(
            w.isdigit() or w in ITEM_DATE_WORDS or not w[0].isalnum() for w in words
        )

    @staticmethod
    def _field_label(toks: Sequence[_Tok], j: int) -> bool:
        """Token ``j`` ends a notice's place label at the start of a line: "Miejsce", "Miejsce
        spotkania" (the label and at most one word after it)."""
        for k in (j, j - 1):
            if k >= 0 and toks[k].text.lower() in PLACE_FIELD_LABELS and (k == 0 or toks[k].nl):
                return True
            if k < 0 or toks[k].nl:
                return False
        return False

    @staticmethod
    def _after_common_name(toks: Sequence[_Tok], j: int) -> bool:
        """A capitalised common noun (not a place name) right before token ``j``: "Dom pod", "Zajazd
        pod" begin a name; "Niepołomicach pod" does not."""
        if j == 0 or toks[j].nl:
            return False
        prev = toks[j - 1]
        if not prev.cap or prev.end + 1 != toks[j].start:
            return False
        info = pr.word_info(prev.text)
        return info.common and not pr.localities(prev.text)

    @staticmethod
    def _intro_cue(toks: Sequence[_Tok], i: int) -> _Cue | None:
        """A unit noun introducing names a few words earlier: "sołectw, w tym Zwierek", "gmin, m.in.
        Olszanicy", "miejscowości, takich jak Borki". The names may be in any case."""
        if toks[i].nl:
            return None
        j = i - 1
        while j >= 0 and i - j <= LIST_INTRO_MAX and toks[j].text.lower() in LIST_INTRO_WORDS and not toks[j + 1].nl:
            j -= 1
        if j < 0 or j == i - 1 or toks[j + 1].nl or not toks[j].word or toks[j].text[0].isupper():
            return None
        if toks[j + 1].text == ".":
            return None  # "sołtysi kilku miejscowości. Gospodarzem wizyty był ...": the sentence ended
        if j > 0 and toks[j].text.islower() and _is_adjective(toks[j].text) and toks[j - 1].word:
            j -= 1  # "gmin ościennych: Bierawa, Cisek", "sołectwa partnerskie: ..."
        if (
            j > 0
            and toks[j].text.islower()
            and _lemmas(toks[j].text) & LIST_INTRO_CONTAINERS
            and not _lemmas(toks[j - 1].text).isdisjoint(ADMIN_NOUNS)
        ):
            j -= 1  # "gminami powiatu: Czerniejewo, Kłecko", "gmin powiatu gnieźnieńskiego: ..."
        if _lemmas(toks[j].text) & ADMIN_NOUNS:
            return _Cue("admin", frozenset(), start=toks[i].start)
        return None

    def _list_cue(self, toks: Sequence[_Tok], i: int, last: tuple[int, _Cue] | None) -> _Cue | None:
        """The cue of a list item: "w Toruniu, Olsztynie i Gdańsku" -> "w" for all three."""
        if last is None or toks[i].nl:
            return None
        end, cue = last
        if not 0 < i - end <= 2:
            return None
        between = [t.text.lower() for t in toks[end:i]]
        if between == ["a", "także"] or (len(between) == 1 and between[0] in LIST_JOINERS):
            if cue.kind == "prep" and cue.prep not in STRONG_PREPOSITIONS:
                return None
            return _Cue(cue.kind, cue.cases, cue.gmina, cue.start, cue.prep)  # commune spans start at "gminy"
        return None

    def _any_cue(self, toks: Sequence[_Tok], i: int, last: tuple[int, _Cue] | None) -> _Cue | None:
        """The cue of a name at token ``i``: a word right before it, the list it continues, or a
        unit noun introducing a list."""
        return self._cue(toks, i) or self._list_cue(toks, i, last) or self._intro_cue(toks, i)

    def _spans(
        self, toks: Sequence[_Tok], i: int, allcaps: bool
    ) -> list[tuple[int, tuple[_Slot, ...], tuple[str, ...]]]:
        """Candidate spans starting at token ``i``, longest first: (end token, slots, joiners).
        A slot is ("word", form), ("abbr", form) or ("conn", "nad Notecią")."""
        out: list[tuple[int, tuple[_Slot, ...], tuple[str, ...]]] = []
        slots: list[_Slot] = []
        joiners: list[str] = []
        k = i
        n = len(toks)
        joiner = ""
        while k < n and len(slots) < MAX_NAME_WORDS:
            t = toks[k]
            if not t.cap or (k > i and t.nl) or (t.text.isupper() and len(t.text) > 1 and not allcaps):
                break
            if (
                k + 1 < n
                and toks[k + 1].text == "."
                and toks[k + 1].start == t.end
                and t.text.lower() in ABBREVIATED_ADJECTIVES
                and k > i
            ):
                slots.append(("abbr", t.text))
                joiners.append(joiner)
                k += 2
            else:
                slots.append(("word", t.text))
                joiners.append(joiner)
                k += 1
            out.append((k, tuple(slots), tuple(joiners)))
            joiner = " "
            if k >= n:
                break
            nxt = toks[k]
            conn = NAME_CONNECTORS.get(nxt.text.lower()) if nxt.word and nxt.text.islower() else None
            if conn is not None:
                m = k + 1
                if nxt.text == "n" and m < n and toks[m].text == ".":
                    m += 1
                if m < n and toks[m].cap and not toks[m].nl:
                    slots.append(("conn", f"{conn} {toks[m].text}"))
                    joiners.append(" ")
                    k = m + 1
                    out.append((k, tuple(slots), tuple(joiners)))
                    break
                break
            if nxt.text in _DASHES and k + 1 < n and toks[k + 1].cap and not toks[k + 1].nl:
                joiner = "-"
                k += 1
        return out[::-1]

    def _person_context(self, toks: Sequence[_Tok], i: int, end: int) -> bool:
        """A first name before a surname: "Wiesław Kubicki", "Marek Nowak", "Jan Toruń"."""
        first = pr.word_info(toks[i].text)
        if i > 0 and toks[i - 1].cap and toks[i - 1].end + 1 >= toks[i].start and not toks[i].nl:
            prev = pr.word_info(toks[i - 1].text)
            if prev.first_name:  # "Tomaszem Lubinem": a surname, whatever Morfeusz knows of it
                return True
        if end == i + 1 and first.first_name and end < len(toks):
            nxt = toks[end]
            if nxt.cap and not nxt.nl and nxt.start <= toks[i].end + 1:
                info = pr.word_info(nxt.text)
                if info.surname or not info.known:
                    return True
        return False

    def _doc_info(self, tokens: _Tokens, text: str) -> _DocInfo:
        """Article-wide evidence, from one pass over the capitalised words that directly follow
        another word (one space between them):

        * surnames the article introduces after a first name ("Marek Kalisz"): a bare "Kalisz"
          elsewhere in it is then the person;
        * common nouns the article uses as such: written in lower case somewhere, or capitalised
          at the head of a title ("Modelu Kooperacji", "Żłobek Miejski"). A capitalised "Modelu"
          is then the noun "model", not the village Model. Words that may be prepositions ("koło")
          are left out.
        """
        toks = tokens.toks
        surnames: set[str] = set()
        common: set[str] = set()
        for k in tokens.caps:  # the surname, or the title's second word, is capitalised
            if k == 0:
                continue
            t, nxt = toks[k - 1], toks[k]
            if nxt.start != t.end + 1:
                continue
            if t.cap and pr.word_info(t.text).first_name:
                surnames.update(pr.word_info(nxt.text).surname_lemmas)
            # a line break ends a title: "Urząd Gminy Zalesie" / "Start" is no title
            if not t.word or t.text.islower() or nxt.nl:
                continue
            lemmas = _title_head_lemmas(t.text)
            if lemmas and _title_follower(nxt.text) and not self._sentence_initial(toks, k - 1):
                common.update(lemmas)
        # each lower-case form looked up once per article (a token is a word if it begins with a letter)
        # (``islower`` first, in C: it rejects most tokens, capitalised words, numbers, punctuation)
        lower = {w for w in compress(tokens.words, map(str.islower, tokens.words)) if w[0].isalpha()}
        if "@" in text or "www." in text or "http" in text:
            # an address is no usage of a word: "e-mail: t.kulik@rops.lublin.pl" leaves Lublin a town
            lower -= {w.lower() for m in URL_RE.finditer(text) for w in _LETTERS_RE.findall(m.group())}
        common.update(*map(_noun_lemmas, lower))
        return _DocInfo(frozenset(common), frozenset(surnames))

    def _localities(self, tokens: _Tokens, text: str) -> list[_Mention]:
        toks = tokens.toks
        info = self._doc_info(tokens, text)
        out: list[_Mention] = []
        caps = tokens.caps
        c = 0  # position in ``caps``: a name starts with a capitalised word, other tokens are skipped
        i = 0
        last: tuple[int, _Cue] | None = None
        # the last capitalised name rejected for want of a cue (a list may vouch for it)
        pending: tuple[int, list[tuple[int, tuple[_Slot, ...], tuple[str, ...]]]] | None = None
        while True:
            while c < len(caps) and caps[c] < i:
                c += 1
            if c == len(caps):
                break
            i = caps[c]
            t = toks[i]
            if self._blocked(toks, i):
                if _title_after_courtesy(toks, i):
                    i += 1  # "Pani Wójt Gminy Hażlach Grażyna Staniek": a title, then the office's name
                    continue
                i = self._skip_blocked_name(toks, i + 1)
                continue
            allcaps = t.text.isupper() and len(t.text) > 1
            if not pr.may_begin_name(t.text):
                # No span starting here can be a place (most capitalised words): only the pending
                # list item changes, as below: a name without a cue replaces it (and, with no
                # candidates, could never join a list), so the cue is looked for only then.
                if pending is not None and not allcaps and self._any_cue(toks, i, last) is None:
                    pending = None
                i += 1
                continue
            cue = self._any_cue(toks, i, last)
            if allcaps and (cue is None or cue.kind != "prep" or len(t.text) < 4):
                i += 1
                continue
            taken = None
            spans = self._spans(toks, i, allcaps)
            for end, slots, joiners in spans:
                if not _candidates(slots, joiners):
                    continue  # no known name: ``_decide`` would reject it, its cue does not matter
                span_cue = cue
                if span_cue is None and self._trailing_unit(toks, end):
                    span_cue = _Cue("unit", frozenset(), start=toks[i].start)
                taken = self._decide(toks, i, end, slots, joiners, span_cue, info)
                if taken is not None:
                    break
            if taken is None:
                if cue is None and spans:
                    pending = (i, spans)
                i += 1
                continue
            mention, end = taken
            if mention is not None:
                if mention.strong and cue is not None and cue.gmina:
                    mention.gmina_start = cue.start
                earlier = self._list_before(toks, i, pending, mention, info)
                if earlier is not None:
                    out.append(earlier)
                out.append(mention)
                last = (end, cue) if cue is not None else None
            pending = None
            i = end
        return out

    def _list_before(
        self,
        toks: Sequence[_Tok],
        i: int,
        pending: tuple[int, list[tuple[int, tuple[_Slot, ...], tuple[str, ...]]]] | None,
        mention: _Mention,
        info: _DocInfo,
    ) -> _Mention | None:
        """A name rejected for want of a cue, coordinated with the place that follows it in the same
        case: "m.in. Olszanicy i Ustrzyk Dolnych" (a village is not accepted on its own without a
        preposition; the town after "i" vouches for it). Only Morfeusz's geographic names qualify."""
        if pending is None or not mention.cases:
            return None
        first, spans = pending
        for end, slots, joiners in spans:
            between = [t.text.lower() for t in toks[end:i]]
            if len(between) != 1 or between[0] not in LIST_JOINERS or toks[i].nl:
                continue
            if not pr.word_info(toks[first].text).geo:
                return None
            if (
                first > 0
                and toks[first - 1].cap
                and not toks[first].nl
                and toks[first - 1].end + 1 == toks[first].start
            ):
                return None  # "Hotel Róża, Kielce": the end of a venue's name, not a list item
            cue = _Cue("list", mention.cases, start=toks[first].start)
            taken = self._decide(toks, first, end, slots, joiners, cue, info)
            if taken is None or taken[0] is None or taken[0].kind != "locality":
                return None
            return taken[0]
        return None

    def _decide(
        self,
        toks: Sequence[_Tok],
        i: int,
        end: int,
        slots: tuple[_Slot, ...],
        joiners: tuple[str, ...],
        cue: _Cue | None,
        doc: _DocInfo,
    ) -> tuple[_Mention | None, int] | None:
        """Accept the span [i, end) as a place (mention), consume it without output (a foreign
        city, a region: ``(None, end)``), or reject it (``None``)."""
        cands = _candidates(slots, joiners)
        if not cands:
            return None
        start, stop = toks[i].start, toks[end - 1].end
        multi = len(slots) > 1
        first = pr.word_info(toks[i].text)
        infos: list[pr.WordInfo] | None = None  # of the span's words, when a weak cue needs them
        surname: bool | None = None  # likewise
        direct = cue is not None and cue.kind == "prep"
        # a person may follow "z", "od", "do" ("list od Marka Nowaka"), not the locative "w"
        person = not (direct and cue.prep in LOCATIVE_PREPOSITIONS) and self._person_context(toks, i, end)
        initial = self._sentence_initial(toks, i)
        nxt = toks[end] if end < len(toks) else None
        followed_by_name = nxt is not None and nxt.cap and not nxt.nl and nxt.start <= stop + 1
        preceded_by_name = i > 0 and toks[i - 1].cap and not toks[i].nl and not initial
        # A capitalised common word: "w Modelu Kooperacji", "Urzędów Wojewódzkich", "Nowe przepisy".
        common = not multi and (first.common or first.adjective)
        common_in_text = not multi and not first.common_lemmas.isdisjoint(doc.common_nouns)
        if not multi and followed_by_name and nxt is not None and nxt.start == stop + 1:
            after = pr.word_info(nxt.text)
            if first.adjective and not after.known:
                return None  # "ze Starej Lubowli": the adjective begins a longer name, unknown here
            if first.common and not after.geo and (after.adjective_only or _genitive_only(nxt.text)):
                return None  # "z Koła Gospodyń Wiejskich", "Koła Łowieckiego": the head of a name
        accepted: list[tuple[tuple[int, int, int], str, str]] = []
        cases: set[str] = set()
        for c in cands:
            geo = pr.GEO in c.sources or (multi and pr.PART in c.sources)
            part = pr.PART in c.sources
            guess = pr.GUESS in c.sources
            strong = cue is not None and (not c.cases or not cue.cases or bool(c.cases & cue.cases))
            # a river unless a cue says place; a unit noun never names a river ("miasta: Zabrze, Nysę")
            river = c.key in RIVERS and not strong and not (cue is not None and cue.kind == "admin")
            if c.key in REGIONS or river:
                if geo:
                    return (None, end)
                continue
            if c.key in FOREIGN_CITIES and geo:
                # a foreign city: output only where a cue makes it a place ("w Wilnie", "do Lwowa");
                # consumed either way, so that no Polish homonym is read into it
                return (_Mention(start, stop, [c.key], "foreign", strong) if cue is not None else None, end)
            if c.key in COUNTRIES and not (cue is not None and cue.kind == "admin" and pr.localities(c.key)):
                if not geo or person or (not strong and (preceded_by_name or followed_by_name)):
                    continue  # "Caritas Polska", "Polska Akcja Humanitarna": part of a name
                accepted.append(((0 if strong else 1, 0, 0), c.key, "country"))
                continue
            if direct and cue is not None and cue.prep == "na" and c.key.casefold() in SQUARE_NAMES:
                continue  # "na Rynku": the square
            facts = _name_facts(c.key)
            towns = facts.towns
            if not facts.known or person:
                continue
            if (
                cue is not None
                and cue.kind == "office"
                and not multi
                and not towns
                and i > 0
                and _office_and_surname(toks[i - 1].text, toks[i].text)
            ):
                continue  # "mówiła wiceprezydent Wieczorek": her surname, not the village Wieczorki
            if common_in_text and not (strong and towns):
                continue
            if strong:
                # a name SGJP knows only as part of geographic names: a town's or gmina's after "w"
                # ("w Białej", "W Tereszpolu", whose villages TERYT names "Tereszpol-Zaorenda" ...),
                # a gmina's after "gmina" ("gmina Biała")
                named_unit = part and (
                    (towns or facts.gmina) if direct else cue is not None and cue.kind == "admin" and facts.gmina
                )
                if not (geo or guess or multi or named_unit):
                    continue  # known only as a common noun or a surname ("w Ośrodku")
            else:
                if infos is None:
                    infos = [pr.word_info(toks[k].text) for k in range(i, end) if toks[k].word]
                if surname is None:
                    # A surname: "Jan Kalisz ... Kalisz podkreślił", "dyrektor Kalisz" (asked only
                    # without a strong cue, so looked at only then).
                    surname = not multi and (
                        not first.surname_lemmas.isdisjoint(doc.surnames) or self._after_person_noun(toks, i)
                    )
                # "takich jak Kowale Oleckie": a name ending in its own adjective is no accident
                named_village = multi and facts.localities and infos[-1].adjective and not infos[0].adjective_only
                if not geo or not (towns or named_village) or surname or all(i.adjective_only for i in infos):
                    continue
                if common and (followed_by_name or preceded_by_name):
                    continue
                if initial and common and facts.town_population < LARGE_TOWN:
                    continue
            rank = (0 if strong else 1, 0 if geo else 1, 1)
            for key in facts.keys:
                accepted.append((rank, key, "locality"))
            cases |= c.cases
        if not accepted:
            return None
        tier = min(a[0] for a in accepted)
        keys = [key for rank, key, _ in accepted if rank == tier]
        kind = next(kind for rank, _, kind in accepted if rank == tier)
        return (_Mention(start, stop, keys, kind, tier[0] == 0, cases=frozenset(cases)), end)

    @staticmethod
    def _after_person_noun(toks: Sequence[_Tok], i: int) -> bool:
        """A lower-case noun naming a person just before: "dyrektor Kalisz", "prezes Lubin"."""
        if i == 0 or toks[i].nl or not toks[i - 1].word:
            return False
        if not pr.word_info(toks[i].text).surname:
            return False
        return _person_noun(toks[i - 1].text)

    # ------------------------------------------------------------------ homonyms

    def _context(
        self, voivs: list[Found], counties: list[tuple[int, int, tuple[Unit, ...]]], mentions: list[_Mention]
    ) -> pr.Context:
        """Voivodeships, powiats and gminas the article is about: the ones it names (a name shared
        by several units votes for each of them in part), and those of the towns it names that
        leave no doubt (one locality of the name, or one sizeable town)."""
        gz = gazetteer()
        v: Counter[str] = Counter()
        p: Counter[str] = Counter()
        g: Counter[str] = Counter()
        for f in voivs:
            v[f.value["name"]] += 1.0
        for _, _, units in counties:
            for u in units:
                p[u.name] += 1.0
                v[u.voivodeship] += 0.5 / len(units)
        for m in mentions:
            if m.kind != "locality" or len(m.keys) != 1:
                continue
            key = m.keys[0]
            if m.gmina_start is not None:
                units = gz.communes(key)
                for u in units:
                    g[u.name] += 1.0
                    v[u.voivodeship] += 0.5 / len(units)
            sure = _sure_locality(key)
            if sure is not None:
                v[sure.voivodeship] += 0.5
                p[sure.powiat] += 0.5
                g[sure.gmina] += 0.5
        self._gmina_votes(mentions, v, p)
        return pr.Context(dict(v), dict(p), dict(g))

    @staticmethod
    def _gmina_votes(mentions: list[_Mention], v: Counter[str], p: Counter[str]) -> None:
        """A gmina name shared by several gminas ("Sędek (gm. Łagów)": Łagów in lubuskie and in
        świętokrzyskie) is the one where the other localities the article names lie; the winner's
        powiat and voivodeship join the context, unless the article names another voivodeship."""
        gz = gazetteer()
        shared = [
            (key, units)
            for key in sorted({m.keys[0] for m in mentions if m.gmina_start is not None and len(m.keys) == 1})
            if len(units := gz.communes(key)) > 1
        ]
        if not shared:
            return
        # gminas (6-digit TERC) of every locality name the article mentions, looked up once
        gminas = {
            key: frozenset((loc.terc or "")[:6] for loc in pr.localities(key))
            for m in mentions
            if m.kind == "locality"
            for key in m.keys
        }
        for key, units in shared:
            support = Counter(
                u.code[:6] for other, codes in gminas.items() if other != key for u in units if u.code[:6] in codes
            )
            ranked = support.most_common(2)
            if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
                continue
            unit = next(u for u in units if u.code[:6] == ranked[0][0])
            if max(v.get(u.voivodeship, 0.0) for u in units) > v.get(unit.voivodeship, 0.0):
                continue  # "gmina Łagów w województwie lubuskim" says which
            county = gz.unit(unit.code[:4])
            v[unit.voivodeship] += 0.5
            if county is not None:
                p[county.name] += 1.0

    @staticmethod
    def _appositions(
        text: str, mentions: list[_Mention], voivs: list[Found], counties: list[tuple[int, int, tuple[Unit, ...]]]
    ) -> dict[int, _Within]:
        """Administrative qualifiers written right after a locality ("Sędek (gm. Łagów, pow.
        kielecki)", "Łagów (woj. lubuskie)"): they say which of its homonyms it is, and a gmina
        named so is the one where the locality lies. Keyed by the start of the mention they bind."""
        by_cue = {m.gmina_start: m for m in mentions if m.gmina_start is not None and m.keys}
        county_at = {start: (end, units) for start, end, units in counties}
        voiv_at = {f.start: f for f in voivs}
        gz = gazetteer()
        out: dict[int, _Within] = {}
        for m in mentions:
            if m.kind != "locality" or m.gmina_start is not None or not m.keys:
                continue
            pos, gminas, powiats, voiv = m.end, None, None, None
            for _ in range(3):  # "(gm. X, pow. Y, woj. Z)"
                app = APPOSITION_RE.match(text, pos)
                if app is None:
                    break
                if app.group(1) and app.start(1) in by_cue:
                    g = by_cue[app.start(1)]
                    gminas, pos = g, g.end
                elif app.group(2) and app.end() in county_at:
                    pos, units = county_at[app.end()]
                    powiats = frozenset((u.name, u.voivodeship) for u in units)
                elif app.group(3) and app.end() in voiv_at:
                    voiv, pos = voiv_at[app.end()].value["name"], voiv_at[app.end()].end
                else:
                    break
            if gminas is None and powiats is None and voiv is None:
                continue
            locs = [loc for key in m.keys for loc in pr.localities(key)]
            units = [u for u in gz.communes(gminas.keys[0])] if gminas is not None else []
            codes = frozenset(
                u.code[:6]
                for u in units
                if any((loc.terc or "")[:6] == u.code[:6] for loc in locs) and (voiv is None or u.voivodeship == voiv)
            )
            within = _Within(codes or None, powiats, voiv)
            if any(within.admits(loc) for loc in locs):
                out[m.start] = within
            if gminas is not None and codes:
                out[gminas.start] = _Within(codes, None, None)
        return out

    @staticmethod
    def _resolve(
        keys: Sequence[str], context: pr.Context, *, gmina: bool, within: _Within | None = None
    ) -> tuple[dict[str, Any] | None, Any]:
        """Value of a locality mention (the best name and homonym in context) and, for "gmina X",
        the gmina unit; ``within`` restricts both to what a written qualifier allows."""
        gz = gazetteer()
        options: list[_Referent] = []  # each name's best referent
        expansions = {full.casefold() for key in keys for full in SHORT_FORMS.get(key, ())}
        if any(PlaceFinder._local(key, context) for key in keys if key not in expansions):
            # "Wielopola Skrzyńskiego i Ostrowa" near Ropczyce: the village Ostrów there, not the
            # town Ostrów Wielkopolski that a bare "Ostrów" elsewhere abbreviates
            keys = [key for key in keys if key not in expansions]
        for key in keys:
            units = gz.communes(key)
            if within is not None and within.gminas:
                units = tuple(u for u in units if u.code[:6] in within.gminas) or units
            unit = pr.choose_unit(units, context) if gmina else None
            ctx = context
            if unit is not None:
                ctx = pr.Context(context.voivodeships, context.counties, {**context.communes, unit.name: 5.0})
            loc = pr.choose_locality(key, ctx, LOCALITY_KINDS)
            if loc is not None and within is not None:
                admitted = [x for x in pr.localities(key) if within.admits(x)]
                if admitted:  # "Łagów (woj. lubuskie)": that one, though the other is a town
                    loc = min(admitted, key=lambda x: pr.locality_rank(x, ctx))
            if loc is not None and unit is not None:
                in_gmina = [x for x in pr.localities(key) if (x.terc or "")[:6] == unit.code[:6]]
                # "gmina Chmielnik": the locality of that gmina; "gminami Chęciny, Morawica i Masłów":
                # that gmina's data, not a village Masłów in another powiat (TERYT names the seat
                # of gmina Masłów "Masłów Pierwszy")
                loc = min(in_gmina, key=lambda x: pr.locality_rank(x, ctx)) if in_gmina else None
            if loc is not None:
                place_rank = pr.locality_rank(loc, ctx)
                big = loc.kind in TOWN_KINDS and (loc.population or 0) >= LARGE_TOWN
                options.append(_Referent(place_rank, loc.kind in TOWN_KINDS, big, pr.locality_value(loc), unit))
            else:
                units = gz.communes(key)
                chosen = unit or pr.choose_unit(units, context)
                if chosen is None:
                    continue
                options.append(
                    _Referent(pr.unit_rank(chosen, ctx), False, False, pr.commune_locality_value(chosen), unit)
                )
        if not options:
            return None, None
        # Between different names: a large town ("Łodzi": Łódź, not the village Łodzia), else one in
        # the article's gminas and powiats ("w Buszęcinie, Grabowie i Trzebieszewie" in gmina Kamień
        # Pomorski: its Grabowo, not the town Grabów), else a town; then the rank in context.
        if any(o.big for o in options):
            options = [o for o in options if o.town]
        elif any(o.local for o in options):
            options = [o for o in options if o.local]
        elif any(o.town for o in options):
            options = [o for o in options if o.town]
        best = min(options, key=operator.attrgetter("rank"))
        return best.value, best.unit

    @staticmethod
    def _local(key: str, context: pr.Context) -> bool:
        """A locality of this name lies in a gmina or powiat the article names or places."""
        return pr.is_local(key, context)

    # ------------------------------------------------------------------ venues

    def _venues(self, text: str, tokens: _Tokens, mentions: list[_Mention]) -> list[Found]:
        """Venue phrases after "w"/"we"/"na": a head noun (lemma in VENUE_HEADS) with its modifiers
        and dependents, up to and including the locality that follows it ("w Toruniu"). Not in
        quotation marks (a project called „Rodzina w centrum” meets nowhere) nor on a navigation
        line ("Następny wpis: Ferie w świetlicy »" is another article's title)."""
        toks = tokens.toks
        n = len(toks)
        # one set lookup per token, all in C (``compress``/``map``); only words pass it
        preps = list(compress(range(n - 1), map(_VENUE_PREPOSITION_FORMS.__contains__, tokens.words)))
        if not preps:
            return []
        skip: list[bool] | None = None  # built when the first venue head is found (most articles have few)
        loc_starts = {m.start: m for m in mentions if m.kind == "locality" and m.value}
        located = sorted((m for m in mentions if m.kind == "locality" and m.value), key=lambda m: m.start)
        starts = [m.start for m in located]
        loc_ends = {m.end: m for m in located}
        out: list[Found] = []
        resume = 0  # token index after the last venue phrase
        for i in preps:
            if i < resume:
                continue  # inside the venue phrase found before
            head = self._venue_head(toks, i + 1)
            if head is not None:
                if skip is None:
                    skip = _skipped(text, tokens)
                if skip[i] or skip[head]:
                    head = None
            if head is not None and any(toks[k].start in loc_starts for k in range(i + 1, head + 1)):
                head = None  # "w Nowym Dworze Maz.": the "dwór" is a locality's name, no building
            if head is None:
                continue
            end = self._venue_end(toks, head, loc_starts)
            start, stop = toks[i + 1].start, toks[end - 1].end
            value: dict[str, Any] = {"name": self._venue_name(toks, i + 1, head, end), "kind": "venue"}
            lo = bisect.bisect_left(starts, start)
            inside = [m for m in located[lo : bisect.bisect_right(starts, stop)] if m.end <= stop]
            before = self._locality_before(toks, i, loc_ends)
            if not inside and before is not None:  # "w Chełmnie, w sali Urzędu Miasta"
                inside = [before]
            if inside:
                for f in _LOCATION_FIELDS:
                    value[f] = inside[-1].value.get(f)
            out.append(Found(start, stop, value))
            resume = end
        return out

    @staticmethod
    def _locality_before(toks: Sequence[_Tok], i: int, loc_ends: dict[int, _Mention]) -> _Mention | None:
        """The locality that ends right before token ``i`` (a comma may separate them), on its line."""
        k = i - 1
        if k >= 0 and toks[k].text == "," and not toks[k].nl:
            k -= 1
        if k < 0 or toks[i].nl or toks[k + 1].nl:
            return None
        return loc_ends.get(toks[k].end)

    @staticmethod
    def _venue_head(toks: Sequence[_Tok], k: int) -> int | None:
        """Index of the venue noun at ``k``, after at most two adjectives ("Wiejskim Domu")."""
        for j in range(k, min(k + 3, len(toks))):
            tok = toks[j]
            if not tok.word:
                return None
            heads = _venue_heads(tok.text)
            if heads:
                if tok.text[0].islower():
                    nxt = toks[j + 1] if j + 1 < len(toks) and not toks[j + 1].nl else None
                    word = nxt.text.lower() if nxt is not None and nxt.word else ""
                    if any(
                        h in VENUE_LOWERCASE_COMPLEMENTS and word not in VENUE_LOWERCASE_COMPLEMENTS[h] for h in heads
                    ):
                        return None  # "w zespole interdyscyplinarnym": people, not a building
                    if any(word in VENUE_IDIOMS.get(h, ()) for h in heads):
                        return None  # "w centrum uwagi", "w domu"
                return j
            if not _adjective(tok.text):
                return None
            if tok.text[0].islower() and _dangling(tok):
                return None  # "w tej samej szkole", "w swoim domu": a reference back, not a venue
        return None

    @staticmethod
    def _venue_end(toks: Sequence[_Tok], head: int, loc_starts: dict[int, _Mention]) -> int:
        """Token index after the venue phrase: capitalised words, adjectives, genitive nouns,
        "nr 2", "im. X", quoted names; it ends with the first locality introduced by "w"."""
        n = len(toks)
        k = head + 1
        named = False  # a capitalised name has started ("Hotelu Mercure")
        genitives = 0
        while k < n and k - head < 16:
            tok = toks[k]
            if tok.nl:
                break
            low = tok.text.lower()
            admin = k + 2 < n and toks[k + 2].start in loc_starts and _lower_admin_noun(toks[k + 1])
            if tok.word and low in LOCATIVE_PREPOSITIONS and admin:
                k += 1  # "w świetlicy wiejskiej w miejscowości Sędek"
            if tok.word and low in LOCATIVE_PREPOSITIONS and k + 1 < n and toks[k + 1].start in loc_starts:
                stop = loc_starts[toks[k + 1].start].end
                k += 1
                while k < n and toks[k].end <= stop:
                    k += 1
                return k
            if tok.word:
                if tok.text[0].isupper():
                    if _subject_title_form(tok.text):
                        break  # "w siedzibie Centrum X Wójt Gminy Y powitał": the sentence's subject
                    named = True
                elif low in VENUE_PARTITIVE_PREPOSITIONS and k > head + 1 and _partitive(toks[k - 1].text):
                    genitives = 0  # "jednego z tamtejszych ośrodków": the genitive plural follows
                elif low in VENUE_LINKS or _adjectival(tok.text):
                    pass
                elif low in VENUE_CONJUNCTIONS and named and k + 1 < n and toks[k + 1].cap and not toks[k + 1].nl:
                    pass  # "Centrum Kultury i Sportu"
                elif not named and not genitives and _genitive_noun(tok.text):
                    genitives += 1  # "biurze stowarzyszenia", "siedzibie starostwa", "sali narad"
                else:
                    break
                k += 1
                continue
            prev = toks[k - 1].text.lower()
            if tok.text in _VENUE_PUNCT or (tok.text.isdigit() and prev in VENUE_LINKS):
                k += 1
                continue
            if tok.text == "." and prev in VENUE_LINKS:
                k += 1
                continue
            break
        while k > head + 1 and (
            toks[k - 1].text.lower() in VENUE_LINKS
            or (
                not toks[k - 1].word
                and not toks[k - 1].text.isdigit()  # "Zespole Szkół nr 2"
                # a closing mark stays only after its opening one ("Hotelu „Pod Lipami”")
                and (
                    toks[k - 1].text not in _CLOSING
                    or not any(toks[j].text in _QUOTE_OPENERS for j in range(head + 1, k - 1))
                )
            )
            or _dangling(toks[k - 1])
        ):
            k -= 1
        return k

    @staticmethod
    def _venue_name(toks: Sequence[_Tok], first: int, head: int, end: int) -> str:
        """The venue phrase with its head noun and the adjectives agreeing with it in the
        nominative ("sali konferencyjnej Hotelu X" -> "sala konferencyjna Hotelu X"); the
        dependents keep their case."""
        interps = [r for r in morph.analyse(toks[head].text) if r.pos == "subst" and r.lemma.lower() in VENUE_HEADS]
        words = [t.text for t in toks[first:end]]
        if interps:
            hi = next((r for r in interps if r.has("loc")), interps[0])
            gender = hi.gender or "m3"
            words[head - first] = pr.same_case(toks[head].text, hi.lemma)
            agreeing = list(range(first, head))
            k = head + 1
            while k < end:
                tok = toks[k]
                compound = tok.word and tok.text.endswith("o") and k + 1 < end and toks[k + 1].text in _DASHES
                if tok.text in _DASHES or compound:  # "Ekonomiczno – Socjologicznym"
                    k += 1
                    continue
                if not (tok.word and pr.is_adjective(tok.text, "loc", gender)) or _dangling(tok):
                    break  # "sali jednej z sal": the pronoun heads its own phrase, in the genitive
                agreeing.append(k)
                k += 1
            for j in agreeing:
                if toks[j].word and pr.is_adjective(toks[j].text, "loc", gender):
                    words[j - first] = pr.nominative_adjective(toks[j].text, gender)
        out = ""
        for j, w in zip(range(first, end), words, strict=True):
            out += (" " if j > first and toks[j].start > toks[j - 1].end else "") + w
        return out

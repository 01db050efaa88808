"""``kn_orgs``: organisations by full name and by acronym, in the nominative, with their locality.

Polish news names an institution in whatever case the sentence needs ("w Regionalnym Ośrodku
Polityki Społecznej w Toruniu", "z ROPS-u"), so:

* A full name is found from its head noun (a capitalised noun whose SGJP lemma is in
  ``lang/organizations.HEAD_LEMMAS``: Ośrodek, Urząd, Centrum, Stowarzyszenie ...), the capitalised
  adjectives agreeing with it on either side ("Regionalnym Ośrodku", "Urzędzie Marszałkowskim") and
  the capitalised words, connectors ("i", "ds."), numbers ("nr 3"), patrons ("im. ...") and quoted
  names ("Stowarzyszenie „Razem”") that continue it. Only the head and its agreeing adjectives are
  put in the nominative: the genitive complements ("Polityki Społecznej") are already what a user
  writes. A trailing "w <locality>" is kept in the name and its nominative is the ``place``.
* An acronym from ``lang/organizations.ACRONYMS`` or one defined in the text ("... Kooperacji
  (WZK)"), possibly inflected ("ROPS-u"), with "w <locality>" or a locality in the nominative after
  it ("GOPS Kartuzy"). When the article also writes the full name with the same initials, the acronym
  gets that name; otherwise its expansion from the table, completed with the locality
  ("ROPS w Toruniu" -> "Regionalny Ośrodek Polityki Społecznej w Toruniu"). The initials of a full
  name in the article count as its acronym ("Dolnośląski Ośrodek Polityki Społecznej" ... "DOPS").
* A bare name resolves to the one local instance the article names ("GOPS", "Gminny Ośrodek Pomocy
  Społecznej" -> "Gminny Ośrodek Pomocy Społecznej w Zabłudowie"; "Rada Powiatu" -> "Rada Powiatu
  Nowosolskiego"), so that the records merge them.
* Not organisations: the name of a project or programme in apposition ("projektu „Sąsiedzka Akademia
  Aktywności”", "z Programu Fundusz Inicjatyw Obywatelskich") and a bare name that is an item of a
  navigation line ("Starostwo | Rada Powiatu | Kontakt").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import accumulate, compress, product
from operator import attrgetter, itemgetter
from typing import Any, Final, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp.components.base import Found, KnComponent, text_of, values
from kooperacja_nlp.lang.names import HONORIFIC_LEMMAS, PATRON_TITLES
from kooperacja_nlp.lang.organizations import (
    ACRONYM_ENDINGS,
    ACRONYMS,
    GOVERNING_BODY_HEADS,
    HEAD_LEMMAS,
    HEAD_REQUIRED_ADJECTIVES,
    LOCALITY_PREPOSITIONS,
    NAME_CONNECTORS,
    NAME_MARKERS,
    NOT_ORG_CUE_LEMMAS,
)
from kooperacja_nlp.lang.patterns import DASH, QUOTE_CLOSE, QUOTE_OPEN, UPPER
from kooperacja_nlp.lang.roles import ROLE_LEMMAS
from kooperacja_nlp.normalize import collapse_spaces

# A word: letters, optionally hyphenated; bounded (no Polish word or name part has 40 letters, no
# name four hyphens), so a megabyte of letters costs what a megabyte of words does.
WORD_RE: Final[re.Pattern[str]] = re.compile(r"[^\W\d_]{1,40}(?:-[^\W\d_]{1,40}){0,3}")
# The same, capturing: ``text_words`` splits the text with it.
_WORD_SPLIT_RE: Final[re.Pattern[str]] = re.compile(f"({WORD_RE.pattern})")


def _acronym_alternatives(acronyms: Iterable[str]) -> str:
    r"""The acronyms as regex alternatives, longest first, none preceded by a letter or hyphen.

    The "not preceded" test is a lookbehind placed after each acronym's first letter (over that
    letter and the one before it: ``(?<![\w-].)``), so that every alternative starts with a literal:
    the regex engine then skips to the next possible first letter in C instead of trying the
    whole alternation at every position of the text.
    """
    ordered = sorted(acronyms, key=lambda a: len(re.escape(a)), reverse=True)
    return "|".join(rf"{re.escape(a[0])}(?<![\w-].){re.escape(a[1:])}" for a in ordered)


_ACRO_END: Final[str] = "|".join(ACRONYM_ENDINGS)
_ACRO_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<acro>{_acronym_alternatives(ACRONYMS)})(?:[-'’`](?:{_ACRO_END}))?(?![\w])"
)
# Any acronym-like word, to find the acronyms an article defines itself.
_ANY_ACRO_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w-])(?P<acro>[{UPPER}][{UPPER}a-z]{{1,7}})(?:[-'’`](?:{_ACRO_END}))?(?![\w])"
)
_ACRO_SHAPE_RE: Final[re.Pattern[str]] = re.compile(rf"[{UPPER}][{UPPER}a-z]{{1,7}}")
# Up to how many acronyms of the article's own are searched for one by one (each a scan of the
# text, and an alternative of one regex); more are found among all acronym-like words instead.
_MAX_OWN_ACRONYM_SEARCH: Final[int] = 32
# An acronym defined in parentheses right after a name: "Wojewódzki Zespół Kooperacji (WZK)".
_DEFINED_RE: Final[re.Pattern[str]] = re.compile(rf"[ \t]*\([ \t]*(?P<acro>[{UPPER}][{UPPER}a-z]{{1,7}})[ \t]*\)")
# What may separate two words of one name: spaces only (a line break ends a name).
NAME_GAP_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]{1,3}")
# Every string ``NAME_GAP_RE`` matches in full (1 to 3 spaces or tabs): a set lookup of the gap is
# several times cheaper than a regex call, and the finders ask it of thousands of gaps.
NAME_GAPS: Final[frozenset[str]] = frozenset("".join(p) for n in (1, 2, 3) for p in product(" \t", repeat=n))
# A spaced dash: "Bauer – Hahn" (double surname), "GOPS – Kartuzy".
DASH_GAP_RE: Final[re.Pattern[str]] = re.compile(rf"[ \t]*{DASH}[ \t]*")
# A quoted proper name right after the head: „Razem dla Wsi”, "Ku Przyszłości" (at most 120 characters).
QUOTED_RE: Final[re.Pattern[str]] = re.compile(rf"[ \t]{{0,3}}{QUOTE_OPEN}[^\n„”\"“«»]{{1,120}}?{QUOTE_CLOSE}")
_NUMBER_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]*nr\.?[ \t]*\d{1,4}\b")
# Roman numerals after a name: a monarch or pope ("Jana Pawła II"), also inside a patron.
ROMAN_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+[IVX]{1,5}\b")
# "im. Św. Łazarza", "im. gen. Józefa Bema": an abbreviation's period inside a patron's name.
_ABBREV_GAP_RE: Final[re.Pattern[str]] = re.compile(r"\.[ \t]{1,3}")
# The end of a word in "o" followed by a dash: where ``_merge_compounds`` may join two words.
_COMPOUND_END_RE: Final[re.Pattern[str]] = re.compile(rf"o(?=[ \t]*{DASH})")
_QUOTE_OPEN_RE: Final[re.Pattern[str]] = re.compile(QUOTE_OPEN)
_MAX_WORDS: Final[int] = 16
# Abbreviations whose period does not end a name: "Zespół ds. Modelu", "Zarząd Woj. Małopolskiego".
_ABBREVIATIONS_IN_NAMES: Final[frozenset[str]] = frozenset(["ds", "woj"])
# Longest line that may be a navigation menu ("Starostwo | Rada Powiatu | Kontakt").
_MENU_LINE_MAX: Final[int] = 400
# Shortest initials of a full name taken as an acronym the article may use without defining it.
_MIN_INITIALS: Final[int] = 3
_CASES: Final[tuple[str, ...]] = ("nom", "gen", "dat", "acc", "inst", "loc")
_CASE_ORDER: Final[dict[str, int]] = {c: i for i, c in enumerate(_CASES)}  # ``_CASES.index`` as a lookup


@Language.factory("kn_orgs", assigns=["doc.spans", "span._.kn_org"], requires=["doc.spans"])
def make_orgs(nlp: Language, name: str) -> OrgFinder:
    return OrgFinder(nlp, name)


class Word(NamedTuple):
    """A word of the text with its character offsets (shared with ``kn_persons``).

    A named tuple, not a frozen dataclass: every word of every article is one, and a frozen
    dataclass's ``__init__`` (``object.__setattr__`` per field) cost more than finding the words.
    """

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(slots=True)
class _Org:
    start: int
    end: int
    name: str
    acronym: str | None
    place: str | None
    initials: str

    def value(self) -> dict[str, Any]:
        return {"name": self.name, "acronym": self.acronym, "place": self.place}


# ``Word`` from a (start, end, text) tuple, all in C (``Word._make`` is a Python function).
_new_word = partial(tuple.__new__, Word)
_word_end = attrgetter("end")
_word_start = attrgetter("start")
_word_text = itemgetter(2)
_first = itemgetter(0)


def capitalised(words: Sequence[Word]) -> list[int]:
    """Indices of the words whose first letter is upper case, in order.

    Computed in C (``map``/``compress``): most words are lower case, and every name or organisation
    starts with a capital, so the finders walk this list instead of asking each word.
    """
    return list(compress(range(len(words)), map(str.isupper, map(itemgetter(0), map(_word_text, words)))))


def text_capitals(text: str) -> list[int]:
    """``capitalised(text_words(text))``, cached like the words (both finders ask for it).

    The caller must not change the list."""
    return _read_words(text)[1]


def text_words(text: str) -> tuple[Word, ...]:
    """The words of a text, cached: ``kn_orgs`` and ``kn_persons`` both read the same document's
    words, and building a ``Word`` per word is most of what that reading costs."""
    return _read_words(text)[0]


@functools.lru_cache(maxsize=4)
def _read_words(text: str) -> tuple[tuple[Word, ...], list[int]]:
    """The words of a text and the indices of the capitalised ones (``capitalised``), in one pass.

    ``re.split`` with a capturing group gives gap, word, gap, word ...; the running sum of their
    lengths gives every offset, so no ``Match`` object (and its three method calls) is made per word.
    The capitals are read from the split's word strings, not from the ``Word`` tuples.
    """
    parts = _WORD_SPLIT_RE.split(text)
    offsets = list(accumulate(map(len, parts)))
    texts = parts[1::2]
    # parts: gap, word, gap, ..., word, gap; a word starts where the gap before it ends
    words = tuple(map(_new_word, zip(offsets[0:-1:2], offsets[1::2], texts, strict=True)))
    caps = list(compress(range(len(texts)), map(str.isupper, map(_first, texts))))
    return words, caps


# --- morphology helpers ---------------------------------------------------------------------------


def _tag_parts(tag: str) -> list[list[str]]:
    return [p.split(".") for p in tag.split(":")]


@functools.lru_cache(maxsize=65_536)
def _title_case(form: str) -> bool:
    """Every hyphen part capitalised ("Urzędu", "Kujawsko-Pomorskiego", "Ośrodek-A"); cached, as it
    is asked of every word of the text."""
    return all(len(p) >= 1 and p[0].isupper() and (len(p) == 1 or p[1:].islower()) for p in form.split("-"))


@functools.lru_cache(maxsize=16_384)
def _head_readings(form: str) -> frozenset[tuple[str, str, str]]:
    """(lemma, gender, case) of an organisation head noun in the singular ("Ośrodku" -> ośrodek, m3, loc)."""
    out: set[tuple[str, str, str]] = set()
    for i in morph.analyse(form):
        parts = _tag_parts(i.tag)
        if i.pos == "subst" and i.lemma.lower() in HEAD_LEMMAS and "sg" in parts[1]:
            out.update((i.lemma.lower(), g, c) for g in parts[3] for c in parts[2] if c in _CASES)
    return frozenset(out)


@functools.lru_cache(maxsize=65_536)
def _is_head_word(form: str) -> bool:
    """A capitalised organisation head noun ("Ośrodku", "Urząd"): where a full name may be read.
    One cached call per word instead of two."""
    return _title_case(form) and bool(_head_readings(form))


@functools.lru_cache(maxsize=16_384)
def _adj_readings(form: str) -> frozenset[tuple[str, str, str, str]]:
    """(lemma, gender, case, degree) of a singular adjective; the last part of a hyphenated one."""
    last = form.split("-")[-1]
    out: set[tuple[str, str, str, str]] = set()
    for i in morph.analyse(last.lower()):
        parts = _tag_parts(i.tag)
        if i.pos == "adj" and len(parts) >= 5 and "sg" in parts[1]:
            out.update((i.lemma, g, c, parts[4][0]) for g in parts[3] for c in parts[2] if c in _CASES)
    return frozenset(out)


@functools.lru_cache(maxsize=65_536)
def _adj_agreement(form: str) -> frozenset[tuple[str, str]]:
    """(gender, case) pairs of ``_adj_readings``: what a head noun must share to agree with it."""
    return frozenset((r[1], r[2]) for r in _adj_readings(form))


@functools.lru_cache(maxsize=16_384)
def _adj_form(lemma: str, gender: str, case: str, degree: str) -> str | None:
    for g in morph.generate(lemma):
        parts = _tag_parts(g.tag)
        if (
            g.pos == "adj"
            and len(parts) >= 5
            and "sg" in parts[1]
            and case in parts[2]
            and gender in parts[3]
            and parts[4][0] == degree
        ):
            return g.form
    return None


@functools.lru_cache(maxsize=16_384)
def _nominative_adjective(form: str, gender: str, case: str) -> str:
    """An adjective agreeing with a head noun in (gender, case), in the nominative ("Regionalnym"
    -> "Regionalny", "Kujawsko-Pomorskiego" -> "Kujawsko-Pomorski"); as written without such a
    reading or form. Cached: the same adjectives come back in name after name."""
    reading = next((r for r in _adj_readings(form) if r[1] == gender and r[2] == case), None)
    nominative = _adj_form(reading[0], gender, "nom", reading[3]) if reading else None
    return _replace_last_part(form, nominative) if nominative else form


def _capitalised_like(form: str, model: str) -> str:
    return form[:1].upper() + form[1:] if model[:1].isupper() else form


def _replace_last_part(form: str, new_last: str) -> str:
    head, sep, _ = form.rpartition("-")
    return (
        f"{head}{sep}{_capitalised_like(new_last, form.split('-')[-1])}" if sep else _capitalised_like(new_last, form)
    )


@functools.lru_cache(maxsize=16_384)
def _geo_readings(form: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(lemma, gender, cases) of a place name (SGJP ``nazwa_geograficzna``)."""
    out: list[tuple[str, str, frozenset[str]]] = []
    for i in morph.analyse(form):
        if "nazwa_geograficzna" in i.labels and i.pos == "subst":
            parts = _tag_parts(i.tag)
            out.append((i.lemma, parts[3][0] if len(parts) > 3 else "m3", frozenset(parts[2])))
    return tuple(out)


@functools.lru_cache(maxsize=16_384)
def _opens_next_head(adjective: str, noun: str) -> bool:
    """The adjective qualifies the organisation noun after it, not the one before.

    "Ośrodka Adopcyjnego Pomorskiego Oddziału": "Pomorskiego" agrees with "Oddziału", itself a head;
    "Komendy Powiatowej Policji": "Policji" is no head, so "Powiatowej" stays with "Komendy".
    """
    heads = {(g, c) for _, g, c in _head_readings(noun)}
    return any((r[1], r[2]) in heads for r in _adj_readings(adjective))


@functools.lru_cache(maxsize=16_384)
def _is_given_name(form: str) -> bool:
    """SGJP knows the word as a first name in the singular ("Anna", "Iwonie")."""
    return any("imię" in i.labels and i.pos == "subst" and i.has("sg") for i in morph.analyse(form))


@functools.lru_cache(maxsize=16_384)
def _is_role_noun(form: str) -> bool:
    """A function noun ("Członek", "Dyrektor"): after "i" it opens a person's function, not more name."""
    return any(i.lemma.lower() in ROLE_LEMMAS and i.pos == "subst" for i in morph.analyse(form.lower()))


@functools.lru_cache(maxsize=4_096)
def _is_honorific(form: str) -> bool:
    """ "Pan", "Pani", "Panią", "Panem" ...: a courtesy word, which opens a person, never an organisation."""
    return any(i.lemma.lower() in HONORIFIC_LEMMAS and i.pos == "subst" for i in morph.analyse(form.lower()))


def _initials(words: list[str]) -> str:
    """Upper-case initials of the capitalised words of a name ("Miejsko-Gminny Ośrodek" -> "MGO")."""
    return "".join(map(_word_initials, words))


@functools.lru_cache(maxsize=65_536)
def _word_initials(word: str) -> str:
    """The initials of one word's capitalised hyphen parts ("Miejsko-Gminny" -> "MG"), cached."""
    return "".join(p[0] for p in word.split("-") if p[:1].isupper())


@functools.lru_cache(maxsize=16_384)
def _nominative_given_name(form: str) -> bool:
    """A first name in the nominative singular and in no genitive ("Anna"; not "Anny", "Jana")."""
    given = [i for i in morph.analyse(form) if "imię" in i.labels and i.pos == "subst" and i.has("sg")]
    return any(i.has("nom") for i in given) and not any(i.has("gen") for i in given)


_GENDERS: Final[tuple[str, ...]] = ("m1", "m2", "m3", "f", "n", "n1", "n2")


def _genders_in(form: str, case: str, *, given: bool) -> set[str]:
    """Genders of the singular noun readings of ``form`` in ``case`` (first-name readings only
    with ``given``)."""
    return {
        g
        for i in morph.analyse(form)
        if i.pos == "subst" and i.has("sg") and i.has(case) and (not given or "imię" in i.labels)
        for g in _GENDERS
        if i.has(g)
    }


@functools.lru_cache(maxsize=16_384)
def _nominative_pair(first: str, second: str) -> bool:
    """A first name that is also a rare genitive ("Iwona": of "Iwo") with its surname: a person if
    the two agree in the nominative and not in the genitive. "Rady Miasta Iwona Mularczyk" names
    Iwona Mularczyk; the patron "Iwona Mularczyka" would be a genitive pair."""
    nominative = _genders_in(first, "nom", given=True) & _genders_in(second, "nom", given=False)
    genitive = _genders_in(first, "gen", given=True) & _genders_in(second, "gen", given=False)
    return bool(nominative) and not genitive


@functools.lru_cache(maxsize=16_384)
def _is_not_org_cue(form: str) -> bool:
    """A noun whose complement names a project or programme ("projektu", "Programu")."""
    return any(i.lemma.lower() in NOT_ORG_CUE_LEMMAS and i.pos == "subst" for i in morph.analyse(form))


@functools.lru_cache(maxsize=16_384)
def _acronym_key(acronym: str) -> str:
    """Compare acronyms on their capitals: "MRPiPS" ~ "MRPPS", "M-GOPS" ~ "MGOPS"."""
    return "".join(c for c in acronym if c.isupper())


@functools.lru_cache(maxsize=256)
def _defined_acronyms_re(acronyms: tuple[str, ...]) -> re.Pattern[str]:
    """``_ANY_ACRO_RE`` restricted to the given acronyms (each of its ``acro`` shape).

    It finds the same matches as ``_ANY_ACRO_RE`` filtered to these acronyms: that regex's ``acro``
    is the whole run of letters of its class (a shorter one is followed by a word character), and
    a match can only start where no letter or hyphen precedes, so the matches it drops would not
    hide any of these (endings are lower case, acronyms start upper case).
    """
    return re.compile(rf"(?P<acro>{_acronym_alternatives(acronyms)})(?:[-'’`](?:{_ACRO_END}))?(?![\w])")


# --- the component ---------------------------------------------------------------------------------


class OrgFinder(KnComponent):
    span_group = "kn_orgs"

    def find(self, doc: Doc) -> list[Found]:
        text = text_of(doc)
        words = _merge_compounds(text, list(text_words(text)))
        places = [v for v in values(doc, "kn_places") if v.get("kind") == "locality"]
        # merged compounds shift the indices: then the capitals are found anew
        caps = text_capitals(text) if len(words) == len(text_words(text)) else None
        reader = _Reader(text, words, places, caps)
        # a navigation line needs "|" separators: without any, no name is a menu item
        menus = "|" in text
        full = [o for o in reader.full_names() if not (o.place is None and menus and _menu_item(text, o.start, o.end))]
        acros = reader.acronyms(full)
        found = sorted(full + acros, key=lambda o: o.start)
        _resolve_generic(found)
        return [Found(o.start, o.end, o.value()) for o in found]


def _menu_item(text: str, start: int, end: int) -> bool:
    """ "Starostwo | Rada Powiatu | Jednostki": a whole item of a navigation line, naming a section.

    Only names without a seat are dropped; the line must hold at least two "|" separators.
    """
    lo = max(0, start - _MENU_LINE_MAX)
    nl = text.rfind("\n", lo, start)
    if nl < 0 and lo > 0:
        return False  # a line longer than any menu (and no quadratic scan on a long line)
    line_start = nl + 1
    line_end = text.find("\n", end, end + _MENU_LINE_MAX)
    if line_end < 0:
        if end + _MENU_LINE_MAX < len(text):
            return False
        line_end = len(text)
    if line_end - line_start > _MENU_LINE_MAX or text.count("|", line_start, line_end) < 2:
        return False
    before = text[line_start:start].rstrip(" \t")
    after = text[end:line_end].lstrip(" \t")
    return (before == "" or before.endswith("|")) and (after == "" or after.startswith("|"))


def _resolve_generic(orgs: list[_Org]) -> None:
    """A bare institution name resolves to the one local instance the article names.

    "Gminny Ośrodek Pomocy Społecznej" (or "GOPS") next to "Gminny Ośrodek Pomocy Społecznej w
    Zabłudowie", "Rada Powiatu" next to "Rada Powiatu Nowosolskiego", "Grupa Decydentów" next to
    "Powiatowa Grupa Decydentów": the shorter name is the same body, written the short way. With two
    or more such instances ("... w Lublinie", "... w Białymstoku") the bare name stays as it is.
    """
    bare = {o.name for o in orgs if o.place is None}
    if not bare:
        return
    names = {o.name: o for o in orgs}
    # every shorter form a name has: its word prefixes, and the name without one leading adjective;
    # a set per form, capped at two (two instances already make the bare name ambiguous); only the
    # forms that are a bare name are asked for
    shorter: dict[str, set[str]] = {}
    for n in names:
        for form in _shorter_forms(n):
            if form not in bare:
                continue
            got = shorter.setdefault(form, set())
            if len(got) < 2:
                got.add(n)
    for o in orgs:
        if o.place is not None:
            continue
        longer = shorter.get(o.name, set()) - {o.name}
        if len(longer) == 1:
            target = names[next(iter(longer))]
            o.name, o.place = target.name, target.place
            o.acronym = o.acronym or target.acronym


@functools.lru_cache(maxsize=16_384)
def _shorter_forms(name: str) -> tuple[str, ...]:
    """The word prefixes of a name (itself included) and the name without one leading adjective;
    cached, as the same names come back in every article about an institution."""
    parts = name.split(" ")
    forms = [" ".join(parts[:k]) for k in range(1, min(len(parts), _MAX_WORDS + 2))]
    if len(parts) > 1 and _one_adjective(parts[0]):
        forms.append(" ".join(parts[1:]))
    return tuple(forms)


def _one_adjective(prefix: str) -> bool:
    """The words before a shorter name are one capitalised adjective ("Powiatowa")."""
    return " " not in prefix and _title_case(prefix) and bool(_adj_readings(prefix))


def _merge_compounds(text: str, words: Sequence[Word]) -> list[Word]:
    """Join compound adjectives written with a spaced dash: "Psychologiczno – Pedagogicznej".

    The first part of such a compound ends in "-o" and the dash is not a clause dash because a
    capitalised word follows at once; the joined word is spelled with a hyphen.
    Only the words ending in "o" right before a dash are looked at (found with a regex on the
    text, then by bisection), not every word of the text.
    """
    joins: list[int] = []  # word k is joined with word k + 1
    for m in _COMPOUND_END_RE.finditer(text):
        k = bisect.bisect_left(words, m.end(), key=_word_end)
        if k + 1 >= len(words) or words[k].end != m.end():
            continue
        w = words[k + 1]
        gap = text[m.end() : w.start]
        if w.text[:1].isupper() and gap.strip() and DASH_GAP_RE.fullmatch(gap) and _adj_readings(w.text):
            joins.append(k)
    if not joins:
        return list(words)
    out: list[Word] = []
    copied = 0  # words before this index are in ``out``
    for k in joins:
        out.extend(words[copied : k + 1])
        prev, w = out[-1], words[k + 1]
        out[-1] = Word(prev.start, w.end, f"{prev.text}-{w.text}")
        copied = k + 2
    out.extend(words[copied:])
    return out


class _Reader:
    def __init__(
        self, text: str, words: list[Word], places: list[dict[str, Any]], caps: list[int] | None = None
    ) -> None:
        self.text = text
        self.words = words
        self.places = {p["start"]: p for p in places}
        self.caps = capitalised(words) if caps is None else caps  # indices of the capitalised words

    @cached_property
    def seen(self) -> frozenset[str]:
        """The capitalised words of the text (built only when a locative must be chosen)."""
        return frozenset(map(_word_text, map(self.words.__getitem__, self.caps)))

    def word_at(self, start: int) -> int | None:
        """Index of the word starting at offset ``start``, if one does."""
        k = bisect.bisect_left(self.words, start, key=_word_start)
        return k if k < len(self.words) and self.words[k].start == start else None

    def gap(self, k: int) -> str:
        return self.text[self.words[k].end : self.words[k + 1].start] if k + 1 < len(self.words) else ""

    def joined(self, k: int) -> bool:
        words = self.words
        return k + 1 < len(words) and self.text[words[k].end : words[k + 1].start] in NAME_GAPS

    # -- localities ------------------------------------------------------------------------------

    def locality(self, k: int, case: str) -> tuple[int, str] | None:
        """A locality starting at word ``k`` in ``case``: (index of its last word, nominative)."""
        words = self.words
        p = self.places.get(words[k].start)
        if p is not None:
            last = k
            while last + 1 < len(words) and words[last + 1].end <= p["end"]:
                last += 1
            return last, p["name"]
        geo = [(lemma, g) for lemma, g, cases in _geo_readings(words[k].text) if case in cases]
        if not geo or not _title_case(words[k].text) or _is_given_name(words[k].text):
            return None  # "GOPS Anna Kowal", "PCPR Iwonie Jeż": a person after the acronym, not a village
        lemma, gender = geo[0]
        parts = [lemma]
        last = k
        # "Zielonej Górze", "Starogardzie Gdańskim": a second capitalised word of the same case
        if self.joined(k) and _title_case(words[k + 1].text):
            nxt = words[k + 1].text
            geo2 = [lem for lem, _, cases in _geo_readings(nxt) if case in cases]
            adj = [r for r in _adj_readings(nxt) if r[2] == case and r[1] == gender]
            if geo2:
                parts.append(geo2[0])
                last = k + 1
            elif adj:
                form = _adj_form(adj[0][0], gender, "nom", adj[0][3])
                if form:
                    parts.append(_capitalised_like(form, nxt))
                    last = k + 1
        return last, " ".join(parts)

    # -- full names ------------------------------------------------------------------------------

    def full_names(self) -> list[_Org]:
        out: list[_Org] = []
        words = self.words
        after = 0  # words before this index are part of a name already found
        caps = self.caps
        # the capitalised head nouns, picked in C (``_is_head_word`` is a cached pure test)
        for k in compress(caps, map(_is_head_word, map(_word_text, map(words.__getitem__, caps)))):
            if k < after:
                continue
            org = self.full_name_at(k)
            if org is not None:
                got, after = org[0], org[1] + 1
                out.append(got)
        return out

    def full_name_at(self, h: int) -> tuple[_Org, int] | None:
        words = self.words
        heads = _head_readings(words[h].text)
        # adjectives before the head ("Regionalnego", "Miejsko-Gminnego")
        first = h
        while first > 0 and h - first < 3 and self.joined(first - 1) and _title_case(words[first - 1].text):
            if not _adj_readings(words[first - 1].text):
                break
            first -= 1
        # choose the reading of the head the most adjectives agree with (all those before it),
        # then the nominative, then an institution's gender over a person's ("komenda" m1)
        best: tuple[tuple[int, int, int, int], tuple[str, str, str], int] | None = None
        pre = [_adj_agreement(words[j].text) for j in range(first, h)]
        # several lemmas of the head share a (gender, case): their agreement is computed once; a
        # reading the next word does not agree with has no adjective after the head
        following = (
            _adj_agreement(words[h + 1].text) if self.joined(h) and _title_case(words[h + 1].text) else frozenset()
        )
        posts: dict[tuple[str, str], int] = {}
        for lemma, gender, case in heads:
            pre_ok = not pre or all((gender, case) in a for a in pre)
            post = posts.get((gender, case))
            if post is None:
                agrees = (gender, case) in following
                post = posts[(gender, case)] = self.post_adjectives(h, gender, case) if agrees else h
            rank = (int(pre_ok), post - h, -_CASE_ORDER[case], int(gender != "m1"))
            if best is None or rank > best[0]:
                best = (rank, (lemma, gender, case), post)
        assert best is not None
        if not best[0][0]:
            first = h
        (lemma, gender, case), post = best[1], best[2]
        if lemma in GOVERNING_BODY_HEADS and post == h and self.joined(h) and self.opens_org(h + 1):
            return None  # "Zarządu Stowarzyszenia „Razem”": the organisation is the association
        required = HEAD_REQUIRED_ADJECTIVES.get(lemma)
        if required is not None and not any(
            r[0] == required for j in range(first, h) for r in _adj_readings(words[j].text)
        ):
            return None  # "Srebrny Krzyż Zasługi": a decoration, not the "Polski Czerwony Krzyż"
        last, end, place, name_end = self.extend(post, case)
        if first == h == last and end == words[h].end:
            return None  # a lone "Ośrodek"/"Urząd" is not a name
        if self.named_project(first, case):
            return None
        # the nominative of the head and its adjectives, the rest as written
        pieces: list[str] = []
        for j in range(first, post + 1):
            w = words[j].text
            if j == h:
                pieces.append(_capitalised_like(lemma, w) if case != "nom" else w)
                continue
            pieces.append(w if case == "nom" else _nominative_adjective(w, gender, case))
        rest = self.text[words[post].end : end]
        name = collapse_spaces(" ".join(pieces) + rest)
        initials = _initials([words[j].text for j in range(first, last + 1) if words[j].end <= name_end])
        acronym = None
        m = _DEFINED_RE.match(self.text, end)
        if m and _acronym_key(m.group("acro")) == initials:
            acronym = m.group("acro")
        return _Org(words[first].start, end, name, acronym, place, initials), last

    def named_project(self, first: int, case: str) -> bool:
        """The name starting at word ``first`` is the name of a project or programme in apposition.

        "projektu „Sąsiedzka Akademia Aktywności”", "projektu pn. „Lubuskie Centrum Wsparcia Rodzin”"
        (a quoted name after the noun), "z Programu Fundusz Inicjatyw Obywatelskich" (a name in the
        nominative after a noun in another case). A genitive after the noun is its owner and stays an
        organisation: "w ramach projektu Stowarzyszenia Tęcza".
        """
        words = self.words
        start = words[first].start
        before = self.text[max(0, start - 4) : start].rstrip(" \t")
        quoted = bool(before) and _QUOTE_OPEN_RE.fullmatch(before[-1]) is not None
        p = first - 1
        hops = 0
        while p >= 0 and hops < 3:
            gap = self.text[words[p].end : words[p + 1].start if p + 1 < first else start]
            if "\n" in gap or len(gap) > 6:
                return False
            low = words[p].lower
            if low in NAME_MARKERS or low == "pod":
                p -= 1
                hops += 1
                quoted = True  # "pn." and "pod nazwą" introduce a name as surely as quotes do
                continue
            break
        if p < 0:
            return False
        return (quoted or case == "nom") and _is_not_org_cue(words[p].lower)

    def post_adjectives(self, h: int, gender: str, case: str) -> int:
        """Index of the last adjective agreeing with the head after it ("Urzędzie Marszałkowskim").

        An adjective that opens the next organisation noun is not taken ("Ośrodka Adopcyjnego
        Łódzkiego Oddziału": "Łódzkiego" goes with "Oddziału").
        """
        words = self.words
        post = h
        while self.joined(post) and _title_case(words[post + 1].text):
            if (gender, case) not in _adj_agreement(words[post + 1].text):
                break
            if self.joined(post + 1) and _opens_next_head(words[post + 1].text, words[post + 2].text):
                break
            post += 1
        return post

    def extend(self, k: int, case: str) -> tuple[int, int, str | None, int]:
        """Continue a name after word ``k``: (last word, end offset, locality, end of the name proper)."""
        words = self.words
        text = self.text
        end = words[k].end
        count = k
        last = k
        while last + 1 < len(words) and last - count < _MAX_WORDS:
            nxt = words[last + 1]
            gap = text[words[last].end : nxt.start]
            if m := QUOTED_RE.match(text, end):
                end = m.end()
                while last + 1 < len(words) and words[last + 1].end <= end:
                    last += 1
                # "Stowarzyszenie „Tęcza” w Mielcu": the seat after the quoted name
                if (
                    last + 2 < len(words)
                    and text[end : words[last + 1].start] in NAME_GAPS
                    and words[last + 1].lower in LOCALITY_PREPOSITIONS
                    and self.joined(last + 1)
                ):
                    loc = self.locality(last + 2, "loc")
                    if loc is not None:
                        return loc[0], words[loc[0]].end, loc[1], end
                break
            if m := _NUMBER_RE.match(text, end):
                end = m.end()
                while last + 1 < len(words) and words[last + 1].end <= end:
                    last += 1
                continue
            low = nxt.text.lower()
            spaced = gap in NAME_GAPS
            if spaced and low in LOCALITY_PREPOSITIONS and last + 2 < len(words):
                if self.joined(last + 1):
                    loc = self.locality(last + 2, "loc")
                    if loc is not None:
                        return loc[0], words[loc[0]].end, loc[1], end
                break
            if spaced and low in NAME_CONNECTORS and last + 2 < len(words):
                # one or two connectors ("ds.", "na rzecz"), then a capitalised word
                j = last + 1
                if j + 2 < len(words) and self.joined(j) and words[j + 1].lower in NAME_CONNECTORS:
                    j += 1
                if (
                    self.joined(j)
                    and _title_case(words[j + 1].text)
                    and not self.opens_org(j + 1)
                    and not _is_role_noun(words[j + 1].text)
                ):
                    last = j + 1
                    end = words[last].end
                    continue
                break
            if low == "im" and text.startswith(".", nxt.end) and last + 2 < len(words):
                j = last + 2
                # "im. ks. Jerzego Popiełuszki", "im. gen. Józefa Bema": a lower-case title first
                while j + 1 < len(words) and j - last < 4 and words[j].lower in PATRON_TITLES:
                    if not _ABBREV_GAP_RE.fullmatch(self.gap(j)) and not self.joined(j):
                        break
                    j += 1
                if not _title_case(words[j].text):
                    break
                while j + 1 < len(words) and j - last < 6 and _title_case(words[j + 1].text):
                    if not (self.joined(j) or _ABBREV_GAP_RE.fullmatch(self.gap(j))):
                        break
                    j += 1
                end = words[j].end
                if m := ROMAN_RE.match(text, end):
                    end = m.end()
                last = j
                continue
            if gap.strip() == "," and _title_case(nxt.text) and self._comma_list(last + 1):
                last += 1
                end = nxt.end
                continue
            if not spaced and not (gap.startswith(".") and words[last].text.lower() in _ABBREVIATIONS_IN_NAMES):
                break
            if not (_title_case(nxt.text) or nxt.text.isupper()) or self.starts_person(last + 1):
                break
            if _is_honorific(nxt.text):
                break  # "Prezes Stowarzyszenia Pani Halina ...", "Dyrektor Ośrodka Panią Anną ..."
            last += 1
            end = nxt.end
        return last, end, None, end

    def opens_org(self, k: int) -> bool:
        """Word ``k`` starts another organisation: a head, or adjectives then a head ("i Regionalnego Ośrodka")."""
        for j in range(k, min(k + 3, len(self.words))):
            if _head_readings(self.words[j].text):
                return True
            if not (_adj_readings(self.words[j].text) and self.joined(j)):
                return False
        return False

    def _comma_list(self, k: int) -> bool:
        """ "Rodziny, Pracy i Polityki": a comma inside a name, before a genitive noun, continues to an "i"."""
        w = self.words[k].text
        analyses = morph.analyse(w)
        if any(i.pos == "adj" for i in analyses) or not any(i.pos == "subst" and i.has("gen") for i in analyses):
            return False
        if self.opens_org(k):
            return False  # "Zakład Ubezpieczeń Społecznych, Centrum Integracji ...": a list of organisations
        for j in range(k, min(k + 3, len(self.words) - 1)):
            if not self.joined(j):
                return False
            if self.words[j + 1].text == "i":
                return True
        return False

    def starts_person(self, k: int) -> bool:
        """A first name in the nominative followed by a capitalised word: a person, not the name."""
        if not (self.joined(k) and _title_case(self.words[k + 1].text)):
            return False
        first, second = self.words[k].text, self.words[k + 1].text
        # "Fundacja Anny Dymnej", "Centrum Jana Pawła II": a patron in the genitive
        return _nominative_given_name(first) or _nominative_pair(first, second)

    # -- acronyms --------------------------------------------------------------------------------

    def acronyms(self, full: list[_Org]) -> list[_Org]:
        text = self.text
        # the article's own acronyms and their names (the table's win: kept apart, not copied)
        own: dict[str, str] = {}
        for o in full:
            if o.acronym and o.acronym not in ACRONYMS:
                own.setdefault(o.acronym, o.name)
        for o in full:
            # "Dolnośląski Ośrodek Polityki Społecznej" ... "w DOPS": the initials the article uses
            if len(o.initials) >= _MIN_INITIALS and o.initials not in ACRONYMS and o.initials not in own:
                own[o.initials] = o.name
        defined = own.keys()
        matches = list(_ACRO_RE.finditer(text))
        if len(defined) > _MAX_OWN_ACRONYM_SEARCH:
            # many: every acronym-like word of the text, looked up (linear in the text)
            matches += [m for m in _ANY_ACRO_RE.finditer(text) if m.group("acro") in defined]
        elif defined:
            # few: only those the text writes (a substring test in C), by a regex of their own,
            # not every capitalised word of the text as a candidate acronym
            present = tuple(sorted(a for a in defined if a in text and _ACRO_SHAPE_RE.fullmatch(a)))
            if present:
                matches += list(_defined_acronyms_re(present).finditer(text))
        starts = [o.start for o in full]
        # the first full name with the acronym's key, and the first one per locality: an acronym
        # links to that one (looked up, not searched for among every mention of the name)
        by_key: dict[str, _Org] = {}
        by_key_place: dict[tuple[str, str | None], _Org] = {}
        for o in full:
            key = _acronym_key(o.acronym or o.initials)
            by_key.setdefault(key, o)
            by_key_place.setdefault((key, o.place), o)
        out: list[_Org] = []
        for m in sorted(matches, key=lambda m: m.start()):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and full[k].start <= m.start() < full[k].end:
                continue  # inside a full name ("... Społecznej (ROPS)")
            acro = m.group("acro")
            end = m.end()
            place = None
            k = self.word_at(m.start())
            after_name = ""
            if k is not None:
                got = self.acronym_place(k)
                if got is not None:
                    last, place, after_name = got
                    end = self.words[last].end
            key = _acronym_key(acro)
            same = by_key.get(key) if place is None else by_key_place.get((key, place))
            if same is not None:
                o = same
                o.acronym = o.acronym or acro
                name, place = o.name, o.place or place
            else:
                expansion = ACRONYMS[acro] if acro in ACRONYMS else own.get(acro, acro)
                name = f"{expansion} {after_name}" if after_name else expansion
            out.append(_Org(m.start(), end, name, acro, place, _acronym_key(acro)))
        return out

    def acronym_place(self, k: int) -> tuple[int, str, str] | None:
        """Locality after an acronym: "ROPS w Toruniu" or "GOPS Kartuzy" -> (last word, Toruń, "w Toruniu")."""
        words = self.words
        if k + 2 < len(words) and self.joined(k) and words[k + 1].text in LOCALITY_PREPOSITIONS and self.joined(k + 1):
            loc = self.locality(k + 2, "loc")
            if loc is not None:
                return loc[0], loc[1], self.text[words[k + 1].start : words[loc[0]].end]
        if k + 1 < len(words) and (self.joined(k) or DASH_GAP_RE.fullmatch(self.gap(k))):
            loc = self.locality(k + 1, "nom")
            if loc is not None:
                lemma = loc[1]
                return loc[0], lemma, _in_locative(lemma, self.seen)
        return None


def _in_locative(name: str, seen: frozenset[str] = frozenset()) -> str:
    """ "Kartuzy" -> "w Kartuzach" (Morfeusz synthesis); the nominative if it cannot be inflected.

    SGJP may give several locatives for one name ("Supraśl": "Supraślu" as a masculine,
    "Supraśli" as a feminine noun); a form the article itself writes (``seen``) wins.
    """
    words = name.split()
    out: list[str] = []
    gender = None
    for w in words:
        geo = _geo_readings(w)
        if geo:
            gender = geo[0][1]
            forms = [
                g.form
                for g in morph.generate(geo[0][0])
                if g.pos == "subst" and "loc" in _tag_parts(g.tag)[2] and "nazwa_geograficzna" in g.labels
            ]
            form = next((f for f in forms if f in seen), forms[0] if forms else None)
            out.append(form or w)
        elif gender and (adj := [r for r in _adj_readings(w) if r[2] == "nom"]):
            out.append(_capitalised_like(_adj_form(adj[0][0], gender, "loc", adj[0][3]) or w, w))
        else:
            out.append(w)
    first = out[0].lower() if out else ""
    prep = "we" if first[:1] in "wf" and len(first) > 1 and first[1] not in "aeiouyąęó" else "w"
    return f"{prep} {' '.join(out)}"

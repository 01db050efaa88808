"""``kn_persons``: people named in the text, in the nominative, with every mention merged.

How a name is read (Polish news, any case, unknown surnames):

1. The text is cut into words. A person starts at a first name: a capitalised word Morfeusz 2 (SGJP)
   knows as ``imię`` in the singular. Up to three first names may follow each other ("Maria Barbara
   Bączek"); the next capitalised word is the surname (the last one of a run of first names is the
   surname too: "Tomasz Janusz"), possibly double-barrelled ("Golczyńska-Grondas", "Bauer – Hahn",
   "Lis Kowal").
2. Case and gender come from agreement: the readings of the first names, of a preceding honorific
   ("Panią" = feminine accusative or instrumental) and of the surname must share a gender and a case;
   a function noun or preposition just before narrows them ("wójta Krzysztofa Mroczka": masculine
   genitive, not the feminine name "Krzysztofa").
   A surname SGJP knows as ``nazwisko`` gives its lemma; an unknown one gets the nominative from the
   ending rules in ``lang/names.py`` for that gender and case ("Jęczmienionki" + masculine genitive
   -> "Jęczmienionka"), preferring a candidate that is written elsewhere in the same article.
3. A name is not a participant when it is a patron or a street ("im. Jana Pawła II", "ul. Marii
   Konopnickiej", "przy Marii Skłodowskiej-Curie 3", "Uniwersytet Mikołaja Kopernika"), or a place
   (inside a ``kn_places`` locality, after "Gminy", or a gazetteer locality: "Kazimierz Dolny").
4. Shorter mentions are then tied to the people found: a surname after an honorific, a title, a
   function or alone ("Pani Hełka", "dyrektor Hełka", "Hełka podkreśliła") gets the full name, so that
   ``extractors.persons`` merges all mentions of one person. A surname after an academic title,
   an honorific or a credit line that matches nobody is a person of its own ("dr Kowalski").
5. ``title`` is the academic or clerical title, or the police, fire-service or military rank, before
   the name ("dr hab.", "asp. szt.", "ppłk", "red."); ``role`` the function written next to it
   ("Jacek Wilk, Dyrektor Departamentu ...", "Wojewoda Ewa Sadowska", "pielęgniarka środowiskowa"),
   ``organization`` the organisation (from ``kn_orgs``) inside that function, right after it or right
   after the name ("z MOPS w Toruniu", "– pedagog, Gminny Ośrodek Kultury", "z ramienia ROPS",
   ", prof. UMCS"); a function ending in a bare organisation noun ("Przewodniczący Rady") names the
   one organisation of that kind in the article, and one in a sentence the page writes as "we"
   ("nasi wolontariusze pod opieką koordynatorki ...") the organisation on the page's first line.
6. Names written in capitals ("ANNA NOWAK") are read as "Anna Nowak".
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress
from operator import attrgetter, itemgetter
from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp.components.base import Found, KnComponent, text_of, values
from kooperacja_nlp.components.orgs import (
    DASH_GAP_RE,
    NAME_GAPS,
    QUOTED_RE,
    ROMAN_RE,
    WORD_RE,
    Word,
    capitalised,
    text_capitals,
    text_words,
)
from kooperacja_nlp.gazetteer import gazetteer
from kooperacja_nlp.lang.months import MONTHS
from kooperacja_nlp.lang.names import (
    CASE_PREFERENCE,
    COUPLE_JOINERS,
    CREDIT_CUES,
    FEMININE_SURNAME_ENDINGS,
    FOREIGN_GIVEN_NAMES,
    FOREIGN_MEN_IN_A,
    FOREIGN_SURNAME_ENDINGS,
    FOREIGN_WOMEN_NOT_IN_A,
    FUNCTION_ABBREVIATIONS,
    HONORIFIC_ABBREVIATIONS,
    HONORIFIC_LEMMAS,
    NOT_SURNAME_LEMMAS,
    PATRON_CUES,
    PATRON_EPITHETS,
    PATRON_HEADS,
    PATRON_TITLES,
    RARE_FEMININE_GIVEN,
    SURNAME_ENDINGS,
    SURNAME_LIKE_ENDINGS,
    UNIT_NOUNS,
)
from kooperacja_nlp.lang.organizations import HEAD_LEMMAS as ORG_HEAD_LEMMAS
from kooperacja_nlp.lang.patterns import DASH, QUOTE_CLOSE, QUOTE_OPEN
from kooperacja_nlp.lang.places import TOWN_KINDS
from kooperacja_nlp.lang.roles import ACADEMIC_TITLES, RANK_WORDS, RANK_WORDS_WITHOUT_PERIOD, ROLE_LEMMAS
from kooperacja_nlp.page import in_widget, widget_spans

# Gap between two words of a phrase, possibly after an abbreviation's period ("ds. Modelu").
_PHRASE_GAP_RE: Final[re.Pattern[str]] = re.compile(r"\.?[ \t]{1,3}")
# A closing quote right after a word, and a gap with an opening or closing quote inside a quoted
# name ("Stowarzyszenia „Razem dla Wsi”").
_QUOTE_CLOSE_RE: Final[re.Pattern[str]] = re.compile(QUOTE_CLOSE)
_QUOTE_GAP_RE: Final[re.Pattern[str]] = re.compile(rf"[ \t]{{0,3}}{QUOTE_OPEN}?[ \t]{{0,3}}")
# Gap between a patron cue and what follows ("im. bł. o. Honorata").
_CUE_GAP_RE: Final[re.Pattern[str]] = re.compile(r"\.?[ \t]{0,3}")
# Gap between a name and the function written after it: "Nowak – Dyrektor", "Nowak, wójt", "Nowak (".
_ROLE_AFTER_GAP_RE: Final[re.Pattern[str]] = re.compile(rf"[ \t]*(?:[,(]|{DASH})?[ \t]*")
# Gap between a name and an organisation right after it: "Nowak z MOPS", "Lis (GOPS Sadki)".
_ORG_LINK_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]*(?:[(,][ \t]*)?(?:(?:z[ \t]+ramienia|z|ze|w|we|przy)[ \t]+)?")
# A professor's post at a university after the name: "dr hab. Jan Lis, prof. UMCS".
_ACADEMIC_LINK_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]*,[ \t]*prof\.[ \t]+(?:nadzw\.[ \t]+)?")
# A house number after a name marks a street ("przy Marii Skłodowskiej-Curie 3").
_HOUSE_NUMBER_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?\b(?![.:])")
# Title words as they occur in the text, each with its final period.
_TITLE_WORDS: Final[frozenset[str]] = frozenset(w.rstrip(".") for t in ACADEMIC_TITLES for w in t.split())
_CASES: Final[frozenset[str]] = frozenset(CASE_PREFERENCE)
# Separators between a function and the name it belongs to ("Dyrektor MOPS, Pani ...", "Burmistrz – Pan").
_ROLE_JOIN_RE: Final[re.Pattern[str]] = re.compile(rf"[ \t]*(?:(?:[,:]|{DASH})[ \t]*)?")
# Words allowed inside a function phrase between capitalised words ("Departamentu Inwestycji i
# Rozwoju", "Zespołu ds. Modelu", "Ośrodka Pomocy Społecznej w Toruniu").
_ROLE_CONNECTORS: Final[frozenset[str]] = frozenset(
    ["i", "ds", "do", "spraw", "w", "we", "na", "rzecz", "dla", "oraz", "im", "św", "nr", "nad", "pod", "woj"]
)
# Connectors that may also join two functions or two people ("Marszałek ... i Wicemarszałek").
_GENDERS: Final[tuple[str, str]] = ("m", "f")  # of a person whose gender the text shows
_COORDINATORS: Final[frozenset[str]] = frozenset(["i", "oraz"])
_ROLE_MAX_WORDS: Final[int] = 14
# Longest chain of titles and honorifics before a name ("Pani prof. dr hab. inż.").
_PREFIX_MAX_WORDS: Final[int] = 6
# Parts of speech that disqualify a word from being an adjective of a function ("też", "także").
_NOT_ADJECTIVE_POS: Final[frozenset[str]] = frozenset(["part", "qub", "adv", "conj", "comp", "prep"])
# "z" in a function's matter ("ds. współpracy z sektorem zdrowia") and the words that open a matter.
_WITH_PREPOSITIONS: Final[frozenset[str]] = frozenset(["z", "ze"])
_MATTER_CUES: Final[frozenset[str]] = frozenset(["ds", "spraw"])
# "nasz", "nasi", "naszego" ...: the page's own organisation speaks.
_OUR_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<!\w)[Nn]asz(?:a|e|ego|ej|emu|ym|ymi|ych|ą)?(?!\w)|(?<!\w)[Nn]asi(?!\w)"
)
_SENTENCE_END_RE: Final[re.Pattern[str]] = re.compile(r"[.!?]\s|\n")
# How far to look for the sentence around a function, and for the end of the page's first line.
_SENTENCE_WINDOW: Final[int] = 300
_SITE_LINE_MAX: Final[int] = 200
# Adjectives in "-ski"/"-cki"/"-dzki" after a first name are surnames ("Róża Kowalska"), never the
# adjective of a room ("Sala Biała").
_SURNAME_ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = ("ski", "cki", "dzki")
# Nouns whose unquoted capitalised complement is a name of a project or programme, not an employer.
_NAMED_WORK_NOUNS: Final[frozenset[str]] = frozenset(["projekt", "program"])
# Prepositions that tie a person to an organisation right after the name or inside the function.
_ORG_PREPOSITIONS: Final[frozenset[str]] = frozenset(["z", "ze", "w", "we", "przy"])


@Language.factory(
    "kn_persons",
    assigns=["doc.spans", "span._.kn_person"],
    requires=["doc.spans"],
)
def make_persons(nlp: Language, name: str) -> PersonFinder:
    return PersonFinder(nlp, name)


@dataclass(slots=True)
class _Person:
    """One person found in the text: canonical name parts and what the mentions say about them."""

    given: tuple[str, ...]
    surname: str
    gender: str | None
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join((*self.given, self.surname))


# --- word classes (cached per form through morph's cache and our own) -----------------------------


@functools.cache  # (a tag is parsed once per process: the tagset is small)
def _cases(tag: str) -> frozenset[str]:
    parts = tag.split(":")
    return frozenset(parts[2].split(".")) & _CASES if len(parts) > 2 else frozenset()


@functools.cache  # (a tag is parsed once per process: the tagset is small)
def _is_sg(tag: str) -> bool:
    parts = tag.split(":")
    return len(parts) > 1 and "sg" in parts[1].split(".")


def _gender(interp: morph.Interp) -> str | None:
    g = interp.gender
    return "f" if g == "f" else ("m" if g == "m1" else None)


@functools.lru_cache(maxsize=131_072)
def _name_readings(form: str, label: str) -> tuple[tuple[str, str, str], ...]:
    """(lemma, gender, case) of the form's singular readings with an SGJP label ("imię", "nazwisko").

    In SGJP's order, which puts the common Polish lemma first ("Markiem": Marek before Marco).
    """
    out: dict[tuple[str, str, str], None] = {}
    for i in morph.analyse(form):
        if i.form != form:
            continue  # a segment of a hyphenated word ("Jean" of "Jean-Pierre"), not the word
        if label in i.labels and i.pos == "subst" and _is_sg(i.tag) and (g := _gender(i)):
            out.update(dict.fromkeys((i.lemma, g, c) for c in sorted(_cases(i.tag))))
    return tuple(out)


@functools.lru_cache(maxsize=65_536)
def _given_readings(form: str) -> tuple[tuple[str, str, str], ...]:
    """(lemma, gender, case) of a first name in the singular; empty if the form is not one.

    Cached on its own (not only through ``_name_readings``): asked of every capitalised word.
    A listed foreign first name SGJP reads otherwise gets its nominative too ("dr Jana Dvořáková":
    SGJP knows "Jana" only as the genitive of Jan); one SGJP does not know at all is read by
    ``read_foreign``."""
    out = _name_readings(form, "imię")
    if out and form in FOREIGN_GIVEN_NAMES and not any(lemma == form and case == "nom" for lemma, _, case in out):
        out = (*out, (form, _foreign_gender(form), "nom"))
    return out


@functools.lru_cache(maxsize=16_384)
def _plural_surnames(form: str) -> tuple[tuple[str, str], ...]:
    """(lemma, case) of the form's readings as a surname in the masculine-personal plural
    ("Kowalscy", "Nowakom"): a family or a couple named together."""
    out: dict[tuple[str, str], None] = {}
    for i in morph.analyse(form):
        parts = i.tag.split(":")
        if "nazwisko" in i.labels and i.pos == "subst" and len(parts) > 3 and parts[1] == "pl" and parts[3] == "m1":
            out.update(dict.fromkeys((i.lemma, c) for c in sorted(_cases(i.tag))))
    return tuple(out)


def _surname_of(lemma: str, gender: str) -> str:
    """A surname in the given gender: "Kowalski" -> "Kowalska" for a woman; nouns stay ("Nowak")."""
    if gender == "f" and lemma.endswith(FEMININE_SURNAME_ENDINGS):
        return lemma[:-1] + "a"
    return lemma


@functools.lru_cache(maxsize=65_536)
def _surname_readings(form: str) -> tuple[tuple[str, str, str], ...]:
    """(lemma, gender, case) of a surname SGJP knows, in the singular."""
    return _name_readings(form, "nazwisko")


@functools.lru_cache(maxsize=4_096)
def _honorific_readings(form: str) -> frozenset[tuple[str, str]] | None:
    """(gender, case) pairs of "Pan"/"Panią"/"pani" ...; None if the word is not an honorific."""
    low = form.lower()
    if low in HONORIFIC_ABBREVIATIONS:
        return frozenset()
    out: set[tuple[str, str]] = set()
    for i in morph.analyse(low):
        if i.lemma in HONORIFIC_LEMMAS and _is_sg(i.tag) and (g := _gender(i)):
            out.update((g, c) for c in _cases(i.tag))
    return frozenset(out) if out else None


@functools.lru_cache(maxsize=65_536)
def _common_lemmas(form: str) -> frozenset[str]:
    """Lower-case lemmas of the form's non-name readings ("Dyrektor" -> {"dyrektor"})."""
    return frozenset(i.lemma.lower() for i in morph.analyse(form) if i.pos != "ign")


@functools.lru_cache(maxsize=16_384)
def _context_readings(form: str) -> frozenset[tuple[str, str]]:
    """(gender, case) pairs a function noun or a preposition before a name allows."""
    out: set[tuple[str, str]] = set()
    for i in morph.analyse(form.lower()):
        parts = i.tag.split(":")
        if i.pos == "prep" and len(parts) > 1:
            out.update((g, c) for g in ("m", "f") for c in parts[1].split(".") if c in _CASES)
        elif i.pos == "subst" and i.lemma.lower() in ROLE_LEMMAS and _is_sg(i.tag):
            g = _gender(i)
            if g is not None:
                out.update((g, c) for c in _cases(i.tag))
            elif i.gender in {"m2", "m3"}:
                out.update(("m", c) for c in _cases(i.tag))
    return frozenset(out)


@functools.lru_cache(maxsize=65_536)
def _is_role(form: str) -> bool:
    """A word naming a function, singular ("Dyrektor", "zastępcę"; not "dyrektorzy")."""
    return any(
        i.lemma.lower() in ROLE_LEMMAS and i.pos == "subst" and _is_sg(i.tag) for i in morph.analyse(form.lower())
    )


@functools.lru_cache(maxsize=65_536)
def _is_title_case(form: str) -> bool:
    """Every hyphen part starts upper-case and continues lower-case ("Zawada-Kmieć"; not "ROPS").

    Cached: asked of every word several times (full names, short mentions, prefixes).
    """
    return all(len(p) >= 2 and p[0].isupper() and p[1:].islower() for p in form.split("-"))


@functools.lru_cache(maxsize=65_536)
def _mention_kind(form: str) -> tuple[bool, bool] | None:
    """What ``short_mentions`` needs of a word alone, in one cached call: None when it cannot be a
    surname mention, else (a first name, a surname strong enough to list after a title alone)."""
    if not (_is_title_case(form) and _surname_ok(form)):
        return None
    given = bool(_given_readings(form))
    return given, _strong_surname(form) and not given


@functools.lru_cache(maxsize=16_384)
def _place_nominative(form: str) -> bool:
    """The form is a place name's own nominative (SGJP ``nazwa_geograficzna`` whose lemma it is)."""
    return any("nazwa_geograficzna" in r.labels and r.lemma.lower() == form.lower() for r in morph.analyse(form))


@functools.lru_cache(maxsize=16_384)
def _unit_place_nominative(form: str) -> bool:
    """A place name's own nominative that a unit noun can name: a gmina's or a town's ("Gminy
    Wodzisław"); not a village that shares a first name ("Prezydent Miasta Anna Nowak": Anna is
    a village too)."""
    if not _place_nominative(form):
        return False
    gz = gazetteer()
    key = form.casefold()
    return bool(gz.communes(key)) or any(loc.kind in TOWN_KINDS for loc in gz.localities(key))


@functools.lru_cache(maxsize=16_384)
def _foreign_given_readings(form: str) -> tuple[tuple[str, str, str], ...]:
    """(gender, case, nominative) of a form of a first name in ``FOREIGN_GIVEN_NAMES``: the name
    itself in the nominative, or a form the ending rules lead back to it ("Oksanie" -> Oksana,
    dative or locative; "Petrem" -> Petr, instrumental). In ``CASE_PREFERENCE`` order."""
    out: list[tuple[str, str, str]] = []
    for case in CASE_PREFERENCE:
        for gender in ("f", "m"):
            names = (form,) if case == "nom" else _rule_nominatives(form, gender, case)
            out += [
                (gender, case, n)
                for n in names[:1]
                if n in FOREIGN_GIVEN_NAMES and _foreign_gender(n) == gender and (case == "nom" or n != form)
            ]
    return tuple(out)


def _rule_given_nominative(form: str, gender: str, case: str) -> str | None:
    """The nominative of an unknown first name by the ending rules, part by part ("Jean-Pierre")."""
    parts = [_rule_nominatives(p, gender, case) for p in form.split("-")]
    return "-".join(p[0] for p in parts) if all(parts) else None


def _foreign_gender(name: str) -> str:
    """A listed foreign first name's gender: feminine if it ends in -a, bar ``FOREIGN_MEN_IN_A``,
    or if it is one of ``FOREIGN_WOMEN_NOT_IN_A`` ("Sabine", "Lucie")."""
    if name in FOREIGN_WOMEN_NOT_IN_A:
        return "f"
    return "f" if name.endswith("a") and name not in FOREIGN_MEN_IN_A else "m"


@functools.lru_cache(maxsize=65_536)
def _may_start_name(form: str) -> bool:
    """What ``read_name`` needs of the word a name starts with, as far as the word alone decides:
    title case, and a first name SGJP knows or an unknown word of three letters or more (a foreign
    first name). One cached test per capitalised word instead of a method call that reads it."""
    return _is_title_case(form) and (
        bool(_given_readings(form)) or bool(_foreign_given_readings(form)) or not (_known_whole(form) or len(form) < 3)
    )


@functools.lru_cache(maxsize=65_536)
def _surname_part_ok(part: str, geographic: bool = False) -> bool:
    """Can this capitalised word be (part of) a surname?

    A place name ("Kraków", "Kalisz") is a surname only when ``geographic`` says the context leaves
    no other reading (an honorific or title before the first name: "Pan Wiesław Kraków").
    """
    if not _is_title_case(part):
        return False
    lemmas = _common_lemmas(part)
    if lemmas & (NOT_SURNAME_LEMMAS | ROLE_LEMMAS | ORG_HEAD_LEMMAS | HONORIFIC_LEMMAS):
        return False
    if part.lower().rstrip(".") in _TITLE_WORDS:
        return False
    interps = morph.analyse(part)
    if any(i.pos == "ign" for i in interps) or _surname_readings(part) or _given_readings(part):
        return True
    # a capitalised singular common noun can be a surname ("Anna Pociecha"); other words cannot
    return any(
        i.pos == "subst" and _is_sg(i.tag) and (geographic or "nazwa_geograficzna" not in i.labels) for i in interps
    )


@functools.lru_cache(maxsize=65_536)
def _surname_ok(form: str, geographic: bool = False) -> bool:
    """Can this capitalised word be a surname? In a double surname a place-name part is allowed
    when another part is a surname on its own ("Kraków-Nowak"; but "Bielsko-Biała" is a town)."""
    parts = form.split("-")
    if len(parts) > 1 and not geographic and any(_surname_part_ok(p) for p in parts):
        geographic = True
    return all(_surname_part_ok(p, geographic) for p in parts)


@functools.lru_cache(maxsize=65_536)
def _strong_surname(form: str) -> bool:
    """Evidence that a word alone is a surname: SGJP ``nazwisko`` or an unknown word with a surname ending."""
    if not _surname_ok(form):
        return False
    parts = form.split("-")
    return all(
        _surname_readings(p)
        or (not morph.is_known(p) and p.lower().endswith(SURNAME_LIKE_ENDINGS))
        or (len(parts) > 1 and not morph.is_known(p))
        for p in parts
    )


def _endings_by_last() -> dict[tuple[str, str, str], tuple[tuple[str, str], ...]]:
    """``SURNAME_ENDINGS`` of each (gender, case) that a word ending in a given letter can have, in
    their order (key letter ""): the empty ending. A form is then tried against a few endings,
    not against all of its case's (each new capitalised word of an article is tried in every case
    and gender)."""
    out: dict[tuple[str, str, str], tuple[tuple[str, str], ...]] = {}
    for (gender, case), endings in SURNAME_ENDINGS.items():
        for last in {e[-1:] for e, _ in endings}:
            out[gender, case, last] = tuple((e, r) for e, r in endings if not e or e[-1] == last)
        out[gender, case, ""] = tuple((e, r) for e, r in endings if not e)
    return out


_ENDINGS_BY_LAST: Final[dict[tuple[str, str, str], tuple[tuple[str, str], ...]]] = _endings_by_last()


@functools.lru_cache(maxsize=131_072)
def _rule_nominatives(form: str, gender: str, case: str) -> tuple[str, ...]:
    """Nominatives of an unknown surname form by the ending rules, most specific first.

    Cached: every capitalised word of an article is tried against every known person's gender in
    every case, so the same (form, gender, case) comes back many times per article.
    """
    out: list[str] = []
    for ending, repl in _ENDINGS_BY_LAST.get((gender, case, form[-1:]), _ENDINGS_BY_LAST.get((gender, case, ""), ())):
        if form.endswith(ending) and len(form) - len(ending) >= 2:
            cand = form[: len(form) - len(ending)] + repl
            if cand not in out:
                out.append(cand)
    return tuple(out)


@functools.lru_cache(maxsize=131_072)
def _part_readings(part: str, gender: str, case: str) -> tuple[tuple[int, str] | None, tuple[str, ...]]:
    """What ``_part_nominatives`` can know without the article: (the answer, ()) when the article's
    words cannot change it, else (the answer without them, the rule candidates to look up in them).

    Split off so that the morphology and the ending rules are computed once per form, not once
    per call and per article.
    """
    readings = _surname_readings(part)
    known = sorted(lemma for lemma, g, c in readings if g == gender and c == case)
    if known:
        # prefer the lemma equal to the form (an unchanging surname), then SGJP order
        return (3, part if part in known else known[0]), ()
    cands = _rule_nominatives(part, gender, case)
    if not cands:
        # a nominative SGJP surname left uninflected ("z Andrzejem Bojko")
        return ((1, part) if any(lemma == part and c == "nom" for lemma, _, c in readings) else None), ()
    # a candidate SGJP knows as a surname of this gender beats the bare first rule
    for cand in cands:
        if any(g == gender and c == "nom" for _, g, c in _surname_readings(cand)):
            return (2, cand), tuple(c for c in cands if c != part)
    return (1, cands[0]), tuple(c for c in cands if c != part)


def _part_nominatives(part: str, gender: str, case: str, seen: frozenset[str]) -> tuple[int, str] | None:
    """Nominative of one surname part for a gender and case, with a confidence score.

    3: SGJP knows the surname in that gender and case; 2: the rules give a form written elsewhere
    in the article; 1: the rules alone; None when the form cannot be that gender and case (SGJP
    knows it as a surname, but not so).
    """
    answer, look_up = _part_readings(part, gender, case)
    for cand in look_up:
        if cand in seen:
            return 2, cand
    return answer


@functools.lru_cache(maxsize=65_536)
def _surname_pairs(
    form: str,
) -> tuple[tuple[tuple[str, str, str, tuple[str, ...]], ...], frozenset[str]]:
    """(gender, case, nominative without the article, rule candidates to look up in the article) of
    a surname form without a hyphen, for each pair of ``_GENDERS`` and ``CASE_PREFERENCE`` in which
    ``_part_nominatives`` can give a nominative at all, and every nominative these can give.

    What ``match_known`` asks of every capitalised word, computed once per form instead of twelve
    calls per word and article."""
    out: list[tuple[str, str, str, tuple[str, ...]]] = []
    for gender in _GENDERS:
        for case in CASE_PREFERENCE:
            answer, look_up = _part_readings(form, gender, case)
            if answer is not None:
                out.append((gender, case, answer[1], look_up))
    return tuple(out), frozenset(n for _, _, answer, look_up in out for n in (answer, *look_up))


def _surname_nominative(form: str, gender: str, case: str, seen: frozenset[str]) -> tuple[int, str] | None:
    """Nominative of a (possibly hyphenated) surname; the score is that of its weakest part."""
    if "-" not in form:
        return _part_nominatives(form, gender, case, seen)
    parts: list[str] = []
    score = 3
    for part in form.split("-"):
        got = _part_nominatives(part, gender, case, seen)
        if got is None:
            return None
        score = min(score, got[0])
        parts.append(got[1])
    return score, "-".join(parts)


def _title_cased(form: str) -> str:
    """ "KULESZA-SIENKIEWICZ" -> "Kulesza-Sienkiewicz"."""
    return "-".join(p[:1].upper() + p[1:].lower() for p in form.split("-"))


def _title_case_names(text: str, words: Sequence[Word], caps: list[int] | None = None) -> list[Word]:
    """Names written in capitals ("ANNA NOWAK", "Tekst: JAN KOWALSKI-LIS") read as "Anna Nowak".

    A word in capitals is rewritten only when it is a first name SGJP knows and the next word on the
    line is in capitals too (then that word as well): an acronym ("ROPS", "GOPS") or a shouted
    headline word is left alone. The offsets stay those of the text.

    ``caps`` (``capitalised(words)``) narrows the search: a first name starts with an upper-case
    letter, so a word in capitals whose first letter has no case ("ªBC") is no name SGJP knows.
    """
    out = list(words)
    if caps is None:
        caps = capitalised(words)
    n = len(words)
    # only capitalised words in capitals can start such a name (found in C: most articles have few)
    for k in compress(caps, map(str.isupper, map(_word_text, map(words.__getitem__, caps)))):
        if k + 1 >= n or not words[k + 1].text.isupper():
            continue
        w, nxt = out[k], out[k + 1]
        if not (len(w.text) >= 3 and w.text.isupper() and len(nxt.text) >= 2 and nxt.text.isupper()):
            continue
        if text[w.end : nxt.start] not in NAME_GAPS or not _given_readings(_title_cased(w.text)):
            continue
        out[k] = Word(w.start, w.end, _title_cased(w.text))
        out[k + 1] = Word(nxt.start, nxt.end, _title_cased(nxt.text))
    return out


_word_start = attrgetter("start")
_word_text = itemgetter(2)
_second = itemgetter(1)


# --- the component ---------------------------------------------------------------------------------


class PersonFinder(KnComponent):
    span_group = "kn_persons"

    def find(self, doc: Doc) -> list[Found]:
        text = text_of(doc)
        caps = text_capitals(text)  # rewriting names in capitals keeps the first letters upper case
        words = _title_case_names(text, text_words(text), caps)
        places = [(v["start"], v["end"]) for v in values(doc, "kn_places") if v.get("kind") == "locality"]
        orgs = values(doc, "kn_orgs")
        seen = frozenset(map(_word_text, map(words.__getitem__, caps)))
        finder = _Reader(text, words, places, orgs, seen, caps)
        persons = finder.full_names()
        finder.short_mentions(persons)
        found: list[Found] = []
        widgets = widget_spans(text)
        for p in persons:
            value = {"name": p.name, "title": p.title, "role": p.role, "organization": p.organization}
            # a name only in a sidebar or a comment ("Halina Węgrzyn, 04.01.2023 o 19:02") is not
            # one of the article's people
            mentions = [(s, e) for s, e in p.mentions if not (widgets and in_widget(text, s))]
            found.extend(Found(s, e, value) for s, e in mentions)
        return found


class _Reader:
    """The per-document state of the person finder (words, places, organisations)."""

    def __init__(
        self,
        text: str,
        words: list[Word],
        places: list[tuple[int, int]],
        orgs: list[dict[str, Any]],
        seen: frozenset[str],
        caps: list[int] | None = None,
    ) -> None:
        self.text = text
        self.words = words
        # the capitalised words: where a name or a surname mention can start
        self.caps = capitalised(words) if caps is None else caps
        # places sorted by start with the running maximum of their ends: containment in O(log n)
        places = sorted(places)
        self.place_starts = [s for s, _ in places]
        self.place_max_end = list(accumulate((e for _, e in places), max))
        self.orgs = orgs  # sorted by start (``values`` sorts them)
        self.org_starts = [o["start"] for o in orgs]
        self.seen = seen
        self.taken: set[int] = set()  # indices of words already part of a mention
        # organisation names by the lemma of their head noun, at most two each (built when needed)
        self.by_head: dict[str | None, set[str]] | None = None

    # -- helpers on word positions ------------------------------------------------------------------

    def gap(self, i: int) -> str:
        """Text between word ``i`` and word ``i + 1``."""
        return self.text[self.words[i].end : self.words[i + 1].start] if i + 1 < len(self.words) else ""

    def joined(self, i: int) -> bool:
        """Word ``i + 1`` follows word ``i`` on the same line with only spaces between."""
        words = self.words
        return i + 1 < len(words) and self.text[words[i].end : words[i + 1].start] in NAME_GAPS

    def in_place(self, start: int, end: int) -> bool:
        """``[start, end)`` lies inside a locality found by ``kn_places``."""
        k = bisect.bisect_right(self.place_starts, start) - 1
        return k >= 0 and self.place_max_end[k] >= end

    def orgs_between(self, start: int, end: int) -> list[dict[str, Any]]:
        """Organisations (``kn_orgs``) starting in ``[start, end)``, in text order."""
        lo = bisect.bisect_left(self.org_starts, start)
        hi = bisect.bisect_left(self.org_starts, end)
        return self.orgs[lo:hi]

    # -- what precedes a name -----------------------------------------------------------------------

    def prefix(self, i: int) -> tuple[int, str | None, frozenset[tuple[str, str]] | None, str | None]:
        """Words before word ``i`` that introduce a name: titles, honorifics, function abbreviations.

        Returns the index of the first such word (``i`` if none), the title as written in
        ``ACADEMIC_TITLES`` form, the (gender, case) pairs an honorific allows (None without one) and
        the kind of cue found ("title", "honorific", "function", "credit") for single surnames.
        """
        j = i
        titles: list[str] = []
        honor: frozenset[tuple[str, str]] | None = None
        cue: str | None = None
        while j > 0 and i - j < _PREFIX_MAX_WORDS:
            prev = j - 1
            gap = self.text[self.words[prev].end : self.words[j].start]
            low = self.words[prev].lower
            has_period = gap.startswith(".")
            rest = gap[1:] if has_period else gap
            if rest.strip(" \t") == "" and "\n" not in gap and rest:
                if not has_period and prev > 0 and self._professor_of(prev):
                    titles.insert(0, "prof.")  # "prof. UW Ryszard ...": a professor of that university
                    cue = cue or "title"
                    j = prev - 1
                    continue
                if low in _TITLE_WORDS and (has_period or low in {"dr", "mgr"}):
                    titles.insert(0, low + ("." if has_period else ""))
                    cue = cue or "title"
                    j = prev
                    continue
                if low in RANK_WORDS and (has_period or low in RANK_WORDS_WITHOUT_PERIOD):
                    titles.insert(0, low + ("." if has_period else ""))  # "asp. szt.", "ppłk", "red."
                    cue = cue or "title"
                    j = prev
                    continue
                if has_period and low in FUNCTION_ABBREVIATIONS:
                    cue = cue or "function"
                    j = prev
                    continue
                if honor is None and (h := _honorific_readings(self.words[prev].text)) is not None:
                    if low in HONORIFIC_ABBREVIATIONS and not has_period:
                        break
                    honor = h
                    cue = "honorific" if cue is None else cue
                    j = prev
                    continue
                if honor is None and not has_period and j == i and (h := self._honorific_before_role(prev)):
                    # "Pani Kierownik Iwona Jaszczuk", "Panią Dyrektor Annę Wilk": the honorific
                    # gives the gender and case; the role noun is masculine whoever holds it (and
                    # stays the name's role: the prefix ends before it)
                    honor = h
                    cue = "honorific" if cue is None else cue
                    break
            if low in CREDIT_CUES and (":" in gap or has_period) and "\n" not in gap:
                cue = cue or "credit"
            break
        return j, _title(titles), honor, cue

    def _honorific_before_role(self, k: int) -> frozenset[tuple[str, str]] | None:
        """The readings of an honorific right before word ``k`` when ``k`` is a capitalised role
        noun ("Pani Kierownik", "Pana Wójta"); None otherwise."""
        word = self.words[k]
        if k == 0 or not word.text[:1].isupper() or not _is_role(word.text):
            return None
        prev = self.words[k - 1]
        gap = self.text[prev.end : word.start]
        if gap != " " or prev.lower in HONORIFIC_ABBREVIATIONS:
            return None
        return _honorific_readings(prev.text) or None

    def _professor_of(self, k: int) -> bool:
        """Word ``k`` is a university's acronym after "prof." ("prof. UW", "prof. UMCS", "prof. PWr")."""
        acronym = self.words[k].text
        return (
            2 <= len(acronym) <= 6
            and acronym[0].isupper()
            and sum(c.isupper() for c in acronym) >= 2
            and self.words[k - 1].lower == "prof"
            and self.text[self.words[k - 1].end : self.words[k].start] == ". "
        )

    def after_unit_noun(self, i: int) -> bool:
        """ "Gminy Wodzisław", "gm. Tomaszów": a first name that is also a place, named as one.

        The place is written in the nominative after the unit noun, so the word must be a place
        name's own nominative ("Wodzisław"; not "Jan", a form of the village "Jany": "Sekretarz
        Powiatu Jan Gil").
        """
        if i == 0 or not _unit_place_nominative(self.words[i].text):
            return False
        prev = self.words[i - 1]
        gap = self.text[prev.end : self.words[i].start]
        return _PHRASE_GAP_RE.fullmatch(gap) is not None and bool(_common_lemmas(prev.text) & UNIT_NOUNS)

    def is_patron(self, first: int, last: int, case: str) -> bool:
        """A patron, saint, monarch or street name rather than a participant."""
        j = first
        while j > 0 and first - j < 4:
            prev = self.words[j - 1]
            gap = self.text[prev.end : self.words[j].start]
            if "\n" in gap or not _CUE_GAP_RE.fullmatch(gap):
                break
            if prev.lower in PATRON_CUES:
                return True
            if prev.lower not in PATRON_TITLES:
                break
            j -= 1
        if first > 0:
            prev = self.words[first - 1]
            gap = self.text[prev.end : self.words[first].start]
            if (
                case == "gen"
                and prev.text[:1].isupper()
                and gap in NAME_GAPS
                and _common_lemmas(prev.text) & PATRON_HEADS
            ):
                return True
        end = self.words[last].end
        if ROMAN_RE.match(self.text, end, end + 8):
            return True
        if (house := _HOUSE_NUMBER_RE.match(self.text, end, end + 12)) is not None:
            nxt = WORD_RE.match(self.text, house.end() + 1) if self.text[house.end() : house.end() + 1] == " " else None
            if nxt is None or nxt.group().lower() not in MONTHS:
                return True  # "przy Marii Skłodowskiej-Curie 3", not "Jan Kowalski 12 marca"
        return last + 1 < len(self.words) and self.joined(last) and self.words[last + 1].lower in PATRON_EPITHETS

    # -- full names ---------------------------------------------------------------------------------

    def full_names(self) -> list[_Person]:
        persons: list[_Person] = []
        by_name: dict[str, _Person] = {}
        # persons by (surname, gender), in the order found: ``_same_person`` needs both equal, so
        # a name is compared with its namesakes only, not with every person (quadratic on a list
        # of thousands of names)
        by_surname: dict[tuple[str, str | None], list[_Person]] = {}
        # persons by what a declined spelling of their surname shares (``declined_variant``)
        by_stem: dict[tuple[tuple[str, ...], str | None, str, int], list[_Person]] = {}
        after = 0  # words before this index are read already
        coupled: set[int] = set()
        for first, last, couple in self.couples():
            # "Janina i Tadeusz Kowalscy": two persons, one surname in the plural
            # (mentions must differ: the first person's is the whole phrase, the second's its
            # own first name with the surname)
            for person, start in zip(couple, (first, first + 2), strict=True):
                if person.name in by_name:
                    continue
                by_name[person.name] = person
                persons.append(person)
                by_surname.setdefault((person.surname, person.gender), []).append(person)
                by_stem.setdefault(_stem_key(person), []).append(person)
                person.mentions.append((self.words[start].start, self.words[last].end))
            coupled.update(range(first, last + 1))
        self.taken.update(coupled)
        caps = self.caps  # a name starts with a capital (``read_name`` is None for other words)
        # the capitals that may start a name, picked in C (``_may_start_name`` is a cached pure test)
        for i in compress(caps, map(_may_start_name, map(_word_text, map(self.words.__getitem__, caps)))):
            if i < after or i in coupled:
                continue
            got = self.read_name(i)
            if got is None:
                continue
            if isinstance(got, int):
                after = got  # a patron, street or place: skip all of it ("im. Jana Pawła Kowalskiego")
                continue
            person, first, last, title = got
            key = person.name
            namesakes = by_surname.get((person.surname, person.gender), ())
            variant = next((p for p in namesakes if _same_person(p, person)), None)
            if variant is None and key not in by_name:
                variant = self.declined_variant(by_stem.get(_stem_key(person), ()), person)
                if variant is not None:  # under its (maybe new) spelling too, for the mentions to come
                    by_name.setdefault(variant.name, variant)
                    if variant not in by_surname.setdefault((variant.surname, variant.gender), []):
                        by_surname[(variant.surname, variant.gender)].append(variant)
            if key in by_name or variant is not None:
                known = by_name.get(key) or variant
                assert known is not None
                known.title = known.title or title
                if len(person.given) > len(known.given):
                    known.given = person.given  # "Józef Lisowski" ... "Józef Bogdan Lisowski"
            else:
                person.title = title
                by_name[key] = person
                persons.append(person)
                by_surname.setdefault((person.surname, person.gender), []).append(person)
                by_stem.setdefault(_stem_key(person), []).append(person)
                known = person
            start, end = self.words[first].start, self.words[last].end
            known.mentions.append((start, end))
            if known.role is None:
                known.role, known.organization = self.role_of(first, last)
            self.taken.update(range(first, last + 1))
            after = last + 1
        return persons

    def couples(self) -> list[tuple[int, int, list[_Person]]]:
        """A woman and a man named by their first names and one surname in the plural, in one case
        ("państwo Janina i Tadeusz Kowalscy", "Annie i Markowi Nowakom"): (first word, last word,
        the two persons), each with the surname of their gender ("Kowalska", "Kowalski")."""
        words, out = self.words, []
        for i in self.caps:
            if i + 3 >= len(words) or self.text[words[i + 1].start : words[i + 1].end] not in COUPLE_JOINERS:
                continue
            if not (self.joined(i) and self.joined(i + 1) and self.joined(i + 2)):
                continue
            one = _given_readings(self.text[words[i].start : words[i].end])
            two = _given_readings(self.text[words[i + 2].start : words[i + 2].end])
            plural = _plural_surnames(self.text[words[i + 3].start : words[i + 3].end])
            for case in ("nom", "gen", "dat", "acc", "inst", "loc"):
                a = next(((lemma, g) for lemma, g, c in one if c == case), None)
                b = next(((lemma, g) for lemma, g, c in two if c == case), None)
                surname = next((lemma for lemma, c in plural if c == case), None)
                if a and b and surname and {a[1], b[1]} == {"f", "m"}:
                    people = [_Person((name,), _surname_of(surname, g), g) for name, g in (a, b)]
                    out.append((i, i + 3, people))
                    break
        return out

    def declined_variant(self, persons: Sequence[_Person], person: _Person) -> _Person | None:
        """A person already found whose surname the new one's is a different nominative of.

        SGJP may give an oblique form the lemma of another surname: "Panu Adamowi Kozłowi" reads as
        Kozioł, while the article writes "Adam Kozieł". They are one person when the first names and
        gender are the same, only one of the two spellings is written in the article, and the two
        are close: same start and length, at most two letters apart (a vowel alternation, not
        "Nowak"/"Nowacka"). The person keeps the spelling the text writes in the nominative.

        ``persons``: those with the new one's ``_stem_key`` (first names, gender, the surname's first
        three letters and length), so that a list of thousands of names is not compared pairwise."""
        for known in persons:  # same first names, gender, surname start and length: the key says so
            a, b = known.surname, person.surname
            if _edit_distance(a, b) > _VARIANT_EDITS:
                continue
            a_written, b_written = a in self.seen, b in self.seen
            if a_written == b_written:
                continue
            if b_written:
                known.surname = b
            return known
        return None

    def read_name(self, i: int) -> tuple[_Person, int, int, str | None] | int | None:
        """A full name (first name(s) + surname) starting at word ``i``.

        None when there is none; the index of the word after it when the name is a patron, a
        street or a place (its words must not start another name).
        """
        words = self.words
        if not _is_title_case(words[i].text):
            return None
        if not _given_readings(words[i].text):
            return self.read_foreign(i)
        if _honorific_readings(words[i].text) is not None or self.after_unit_noun(i):
            return None
        # the run of first names, then the surname
        run = [i]
        while len(run) < 4 and self.joined(run[-1]) and _given_readings(words[run[-1] + 1].text):
            if not _is_title_case(words[run[-1] + 1].text):
                break
            run.append(run[-1] + 1)
        first_idx = i
        pre, title, honor, _ = self.prefix(first_idx)
        # after "Pan"/"dr" a place name can only be a surname: "Pan Wiesław Kraków",
        # and so it can before a function: "Wiesław Kraków – doradca ds. kooperacji"
        nxt = run[-1] + 1
        cued = honor is not None or title is not None
        if not cued and self.joined(run[-1]) and not _surname_ok(words[nxt].text):
            cued = _surname_ok(words[nxt].text, True) and self.role_after(nxt) is not None
        if self.joined(run[-1]) and (_surname_ok(words[nxt].text, cued) or self.function_surname(nxt)):
            given, sur = run, [run[-1] + 1]
        elif len(run) >= 2 and _surname_ok(words[run[-1]].text):
            given, sur = run[:-1], [run[-1]]
        else:
            return None
        best = self.agree(given, sur[0], honor, self.context(pre))
        if best is None:
            return None
        gender, case, given_lemmas, surname, _score = best
        if honor is None and title is None and len(given) == 1 and _noun_phrase(words[i].text, words[sur[0]].text):
            return sur[0] + 1  # "w Sali Białej": a room, not Ms Sala Biała
        return self.finish_name(given_lemmas, gender, case, first_idx, sur[0], pre, honor, title, surname)

    def function_surname(self, k: int) -> bool:
        """A function noun SGJP also lists as a surname, right after a first name and ending the
        phrase: "Pan Marek Sołtys – kierownik GOPS", "Anna Wójt przywitała gości" (not "Jan Nowak,
        Sołtys wsi": there the function follows the surname, and "sołtys wsi" goes on)."""
        form = self.words[k].text
        if not (_is_title_case(form) and _surname_readings(form) and _common_lemmas(form) & ROLE_LEMMAS):
            return False
        if not self.joined(k):
            return True
        after = self.words[k + 1].text
        return after[:1].islower() and not _is_genitive_noun(after) and not _is_genitive_adjective(after)

    def read_foreign(self, i: int) -> tuple[_Person, int, int, str | None] | int | None:
        """A name whose first name SGJP does not know ("Pani Olena Kovalenko", "Pavla Horáková").

        Without Morfeusz the first name proves nothing, so the name needs a cue: an honorific or
        title before it, a first name of ``FOREIGN_GIVEN_NAMES`` ("Olena Kowalenko"), a surname unknown to
        SGJP with a foreign surname ending (``FOREIGN_SURNAME_ENDINGS``), or a double first name made
        of known ones ("Jean-Pierre").
        Gender and case come from the honorific (nominative without one; feminine when the first
        name ends in -a); both words get the ending rules.
        """
        words = self.words
        first = words[i].text
        # a listed foreign first name in any case: "Olena", "Oleną", "Pani Oksanie" (the readings
        # say which (gender, case) the form can be; "Hana", "Dalia" are also words SGJP knows)
        listed = _foreign_given_readings(first)
        if (_known_whole(first) and not listed) or not self.joined(i) or len(first) < 3:
            return None
        # a double first name: each part a first name SGJP knows ("Jean-Pierre", "Anna-Maria")
        double = "-" in first and all(_given_readings(p) for p in first.split("-"))
        if "-" in first and not double:
            return None
        sur_text = words[i + 1].text
        if not _is_title_case(sur_text) or not _surname_ok(sur_text) or _given_readings(sur_text):
            return None
        pre, title, honor, _ = self.prefix(i)
        foreign = bool(listed) or (not morph.is_known(sur_text) and sur_text.lower().endswith(FOREIGN_SURNAME_ENDINGS))
        if honor is None and title is None and not foreign and not double:
            return None
        options: Iterable[tuple[str, str, str | None]]
        if listed:  # the listed name's own readings, those the honorific allows if there is one
            options = [(g, c, n) for g, c, n in listed if honor is None or (g, c) in honor]
        else:
            if honor:
                pairs = sorted(honor, key=lambda gc: (CASE_PREFERENCE.index(gc[1]), gc[0]))
            else:
                pairs = [("f" if first.endswith("a") else "m", "nom")]
            options = ((g, c, _rule_given_nominative(first, g, c)) for g, c in pairs)
        for gender, case, name in options:
            if name is None:
                continue
            got = _surname_nominative(sur_text, gender, case, self.seen)
            if got is not None:
                return self.finish_name([name], gender, case, i, i + 1, pre, honor, title, got[1])
        return None

    def finish_name(
        self,
        given_lemmas: list[str],
        gender: str,
        case: str,
        first_idx: int,
        sur: int,
        pre: int,
        honor: frozenset[tuple[str, str]] | None,
        title: str | None,
        surname: str,
    ) -> tuple[_Person, int, int, str | None] | int:
        """Add a second surname part, then reject patrons, streets and places."""
        words = self.words
        # a second surname part: "Bauer – Hahn", "Lis Kowal"
        last = sur
        if last + 1 < len(words):
            nxt = words[last + 1].text
            dash = DASH_GAP_RE.fullmatch(self.gap(last)) is not None and "\n" not in self.gap(last)
            # ("Jolanta Pyrek – Miejski Ośrodek Pomocy Społecznej": the dash opens her institution)
            opens_org = last + 2 < len(words) and self.joined(last + 1) and _opens_org(words[last + 2].text)
            if (
                (dash or self.joined(last))
                and _second_surname(nxt, dash)
                and not _given_readings(nxt)
                and not opens_org
            ):
                got = _surname_nominative(nxt, gender, case, self.seen)
                if got is not None and (dash or got[0] >= 2):
                    surname = f"{surname}-{got[1]}" if dash else f"{surname} {got[1]}"
                    last += 1
        if (
            self.in_place(words[first_idx].start, words[last].end)
            or (honor is None and title is None and _place_like(words[first_idx].text, words[sur].text))
            or self.is_patron(pre, last, case)
            or self.cut_off(last)
        ):
            return last + 1
        return _Person(tuple(given_lemmas), surname, gender), first_idx, last, title

    def cut_off(self, last: int) -> bool:
        """The name ends the text with a common word SGJP does not know as a surname: a cut surname.

        Scraped articles are often truncated at a length limit, mid-word ("... • Joanna Bod"); a
        real surname there is a known surname, an unknown word ("Gabrek") or one written elsewhere.
        """
        w = self.words[last]
        if last != len(self.words) - 1 or self.text[w.end :].strip():
            return False
        part = w.text.split("-")[-1]
        return morph.is_known(part) and not _surname_readings(part) and self.text.count(part) == 1

    def context(self, pre: int) -> frozenset[tuple[str, str]]:
        """(gender, case) pairs the word right before a name allows, empty if it says nothing.

        A function noun agrees with the name it introduces ("wójta Krzysztofa Mroczka": masculine
        genitive, so not the feminine "Krzysztofa"); a preposition governs its case ("dla", "u":
        genitive).
        """
        if pre == 0 or not _PHRASE_GAP_RE.fullmatch(self.text[self.words[pre - 1].end : self.words[pre].start]):
            return frozenset()
        return _context_readings(self.words[pre - 1].text)

    def agree(
        self,
        given: list[int],
        sur: int,
        honor: frozenset[tuple[str, str]] | None,
        context: frozenset[tuple[str, str]] = frozenset(),
    ) -> tuple[str, str, list[str], str, int] | None:
        """The best (gender, case) reading shared by the first names, the honorific and the surname.

        The honorific must agree; the word before the name (``context``) only narrows the
        readings when some of them agree with it.
        """
        readings = [_given_readings(self.words[g].text) for g in given]
        pairs = {(g, c) for _, g, c in readings[0]}
        for r in readings[1:]:
            pairs &= {(g, c) for _, g, c in r}
        if honor:
            pairs &= honor
        if pairs & context:
            pairs &= context
        best: tuple[tuple[int, bool, int], tuple[str, str, list[str], str, int]] | None = None
        for gender, case in sorted(pairs):  # sorted: the same answer in every process (hash seeds)
            got = _surname_nominative(self.words[sur].text, gender, case, self.seen)
            if got is None:
                continue
            score, surname = got
            lemmas = [self.pick_lemma([lem for lem, g, c in r if g == gender and c == case]) for r in readings]
            usual = not (gender == "f" and any(lemma in RARE_FEMININE_GIVEN for lemma in lemmas))
            rank = (score, usual, -CASE_PREFERENCE.index(case))
            if best is None or rank > best[0]:
                best = (rank, (gender, case, lemmas, surname, score))
        return None if best is None else best[1]

    def pick_lemma(self, lemmas: list[str]) -> str:
        """One first-name lemma of several: the one the article writes elsewhere, else SGJP's first."""
        return next((lem for lem in lemmas if lem in self.seen), lemmas[0])

    # -- surname-only mentions ----------------------------------------------------------------------

    def short_mentions(self, persons: list[_Person]) -> None:
        """Tie "Pani Hełka", "dr Kowalski", "Hełka" to a person; add new ones after a title or honorific."""
        by_surname: dict[str, list[_Person]] = {}
        by_key: dict[tuple[str, str | None], list[_Person]] = {}  # by (surname, gender)
        for p in persons:
            by_surname.setdefault(p.surname, []).append(p)
            by_key.setdefault((p.surname, p.gender), []).append(p)
        words = self.words
        taken = self.taken
        caps = self.caps  # a surname is capitalised
        # (index, kind) of the capitals that may be a mention, picked in C (``_mention_kind`` is None
        # for the others)
        kinds = map(_mention_kind, map(_word_text, map(words.__getitem__, caps)))
        for i, kind in filter(_second, zip(caps, kinds, strict=True)):
            if i in taken:
                continue
            w = words[i]
            given, alone = kind
            if given and i + 1 < len(self.words) and self.joined(i):
                continue  # a first name without a recognised surname: not a surname mention
            if not alone and not self.may_match(w.text, by_surname):
                continue  # no one to tie it to, and no surname to list alone: the words before do not matter
            pre, title, honor, cue = self.prefix(i)
            allowed = honor if honor else None
            match = self.match_known(w.text, by_key, allowed, by_surname.keys())
            if match is not None:
                match.mentions.append((w.start, w.end))
                match.title = match.title or title
                self.taken.add(i)
                continue
            if cue is None and not self.after_role(pre):
                continue
            if cue not in {"title", "honorific", "credit"} or not _strong_surname(w.text) or _given_readings(w.text):
                continue  # "Pani Anna", „Pan Tadeusz”: a first name alone is no one to list
            if self.joined(i) and _is_title_case(self.words[i + 1].text):
                continue  # "Pani Anna X" with an unknown first name, "dr Jan ..." handled elsewhere
            if self.is_patron(pre, i, "nom") or self.in_place(w.start, w.end):
                continue
            new = self.lone_surname(w.text, honor)
            if new is None:
                continue
            person = by_surname.get(new.surname, [None])[0]
            if person is None:
                new.title = title
                persons.append(new)
                by_surname.setdefault(new.surname, []).append(new)
                by_key.setdefault((new.surname, new.gender), []).append(new)
                person = new
            person.mentions.append((w.start, w.end))
            if person.role is None:
                person.role, person.organization = self.role_of(i, i)
            self.taken.add(i)

    def after_role(self, j: int) -> bool:
        """Word ``j - 1`` is a function noun directly before ("dyrektor Hełka")."""
        return j > 0 and self.joined(j - 1) and _is_role(self.words[j - 1].text)

    @staticmethod
    def may_match(form: str, by_surname: dict[str, list[_Person]]) -> bool:
        """False when ``match_known`` cannot find anyone for the form, whatever the words before it:
        no person yet, or none of the form's nominatives a known surname (hyphenated forms are not
        checked here)."""
        if not by_surname:
            return False
        return "-" in form or not _surname_pairs(form)[1].isdisjoint(by_surname.keys())

    def match_known(
        self,
        form: str,
        by_key: dict[tuple[str, str | None], list[_Person]],
        allowed: frozenset[tuple[str, str]] | None,
        surnames: Collection[str] | None = None,
    ) -> _Person | None:
        """The one known person whose surname this form can be an inflection of.

        ``by_key`` holds the persons by (surname, gender): the form's nominatives in each gender and
        case are looked up there, instead of trying the form against every person (a cost of words
        times persons). A person without a gender is matched by a full name only.
        """
        if not by_key:
            return None
        if surnames is None:
            surnames = {surname for surname, _ in by_key}
        hits: dict[int, _Person] = {}
        if "-" in form:
            for gender in _GENDERS:
                for case in CASE_PREFERENCE:
                    if allowed and (gender, case) not in allowed:
                        continue
                    got = _surname_nominative(form, gender, case, self.seen)
                    if got is not None:
                        hits.update((id(p), p) for p in by_key.get((got[1], gender), ()))
        else:
            # ``_part_nominatives`` unrolled over the pairs that can give a nominative at all;
            # none of its nominatives a known surname (the usual case): no one to match
            pairs, nominatives = _surname_pairs(form)
            if nominatives.isdisjoint(surnames):
                return None
            seen = self.seen
            for gender, case, answer, look_up in pairs:
                if allowed and (gender, case) not in allowed:
                    continue
                nominative = next((c for c in look_up if c in seen), answer) if look_up else answer
                if same := by_key.get((nominative, gender)):
                    hits.update((id(p), p) for p in same)
        return next(iter(hits.values())) if len(hits) == 1 else None

    def lone_surname(self, form: str, honor: frozenset[tuple[str, str]] | None) -> _Person | None:
        """A person known only by surname ("dr Kowalski", "Pana Nowaka"), nominative by agreement."""
        pairs = sorted(honor) if honor else [(g, c) for g in ("m", "f") for c in CASE_PREFERENCE]
        best: tuple[tuple[int, int], str, str] | None = None
        for gender, case in pairs:
            got = _surname_nominative(form, gender, case, self.seen)
            if got is None or (not honor and got[0] < 3 and case != "nom"):
                continue
            rank = (got[0], -CASE_PREFERENCE.index(case))
            if best is None or rank > best[0]:
                best = (rank, got[1], gender)
        if best is None:
            return None
        return _Person((), best[1], best[2] if honor else None)

    # -- function and organisation ------------------------------------------------------------------

    def role_of(self, first: int, last: int) -> tuple[str | None, str | None]:
        """The function written next to a name, and the organisation it names (from ``kn_orgs``).

        Inside the function the organisation introduced by a preposition is the employer ("Dyrektor
        Departamentu Strategii w Ministerstwie ..."): the function is cut before it. Otherwise the
        first organisation in it ("Dyrektor MOPS w Będzinie"), or one right after the name.
        """
        role = self.role_after(last) or self.role_before(first)
        if role is None:
            org_span = self.org_right_after(last)
            return None, (org_span["name"] if org_span else None)
        start, end, first_k, head_k = role
        inside = self.orgs_between(start, end)
        org = None
        for o in inside:
            cut = self.preposition_before(o["start"], self.words[head_k].end)
            if cut is not None:
                org, end = o, cut
                break
        if org is None and inside:
            org = inside[0]
        if org is None:
            org = self.org_right_after(last)  # "Koordynator projektu Anna Nowak z ROPS w Toruniu"
        if org is None and start > self.words[last].end:
            # "Anna Nowak – pedagog, Zabłudowski Ośrodek Kultury", "... – pielęgniarka z Ośrodka Zdrowia";
            # after a function that names its body ("radny Gminy Kolno, Powiatowe Centrum ...") a
            # comma opens the next item of a list
            named = any(w.text[:1].isupper() for w in self.words[head_k + 1 : self.word_at_or_after(end) or head_k + 1])
            org = self.org_at(end, comma=not named)
        end = self.before_named_work(head_k, end)
        role_text = self.nominative_role(start, end, first_k, head_k)
        if org is None:
            return role_text or None, self.org_by_head(head_k, end) or self.our_org(start, end)
        return role_text or None, org["name"]

    def before_named_work(self, head_k: int, end: int) -> int:
        """End of a function before the unquoted name of a project or programme in it.

        "koordynatorka regionalna projektu Kooperacja – Efektywna ..." -> "koordynatorka regionalna
        projektu": the name is the project's (``kn_projects`` reads it), not part of the function,
        and unquoted it is often cut at a dash.
        """
        k = head_k + 1
        while k + 1 < len(self.words) and self.words[k + 1].end <= end:
            w = self.words[k]
            named = self.joined(k) and self.words[k + 1].text[:1].isupper()
            if named and w.text.islower() and _common_lemmas(w.text) & _NAMED_WORK_NOUNS:
                return w.end
            k += 1
        return end

    def our_org(self, start: int, end: int) -> str | None:
        """ "nasi wolontariusze pod opieką koordynatorki Pani ...": in a sentence written as "we" by the
        organisation whose site it is, a function without an employer is held there. The site's
        organisation is the one named on the first line of the page ("Stowarzyszenie „Razem” – Sulęcin").
        """
        first_line_end = self.text.find("\n", 0, _SITE_LINE_MAX)
        limit = first_line_end if first_line_end >= 0 else 0
        # only organisations starting before the limit can end by it (not a scan of all of them per person)
        site = [o for o in self.orgs[: bisect.bisect_left(self.org_starts, limit)] if o["end"] <= limit]
        if len({o["name"] for o in site}) != 1:
            return None
        lo = max(0, start - _SENTENCE_WINDOW)
        hi = min(len(self.text), end + _SENTENCE_WINDOW)
        before = _SENTENCE_END_RE.split(self.text[lo:start])[-1]
        after = _SENTENCE_END_RE.split(self.text[end:hi])[0]
        return site[0]["name"] if _OUR_RE.search(before) or _OUR_RE.search(after) else None

    def org_by_head(self, head_k: int, end: int) -> str | None:
        """ "Przewodniczący Rady", "Prezes Stowarzyszenia": a function ending in a bare organisation
        noun names the one organisation of that kind in the article ("Rada Powiatu Nowosolskiego");
        none when the article names several."""
        last = self.word_at_or_after(end)
        last = (last if last is not None else len(self.words)) - 1
        if last <= head_k or not self.words[last].text[:1].isupper():
            return None
        lemmas = {i.lemma.lower() for i in morph.analyse(self.words[last].text) if i.pos == "subst"}
        lemmas &= ORG_HEAD_LEMMAS
        if not lemmas:
            return None
        if self.by_head is None:
            self.by_head = {}
            for o in self.orgs:
                got = self.by_head.setdefault(_org_head(o["name"]), set())
                if len(got) < 2:
                    got.add(o["name"])
        names = set().union(*(self.by_head.get(lemma, set()) for lemma in lemmas))
        return next(iter(names)) if len(names) == 1 else None

    def dash_join(self, start: int, end: int) -> bool:
        """The text between a function and a name is a dash or colon ("Burmistrz Żukowa – Pan ...")."""
        gap = self.text[start:end]
        return "\n" not in gap and _ROLE_JOIN_RE.fullmatch(gap) is not None and gap.strip() not in {"", ","}

    def word_at_or_after(self, pos: int) -> int | None:
        k = bisect.bisect_left(self.words, pos, key=_word_start)
        return k if k < len(self.words) else None

    def introduces_name(self, k: int) -> bool:
        """Word ``k`` opens a person: an honorific, a title or a first name followed by a surname."""
        w = self.words[k].text
        if _honorific_readings(w) is not None or w.lower() in _TITLE_WORDS or w.lower() in RANK_WORDS:
            return True
        return bool(_given_readings(w)) and self.read_name_quiet(k)

    def nominative_role(self, start: int, end: int, first_k: int, head_k: int) -> str:
        """The function phrase with its noun (and the adjectives agreeing with it) in the nominative.

        "Zastępcę Dyrektora Regionalnego Ośrodka" -> "Zastępca Dyrektora Regionalnego Ośrodka",
        "Starostę Zduńskowolskiego" -> "Starosta Zduńskowolski": only the noun agrees with the name;
        its genitive complements are what a user would write. A phrase already in the nominative
        is kept as written ("podkarpacka Kurator Oświaty").
        """
        words = self.words
        head = words[head_k]
        interps = [
            i
            for i in morph.analyse(head.text.lower())
            if i.lemma.lower() in ROLE_LEMMAS and i.pos == "subst" and _is_sg(i.tag)
        ]
        text = self.text[start:end]
        if not interps or any(i.has("nom") for i in interps):
            return _clean_role(text)
        interp = interps[0]
        gender = (_genders(interp.tag) or ("m1",))[0]
        cases = _cases(interp.tag)
        repl: list[tuple[Word, str]] = [(head, _match_case(head.text, interp.lemma))]
        for k in range(first_k, head_k):
            nom = _adjective_nominative(words[k].text, gender)
            if nom is not None:
                repl.append((words[k], nom))
        k = head_k + 1
        while (
            k < len(words)
            and words[k].end <= end
            and self.joined(k - 1)
            and (words[k].text[:1].isupper() or (k == head_k + 1 and self.post_adjective(head_k, k)))
        ):
            w = words[k].text
            if not any(
                i.pos == "adj" and _cases(i.tag) & cases and gender in _genders(i.tag) for i in morph.analyse(w.lower())
            ):
                break  # "pracownicy Powiatowego Centrum": the adjective goes with the next noun
            nom = _adjective_nominative(w, gender)
            if nom is None:
                break
            repl.append((words[k], nom))
            k += 1
        for w, nom in sorted(repl, key=lambda r: -r[0].start):
            text = text[: w.start - start] + nom + text[w.end - start :]
        return _clean_role(text)

    def role_after(self, last: int) -> tuple[int, int, int, int] | None:
        """ "Jan Nowak – Dyrektor Departamentu ...", "Jan Nowak, wójt gminy X", "(wicedyrektor ROPS)"."""
        words = self.words
        k = last + 1
        if k >= len(words):
            return None
        gap = self.gap(last)
        if "\n" in gap or not _ROLE_AFTER_GAP_RE.fullmatch(gap):
            return None
        # skip adjectives before the function noun ("Starsza Specjalistka", "podkarpacka Kurator")
        head = k
        while (
            head < len(words)
            and head - k < 2
            and not _is_role(words[head].text)
            and _is_plain_adjective(words[head].text)
        ):
            if not self.joined(head):
                return None
            head += 1
        if head >= len(words) or not _is_role(words[head].text):
            return None
        end = self.phrase_end(head)
        # "Burmistrz Kcyni – Pan Adam ..., Burmistrz Szubina – Pan Piotr ...": a function
        # followed by a dash and the next name belongs to that next name
        nxt = self.word_at_or_after(end)
        if nxt is not None and self._joined_to_next_name(end, nxt):
            return None
        return words[k].start, end, k, head

    def _joined_to_next_name(self, end: int, nxt: int) -> bool:
        """A function phrase ending at ``end`` is the next person's when a name follows it after a
        dash or a plain space: "Burmistrz Kcyni – Pan Adam ...", and in a list of people "Burmistrz
        Wejherowa Krzysztof Hildebrandt, dyrektor MOPS w Wejherowie Anna Cyman" (in Polish a
        function written straight before a name is that name's)."""
        return self.runs_into(end, self.words[nxt].start) and self.introduces_name(nxt)

    def runs_into(self, end: int, start: int) -> bool:
        """A function ending at ``end`` runs straight into the name at ``start``: one space, a dash
        or a colon between them, no comma ("dyrektor PUP Anna ...", "Burmistrz Kcyni – Pan ...")."""
        return self.text[end:start] == " " or self.dash_join(end, start)

    def phrase_end(self, head: int) -> int:
        """Character end of a function phrase starting at word ``head``.

        The phrase goes on over capitalised words ("Dyrektor Departamentu Inwestycji"), genitive
        complements ("koordynator projektu", "dyrektor regionalnego ośrodka") and connectors
        ("ds.", "i", "w"); it stops at punctuation, at a name, an honorific or a second function
        joined by "i"/"oraz" ("Marszałek Województwa i Wicemarszałek Renata Kos").
        """
        words = self.words
        end = words[head].end
        j = head
        while j + 1 < len(words) and j - head < _ROLE_MAX_WORDS:
            gap = self.gap(j)
            nxt = words[j + 1]
            if gap.startswith(".") and words[j].lower not in _ROLE_CONNECTORS:
                break
            if not _PHRASE_GAP_RE.fullmatch(gap):
                break
            if _honorific_readings(nxt.text) is not None or (j + 1) in self.taken:
                break
            if nxt.lower in _ROLE_CONNECTORS:
                if nxt.lower in _COORDINATORS and not self.continues_phrase(j + 2):
                    break
            elif nxt.text[:1].isupper():
                if _given_readings(nxt.text) and self.read_name_quiet(j + 1):
                    break
            elif j == head and self.post_adjective(head, j + 1):
                pass  # "pielęgniarka środowiskowa", "animatorka lokalna"
            elif nxt.lower in _WITH_PREPOSITIONS and self.matter_with(head, j):
                j += 2  # "ekspert ds. współpracy z sektorem zdrowia": the matter goes on
                end = words[j].end
                continue
            elif not self.lower_complement(j + 1):
                break
            j += 1
            if nxt.lower not in _ROLE_CONNECTORS:
                end = nxt.end
        # a quoted name closes the phrase: "Prezes Fundacji „Pomocna Dłoń”"
        quoted = QUOTED_RE.match(self.text, end)
        return quoted.end() if quoted else end

    def post_adjective(self, head: int, k: int) -> bool:
        """Word ``k`` is a lower-case adjective agreeing with the function noun ``head`` before it.

        "pielęgniarka środowiskowa", "animatorkę lokalną"; not an adjective that opens the noun after
        it ("dyrektor regionalnego ośrodka": "regionalnego" goes with "ośrodka").
        """
        w = self.words[k].text
        if not self.joined(k - 1) or not _is_plain_adjective(w):
            return False
        nxt = self.words[k + 1].text if k + 1 < len(self.words) and self.joined(k) else ""
        if nxt[:1].islower() and _agrees(w, nxt, "subst"):
            return False
        return _agrees(w, self.words[head].text, "role")

    def matter_with(self, head: int, j: int) -> bool:
        """ "z"/"ze" at word ``j + 1`` continues a "ds." phrase with a lower-case noun in the instrumental.

        "ekspert ds. współpracy z sektorem zdrowia"; not "doradca z Nowej Rudy" (a place, capitalised)
        nor "koordynatorka projektu z ROPS" (an organisation).
        """
        k = j + 2
        if k >= len(self.words) or not self.joined(j + 1) or not self.words[k].text[:1].islower():
            return False
        if not any(self.words[m].lower in _MATTER_CUES for m in range(head + 1, j + 1)):
            return False
        return any(i.pos == "subst" and i.has("inst") for i in morph.analyse(self.words[k].text))

    def continues_phrase(self, k: int) -> bool:
        """After "i"/"oraz": the phrase goes on with a capitalised or genitive word, not a new function or name."""
        if k >= len(self.words):
            return False
        w = self.words[k].text
        if _is_role(w) or _honorific_readings(w) is not None or (_given_readings(w) and self.read_name_quiet(k)):
            return False
        return w[:1].isupper() or self.lower_complement(k)

    def lower_complement(self, k: int) -> bool:
        """A lower-case genitive word continuing a function: "projektu", "regionalnego ośrodka"."""
        w = self.words[k].text
        if _is_genitive_noun(w) or _is_role(w):
            return True
        # a genitive adjective after its noun: "ekspertka organizacji pozarządowej"
        if _is_genitive_adjective(w) and k > 0 and self.joined(k - 1) and _is_genitive_noun(self.words[k - 1].text):
            return True
        # an adjective only before the genitive noun it qualifies
        return (
            _is_genitive_adjective(w)
            and k + 1 < len(self.words)
            and self.joined(k)
            and (_is_genitive_noun(self.words[k + 1].text) or _is_genitive_adjective(self.words[k + 1].text))
        )

    def read_name_quiet(self, i: int) -> bool:
        return (
            _is_title_case(self.words[i].text)
            and i + 1 < len(self.words)
            and self.joined(i)
            and _surname_ok(self.words[i + 1].text)
        )

    def role_before(self, first: int) -> tuple[int, int, int, int] | None:
        """ "Wojewoda Ewa Sadowska", "dyrektor ROPS, pan Jerzy ...", "Burmistrz Kcyni – Pan ..."."""
        pre, _, _, _ = self.prefix(first)
        if pre == 0:
            return None
        words = self.words
        gap = self.text[words[pre - 1].end : words[pre].start]
        # a quoted name may close the function: "Prezes Stowarzyszenia „Razem dla Wsi” Pani ..."
        quoted = _QUOTE_CLOSE_RE.match(gap) is not None
        if quoted:
            gap = gap[1:]
        if "\n" in gap or not _ROLE_JOIN_RE.fullmatch(gap.replace(".", "", 1) if gap.startswith(".") else gap):
            return None
        if words[pre - 1].lower in _COORDINATORS:
            return None  # "pracownicy PCPR w Sanoku oraz Pani Halina ...": the function is the others'
        j = pre - 1
        role_start: int | None = None
        count = 0
        while j >= 0 and count < _ROLE_MAX_WORDS:
            w = words[j]
            if j in self.taken:
                break
            if _is_role(w.text):
                role_start = j
            elif j > 0 and _is_plain_adjective(w.text) and self.joined(j - 1) and _is_role(words[j - 1].text):
                pass  # an adjective after its function noun: "Animatorka lokalna, Pani ..."
            elif w.lower in _COORDINATORS and role_start is not None:
                break  # "Marszałek ... i Wicemarszałek Renata Kos": the function nearest the name
            elif not (
                w.text[:1].isupper()
                or w.lower in _ROLE_CONNECTORS
                or self.lower_complement(j)
                or (w.lower in _ORG_PREPOSITIONS and self.words[j + 1].text[:1].isupper())
            ):
                break  # but "Doradca ds. kooperacji z Regionalnego Ośrodka ..., Pan ...": the employer
            if j == 0:
                break
            between = self.text[words[j - 1].end : w.start]
            if quoted and _QUOTE_GAP_RE.fullmatch(between):
                pass  # inside or at the start of the quoted name
            elif not _PHRASE_GAP_RE.fullmatch(between) or (
                between.startswith(".") and words[j - 1].lower not in _ROLE_CONNECTORS
            ):
                break
            j -= 1
            count += 1
        if role_start is None:
            return None
        # adjectives directly before the function noun belong to it ("Starszy Specjalista", "były
        # burmistrz") if they agree with it: not the verb "byli" in "byli Burmistrz Wejherowa ..."
        noun = words[role_start].text
        while (
            role_start > 0
            and self.joined(role_start - 1)
            and _is_plain_adjective(words[role_start - 1].text)
            and _agrees(words[role_start - 1].text, noun, "role")
        ):
            role_start -= 1
        # "Martę Sosnowską – koordynatora zespołu, Natalię Wronę": a function right after another
        # name is that name's, unless it runs straight into this name ("Jan Lis, dyrektor PUP Anna
        # Nowak"; ``runs_into``)
        if (
            role_start > 0
            and (role_start - 1) in self.taken
            and not self.runs_into(words[pre - 1].end, words[pre].start)
        ):
            between = self.text[words[role_start - 1].end : words[role_start].start]
            if "\n" not in between and _ROLE_AFTER_GAP_RE.fullmatch(between):
                return None
        head = role_start
        while not _is_role(words[head].text):
            head += 1
        return words[role_start].start, words[pre - 1].end + int(quoted), role_start, head

    def org_right_after(self, last: int) -> dict[str, Any] | None:
        """ "Anna Nowak z MOPS w Toruniu", "Jan Lis (GOPS Sadki)", "dr hab. Jan Lis, prof. UMCS"."""
        return self.org_at(self.words[last].end, academic=True)

    def org_at(self, end: int, academic: bool = False, comma: bool = True) -> dict[str, Any] | None:
        """The organisation that starts right after offset ``end``, joined by a comma, a parenthesis or
        a preposition ("z", "w", "z ramienia"); with ``academic`` also by a professor's post
        (", prof. UMCS")."""
        k = bisect.bisect_left(self.org_starts, end)
        if k == len(self.orgs):
            return None
        o = self.orgs[k]
        link = _ORG_LINK_RE.fullmatch(self.text, end, o["start"])
        if link is not None and (comma or "," not in link.group()):
            return o
        return o if academic and _ACADEMIC_LINK_RE.fullmatch(self.text, end, o["start"]) else None

    def preposition_before(self, pos: int, floor: int) -> int | None:
        """Start of "w "/"z " right before ``pos``, if it lies after ``floor`` (the function noun)."""
        head = self.text[floor:pos].rstrip()
        for prep in _ORG_PREPOSITIONS:
            if head.endswith(" " + prep):
                return floor + len(head) - len(prep) - 1
        return None


# --- free helpers ----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=16_384)
def _place_like(first: str, second: str) -> bool:
    """ "Kazimierz Dolny", "Kazimierzy Wielkiej": a locality (noun + agreeing adjective), not a person.

    Many first names are also place names ("Grzegorz", "Elżbieta") and many surnames adjectives
    ("Ostrowski", "Lipska"), so the pair counts as a place only when the gazetteer lists the
    nominative it makes.
    """
    geo = [
        (i.lemma, g, c)
        for i in morph.analyse(first)
        if "nazwa_geograficzna" in i.labels and i.pos == "subst"
        for g in _genders(i.tag)
        for c in _cases(i.tag)
    ]
    adjs = [
        (i.lemma, g, c)
        for i in morph.analyse(second.lower())
        if i.pos == "adj"
        for g in _genders(i.tag)
        for c in _cases(i.tag)
    ]
    names = {
        f"{noun} {_capitalised(form)}"
        for noun, g, c in geo
        for adj, ag, ac in adjs
        if (g, c) == (ag, ac) and (form := _adjective_form(adj, g)) is not None
    }
    if not names:
        return False
    return any(name in gazetteer() for name in names)


@functools.lru_cache(maxsize=4_096)
def _org_head(name: str) -> str | None:
    """Lemma of the head noun of an organisation's name ("Rada Powiatu Nowosolskiego" -> "rada")."""
    for word in name.split()[:4]:
        for i in morph.analyse(word):
            if i.pos == "subst" and i.lemma.lower() in ORG_HEAD_LEMMAS:
                return i.lemma.lower()
    return None


@functools.lru_cache(maxsize=16_384)
def _noun_phrase(first: str, second: str) -> bool:
    """A common noun and an adjective agreeing with it, both capitalised: "Sali Białej", "Sala Lustrzana".

    The first word is also a first name ("Sala") and the second a surname ("Biała"), but as a
    lower-case noun and adjective of one case and gender they name a room or a thing.
    """
    nouns = {
        (g, c)
        for i in morph.analyse(first.lower())
        if i.pos == "subst" and _is_sg(i.tag) and "nazwa_pospolita" in i.labels
        for g in _genders(i.tag)
        for c in _cases(i.tag)
    }
    if not nouns:
        return False
    return any(
        (g, c) in nouns
        for i in morph.analyse(second.lower())
        if i.pos == "adj" and _is_sg(i.tag) and not i.lemma.endswith(_SURNAME_ADJECTIVE_ENDINGS)
        for g in _genders(i.tag)
        for c in _cases(i.tag)
    )


@functools.cache  # (a tag is parsed once per process: the tagset is small)
def _genders(tag: str) -> tuple[str, ...]:
    parts = tag.split(":")
    return tuple(parts[3].split(".")) if len(parts) > 3 else ()


def _stem_key(person: _Person) -> tuple[tuple[str, ...], str | None, str, int]:
    """What two spellings of one person's surname share (see ``declined_variant``)."""
    return person.given, person.gender, person.surname[:3], len(person.surname)


_VARIANT_EDITS: Final[int] = 2  # "Kozieł"/"Kozioł": the letters two declined spellings differ by


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (two short surnames: the plain dynamic programme)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _same_person(a: _Person, b: _Person) -> bool:
    """Two full names of one person: same surname and gender, one's first names begin the other's."""
    if a.surname != b.surname or a.gender != b.gender or not a.given or not b.given:
        return False
    short, long = sorted((a.given, b.given), key=len)
    return long[: len(short)] == short


def _opens_org(form: str) -> bool:
    """A capitalised noun that heads an organisation's name ("Ośrodek", "Urząd", "Centrum")."""
    return form[:1].isupper() and bool(_common_lemmas(form) & ORG_HEAD_LEMMAS)


def _second_surname(form: str, dash: bool) -> bool:
    """The second part of a double surname written apart: "Bauer – Hahn", "Lis Kowal"."""
    if dash:
        return _surname_ok(form) and (not morph.is_known(form) or bool(_surname_readings(form)))
    return _strong_surname(form)


def _title(titles: Iterable[str]) -> str | None:
    """The title words before a name, in the canonical spelling of ``ACADEMIC_TITLES``."""
    written = " ".join(titles)
    if not written:
        return None
    norm = " ".join(t.rstrip(".") for t in written.split())
    for t in ACADEMIC_TITLES:
        if " ".join(w.rstrip(".") for w in t.split()) == norm:
            return t
    return written


@functools.lru_cache(maxsize=65_536)
def _is_adjective(form: str) -> bool:
    return any(i.pos == "adj" for i in morph.analyse(form.lower()))


@functools.lru_cache(maxsize=16_384)
def _known_whole(form: str) -> bool:
    """SGJP knows the whole word (Morfeusz splits "Jean-Pierre" and knows only "Jean")."""
    return any(i.form == form and i.pos != "ign" for i in morph.analyse(form))


@functools.lru_cache(maxsize=65_536)
def _is_plain_adjective(form: str) -> bool:
    """An adjective that is not also a particle or adverb ("lokalna", "Starszy"; not "też" = "tenże")."""
    interps = morph.analyse(form.lower())
    return any(i.pos == "adj" for i in interps) and not any(i.pos in _NOT_ADJECTIVE_POS for i in interps)


@functools.lru_cache(maxsize=65_536)
def _agrees(adjective: str, noun: str, kind: str) -> bool:
    """A singular adjective reading shares case and gender with a singular noun reading.

    ``kind`` "role": the noun must be a function noun (``ROLE_LEMMAS``); "subst": any noun.
    """
    adj = {
        (g, c)
        for i in morph.analyse(adjective.lower())
        if i.pos == "adj" and _is_sg(i.tag)
        for g in _genders(i.tag)
        for c in _cases(i.tag)
    }
    for i in morph.analyse(noun.lower()):
        if i.pos != "subst" or not _is_sg(i.tag) or (kind == "role" and i.lemma.lower() not in ROLE_LEMMAS):
            continue
        if any((g, c) in adj for g in _genders(i.tag) for c in _cases(i.tag)):
            return True
    return False


@functools.lru_cache(maxsize=65_536)
def _is_genitive_noun(form: str) -> bool:
    return any(i.pos == "subst" and i.has("gen") for i in morph.analyse(form))


@functools.lru_cache(maxsize=65_536)
def _is_genitive_adjective(form: str) -> bool:
    return any(i.pos == "adj" and i.has("gen") for i in morph.analyse(form))


def _clean_role(text: str) -> str:
    return text.strip(" \t,–-—:(")


def _capitalised(form: str) -> str:
    return form[:1].upper() + form[1:]


@functools.lru_cache(maxsize=16_384)
def _adjective_form(lemma: str, gender: str) -> str | None:
    """Nominative singular positive of an adjective in a gender ("dolny", m3 -> "dolny")."""
    for g in morph.generate(lemma):
        parts = g.tag.split(":")
        if (
            g.pos == "adj"
            and len(parts) >= 5
            and "sg" in parts[1]
            and "nom" in parts[2].split(".")
            and gender in parts[3].split(".")
            and parts[4] == "pos"
        ):
            return g.form
    return None


def _match_case(form: str, lemma: str) -> str:
    if form[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


def _adjective_nominative(form: str, gender: str) -> str | None:
    """The nominative singular of an adjective in the gender of the noun it goes with."""
    for i in morph.analyse(form.lower()):
        if i.pos != "adj":
            continue
        degree = i.tag.split(":")[-1]
        for g in morph.generate(i.lemma):
            parts = g.tag.split(":")
            if (
                g.pos == "adj"
                and len(parts) >= 5
                and "sg" in parts[1].split(".")
                and "nom" in parts[2].split(".")
                and gender in parts[3].split(".")
                and parts[4] == degree
            ):
                return _match_case(form, g.form)
    return None

"""``kn_projects``: project names, linked to the knowledge base when they are known projects.

Two readers work side by side and are then reconciled:

1. **The KB scanner** looks for every alias of every KB project word by word, so that quotes,
   dashes, spaces and case never matter ("Kooperacja-efektywna i skuteczna", "KOOPERACJE 3D",
   "Kooperacje 3 D") and inflected forms match through Morfeusz lemmas ("w Liderach
   Kooperacji"). An alias that is also an ordinary phrase ("liderzy kooperacji") or an inflected
   form links only when the text marks it as a name (quotes, a "projekt"/"pn." cue, capitals);
   after "model"/"szkoła" it is a model's or a school's name, not the project (FORMAT.md).
2. **The cue reader** takes the name that follows "projekt(u) [adjectives] [pn./pt./pod nazwą]":
   in quotes (any quote style, also lists "projekty „A”, „B” i „C”"), without quotes after an
   explicit "pn./pt." (up to a verb, a clause word or punctuation), or a bare acronym / Title
   Case name in the nominative ("projektu CWD"); and a quoted name followed by "to projekt".
   Each name is linked to the KB (exact letters and digits, an ellipsis-cut prefix, a subtitle
   after a dash, a bounded typo); otherwise it is another project, named as written without
   quotes and without its contract number, which goes to ``number``.

   Field labels of information boxes ("Tytuł projektu: X", "Projekt: X") read the rest of the
   line; a funding programme between the cue and the quotes is skipped ("w projekcie Erasmus+
   „X”"); an institution-like name is a name only when it goes on after its acronym in
   parentheses ("projekt Centrum Wsparcia Seniorów (CWS) Plus"); a number under its own label
   ("Numer projektu: …") goes to the article's only project without one.

Programmes, priority axes, measures, funds, models and drafts of documents ("projekt uchwały")
are rejected by their first word, government programmes ("Opieka wytchnieniowa – edycja 2022")
by their whole name (``lang/projects.py``). Guillemets count as quotes only when they hug the
name: "Strona główna » Aktualności » Projekty" is a breadcrumb.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp.components.base import Found, KnComponent, text_of
from kooperacja_nlp.kb import AliasEntry, KBProject, KnowledgeBase, load_kb
from kooperacja_nlp.lang.organizations import ACRONYMS
from kooperacja_nlp.lang.projects import (
    COPULAS,
    NAME_FUNCTION_WORDS,
    NAME_MARKERS,
    NAME_STOP_PHRASES,
    NAME_STOP_WORDS,
    NATIONAL_PROGRAMMES,
    NOT_PROJECT_ACRONYMS,
    NOT_PROJECT_BEFORE,
    NOT_PROJECT_HEADS,
    NUMBER_BEFORE_RE,
    NUMBER_LABEL_RE,
    NUMBER_LINK_RE,
    OWNER_HEADS,
    PLURAL_PROJECT_NOUNS,
    PROGRAMME_EDITION_RE,
    PROGRAMME_NAMES,
    PROJECT_NOUNS,
    PROJECT_NUMBER_RE,
    SUBTITLE_SEPARATOR_RE,
    TITLE_WORDS,
    VERB_POS,
)
from kooperacja_nlp.normalize import DASHES, QUOTES, alnum_key, collapse_spaces

OPEN_QUOTES: Final[str] = "„\"“«»‚‘'"
CLOSE_QUOTES: Final[str] = "”\"“»«’'‘"
_NOUN_ALT: Final[str] = "|".join(sorted(PROJECT_NOUNS, key=len, reverse=True))
_MARKER_ALT: Final[str] = "|".join(
    re.escape(m).replace(r"\ ", r"\s+") for m in sorted(NAME_MARKERS, key=len, reverse=True)
)

_Q: Final[str] = re.escape(QUOTES)
_DQ: Final[str] = re.escape(DASHES + QUOTES)
MAX_PREFIX_SCANS: Final[int] = 6  # up to this many alias prefixes, the scanner searches each on its own
OPTIONS_CACHE: Final[int] = 1 << 16  # word forms whose candidate aliases the scanner keeps
WORD_RE: Final[re.Pattern[str]] = re.compile(r"[^\W_]+")
# a word (letters/digits; a longer run is cut, so a match() anywhere is bounded) or one
# non-space character that is not part of a word
TOKEN_RE: Final[re.Pattern[str]] = re.compile(r"[^\W_]{1,64}|[^\s\w]|_")
# Characters besides a letter's two cases that an IGNORECASE pattern matches for it (checked over
# all code points for the letters of Polish and ASCII).
_IGNORECASE_EXTRAS: Final[dict[str, str]] = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _ignorecase_initial(words: frozenset[str]) -> str:
    """ "(?:[pP](?<!\\w.)(?i:rojekt|…))": a word alternation whose first letter is a class of its case
    forms, so that a search skips to it in C (an IGNORECASE literal has no such fast path); the
    lookbehind is the ``\\b`` before the word."""
    branches = []
    for first in sorted({w[0] for w in words}):
        forms = "".join(sorted({first, first.upper(), *_IGNORECASE_EXTRAS.get(first, "")}))
        rest = "|".join(re.escape(w[1:]) for w in sorted((w for w in words if w[0] == first), key=len, reverse=True))
        branches.append(rf"[{re.escape(forms)}](?<!\w.)(?i:{rest})")
    return "(?:" + "|".join(branches) + ")"


CUE_RE: Final[re.Pattern[str]] = re.compile(rf"{_ignorecase_initial(PROJECT_NOUNS)}\b")
# Patterns used with match() at one position never match the empty string, so that a finditer()
# over a long text (as the adversarial benchmark does) does not yield a match at every position.
SPACE_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]{1,3}\n?[ \t]{0,3}|\n[ \t]{0,3}")
MARKER_RE: Final[re.Pattern[str]] = re.compile(rf"(?i:{_MARKER_ALT})\b\.?[ \t]{{0,3}}:?[ \t]{{0,3}}")
COLON_RE: Final[re.Pattern[str]] = re.compile(r":[ \t]{0,3}")
# A quoted name: double-style quotes, guillemets, or single-style quotes (which exclude
# apostrophes inside). Guillemets must hug the name ("«X»", "»X«"): "»" between spaces is a
# breadcrumb separator ("Strona główna » Aktualności » Projekty"), not a quote.
# The opening quote is read first, then told apart by a lookbehind: a pattern that starts with one
# character class lets the search skip to the next quote in C.
QUOTED_RE: Final[re.Pattern[str]] = re.compile(
    r"[„\"“«»‚‘'](?:"
    r"(?<=[„\"“])(?P<d>[^\n„\"“”«»]{1,250})[”\"“»«]"
    r"|(?<=[«»])(?P<g>[^\s„\"“”«»](?:[^\n„\"“”«»]{0,248}[^\s„\"“”«»])?)[»«]"
    r"|(?<=[‚‘'])(?P<s>[^\n‚‘'’„\"“”«»]{1,150})[’'‘])"
)
# "(CWD)" inside an unquoted name: an acronym in parentheses, which a longer name may continue
# after ("Centrum Wsparcia Seniorów (CWS) Plus").
PAREN_ACRONYM_RE: Final[re.Pattern[str]] = re.compile(r"\([ \t]{0,2}[^\W\d_][^\W_]{1,11}[ \t]{0,2}\)")
# Between two quoted names of one list: "„A”, „B” i „C”".
LIST_SEP_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]{0,3}(?:[,;]|\bi\b|\boraz\b|\ba[ \t]{1,3}także\b)[ \t]{0,3}|[ \t]{1,3}"
)
# What may separate the words of one name: spaces, dashes, quotes (at most one line break).
GAP_RE: Final[re.Pattern[str]] = re.compile(rf"[\s{_DQ}]{{1,6}}")
# "projekt(u)"/"pn."/"pt." among the last words before a name: evidence that it is a name.
# Possessive quantifiers: no backtracking, so a search stays linear on any input.
CUE_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?i:{_NOUN_ALT}|{_MARKER_ALT})\b[.:]?(?:[\s{_Q}:]++[^\W\d_]++){{0,2}}+[\s{_Q}:.]*+$"
)
# The word right after a name, separated by spaces only (same line, no punctuation).
NEXT_WORD_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]{1,3}([^\W\d_]{1,64})")
NR_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"(?i:\bnr|\bnumer)\.?\s{0,3}$")
ROMAN_RE: Final[re.Pattern[str]] = re.compile(r"[IVXLC]+")
_TRIM: Final[str] = " \t\n,;:" + QUOTES
_NOT_ACRONYMS: Final[frozenset[str]] = NOT_PROJECT_ACRONYMS | frozenset(ACRONYMS)
_PROGRAMME_KEYS: Final[frozenset[str]] = frozenset(alnum_key(p) for p in NATIONAL_PROGRAMMES)
# Name classes of Morfeusz that make a capitalised word a person or a place, not a project name.
_NAME_LABELS: Final[frozenset[str]] = frozenset(["imię", "nazwisko", "nazwa_geograficzna"])
MAX_UNQUOTED_WORDS: Final[int] = 15
MAX_NAME_WORDS: Final[int] = 25
# how far after a plural "projektów" the colon of its list may stand
PLURAL_LIST_REACH: Final[int] = 80
MAX_LOOKBACK: Final[int] = 60
# words outside these lengths are never lemmatised (no Polish word is longer; junk may be)
MIN_LEMMA_WORD: Final[int] = 3
MAX_LEMMA_WORD: Final[int] = 40
# another project's name is looked for again in the whole text only for this many names
MAX_OTHER_NAMES: Final[int] = 50
# the one character that is no letter but casefolds to one (COMBINING GREEK YPOGEGRAMMENI -> "ι")
_FOLDS_INTO_LETTER: Final[str] = "\u0345"
# words read after a word that may begin an alias before any alias asks for more (``_scan``)
FIRST_WORDS: Final[int] = 8
_OUT_OF_WORDS: Final[tuple[int, bool]] = (-1, False)  # ``_match_at``: the alias goes on past ``words``


@Language.factory("kn_projects", default_config={"kb_path": None}, assigns=["doc.spans", "span._.kn_project"])
def make_projects(nlp: Language, name: str, kb_path: str | None) -> ProjectFinder:
    return ProjectFinder(nlp, name, kb=load_kb(kb_path))


@dataclass(frozen=True, slots=True)
class _AliasWord:
    key: str  # casefolded letters/digits
    lemmas: frozenset[str]  # casefolded Morfeusz lemmas (empty for digits/unknown words)


@dataclass(frozen=True, slots=True)
class _Alias:
    entry: AliasEntry
    words: tuple[_AliasWord, ...]
    max_text_words: int  # how many text words it can span: each covers at least one of its letters


@dataclass(slots=True)
class _Match:
    """A KB alias found by the scanner."""

    start: int
    end: int
    project: KBProject
    exact: bool  # every word as in the alias (no inflection)
    strong: bool


@dataclass(slots=True)
class _Candidate:
    """A name read after (or before) a "projekt" cue."""

    start: int
    end: int
    name: str
    kind: str  # "quoted" | "marked" | "bare" | "free" (a quoted string without a cue)
    after: int  # where a contract number may follow
    number: str | None = None
    unmarked: bool = False  # quoted right after "projekt" without "pn."/"pt." (may be a draft)
    suffixed: bool = False  # an owner-like bare name that goes on after "(ACR)": a project's name


@lru_cache(maxsize=1 << 16)
def _lemmas(word: str) -> frozenset[str]:
    if not word.isalpha() or not MIN_LEMMA_WORD <= len(word) <= MAX_LEMMA_WORD:
        return frozenset()
    return frozenset(lem.casefold() for lem in morph.lemmas(word) if lem)


def _is_upper_initial(word: str) -> bool:
    return word[:1].isupper()


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(word) <= 12 and len(letters) >= 2 and all(c.isupper() for c in letters)


def _sentence_initial(text: str, start: int) -> bool:
    """True when nothing of the sentence precedes ``start`` (only quotes/spaces after . ! ? or a line break)."""
    i = start - 1
    while i >= 0 and (text[i] in " \t" or text[i] in QUOTES or text[i] in DASHES):
        i -= 1
    return i < 0 or not (text[i].isalnum() or text[i] in ",;")


def _previous_word(text: str, start: int) -> re.Match[str] | None:
    """The word right before ``start`` when only spaces/quotes separate them on the same line."""
    i = start - 1
    while i >= 0 and (text[i] in " \t" or text[i] in QUOTES):
        i -= 1
    if i < 0 or not text[i].isalnum():
        return None
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return WORD_RE.match(text, j)


def _is_verb_only(word: str) -> bool:
    interps = morph.analyse(word)
    return bool(interps) and all(i.pos in VERB_POS for i in interps)


def _is_predicate(word: str) -> bool:
    """A verb form that ends an unquoted name: the sentence's predicate ("realizowany", "odbył").

    First and second persons and infinitives belong to names ("Razem możemy więcej", "Chcę
    pracować"): news report in the third person.
    """
    if not _is_verb_only(word):
        return False
    return not all(i.has("pri") or i.has("sec") or i.pos == "inf" for i in morph.analyse(word))


@lru_cache(maxsize=1 << 14)
def _is_adjective(word: str) -> bool:
    return word.islower() and any(i.pos == "adj" for i in morph.analyse(word)) and word not in NAME_STOP_WORDS


@lru_cache(maxsize=1 << 14)
def _first_word_lemmas(name: str) -> frozenset[str]:
    m = WORD_RE.search(name)
    if m is None:
        return frozenset()
    return frozenset(lem.casefold() for lem in morph.lemmas(m.group())) | {m.group().casefold()}


class ProjectFinder(KnComponent):
    span_group = "kn_projects"

    def __init__(self, nlp: Language, name: str, *, kb: KnowledgeBase) -> None:
        super().__init__(nlp, name)
        self.kb = kb
        self._aliases: list[_Alias] = []
        self._first_prefix: dict[str, list[_Alias]] = {}
        self._first_lemma: dict[str, list[_Alias]] = {}
        for entry in kb.alias_entries:  # longest first
            words = tuple(_AliasWord(w.casefold(), _lemmas(w)) for w in WORD_RE.findall(entry.text))
            if not words:
                continue
            alias = _Alias(entry, words, sum(len(w.key) for w in words))
            self._aliases.append(alias)
            self._first_prefix.setdefault(words[0].key[:3], []).append(alias)
            for lem in words[0].lemmas:
                self._first_lemma.setdefault(lem, []).append(alias)
        # only words starting like an alias's first word are lemmatised while scanning
        self._prefixes = frozenset(k[:2] for k in (*self._first_prefix, *self._first_lemma))
        self._options: dict[str, tuple[_Alias, ...]] = {}  # word form -> aliases starting there
        # Where such a word starts in the casefolded text: a prefix not preceded by a letter or
        # digit (the lookbehind comes after the literal). One pattern per prefix: a pattern that
        # begins with a literal string is searched for as a string in C, far faster than the
        # first-letter class that an alternation of prefixes gives; with many prefixes, one
        # alternation is cheaper than many passes.
        prefixes = sorted(self._prefixes, key=len, reverse=True)
        starts = [rf"{re.escape(p)}(?<![^\W_][\s\S]{{{len(p)}}})" for p in prefixes]
        self._start_res = (
            [re.compile(x) for x in starts] if len(starts) <= MAX_PREFIX_SCANS else [re.compile("|".join(starts))]
        )

    # ------------------------------------------------------------------ find
    def find(self, doc: Doc) -> list[Found]:
        text = text_of(doc)  # ``doc.text`` is rebuilt from the tokens on every access
        matches = list(self._scan(text))  # in text order, never overlapping
        match_starts = [m.start for m in matches]
        candidates = self._candidates(text)
        found: list[Found] = []
        taken = _Spans()
        suppressed: set[int] = set()
        other_names: dict[str, str] = {}

        for c in candidates:
            if taken.overlaps(c.start, c.end):
                continue
            lo = bisect_left(match_starts, c.start)
            hi = bisect_left(match_starts, c.end)
            inner = [i for i in range(lo, hi) if matches[i].end <= c.end]
            crossing = (lo > 0 and matches[lo - 1].end > c.start) or len(inner) < hi - lo
            if c.kind in {"bare", "marked"} and crossing:
                continue  # an unquoted name cut short inside a KB name: the scanner read it whole
            # a subtitle after a dash ("Kooperacje 3D – model …") only after a "projekt" cue: a
            # quoted title of a conference is not the project (FORMAT.md)
            project = self.kb.link(c.name, subtitle=c.kind != "free")
            if project is None and c.kind == "free":
                # inside a quoted title only the exact name counts ("Kooperacja 3D – korzyści …"
                # names a conference, "Kooperacje 3D – …" still names the project)
                # (the whole quote an inflected name: "w ramach „Kooperacji – efektywnej i skutecznej”")
                suppressed.update(
                    i
                    for i in inner
                    if not (matches[i].exact and matches[i].strong)
                    and not self._has_cue_before(text, matches[i].start)
                    and (matches[i].start, matches[i].end) != (c.start, c.end)
                )
                continue
            if project is None and inner and c.kind != "bare":
                # a quoted/marked name that begins with a KB alias is that project ("Liderzy
                # kooperacji w gminie X"); one that contains it further in is another project
                first = matches[inner[0]]
                if not text[c.start : first.start].strip(QUOTES + " "):
                    project = first.project
            if project is not None:
                number = c.number or self._number_after(text, c.after)
                found.append(Found(c.start, c.end, self._kb_value(project, number)))
                taken.add(c.start, c.end)
                suppressed.update(inner)
                continue
            if (c.kind == "bare" and inner) or not self._is_project_name(c):
                continue
            name = other_names.setdefault(alnum_key(c.name), c.name)
            number = c.number or self._number_after(text, c.after)
            found.append(Found(c.start, c.end, {"name": name, "id": None, "number": number}))
            taken.add(c.start, c.end)
            suppressed.update(inner)

        for i, m in enumerate(matches):
            if i in suppressed or taken.overlaps(m.start, m.end):
                continue
            after = m.end + (1 if m.end < len(text) and text[m.end] in CLOSE_QUOTES else 0)
            found.append(Found(m.start, m.end, self._kb_value(m.project, self._number_after(text, after))))
            taken.add(m.start, m.end)

        found.extend(self._by_number(text, taken))
        found.extend(self._repeated_other_names(text, other_names, taken))
        self._labelled_number(text, found)
        _prefer_written_case(text, found)
        _full_names_of_short_forms(found)
        return found

    @staticmethod
    def _labelled_number(text: str, found: list[Found]) -> None:
        """ "Numer projektu: X" on its own line belongs to the article's only project without one.

        Only when both are unique: one labelled number that no name took, and one project (by
        name) that has no number in any of its mentions.
        """
        numbered = {f.value["name"] for f in found if f.value.get("number")}
        bare = {f.value["name"] for f in found} - numbered
        if len(bare) != 1:  # tested first: it spares most texts the search for labels
            return
        used = {f.value["number"] for f in found if f.value.get("number")}
        numbers = {m.group("number") for m in NUMBER_LABEL_RE.finditer(text)} - used
        if len(numbers) != 1:
            return
        (number,) = numbers
        for f in found:
            if f.value["name"] in bare:
                f.value["number"] = number

    @staticmethod
    def _kb_value(project: KBProject, number: str | None) -> dict[str, Any]:
        return {"name": project.name, "id": project.id, "number": number}

    @staticmethod
    def _number_after(text: str, pos: int) -> str | None:
        m = NUMBER_LINK_RE.match(text, pos)
        return m.group("number") if m else None

    def _by_number(self, text: str, taken: _Spans) -> Iterator[Found]:
        """A contract number of a KB project written without the name still names the project."""
        if not self.kb.number_index:
            return
        for m in PROJECT_NUMBER_RE.finditer(text):
            project = self.kb.by_number(m.group())
            if project and not taken.overlaps(m.start(), m.end()):
                taken.add(m.start(), m.end())
                yield Found(m.start(), m.end(), self._kb_value(project, m.group()))

    @staticmethod
    def _repeated_other_names(text: str, names: dict[str, str], taken: _Spans) -> Iterator[Found]:
        """Later mentions of another project's name written again without a cue (same words, any case).

        Acronyms ("CWD") must match in capitals; other names case-insensitively, as whole words.
        """
        if not names:
            return
        lowered = text.lower()
        folded = lowered if len(lowered) == len(text) else text
        for name in list(names.values())[:MAX_OTHER_NAMES]:
            if len(alnum_key(name)) < 3:
                continue
            hay, needle = (text, name) if _is_acronym(name) else (folded, name.lower())
            pos = hay.find(needle)
            while pos >= 0:
                end = pos + len(needle)
                whole = (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                if whole and not taken.overlaps(pos, end):
                    taken.add(pos, end)
                    yield Found(pos, end, {"name": name, "id": None, "number": None})
                pos = hay.find(needle, end)

    # ------------------------------------------------------------------ KB scanner
    def _options_of(self, w: str) -> tuple[_Alias, ...]:
        """The aliases that may begin at word form ``w`` (by its first letters or a lemma), kept
        per word form: the scanner asks for every word of every text.

        An alias whose first word ``_match_at`` cannot match here is left out: the word must be
        it, begin with it, begin it (written apart or glued) or share a lemma with it.
        """
        key = w.casefold()
        options = list(self._first_prefix.get(key[:3], ()))
        if key[:2] in self._prefixes:
            lemmas = _lemmas(w)
            for lem in lemmas:
                options.extend(a for a in self._first_lemma.get(lem, ()) if a not in options)
            options = [
                a
                for a in options
                if key.startswith(a.words[0].key) or a.words[0].key.startswith(key) or a.words[0].lemmas & lemmas
            ]
        if len(self._options) >= OPTIONS_CACHE:
            self._options.clear()
        out = self._options[w] = tuple(options)
        return out

    def _word_starts(self, text: str) -> Iterator[int]:
        """Offsets of the words that may begin an alias: their casefolded form starts with a prefix
        of ``self._prefixes``, as every word with options does (``_options_of``).

        The prefixes are found in ``text.casefold()``, which keeps offsets when no character folds
        to several ("ß" -> "ss") and word boundaries when none folds into a letter (U+0345, the
        only such code point); otherwise every word is tried.
        """
        folded = text.casefold()
        if len(folded) == len(text) and _FOLDS_INTO_LETTER not in text:
            if len(self._start_res) == 1:
                return (m.start() for m in self._start_res[0].finditer(folded))
            # prefixes are letters and digits: two never start at one offset unless one begins
            # the other ("ko", "koo"), which the set merges
            return iter(sorted({m.start() for r in self._start_res for m in r.finditer(folded)}))
        return (m.start() for m in WORD_RE.finditer(text))

    def _scan(self, text: str) -> Iterator[_Match]:
        """KB aliases in text order, never overlapping: at each word that may begin one, the alias
        reaching furthest; the words after it are read only there, never for the whole text."""
        pos = 0
        for start in self._word_starts(text):
            if start < pos:
                continue
            w = WORD_RE.match(text, start).group()  # type: ignore[union-attr]
            options = self._options.get(w)
            if options is None:
                options = self._options_of(w)
            if not options:
                continue
            # the words from here on: a few first (most aliases fail at once), more when one needs them
            words = list(islice(WORD_RE.finditer(text, start), FIRST_WORDS))
            complete = len(words) < FIRST_WORDS  # the text ends within them
            best: tuple[int, _Alias, bool] | None = None
            for alias in options:
                res = self._match_at(text, words, 0, alias)
                while res is _OUT_OF_WORDS:  # read twice as many words, up to what the alias can span
                    want = min(alias.max_text_words, 2 * len(words)) - len(words)
                    if complete or want <= 0:
                        res = None
                        break
                    more = list(islice(WORD_RE.finditer(text, words[-1].end()), want))
                    words.extend(more)
                    complete = len(more) < want
                    res = self._match_at(text, words, 0, alias)
                if res and (best is None or words[res[0] - 1].end() > words[best[0] - 1].end()):
                    best = (res[0], alias, res[1])
            if best is None:
                continue
            end_i, alias, exact = best
            m = _Match(start, words[end_i - 1].end(), alias.entry.project, exact, alias.entry.strong)
            if self._accept(text, m):
                yield m
                pos = m.end

    @staticmethod
    def _match_at(text: str, words: list[re.Match[str]], i: int, alias: _Alias) -> tuple[int, bool] | None:
        """Match ``alias`` at word ``i``: (index after the last word, all words exact) or None;
        ``_OUT_OF_WORDS`` when ``words`` ends before the alias does (the text may go on).

        Text and alias are compared as streams of letters and digits, so a space too many or
        too few still matches ("Kooperacje 3 D", "Kooperacje3D", "Kooperacjaefektywna i
        skuteczna"); a whole text word may instead be another form of the alias word (lemma).
        """
        n, k, off, exact = len(words), i, 0, True
        for a in alias.words:
            key = a.key
            if off == 0:
                if k >= n:
                    return _OUT_OF_WORDS
                word = words[k]
                if k > i:
                    gap = text[words[k - 1].end() : word.start()]
                    if not GAP_RE.fullmatch(gap) or gap.count("\n") > 1:
                        return None
                w = word.group()
                folded = w.casefold()
                if folded == key:
                    k += 1
                    continue
                if a.lemmas and not key.startswith(folded) and a.lemmas & _lemmas(w):
                    exact = False
                    k += 1
                    continue
            done = 0
            while done < len(key):
                folded = words[k].group().casefold()
                piece = folded[off:]
                rest = key[done:]
                if piece.startswith(rest):  # the alias word ends inside or at the end of this word
                    off += len(rest)
                    done = len(key)
                    if off == len(folded):
                        k, off = k + 1, 0
                elif rest.startswith(piece):  # this word ends inside the alias word: glue the next
                    done += len(piece)
                    k, off = k + 1, 0
                    if k >= n:
                        return _OUT_OF_WORDS
                    if words[k].start() - words[k - 1].end() > 1:
                        return None
                else:
                    return None
        return (k, exact) if off == 0 else None

    def _accept(self, text: str, m: _Match) -> bool:
        """Is this alias occurrence the project? Models/schools are not; weak forms need evidence."""
        prev = _previous_word(text, m.start)
        if prev is not None and _lemmas(prev.group()) & NOT_PROJECT_BEFORE:
            return False
        if m.exact and m.strong:
            return True
        if self._has_cue_before(text, m.start) or self._quoted(text, m.start, m.end):
            return True
        if prev is not None and _is_upper_initial(prev.group()) and not _sentence_initial(text, prev.start()):
            return False  # part of a longer capitalised name: "Akademia Liderów Kooperacji"
        nxt = NEXT_WORD_RE.match(text, m.end)
        if nxt is not None and _is_upper_initial(nxt.group(1)) and not _is_acronym(nxt.group(1)):
            return False  # … or it goes on: "Liderów Kooperacji Lokalnej"
        words = [w for w in WORD_RE.findall(text[m.start : m.end]) if w.isalpha()]
        if len(words) >= 2 and all(_is_upper_initial(w) for w in words):
            return True
        return _is_upper_initial(words[0]) and not _sentence_initial(text, m.start) if words else False

    @staticmethod
    def _has_cue_before(text: str, start: int) -> bool:
        window = text[max(0, start - MAX_LOOKBACK) : start]
        window = window[window.rfind("\n") + 1 :]
        return CUE_BEFORE_RE.search(window) is not None

    @staticmethod
    def _quoted(text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 2) : start].rstrip()
        after = text[end : end + 2].lstrip()
        return (bool(before) and before[-1] in OPEN_QUOTES) or (bool(after) and after[0] in CLOSE_QUOTES)

    # ------------------------------------------------------------------ cue reader
    def _candidates(self, text: str) -> list[_Candidate]:
        out: list[_Candidate] = []
        seen: set[int] = set()
        for cue in CUE_RE.finditer(text):
            headline = cue.group().isupper() and len(cue.group()) > 1
            label, plural = self._is_label(text, cue.start()), cue.group().casefold() in PLURAL_PROJECT_NOUNS
            for c in self._after_cue(text, cue.end(), headline, label=label, plural=plural):
                if c.start not in seen:
                    seen.add(c.start)
                    out.append(c)
        for q in QUOTED_RE.finditer(text):
            c = self._quoted_candidate(text, q, "free")
            if c is None or c.start in seen:
                continue
            if self._cue_after(text, q.end()):
                c.kind = "quoted"
            seen.add(c.start)
            out.append(c)
        return sorted(out, key=lambda c: (c.start, -c.end))

    @staticmethod
    def _is_label(text: str, cue_start: int) -> bool:
        """Is the cue the label of a field ("Tytuł projektu: X", "Nazwa projektu:", "Projekt: X")?

        True when it starts its line, alone or after one title word (``TITLE_WORDS``); after such a
        label and a colon the rest of the line is the name, also without quotes.
        """
        line = text[max(0, cue_start - MAX_LOOKBACK) : cue_start]
        if "\n" in line or cue_start <= MAX_LOOKBACK:
            line = line[line.rfind("\n") + 1 :]
        else:
            return False
        words = WORD_RE.findall(line)
        if line.strip(" \t" + DASHES + "•*·") != " ".join(words):
            return False  # punctuation before the cue: not a label at the start of a line
        return not words or (len(words) == 1 and bool(_first_word_lemmas(words[0]) & TITLE_WORDS))

    def _after_cue(
        self, text: str, pos: int, headline: bool, *, label: bool = False, plural: bool = False
    ) -> list[_Candidate]:
        """Names after one "projekt" cue: [nr NUMBER] [adjectives] [pn./pt./:] then the name(s)."""
        j = _skip_space(text, pos)
        number = None
        for _ in range(3):  # "projektu partnerskiego nr POWR… pn.", "w projekcie pozakonkursowym pt."
            m = NUMBER_BEFORE_RE.match(text, j)
            if m:
                number, j = m.group("number"), _skip_space(text, m.end())
                continue
            w = WORD_RE.match(text, j)
            if w and _is_adjective(w.group()) and not MARKER_RE.match(text, j):
                j = _skip_space(text, w.end())
                continue
            if w and self._is_programme(w.group()):
                # "w projekcie Erasmus+ „X”", "projekt FIO „X”": the programme, then the name
                k = w.end()
                while k < len(text) and k < w.end() + 3 and text[k] == "+":
                    k += 1
                k = _skip_space(text, k)
                if QUOTED_RE.match(text, k):
                    j = k
                    continue
            break
        marker = MARKER_RE.match(text, j)
        labelled = False  # "Tytuł projektu: Razem dla rodziny"
        if marker:
            j = marker.end()
        else:
            colon = COLON_RE.match(text, j)
            if colon and QUOTED_RE.match(text, colon.end()):
                j = colon.end()
            elif colon and label:
                j, labelled = colon.end(), True
            elif plural:  # "dwóch projektów realizowanych przez ROPS w Szczecinie: „X” oraz „Y”"
                j = _list_after_phrase(text, j)
        q = QUOTED_RE.match(text, j)
        if q:
            first = self._quoted_candidate(text, q, "quoted")
            out = [first] if first else []
            while True:  # a list of quoted names after one cue
                sep = LIST_SEP_RE.match(text, q.end())
                nxt = QUOTED_RE.match(text, sep.end()) if sep else None
                if nxt is None:
                    break
                c = self._quoted_candidate(text, nxt, "quoted")
                if c:
                    out.append(c)
                q = nxt
            if out and number:
                out[0].number = number
            if marker is None:  # "projekt „Strategii …”" may be a draft: see _is_project_name
                for c in out:
                    c.unmarked = True
            return out
        if marker or labelled:
            c = self._unquoted_name(text, j + (1 if j < len(text) and text[j] in OPEN_QUOTES else 0))
        elif headline or plural or "\n" in text[pos:j]:
            # a bare name follows a singular cue on the same line: "Projekty unijne\nWolontariat"
            # and "… Projekty Kontakt" are menu items
            return []
        else:
            c = self._bare_name(text, j)
        if c and number:
            c.number = number
        return [c] if c else []

    @staticmethod
    def _is_programme(word: str) -> bool:
        return word in _NOT_ACRONYMS or bool(_first_word_lemmas(word) & PROGRAMME_NAMES)

    def _quoted_candidate(self, text: str, q: re.Match[str], kind: str) -> _Candidate | None:
        group = next(g for g in ("d", "g", "s") if q.group(g) is not None)
        s, e = q.span(group)
        return self._trimmed(text, s, e, kind, after=q.end())

    def _trimmed(self, text: str, s: int, e: int, kind: str, *, after: int) -> _Candidate | None:
        """Cut quotes, spaces, trailing punctuation and a trailing contract number off [s, e)."""
        number = None
        inner = PROJECT_NUMBER_RE.search(text, s, e)
        if inner:
            tail = text[inner.end() : e].strip(_TRIM + ").")
            if not tail:
                number = inner.group()
                e = inner.start()
                while e > s and (text[e - 1] in _TRIM + DASHES + "(" or text[e - 1] == " "):
                    e -= 1
                lead = text[max(s, e - 12) : e]
                nr = NR_BEFORE_RE.search(lead)
                if nr:
                    e = max(s, e - 12) + nr.start()
        while s < e and text[s] in _TRIM + DASHES:
            s += 1
        while e > s and text[e - 1] in _TRIM + DASHES:
            e -= 1
        while e > s and text[e - 1] == "." and not text[s:e].endswith("..."):
            e -= 1
        if len(alnum_key(text[s:e])) < 2:
            return None
        return _Candidate(s, e, collapse_spaces(text[s:e]), kind, after=after, number=number)

    def _cue_after(self, text: str, pos: int) -> bool:
        """ "„X” to innowacyjny projekt", "„X” – projekt realizowany …", "„X” jest projektem"."""
        tokens = TOKEN_RE.finditer(text, pos)
        for n, t in enumerate(tokens):
            if n >= 5 or "\n" in text[pos : t.start()]:
                return False
            w = t.group()
            low = w.casefold()
            if low in PROJECT_NOUNS:
                return True
            if w in DASHES + "," or low in COPULAS or _is_adjective(w):
                continue
            return False
        return False

    def _unquoted_name(self, text: str, j: int) -> _Candidate | None:
        """The name after "pn./pt." without quotes: up to punctuation, a verb, a clause or a number.

        An acronym in parentheses stays inside when the name goes on after it ("… (CUS) Plus");
        at the end it only introduces the short form and is left out.
        """
        last_end, n_words, skip_to = j, 0, j
        paren_from: int | None = None  # last_end before a "(ACR)" that no word has followed yet
        tokens = list(_take(TOKEN_RE.finditer(text, j), 3 * MAX_UNQUOTED_WORDS))
        for idx, t in enumerate(tokens):
            if t.start() < skip_to:
                continue
            if "\n" in text[last_end : t.start()] or NUMBER_BEFORE_RE.match(text, t.start()):
                break  # a line break, or the contract number ("… nr POWR.02.05.00-00-0208/17")
            w = t.group()
            if not WORD_RE.fullmatch(w):
                if w in DASHES or w in "+&/":
                    continue
                paren = PAREN_ACRONYM_RE.match(text, t.start()) if w == "(" and n_words else None
                if paren and paren_from is None and _is_acronym(paren.group().strip("() \t")):
                    paren_from, last_end = last_end, paren.end()
                    skip_to = paren.end()
                    continue
                break
            low = w.casefold()
            if low in PROJECT_NOUNS:
                break  # the next cue: "projekt pn. A i projekt pn. B"
            if n_words and w.islower():
                nxt = tokens[idx + 1].group().casefold() if idx + 1 < len(tokens) else ""
                if low in NAME_STOP_WORDS or (low, nxt) in NAME_STOP_PHRASES or _is_predicate(w):
                    break
            n_words += 1
            last_end = t.end()
            paren_from = None if paren_from is None else -1  # -1: continued after the parentheses
            if n_words >= MAX_UNQUOTED_WORDS:
                break
        if n_words == 0:
            return None
        if paren_from is not None and paren_from >= 0:
            last_end = paren_from
        return self._trimmed(text, j, last_end, "marked", after=last_end)

    def _bare_name(self, text: str, j: int) -> _Candidate | None:
        """ "projektu CWD", "projekt Aktywni Razem": an acronym or a nominative Title Case name.

        A name that looks like an owner (a genitive, an institution's head noun: "projekt Gminy
        X", "projektu Centrum Usług Społecznych") is read as a name only when it goes on after
        an acronym in parentheses ("projekt Centrum Wsparcia Seniorów (CWS) Plus"): an
        institution's name ends with its acronym, a project named after one adds to it.
        """
        w = WORD_RE.match(text, j)
        if w is None or not _is_upper_initial(w.group()):
            return None
        word = w.group()
        if _is_acronym(word):
            if word in _NOT_ACRONYMS or ROMAN_RE.fullmatch(word):
                return None
            nxt = WORD_RE.match(text, _skip_space(text, w.end()))
            if nxt and _is_acronym(nxt.group()) and not nxt.group().isdigit():
                return None  # an all-capitals run is a heading, not an acronym
            return _Candidate(w.start(), w.end(), word, "bare", after=w.end())
        first_lemmas = _first_word_lemmas(word)
        if first_lemmas & (NOT_PROJECT_HEADS | PROGRAMME_NAMES):
            return None
        interps = [i for i in morph.analyse(word) if i.pos != "ign"]
        owner_like = (
            any(i.has("gen") for i in interps)
            # a person or a place ("projektu Kowalskiego", "projekt Toruń"); a word that is
            # also a common word ("Lepsze Jutro") may start a name
            or (bool(interps) and all(set(i.labels) & _NAME_LABELS for i in interps))
            or bool(first_lemmas & OWNER_HEADS)
        )
        last_end, pending, skip_to = w.end(), w.end(), w.end()
        paren_end, suffixed = -1, False
        for t in _take(TOKEN_RE.finditer(text, w.end()), 3 * MAX_UNQUOTED_WORDS):
            if t.start() < skip_to:
                continue
            if "\n" in text[pending : t.start()]:
                break
            tok = t.group()
            if tok.casefold() in PROJECT_NOUNS:
                break
            if WORD_RE.fullmatch(tok) and (_is_upper_initial(tok) or tok.isdigit()):
                # "(CWD) Plus" continues the name; "(CIS) w Kcyni" is an institution's seat
                suffixed = suffixed or pending == paren_end
                last_end = pending = t.end()
                continue
            if tok.casefold() in NAME_FUNCTION_WORDS or tok in DASHES:
                pending = t.end()
                continue
            paren = PAREN_ACRONYM_RE.match(text, t.start()) if tok == "(" and paren_end < 0 else None
            if paren and pending == last_end and _is_acronym(paren.group().strip("() \t")):
                paren_end = pending = skip_to = paren.end()
                continue
            # the name must end cleanly: punctuation, a verb or a clause word, not a content word
            if WORD_RE.fullmatch(tok) and not (
                tok.casefold() in NAME_STOP_WORDS or _is_verb_only(tok) or text[last_end : t.start()].strip()
            ):
                return None
            break
        if owner_like and not suffixed:
            return None
        name = collapse_spaces(text[w.start() : last_end])
        return _Candidate(w.start(), last_end, name, "bare", after=last_end, suffixed=suffixed)

    def _is_project_name(self, c: _Candidate) -> bool:
        """Is an unlinked name another project's?

        Not a programme, measure, fund, model or document (by the first word's lemma) nor an
        acronym of one; starts like a proper name (capital or digit; a quoted remark such as
        "projektu „zrobiliśmy wiele”" does not); not longer than a name gets. Right after
        "projekt" without "pn."/"pt.", a first word that can only be genitive is the DRAFT of a
        document ("projekt „Gminnego Programu …”"), not a project called so.
        """
        if c.name.upper() in _NOT_ACRONYMS or c.name in _NOT_ACRONYMS:
            return False
        if alnum_key(PROGRAMME_EDITION_RE.sub("", c.name)) in _PROGRAMME_KEYS:
            return False  # "Asystent osobisty osoby z niepełnosprawnością – edycja 2022"
        first = WORD_RE.search(c.name)
        if first is None or len(WORD_RE.findall(c.name)) > MAX_NAME_WORDS:
            return False
        word = first.group()
        if not (word[0].isupper() or word[0].isdigit() or any(ch.isupper() for ch in word)):
            return False
        lemmas = _first_word_lemmas(c.name)
        if lemmas & NOT_PROJECT_HEADS or (c.kind == "bare" and not c.suffixed and lemmas & OWNER_HEADS):
            return False
        if c.unmarked and not _is_acronym(word):
            # a word that may be a preposition opens a title, not a genitive ("„Od instytucji do
            # wspólnoty”" is a project's name, though "Od" is also the genitive of "oda")
            everything = morph.analyse(word)
            interps = [i for i in everything if i.pos in _NOMINAL_POS]
            if any(i.pos == "prep" for i in everything):
                interps = []
            if interps and any(i.has("gen") for i in interps) and not any(i.has("nom") for i in interps):
                return False
        return True


_NOMINAL_POS: Final[frozenset[str]] = frozenset({"subst", "depr", "adj", "ger", "ppas", "pact", "num"})


class _Spans:
    """Non-overlapping character spans with an O(log n) overlap test (long texts have many)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)  # spans starting before ``end``; the last may overlap
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def _prefer_written_case(text: str, found: list[Found]) -> None:
    """Name another project as written in running text, not as in a headline in capitals.

    "REKRUTACJA DO PROJEKTU „BLIŻEJ RODZINY”" then "projektu „Bliżej rodziny”": the project is
    "Bliżej rodziny" in every mention (the first spelling that is not all capitals).
    """
    best: dict[str, str] = {}
    for f in found:
        if f.value.get("id") is None:
            key = alnum_key(f.value["name"])
            best.setdefault(key, f.value["name"])
            written = collapse_spaces(text[f.start : f.end])
            if best[key].isupper() and not written.isupper() and alnum_key(written) == key:
                best[key] = written
    for f in found:
        if f.value.get("id") is None:
            f.value["name"] = best[alnum_key(f.value["name"])]


def _full_names_of_short_forms(found: list[Found]) -> None:
    """Name another project by its full name where the article also writes its short form, the
    part before the subtitle: „Krok ku samodzielności – wsparcie rodzin zastępczych …” and later
    „Krok ku samodzielności” are one project (the knowledge base does this for its own)."""
    full: dict[str, str] = {}
    for f in found:
        name = f.value["name"]
        if f.value.get("id") is None and (head := SUBTITLE_SEPARATOR_RE.split(name, maxsplit=1)[0]) != name:
            full.setdefault(alnum_key(head), name)
    if not full:
        return
    for f in found:
        if f.value.get("id") is None:
            f.value["name"] = full.get(alnum_key(f.value["name"]), f.value["name"])


def _list_after_phrase(text: str, j: int) -> int:
    """Where the quoted list after a plural cue's phrase begins: past a colon a few words on, in the
    same sentence and line, that a quote follows; ``j`` itself when there is none."""
    line_end = text.find("\n", j, j + PLURAL_LIST_REACH)
    stop = line_end if line_end >= 0 else min(len(text), j + PLURAL_LIST_REACH)
    at = text.find(":", j, stop)
    if at < 0 or "." in text[j:at]:
        return j
    after = _skip_space(text, at + 1)
    return after if QUOTED_RE.match(text, after) else j


def _skip_space(text: str, pos: int) -> int:
    """Position after the spaces (at most one line break) at ``pos``."""
    m = SPACE_RE.match(text, pos)
    return m.end() if m else pos


def _take(it: Iterator[re.Match[str]], n: int) -> Iterator[re.Match[str]]:
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

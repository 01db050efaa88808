"""``kn_events``: event records assembled from the dates, places, people and projects on the Doc.

An article about a meeting usually has one event (the meeting) and sometimes a second one (the
next meeting it announces, or an earlier signing it recalls). Dates alone are not events: the
article's dateline, project periods, deadlines and dates of documents are not. So a date becomes an
event only when its sentence talks about a happening (meeting nouns, "odbyło się", "podpisano"),
the date is not the bound of a period ("od ... do") or the date of a document ("uchwała z dnia"),
and it is not the article's own dateline. Mentions of the same day are one event, and a day inside
a range ("W dniach 17-18 listopada" ... "18 listopada") belongs to that range; the same day is a
second event only when a second, different happening is explicitly reported for it.

Each event then gets, from its sentence first and its neighbours second:
- ``event_type`` from weighted cue words (``lang/events.py``), blended with the optional
  meeting-type classifier's scores (``event_type_scores``);
- ``status`` from the tense and modality cue nearest to the date, overridden by the reference
  date (``doc._.kn_reference_date`` or the article's dateline) when the date is after/before it;
- ``place``: a locality of the event's sentence that is the venue ("w Toruniu", "Urzędu Miasta
  Zgierza"), not an origin ("z Poznania") nor an organiser's seat ("organizowana przez ROPS w
  Katowicach"); else one from a following sentence that says where it took place, the title, or,
  when the sentence names only a building, the article's dominant locality; none for online events;
- ``participants``, ``organizations``, ``projects`` from the part of the article the event owns
  (from its sentence to the next event's), without author and photo credits.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Final, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp import places_resolve as pr
from kooperacja_nlp.components.base import KnPipe, text_of, values
from kooperacja_nlp.lang.dates import BODY_LINE_MIN_CHARS
from kooperacja_nlp.lang.events import (
    ADDITIVE_CUES,
    BOUND_WORDS,
    CALENDAR_PLACE_MAX_CHARS,
    CALENDAR_SEPARATORS,
    CHANGE_CUES,
    CLAUSE_OPENERS,
    CONTACT_CUES,
    CREDIT_CUES,
    CUE_WORD_NAMES,
    DATE_FIELD_LABELS,
    DATE_LEAD_WORDS,
    DOCUMENT_CUES,
    DOCUMENT_FILLER_WORDS,
    DOCUMENT_REACH,
    DURING_CUES,
    FORMER_DAY_CUES,
    GENERIC_HAPPENING_NOUNS,
    HAPPENING_CUES,
    HEAD_CUES,
    HELD_CUES,
    HELD_SECTION_HEADINGS,
    HYBRID_CUES,
    INSTITUTION_STEMS,
    LIST_BULLETS,
    NEXT_MEETING_CUES,
    NO_TENSE_VERBS,
    NOT_PLACE_WORDS,
    ONLINE_CUES,
    ORGANISER_CUES,
    PLACE_FIELD_LABELS,
    PLACE_OF_BUILDING_WORDS,
    PLACE_PREPOSITIONS,
    PLANNED_CUES,
    PLANNED_SECTION_HEADINGS,
    PRECEDENCE_CUES,
    PUBLICATION_CUES,
    ROW_CELLS,
    SCHEDULE_CUES,
    SECTION_HEADING_MAX_CHARS,
    SECTION_REACH,
    SERIES_CUES,
    SIGNING_REALIS_CUES,
    SINGLE_HAPPENING_CUES,
    SINGLE_HAPPENING_NOUNS,
    TODAY_CUES,
    TRAVEL_STEMS,
    TRAVEL_WORDS,
    TYPE_CUES,
    TYPE_PRIORITY,
    UNIT_GENITIVES,
    UNIT_NOUN_FORMS,
    UNIT_NOUNS,
    VENUE_NOUNS,
    VISIT_STEMS,
)
from kooperacja_nlp.lang.names import STREET_WORDS
from kooperacja_nlp.lang.patterns import DASH
from kooperacja_nlp.lang.places import NAVIGATION_LINE_RE
from kooperacja_nlp.lang.pronouns import RELATIVE_PRONOUNS
from kooperacja_nlp.lang.weekdays import WEEKDAY_ABBREVIATIONS, WEEKDAYS
from kooperacja_nlp.page import in_widget, widget_item_date, widget_spans
from kooperacja_nlp.records import EVENT_TYPES


def cue_alternatives(cues: Iterable[str]) -> str:
    """Regex source for stem cues (syntax in ``lang/events.py``).

    Each stem may be followed by more letters; words are separated by non-letters; `` ~ `` allows up
    to four words in between. Linear-time: every repetition alternates disjoint classes.
    """
    alternatives = []
    for cue in cues:
        pieces = [r"\W+".join(re.escape(w) + r"\w*" for w in part.split()) for part in cue.split(" ~ ")]
        alternatives.append(r"(?:\W+\w+){0,4}?\W+".join(pieces))
    return "(?:" + "|".join(alternatives) + ")"


def cue_regex(cues: Iterable[str]) -> re.Pattern[str]:
    """Case-insensitive pattern matching any of ``cues`` at a word start.

    The look-ahead on the cues' first letters lets most positions fail at once, which keeps long
    runs of punctuation or digits cheap (the alternatives are tried one by one otherwise)."""
    cues = list(cues)
    firsts = "".join(sorted({c[0].lower() for c in cues} | {c[0].upper() for c in cues}))
    return re.compile(r"(?<!\w)(?=[" + re.escape(firsts) + "])" + cue_alternatives(cues), re.IGNORECASE)


def _weighted(cues: Iterable[tuple[str, int]]) -> tuple[tuple[re.Pattern[str], int], ...]:
    return tuple((cue_regex([cue]), weight) for cue, weight in cues)


TYPE_PATTERNS: Final[dict[str, tuple[tuple[re.Pattern[str], int], ...]]] = {
    label: _weighted(cues) for label, cues in TYPE_CUES.items()
}


def _tiers(cues: Iterable[tuple[str, int]]) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """One pattern per weight, strongest first: the first tier that matches is the label's
    strongest cue, found with a handful of searches instead of one per cue."""
    by_weight: dict[int, list[str]] = {}
    for cue, weight in cues:
        by_weight.setdefault(weight, []).append(cue)
    return tuple((w, cue_regex(by_weight[w])) for w in sorted(by_weight, reverse=True))


TYPE_TIERS: Final[dict[str, tuple[tuple[int, re.Pattern[str]], ...]]] = {
    label: _tiers(cues) for label, cues in TYPE_CUES.items()
}

# -- a quick test before the cue patterns
#
# A case-insensitive search for stem cues tries its alternatives at every word start of the text,
# and most of the texts contain no cue of most patterns. Any match contains every stem of its cue
# as a substring of the text lower-cased the way the regex engine compares characters, so a pattern
# none of whose cues has its longest stem in that string cannot match, and is not run at all. The
# engine folds characters one by one (simple case mapping) and also equates "ı" with "i" and "ſ"
# with "s" (``re._casefix``); ``str.lower`` differs from that only for "İ", which it turns into two
# characters. Folding those three first keeps the test conservative: it never skips a pattern
# that would have matched, so results are those of the patterns alone.
_ENGINE_FOLD: Final[dict[int, str]] = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def folded(text: str) -> str:
    """``text`` lower-cased so that a case-insensitive stem match is a substring of it."""
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(_ENGINE_FOLD)
    return text.lower()


def cue_keys(cues: Iterable[str]) -> tuple[str, ...]:
    """The longest stem of each cue, lower-case (a match of the cue contains it)."""
    return tuple(dict.fromkeys(max(cue.replace(" ~ ", " ").split(), key=len).lower() for cue in cues))


def _keyed_tiers(cues: Iterable[tuple[str, int]]) -> tuple[tuple[int, re.Pattern[str], tuple[str, ...]], ...]:
    by_weight: dict[int, list[str]] = {}
    for cue, weight in cues:
        by_weight.setdefault(weight, []).append(cue)
    return tuple((w, cue_regex(by_weight[w]), cue_keys(by_weight[w])) for w in sorted(by_weight, reverse=True))


# ``TYPE_TIERS`` with the keys of each tier
KEYED_TIERS: Final[dict[str, tuple[tuple[int, re.Pattern[str], tuple[str, ...]], ...]]] = {
    label: _keyed_tiers(cues) for label, cues in TYPE_CUES.items()
}
HEAD_PATTERNS: Final[dict[str, re.Pattern[str]]] = {label: cue_regex(cues) for label, cues in HEAD_CUES.items()}
HEAD_KEYS: Final[dict[str, tuple[str, ...]]] = {label: cue_keys(cues) for label, cues in HEAD_CUES.items()}
GENERIC_RE: Final[re.Pattern[str]] = cue_regex(GENERIC_HAPPENING_NOUNS)
HAPPENING_RE: Final[re.Pattern[str]] = cue_regex(HAPPENING_CUES)
NAME_MASK_RE: Final[re.Pattern[str]] = cue_regex(CUE_WORD_NAMES)
SERIES_RE: Final[re.Pattern[str]] = cue_regex(SERIES_CUES)
NAME_MASK_KEYS: Final[tuple[str, ...]] = cue_keys(CUE_WORD_NAMES)
SINGLE_HAPPENING_RE: Final[re.Pattern[str]] = cue_regex(SINGLE_HAPPENING_CUES)
PLANNED_RE: Final[re.Pattern[str]] = cue_regex(PLANNED_CUES)
HELD_RE: Final[re.Pattern[str]] = cue_regex(HELD_CUES)
PLANNED_KEYS: Final[tuple[str, ...]] = cue_keys(PLANNED_CUES)
NEXT_MEETING_RE: Final[re.Pattern[str]] = cue_regex(NEXT_MEETING_CUES)
HELD_KEYS: Final[tuple[str, ...]] = cue_keys(HELD_CUES)
PUBLICATION_RE: Final[re.Pattern[str]] = cue_regex(PUBLICATION_CUES)
TODAY_RE: Final[re.Pattern[str]] = cue_regex(TODAY_CUES)
ONLINE_RE: Final[re.Pattern[str]] = cue_regex(ONLINE_CUES)
HYBRID_RE: Final[re.Pattern[str]] = cue_regex(HYBRID_CUES)
CHANGE_RE: Final[re.Pattern[str]] = cue_regex(CHANGE_CUES)
HOST_REACH: Final[int] = 40
RESPECTIVELY_WORD_RE: Final[re.Pattern[str]] = re.compile(r"(?<!\w)odpowiednio(?!\w)", re.IGNORECASE)
SCHEDULE_RE: Final[re.Pattern[str]] = cue_regex(SCHEDULE_CUES)
ROW_NUMBER_RE: Final[re.Pattern[str]] = re.compile(r"[^\S\n]*+\d{1,3}[.)]?[^\S\n]*+")
LISTED_GAP: Final[int] = 60  # the most text between two dates of one list ("20.09.2022 w Łomży oraz ")
MAX_SPLIT_DAYS: Final[int] = 6  # the longest range whose days may each be told as a happening of their own
RELATED_LIST_LINES: Final[int] = 24  # lines looked back over from a dateline to a "Zobacz także:"
SCHEDULE_REACH: Final[int] = 80  # sentences looked back over from a table row to its schedule's title
# ", która odbyła się": a relative clause; its date is the happening of the noun before the comma
RELATIVE_CLAUSE_RE: Final[re.Pattern[str]] = re.compile(
    r"[,–—-][^\S\n]*+(?:" + "|".join(RELATIVE_PRONOUNS) + r")(?!\w)", re.IGNORECASE
)
# a participle clause does the same: "na konferencji podsumowującej, planowanej w listopadzie"
PARTICIPLE_CLAUSE_RE: Final[re.Pattern[str]] = re.compile(
    r"[,–—-][^\S\n]*+(?:za)?planowan[a-ząęó]{0,4}+(?!\w)", re.IGNORECASE
)
RELATIVE_CLAUSE_REACH: Final[int] = 60  # from the pronoun to the date, at most
ANTECEDENT_WORDS: Final[int] = 8
FINITE_VERB_CLASSES: Final[frozenset[str]] = frozenset({"fin", "praet", "bedzie", "impt", "winien"})
# Morfeusz classes of a verb form that tells the past ("przyjął", "omówiono") or may tell the
# future ("zostanie": a perfective "fin", or the noun "zostanie" - "ger")
PAST_VERB_CLASSES: Final[frozenset[str]] = frozenset({"praet", "imps"})
FUTURE_VERB_CLASSES: Final[frozenset[str]] = frozenset({"fin", "bedzie", "ger"})
VERB_REACH: Final[int] = 80  # how far from the date its verb is looked for (characters)
ANTECEDENT_MIN_CUE: Final[int] = 3  # the weight of a cue that names a happening or body itself
# a former day's cue, then up to two words ("pierwotnie", "wcześniej"), "na"/"w dniu" or nothing,
# then the date: matched against the text right before the date
FORMER_DAY_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<!\w)" + cue_alternatives(FORMER_DAY_CUES) + r"\w*+(?:[^\S\n]++[^\W\d]++){0,2}?"
    r"(?:[^\S\n]++(?:na|w[^\S\n]++dniu|dnia|w))?[^\S\n]*+[,:]?[^\S\n]*+$",
    re.IGNORECASE,
)
ORGANISER_RE: Final[re.Pattern[str]] = cue_regex(ORGANISER_CUES)
# "w siedzibie", "w Sali Obrad", "na Wydziale", "w Wojewódzkiej Bibliotece": a building is named
_VENUE_PHRASE: Final[str] = r"(?<!\w)(?:w|we|na)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + cue_alternatives(VENUE_NOUNS)
VENUE_RE: Final[re.Pattern[str]] = re.compile(_VENUE_PHRASE, re.IGNORECASE)
# ... right before an institution's name: "w siedzibie ROPS", "w sali konferencyjnej MOPS", "w sali
# nr 14 Urzędu Miejskiego"
HOST_BUILDING_RE: Final[re.Pattern[str]] = re.compile(
    _VENUE_PHRASE + r"\w*(?:[ \t]+nr\.?[ \t]*\d{1,4}+[a-z]?)?[ \t]*$", re.IGNORECASE
)
# a list item's venue set off by a comma or dash, in the nominative: "• 7.11.2019 – spotkanie PZK
# gminy Czarnków, Gminny Ośrodek Kultury w Gębicach"
APPOSED_VENUE_RE: Final[re.Pattern[str]] = re.compile(
    r"[,–—][ \t]*+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*+[ \t]++){0,2}?(?i:" + cue_alternatives(VENUE_NOUNS) + r")"
)
# ... set off in the nominative right before the institution: "• 1 czerwca – siedziba Centrum Usług Społecznych"
HOST_APPOSED_RE: Final[re.Pattern[str]] = re.compile(APPOSED_VENUE_RE.pattern + r"\w*[ \t]*$")
INSTITUTION_RE: Final[re.Pattern[str]] = cue_regex(INSTITUTION_STEMS)
# navigation bars, breadcrumbs and cookie notices in the headline zone
NAV_RE: Final[re.Pattern[str]] = re.compile(r"[|»›]|ciasteczk|cookie", re.IGNORECASE)
DURING_RE: Final[re.Pattern[str]] = cue_regex(DURING_CUES)
CLAUSE_BREAK_RE: Final[re.Pattern[str]] = re.compile(r"[,;:()]")
LEAD_DATE_REACH: Final[int] = 40  # "W sobotę, 12 października, ...": how far into its sentence the date opens it
# a line that is only "w dniu"/"dnia" and its date continues the line above
DATE_LEAD_LINE_RE: Final[re.Pattern[str]] = re.compile(r"(?:w[ \t]+dniu|w[ \t]+dniach|dnia|dn\.)[ \t]+$", re.I)
# after a locality opening a press release: ", 12 marca 2020 r. –", ", 12.03.2020 r. -"
PRESS_DATELINE_RE: Final[re.Pattern[str]] = re.compile(r",[ \t]*+(?:dnia[ \t]+)?\d")
# a trip to an institution: "pojadą ... do Uniwersytetu ...", "wyjazd do Ośrodka ..." (then its locality)
TRIP_TO_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<!\w)(?i:(?:" + "|".join(TRAVEL_STEMS) + r")\w*|(?:" + "|".join(sorted(TRAVEL_WORDS)) + r")(?!\w))"
    r"(?:[ \t]+\w+){0,4}?[ \t]+do[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ]"
)
# a visit to an institution: "odwiedzili Centrum Usług Społecznych ...", "zwiedzali Dom Pomocy ..."
VISIT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<!\w)(?i:" + "|".join(VISIT_STEMS) + r")\w*(?:[ \t]+[a-ząćęłńóśźż]+){0,2}?[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ]"
)
LAW_DATE_RE: Final[re.Pattern[str]] = re.compile(r"(?<!\w)z\s+dnia\s*$", re.I)  # "ustawy z dnia 12 marca 2004 r."
PERIOD_END_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t,]{0,3}+i[ \t]{1,3}+(?:potrwa|trwać[ \t]{1,3}+będzie|będzie[ \t]{1,3}+trwa\w{0,3}+|zakończy[ \t]{1,3}+się|"
    r"będzie[ \t]{1,3}+realizowan\w{0,3}+)[ \t]{1,3}+do[ \t]{1,3}+\d",
    re.IGNORECASE,
)
SAME_PLACE_RE: Final[re.Pattern[str]] = re.compile(r"(?<!\w)w\s+(?:tym\s+samym|tym|tamtym)\s+miejscu(?!\w)", re.I)
# the header row of a table flattened to lines: "Data | Miejsce | Temat spotkania", "Termin; Miejsce"
TABLE_HEADER_RE: Final[re.Pattern[str]] = re.compile(r"[^\d\n|;\t]{1,40}(?:[|;\t][^\d\n|;\t]{1,60}){1,6}$")
# a new clause of a compound sentence, which may tell another happening
CLAUSE_JOIN_RE: Final[re.Pattern[str]] = re.compile(r"(?:,[ \t]+(?:a|natomiast|zaś|a także)|;)[ \t]+", re.IGNORECASE)
DASH_BREAK_RE: Final[re.Pattern[str]] = re.compile(r"\s[–—-]\s")  # a dash between spaces opens a new clause
ADDITIVE_RE: Final[re.Pattern[str]] = cue_regex(ADDITIVE_CUES)
SIGNING_REALIS_RE: Final[re.Pattern[str]] = cue_regex(SIGNING_REALIS_CUES)
SIGNING_REALIS_KEYS: Final[tuple[str, ...]] = cue_keys(SIGNING_REALIS_CUES)
_ALL_KEYS: Final[tuple[str, ...]] = tuple(
    dict.fromkeys([k for tiers in KEYED_TIERS.values() for _, _, keys in tiers for k in keys] + [*SIGNING_REALIS_KEYS])
)
# a credit line: "tekst: ...", "Fot. ...", "Info i zdjęcia: ..." (cue, then a colon or dot soon)
CREDIT_RE: Final[re.Pattern[str]] = re.compile(r"^\W*" + cue_alternatives(CREDIT_CUES) + r"[^\n:.]{0,25}[:.]", re.I)
# a contact line before a name: "Informacji udziela Pani ...", "Kontakt: ..." (the label only: "kontakty
# z ..." in running text is not one)
PRECEDENCE_RE: Final[re.Pattern[str]] = cue_regex(PRECEDENCE_CUES)
CONTACT_RE: Final[re.Pattern[str]] = re.compile(
    cue_regex(CONTACT_CUES).pattern + r"|(?<!\w)kontakt\w{0,2}[^\S\n]{0,3}:", re.IGNORECASE
)
DOCUMENT_RE: Final[re.Pattern[str]] = cue_regex(DOCUMENT_CUES)
WORD_RE: Final[re.Pattern[str]] = re.compile(r"\w+")
# how far before "w <locality>" the venue it belongs to may begin ("w sali konferencyjnej Regionalnego
# Ośrodka Polityki Społecznej w Opolu")
VENUE_REACH: Final[int] = 100
# words before "do" that may name the trip ("wyjazd, tym razem do", "wyjazd integracyjny dla 14 rodzin do")
TRAVEL_REACH: Final[int] = 7
_STREET_REACH: Final[int] = 24  # "ul. gen. Rzeszowskiej": a street word up to two words back


def _after_street(text: str, pos: int) -> bool:
    """True when the word at ``pos`` is part of a street's name ("przy ul. Rzeszowskiej", "aleja
    Krakowska"): one of the two words before it is a street word."""
    words = WORD_RE.findall(text, max(0, pos - _STREET_REACH), pos)[-2:]
    return any(w.lower() in STREET_WORDS for w in words)


NON_BLANK_RE: Final[re.Pattern[str]] = re.compile(r"\S")
# between two localities of one list: "Rzeszowa, Kielc", "Kielc i Lublina" (the whole gap)
COORDINATION_RE: Final[re.Pattern[str]] = re.compile(r"[^\S\n]{0,3}+(?:,|i|oraz|lub|albo)[^\S\n]{1,3}+\Z")
# "dla (chętnych) uczestników": up to three words after "dla" name an audience, right before a position
AUDIENCE_RE: Final[re.Pattern[str]] = re.compile(r"(?<!\w)dla(?:[^\w\n]{1,3}+\w{1,30}+){0,3}?[^\w\n]{1,3}+\Z", re.I)
AUDIENCE_REACH: Final[int] = 120
# where the clause of a date begins: after ": ", "; " or a comma and a clause opener
CLAUSE_START_RE: Final[re.Pattern[str]] = re.compile(
    r"[:;][^\S\n]|,[^\S\n]{1,3}+(?:" + "|".join(CLAUSE_OPENERS) + r")(?![\w-])"
)
# the date field of an announcement: "Termin: ...", "Data spotkania: ...", "Kiedy: ..."
DATE_FIELD_RE: Final[re.Pattern[str]] = re.compile(
    r"\W{0,3}+(?:" + "|".join(DATE_FIELD_LABELS) + r")(?:[^\S\n]{1,3}+\w{1,20}+){0,2}?[^\S\n]{0,3}+:", re.I
)
# a calendar entry's head line around its date (``lang.events.CALENDAR_SEPARATORS``): before the
# date only bullets and a weekday, after it hours, a separator and a short place ("| Nysa")
_WEEKDAY_WORDS = "|".join(sorted({*WEEKDAYS, *WEEKDAY_ABBREVIATIONS}, key=len, reverse=True))
CALENDAR_LEAD_RE: Final[re.Pattern[str]] = re.compile(
    rf"[^\S\n]*[•*▪►–-]?[^\S\n]*(?:(?:{_WEEKDAY_WORDS})\.?,?[^\S\n]*)?", re.I
)
CALENDAR_TAIL_RE: Final[re.Pattern[str]] = re.compile(
    r"[^\S\n]*(?:r\.|roku)?,?[^\S\n]*"
    rf"(?:(?:godz\.|g\.)?[^\S\n]*\d{{1,2}}[:.]\d{{2}}(?:[^\S\n]*{DASH}[^\S\n]*\d{{1,2}}[:.]\d{{2}})?[^\S\n]*)?"
    rf"[{re.escape(CALENDAR_SEPARATORS)}][^\S\n]*[^\W\d_][^\n|]{{0,{CALENDAR_PLACE_MAX_CHARS}}}",
    re.I,
)
# the place field of an announcement: "Miejsce: sala narad Urzędu Gminy w Lipniku"
PLACE_FIELD_RE: Final[re.Pattern[str]] = re.compile(
    r"\W{0,3}+(?:" + "|".join(PLACE_FIELD_LABELS) + r")(?:[^\S\n]{1,3}+\w{1,20}+){0,2}?[^\S\n]{0,3}+:", re.I
)
# an item of a list: a bullet or a number (a date, an hour) at the start of its line
LIST_ITEM_RE: Final[re.Pattern[str]] = re.compile(r"[" + re.escape(LIST_BULLETS) + r"\d]")
# a month that a dash gives one happening, told by a singular noun: "a w listopadzie (termin
# zostanie podany) – otwarte spotkanie Zespołu Kooperacji"
MONTH_ITEM_RE: Final[re.Pattern[str]] = re.compile(
    r"[^\S\n]*+(?:r\.|roku)?[^\S\n]*+(?:\([^()\n]{0,60}+\)[^\S\n]*+)?"
    + DASH
    + r"[^\S\n]*+(?:[^\W\d_]++[^\S\n]++){0,2}?(?:"
    + "|".join(SINGLE_HAPPENING_NOUNS)
    + r")(?!\w)",
    re.IGNORECASE,
)
# where a headline telling several happenings is cut between them ("Komitet Sterujący w Jeleniej
# Górze, wizyta studyjna w Szklarskiej Porębie", "Szkolenie w Lublinie; konsultacje w Chełmie")
HEADLINE_PART_RE: Final[re.Pattern[str]] = re.compile(r"[,;][^\S\n]*+|[^\S\n]" + DASH + r"[^\S\n]")
# the number of a numbered line before its text: "2. ", "a) ", "IV. "
ENUMERATOR_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]*+(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)][ \t]*+")
# an item of a list named by a short label before a dash and its date ("moduł I – 7-8 października,",
# "II spotkanie – 9 kwietnia"): a list item only under a line ending in a colon (``_list_intro``)
LABELLED_ITEM_RE: Final[re.Pattern[str]] = re.compile(r"(?<![\w.])[^\W\d_][\w.]*+(?: [\w.]++){0,3}+ " + DASH + r" \d")
FULL_DAY_RE: Final[re.Pattern[str]] = re.compile(r"^(?:\d{4}|-)-\d{2}-\d{2}$")
# a sentence that ends right after its date ("... 8 sierpnia 2018r.") was probably cut at "r."
DATE_TAIL_RE: Final[re.Pattern[str]] = re.compile(r"^\W*(?:r|roku)?\W*$", re.IGNORECASE)
# a sentence ending in a short lower-case word and a dot ("pn.", "ul.", "im.") was cut at it
ABBREV_END_RE: Final[re.Pattern[str]] = re.compile(r"(?<![\w.])[a-ząćęłńóśźż]{1,3}\.$")
# what may stand on a dateline's line besides the date itself ("r.", "roku", a weekday, a time)
DATELINE_RE: Final[re.Pattern[str]] = re.compile(r"^[\W\d]*(?:r|roku|godz|\d+)?[\W\d]*$", re.IGNORECASE)
# the same test from the runs of letters (``_LetterRuns``): the words the pattern allows, the runs
LETTER_RUN_RE: Final[re.Pattern[str]] = re.compile(r"[^\W\d]+")
DATELINE_WORDS: Final[frozenset[str]] = frozenset({"r", "roku", "godz"})
DATELINE_SCAN: Final[int] = 512  # characters searched for letter runs at a time
# windows up to this long are searched themselves (a search stops at a second run): the runs of the
# whole text are found only for longer ones, where many dates on one line would each read it all
DATELINE_WINDOW: Final[int] = 256

# Where the text each event was classified from is kept (``Doc.user_data``, plain strings), for
# training the classifier on exactly what it will see (``classifier.samples_from_gold``).
CONTEXTS_KEY: Final[str] = "kn_event_contexts"
# Segment weights: the event's own sentence speaks loudest, then the headline, then neighbours.
W_SENTENCE: Final[int] = 3
W_TITLE: Final[int] = 2
W_NEIGHBOUR: Final[int] = 1
W_HEAD: Final[int] = 12  # bonus of the label whose noun heads the event's sentence
NEIGHBOURS_AFTER: Final[int] = 6  # sentences after the event's sentence that describe it
PLACE_LOOKAHEAD: Final[int] = 3  # sentences after it that may say where it took place
ORGANISER_REACH: Final[int] = 90  # characters after an organiser cue that belong to its name
LEAD_CHARS: Final[int] = 400
# Ranks of a locality mention as the happening's place (see ``EventBuilder._rank``).
R_NOT, R_SEAT, R_NEUTRAL, R_BUILDING, R_SAID = 0, 1, 2, 3, 4
# Weight of a mention when no sentence names the place and the article's main locality is used.
SEAT_WEIGHT: Final[float] = 0.5
HEADLINE_MAX_LINE: Final[int] = 200  # longer lines are the article's body, not its headline zone
HEADLINE_MAX_LINES: Final[int] = 6
HEADLINE_SCAN: Final[int] = 4 * HEADLINE_MAX_LINES  # sentences searched for the headline zone
MAX_SENTENCE: Final[int] = 2_000  # longer "sentences" (lines of a dump) are cut into pieces
MAX_SEGMENT: Final[int] = 5_000  # characters of one segment read for cue words
LIST_REACH: Final[int] = 12  # items of a list of dates looked back over to find its header
BODY_LINE: Final[int] = 100  # a line this long is running text
ITEM_HEADING_MAX: Final[int] = 80  # a news item's own title line on a page of several short items
MIN_ITEM_HEADINGS: Final[int] = 3  # that many titled items make a page a bulletin (an article may have 2 subheadings)
SHORT_SENTENCE: Final[int] = 25  # a "sentence" this much longer than its date is only a date line
# Labels that a signing reported as done at the happening outranks (a PZK meeting where the
# partners signed their declarations is a signing; a conference where one was signed is not).
SIGNING_OVERRIDES: Final[frozenset[str]] = frozenset(["local_cooperation", "other", "consultation", "project_team"])
# Share of the classifier in the reported scores when cue words were found. Grouped
# cross-validation (benchmarks/classifier.py) showed the cue decision is better than any blend on
# the dev set, so the classifier decides only where no cue word is found, and only when confident.
CLASSIFIER_WEIGHT: Final[float] = 0.2
MODEL_CONFIDENCE: Final[float] = 0.5


@Language.factory(
    "kn_events",
    default_config={"use_classifier": True},
    requires=["doc.spans"],
    assigns=["doc._.kn_events"],
)
def make_events(nlp: Language, name: str, use_classifier: bool) -> EventBuilder:
    return EventBuilder(nlp, name, use_classifier=use_classifier)


# ---------------------------------------------------------------- cue scoring (shared with kn_meeting_type)


def cue_scores(segments: Iterable[tuple[str, float]], *, realis_signing_below: float = 0.0) -> dict[str, float]:
    """Cue evidence per label: for each ``(text, segment weight)``, the strongest cue of each label
    times the segment's weight (the strongest, not the sum, so that "Partnerskiego Zespołu
    Kooperacyjnego" is not counted once per overlapping cue).

    Segments weighing less than ``realis_signing_below`` (neighbour sentences) count a signing only
    when it is told as done: "ustalono sposób ... podpisania porozumienia" announces one.
    """
    scores = dict.fromkeys(EVENT_TYPES, 0.0)
    for text, weight in segments:
        if not text or weight <= 0:
            continue
        text = text[:MAX_SEGMENT]  # a "sentence" of a whole-site dump says nothing more after this
        strengths, realis = _strengths(text)
        for label, strength in strengths:
            if label == "agreement_signing" and weight < realis_signing_below and not realis:
                continue
            scores[label] += weight * strength
    return scores


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


@lru_cache(maxsize=4096)
def _strengths(text: str) -> tuple[tuple[tuple[str, int], ...], bool]:
    """The strongest cue weight per label in ``text``, and whether a signing is told as done.
    Cached: an article's sentences are scored again as neighbours of each of its events."""
    low = folded(text)
    if any(k in low for k in NAME_MASK_KEYS):
        # an institution named with a cue word ("Warsztat Terapii Zajęciowej") tells no happening
        text = NAME_MASK_RE.sub(_blank, text)
        low = folded(text)
    # the keys the text contains, found in one pass over them all (a tier's keys overlap others')
    present = {k for k in _ALL_KEYS if k in low}
    out = []
    for label, tiers in KEYED_TIERS.items():
        for w, rx, keys in tiers:
            if not present.isdisjoint(keys) and rx.search(text):
                out.append((label, w))
                break
    realis = not present.isdisjoint(SIGNING_REALIS_KEYS) and SIGNING_REALIS_RE.search(text) is not None
    return tuple(out), realis


def signing_done(own: Iterable[str], around: Iterable[str] = ()) -> bool:
    """An agreement or declaration reported as signed (not to be signed): in the event's ``own``
    sentences, or in a sentence ``around`` it that ties the signing to the happening ("W trakcie
    spotkania podpisane zostały deklaracje"; not "część gmin podpisała porozumienia")."""
    strong = [rx for rx, w in TYPE_PATTERNS["agreement_signing"] if w >= 5]

    def signed(t: str) -> bool:
        return bool(SIGNING_REALIS_RE.search(t)) and any(rx.search(t) for rx in strong)

    return any(signed(t) for t in own) or any(signed(t) and DURING_RE.search(t) for t in around)


def best_label(scores: Mapping[str, float]) -> str:
    """Highest score; ties go to the more specific label (``TYPE_PRIORITY``); nothing -> ``other``."""
    top = max(scores.values(), default=0.0)
    if top <= 0:
        return "other"
    return next(label for label in TYPE_PRIORITY if scores.get(label, 0.0) == top)


def normalised(scores: Mapping[str, float]) -> dict[str, float]:
    total = sum(max(v, 0.0) for v in scores.values())
    if total <= 0:
        return {label: (1.0 if label == "other" else 0.0) for label in EVENT_TYPES}
    return {label: max(scores.get(label, 0.0), 0.0) / total for label in EVENT_TYPES}


def blend(cues: Mapping[str, float], model: Mapping[str, float] | None) -> dict[str, float]:
    """Cue evidence (normalised) mixed with classifier probabilities, rounded, summing to ~1."""
    base = normalised(cues)
    if model:
        has_cues = any(v > 0 for v in cues.values())
        w = CLASSIFIER_WEIGHT if has_cues else 1.0
        base = {label: (1 - w) * base[label] + w * float(model.get(label, 0.0)) for label in EVENT_TYPES}
    return {label: round(v, 4) for label, v in base.items()}


def decide(cues: Mapping[str, float], model: Mapping[str, float] | None) -> str:
    """The label: the cue words' if any cue was found, else the classifier's if it is confident,
    else ``other`` (no cue word at all is itself evidence of an unusual happening)."""
    if any(v > 0 for v in cues.values()):
        return best_label(cues)
    if model:
        label = max(EVENT_TYPES, key=lambda lab: model.get(lab, 0.0))
        if model.get(label, 0.0) >= MODEL_CONFIDENCE:
            return label
    return "other"


def classified(
    cues: Sequence[Mapping[str, float]], texts: Sequence[str], use_classifier: bool = True
) -> list[tuple[dict[str, float], str]]:
    """``(blend(c, m), decide(c, m))`` of each text's cue scores ``c`` and the classifier's
    scores ``m`` of the text (none without a classifier), in one call to the classifier.

    The classifier's exact scores add thousands of products one by one; its bounds
    (``score_bounds_many``) come from one quicker product and are within about 1e-10 of them.
    ``blend`` rounds to four places and is monotone in each score, so when both bounds give the
    same rounded scores so does every value between them; ``decide`` follows the classifier
    only without cue words, and then the bounds must leave its best label and the confidence
    threshold beyond doubt. Anything else (rare: a score on a rounding edge) is scored exactly."""
    from kooperacja_nlp import classifier

    model = classifier.default_model() if use_classifier and texts else None
    if model is None:
        return [(blend(c, None), decide(c, None)) for c in cues]
    bounds = model.score_bounds_many(texts)
    out: list[tuple[dict[str, float], str] | None] = [None] * len(texts)
    if bounds is not None:
        for i, (c, (lo, hi)) in enumerate(zip(cues, bounds, strict=True)):
            scores = blend(c, lo)
            if scores == blend(c, hi) and _same_decision(c, lo, hi):
                out[i] = (scores, decide(c, lo))
    exact = [i for i, o in enumerate(out) if o is None]
    if exact:
        for i, m in zip(exact, model.scores_many([texts[i] for i in exact]), strict=True):
            out[i] = (blend(cues[i], m), decide(cues[i], m))
    return [o for o in out if o is not None]


def _same_decision(cues: Mapping[str, float], lo: Mapping[str, float], hi: Mapping[str, float]) -> bool:
    """``decide`` gives one label for any classifier scores between ``lo`` and ``hi``."""
    if any(v > 0 for v in cues.values()):
        return True  # (the cue words decide)
    best = max(EVENT_TYPES, key=lambda lab: lo.get(lab, 0.0))
    low = lo.get(best, 0.0)
    if not all(low > hi.get(lab, 0.0) for lab in EVENT_TYPES if lab != best):
        return False
    return low >= MODEL_CONFIDENCE or hi.get(best, 0.0) < MODEL_CONFIDENCE


def head_label(text: str) -> str | None:
    """The label of a typed happening noun that comes before any generic one ("szkolenie dla
    koordynatorów PZK" -> training; "spotkanie PZK o charakterze warsztatowym" -> None)."""
    low = folded(text)
    labels = [(label, rx) for label, rx in HEAD_PATTERNS.items() if any(k in low for k in HEAD_KEYS[label])]
    if not labels:  # (no typed noun at all: nothing can head the sentence)
        return None
    generic = GENERIC_RE.search(text)
    limit = generic.start() if generic else len(text)
    best: tuple[int, str] | None = None
    for label, rx in labels:
        for m in rx.finditer(text, 0, limit + 1):
            if m.start() > limit or (best is not None and m.start() >= best[0]):
                break
            # "dla uczestników Forum przeprowadzone zostaną warsztaty": the audience's happening
            # does not head the sentence
            if not AUDIENCE_RE.search(text, max(0, m.start() - AUDIENCE_REACH), m.start()):
                best = (m.start(), label)
                break
    return best[1] if best else None


@lru_cache(maxsize=16_384)
def _finite_verb(word: str) -> bool:
    """Every reading of the word is a finite verb form ("poprzedziło", "posłużyły", "jest")."""
    readings = morph.analyse(word)
    return bool(readings) and all(r.tag.split(":", 1)[0] in FINITE_VERB_CLASSES for r in readings)


def _start_of_match(m: re.Match[str]) -> int:
    return m.start()


def _relative_antecedent(text: str, start: int, at: int) -> str | None:
    """The label of the noun a relative clause dating the event hangs on: "kontynuacją konferencji
    „Od instytucji do społeczności”, która odbyła się w listopadzie ub.r." (a conference);
    "posłużyły zespołowi ds. opracowania Planu, który spotkał się 11 kwietnia" (the model team).
    Only a short clause whose verb tells a happening, and only a typed noun among the few words
    before its comma; None otherwise."""
    lo = max(start, at - RELATIVE_CLAUSE_REACH)
    m = max(
        (*RELATIVE_CLAUSE_RE.finditer(text, lo, at), *PARTICIPLE_CLAUSE_RE.finditer(text, lo, at)),
        key=_start_of_match,
        default=None,
    )
    if m is None:
        return None
    if (
        m.re is RELATIVE_CLAUSE_RE
        and not HELD_RE.search(text, m.end(), at)
        and not PLANNED_RE.search(text, m.end(), at)
    ):
        return None
    words = WORD_RE.findall(text[max(start, m.start() - 120) : m.start()])[-ANTECEDENT_WORDS:]
    for n in range(1, len(words) + 1):  # the typed noun nearest the comma ("wdrażania modelu" is no noun of one)
        if _finite_verb(words[-n]):
            break  # the noun phrase ends at its clause's verb ("Podpisanie porozumienia poprzedziło spotkanie")
        scores = cue_scores([(" ".join(words[-n:]), 1.0)])
        if max(scores.values(), default=0) >= ANTECEDENT_MIN_CUE:
            return best_label(scores)
    return None


def cue_type(text: str) -> str:
    """The label that cue words in ``text`` point to ("other" without any cue)."""
    return best_label(cue_scores([(text, 1.0)]))


@lru_cache(maxsize=16_384)
def _verb_tense(word: str) -> str | None:
    """ "held" for a past verb form ("przyjął", "omówiono"), "planned" for a perfective non-past or
    "będzie" ("przyjmie", "zostanie"), None for anything else (the present tells no time)."""
    readings = morph.analyse(word)
    if not readings or any(r.lemma.split(":", 1)[0] in NO_TENSE_VERBS for r in readings):
        return None
    classes = {r.tag.split(":", 1)[0]: r.tag for r in readings}
    if classes.keys() <= PAST_VERB_CLASSES:
        return "held"
    future = any(c == "bedzie" or (c == "fin" and tag.endswith(":perf")) for c, tag in classes.items())
    return "planned" if future and classes.keys() <= FUTURE_VERB_CLASSES else None


def verb_status(text: str, anchor: int) -> str | None:
    """The tense of the verb nearest ``anchor`` in ``text`` (a sentence without any tense cue
    word): the grammar says what the cue lists do not."""
    best: tuple[int, str] | None = None
    for m in WORD_RE.finditer(text, max(0, anchor - VERB_REACH), anchor + VERB_REACH):
        if not m.group()[:1].islower():
            continue  # (verbs are written in lower case; names are not looked up)
        tense = _verb_tense(m.group())
        if tense is not None:
            dist = min(abs(m.start() - anchor), abs(m.end() - anchor))
            if best is None or dist < best[0]:
                best = (dist, tense)
    return best[1] if best else None


def cue_status(text: str, anchor: int | None = None) -> str | None:
    """``planned``/``held`` from the tense cue nearest to ``anchor`` (a position in ``text``)."""
    at = len(text) // 2 if anchor is None else anchor
    low = folded(text)  # (a pattern none of whose cues' keys the text has is not run)
    planned = [(m.start(), m.end()) for m in PLANNED_RE.finditer(text)] if any(k in low for k in PLANNED_KEYS) else []
    # "będzie miało miejsce" contains the past "miało miejsce": the longer, future reading wins
    held = [(m.start(), m.end()) for m in HELD_RE.finditer(text)] if any(k in low for k in HELD_KEYS) else []
    held = [(a, b) for a, b in held if not any(pa <= a and b <= pb for pa, pb in planned)]
    best: tuple[int, str] | None = None
    for spans, label in ((held, "held"), (planned, "planned")):
        for a, b in spans:
            dist = 0 if a <= at <= b else min(abs(a - at), abs(b - at))
            if best is None or dist < best[0] or (dist == best[0] and label == "held"):
                best = (dist, label)
    if best is None and NEXT_MEETING_RE.search(text):
        return "planned"  # "Następne spotkanie – 9 listopada."
    return best[1] if best else None


# ---------------------------------------------------------------- text geometry


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    para: int  # paragraph number (blank lines separate paragraphs)


def sentences_of(doc: Doc) -> list[Sentence]:
    """Sentences clipped to lines, with their paragraph numbers, in text order."""
    return list(_sentences(doc, text_of(doc)))


def _sentences(doc: Doc, text: str) -> Iterator[Sentence]:
    """:func:`sentences_of` one by one: the headline zone needs only the first few."""
    if doc.has_annotation("SENT_START"):
        spans: Iterable[tuple[int, int]] = ((s.start_char, s.end_char) for s in doc.sents)
    else:
        spans = [(0, len(text))]
    para = 0
    last_end = 0
    for s, e in spans:
        pos = s
        while pos < e:
            nl = text.find("\n", pos, e)
            stop = e if nl < 0 else nl
            a, b = _strip(text, pos, stop)
            while b - a > MAX_SENTENCE:  # a line without sentence ends (a dump): cut at a space
                cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
                cut = cut if cut > a else a + MAX_SENTENCE
                yield Sentence(a, cut, para)
                a, _ = _strip(text, cut, b)
            if a < b:
                # a blank line before it (two line ends since the last sentence) opens a paragraph
                if text.count("\n", last_end, a) >= 2 if last_end else "\n\n" in text[:a]:
                    para += 1
                yield Sentence(a, b, para)
                last_end = b
            pos = stop + 1


def headline_sentences(text: str, sents: Sequence[Sentence]) -> list[int]:
    """The headline zone: short lines before the first paragraph-length line (site name, headline,
    dateline), without navigation and cookie notices. Scraped pages often put the site's name
    first and the article's headline a few lines below, so the first line alone is not enough."""
    out: list[int] = []
    for i, s in enumerate(sents[:HEADLINE_SCAN]):
        line_start = text.rfind("\n", 0, s.start) + 1
        line_end = text.find("\n", s.end)
        if (len(text) if line_end < 0 else line_end) - line_start > HEADLINE_MAX_LINE:
            break
        if NAV_RE.search(text[s.start : s.end]):
            continue
        out.append(i)
        if len(out) >= HEADLINE_MAX_LINES:
            break
    return out


def item_headings(text: str, sents: Sequence[Sentence], heads: Sequence[int]) -> list[int]:
    """Title lines of the items of a bulletin page ("Sesja Rady Miejskiej" over its paragraph).

    A title is a short line of its own, after a blank line, without a sentence end, directly
    over a paragraph-length line of body text. Pages of several such items ("Krótko z gminy")
    put unrelated happenings side by side, so an event must not borrow its neighbours' words."""
    out: list[int] = []
    skip = set(heads)
    for i in range(1, len(sents) - 1):
        s, nxt, prev = sents[i], sents[i + 1], sents[i - 1]
        if i in skip or prev.para == s.para or nxt.para != s.para or s.end - s.start > ITEM_HEADING_MAX:
            continue
        first = text[s.start]
        if not first.isupper() or text[s.end - 1] in ".!?:;,|" or "|" in text[s.start : s.end]:
            continue
        if text.find("\n", s.end, nxt.start) < 0 or text.rfind("\n", prev.end, s.start) < 0:
            continue
        line_end = text.find("\n", nxt.start)
        if (len(text) if line_end < 0 else line_end) - nxt.start < BODY_LINE:
            continue
        out.append(i)
    return out


def headline_text(doc: Doc) -> str:
    """The text of the headline zone (see :func:`headline_sentences`)."""
    text = text_of(doc)
    sents = list(itertools.islice(_sentences(doc, text), HEADLINE_SCAN))
    return "\n".join(text[sents[i].start : sents[i].end] for i in headline_sentences(text, sents))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the blanks at either end (``\\s`` is ``str.isspace``)."""
    m = NON_BLANK_RE.search(text, start, end)
    if m is None:
        return end, end
    start = m.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding position ``at`` begins (``start`` when it is the sentence's first)."""
    last = start
    for m in CLAUSE_START_RE.finditer(text, start, at):
        last = m.end()
    return last


class _Clause(NamedTuple):
    """An event's part of a sentence that dates several (see ``_clause_of``)."""

    span: Sentence  # from its date, or the clause break before it, to the next date or break
    cut: bool  # a clause break (", a", ", natomiast", ";") bounds it
    first: bool  # no other event of the sentence is dated before it

    def compound_part(self, s: Sentence) -> Sentence | None:
        """The clause that tells this event when a clause break parts it from the others:
        "Pierwsze spotkanie robocze zespołu zaplanowano na 5 marca w Łodzi, a konferencja
        podsumowująca planowana jest na wrzesień" (the meeting's type is not the conference's).
        The first one's subject precedes its date, so its part starts with the sentence."""
        if not self.cut:
            return None
        return Sentence(s.start, self.span.end, s.para) if self.first else self.span


def _clause_of(text: str, s: Sentence, c: Candidate, cands: Sequence[Candidate]) -> _Clause | None:
    """When several events are dated in one sentence ("29 kwietnia w Niepołomicach i 13 maja w
    Kłaju"), the part of it that tells this event, where its place is told: from this event's date
    to the next one's, or to the clause break before it ("zaplanowano na 5 marca w Łodzi, a
    konferencja podsumowująca planowana jest na wrzesień": the conference is told after the ", a");
    None for the only event of its sentence."""
    others = [
        o.mention
        for o in cands
        if o.sent == c.sent
        and o is not c
        # a month the day lies in sums up the sentence's days ("we wrześniu ... szkolenia: 20.09.2022 w
        # Łomży oraz 27.09.2022 w Suwałkach"), it is no other event's part
        and not (len(o.start_date) == 7 and c.start_date.startswith(o.start_date))
    ]
    if not others:
        return None
    at, after = c.mention["start"], c.mention["end"]
    begin, end, cut_found = at, s.end, False
    before = [m for m in others if m["end"] <= at]
    if before:
        cut = _last_clause_cut(text, max(m["end"] for m in before), at)
        begin, cut_found = (cut, True) if cut is not None else (at, cut_found)
    following = [m["start"] for m in others if m["start"] >= after]
    if following:
        nxt = min(following)
        cut = _last_clause_cut(text, after, nxt)
        end, cut_found = (cut, True) if cut is not None else (nxt, cut_found)
    return _Clause(Sentence(begin, end, s.para), cut_found, first=not before)


def _joined_clause(text: str, s: Sentence, mention: Mapping[str, Any]) -> Sentence | None:
    """The clause of a compound sentence (", a", ", natomiast", ";") that holds the date, when the
    sentence has more than one; None otherwise."""
    begin = _last_clause_cut(text, s.start, mention["start"])
    after = CLAUSE_JOIN_RE.search(text, mention["end"], s.end)
    if begin is None and after is None:
        return None
    return Sentence(begin if begin is not None else s.start, after.start() if after is not None else s.end, s.para)


def _last_clause_cut(text: str, start: int, end: int) -> int | None:
    """Where the last clause joined by ", a", ", natomiast", ", zaś" or ";" begins in ``[start, end)``."""
    last = None
    for m in CLAUSE_JOIN_RE.finditer(text, start, end):
        last = m.end()
    return last


def _is_list_item(text: str, s: Sentence) -> bool:
    """The sentence starts its line with a bullet or a number ("• 23 IX 2020 – ...", "14:00 ..."),
    or follows the number of a numbered line, which the sentences split off ("2." / "Sesja II –
    28 października 2019 r., Zamość")."""
    if _starts_line(text, s):
        return bool(LIST_ITEM_RE.match(text, s.start))
    return ENUMERATOR_RE.fullmatch(text, text.rfind("\n", 0, s.start) + 1, s.start) is not None


def _untold_status(events: Sequence[dict[str, Any]], items: Collection[int]) -> None:
    """Give the events without any tense cue (status None) theirs. A list item (``items``: their
    indices) is "planned" when it comes after every happening the article tells as held ("W dniach
    7-8 listopada 2019 r. odbyło się posiedzenie ... Kalendarium: • 21 listopada – spotkanie
    Zespołu ds. Modelu"), else "held" (a report lists what was done). Another happening is
    "planned" when it also comes after one told as planned: the time of writing lies before that
    one ("odbędzie się we wtorek 10 marca ..., kolejne w czwartek 12 marca. Dla osób ...
    przygotowano konsultacje online – 19 marca"); else "held", what a report tells most. Dates
    without a year are not compared."""
    told = [e["end_date"] for e in events if e["status"] == "held" and e["end_date"][:1].isdigit()]
    latest = max(told, default=None)
    planned = [e["start_date"] for e in events if e["status"] == "planned" and e["start_date"][:1].isdigit()]
    first_planned = min(planned, default=None)
    for k, e in enumerate(events):
        if e["status"] is None:
            start = e["start_date"][:10] if e["start_date"][:1].isdigit() else None
            later = start is not None and (latest is None or start > latest[:10])
            if k not in items:
                later = later and first_planned is not None and start > first_planned[:10]  # type: ignore[operator]
            e["status"] = "planned" if later else "held"


_SECTION_STATUS: Final[Mapping[str, str]] = MappingProxyType(
    {**dict.fromkeys(PLANNED_SECTION_HEADINGS, "planned"), **dict.fromkeys(HELD_SECTION_HEADINGS, "held")}
)
_SECTION_HEADING_RE: Final[re.Pattern[str]] = re.compile(
    r"^[^\S\n]*[#»•*▪►-]?[^\S\n]*("
    + "|".join(re.escape(h) for h in sorted(_SECTION_STATUS, key=len, reverse=True))
    + r")[^\S\n]*:?[^\S\n]*$",
    re.I | re.M,
)


def section_status(text: str, at: int) -> str | None:
    """The tense a calendar page's section heading gives its entries ("NADCHODZĄCE WYDARZENIA",
    "Wydarzenia minione"): that of the nearest such heading before position ``at``, if any."""
    found = None
    for m in _SECTION_HEADING_RE.finditer(text, max(0, at - SECTION_REACH), at):
        if len(m.group().strip()) <= SECTION_HEADING_MAX_CHARS:
            found = m
    return _SECTION_STATUS[found.group(1).lower()] if found is not None else None


def _main_clause_first(
    text: str, s: Sentence, anchor: tuple[int, int], ranked: list[tuple[int, dict[str, Any]]]
) -> list[tuple[int, dict[str, Any]]]:
    """A relative clause after the date tells of another noun: "14 grudnia w siedzibie ROPS w
    Olsztynie zbierze się zespół, który oceni rekomendacje wypracowane w Mikołajkach" meets in
    Olsztyn. Its localities are only hints when the clause with the date names one as a building's
    or said of the happening (without one, "spotkanie, które odbędzie się w Toruniu" still counts)."""
    clause = RELATIVE_CLAUSE_RE.search(text, anchor[1], s.end)
    if clause is None or not any(r >= R_BUILDING and p["end"] <= clause.start() for r, p in ranked):
        return ranked
    return [(min(r, R_SEAT) if p["start"] >= clause.start() else r, p) for r, p in ranked]


def _headline_part(text: str, head: Sentence, label: str | None) -> Sentence:
    """The part of a headline that tells a happening of type ``label``, when it tells several, each
    with its place ("Komitet Sterujący w Jeleniej Górze, wizyta studyjna w Szklarskiej Porębie");
    the whole headline otherwise."""
    if label is None or label == "other":
        return head
    cuts = [head.start, *(m.end() for m in HEADLINE_PART_RE.finditer(text, head.start, head.end)), head.end]
    if len(cuts) < 3:
        return head
    parts = [Sentence(a, b, head.para) for a, b in itertools.pairwise(cuts)]
    typed = [p for p in parts if best_label(cue_scores([(text[p.start : p.end], 1.0)])) == label]
    return typed[0] if len(typed) == 1 else head


def _dated(dates: Sequence[Mapping[str, Any]], s: Sentence) -> bool:
    """Sentence ``s`` writes a day or month of its own (``dates`` sorted by start)."""
    return any(d.get("value") and d.get("kind") in {"date", "range", "month"} for d in _inside(dates, s.start, s.end))


def _former_day(text: str, sent: Sentence, d: Mapping[str, Any]) -> bool:
    """A day the happening was set for before it was moved or cancelled ("zaplanowane na 12 marca
    br., zostało przełożone na 26 marca"; "która miała się odbyć 17 marca ... została odwołana")."""
    if CHANGE_RE.search(text, sent.start, sent.end) is None:
        return False
    return FORMER_DAY_RE.search(text[max(sent.start, d["start"] - 60) : d["start"]]) is not None


def _listed_with_previous(text: str, before: Candidate, c: Candidate) -> bool:
    """Two dates of one sentence with no clause break and no cue of a happening between them."""
    if before.sent != c.sent or before.mention["end"] > c.mention["start"]:
        return False
    between = text[before.mention["end"] : c.mention["start"]]
    if len(between) > LISTED_GAP or ":" in between:
        return False
    return _last_clause_cut(text, before.mention["end"], c.mention["start"]) is None and not any(
        cue_scores([(between, 1.0)]).values()
    )


def _not_month_summaries(events: Sequence[dict[str, Any]]) -> list[int]:
    """The indices of the events to keep: not a month that only sums up days told as events of
    the same type ("Konsultacje modelu zaplanowano na marzec 2020 r. Pierwsze spotkanie
    konsultacyjne odbędzie się 10 marca ..., kolejne 12 marca"). A month event of another type
    stays ("w czerwcu wizyta studyjna w Opolu" beside a conference on 25 June)."""
    days = {(e["start_date"][:7], e["event_type"]) for e in events if len(e["start_date"]) == 10}
    # or days of any type that its own sentence lists after a colon ("we wrześniu kadra przeszła
    # szkolenia ...: 20.09.2022 w Łomży oraz 27.09.2022 w Suwałkach")
    listed = {
        (e["start_date"][:7], e["evidence"]["start"])
        for e in events
        if len(e["start_date"]) == 10 and ":" in e["evidence"]["text"]
    }
    return [
        k
        for k, e in enumerate(events)
        if not (
            len(e["start_date"]) == 7
            and e["end_date"] == e["start_date"]
            and ((e["start_date"], e["event_type"]) in days or (e["start_date"], e["evidence"]["start"]) in listed)
        )
    ]


def _online_nearer(text: str, sent: Sentence, mention: Mapping[str, Any], place: Mapping[str, Any]) -> bool:
    """The sentence tells the happening as online only, and its online cue stands nearer the date
    than the locality does (that one belongs to another part: "Posiedzenie zespołu w gminie X,
    zaplanowane pierwotnie na 17 listopada, odbędzie się 24 listopada w formie zdalnej")."""
    if not _online(text[sent.start : sent.end]):
        return False

    def gap(a: int, b: int) -> int:
        return max(0, a - mention["end"], mention["start"] - b)

    cue = min(gap(m.start(), m.end()) for m in ONLINE_RE.finditer(text, sent.start, sent.end))
    return cue < gap(place["start"], place["end"])


def _online(text: str) -> bool:
    """Told as online only ("seminarium online", "za pośrednictwem platformy ZOOM"), not hybrid."""
    return ONLINE_RE.search(text) is not None and HYBRID_RE.search(text) is None


def _bracketed_place(text: str, at: int, localities: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The locality a date in brackets follows: "w Krośnie (20 lutego)"."""
    if not text[max(0, at - 3) : at].rstrip().endswith("("):
        return None
    i = bisect.bisect_left(localities, at, key=_start_of)
    if i == 0:
        return None
    p = localities[i - 1]
    return p if not text[p["end"] : at].strip(" \t(") else None


def _period_start(text: str, d: Mapping[str, Any], sent: Sentence) -> bool:
    """The first day of a period told with its last: "Projekt rozpoczął się 1 września 2018 r. i
    potrwa do 31 sierpnia 2020 r." (a project's period, not a happening)."""
    return PERIOD_END_AFTER_RE.match(text, d["end"], sent.end) is not None


def _same_place(events: Sequence[dict[str, Any]]) -> None:
    """An event told "w tym samym miejscu" without a locality of its own takes the place of the
    event told before it ("Konferencja odbędzie się 9-10 czerwca w Toruniu ... Dzień wcześniej, 8
    czerwca, w tym samym miejscu zbierze się Komitet Sterujący")."""
    ordered = sorted(events, key=lambda e: e["evidence"]["start"])
    for before, event in itertools.pairwise(ordered):
        if event["place"] is None and before["place"] is not None and SAME_PLACE_RE.search(event["evidence"]["text"]):
            event["place"] = dict(before["place"])


def _listed_place(view: _View, cands: Sequence[Candidate], events: Sequence[dict[str, Any]]) -> None:
    """Days listed together with no locality between them are in the place named after the last
    ("warsztaty odbędą się 9, 16 i 23 kwietnia w świetlicy we Wzdole Rządowym"); each day before
    a locality of its own keeps it ("29 kwietnia w Niepołomicach i 13 maja w Kłaju")."""
    text = view.text
    places = [p for p in view.values("kn_places") if p.get("kind") == "locality"]
    for k in range(len(cands) - 2, -1, -1):
        c, nxt = cands[k], cands[k + 1]
        if events[k + 1]["place"] is None or c.sent != nxt.sent:
            continue
        a, b = c.mention["end"], nxt.mention["start"]
        if a > b or not COORDINATION_RE.match(text[a:b]) or any(a <= p["start"] < b for p in places):
            continue  # (only the joiner between them: "9, 16 i 23 kwietnia")
        s = view.sents[c.sent]
        if RESPECTIVELY_WORD_RE.search(text, s.start, s.end):
            continue  # "12 i 13 października odpowiednio w Hajnówce i w Augustowie"
        events[k]["place"] = dict(events[k + 1]["place"])


def _listing_date(text: str, sents: Sequence[Sentence], i: int, at: int) -> bool:
    """A date opening an item of a list of other articles ("Zobacz również:" / "11.03.2021 –
    Zaproszenie na sesję Rady Powiatu w dniu 30 marca 2021 r."): the day that article was posted,
    not a happening (a date inside its title still may be one)."""
    s = sents[i]
    if text[s.start : at].strip(" \t•·▪►*-–—") or not _starts_line(text, s):
        return False
    intro = _list_intro(text, sents, i)
    return intro is not None and NAVIGATION_LINE_RE.match(text, sents[intro].start) is not None


def _list_intro(text: str, sents: Sequence[Sentence], i: int) -> int | None:
    """The line ending in a colon that introduces the list sentence ``i`` is an item of
    ("Zapraszamy również:", "Kalendarium:"), whatever it names; None if ``i`` is no list item."""
    labelled = _starts_line(text, sents[i]) and LABELLED_ITEM_RE.match(text, sents[i].start) is not None
    if not labelled and not _is_list_item(text, sents[i]):
        return None
    j = i - 1
    # over the items before it and the further sentences of an item ("... wniosek?” na platformie ZOOM,"),
    # up to the introducing sentence, which may close a line of prose ("Zaplanowano cykl szkoleń.
    # Odbędą się w terminach:")
    while (
        j >= 0
        and i - j <= LIST_REACH
        and (
            _is_list_item(text, sents[j])
            or (labelled and _starts_line(text, sents[j]) and LABELLED_ITEM_RE.match(text, sents[j].start))
            or not (_starts_line(text, sents[j]) or text[sents[j].start : sents[j].end].endswith(":"))
        )
    ):
        j -= 1
    if j >= 0 and TABLE_HEADER_RE.match(text, sents[j].start, sents[j].end):
        j -= 1  # "Data | Miejsce | Temat spotkania" heads the rows of a table
    if j < 0 or i - j > LIST_REACH or not text[sents[j].start : sents[j].end].endswith(":"):
        return None
    return j


def _starts_line(text: str, s: Sentence) -> bool:
    return s.start == 0 or text[s.start - 1] == "\n"


def _split_after(c: Candidate, found: Sequence[Candidate]) -> bool:
    """A range whose every day its sentence then dates on its own: "17 i 18 czerwca – spotkania
    zespołów: 17 czerwca w Brzozowie, 18 czerwca w Lubaczowie" are two happenings, not one."""
    if c.start_date == c.end_date or not (FULL_DAY_RE.match(c.start_date) and FULL_DAY_RE.match(c.end_date)):
        return False
    if not (c.start_date[0].isdigit() and c.end_date[0].isdigit()):
        return False
    first, last = date.fromisoformat(c.start_date), date.fromisoformat(c.end_date)
    if (last - first).days > MAX_SPLIT_DAYS:
        return False
    told = {
        o.start_date
        for o in found
        if o.sent == c.sent and o.start_date == o.end_date and o.mention["start"] > c.mention["end"]
    }
    return all((first + timedelta(days=n)).isoformat() in told for n in range((last - first).days + 1))


def _related_list_intro(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the line introducing a list of other articles ("Zobacz także:")."""
    return text[start:end].rstrip().endswith(":") and NAVIGATION_LINE_RE.match(text, start) is not None


def _under_related_list(text: str, at: int) -> bool:
    """``at`` lies in a list of other articles ("Zobacz także:" / "• Szkolenie ... / dodano:
    2021-04-26"): a date posted there is another page's, not this article's own date."""
    end = at
    for _ in range(RELATED_LIST_LINES):
        start = text.rfind("\n", 0, end) + 1
        if _related_list_intro(text, start, end):
            return True
        if start == 0:
            return False
        end = start - 1
    return False


def _bare_cell(text: str, sent: Sentence, d: Mapping[str, Any]) -> bool:
    """The date is alone on its line (a table cell): nothing but punctuation around it."""
    if not _starts_line(text, sent):
        return False
    rest = text[sent.start : d["start"]] + text[d["end"] : sent.end]
    return not any(ch.isalnum() for ch in rest) and text[sent.end : sent.end + 1] in ("\n", "")


def _row_cells(text: str, sents: Sequence[Sentence], i: int) -> list[int]:
    """The lines after a date cell that belong to its row: the same block, up to ``ROW_CELLS``,
    until a row number ("2.") or a blank line."""
    out: list[int] = []
    j = i + 1
    while j < len(sents) and len(out) < ROW_CELLS and sents[j].para == sents[i].para:
        if "\n" not in text[sents[j - 1].end : sents[j].start]:
            break  # not a cell of its own line
        if ROW_NUMBER_RE.fullmatch(text, sents[j].start, sents[j].end):
            break
        out.append(j)
        j += 1
    return out


def _schedule_title(text: str, sents: Sequence[Sentence], i: int) -> int | None:
    """The title above a table of dates naming a schedule of happenings ("Harmonogram szkoleń")."""
    for j in range(i - 1, max(-1, i - 1 - SCHEDULE_REACH), -1):
        s = sents[j]
        if SCHEDULE_RE.search(text, s.start, s.end) and HAPPENING_RE.search(text, s.start, s.end):
            return j
    return None


def _list_header(text: str, sents: Sequence[Sentence], i: int) -> int | None:
    """The line that introduces the list sentence ``i`` is an item of, when it names happenings
    ("Spotkania konsultacyjne:", "Kolejne zjazdy:"): the items before it are skipped, and the
    introducing line ends with a colon. For a date field ("Termin: ..."), the line above naming
    the happening."""
    if DATE_FIELD_RE.match(text, sents[i].start, sents[i].end):
        # "Zaproszenie na szkolenie" ... "Termin: 12.03.2020 r.": the nearest line above naming one
        for j in range(i - 1, max(-1, i - 1 - LIST_REACH), -1):
            if HAPPENING_RE.search(text, sents[j].start, sents[j].end):
                return j
        return None
    j = _list_intro(text, sents, i)
    return j if j is not None and HAPPENING_RE.search(text, sents[j].start, sents[j].end) else None


# A date's sentence is tested once per date it holds: a list of fifty dates on one line (a
# schedule, a dump) would scan that line fifty times with the large cue alternations. Lines are
# cached by their text (the tests are pure functions of it).
@lru_cache(maxsize=1024)
def _happening(line: str) -> bool:
    return HAPPENING_RE.search(line) is not None


@lru_cache(maxsize=1024)
def _single_happening(line: str) -> bool:
    return SINGLE_HAPPENING_RE.search(line) is not None


@lru_cache(maxsize=1024)
def _abbrev_end(line: str) -> bool:
    return ABBREV_END_RE.search(line) is not None


class _LetterRuns:
    """``DATELINE_RE.match(text[a:b])`` answered from the runs of letters of the text.

    The pattern (digits, punctuation and at most one "r"/"roku"/"godz") is tried on the parts of
    a date's line before and after the date, once per date: a line listing thousands of dates
    would be read thousands of times. The same answer from the letter runs found once: the window
    matches when no run of letters touches it, or exactly one does and its part inside the window
    is one of the words. A short window (a normal sentence) is searched by itself, which is
    quicker than finding the runs of all the text before it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.scanned = 0  # runs are found lazily, as far as windows have been asked for

    def _scan_to(self, pos: int) -> None:
        if pos <= self.scanned:
            return
        start = self.scanned
        if self.ends and self.ends[-1] == start:  # the last run may go on past the old end
            start = self.starts.pop()
            self.ends.pop()
        stop = max(pos, start + DATELINE_SCAN)
        for m in LETTER_RUN_RE.finditer(self.text, start, stop):
            self.starts.append(m.start())
            self.ends.append(m.end())
        self.scanned = min(stop, len(self.text))

    def dateline(self, a: int, b: int) -> bool:
        if a >= b:
            return True
        if b - a <= DATELINE_WINDOW:  # a short window: its own runs, and no more than two of them
            runs = LETTER_RUN_RE.finditer(self.text, a, b)
            first = next(runs, None)
            if first is None:
                return True
            return next(runs, None) is None and first.group().lower() in DATELINE_WORDS
        self._scan_to(b)
        lo = bisect.bisect_right(self.ends, a)  # first run ending after a
        hi = bisect.bisect_left(self.starts, b)  # runs starting before b
        if hi - lo == 0:
            return True
        if hi - lo > 1:
            return False
        word = self.text[max(a, self.starts[lo]) : min(b, self.ends[lo])]
        return word.lower() in DATELINE_WORDS


def _words_before(text: str, start: int, limit: int, n: int) -> list[re.Match[str]]:
    """The ``n`` words before ``start`` (nearest first), not crossing ``limit``, as matches: their
    positions are needed too (a lower-cased word cannot be found again in the text by ``rfind``)."""
    words = list(WORD_RE.finditer(text, max(limit, start - 80), start))
    return words[: -n - 1 : -1]


def _start_of(value: Mapping[str, Any]) -> int:
    return int(value["start"])


def _inside(found: Sequence[Mapping[str, Any]], start: int, end: int) -> Sequence[Any]:
    """The values (sorted by start, as ``values`` gives them) that start in ``[start, end)``:
    two binary searches instead of a pass over all of them per event (a dump has thousands)."""
    lo = bisect.bisect_left(found, start, key=_start_of)
    hi = bisect.bisect_left(found, end, lo, key=_start_of)
    return found[lo:hi]


class _View:
    """One Doc as ``kn_events`` reads it, made once per document and handed to the steps: its
    text, sentences and their starts, the span values of each group, and answers about a sentence
    that every event asks again (whether it is a credit line; where a contact cue occurs in it).

    Per document, not global: nothing outlives ``process`` or is shared between documents."""

    __slots__ = ("_contact", "_credit", "_localities", "_values", "doc", "dominant", "sents", "starts", "text")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.sents = sentences_of(doc)
        self.starts = [s.start for s in self.sents]
        self._values: dict[str, list[dict[str, Any]]] = {}
        self._credit: dict[int, bool] = {}
        # per sentence: (lo, hi) with no contact cue before any position <= lo, one before any >= hi
        self._contact: dict[int, tuple[int, int | None]] = {}
        self._localities: list[dict[str, Any]] | None = None
        # the article's most mentioned locality value, or (None,): set by the first event that asks
        self.dominant: tuple[dict[str, Any] | None] | None = None

    @property
    def localities(self) -> list[dict[str, Any]]:
        """The ``kn_places`` values of localities."""
        if self._localities is None:
            self._localities = [p for p in self.values("kn_places") if p.get("kind") == "locality"]
        return self._localities

    def values(self, group: str) -> list[dict[str, Any]]:
        """``base.values`` of the group, read once (every event reads them)."""
        found = self._values.get(group)
        if found is None:
            found = self._values[group] = values(self.doc, group)
        return found

    def index_of(self, pos: int) -> int:
        """The sentence containing ``pos`` (or the last one starting before it)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return min(max(i, 0), len(self.sents) - 1)

    def credit(self, i: int) -> bool:
        """Sentence ``i`` is an author's or photographer's credit line."""
        known = self._credit.get(i)
        if known is None:
            s = self.sents[i]
            known = self._credit[i] = CREDIT_RE.match(self.text[s.start : s.end].lower()) is not None
        return known

    def contact_before(self, i: int, pos: int) -> bool:
        """``CONTACT_RE.search(text, sents[i].start, pos)`` finds a contact cue.

        Whether a match ends before ``pos`` only grows with ``pos`` (the cues look at nothing after
        their end), so each sentence keeps the largest position known to have none before it and
        the smallest known to have one: a sentence without any cue is searched once, however many
        names and events ask about it."""
        start = self.sents[i].start
        lo, hi = self._contact.get(i, (start, None))
        if pos <= lo:
            return False
        if hi is not None and pos >= hi:
            return True
        end = pos if hi is not None else max(pos, self.sents[i].end)  # first: the whole sentence
        if CONTACT_RE.search(self.text, start, end) is None:
            self._contact[i] = (end, hi)
            return False
        if end != pos:
            found = CONTACT_RE.search(self.text, start, pos) is not None
            if not found:
                self._contact[i] = (pos, end)
                return False
        self._contact[i] = (lo, pos)
        return True


# ---------------------------------------------------------------- the component


@dataclass(slots=True)
class Candidate:
    start_date: str
    end_date: str
    mention: dict[str, Any]
    sent: int  # index into the sentence list
    through: int  # last sentence of the event's own context (a cut-off date line continues)
    extra: list[int] = field(default_factory=list)  # sentences of further mentions of the same day
    header: int | None = None  # the line introducing the list the date is an item of ("Spotkania:")


class EventBuilder(KnPipe):
    def __init__(self, nlp: Language, name: str, *, use_classifier: bool = True) -> None:
        super().__init__(nlp, name)
        self.use_classifier = use_classifier

    def process(self, doc: Doc) -> None:
        view = _View(doc)
        text, sents = view.text, view.sents
        if not sents:
            doc._.kn_events = []
            return
        dates = view.values("kn_dates")
        reference = doc._.kn_reference_date or next(
            (
                d["value"]
                for d in dates
                if d.get("publication") and d.get("value") and not _under_related_list(text, d["start"])
            ),
            None,
        )
        cands = self.candidates(view, dates, reference)
        heads = headline_sentences(text, sents)
        items = item_headings(text, sents, heads)
        bulletin = len(items) >= MIN_ITEM_HEADINGS
        # what an event's context and people must not reach into: the titles of the other items
        # of a bulletin page, and happenings told with a relative day left unresolved (no
        # ``published``: "W ostatni piątek radni zebrali się na sesji"), which are other events
        barriers = set(items if bulletin else ()) | self._undated_happenings(view, dates, cands)
        # nor into a list of other articles ("Zobacz także:") or a page's widgets: their titles
        # tell other happenings
        barriers |= {i for i, s in enumerate(sents) if _related_list_intro(text, s.start, s.end)}
        if widget_spans(text):
            barriers |= {i for i, s in enumerate(sents) if in_widget(text, s.start)}
        ordered_barriers = sorted(barriers)
        owners = [c.sent for c in cands]
        # the line introducing the list each event is an item of ("Zapraszamy również:"), if any:
        # its status and place read it, and so does the tense of the items told without one
        intros = [_list_intro(text, sents, c.sent) for c in cands]
        built: list[tuple[dict[str, Any], dict[str, float], str]] = []
        for k, c in enumerate(cands):
            region_end = sents[owners[k + 1]].start if k + 1 < len(owners) else len(text)
            at = bisect.bisect_right(ordered_barriers, c.through)  # the first barrier after the event
            if at < len(ordered_barriers):
                region_end = min(region_end, sents[ordered_barriers[at]].start)
            built.append(
                self.build(
                    view,
                    c,
                    k,
                    cands,
                    heads,
                    region_end,
                    reference,
                    barriers=barriers,
                    bulletin=bulletin,
                    items=items,
                    intro=intros[k],
                )
            )
        contexts = [context for _, _, context in built]
        doc.user_data[CONTEXTS_KEY] = contexts
        # one classifier call per document (its per-call overhead is larger than its arithmetic),
        # for the events that keep their own type: a later event without any cue takes the first
        # one's (below), so its context is not classified
        wanted = [k for k, (_, cues, _) in enumerate(built) if k == 0 or bulletin or any(cues.values())]
        typed = classified([built[k][1] for k in wanted], [contexts[k] for k in wanted], self.use_classifier)
        outcomes = dict(zip(wanted, typed, strict=True))
        _untold_status(
            [event for event, _, _ in built],
            {k for k, c in enumerate(cands) if c.header is not None or intros[k] is not None},
        )
        _same_place([event for event, _, _ in built])
        _listed_place(view, cands, [event for event, _, _ in built])
        events: list[dict[str, Any]] = []
        for k, (event, cues, _) in enumerate(built):
            if k in outcomes:
                event["event_type_scores"], event["event_type"] = outcomes[k]
            if events and not bulletin and not any(cues.values()):
                # "Kolejne posiedzenie zespołu odbędzie się ...": a later happening told without
                # any cue of its own continues the article's series (not on a bulletin page,
                # whose items are unrelated); in the sentence of another event, that one's
                # ("Konsultacje odbyły się 15 października w Jaśle, a 22 października w Ustrzykach")
                # ... or, an item of a list, the list's: the item before it ("2. Sesja II – 28
                # października" after "Pierwsza sesja odbyła się 14-15 października")
                same = cands[k - 1].sent == cands[k].sent or intros[k] is not None
                model = events[k - 1] if same else events[0]
                event["event_type"] = model["event_type"]
                event["event_type_scores"] = dict(model["event_type_scores"])
            elif events and _listed_with_previous(text, cands[k - 1], cands[k]):
                # "odbyły się 12 i 13 października", "szkolenia: 20.09.2022 w Łomży oraz 27.09.2022
                # w Suwałkach": dates listed together share the happening the sentence tells
                event["event_type"] = events[k - 1]["event_type"]
                event["event_type_scores"] = dict(events[k - 1]["event_type_scores"])
            events.append(event)
        keep = _not_month_summaries(events)
        doc.user_data[CONTEXTS_KEY] = [contexts[k] for k in keep]
        doc._.kn_events = [events[k] for k in keep]

    # -- which dates are events

    def candidates(self, view: _View, dates: list[dict[str, Any]], reference: str | None) -> list[Candidate]:
        text, sents = view.text, view.sents
        found: list[Candidate] = []
        datelines: list[str] = []
        cut_memo: dict[int, bool] = {}
        letters = _LetterRuns(text)
        widgets = widget_spans(text)
        for d in dates:
            value = d.get("value")
            kind = d.get("kind")
            if not value or kind not in {"date", "range", "relative", "month"}:
                continue
            i = view.index_of(d["start"])
            sent = sents[i]
            line = text[sent.start : sent.end]
            # a table flattened to one cell per line: the row's other cells tell the happening, and
            # a schedule's title above the table says its rows are happenings
            row = _row_cells(text, sents, i) if _bare_cell(text, sent, d) else []
            schedule = _schedule_title(text, sents, i) if row else None
            if row and schedule is None and not _happening(text[sent.start : sents[row[-1]].end]):
                row = []
            if d.get("publication") or (not row and self._is_dateline(text, sent, d, letters)):
                if FULL_DAY_RE.match(value):
                    datelines.append(value)
                continue
            if kind == "relative" and not FULL_DAY_RE.match(value):
                continue
            if _listing_date(text, sents, i, d["start"]) or _period_start(text, d, sent):
                continue
            if widgets and widget_item_date(text, d["start"]):
                continue  # a sidebar item's posting day, a calendar's day, a comment's time
            field = DATE_FIELD_RE.match(text, sent.start, sent.end)
            labelled = field is not None and not text[field.end() : d["start"]].strip()  # "Termin: 12.03.2020"
            if not labelled and self._is_bound_or_document(text, sent.start, d["start"]):
                continue
            if _former_day(text, sent, d):
                continue
            through = i
            if (
                i > 0
                and sents[i - 1].para == sent.para
                and not _happening(line)
                and (
                    (
                        "\n" not in text[sents[i - 1].end : sent.start]
                        and self._cut_at_abbreviation(text, sents, i - 1, cut_memo)
                    )
                    # "z posiedzenia Komitetu Sterującego ... / w dniu 25 czerwca 2020 r.": a heading
                    # whose date goes on its own line
                    or (
                        DATE_LEAD_LINE_RE.match(text, sent.start, d["start"]) is not None
                        and _happening(text[sents[i - 1].start : sents[i - 1].end])
                    )
                )
            ):
                # "... warsztaty, które odbyły się dn. | 5.11.19 r. i 6.11.19 r. we Włocławku": a
                # sentence cut at an abbreviation before the date began in the previous one
                through, i = i, i - 1
                sent = sents[i]
                line = text[sent.start : sents[through].end]
            if (
                through == i
                and i + 1 < len(sents)
                and sents[i + 1].para == sent.para
                and "\n" not in text[sent.end : sents[i + 1].start]
                # ("... zaplanowano na 14 października br. Wcześniej, dn. 5.10.2021 r., ... wezmą
                # udział w konferencji": a sentence with its own date is another happening's)
                and not _dated(dates, sents[i + 1])
                and (
                    (DATE_TAIL_RE.match(text[d["end"] : sent.end]) and not any(cue_scores([(line, 1.0)]).values()))
                    or (
                        not _happening(line)
                        and (len(line) - (d["end"] - d["start"]) < SHORT_SENTENCE or _abbrev_end(line))
                    )
                )
            ):
                # "podpisanie 8 sierpnia 2018r. Porozumienia ...", "W dniach 07 – 08. 09. 2020r. Toruń
                # był miejscem spotkania", "... w projekcie pn. „Rodzina ...” wzięły udział w ...": a
                # sentence cut at "r." or another abbreviation goes on in the next one
                through = i + 1
                line = text[sent.start : sents[through].end]
            if through == view.index_of(d["start"]) and self._calendar_head(text, sents, i, through, d):
                # "18.01.2023 r. | Głogówek" / "Spotkanie robocze koordynatorów CUS ..." (the line may
                # be cut after a weekday's abbreviation: "śr. | 15 marca 2023 | online")
                through += 1
                line = text[sent.start : sents[through].end]
            if row and through == i:
                through = row[-1]
                line = text[sent.start : sents[through].end]
            elif through != i:
                row = []
            header = None
            if not _happening(line):
                # "Spotkania konsultacyjne:" / "- 23 X 2020 r., godz. 17:00 – świetlica wiejska": an
                # item of a list of dates that its introducing line calls happenings
                header = _list_header(text, sents, i)
                if header is None:
                    header = schedule
                if header is None or kind == "month":
                    continue
            elif row:
                header = schedule  # a row of a schedule: an item of its list, whatever its cells say
            if kind == "month" and not _single_happening(line) and not MONTH_ITEM_RE.match(text, d["end"], sent.end):
                continue
            end = d.get("end_value") or value
            if end < value and not value.startswith("--"):
                continue
            found.append(Candidate(value, end, d, i, through, extra=row[:-1], header=header))
        # "dzisiejsze spotkanie", "podpisał dziś": a happening told as today's, with the article's
        # date. Unlike counting back ("w ostatni piątek"), "today" needs no arithmetic and the
        # dev set's annotators date it by the dateline; see kn_dates for the stricter policy of
        # the date values themselves (they stay relative without ``published``)
        today = reference if reference and FULL_DAY_RE.match(reference) else (datelines[0] if datelines else None)
        if today:
            dated = {c.sent for c in found}
            for i, s in enumerate(sents):
                line = text[s.start : s.end]
                if i in dated or not TODAY_RE.search(line) or not _happening(line):
                    continue
                m = TODAY_RE.search(line)
                assert m is not None
                mention = {"text": m.group(0), "start": s.start + m.start(), "end": s.start + m.end(), "time": None}
                found.append(Candidate(today, today, mention, i, i))  # merged into one event below
        lead = self._lead_happening(view, dates, found)
        if lead is not None:
            found.append(lead)
        found.sort(key=lambda c: c.mention["start"])
        return self.merge(view, found)

    def _lead_happening(self, view: _View, dates: list[dict[str, Any]], found: list[Candidate]) -> Candidate | None:
        """An article whose first paragraph opens with a date, has no other event, and tells the
        happening in another sentence: "W sobotę, 12 października, sala widowiskowa
        Domu Kultury wypełniła się po brzegi. Na tegoroczny Dzień Seniora przybyło ponad 200
        mieszkańców gminy. Uroczystość zorganizował GOPS." That date is the happening's day."""
        text, sents = view.text, view.sents
        # the first paragraph of body text: one line of prose (headlines and datelines are shorter,
        # menus are several short lines); sentences come in text order, so in runs of one paragraph
        body: list[int] | None = None
        for _, run in itertools.groupby(range(len(sents)), key=lambda k: sents[k].para):
            ks = list(run)
            a, b = sents[ks[0]].start, sents[ks[-1]].end
            if b - a >= BODY_LINE_MIN_CHARS and "\n" not in text[a:b]:
                body = ks
                break
        if body is None or any(c.sent in body for c in found):
            return None
        first = body[0]
        sent = sents[first]
        para_end = sents[body[-1]].end
        for d in dates:
            value = d.get("value")
            if d["start"] >= sent.end:
                break
            if d["start"] < sent.start or d.get("kind") not in {"date", "range"} or d.get("publication"):
                continue
            if d["start"] - sent.start > LEAD_DATE_REACH or self._is_dateline(text, sent, d):
                return None  # the paragraph does not open with its date
            if (
                not value
                or not FULL_DAY_RE.match(value)
                or LAW_DATE_RE.search(text, max(sent.start, d["start"] - 12), d["start"])
            ):
                continue
            if self._is_bound_or_document(text, sent.start, d["start"]) or _period_start(text, d, sent):
                return None  # "Projekt realizowany jest od 1 kwietnia 2018 r. do 31 marca 2021 r."
            if HAPPENING_RE.search(text, sent.end, para_end) is None:
                return None
            return Candidate(value, d.get("end_value") or value, d, first, first)
        return None

    @staticmethod
    def _cut_at_abbreviation(text: str, sents: list[Sentence], j: int, memo: dict[int, bool]) -> bool:
        """Sentence ``j`` ends in an abbreviation ("dn."), once per sentence however many dates
        follow it."""
        if j not in memo:
            memo[j] = ABBREV_END_RE.search(text, sents[j].start, sents[j].end) is not None
        return memo[j]

    @staticmethod
    def _undated_happenings(view: _View, dates: list[dict[str, Any]], cands: Sequence[Candidate]) -> set[int]:
        """Sentences reporting a happening on a relative day that stays unresolved."""
        text, sents = view.text, view.sents
        taken = {c.sent for c in cands} | {x for c in cands for x in c.extra}
        out: set[int] = set()
        for d in dates:
            if d.get("kind") != "relative" or d.get("value"):
                continue
            i = view.index_of(d["start"])
            if i not in taken and HAPPENING_RE.search(text, sents[i].start, sents[i].end):
                out.add(i)
        return out

    @staticmethod
    def _calendar_head(text: str, sents: Sequence[Sentence], i: int, j: int, d: Mapping[str, Any]) -> bool:
        """A calendar entry's head line (``CALENDAR_TAIL_RE``), sentences ``i`` to ``j``, whose
        next line, right under it, tells a happening: the entry's day and place, the happening
        told below them."""
        sent = sents[j]
        if j + 1 >= len(sents) or sents[j + 1].para != sent.para:
            return False
        if text.count("\n", sent.end, sents[j + 1].start) != 1:
            return False
        if CALENDAR_LEAD_RE.fullmatch(text, sents[i].start, d["start"]) is None:
            return False
        if CALENDAR_TAIL_RE.fullmatch(text, d["end"], sent.end) is None:
            return False
        return _happening(text[sents[j + 1].start : sents[j + 1].end])

    @staticmethod
    def _is_dateline(text: str, sent: Sentence, d: Mapping[str, Any], letters: _LetterRuns | None = None) -> bool:
        """The article's own date: alone on its line, or after "Opublikowano:", "Data dodania:"."""
        before = text[sent.start : d["start"]]
        after = text[d["end"] : sent.end]
        if letters is not None:  # the same test without reading the line once per date
            alone = letters.dateline(sent.start, d["start"]) and letters.dateline(d["end"], sent.end)
        else:
            alone = bool(DATELINE_RE.match(before) and DATELINE_RE.match(after))
        if alone:
            return True
        tail = before[-40:]
        return bool(PUBLICATION_RE.search(tail)) and not HAPPENING_RE.search(tail)

    @staticmethod
    def _is_bound_or_document(text: str, limit: int, start: int) -> bool:
        """``od``/``do``/``w terminie do`` before the date, or a document noun ("uchwała z dnia").

        The document noun may stand a few words before "z dnia", behind its number and issuer
        ("zarządzenia nr 112/2020 z dnia", "uchwały Rady Miejskiej z dnia", "pisma Starostwa
        Powiatowego w Nisku z dnia"), but only behind those: "uchwałę przyjęto na sesji z 5 maja"
        dates the session."""
        words = WORD_RE.findall(text[max(limit, start - 160) : start])[::-1][: DOCUMENT_REACH + 2]
        lower = [w.lower() for w in words]
        for w in lower[:4]:
            if w in BOUND_WORDS:
                return True
            if w not in DATE_LEAD_WORDS and not w.isdigit():
                break
        head = " ".join(reversed(lower[:3]))
        if DOCUMENT_RE.search(head) and ("z" in lower[:2] or "dnia" in lower[:2]):
            return True
        at = 2 if lower[:2] in (["dnia", "z"], ["dn", "z"]) else 1 if lower[:1] in (["z"], ["ze"]) else 0
        if not at:
            return False
        for w, low in zip(words[at : at + DOCUMENT_REACH], lower[at : at + DOCUMENT_REACH], strict=False):
            if DOCUMENT_RE.match(low):
                return True
            if not (w[0].isupper() or w.isdigit() or low in DOCUMENT_FILLER_WORDS):
                return False
        return False

    def merge(self, view: _View, found: list[Candidate]) -> list[Candidate]:
        """One candidate per happening: same day -> one; a day inside a range -> the range."""
        text, sents = view.text, view.sents
        found = [c for c in found if not _split_after(c, found)]
        out: list[Candidate] = []
        for c in found:
            twin = next((o for o in out if _same_days(o, c)), None)
            if twin is not None:
                if self._second_happening(text, sents, twin, c):
                    out.append(c)
                else:
                    if twin.start_date.startswith("--") and not c.start_date.startswith("--"):
                        twin.start_date, twin.end_date = c.start_date, c.end_date
                    twin.extra.append(c.sent)
                continue
            inside = next(
                (
                    o
                    for o in out
                    if _within(c, o) and not _listed_apart(c, o, found) and not _next_of_a_series(text, sents, c, o)
                ),
                None,
            )
            if inside is not None:
                inside.extra.append(c.sent)
                continue
            covered = [o for o in out if _within(o, c)]
            for o in covered:
                out.remove(o)
                c.extra.extend([o.sent, *o.extra])
            out.append(c)
        out.sort(key=lambda c: c.mention["start"])
        return out

    @staticmethod
    def _second_happening(text: str, sents: list[Sentence], first: Candidate, other: Candidate) -> bool:
        """Same day, different sentence, a different happening reported in each, the second one told
        as another ("odbyło się również ...", "zostało przeprowadzone także ...")."""
        if other.sent == first.sent or other.sent in first.extra:
            return False
        a, b = sents[first.sent], sents[other.sent]
        sa = cue_scores([(text[a.start : a.end], 1.0)])
        sb = cue_scores([(text[b.start : b.end], 1.0)])
        la, lb = best_label(sa), best_label(sb)
        return (
            la != lb
            and bool(ADDITIVE_RE.search(text[b.start : b.end]))
            and "other" not in (la, lb)
            and sa[la] >= 3
            and sb[lb] >= 3
            and bool(HELD_RE.search(text[b.start : b.end]) or PLANNED_RE.search(text[b.start : b.end]))
        )

    # -- one event record

    def build(
        self,
        view: _View,
        c: Candidate,
        k: int,
        cands: list[Candidate],
        heads: list[int],
        region_end: int,
        reference: str | None,
        *,
        barriers: set[int] | frozenset[int] = frozenset(),
        bulletin: bool = False,
        items: Sequence[int] = (),
        intro: int | None,
    ) -> tuple[dict[str, Any], dict[str, float], str]:
        """The event's record (type left to ``process``), its cue scores and its context text.
        ``intro``: the line introducing the list the event is an item of (``_list_intro``), found
        once in ``process``, which also needs it."""
        text, sents = view.text, view.sents
        own = Sentence(sents[c.sent].start, sents[c.through].end, sents[c.sent].para)
        other_sents = (
            {o.sent for j, o in enumerate(cands) if j != k}
            | {x for j, o in enumerate(cands) if j != k for x in o.extra}
            | (set(barriers) - {c.sent, c.through, *c.extra})
        )
        neighbours = [x for x in self._neighbours(sents, c.sent, other_sents, NEIGHBOURS_AFTER) if x != c.through]
        own_from = own.start
        if (m := PRECEDENCE_RE.search(text, own.start, c.mention["start"])) is not None:
            own_from = m.end()  # "Podpisanie porozumienia poprzedziły dwa spotkania: 29 kwietnia ..."
        clause = _clause_of(text, sents[c.sent], c, cands)
        part = clause.compound_part(sents[c.sent]) if clause is not None and c.through == c.sent else None
        if part is None and clause is not None and not clause.first and c.through == c.sent:
            # a later date of a list in the last clause ("..., a we wrześniu kadra przeszła szkolenia:
            # 20.09.2022 w Łomży oraz 27.09.2022 w Suwałkach"): that clause tells its kind too
            cut = _last_clause_cut(text, sents[c.sent].start, c.mention["start"])
            if cut is not None:
                part = Sentence(cut, clause.span.end, sents[c.sent].para)
        if part is not None:  # its own clause: the others tell the other events
            own_from = max(own_from, part.start)
            segments: list[tuple[str, float]] = [(text[own_from : part.end], W_SENTENCE)]
        else:
            segments = [(text[own_from : own.end], W_SENTENCE)]
        segments += [(text[sents[x].start : sents[x].end], W_SENTENCE) for x in c.extra if x != c.sent]
        if c.header is not None:
            segments.append((text[sents[c.header].start : sents[c.header].end], W_SENTENCE))
            lead_in = c.header - 1  # "Odbyło się 90 spotkań PZK. Poniżej przypominamy harmonogram spotkań:"
            if lead_in >= 0 and sents[lead_in].para == sents[c.header].para:
                segments.append((text[sents[lead_in].start : sents[lead_in].end], W_NEIGHBOUR))
        segments += [(text[sents[x].start : sents[x].end], W_NEIGHBOUR) for x in neighbours]
        if bulletin:
            # the title of its item on a bulletin page ("WIZYTA STUDYJNA W ZAMOŚCIU" / "28 listopada
            # grupa ... gościła w MOPR w Zamościu")
            above = bisect.bisect_left(items, c.sent)
            if above:
                h = items[above - 1]
                segments.append((text[sents[h].start : sents[h].end], W_TITLE))
        lead = k == 0 or own.start < LEAD_CHARS
        title = "\n".join(text[sents[h].start : sents[h].end] for h in heads if h not in (c.sent, c.through))
        if lead and title:
            segments.append((title, W_TITLE))
        scores = cue_scores(segments, realis_signing_below=W_TITLE)
        # the noun heading the date's own clause: "Podsumowując konferencję, zapowiedziano: 27.10.2021 r.
        # odbędzie się webinar"; "Szkolenia ruszą w maju, natomiast porozumienie zostanie podpisane
        # 15 marca" (no head there: the training heads another clause)
        head = head_label(
            text[max(own_from, _clause_start(text, own.start, c.mention["start"])) : part.end if part else own.end]
        )
        antecedent = _relative_antecedent(text, own.start, c.mention["start"])
        if antecedent is not None:
            head = antecedent
        if head is not None:
            scores[head] += W_HEAD
        if best_label(scores) in SIGNING_OVERRIDES and signing_done(
            (t for t, w in segments if w >= W_TITLE), (t for t, w in segments if w < W_TITLE)
        ):
            scores["agreement_signing"] = max(scores.values()) + 1
        context = "\n".join(t for t, _w in segments)
        mention = c.mention
        sent_text = text[own.start : own.end]
        status = self._status(sent_text, mention["start"] - own.start, c, reference)
        if status is None and intro is not None:
            # the rest of the item's line ("• 16 listopada – pierwsze zajęcia. Zajęcia odbędą się we
            # Wrocławiu."), then the line introducing the list ("Zapraszamy również:")
            line_end = text.find("\n", own.end)
            status = cue_status(text[own.end : line_end if line_end >= 0 else len(text)]) or cue_status(
                text[sents[intro].start : sents[intro].end]
            )
        if status is None and intro is None:
            # no cue word: the tense of the verb nearest the date ("Zarząd na posiedzeniu w dniu
            # 12 września przyjął projekt"; "Rada przyjmie program 3 marca")
            status = verb_status(sent_text, mention["start"] - own.start)
        if status is None:
            status = section_status(text, own.start)  # "NADCHODZĄCE WYDARZENIA" / "wt., 21.02.2023 | Nysa"
        if status is None and not (intro is not None and k):
            status = cue_status(title) if lead else None
        # None: nothing says the tense (an item of a list whose line and introduction say nothing
        # of it, or a sentence without a tense cue), decided in ``process`` from the dates of the
        # article's other happenings (``_untold_status``)
        region = (own.start if k else 0, region_end)
        event = {
            "event_type": "other",
            "event_type_scores": {},
            "start_date": c.start_date,
            "end_date": c.end_date,
            "start_time": mention.get("time"),
            "place": _respective_place(view, c, cands)
            or self._place(
                view, c, other_sents, heads, clause.span if clause is not None else None, intro, best_label(scores)
            ),
            "venue": self._venue(view, own),
            "status": status,
            "participants": self._names(view, "kn_persons", region),
            "organizations": self._names(view, "kn_orgs", region),
            "projects": self._projects(view, region, article_level=not bulletin),
            "evidence": {"text": sent_text, "start": own.start, "end": own.end},
        }
        return event, scores, context

    @staticmethod
    def _neighbours(sents: list[Sentence], i: int, others: set[int], n: int) -> list[int]:
        """Sentences describing event ``i``: the rest of its paragraph and the next ones, up to
        ``n`` after it, stopping at another event's sentence."""
        out: list[int] = []
        j = i - 1
        while j >= 0 and sents[j].para == sents[i].para and j not in others and i - j <= 2:
            out.append(j)
            j -= 1
        j = i + 1
        while j < len(sents) and len([x for x in out if x > i]) < n and j not in others:
            out.append(j)
            j += 1
        return out

    @staticmethod
    def _status(sentence: str, anchor: int, c: Candidate, reference: str | None) -> str | None:
        if reference and FULL_DAY_RE.match(reference) and not c.start_date.startswith("--"):
            ref = reference[: len(c.start_date)]
            if c.start_date > ref:
                return "planned"
            if c.end_date[: len(ref)] < ref:
                return "held"
        return cue_status(sentence, anchor)

    # -- place

    def _place(
        self,
        view: _View,
        c: Candidate,
        others: set[int],
        heads: list[int],
        clause: Sentence | None = None,
        intro: int | None = None,
        label: str | None = None,
    ) -> dict[str, Any] | None:
        """The event's locality. ``clause``: its part of a sentence that dates several events;
        ``intro``: the line introducing the list it is an item of (``_list_intro``); ``label``:
        the type its cues give, which picks its part of a headline naming several happenings."""
        text, sents = view.text, view.sents
        localities = view.localities
        own = sents[c.sent]
        own_text = text[own.start : own.end]
        shared = ()
        bracketed = _bracketed_place(text, c.mention["start"], localities)
        if bracketed is not None:  # "w Krośnie (20 lutego) i w Przemyślu (25 lutego)"
            return _place_value(bracketed)
        if clause is not None:  # "29 kwietnia w Niepołomicach i 13 maja w Kłaju": each its own
            if _online(text[clause.start : clause.end]):
                return None  # "18 stycznia odbędzie się seminarium online, a ... w Opolu"
            best = self._best_locality(text, clause, localities)
            if best is not None:
                return _place_value(best)
            shared = (c.sent,)  # the sentence's other localities are the other events' places
        else:
            part = _joined_clause(text, own, c.mention)
            if (
                part is not None
            ):  # "17.06.2021 r. w Starostwie w Goleniowie obradowała PGD, a dzień później w Myśliborzu ..."
                best = self._best_locality(text, part, localities)
                if best is not None:
                    return _place_value(best)
        for x in dict.fromkeys([c.sent, c.through, *c.extra]):
            if x in shared:
                continue
            s = sents[x]
            anchor = (c.mention["start"], c.mention["end"]) if x == c.sent else None
            best = self._best_locality(text, s, localities, anchor=anchor)
            if best is not None:
                if x == c.sent and _online_nearer(text, own, c.mention, best):
                    return None  # "..., w sali Urzędu w X, odbędzie się 24 listopada w formie zdalnej"
                return _place_value(best)
        if _online(own_text):
            return None
        item = intro is not None
        if item and NAVIGATION_LINE_RE.match(text, sents[intro].start) is not None:
            return None  # a title in "Zobacz również:": the page's places are not its happening's
        for x in self._neighbours(sents, c.sent, others, PLACE_LOOKAHEAD):
            s = sents[x]
            if x < c.sent:
                continue
            seg = text[s.start : s.end]
            field = PLACE_FIELD_RE.match(seg) is not None  # "Miejsce: ..." under "Termin: ..."
            if item and "\n" in text[own.end : s.start]:
                break  # an item is its line ("Zobacz również:" / "... sesja Rady" / "Dzień Kobiet w Humniskach")
            # (a happening's place told in its next sentence: "... Zajęcia odbędą się we Wrocławiu.")
            told = HELD_RE.search(seg) or PLANNED_RE.search(seg) or VENUE_RE.search(seg)
            if not (field or told) or _online(seg) or CHANGE_RE.search(seg):
                continue  # (nor the place of a trip that was called off: "wyjazd ... został odwołany")
            best = self._best_locality(text, s, localities, need_venue=not field, floor=R_SEAT if field else R_NEUTRAL)
            if best is not None:
                return _place_value(best)
        if item and intro is not None and _happening(text[sents[intro].start : sents[intro].end]):
            # the line introducing the items tells where they all are ("Zaplanowano cykl szkoleń w
            # Rybniku:" / "moduł I – 7-8 października,")
            best = self._best_locality(text, sents[intro], localities)
            if best is not None:
                return _place_value(best)
        # a venue of its own sentence that names its city by an adjective is more specific than
        # the headline's locality ("Wizyta we Lwowie" ... "konferencja w auli Uniwersytetu Rzeszowskiego")
        town = self._venue_town(view, own) or _seat_of_host(view, own)
        if town is not None:
            return town
        for h in heads:
            head = _headline_part(text, sents[h], label)
            best = self._best_locality(text, head, localities)
            if best is not None:
                return _place_value(best)
        if VENUE_RE.search(own_text):
            return self._dominant(view)
        return None

    @staticmethod
    def _venue_town(view: _View, own: Sentence) -> dict[str, Any] | None:
        """The city a venue without a locality names by its adjective: "w auli Uniwersytetu
        Rzeszowskiego" -> Rzeszów (a word of a locality's own name, "Starogardzie Gdańskim", is
        not such an adjective)."""
        found = view.values("kn_places")
        for venue in _inside(found, own.start, own.end):
            if venue.get("kind") != "venue" or venue.get("commune"):
                continue
            named = [(p["start"], p["end"]) for p in _inside(found, venue["start"], venue["end"]) if p is not venue]
            for m in WORD_RE.finditer(view.text, venue["start"], venue["end"]):
                if not m.group()[:1].isupper() or any(a <= m.start() < b for a, b in named):
                    continue
                if _after_street(view.text, m.start()):
                    continue  # "przy ul. Rzeszowskiej" names a street, not Rzeszów
                loc = pr.city_of_adjective(m.group())
                if loc is not None:
                    value = {**pr.locality_value(loc), "text": m.group(), "start": m.start(), "end": m.end()}
                    return _place_value(value)
        return None

    def _dominant(self, view: _View) -> dict[str, Any] | None:
        """The article's main locality, for a happening in a building whose town is not written:
        clearly the most mentioned (institutions' seats count half, origins and organisers not).

        It ranks every locality of the article, so it is worked out once per document
        (``_View.dominant``): asked per event, a long text with many events took quadratic time."""
        if view.dominant is None:
            view.dominant = (self._most_mentioned(view),)
        found = view.dominant[0]
        return None if found is None else _place_value(found)

    def _most_mentioned(self, view: _View) -> dict[str, Any] | None:
        weights: Counter[str] = Counter()
        first: dict[str, dict[str, Any]] = {}
        for p in view.localities:
            rank = self._rank(view.text, view.sents[view.index_of(p["start"])], p)
            if rank == R_NOT:
                continue
            weights[p["name"]] += SEAT_WEIGHT if rank == R_SEAT else 1.0
            first.setdefault(p["name"], p)
        ranked = weights.most_common(2)
        if not ranked or (len(ranked) > 1 and (ranked[0][1] < 1 or ranked[0][1] <= ranked[1][1])):
            return None
        return first[ranked[0][0]]

    def _best_locality(
        self,
        text: str,
        s: Sentence,
        localities: list[dict[str, Any]],
        *,
        need_venue: bool = False,
        floor: int = R_NEUTRAL,
        anchor: tuple[int, int] | None = None,
    ) -> dict[str, Any] | None:
        ranked: list[tuple[int, dict[str, Any]]] = []
        for p in _inside(localities, s.start, s.end):
            rank = self._rank(text, s, p)
            if ranked and ranked[-1][0] == R_NOT and COORDINATION_RE.match(text, ranked[-1][1]["end"], p["start"]):
                rank = R_NOT  # "z Rzeszowa, Kielc i Lublina": every locality of the list is an origin
            ranked.append((rank, p))
        if anchor is not None and ranked:
            ranked = _main_clause_first(text, s, anchor, ranked)
        ranked = [(r, p) for r, p in ranked if r >= (R_BUILDING if need_venue else floor)]
        if not ranked:
            return None
        top = max(r for r, _ in ranked)
        best = [p for r, p in ranked if r == top]
        if anchor is not None and len(best) > 1:
            # two places told alike: the one nearer the date ("nie mogli wziąć udziału w spotkaniu w
            # Białymstoku, zapraszamy na spotkanie zaplanowane na 10 grudnia w Łomży")
            a, b = anchor
            return min(best, key=lambda p: p["start"] - b if p["start"] >= b else a - p["end"])
        return best[0]

    @staticmethod
    def _rank(text: str, s: Sentence, p: Mapping[str, Any]) -> int:
        """How surely a locality mention is the happening's place (``R_*`` constants).

        ``R_SAID``: "w Toruniu" said of the happening ("2019 r. w Toruniu", "odbyło się w Toruniu");
        ``R_BUILDING``: the locality of its building ("Urzędu Miasta Zgierza", "w siedzibie ROPS w
        Toruniu"); ``R_NEUTRAL``: "Toruń był miejscem spotkania", "PZK w Knurowie"; ``R_SEAT``: an
        institution's seat ("przedstawiciele ROPS w Łodzi"), a hint only; ``R_NOT``: an origin ("z
        Poznania") or an organiser's seat ("organizowana przez ROPS w Katowicach").
        """
        if not text[s.start : p["start"]].strip() and PRESS_DATELINE_RE.match(text, p["end"]):
            return R_SAID  # "Lublin, 12 marca 2020 r. – Dziś ... podpisano porozumienie": a press release's place
        before = _words_before(text, p["start"], s.start, TRAVEL_REACH)
        words = [m.group().lower() for m in before]
        # "wyjazd do Wiednia", "Kolejny wyjazd, tym razem do Wiednia": the trip's destination
        if words[:1] == ["do"] and any(w.startswith(TRAVEL_STEMS) or w in TRAVEL_WORDS for w in words[1:]):
            return R_SAID
        before, words = before[:3], words[:3]
        if words and words[0] in NOT_PLACE_WORDS:
            return R_NOT
        if len(words) >= 2 and words[0] in UNIT_NOUN_FORMS and words[1] in NOT_PLACE_WORDS:
            return R_NOT  # "porozumienie z gminą Lipnik": a partner, not the place
        reach = text[max(s.start, p["start"] - ORGANISER_REACH) : p["start"]]
        org = None
        for m in ORGANISER_RE.finditer(reach):
            org = m
        after_org = reach[org.end() :] if org is not None else ""
        if (
            org is not None
            and not VENUE_RE.search(after_org)
            and not HELD_RE.search(after_org)
            and not DASH_BREAK_RE.search(after_org)  # "zorganizowana przez nas – pierwsza prowadziła do Poznania"
        ):
            return R_NOT
        if len(words) >= 2 and words[0] in UNIT_NOUNS and words[1] in PLACE_PREPOSITIONS:
            words, before = words[1:], before[1:]  # "w gminie Bieliny", "w mieście Łomża": as "w Bielinach"
        if not words:
            return R_NEUTRAL
        if words[0] in PLACE_OF_BUILDING_WORDS and (
            words[0] not in UNIT_GENITIVES or (len(words) > 1 and words[1] in PLACE_OF_BUILDING_WORDS)
        ):
            return R_BUILDING  # "Urzędu Miasta Zgierza", "Starostwa Powiatowego ..." (not "gminy Dębno")
        if words[0] not in PLACE_PREPOSITIONS:
            return R_NEUTRAL
        # the word before "w": lower-case, a number or the sentence start -> said of the happening
        prep_at = before[0].start()  # not ``rfind``: "W Toruniu" at a sentence start, "w" inside "powiecie"
        prev = WORD_RE.findall(text[max(s.start, prep_at - 40) : prep_at])
        near = text[max(s.start, prep_at - VENUE_REACH) : prep_at]
        if not prev or not prev[-1][:1].isupper():
            return R_SAID
        if prep_at - len(prev[-1]) - 1 <= s.start:  # "Spotkanie w Toruniu", not "Ośrodek w Toruniu"
            return R_SEAT if INSTITUTION_RE.match(prev[-1]) else R_SAID
        venue = None
        for m in VENUE_RE.finditer(near):
            venue = m
        if venue is not None and not CLAUSE_BREAK_RE.search(near[venue.end() :]):
            return R_BUILDING
        if _is_list_item(text, s):
            apposed = max(APPOSED_VENUE_RE.finditer(near), key=_start_of_match, default=None)
            if apposed is not None and not CLAUSE_BREAK_RE.search(near[apposed.end() :]):
                return R_BUILDING
        for trip in (TRIP_TO_RE.search(near), VISIT_RE.search(near)):
            # "pojadą z wizytą do Uniwersytetu Trzeciego Wieku w Olsztynie", "odwiedzili Centrum
            # Usług Społecznych w Wieliczce": where they go
            if trip is not None and not CLAUSE_BREAK_RE.search(near[trip.end() :]):
                return R_BUILDING
        return R_SEAT if INSTITUTION_RE.search(near) else R_NEUTRAL

    @staticmethod
    def _venue(view: _View, own: Sentence) -> str | None:
        for p in _inside(view.values("kn_places"), own.start, own.end):
            if p.get("kind") == "venue":
                return p["name"]
        return None

    # -- people, organisations, projects

    @staticmethod
    def _names(view: _View, group: str, region: tuple[int, int]) -> list[str]:
        out: dict[str, None] = {}
        for v in _inside(view.values(group), *region):
            if not v.get("name"):
                continue
            i = view.index_of(v["start"])
            if view.credit(i) or view.contact_before(i, v["start"]):
                continue
            out.setdefault(v["name"], None)
        return list(out)

    @staticmethod
    def _projects(view: _View, region: tuple[int, int], *, article_level: bool = True) -> list[str]:
        """Projects named in the event's part of the article, else the article's only project; on
        a bulletin page of several items an item's event takes only what its own item names."""
        found = view.values("kn_projects")
        inside = list(dict.fromkeys(v["name"] for v in _inside(found, *region) if v.get("name")))
        if inside or not article_level:
            return inside
        names = list(dict.fromkeys(v["name"] for v in found if v.get("name")))
        return names if len(names) == 1 else []


def _respective_place(view: _View, c: Candidate, cands: Sequence[Candidate]) -> dict[str, Any] | None:
    """The n-th locality after "odpowiednio" for the n-th date before it in the sentence: "odbyły
    się 12 i 13 października odpowiednio w Hajnówce i w Augustowie"; None without such a pairing."""
    text, own = view.text, view.sents[c.sent]
    word = RESPECTIVELY_WORD_RE.search(text, c.mention["end"], own.end)
    if word is None:
        return None
    dated = sorted(o.mention["start"] for o in cands if o.sent == c.sent and o.mention["start"] < word.start())
    after = list(_inside(view.localities, word.end(), own.end))[: len(dated)]
    if len(dated) < 2 or len(after) != len(dated):
        return None
    return _place_value(after[dated.index(c.mention["start"])])


def _seat_of_host(view: _View, own: Sentence) -> dict[str, Any] | None:
    """The seat of the institution whose building the sentence names, as the article gave it
    before: "w siedzibie ROPS odbyło się spotkanie" after "Regionalny Ośrodek Polityki Społecznej
    w Rzeszowie" (not the headline's city of a trip the article reports)."""
    text = view.text
    for org in _inside(view.values("kn_orgs"), own.start, own.end):
        seat = org.get("place")
        lo = max(own.start, org["start"] - HOST_REACH)
        if not seat or not (
            HOST_BUILDING_RE.search(text, lo, org["start"]) or HOST_APPOSED_RE.search(text, lo, org["start"])
        ):
            continue
        named = next((p for p in view.localities if p.get("name") == seat), None)
        if named is not None:
            return _place_value(named)
    return None


def _place_value(p: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("name", "kind", "voivodeship", "county", "commune", "teryt_simc", "teryt_terc", "lat", "lon", "country")
    out = {k: p.get(k) for k in keys}
    out["kind"] = "locality"
    out["mentions"] = [{"text": p["text"], "start": p["start"], "end": p["end"]}]
    return out


def _md(value: str) -> str:
    return value[-5:] if len(value) >= 8 else value


def _same_days(a: Candidate, b: Candidate) -> bool:
    if (a.start_date, a.end_date) == (b.start_date, b.end_date):
        return True
    if a.start_date.startswith("--") or b.start_date.startswith("--"):
        return (_md(a.start_date), _md(a.end_date)) == (_md(b.start_date), _md(b.end_date))
    return False


def _listed_apart(day: Candidate, outer: Candidate, found: Sequence[Candidate]) -> bool:
    """``day`` is listed in another sentence with days outside ``outer``: a series of its own ("W
    dniach 22-26 kwietnia gościmy grupę z Bragi. ... warsztaty odbędą się 9, 16 i 23 kwietnia"),
    not a day of that range's happening."""
    if day.sent in (outer.sent, outer.through) or day.sent in outer.extra:
        return False
    return any(o is not day and o.sent == day.sent and not _within(o, outer) and o is not outer for o in found)


def _next_of_a_series(text: str, sents: Sequence[Sentence], day: Candidate, outer: Candidate) -> bool:
    """``day`` is told in another paragraph as the next one of a series of another kind of happening
    ("Trzecią sesję zaplanowano na 16 – 18. 03. 2020r. w Białowieży." ... "Kolejny webinar odbędzie
    się 17 marca."): another happening, though its day lies inside the range."""
    a, b = sents[day.sent], sents[outer.sent]
    if a.para == b.para:
        return False
    before = text[a.start : day.mention["start"]]
    if SERIES_RE.search(before) is None:
        return False
    head = head_label(before)
    return head is not None and head != head_label(text[b.start : b.end])


def _within(inner: Candidate, outer: Candidate) -> bool:
    """``inner`` is a single day inside the multi-day ``outer`` (years compared when both known)."""
    if outer.start_date == outer.end_date or inner.start_date != inner.end_date:
        return False
    if len(inner.start_date) != 10 and not inner.start_date.startswith("--"):
        return False
    if inner.start_date.startswith("--") or outer.start_date.startswith("--"):
        return _md(outer.start_date) <= _md(inner.start_date) <= _md(outer.end_date)
    return outer.start_date <= inner.start_date <= outer.end_date

"""``kn_dates``: temporal expressions of Polish news with character offsets and ISO values.

Why not ``dateparser.search_dates``: it has no offsets, reads Polish words as dates ("się" as
August, "nie" as Sunday: dateparser issues #1024, #582), splits "14-15 listopada" into two dates,
and scores event-date F1 0.17 on the dev set. Detection here is ours, in three steps:

1. **Atoms.** One scan with one compiled alternation (``lang/dates.py``) finds every candidate:
   written dates in all their spellings ("23 października 2019", "23.10.2019r.", "2019-10-23",
   "23 X 2019", "14-15 listopada", "07 – 08. 09. 2020r."), year-less dates ("18 lipca br.",
   "28.10."), months and periods ("w listopadzie 2019", "I kwartał 2020", "na lata 2014-2020",
   "VII-XII.2018"), relative words ("wczoraj", "w ubiegły czwartek", "w przyszłym tygodniu") and
   times ("o godz. 10:00"). Numbers that only look like dates (phone numbers, amounts, project
   numbers, URLs) fail the patterns' boundaries or are masked.
2. **Structure.** Neighbouring atoms combine by what stands between them: a dash or "od ... do"
   makes one range ("29 listopada – 1 grudnia 2019"), "i"/"oraz" share a year ("18 lipca i 20
   sierpnia 2019"), a weekday or "wczoraj," before a date is part of it ("W poniedziałek 4 marca
   2020", the written date wins when the weekday disagrees). Cue words decide the kind: "do"/"w
   terminie do" make a deadline, "od" alone the start of a period, a range longer than two weeks
   or after "okres realizacji" is a period, never an event. A date alone on a header line or after
   "Opublikowano:"/"Data dodania:" is the article's own date (``publication``).
3. **Resolution.** A year-less date takes the year nearest to the reference date (``published``),
   else to the article's dateline, else to the nearest preceding full date of the text ("br."
   means the reference year exactly). Relative days ("wczoraj", "w ostatni piątek") need the
   reference date itself, or else the day the article labels as its publication ("Opublikowano:
   12.03.2021", the only such label of the text), as a reader would count them; never a bare
   dateline, which may be a repost's, an edit's or a page's date. Without either they stay
   ``kind="relative"`` with ``value=None``: no value rather than a wrong one.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp.components.base import Found, KnComponent, text_of
from kooperacja_nlp.lang import dates as pat
from kooperacja_nlp.lang import relative as rel
from kooperacja_nlp.lang.months import MONTH_ABBREVIATIONS, MONTH_CONFUSABLES, MONTHS, ROMAN_MONTHS
from kooperacja_nlp.lang.weekdays import WEEKDAYS, WEEKENDS

# How far around an atom the context patterns look (characters).
_BEFORE: Final[int] = 40
_TIME_AFTER_DATE: Final[int] = 80  # "16 października w Starostwie Powiatowym o godz. 9:00"
_TIME_BEFORE_DATE: Final[int] = 30  # "o godz. 10:00 w dniu 5 marca"
_SAME_SENTENCE: Final[int] = 200  # how far a year-less date looks ahead for its year
_SAME_MONTH_REACH: Final[int] = 120  # "(3 września) i w Dąbrowie Górniczej (4.09)": the day in words to the bare one
_LABEL_WINDOW: Final[int] = 90  # "Opublikował: Jan Kowalski | 7 października 2019": label to date
_CENTURY_PIVOT: Final[int] = 70  # a two-digit year below it is of this century
_UNDO_CONFUSABLES: Final[dict[int, str]] = str.maketrans({v: k for k, v in MONTH_CONFUSABLES.items()})
_DATE_TYPES: Final[frozenset[str]] = frozenset({"day", "month"})
_EVENT_KINDS: Final[frozenset[str]] = frozenset({"date", "range", "deadline"})  # what anchors a year
_HAPPENING_KINDS: Final[frozenset[str]] = frozenset({"date", "range"})


@Language.factory("kn_dates", assigns=["doc.spans", "span._.kn_date"])
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder(nlp, name)


@dataclass(slots=True)
class Point:
    """A calendar point as written; any part may be missing ("18 lipca", "listopad 2019")."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    offset: int | None = None  # the year written relative to the reference: "br." 0, "ub.r." -1

    @property
    def has_year(self) -> bool:
        return self.year is not None or self.offset is not None


# How far (characters) "a dzień później", "następnego dnia" may be from the date they count from:
# the same or the next sentence, up to ANAPHORA_REACH; further on, which day the text means is a
# guess. (The next sentence may be long: "W ubiegły piątek delegacja gościła w Zielonej Górze, ...
# [270 characters]. Dzień wcześniej ta sama grupa ...".)
ANAPHORA_REACH: Final[int] = 500
ANAPHORA_BREAKS: Final[int] = 1  # sentence breaks between them
# How far before a date a plan's cue may stand ("zaplanowano w terminie 31 stycznia 2023 r.").
PLAN_REACH: Final[int] = 40
# Days listed before a full numeric date ("4, 11 i 18.12.2019"), read back at most this many.
_MAX_LISTED_DAYS: Final[int] = 6
# how far (characters) after a period written with its year ("W I kwartale 2020 r. odbyły się:") a
# year-less day of its months is taken to lie in it
PERIOD_REACH: Final[int] = 200
# how far (in years) from the year guessed from context a weekday may move a year-less day
WEEKDAY_YEAR_REACH: Final[int] = 3
# ... unless a day written with its year lies this close to the guess: then the weekday is a slip
WEEKDAY_TRUSTED_DAYS: Final[int] = 90


@dataclass(slots=True)
class Atom:
    """One temporal expression while it is being built; becomes one ``Found``.

    ``type``: "day" (a day or a range of days), "month" (months, quarters, years), "yearend"
    ("do końca roku"), "unit" ("w przyszłym tygodniu"), "weekday", "relday" ("wczoraj", "dwa dni
    temu"), "after" ("dzień później", "następnego dnia": from the day told before), "dayofmonth"
    ("15 bm."), "time". ``kind`` is the ``DateMention.kind`` it is heading for.
    """

    start: int
    end: int
    type: str
    a: Point | None = None
    b: Point | None = None  # the other end of a range; None for a single point
    kind: str = "date"
    cue: str = ""  # the cue words written in front ("od", "do końca", ...), lower-case
    gated: bool = False  # a year-less numeric date: kept only next to a cue or another date
    open_end: bool = False  # "od 1 sierpnia 2020": a period with no end
    month_end: bool = False  # "do końca lutego": the last day of the month
    whole_years: bool = False  # "na lata 2014-2020": year precision
    publication: bool = False
    published: bool = False  # after a label naming the day the article appeared ("Opublikowano:")
    weekday: int | None = None
    weekend: bool = False  # "w ostatni weekend września": the Saturday of ``weekday`` and the Sunday after
    weeks: int | None = None  # "w przyszłym tygodniu, w środę": the weekday of the week this far off
    direction: int | None = None
    ordinal: int | None = None
    unit: str | None = None
    shift: int = 0  # days from the reference ("wczoraj" -1, "za tydzień" +7)
    time: str | None = None
    end_time: str | None = None


def _published_label(label: str) -> bool:
    """Of the publication labels before a date, the one nearest it names the day the article
    appeared ("Opublikowano: 10.03.2021 | Aktualizacja: 12.03.2021": the second is an edit's)."""
    low = label.lower()
    nearest = max(pat.PUBLICATION_CUES, key=low.rfind)
    return nearest in low and nearest in pat.PUBLISHED_LABELS


@dataclass(slots=True)
class Context:
    """What year-less and relative expressions of one document are resolved against.

    Atoms are resolved in text order, so the dates resolved so far (``resolved``) all lie before
    the current one: finding the nearest preceding date is a bisection, never a scan.
    """

    base: date | None  # the reference date (``published``) or else the article's dateline
    base_year: int | None
    anchors: list[tuple[int, date]]  # dates written with a year, in text order
    text: str
    # The caller's ``published``, else the one day the article labels as its publication
    # ("Opublikowano:", "Data publikacji:", "Dodano:"): relative days ("w ostatni piątek",
    # "wczoraj") count from the day the article appeared. A bare dateline may be a later edit, a
    # repost or a page date, so a day computed from it would be a confident wrong value (policy:
    # issue #4); it still gives the *year* of "18 lipca br.", where a wrong guess is rarer.
    ref: date | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # where the atoms are, in text order
    resolved: list[tuple[int, date]] = field(default_factory=list)  # dates given a year from context
    max_year: int | None = None  # the latest year of all those dates
    happenings: list[tuple[int, date]] = field(default_factory=list)  # ``anchors`` without deadlines
    # positions of the happenings told as plans ("zaplanowano w terminie 31 stycznia 2023 r."): the
    # year of writing, which "br." means, is not theirs when the text also tells another year
    planned: frozenset[int] = frozenset()
    month_years: list[int] = field(default_factory=list)  # years of months ("w październiku 2020 r.")
    month_at: list[tuple[int, int]] = field(default_factory=list)  # (position, year) of months and periods
    # (position, month, year) of single months written with a year, plans included ("zaplanowano
    # na marzec 2020 r."): a year-less day of that month told after it is in that year
    named_months: list[tuple[int, int, int]] = field(default_factory=list)
    # (end position, first month, last month, year) of quarters, half-years and months written
    # with a year: "W I kwartale 2020 r. odbyły się: – 9 i 23 stycznia – warsztaty" (2020)
    periods: list[tuple[int, int, int, int]] = field(default_factory=list)
    # (position, year) of the years written on their own, found on first use (``latest_year``)
    _year_at: list[tuple[int, int]] | None = None
    # (position, first day, last day) of the days and ranges resolved so far, in text order: what
    # "dzień później", "następnego dnia" count from
    told: list[tuple[int, date, date]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.max_year = max((d.year for _, d in self.anchors), default=None)

    def day_before(self, pos: int) -> tuple[date, date] | None:
        """The first and last day of the happening told last before ``pos``, if it is near enough
        for "a dzień później" to count from it (``ANAPHORA_REACH``)."""
        if not self.told or pos - self.told[-1][0] > ANAPHORA_REACH:
            return None
        breaks = pat.SENTENCE_BREAK_RE.finditer(self.text, self.told[-1][0], pos)
        if sum(1 for _ in itertools.islice(breaks, ANAPHORA_BREAKS + 1)) > ANAPHORA_BREAKS:
            return None
        return self.told[-1][1], self.told[-1][2]

    def preceding(self, pos: int) -> date | None:
        i = bisect.bisect_left(self.anchors, (pos, date.min))
        written = self.anchors[i - 1] if i else None
        inferred = self.resolved[-1] if self.resolved and self.resolved[-1][0] < pos else None
        if written is None or (inferred is not None and inferred[0] > written[0]):
            return inferred[1] if inferred else None
        return written[1]

    def following_in_sentence(self, pos: int) -> date | None:
        """The next dated day if it is in the same sentence ("18 lipca i 20 sierpnia 2019")."""
        i = bisect.bisect_right(self.anchors, (pos, date.max))
        if i == len(self.anchors) or self.anchors[i][0] - pos > _SAME_SENTENCE:
            return None
        start, d = self.anchors[i]
        return None if pat.SENTENCE_BREAK_RE.search(self.text, pos, start) else d

    def latest_written_before(self, pos: int) -> int | None:
        """The latest year written before ``pos``, in a date or on its own ("podsumowanie drugiego
        półrocza 2019 roku" / "3 grudnia br."); not that of a date given its year from context ("18
        listopada ub.r." is last year only relative to the year of writing)."""
        # the happenings' days, not deadlines: "Projekt potrwa do 30 czerwca 2021 r. ... W I kwartale
        # 2020 r. odbyły się ... 2 kwietnia br." (2020); a deadline only when no day was told
        i = bisect.bisect_left(self.happenings, (pos, date.min))
        years = [d.year for _, d in self.happenings[:i]] + [
            y for at, y in (*self._mentions(), *self.month_at) if at < pos
        ]
        if not years:
            years = [d.year for _, d in self.anchors[: bisect.bisect_left(self.anchors, (pos, date.min))]]
        return max(years, default=None)

    def following(self, pos: int) -> date | None:
        """The first dated day after ``pos`` anywhere in the text: the year of a year-less date that
        opens an article ("Od 27 do 29 maja ... Przed wyjazdem, 8 maja 2019 r. ...") when nothing
        before it has one. The text makes the year clear, and ``_nearest_year`` picks it. A
        deadline does not ("Wczoraj, 11 lutego ... Projekt potrwa do 30 listopada 2021 r." is not
        February 2022)."""
        i = bisect.bisect_right(self.happenings, (pos, date.max))
        return self.happenings[i][1] if i < len(self.happenings) else None

    def year_between_told_and_planned(self, pos: int, latest: int, month: int, day: int | None) -> int | None:
        """The year of "14 grudnia br." when only one of ``latest`` and the year before it puts the
        day between the last happening told before it (not as a plan) and the first one planned:
        "warsztaty trwały do 2 grudnia 2022 r. ... Kolejny moduł zaplanowano na 31 stycznia 2023 r.
        ... Wcześniej, 14 grudnia br., zbierze się zespół" is December 2022. None otherwise."""
        i = bisect.bisect_left(self.happenings, (pos, date.min))
        told = [d for at, d in self.happenings[:i] if at not in self.planned]
        planned = [d for at, d in self.happenings[:i] if at in self.planned]
        if not told or not planned or max(planned).year != latest:
            return None
        lo, hi = max(told), min(planned)
        fits = []
        for year in (latest - 1, latest):
            try:
                day_of = date(year, month, day or 1)
            except ValueError:
                continue
            if lo <= day_of <= hi:
                fits.append(year)
        return fits[0] if len(fits) == 1 else None

    def between(self, before: date, pos: int, month: int, day: int | None) -> bool:
        """(month, day) in the year of ``before`` lies between ``before`` and the next day or month
        the text writes with a year after ``pos`` (a plan included: "planujemy na listopad 2019")."""
        i = bisect.bisect_right(self.anchors, (pos, date.max))
        later = [self.anchors[i][1]] if i < len(self.anchors) else []
        later += [date(y, m, 28) for at, m, y in self.named_months if at > pos][:1]
        try:
            same = date(before.year, month, day or 1)
        except ValueError:
            return False
        return bool(later) and before <= same <= min(later)

    def add(self, pos: int, d: date) -> None:
        """A date given its year from context anchors the year-less ones after it ("Dzień wcześniej, 17 lipca")."""
        self.resolved.append((pos, d))
        self.max_year = d.year if self.max_year is None else max(self.max_year, d.year)

    def latest_year(self) -> int | None:
        """The latest year written on its own ("w 2019 roku", not "na 2021 r."), for "br."."""
        mentions = self._mentions()
        return max(y for _, y in mentions) if mentions else None

    def _mentions(self) -> list[tuple[int, int]]:
        """(position, year) of the years written on their own ("w 2019 roku", not "na 2021 r.")."""
        if self._year_at is None:
            self._year_at = []
            starts = [s for s, _ in self.spans]
            for m in pat.YEAR_MENTION_RE.finditer(self.text):
                if m.group("legal"):
                    continue
                i = bisect.bisect_left(starts, m.end())  # spans starting before the mention ends
                if i and self.spans[i - 1][1] > m.start():  # the year is part of a date or range
                    continue
                w = pat.WORD_BEFORE_RE.search(self.text, max(0, m.start() - 32), m.start())
                before = w.group(1).lower() if w is not None else ""
                if not (m.group("before") or m.group("after") or before in pat.SEASON_WORDS):
                    continue
                if before not in pat.YEAR_MENTION_EXCLUDED:
                    self._year_at.append((m.start(), int(m.group("year"))))
        return self._year_at

    def named_years(self) -> set[int]:
        """Every year the text writes: in dates, on its own, with a month."""
        return {d.year for _, d in self.anchors} | {y for _, y in self._mentions()} | set(self.month_years)

    def lone_year(self) -> int | None:
        """The year of a text that speaks of one year only ("Od 3 do 5 czerwca ... w 2019 roku",
        "16-go października ... 9 stycznia 2019 r. ... pod koniec listopada 2019 r."): a year-less
        date with no dated neighbour happened in it. With two years it is unknown."""
        years = {y for _, y in self._mentions()} | {d.year for _, d in self.happenings} | set(self.month_years)
        return years.pop() if len(years) == 1 else None


def _planned_for(text: str, start: int) -> bool:
    """The word before ``start`` makes what follows a plan or a limit ("na", "do"), not the time of writing."""
    w = pat.WORD_BEFORE_RE.search(text, max(0, start - 32), start)
    return w is not None and w.group(1).lower() in pat.YEAR_MENTION_EXCLUDED


def _full_date(value: str | None) -> bool:
    """A resolved value that is one whole day ("2020-03-12"; not "--03-12", "2020-03" or None)."""
    return value is not None and len(value) == 10 and value[0] != "-"


def _iso_date(year: int | None, month: int, day: int) -> str | None:
    """ISO date, or ``--MM-DD`` without a year; None if the day does not exist."""
    try:
        if year is None:
            date(2000, month, day)  # a leap year: 29 February is a valid year-less date
            return f"--{month:02d}-{day:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _valid(p: Point) -> bool:
    if p.month is None or not 1 <= p.month <= 12:
        return False
    if p.day is None:
        return True
    return _iso_date(p.year, p.month, p.day) is not None


def _nearest_year(base: date, month: int, day: int | None) -> int:
    """The year that puts (month, day) closest to ``base`` (a year-less date in a dated text)."""
    best, best_gap = base.year, None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            gap = abs((date(year, month, day or 15) - base).days)
        except ValueError:  # 29 February of a common year
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _month_of(word: str) -> int | None:
    return MONTHS.get(word.lower().translate(_UNDO_CONFUSABLES))


def _year_offset(text: str) -> int | None:
    key = " ".join(text.lower().split())
    if key in rel.YEAR_OFFSETS:
        return rel.YEAR_OFFSETS[key]
    return rel.YEAR_OFFSETS.get(key.replace(" ", ""))


def _hhmm(h: str | None, m: str | None) -> str | None:
    if h is None or int(h) > 23:
        return None
    return f"{int(h):02d}:{int(m or 0):02d}"


def _is_name_case(word: str) -> bool:
    """ "Maja", "Listopada": capitalised but not all capitals, so a name ("ul. 3 Maja")."""
    return word[:1].isupper() and not word.isupper()


class DateFinder(KnComponent):
    span_group = "kn_dates"

    def find(self, doc: Doc) -> list[Found]:
        text = text_of(doc)  # ``doc.text`` is rebuilt from the tokens on every access
        atoms = self._scan(text)
        atoms = self._attach_appositions(text, atoms)
        atoms = self._weekday_of_week(text, atoms)
        atoms = self._join_ranges(text, atoms)
        self._share_years(text, atoms)
        atoms = [a for a in atoms if not a.gated]
        self._classify(text, atoms)
        ctx = self._context(doc, text, atoms)
        found: list[Found] = []
        dated = [a for a in atoms if a.type != "time"]
        times = self._attach_times(text, dated, [a for a in atoms if a.type == "time"])
        for atom in dated + times:
            value = self._value(atom, ctx)
            if value is not None:
                found.append(Found(atom.start, atom.end, value))
        return found

    # -- 1. atoms --------------------------------------------------------------------------

    def _scan(self, text: str) -> list[Atom]:
        """Try the atom patterns where a number, a Roman numeral or a trigger word starts.

        Every atom begins at the start of a word (the patterns forbid a letter or digit before
        them), so trying only at candidate words (``CANDIDATE_RE``) finds the same atoms as a full
        ``search`` in a fraction of the time: most words of a text cannot begin a date.
        """
        has_url = "@" in text or "://" in text or "www." in text
        masked = deque((m.start(), m.end()) for m in pat.URL_RE.finditer(text)) if has_url else deque()
        out: list[Atom] = []
        pos = 0
        for start, end in _candidate_words(text):
            if start < pos:
                continue
            word = text[start:end]
            if word[0].isdigit():
                # most numbers cannot begin a date ("2019 r.", "100 osób"): a cheap test first
                m = pat.DIGIT_ATOM_RE.match(text, start) if pat.DIGIT_START_RE.match(text, start) else None
            elif pat.ROMAN_WORD_RE.fullmatch(word):
                m = pat.ROMAN_ATOM_RE.match(text, start)
            else:
                low = word.lower()
                if low not in pat.TRIGGER_WORDS or (low in pat.LEAD_WORDS and not _trigger_follows(text, end)):
                    continue
                m = pat.WORD_ATOM_RE.match(text, start)
            if m is None:
                continue
            atoms = [a for a in self._parse(m, text) if a.start >= pos]
            if not atoms:  # a rejected candidate: go on with the next word
                continue
            pos = m.end()
            while masked and masked[0][1] <= m.start():  # URLs that end before this atom
                masked.popleft()
            if masked and masked[0][0] < m.end():
                continue
            out.extend(atoms)
        return out

    def _parse(self, m: Any, text: str) -> list[Atom]:
        g = m.group
        kind = m.lastgroup
        s, e = m.start(), m.end()
        if kind == "ISO":
            p = Point(int(g("i_d")), int(g("i_m")), int(g("i_y")))
            atom = Atom(s, e, "day", p, time=_hhmm(g("i_hh"), g("i_mm")))
            return [atom] if _valid(p) else []
        if kind == "NUMRANGE":
            year = int(g("nr_y")) if g("nr_y") else None
            a = Point(int(g("nr_d1")), int(g("nr_m")), year)
            b = Point(int(g("nr_d2")), int(g("nr_m")), year)
            if not (_valid(a) and _valid(b)) or a.day >= b.day:  # type: ignore[operator]
                return []
            cue = ""
            if g("nr_to"):  # "od 24 do 26.02.2020r."; without "od" the "do" is no range ("wzrosła z 24 do 26.02")
                before = pat.RANGE_START_BEFORE_RE.search(text, max(0, s - _BEFORE), s)
                if before is None:
                    return []
                s, cue = before.start(), "od"
            return [Atom(s, e, "day", a, b, kind="range", gated=year is None, cue=cue)]
        if kind == "NUM":
            if g("n_y"):
                year = int(g("n_y"))
            else:  # "5.11.19 r.": this century up to 69, then the last ("12.03.98 r.")
                yy = int(g("n_yy"))
                year = (2000 if yy < _CENTURY_PIVOT else 1900) + yy
            p = Point(int(g("n_d")), int(g("n_m")), year)
            if not _valid(p):
                return []
            return self._with_listed_days(text, s, e, p)
        if kind == "ROMAN":
            year = int(g("r_y")) if g("r_y") else None
            offset = _year_offset(g("r_rel")) if g("r_rel") else None
            p = Point(int(g("r_d")), ROMAN_MONTHS[g("r_m")], year, offset)
            if not g("r_d1"):
                return self._with_listed_days(text, s, e, p) if _valid(p) else []
            a = Point(int(g("r_d1")), p.month, p.year)
            ok = _valid(a) and _valid(p) and a.day < p.day  # type: ignore[operator]
            return [Atom(s, e, "day", a, p, kind="range")] if ok else []
        if kind == "ABBR":
            p = Point(int(g("a_d")), MONTH_ABBREVIATIONS[g("a_mon").lower()], int(g("a_y")))
            return [Atom(s, e, "day", p)] if _valid(p) else []
        if kind == "TEXT":
            return self._parse_text_date(m, text)
        if kind == "WORDDAY":
            month = _month_of(g("wd_mon"))
            day = rel.ORDINAL_DAYS.get(" ".join(g("wd_d").lower().split()))
            if month is None or day is None or (_is_name_case(g("wd_mon")) and not g("wd_y")):
                return []
            year = int(g("wd_y")) if g("wd_y") else None
            p = Point(day, month, year, _year_offset(g("wd_rel")) if g("wd_rel") else None)
            return [Atom(s, e, "day", p)] if _valid(p) else []
        if kind == "NUMYL":
            p = Point(int(g("y_d")), int(g("y_m")))
            if not _valid(p) or pat.MEASURE_AFTER_RE.match(text, e):
                return []
            return [Atom(s, e, "day", p, gated=True)]
        if kind == "YEARS":
            ya, yb = int(g("yr_a")), int(g("yr_b"))
            if yb <= ya or (g("yr_s") == "/" and yb != ya + 1):
                return []
            atom = Atom(s, e, "month", Point(None, 1, ya), Point(None, 12, yb), kind="period", whole_years=True)
            return [atom]
        if kind == "ROMANMONTHS":
            year = int(g("rm_y"))
            ma, mb = ROMAN_MONTHS[g("rm_a")], ROMAN_MONTHS[g("rm_b")] if g("rm_b") else None
            if mb is not None and mb < ma:
                return []
            b = Point(None, mb, year) if mb is not None and mb != ma else None
            return [Atom(s, e, "month", Point(None, ma, year), b, kind="period" if b else "month")]
        if kind == "QUARTER":
            return self._parse_quarter(m)
        if kind == "MONTH":
            return self._parse_month(m, text)
        if kind == "YEAREND":
            year = int(g("ye_y")) if g("ye_y") else None
            offset = rel.DIRECTIONS.get(g("ye_dir").lower(), 0) if g("ye_dir") else (None if year else 0)
            p = Point(31, 12, year, offset)
            return [Atom(s, e, "yearend", p, kind="deadline", cue="do końca")]
        if kind == "UNIT":
            direction, unit = rel.DIRECTIONS[g("u_dir").lower()], rel.UNITS[g("u_unit").lower()]
            return [Atom(s, e, "unit", direction=direction, unit=unit)]
        if kind == "WEEKDAY":
            return self._parse_weekday(m)
        if kind == "DAYOFMONTH":
            offset = rel.MONTH_OFFSETS[" ".join(g("bm").lower().split())]
            return [Atom(s, e, "dayofmonth", Point(int(g("bm_d"))), kind="relative", shift=offset)]
        if kind == "RELDAY":
            word = g("rd_w").lower()
            if word == "jutro" and self._noun_before(text, s):
                return []
            return [Atom(s, e, "relday", shift=rel.RELATIVE_DAYS[word])]
        if kind == "AGO":
            unit = g("ag_u").lower()
            n_text = g("ag_n")
            anaphoric = g("ag_dir")  # "dzień później", "dwa dni wcześniej": from the day told before
            if anaphoric:
                if g("ag_za") or (n_text is None and unit not in {"dzień", "tydzień"}):
                    return []
            elif bool(g("ag_za")) == bool(g("ag_temu")) or (n_text is None and unit != "tydzień"):
                return []
            n = 1 if n_text is None else (int(n_text) if n_text.isdigit() else rel.NUMBER_WORDS[n_text.lower()])
            if anaphoric:
                shift = rel.ANAPHORIC_DIRECTIONS[anaphoric.lower()] * n * rel.AGO_UNITS[unit]
                return [Atom(s, e, "after", shift=shift, gated=not self._opens_clause(text, s))]
            sign = -1 if g("ag_temu") else 1
            return [Atom(s, e, "relday", shift=sign * n * rel.AGO_UNITS[unit])]
        if kind == "FOLLOWING":
            shift = rel.FOLLOWING_DAY_PHRASES[" ".join(g("fd").lower().split())]
            return [Atom(s, e, "after", shift=shift, gated=not self._opens_clause(text, s))]
        if kind == "TIME":
            return self._parse_time(m)
        return []

    @staticmethod
    def _opens_clause(text: str, start: int) -> bool:
        """ "Następnego dnia ...", "..., a dzień później ...": the day of what the clause tells.
        Elsewhere ("prześlemy dzień wcześniej") it is kept only as the lead of a written date
        ("odbyło się dzień wcześniej (14 stycznia)"), the apposition that ungates it."""
        return pat.ANAPHORA_LEAD_RE.search(text, max(0, start - 12), start) is not None

    def _parse_text_date(self, m: Any, text: str) -> list[Atom]:
        """ "14 listopada 2019", "14-15 listopada", "od 3 do 5 czerwca", "5 i 12 maja br."."""
        g = m.group
        month_word = g("t_mon")
        month = _month_of(month_word)
        year = int(g("t_y")) if g("t_y") else None
        offset = _year_offset(g("t_rel")) if g("t_rel") else None
        if month is None:
            return []
        # "ul. 3 Maja", "Święto 11 Listopada": a capitalised month without a year is a name
        if (_is_name_case(month_word) and year is None) or pat.STREET_BEFORE_RE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            return []
        days = [(m.start("t_d1"), m.end("t_d1"), int(g("t_d1")))]
        if g("t_mid"):
            base = m.start("t_mid")
            days += [(base + d.start(), base + d.end(), int(d.group())) for d in pat.DIGITS_RE.finditer(g("t_mid"))]
        if g("t_d2"):
            days.append((m.start("t_d2"), m.end("t_d2"), int(g("t_d2"))))
        points = [Point(d, month, year, offset) for _, _, d in days]
        if not all(_valid(p) for p in points):
            return []
        s, e = m.start(), m.end()
        if len(points) == 1:
            return [Atom(s, e, "day", points[0])]
        sep = (g("t_sep") or "").lower()
        nums = [d for _, _, d in days]
        is_range = sep not in {"i", "oraz"} and len(nums) == 2 and nums[0] < nums[1]
        consecutive = all(b == a + 1 for a, b in itertools.pairwise(nums))
        if sep in {"i", "oraz"} and pat.RESPECTIVELY_RE.match(text, e):
            consecutive = False  # "12 i 13 października odpowiednio w Hajnówce i w Augustowie"
        if sep == "/" and not (consecutive and len(nums) == 2):
            return []  # "15/16 października" is a night or two days; "3/12" is no date
        if is_range and sep not in {"do", "a"}:  # "14-15 oraz 21-22 listopada": the days written before
            extra = self._days_before(text, s, points[0])
            if extra is not None:
                return [extra, Atom(s, e, "day", points[0], points[-1], kind="range")]
        if is_range or consecutive:
            cue = ""
            if sep in {"do", "a"}:
                before = pat.RANGE_START_BEFORE_RE.search(text, max(0, s - _BEFORE), s)
                if before is not None:
                    s, cue = before.start(), "od"
            return [Atom(s, e, "day", points[0], points[-1], kind="range", cue=cue)]
        if sep in {"do", "a"} or nums != sorted(nums):
            return [Atom(s, e, "day", points[0], points[-1], kind="range")] if nums[0] < nums[-1] else []
        # "5 i 12 maja": separate days; every day but the last is written as a bare number
        out = [Atom(ds, de, "day", p) for (ds, de, _), p in zip(days[:-1], points[:-1], strict=True)]
        out.append(Atom(days[-1][0], e, "day", points[-1]))
        return out

    def _with_listed_days(self, text: str, s: int, e: int, p: Point) -> list[Atom]:
        """A day written with its month, and the days of that month listed before it: "4 i
        11.12.2019 r." and "4, 11 i 18 XII 2019" are separate days, "4 i 5.12.2019" a range."""
        extras: list[Atom] = []
        start, first = s, p
        while len(extras) < _MAX_LISTED_DAYS and (x := self._days_before(text, start, first)) is not None:
            extras.insert(0, x)
            start, first = x.start, x.a
        days = [x.a.day for x in extras if x.b is None and x.a is not None] + [p.day]
        if extras and len(days) == len(extras) + 1 and all(b == a + 1 for a, b in itertools.pairwise(days)):
            return [Atom(start, e, "day", extras[0].a, p, kind="range")]
        return [*extras, Atom(s, e, "day", p)]

    @staticmethod
    def _days_before(text: str, start: int, first: Point) -> Atom | None:
        before = pat.DAYS_BEFORE_RE.search(text, max(0, start - _BEFORE), start)
        if before is None:
            return None
        a = Point(int(before.group("d1")), first.month, first.year, first.offset)
        b = Point(int(before.group("d2")), first.month, first.year, first.offset) if before.group("d2") else None
        last = b or a
        if not (_valid(a) and _valid(last)) or not a.day <= last.day < first.day:  # type: ignore[operator]
            return None
        end = before.end("d2") if b else before.end("d1")
        return Atom(before.start(), end, "day", a, b, kind="range" if b else "date")

    @staticmethod
    def _parse_quarter(m: Any) -> list[Atom]:
        g = m.group
        months = pat.PERIOD_UNITS[g("q_u").lower()]
        n_text = g("q_n").rstrip(".")
        if n_text in pat.ROMAN_ORDINALS:
            n = pat.ROMAN_ORDINALS[n_text]
        elif n_text.isdigit():
            n = int(n_text)
        else:
            n = rel.WEEKDAY_ORDINALS.get(n_text.lower(), 1 if n_text.lower() == "pierwsze" else 2)
        parts = 12 // months
        if n == -1:
            n = parts
        if not 1 <= n <= parts:
            return []
        year = int(g("q_y")) if g("q_y") else None
        offset = _year_offset(g("q_rel")) if g("q_rel") else None
        a = Point(None, (n - 1) * months + 1, year, offset)
        b = Point(None, n * months, year, offset)
        return [Atom(m.start(), m.end(), "month", a, b, kind="period")]

    @staticmethod
    def _parse_month(m: Any, text: str) -> list[Atom]:
        """ "w listopadzie 2019", "od sierpnia 2019 r.", "do końca lutego"; a bare month needs a cue."""
        g = m.group
        word = g("m_mon")
        month = _month_of(word)
        year = int(g("m_y")) if g("m_y") else None
        offset = _year_offset(g("m_rel")) if g("m_rel") else None
        cue = " ".join((g("m_pre") or "").lower().split())
        if month is None or (year is None and offset is None and (not cue or _is_name_case(word))):
            return []
        atom = Atom(m.start(), m.end(), "month", Point(None, month, year, offset), kind="month", cue=cue)
        if cue.startswith("do końca"):
            atom.kind, atom.month_end = "deadline", True
        elif cue == "do":
            atom.kind = "deadline"
        elif cue.startswith("od"):
            atom.kind, atom.open_end = "period", True
        elif "przełom" in cue:  # "na przełomie maja (i czerwca)": a turn of months, not one month
            atom.kind = "period"
        return [atom]

    @staticmethod
    def _parse_weekday(m: Any) -> list[Atom]:
        g = m.group
        s = m.start("w_dir") if g("w_dir") else m.start("w_day")
        word = g("w_day").lower()
        weekend = word in WEEKENDS
        atom = Atom(s, m.end(), "weekday", weekday=WEEKENDS[word] if weekend else WEEKDAYS[word], kind="relative")
        atom.weekend = weekend
        atom.cue = (g("w_prep") or "").lower()
        mod = (g("w_dir") or "").lower()
        if g("w_mon"):  # "ostatni piątek października": the n-th weekday of a month
            if mod not in rel.WEEKDAY_ORDINALS:
                return []
            atom.ordinal = rel.WEEKDAY_ORDINALS[mod]
            atom.a = Point(None, _month_of(g("w_mon")), int(g("w_y")) if g("w_y") else None)
        elif mod in rel.DIRECTIONS:
            atom.direction = rel.DIRECTIONS[mod]
        elif mod in rel.WEEKDAY_ORDINALS:
            atom.direction = -1 if rel.WEEKDAY_ORDINALS[mod] == -1 else None
        return [atom]

    @staticmethod
    def _parse_time(m: Any) -> list[Atom]:
        g = m.group
        if g("h_h") is not None:
            start = _hhmm(g("h_h"), g("h_m"))
        elif g("h_h2") is not None:
            if "." in m.group() and 0 < int(g("h_m2")) <= 12:
                return []  # "od 03.10 do 05.10.2019": a day and month, not ten past three
            start = _hhmm(g("h_h2"), g("h_m2"))
        else:
            start = _hhmm(g("h_h3"), g("h_m3"))
        end = _hhmm(g("h_e"), g("h_em")) if g("h_e") else None
        if start is None or (g("h_e") and end is None):
            return []
        s = m.start()
        lead = m.group().split(None, 1)
        if len(lead) == 2 and lead[0].lower() in {"o", "w"}:  # "o godz. 9:00" -> "godz. 9:00", like dates
            s = m.end() - len(lead[1])
        return [Atom(s, m.end(), "time", kind="time", time=start, end_time=end)]

    @staticmethod
    def _noun_before(text: str, start: int) -> bool:
        """ "lepsze jutro", "nasze jutro": an adjective before "jutro" makes it a noun."""
        w = pat.WORD_BEFORE_RE.search(text, max(0, start - 32), start)
        return w is not None and any(i.pos == "adj" for i in morph.analyse(w.group(1)))

    # -- 2. structure ----------------------------------------------------------------------

    @staticmethod
    def _attach_appositions(text: str, atoms: list[Atom]) -> list[Atom]:
        """ "w poniedziałek 4 marca 2020", "Wczoraj, 11 lutego 2020 roku": one expression."""
        out: list[Atom] = []
        skip = False
        for i, atom in enumerate(atoms):
            if skip:
                skip = False
                continue
            nxt = atoms[i + 1] if i + 1 < len(atoms) else None
            if (
                atom.type in {"weekday", "relday", "after"}
                and atom.ordinal is None
                and nxt is not None
                and nxt.type == "day"
                and pat.APPOSITION_GAP_RE.match(text[atom.end : nxt.start])
            ):
                nxt.start, nxt.weekday, nxt.gated = atom.start, atom.weekday, False
                opening = pat.RANGE_START_BEFORE_RE.search(text, max(0, atom.start - _BEFORE), atom.start)
                if nxt.b is not None and opening is not None:  # "Od wtorku 5 do czwartku 7 listopada"
                    nxt.start, nxt.cue = opening.start(), "od"
                prev = out[-1] if out else None
                if (
                    nxt.b is not None
                    and prev is not None
                    and prev.type == "weekday"
                    and prev.cue == "od"
                    and pat.WEEKDAY_RANGE_GAP_RE.fullmatch(text, prev.end, atom.start)
                ):
                    # "Od poniedziałku do środy (2–4 marca 2020 r.)": the weekdays name the range's ends
                    out.pop()
                    lead = pat.RANGE_START_BEFORE_RE.search(text, max(0, prev.start - _BEFORE), prev.start)
                    nxt.start, nxt.cue = (lead.start() if lead is not None else prev.start), "od"
                out.append(nxt)
                skip = True
                continue
            out.append(atom)
        return out

    @staticmethod
    def _weekday_of_week(text: str, atoms: list[Atom]) -> list[Atom]:
        """ "W przyszłym tygodniu, w środę", "w ubiegłym tygodniu we wtorek": one day, the weekday of
        the week named (not the next Wednesday after the reference, which may lie in this week)."""
        out: list[Atom] = []
        for atom in atoms:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.type == "unit"
                and prev.unit == "week"
                and prev.direction is not None
                and atom.type == "weekday"
                and atom.direction is None
                and atom.ordinal is None
                and not atom.weekend
                and pat.WEEK_WEEKDAY_GAP_RE.fullmatch(text, prev.end, atom.start)
            ):
                atom.start, atom.weeks, atom.cue = prev.start, prev.direction, prev.cue
                out[-1] = atom
                continue
            out.append(atom)
        return out

    @staticmethod
    def _join_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
        """ "29 listopada – 1 grudnia 2019", "od sierpnia 2019 r. do końca stycznia 2020"."""
        out: list[Atom] = []
        i = 0
        while i < len(atoms):
            left = atoms[i]
            right = atoms[i + 1] if i + 1 < len(atoms) else None
            joined = DateFinder._range_of(text, left, right) if right is not None else None
            if joined is not None:
                out.append(joined)
                i += 2
            else:
                out.append(left)
                i += 1
        return out

    @staticmethod
    def _range_of(text: str, left: Atom, right: Atom) -> Atom | None:
        if left.type not in _DATE_TYPES or right.type not in _DATE_TYPES or left.b or right.b:
            return None
        if left.gated and right.gated:  # "2.5 - 3.5": two bare number pairs are not a range
            return None
        assert left.a is not None and right.a is not None
        gap = text[left.end : right.start]
        start = left.start
        # "5.11.19 r. i 6.11.19 r.": two consecutive days joined by "i" are one two-day stretch,
        # as "14 i 15 października" is (a two-day meeting is one event); other pairs stay two dates
        coordinated = False
        if pat.RANGE_GAP_RE.match(gap):
            pass
        elif left.type == right.type == "day" and not left.gated and pat.AND_GAP_RE.match(gap):
            if pat.RESPECTIVELY_RE.match(text, right.end):
                return None  # "12 i 13 października odpowiednio w Hajnówce i w Augustowie": one by one
            coordinated = True
        elif "przełom" in left.cue and left.type == right.type == "month" and pat.COORD_GAP_RE.match(gap):
            pass  # "na przełomie maja i czerwca": the two months, a period and not one month

        else:
            opened = left.cue.startswith("od")
            if not opened:
                cue = pat.RANGE_START_BEFORE_RE.search(text, max(0, left.start - _BEFORE), left.start)
                opened = cue is not None
                start = cue.start() if cue is not None else start
            closes = pat.RANGE_WORD_GAP_RE.match(gap) is not None or (right.cue.startswith("do") and not gap.strip())
            if not (opened and closes):
                return None
        a = Point(left.a.day, left.a.month, left.a.year, left.a.offset)
        b = Point(right.a.day, right.a.month, right.a.year, right.a.offset)
        if not a.has_year and b.has_year:  # "29 listopada – 1 grudnia 2019"
            wrap = 1 if (a.month or 0) > (b.month or 0) else 0
            a.year = b.year - wrap if b.year is not None else None
            a.offset = b.offset - wrap if b.offset is not None else None
        elif a.has_year and not b.has_year:  # "30 grudnia 2019 – 2 stycznia"
            wrap = 1 if (b.month or 0) < (a.month or 0) else 0
            b.year = a.year + wrap if a.year is not None else None
            b.offset = a.offset + wrap if a.offset is not None else None
        if not (_valid(a) and _valid(b)) or not DateFinder._before(a, b):
            return None
        if coordinated and DateFinder._days_between(a, b) != 1:
            return None
        both_days = left.type == "day" and right.type == "day"
        atom = Atom(start, right.end, "day" if both_days else "month", a, b, kind="range" if both_days else "period")
        if not both_days and (left.type == "day" or right.type == "day"):
            atom.type = "month"  # mixed precision: a period from a day to a month or back
        return atom

    @staticmethod
    def _before(a: Point, b: Point) -> bool:
        """``a`` is before ``b`` (years compared when both are known, else month and day)."""
        ka = (a.year if a.year is not None else 0, a.month or 0, a.day or 0)
        kb = (b.year if b.year is not None else 0, b.month or 0, b.day or 0)
        if (a.year is None) != (b.year is None):
            ka, kb = ka[1:], kb[1:]
        return ka < kb

    @staticmethod
    def _share_years(text: str, atoms: list[Atom]) -> None:
        """Coordinated dates share the year written on the last one; a cue or a neighbour keeps "28.10."."""
        for i, atom in enumerate(atoms):
            if atom.type != "day" or not atom.gated:
                continue
            prev = atoms[i - 1] if i > 0 else None
            coordinated = prev is not None and prev.type == "day" and not prev.gated
            if coordinated and pat.COORD_GAP_RE.match(text[prev.end : atom.start]):  # type: ignore[union-attr]
                atom.gated = False
                continue
            if pat.STRONG_DATE_CUE_RE.search(text, max(0, atom.start - _BEFORE), atom.start):
                atom.gated = False
            elif (
                prev is not None
                and prev.type == "day"
                and not prev.gated
                and prev.a is not None
                and atom.a is not None
                and prev.a.month == atom.a.month
                and atom.start - prev.end <= _SAME_MONTH_REACH
                and not pat.SENTENCE_BREAK_RE.search(text, prev.end, atom.start)
            ):
                # "w Rudzie Śląskiej (3 września) i w Dąbrowie Górniczej (4.09)": a day of the month
                # its sentence has just dated in words
                atom.gated = False
        for i in range(len(atoms) - 2, -1, -1):
            left, right = atoms[i], atoms[i + 1]
            if left.type != right.type or left.type not in _DATE_TYPES or left.a is None or right.a is None:
                continue
            if left.a.has_year or not right.a.has_year or not pat.COORD_GAP_RE.match(text[left.end : right.start]):
                continue
            wrap = 1 if (left.a.month or 0) > (right.a.month or 0) else 0
            for p in (left.a, left.b):
                if p is not None:
                    p.year = right.a.year - wrap if right.a.year is not None else None
                    p.offset = right.a.offset - wrap if right.a.offset is not None else None

    def _classify(self, text: str, atoms: list[Atom]) -> None:
        """Kind from the cue words in front; the article's own date marked as publication."""
        layout: Layout | None = None  # read only when a dated day may be a dateline
        for atom in atoms:
            if atom.type != "day" or atom.a is None:
                continue
            lo = max(0, atom.start - _BEFORE)
            if atom.b is not None:
                days = self._days_between(atom.a, atom.b)
                period_cue = pat.PERIOD_BEFORE_RE.search(text, lo, atom.start)
                if (days is not None and days > pat.MAX_EVENT_RANGE_DAYS) or period_cue:
                    atom.kind = "period"
                continue
            if pat.DEADLINE_BEFORE_RE.search(text, lo, atom.start):
                atom.kind = "deadline"
            elif pat.RANGE_START_BEFORE_RE.search(text, lo, atom.start):
                atom.kind, atom.open_end = "period", True
            elif atom.a.year is not None:
                layout = layout or Layout.of(text)
                if self._is_dateline(text, atom, layout):
                    atom.publication = True

    @staticmethod
    def _days_between(a: Point, b: Point) -> int | None:
        year_a = a.year if a.year is not None else 2001
        year_b = b.year if b.year is not None else year_a + (1 if (b.month or 0) < (a.month or 0) else 0)
        try:
            return (date(year_b, b.month or 12, b.day or 28) - date(year_a, a.month or 1, a.day or 1)).days
        except ValueError:
            return None

    @staticmethod
    def _is_dateline(text: str, atom: Atom, layout: Layout) -> bool:
        """The article's own date: after a publication label, or alone on a header/footer line."""
        line_start, line_end = layout.line(atom.start)
        near_start = atom.start - line_start <= _LABEL_WINDOW
        if near_start and pat.PUBLICATION_LINE_START_RE.match(text, line_start, atom.start):
            atom.published = _published_label(text[line_start : atom.start])
            return True
        window = max(line_start, atom.start - _LABEL_WINDOW)
        has_colon = ":" in text[window : atom.start] or "|" in text[window : atom.start]
        label = pat.PUBLICATION_LABEL_RE.search(text, window, atom.start) if has_colon else None
        if label is not None:
            if not label.group("bare"):
                atom.published = _published_label(label.group())
                return True
            nxt = text[atom.end : atom.end + 200].lstrip()
            return (
                not pat.EVENT_FIELD_LINE_RE.match(nxt)
                and "miejsce" not in text[atom.end : min(line_end, atom.end + 200)].lower()
            )
        if not (
            near_start and layout.in_margin(atom.start) and pat.DATELINE_BEFORE_RE.match(text, line_start, atom.start)
        ):
            return False
        # a byline ("12.03.2023 | Autor: Jan Kowalski") is the day the article appeared
        atom.published = pat.BYLINE_AFTER_RE.match(text, atom.end, line_end) is not None
        return atom.published or pat.DATELINE_AFTER_RE.match(text, atom.end, line_end) is not None

    @staticmethod
    def _attach_times(text: str, dated: list[Atom], times: list[Atom]) -> list[Atom]:
        """A time belongs to the date of its sentence: after it ("16 października o godz. 9:00") or
        just before ("o godz. 10:00 w dniu 5 marca"). Returns the times that belong to no date."""
        days = [a for a in dated if a.type == "day"]
        ends = [d.end for d in days]
        alone: list[Atom] = []
        for t in times:
            owner = None
            i = bisect.bisect_right(ends, t.start) - 1  # the last date ending before the time
            before = days[i] if i >= 0 else None
            after = days[i + 1] if i + 1 < len(days) else None
            if (
                before is not None
                and t.start - before.end <= _TIME_AFTER_DATE
                and not pat.SENTENCE_BREAK_RE.search(text, before.end, t.start)
            ):
                owner = before
            elif (
                after is not None
                and 0 <= after.start - t.end <= _TIME_BEFORE_DATE
                and not pat.SENTENCE_BREAK_RE.search(text, t.end, after.start)
            ):
                owner = after
            if owner is not None and owner.time is None:
                owner.time, owner.end_time = t.time, t.end_time
            else:
                alone.append(t)
        return alone

    # -- 3. resolution ---------------------------------------------------------------------

    @staticmethod
    def _context(doc: Doc, text: str, atoms: list[Atom]) -> Context:
        ref = doc._.kn_reference_date
        base: date | None = None
        base_year: int | None = None
        if ref:
            base_year = int(ref[:4])
            if len(ref) == 10:
                base = date.fromisoformat(ref)
        published = base
        if published is None:
            # a day the article itself labels as its publication ("Opublikowano: 12.03.2021"), if
            # it labels only one: a page listing other articles' days labels several
            labelled = {
                date(a.a.year, a.a.month, a.a.day)  # type: ignore[arg-type]
                for a in atoms
                if a.published and a.a is not None and a.a.year is not None and a.b is None
            }
            if len(labelled) == 1:
                published = labelled.pop()
        if base is None:
            datelines = [
                date(a.a.year, a.a.month, a.a.day)  # type: ignore[arg-type]
                for a in atoms
                if a.publication and a.a is not None and a.a.year is not None
            ]
            if datelines and base_year in (None, min(datelines).year):
                base = min(datelines)
                base_year = base.year
        # dates written with a year: (position, day, kind)
        written = [
            (a.start, date(a.a.year, a.a.month, a.a.day), a.kind)  # type: ignore[arg-type]
            for a in atoms
            if a.type == "day"
            and not a.publication
            and a.kind in _EVENT_KINDS
            and a.a is not None
            and a.a.year is not None
        ]
        anchors = [(at, d) for at, d, _ in written]
        # what a year-less date opening the text may take its year from (not deadlines)
        happenings = [(at, d) for at, d, kind in written if kind in _HAPPENING_KINDS]
        # months, quarters and periods written with a year (not "na lata 2014-2020", not datelines)
        dated = [
            a
            for a in atoms
            if a.type == "month"
            and a.kind in {"month", "period"}
            and not a.whole_years
            and not a.publication
            and a.a
            and a.a.year
            and a.a.month
        ]
        # ... not as a plan ("na wrzesień 2021 r.")
        months = [(a.start, a.a.year, a.kind) for a in dated if a.cue not in pat.YEAR_MENTION_EXCLUDED]
        return Context(
            base,
            base_year,
            sorted(anchors),
            text,
            ref=published,
            spans=[(a.start, a.end) for a in atoms],
            happenings=sorted(happenings),
            planned=frozenset(
                at for at, _ in happenings if pat.PLAN_BEFORE_RE.search(text, max(0, at - PLAN_REACH), at)
            ),
            month_at=[(at, year) for at, year, _ in months if not _planned_for(text, at)],
            month_years=[year for _, year, kind in months if kind == "month"],
            periods=[
                (a.end, a.a.month, (a.b or a.a).month, a.a.year)
                for a in dated
                if a.b is None or (a.b.year in (None, a.a.year) and a.b.month)
            ],
            named_months=[(a.start, a.a.month, a.a.year) for a in dated if a.kind == "month" and a.b is None],
        )

    @staticmethod
    def _year(p: Point, pos: int, ctx: Context) -> int | None:
        if p.year is not None:
            return p.year
        if p.offset is not None:  # "br.": the reference year itself, never the nearest one
            if ctx.base_year is not None:
                return ctx.base_year + p.offset
            # an undated text: the latest year of the days written before it ("17 października 2019
            # r. ... W dniach 5–6 listopada br."), not a later plan's ("w pierwszym kwartale 2020
            # roku"); the latest, for a text may look back ("12 stycznia 2021 r. podpisano ...,
            # poprzedzone spotkaniem 17 grudnia 2020 r. ... na 2 lutego br.")
            before = ctx.latest_written_before(pos)
            if before is not None:
                if p.offset == 0 and p.month is not None:
                    between = ctx.year_between_told_and_planned(pos, before, p.month, p.day)
                    if between is not None:
                        return between
                return before + p.offset
            # "br." in an undated text: the latest year the text speaks of; "ubiegłego roku" the
            # year before it (a report that mentions "15.01.2021" recalls "18 grudnia ub.r." of 2020)
            years = [y for y in (ctx.max_year, ctx.latest_year()) if y is not None]
            if not years:  # "w październiku 2020 r. ... 5 grudnia br.": then a month with its year
                years = ctx.month_years
            return max(years) + p.offset if years else None
        assert p.month is not None
        within = [
            y for end, first, last, y in ctx.periods if end <= pos <= end + PERIOD_REACH and first <= p.month <= last
        ]
        if within and ctx.base is None:  # the period just told whose days these are
            return within[-1]
        anchor = ctx.base or ctx.preceding(pos) or ctx.following_in_sentence(pos)
        if anchor is None:
            named = [y for at, month, y in ctx.named_months if at < pos and month == p.month]
            if named:  # "Konsultacje zaplanowano na marzec 2020 r. Pierwsze ... we wtorek 10 marca"
                return named[-1]
            year = ctx.base_year if ctx.base_year is not None else ctx.lone_year()
            if year is not None:
                return year
            anchor = ctx.following(pos)
            if anchor is None:
                return None
        year = _nearest_year(anchor, p.month, p.day)
        if year != anchor.year and ctx.base is None and ctx.between(anchor, pos, p.month, p.day):
            # "9 stycznia 2019 r. ... 16-go października ... pod koniec listopada 2019 r.": the
            # day lies between the dates the text tells before and after it, in their year
            return anchor.year
        return year

    def _value(self, atom: Atom, ctx: Context) -> dict[str, Any] | None:
        """The ``DateMention`` fields of an atom (value None when it cannot be known)."""
        out: dict[str, Any] = {
            "value": None,
            "end_value": None,
            "kind": atom.kind,
            "publication": atom.publication,
            "time": atom.time,
            "end_time": atom.end_time,
        }
        if atom.type in {"day", "month", "yearend"}:
            assert atom.a is not None
            start, end = self._resolve_span(atom, ctx)
            if start is None and atom.type == "day":
                return None
            out["value"] = start
            out["end_value"] = None if atom.open_end else (end or start)
            if atom.type == "day" and atom.kind in _EVENT_KINDS and not atom.publication:
                if atom.a.year is None and start and start[0] != "-":  # a year inferred from context
                    ctx.add(atom.start, date.fromisoformat(start))
                if _full_date(start):  # what "dzień później" may count from
                    last = out["end_value"] if _full_date(out["end_value"]) else start
                    ctx.told.append((atom.start, date.fromisoformat(start), date.fromisoformat(last)))  # type: ignore[arg-type]
            return out
        if atom.type == "time":
            return out
        if atom.type == "after":
            told = ctx.day_before(atom.start)
            if told is None:
                out["kind"] = "relative"
                return out
            day = (told[1] if atom.shift > 0 else told[0]) + timedelta(days=atom.shift)
            out["value"] = out["end_value"] = day.isoformat()
            out["kind"] = "date"
            ctx.told.append((atom.start, day, day))
            return out
        if (
            atom.type == "weekday"
            and atom.cue in {"", "od", "do"}
            and atom.direction is None
            and atom.ordinal is None
            and atom.weeks is None
        ):
            return None  # "Czwartek był pracowity", "od poniedziałku do piątku": no particular day
        day = self._relative(atom, ctx)
        if day is None:
            out["kind"] = "relative"
            return out
        if atom.weekend and isinstance(day, date):  # a Saturday: the weekend is it and the Sunday after
            out["value"], out["end_value"] = day.isoformat(), (day + timedelta(days=1)).isoformat()
            out["kind"] = "range"
        elif isinstance(day, tuple):
            out["value"], out["end_value"] = day
            out["kind"] = "month" if atom.unit == "month" else "period"
        else:
            out["value"] = out["end_value"] = day.isoformat()
            out["kind"] = "date"
            ctx.told.append((atom.start, day, day))  # "W ubiegły piątek ... Dzień wcześniej ..."
        return out

    def _resolve_span(self, atom: Atom, ctx: Context) -> tuple[str | None, str | None]:
        a, b = atom.a, atom.b
        assert a is not None
        year_a = self._year(a, atom.start, ctx)
        if b is None:
            if atom.weekday is not None and a.year is None and a.offset is None and year_a is not None:
                year_a = _weekday_year(year_a, a, atom.weekday, ctx)
            return self._format(a, year_a, atom), None
        if b.year is not None or b.offset is not None:
            year_b = self._year(b, atom.start, ctx)
        else:
            wrap = 1 if (b.month or 0) < (a.month or 0) else 0
            year_b = year_a + wrap if year_a is not None else None
        return self._format(a, year_a, atom, end=False), self._format(b, year_b, atom, end=True)

    @staticmethod
    def _format(p: Point, year: int | None, atom: Atom, *, end: bool = False) -> str | None:
        assert p.month is not None
        if atom.whole_years:
            return f"{year:04d}" if year is not None else None
        if p.day is not None:
            return _iso_date(year, p.month, p.day)
        if atom.month_end and atom.b is None:  # "do końca lutego": the deadline is its last day
            if year is not None:
                return date(year, p.month, calendar.monthrange(year, p.month)[1]).isoformat()
            return None if p.month == 2 else f"--{p.month:02d}-{calendar.monthrange(2001, p.month)[1]:02d}"
        return f"{year:04d}-{p.month:02d}" if year is not None else None

    @staticmethod
    def _relative(atom: Atom, ctx: Context) -> date | tuple[str, str] | None:
        """Resolve "wczoraj", "w ubiegły czwartek", "w przyszłym tygodniu" against the reference."""
        if atom.type == "weekday" and atom.ordinal is not None and atom.a is not None:
            # the year as a year-less day's: "ostatni weekend września" after "12 września 2019 r."
            year = DateFinder._year(atom.a, atom.start, ctx)
            if year is None or atom.a.month is None:
                return None
            return _nth_weekday(year, atom.a.month, atom.weekday or 0, atom.ordinal)
        # "15 bm." is a written day whose month a dateline may give; the rest count from ``published``
        base = ctx.base if atom.type == "dayofmonth" else ctx.ref
        if base is None:
            return None
        if atom.type == "relday":
            return base + timedelta(days=atom.shift)
        if atom.type == "dayofmonth" and atom.a is not None and atom.a.day is not None:
            index = base.year * 12 + base.month - 1 + atom.shift  # "15 bm.": the 15th of this month
            try:
                return date(index // 12, index % 12 + 1, atom.a.day)
            except ValueError:
                return None
        if atom.type == "weekday" and atom.weeks is not None and atom.weekday is not None:
            return base + timedelta(days=atom.weekday - base.weekday(), weeks=atom.weeks)
        if atom.type == "weekday":
            if atom.direction is None or atom.weekday is None:
                return None
            delta = (atom.weekday - base.weekday()) % 7
            if atom.direction < 0:
                return base - timedelta(days=(7 - delta) % 7 or 7)
            if atom.direction > 0:
                return base + timedelta(days=delta or 7)
            return base + timedelta(days=atom.weekday - base.weekday())
        if atom.type == "unit" and atom.direction is not None:
            if atom.unit == "week":
                monday = base - timedelta(days=base.weekday()) + timedelta(weeks=atom.direction)
                return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
            if atom.unit == "month":
                index = base.year * 12 + base.month - 1 + atom.direction
                month = f"{index // 12:04d}-{index % 12 + 1:02d}"
                return month, month
            year = f"{base.year + atom.direction:04d}"
            return year, year
        return None


def _candidate_words(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the words that may begin an atom (``CANDIDATE_RE``), found in the lower-cased text.

    Lower-casing keeps every character's class (letter, digit, space, punctuation: checked over
    all code points) and, when the length is kept, every offset; a text where a character
    lower-cases to two ("İ") has every word start tried instead.
    """
    low = text.lower()
    if len(low) != len(text):
        return (m.span() for m in pat.WORD_START_RE.finditer(text))
    # the space stands for the start of the text: offsets in " " + low are one more
    return ((m.start("word") - 1, m.end("word") - 1) for m in pat.CANDIDATE_RE.finditer(" " + low))


def _trigger_follows(text: str, end: int) -> bool:
    """A lead word ("w", "tym", "dwa") begins an atom only before a trigger word or a number."""
    nxt = pat.NEXT_WORD_RE.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    return word[0].isdigit() or word.lower() in pat.NEXT_TRIGGERS or pat.ROMAN_WORD_RE.fullmatch(word) is not None


def _weekday_year(year: int, p: Point, weekday: int, ctx: Context) -> int:
    """The year of a year-less day written with its weekday ("w przyszły czwartek 14 marca"): the
    year guessed from context when the weekday fits it, else the nearest year within
    ``WEEKDAY_YEAR_REACH`` (one with the caller's ``published``) where it fits, a year the text
    names first. A weekday fits one year in
    about seven, so a writer's weekday is strong evidence; with none fitting, the guess stays."""
    if p.month is None or p.day is None:
        return year

    def fits(y: int) -> bool:
        try:
            return date(y, p.month, p.day).weekday() == weekday  # type: ignore[arg-type]
        except ValueError:
            return False

    if fits(year):
        return year
    guess = date(year, p.month, min(p.day, calendar.monthrange(year, p.month)[1]))
    if any(abs((d - guess).days) <= WEEKDAY_TRUSTED_DAYS for _, d in ctx.anchors):
        return year  # a dated day close by ("10 marca 2022 r., a kolejne w piątek 14 marca"): a slip
    # the caller's publication date pins the time of writing: a year off it only by one at most
    reach = 1 if ctx.ref is not None else WEEKDAY_YEAR_REACH
    fitting = [y for y in range(year - reach, year + reach + 1) if fits(y)]
    if not fitting:
        return year
    named = ctx.named_years()
    return min(fitting, key=lambda y: (y not in named, abs(y - year), y))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th (1-4, or -1 for the last) ``weekday`` of a month."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    if n == -1:
        return date(year, month, days[-1])
    return date(year, month, days[n - 1]) if 0 < n <= len(days) else None


@dataclass(slots=True)
class Layout:
    """Lines of a text and where its body starts and ends: datelines stand outside the body.

    A body line is a line of running text (``BODY_LINE_MIN_CHARS`` or more) other than the first
    line (the headline may be long). Without any, the whole text counts as margin.

    Read lazily: a line is found around a position with ``str.find`` (the last one is kept), and
    the body's bounds (the first and last body lines) only when asked, from the long lines alone
    (``LONG_LINE_RE``): most texts with a date ask for one line or none.
    """

    text: str
    _body: tuple[int, int] | None = None  # (header_end, footer_start)
    _line: tuple[int, int] = (0, -1)  # the line found last: dates come in text order, many per line

    @classmethod
    def of(cls, text: str) -> Layout:
        return cls(text)

    def line(self, pos: int) -> tuple[int, int]:
        """Start and end offsets of the line containing ``pos``."""
        start, end = self._line
        if not start <= pos <= end:  # each line is searched for once: linear in the text
            end = self.text.find("\n", pos)
            self._line = start, end = self.text.rfind("\n", 0, pos) + 1, len(self.text) if end < 0 else end
        return start, end

    def in_margin(self, pos: int) -> bool:
        if self._body is None:
            self._body = self._body_bounds()
        return pos < self._body[0] or pos >= self._body[1]

    def _body_bounds(self) -> tuple[int, int]:
        text = self.text
        header_end = footer_start = len(text)
        # the first non-empty line is the headline, never body: the one holding the first
        # non-space character (every line before it is blank)
        headline_start = text.rfind("\n", 0, len(text) - len(text.lstrip())) + 1
        for m in pat.LONG_LINE_RE.finditer(text):
            if m.start() > headline_start and len(m.group().strip()) >= pat.BODY_LINE_MIN_CHARS:
                header_end = min(header_end, m.start())
                footer_start = m.end()
        return header_end, footer_start

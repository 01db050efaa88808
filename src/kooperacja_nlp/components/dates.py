"""``kn_dates``: temporal expressions with character offsets and ISO values.

First version: absolute dates ("14 listopada 2019", "23.10.2019 r.") and day ranges
("14-15 listopada 2019 roku"), year-less dates resolved from the reference date or from other years
in the text. Ranges are one value with start and end, never two dates.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp.components.base import Found, KnComponent
from kooperacja_nlp.lang.months import MONTHS_GENITIVE
from kooperacja_nlp.lang.patterns import DASH

_MONTH_ALT: Final[str] = "|".join(sorted(MONTHS_GENITIVE, key=len, reverse=True))
_TEXT_DATE_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:\s*{DASH}\s*(?P<d2>\d{{1,2}}))?\s+(?P<month>{_MONTH_ALT})\b(?:\s+(?P<year>\d{{4}}))?",
    re.IGNORECASE,
)
_NUM_DATE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\d./])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})(?![\d/])"
)


@Language.factory("kn_dates", assigns=["doc.spans", "span._.kn_date"])
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder(nlp, name)


def _iso(year: int | None, month: int, day: int) -> str | None:
    try:
        if year is None:
            date(2000, month, day)  # leap year: validates 29 February
            return f"--{month:02d}-{day:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


class DateFinder(KnComponent):
    span_group = "kn_dates"

    def find(self, doc: Doc) -> list[Found]:
        text = doc.text
        ref = doc._.kn_reference_date
        years = [int(m.group("y")) for m in _NUM_DATE_RE.finditer(text)]
        years += [int(m.group("year")) for m in _TEXT_DATE_RE.finditer(text) if m.group("year")]
        default_year = int(ref[:4]) if ref else (max(set(years), key=years.count) if years else None)
        found: list[Found] = []
        for m in _TEXT_DATE_RE.finditer(text):
            month = MONTHS_GENITIVE[m.group("month").lower()]
            year = int(m.group("year")) if m.group("year") else default_year
            start = _iso(year, month, int(m.group("d1")))
            end = _iso(year, month, int(m.group("d2"))) if m.group("d2") else start
            if start and end:
                kind = "range" if m.group("d2") else "date"
                found.append(Found(m.start(), m.end(), {"value": start, "end_value": end, "kind": kind}))
        for m in _NUM_DATE_RE.finditer(text):
            value = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if value:
                found.append(Found(m.start(), m.end(), {"value": value, "end_value": value, "kind": "date"}))
        return found

"""Where a scraped page's widgets lie: the lists around an article that belong to other pages.

A news page saved as text carries, before or after the article, a sidebar of the latest news
("12.03.2020 Sesja Rady Miejskiej"), related articles, an events calendar ("14 marca – Dzień
Otwarty PCPR"), an archive and comments with their authors and times. Each is a heading line
(``lang.layout.WIDGET_HEADING_RE``) and short lines under it up to a blank line. Their dates are
other happenings' and their names other people's; the events and persons components skip them.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from kooperacja_nlp.lang.layout import (
    ITEM_BULLETS,
    ITEM_DATE_MAX_CHARS,
    ITEM_DATE_SEPARATORS,
    WIDGET_HEADING_RE,
    WIDGET_ITEM_MAX_CHARS,
    WIDGET_MIN_ITEMS,
)


@lru_cache(maxsize=8)
def widget_spans(text: str) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, comments) character spans of the widgets' items, in text order; ``comments``
    for a comment section (cached per text: the events and persons components both ask)."""
    spans: list[tuple[int, int, bool]] = []
    pos, n = 0, len(text)
    lines: list[tuple[int, int]] = []
    while pos <= n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        lines.append((pos, end))
        pos = end + 1
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e].strip()
        if not line or len(line) > 80 or not WIDGET_HEADING_RE.fullmatch(line.lower()):
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            ls, le = lines[j]
            item = text[ls:le].strip()
            if (
                not item
                or le - ls > WIDGET_ITEM_MAX_CHARS
                or (len(item) <= 80 and WIDGET_HEADING_RE.fullmatch(item.lower()))
            ):
                break
            j += 1
        if j - i - 1 >= WIDGET_MIN_ITEMS or (j > i + 1 and line.lower().startswith("komentarz")):
            spans.append((lines[i + 1][0], lines[j - 1][1], line.lower().startswith("komentarz")))
        i = j if j > i + 1 else i + 1
    return tuple(spans)


def widget_at(text: str, at: int) -> tuple[int, int, bool] | None:
    """The widget whose items position ``at`` lies in, if any."""
    spans = widget_spans(text)
    k = bisect.bisect_right(spans, (at, len(text) + 1, True)) - 1
    return spans[k] if k >= 0 and spans[k][0] <= at <= spans[k][1] else None


def in_widget(text: str, at: int) -> bool:
    """Does position ``at`` lie in an item of one of the page's widgets?"""
    return widget_at(text, at) is not None


def widget_item_date(text: str, at: int) -> bool:
    """A date that a widget lists as its item's own: the one opening the item's line (the day
    another article was posted, "12.03.2020 Sesja Rady Miejskiej"; a calendar's day, "14 marca –
    Dzień Otwarty PCPR"), the one closing it, set apart from the title, when none opens it
    ("Szkolenie dla pracowników socjalnych – 2020-02-10", "Sesja Rady (12.03.2020)"), or any date
    in a comment ("Halina Węgrzyn, 04.01.2023 o 19:02"). A date inside an item's title
    ("Zaproszenie na sesję Rady Powiatu w dniu 30 marca 2021 r.", "10.03.2020 Zebranie wiejskie –
    5 marca": the item's day opens the line) still tells a happening the page announces."""
    widget = widget_at(text, at)
    if widget is None:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    if widget[2] or not any(ch.isalnum() for ch in before):
        return True
    line_end = text.find("\n", at)
    rest = text[at : line_end if line_end >= 0 else len(text)]
    return (
        before.rstrip().endswith(ITEM_DATE_SEPARATORS)
        and len(rest.strip()) <= ITEM_DATE_MAX_CHARS
        and not before.lstrip(ITEM_BULLETS)[:1].isdigit()
    )

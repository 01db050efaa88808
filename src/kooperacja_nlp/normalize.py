"""The one place where quotes, dashes, spaces and case are folded.

Every comparison in the library (gazetteer look-ups, project linking, evaluation) goes through
these functions so that "Kooperacja – efektywna" and "Kooperacja - efektywna" never drift apart.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

DASHES: Final[str] = "-‐‑‒–—―−"
QUOTES: Final[str] = "\"'„”“‟«»‹›‚‘’`´"
# Zero-width characters and the BOM carry no text; non-breaking spaces are spaces.
_INVISIBLE: Final[dict[int, None]] = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES: Final[dict[int, str]] = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\t\u3000"), " ")
_DASH_QUOTE_TO_SPACE: Final[dict[int, str]] = dict.fromkeys(map(ord, DASHES + QUOTES), " ")
_DASH_TO_HYPHEN: Final[dict[int, str]] = dict.fromkeys(map(ord, DASHES), "-")
_MULTISPACE: Final[re.Pattern[str]] = re.compile(r"\s+")
_NON_ALNUM: Final[re.Pattern[str]] = re.compile(r"[\W_]+")


def clean_text(text: str) -> str:
    """Input text as the pipeline sees it: NFC, ``\\n`` line ends, no invisible characters.

    Offsets in every record point into this cleaned text. Its length differs from the raw input
    only where invisible characters or ``\\r`` were removed.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_INVISIBLE).translate(_SPACES)


def collapse_spaces(text: str) -> str:
    return _MULTISPACE.sub(" ", text).strip()


def fold(text: str) -> str:
    """Comparison key used by the evaluator: NFC, case-folded, dashes/quotes -> space, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_DASH_QUOTE_TO_SPACE)
    return collapse_spaces(text)


def alnum_key(text: str) -> str:
    """Letters and digits only, case-folded: how project names are compared."""
    return _NON_ALNUM.sub("", unicodedata.normalize("NFC", text).casefold())


def unify_dashes(text: str) -> str:
    """Every dash variant to ASCII hyphen-minus (for names such as "Golczyńska – Grondas")."""
    return text.translate(_DASH_TO_HYPHEN)


def strip_quotes(text: str) -> str:
    return text.strip(QUOTES + " ")


def strip_diacritics(text: str) -> str:
    """ASCII-fold Polish letters ("Łódź" -> "Lodz"), for fuzzy keys only, never for output."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))

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
# What ``clean_text`` does per character (one for one, except that invisible characters go):
# zero-width characters, the BOM, the soft hyphen and bidirectional marks carry no text and are
# deleted; every kind of space becomes " "; Unicode line and paragraph separators, vertical tab and
# form feed become "\n"; other C0/C1 control characters (binary debris, mis-decoded bytes) become
# " ". NUL is kept so that binary input can still be recognised and rejected.
_INVISIBLE: Final[str] = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u061c" + "".join(
    map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
)
_SPACES: Final[str] = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_LINE_BREAKS: Final[str] = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_CONTROLS: Final[str] = "".join(
    chr(c) for c in [*range(0x01, 0x20), 0x7F, *range(0x80, 0xA0)] if chr(c) not in "\n" + _SPACES + _LINE_BREAKS
)
_CLEAN_TABLE: Final[dict[int, str | None]] = {
    **dict.fromkeys(map(ord, _INVISIBLE)),
    **dict.fromkeys(map(ord, _SPACES), " "),
    **dict.fromkeys(map(ord, _LINE_BREAKS), "\n"),
    **dict.fromkeys(map(ord, _CONTROLS), " "),
}
# ``str.translate`` costs ~20x a regex scan per character; most texts contain only a few of these
# characters, so only their runs are translated.
_SPECIAL_RUN: Final[re.Pattern[str]] = re.compile("[" + "".join(f"\\u{c:04x}" for c in sorted(_CLEAN_TABLE)) + "]+")
# spaCy's tokenizer is super-linear on long whitespace-free runs that it splits into many tokens
# (3,000 en dashes take ~8 s, 3,000 "a:" pairs 0.3 s, and it grows with the square of the run). In
# text such runs are debris: decorative rules, table-of-contents leaders, base64, glued markup. So
# a run of more than MAX_PUNCT_RUN punctuation characters keeps its first MAX_PUNCT_RUN and the rest
# become spaces, and every MAX_RUN-th character of a longer whitespace-free run becomes a space.
# Both keep the length (offsets still match the input) and leave words, dates and URLs of normal
# length alone. The patterns only start at the beginning of a run, so they are linear-time.
MAX_PUNCT_RUN: Final[int] = 10
MAX_RUN: Final[int] = 200
# A run of punctuation starts with a character that is neither a space nor a letter or digit of
# Polish: the lookahead rejects every other character at once, where the engine would otherwise
# try the alternation at each of them (7x faster on news text, same matches).
_PUNCT_RUN: Final[re.Pattern[str]] = re.compile(
    rf"(?=[^\s\dA-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ])(?:[^\w\s]|_){{{MAX_PUNCT_RUN + 1},}}"
)
_LONG_RUN: Final[re.Pattern[str]] = re.compile(rf"(?<!\S)\S{{{MAX_RUN + 1},}}")
_SPACE: Final[re.Pattern[str]] = re.compile(r"\s")
_NON_SPACE: Final[re.Pattern[str]] = re.compile(r"\S")
_DASH_QUOTE_TO_SPACE: Final[dict[int, str]] = dict.fromkeys(map(ord, DASHES + QUOTES), " ")
_DASH_TO_HYPHEN: Final[dict[int, str]] = dict.fromkeys(map(ord, DASHES), "-")
_MULTISPACE: Final[re.Pattern[str]] = re.compile(r"\s+")
_NON_ALNUM: Final[re.Pattern[str]] = re.compile(r"[\W_]+")


def _translate_run(m: re.Match[str]) -> str:
    return m.group().translate(_CLEAN_TABLE)


def _cut_punct_run(m: re.Match[str]) -> str:
    run = m.group()
    return run[:MAX_PUNCT_RUN] + " " * (len(run) - MAX_PUNCT_RUN)


def _break_long_run(m: re.Match[str]) -> str:
    chars = list(m.group())
    chars[MAX_RUN - 1 :: MAX_RUN] = " " * len(range(MAX_RUN - 1, len(chars), MAX_RUN))
    return "".join(chars)


def clean_text(text: str) -> str:
    """Input text as the pipeline sees it: NFC, ``\\n`` line ends, no invisible characters.

    Offsets in every record point into this cleaned text. Its length differs from the raw input
    only where ``\\r\\n`` became ``\\n``, invisible characters were removed or a word hyphenated at a
    line end of a hard-wrapped paragraph was joined (``unwrap_lines``); spaces, controls,
    pathological runs (see ``MAX_RUN``) and the other line breaks of such paragraphs are replaced
    one for one, so for ordinary text offsets into the cleaned text are offsets into the input.
    """
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    # Every character ``_CLEAN_TABLE`` replaces is unprintable: printable text (line breaks aside)
    # has none, and ``str.isprintable`` tells so 20x faster than a scan for them.
    if not text.replace("\n", "").isprintable():
        text = _SPECIAL_RUN.sub(_translate_run, text)
    text = _PUNCT_RUN.sub(_cut_punct_run, text)
    text = _LONG_RUN.sub(_break_long_run, text) if may_have_run(text, MAX_RUN) else text
    return unwrap_lines(text) if "\n" in text else text


# Hard-wrapped text (from PDF, e-mail or plain-text bulletins) breaks sentences, names and words
# across lines ("Miejskiego Ośrodka Pomocy Spo-\nłecznej w Chełmnie"), and the components read a
# line break as the end of a sentence. A paragraph is taken as wrapped when it has at least
# WRAP_MIN_LINES lines, its lines but the last are of one width (within WRAP_WIDTH_SPREAD of the
# longest, which is WRAP_MIN_WIDTH-WRAP_MAX_WIDTH characters) and most of its line breaks fall inside
# a sentence; lines that open list items or agenda entries ("- ", "9:30") mean it is not.
WRAP_MIN_LINES: Final[int] = 3
WRAP_MIN_WIDTH: Final[int] = 40
WRAP_MAX_WIDTH: Final[int] = 130
WRAP_WIDTH_SPREAD: Final[float] = 0.35
# a blank line between paragraphs, captured: ``split`` gives paragraphs at even places
_PARAGRAPH_BREAK: Final[re.Pattern[str]] = re.compile(r"(\n[ \t]*\n)")
_ITEM_START: Final[re.Pattern[str]] = re.compile(r"[ \t]*(?:[-–—•*·▪►]|\d{1,2}[.:)])")
# separators of menus, breadcrumbs and footers ("Start | O nas", "Aktualności » Projekty")
_CHROME: Final[re.Pattern[str]] = re.compile(r" [|»›] ")
# a word hyphenated at a line end, its rest in lower case on the next line
_LINE_END_HYPHEN: Final[re.Pattern[str]] = re.compile(r"(?<=[^\W\d_]{2})-[ \t]*\n[ \t]*(?=[a-ząćęłńóśźż])")


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks inside hard-wrapped paragraphs made spaces, and words hyphenated
    at their line ends joined ("Spo-\nłecznej" -> "Społecznej": the one change of length).

    Web articles keep a paragraph on one line, so they are returned unchanged."""
    parts = _PARAGRAPH_BREAK.split(text)
    wrapped = [i for i in range(0, len(parts), 2) if _wrapped(parts[i])]
    if not wrapped:
        return text
    for i in wrapped:
        parts[i] = _unwrap(parts[i])
    return "".join(parts)


def _unwrap(paragraph: str) -> str:
    """One wrapped paragraph on one line; its final line break, if any, kept."""
    body = paragraph.rstrip("\n")
    return _LINE_END_HYPHEN.sub("", body).replace("\n", " ") + paragraph[len(body) :]


def _wrapped(paragraph: str) -> bool:
    lines = paragraph.rstrip("\n").split("\n")  # (a text's final line break ends no line of it)
    if len(lines) < WRAP_MIN_LINES:
        return False
    body = [line.rstrip() for line in lines[:-1]]
    widest = max(map(len, body))
    if not WRAP_MIN_WIDTH <= widest <= WRAP_MAX_WIDTH or min(map(len, body)) < widest * (1 - WRAP_WIDTH_SPREAD):
        return False
    if sum(1 for line in lines if _ITEM_START.match(line)) > 1 or any(_CHROME.search(line) for line in lines):
        return False
    # a break inside a sentence: the next line goes on in lower case, or the line ends in a hyphen
    # or a comma (a site's header, menu and cookie lines each start with a capital)
    inside = sum(
        1 for line, nxt in zip(body, lines[1:], strict=True) if line.endswith(("-", ",")) or nxt.lstrip()[:1].islower()
    )
    return inside * 2 >= len(body)


def may_have_run(text: str, longer_than: int, *, spaces: bool = False) -> bool:
    """False when ``text`` has no run of more than ``longer_than`` non-space characters (with
    ``spaces``, none of space characters either); True when it may have one.

    A cheap test before a regex that looks for such runs (and scans every character to do it): a
    run that long covers a whole block of ``(longer_than + 2) // 2`` characters starting at a
    multiple of that size, and in ordinary text the first space (or non-space) of each block rules
    it out after a few characters. Linear time whatever the text.
    """
    size = (longer_than + 2) // 2
    for start in range(0, len(text) - size + 1, size):
        end = start + size
        if _SPACE.search(text, start, end) is None or (spaces and _NON_SPACE.search(text, start, end) is None):
            return True
    return False


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

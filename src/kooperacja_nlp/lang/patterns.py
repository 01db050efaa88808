"""Regular expressions shared by components, built from named pieces and compiled once.

Every pattern here must run in linear time on adversarial input (long runs of digits, dots,
dashes, capitals): no nested quantifiers over overlapping classes; a test feeds each pattern 1 MB
strings. Component-specific patterns live next to the data they use (``lang/dates.py`` ...).
"""

import re
from typing import Final

DASH: Final[str] = r"[-‐‑‒–—―−]"
QUOTE_OPEN: Final[str] = "[„\"“«»‚'‘]"
QUOTE_CLOSE: Final[str] = "[”\"“»«'’]"
UPPER: Final[str] = "A-ZĄĆĘŁŃÓŚŹŻ"
LOWER: Final[str] = "a-ząćęłńóśźż"

# End of a sentence: the mark(s), then the gap to the next text (a line end or spaces). The word
# before the mark is read separately with WORD_TAIL_RE: as a leading ``[\w-]{0,20}`` group the
# engine would try it at every character of the text (1.5 microseconds per character).
SENTENCE_END_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<punct>[.!?…]|(?<=[^\s.!?…])(?=\n))[\"”»)]?(?P<gap>[ \t]*\n[\s]*|[ \t]+)"
)
# The word just before a position (use with ``search(text, lo, pos)``; at most ``pos - lo`` long).
WORD_TAIL_RE: Final[re.Pattern[str]] = re.compile(r"[\w-]*\Z")
# Longest tail of a word looked at before a sentence mark (abbreviations are shorter).
WORD_TAIL_MAX: Final[int] = 20

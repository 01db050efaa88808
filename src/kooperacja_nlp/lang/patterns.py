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

# end of a sentence: the word before the mark, the mark(s), then the gap to the next text.
SENTENCE_END_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<word>[\w-]{0,20})(?P<punct>[.!?…]|(?<=[^\s.!?…])(?=\n))[\"”»)]?(?P<gap>[ \t]*\n[\s]*|[ \t]+)"
)

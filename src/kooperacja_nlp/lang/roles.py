# Titles and honorifics that precede Polish names; they are not part of a person's name.
# Collected by the project from news usage. Lower-case, without the final period.
from typing import Final

ACADEMIC_TITLES: Final[tuple[str, ...]] = (
    "prof. dr hab.",
    "prof. dr",
    "dr hab.",
    "prof.",
    "dr",
    "mgr inż.",
    "mgr",
    "inż.",
    "ks.",
    "lek.",
)
HONORIFICS: Final[frozenset[str]] = frozenset(["pan", "pani", "pana", "panią", "panu", "paniom", "państwo", "p", "pp"])

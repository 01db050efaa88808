# The 16 voivodeships (since 1999) as lower-case neuter adjectives, the form records use, with the
# adjective stems and endings that find them in text ("województwa kujawsko-pomorskiego",
# "woj. śląskim", "świętokrzyskie gminy"). Source: TERYT TERC (GUS); endings as in SGJP
# (Morfeusz 2) adjective paradigms; the "-iem" locative of the substantivised adjective
# ("w Lubuskiem") from common usage.
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

VOIVODESHIPS: Final[tuple[str, ...]] = (
    "dolnośląskie",
    "kujawsko-pomorskie",
    "lubelskie",
    "lubuskie",
    "łódzkie",
    "małopolskie",
    "mazowieckie",
    "opolskie",
    "podkarpackie",
    "podlaskie",
    "pomorskie",
    "śląskie",
    "świętokrzyskie",
    "warmińsko-mazurskie",
    "wielkopolskie",
    "zachodniopomorskie",
)

# Adjective stems: every case/gender form is STEM + ending ("kujawsko-pomorsk" + "iego").
VOIVODESHIP_STEMS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "dolnośląsk": "dolnośląskie",
        "kujawsko-pomorsk": "kujawsko-pomorskie",
        "lubelsk": "lubelskie",
        "lubusk": "lubuskie",
        "łódzk": "łódzkie",
        "małopolsk": "małopolskie",
        "mazowieck": "mazowieckie",
        "opolsk": "opolskie",
        "podkarpack": "podkarpackie",
        "podlask": "podlaskie",
        "pomorsk": "pomorskie",
        "śląsk": "śląskie",
        "świętokrzysk": "świętokrzyskie",
        "warmińsko-mazursk": "warmińsko-mazurskie",
        "wielkopolsk": "wielkopolskie",
        "zachodniopomorsk": "zachodniopomorskie",
        "zachodnio-pomorsk": "zachodniopomorskie",  # a frequent misspelling
        "dolno-śląsk": "dolnośląskie",
    }
)
# Singular and plural endings of the adjectives, longest first; "iem" is the locative of the
# substantivised form ("w Opolskiem").
ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = ("iego", "iemu", "imi", "ich", "iej", "iem", "im", "ie", "i", "a", "ą")
# Endings of the substantivised neuter ("Świętokrzyskie stawia na ...", "w Lubuskiem").
NOUN_ENDINGS: Final[tuple[str, ...]] = ("iego", "iemu", "iem", "ie")
# A misspelt stem is accepted at this Levenshtein distance when it is at least this long.
FUZZY_MAX_DISTANCE: Final[int] = 1
FUZZY_MIN_LENGTH: Final[int] = 7

# --- patterns (linear time: one quantified class per alternative, anchored by literal stems) ---
_SEP: Final[str] = r"(?:\s*[-‐‑–—]\s*|\s+)"  # "kujawsko-pomorskie", "warmińsko – mazurskie"
_STEMS: Final[str] = (
    "|".join(stem.replace("-", _SEP) for stem in sorted(VOIVODESHIP_STEMS, key=len, reverse=True) if "-" in stem)
    + "|"
    + "|".join(sorted((s for s in VOIVODESHIP_STEMS if "-" not in s), key=len, reverse=True))
)
_ENDS: Final[str] = "|".join(ADJECTIVE_ENDINGS)
ADJ: Final[str] = rf"(?:{_STEMS})(?:{_ENDS})(?![\w-])"
_NOUN_ENDS: Final[str] = "|".join(NOUN_ENDINGS)

# "województwo", "województwa", "województwie", "województw", "woj.", "woj"
# (a colon or a dash may open the list: "z obu województw – śląskiego i opolskiego")
_TRIGGER: Final[str] = r"\b(?:wojew[oó]dztw(?:o|a|u|em|ie|ami|ach|om)?|woj\.|woj\b)(?!\w)(?:\s*(?::|[–—]|-(?=\s)))?\s*"
TRIGGER_RE: Final[re.Pattern[str]] = re.compile(_TRIGGER, re.IGNORECASE)
# One list item after a trigger: a compound ("kujawsko-pomorskiego", "warmińsko – mazurskie") or
# one word; mapped to a voivodeship exactly or fuzzily ("kujawsko-komorskiego").
ITEM_RE: Final[re.Pattern[str]] = re.compile(r"(?<![\w-])(?:[^\W\d_]+o(?:\s*[-‐‑–—]\s*|\s+)[^\W\d_]+|[^\W\d_]+)")
SINGLE_ITEM_RE: Final[re.Pattern[str]] = re.compile(r"(?<![\w-])[^\W\d_]+")
# Between list items: "lubuskiego(3), pomorskiego(4) i ...", "lubelskie, mazowieckie oraz ...".
LIST_SEP_RE: Final[re.Pattern[str]] = re.compile(
    # (?<!\s) + possessive runs: a search starts only at the beginning of a whitespace run, so a
    # long run of spaces/newlines is scanned once, not once per position (quadratic otherwise).
    r"(?<!\s)\s*+(?:\(\s*+\d++\s*+\))?\s*+(?:,|;|\bi\b|\boraz\b|\blub\b|\ba\s++także\b)\s*+"
    # an elliptic second member: "jedna z województwa świętokrzyskiego, druga z małopolskiego"
    r"(?:(?:a\s++)?(?:drug[aiey]|drugiej|pozostał[aey]|inn[aey]|trzeci[aey]?|reszta)\s++(?:z|ze)\s++)?"
)
# A capitalised word on the same line right after a list item: the adjective starts a name
# ("... oraz Lubuski Urząd Wojewódzki"), the list has ended.
NAME_FOLLOWS_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ]")
# An adjective before an administrative noun: "świętokrzyskie gminy", "podkarpackich powiatów".
_BEFORE_NOUN: Final[str] = (
    rf"(?<![\w-])(?P<adj>{ADJ})\s+(?:gmin(?:a|y|ie|ę|ą|om|ami|ach)?|powiat(?:y|ów|om|ami|ach)?"
    r"|samorząd(?:y|ów|om|ami|ach|u|zie|em)?|sołectw(?:a|o|ach)?|wojew[oó]dztw\w*)\b"
)
BEFORE_NOUN_RE: Final[re.Pattern[str]] = re.compile(_BEFORE_NOUN, re.IGNORECASE)
# "w regionie łódzkim", "regionu śląskiego" (lower-case "region": "Subregion Łomżyński" is a name).
REGION_RE: Final[re.Pattern[str]] = re.compile(rf"\bregion(?:ie|u|em)?\s+(?P<adj>{ADJ})")
# The substantivised adjective on its own: "Świętokrzyskie: pilotaż", "w Lubuskiem"; the component
# checks that it is capitalised and not part of an organisation's name.
_NOUN: Final[str] = rf"(?<![\w-])(?P<adj>(?:{_STEMS})(?:{_NOUN_ENDS}))(?![\w-])"
NOUN_RE: Final[re.Pattern[str]] = re.compile(_NOUN, re.IGNORECASE)
# The substantivised adjective in lower case after a preposition, where nothing follows that it
# could modify: "samorządy z zachodniopomorskiego i lubuskiego", "pracujemy w lubelskiem." (but not
# "z lubelskiego urzędu" or "z Lubelskiego Urzędu"). The component continues the list.
_PREP_NOUN: Final[str] = (
    rf"\b(?:z|ze|do|spoza|w|we)\s+(?P<adj>(?:{_STEMS})(?:iego|iem))(?![\w-])"
    r"(?=[ \t]*+(?:[,;.:!?)]|\n|$|(?:i|oraz|lub|a)[ \t]))"
)
PREP_NOUN_RE: Final[re.Pattern[str]] = re.compile(_PREP_NOUN, re.IGNORECASE)

# The same four patterns, case-sensitive, for a lower-cased copy of the text. Python's re matches
# each character under IGNORECASE by case-mapping it at run time (NOUN_RE: 5x slower than on
# lower-case text). Every literal above is lower case, so on ``text.lower()`` these find exactly the
# same matches at the same offsets, provided that the copy has the text's length (U+0130 "İ"
# lower-cases to two characters) and that no character IGNORECASE equates with a different
# lower-case letter occurs: only "ı" (~ "i") and "ſ" (~ "s") do, for the letters used here
# (checked over all of Unicode; the component falls back to the IGNORECASE patterns then).
CASELESS_EXCEPTIONS: Final[tuple[str, ...]] = ("ı", "ſ", "İ")
TRIGGER_LOWER_RE: Final[re.Pattern[str]] = re.compile(_TRIGGER)
BEFORE_NOUN_LOWER_RE: Final[re.Pattern[str]] = re.compile(_BEFORE_NOUN)
NOUN_LOWER_RE: Final[re.Pattern[str]] = re.compile(_NOUN)
PREP_NOUN_LOWER_RE: Final[re.Pattern[str]] = re.compile(_PREP_NOUN)

# Literal strings that every match of the lower-case patterns above begins with (PREP_NOUN: whose
# ``adj`` group begins with), for ``str.find``: it scans a text at C speed, while a pattern tries
# its alternatives at every character. A stem's alternative begins with its part before the
# hyphen ("kujawsko"), TRIGGER_* with "woj", REGION_RE with "region". Every occurrence is tried.
STEM_ANCHORS: Final[tuple[str, ...]] = tuple(sorted({stem.split("-")[0] for stem in VOIVODESHIP_STEMS}))
TRIGGER_ANCHOR: Final[str] = "woj"
REGION_ANCHOR: Final[str] = "region"
# The longest preposition of PREP_NOUN ("spoza"): its match begins at most this far before the
# whitespace that precedes the adjective.
PREP_NOUN_MAX: Final[int] = 5

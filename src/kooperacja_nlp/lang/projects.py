# Cue words for project names: how Polish news introduces a funded project's name, and which names
# after such cues are programmes, measures, funds, models or documents rather than projects
# (FORMAT.md v1). Collected by the project from social-policy news of regional centres,
# municipalities and counties (2014-2023); inflected forms checked with Morfeusz 2 (SGJP).
# Patterns are compiled in ``components/projects.py`` from these tuples and stay linear-time.
import re
from typing import Final

# Every form of the noun "projekt" (the cue that a name follows or precedes). Adjectives such as
# "projektowy" ("działania projektowe") are not cues.
PROJECT_NOUNS: Final[frozenset[str]] = frozenset(
    [
        "projekt",
        "projektu",
        "projektowi",
        "projektem",
        "projekcie",
        "projekty",
        "projektów",
        "projektom",
        "projektami",
        "projektach",
    ]
)

# Markers written between the cue and the name: "projekt pn. „…”", "projektu pt. …",
# "projektu pod nazwą …", "projekt o nazwie …". Lower-case; dots optional; ":" may follow.
NAME_MARKERS: Final[tuple[str, ...]] = (
    "pn",
    "p.n",
    "pt",
    "p.t",
    "pod nazwą",
    "pod tytułem",
    "pod hasłem",
    "o nazwie",
    "o tytule",
    "nazwany",
    "zatytułowany",
)

# A name whose first word has one of these lemmas is not a project even right after "projekt":
# programmes, priority axes, measures, funds, model names (FORMAT.md) and documents, because
# "projekt Strategii …", "projekt uchwały …", "projekt „Programu współpracy …”" is a DRAFT of a
# document ("projekt" = draft), not a funded project.
NOT_PROJECT_HEADS: Final[frozenset[str]] = frozenset(
    [
        "program",
        "oś",
        "działanie",
        "poddziałanie",
        "priorytet",
        "fundusz",
        "model",
        "strategia",
        "uchwała",
        "regulamin",
        "ustawa",
        "rozporządzenie",
        "statut",
        "raport",
        "dokument",
        "sprawozdanie",
        "budżet",
        "harmonogram",
        "porozumienie",
        "umowa",
        "wniosek",
        "plan",
        "konferencja",
        "seminarium",
        "szkolenie",
        "spotkanie",
    ]
)

# Acronyms that follow "projekt(u)" without being a project's name: programmes, funds, the EU,
# bodies and kinds of institutions (the organisation acronyms of ``lang/organizations.py`` are
# added in the component). Upper-case, as written.
NOT_PROJECT_ACRONYMS: Final[frozenset[str]] = frozenset(
    [
        "PO",
        "WER",
        "POWER",
        "POWR",
        "PO WER",
        "POKL",
        "PO KL",
        "RPO",
        "EFS",
        "EFS+",
        "EFRR",
        "FS",
        "UE",
        "EU",
        "INTERREG",
        "FIO",
        "PFRON",
        "JST",
        "NGO",
        "OPS",
        "CIS",
        "KIS",
        "DPS",
        "ŚDS",
        "WTZ",
        "ZAZ",
        "PES",
        "OWES",
        "WZK",
        "PZK",
        "GGK",
        "PGD",
        "PGR",
        "OSL",
        "NFZ",
        "ZUS",
        "KRUS",
        "GUS",
        "RIO",
        "COVID",
        "PDF",
        "PL",
        "RP",
    ]
)

# Words between a quoted name and a following "projekt" that make the quote the project's name:
# "„X” to innowacyjny projekt", "„X” jest projektem", "„X” jako projekt".
COPULAS: Final[frozenset[str]] = frozenset(["to", "jest", "był", "była", "będzie", "jako"])

# Lower-case words that cannot continue an unquoted name: relative pronouns and conjunctions
# that open a clause ("projekt pn. X, który …", "projekt pn. X realizowany …" is caught by the
# verb test in the component).
NAME_STOP_WORDS: Final[frozenset[str]] = frozenset(
    [
        "który",
        "która",
        "które",
        "którego",
        "której",
        "którym",
        "którą",
        "których",
        "że",
        "aby",
        "żeby",
        "gdyż",
        "ponieważ",
        "czyli",
        "jest",
        "są",
        "był",
        "była",
        "było",
        "będzie",
        "to",
    ]
)
# Two-word phrases that end an unquoted name: "projekt pn. X w ramach Programu …",
# "… ze środków EFS", "… na lata 2014-2020", "… w latach …", "… w okresie …".
NAME_STOP_PHRASES: Final[frozenset[tuple[str, str]]] = frozenset(
    [
        ("w", "ramach"),
        ("ze", "środków"),
        ("na", "lata"),
        ("w", "latach"),
        ("w", "okresie"),
        ("w", "terminie"),
        ("w", "dniu"),
        ("w", "dniach"),
    ]
)
# Lower-case function words allowed inside an unquoted Title Case name between capitalised words
# ("Centrum Wsparcia dla Rodzin", "Razem w Gminie").
NAME_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    ["i", "w", "we", "na", "dla", "z", "ze", "o", "do", "od", "po", "pod", "przy", "oraz", "-", "–", "—"]
)
# Morfeusz parts of speech that end an unquoted name when written in lower case: verbs and
# participles ("współfinansowanego", "realizowany", "odbyło", "jest").
VERB_POS: Final[frozenset[str]] = frozenset(
    ["fin", "praet", "ppas", "pact", "pcon", "pant", "bedzie", "aglt", "inf", "imps", "winien", "pred"]
)
# Institutions and places that "projekt(u)" is followed by as the OWNER, not as the name:
# "projekt Gminy Kcynia", "projektu Powiatu Nakielskiego", "projekt Unii Europejskiej".
OWNER_HEADS: Final[frozenset[str]] = frozenset(
    [
        "gmina",
        "powiat",
        "miasto",
        "województwo",
        "samorząd",
        "urząd",
        "ośrodek",
        "centrum",
        "ministerstwo",
        "minister",
        "starostwo",
        "stowarzyszenie",
        "fundacja",
        "unia",
        "komisja",
        "rada",
        "zarząd",
        "marszałek",
        "wojewoda",
        "prezydent",
        "burmistrz",
        "wójt",
        "starosta",
        "komenda",
        "uniwersytet",
        "instytut",
        "szkoła",
        "polska",
        "rząd",
        "regionalny",
        "miejski",
        "gminny",
        "powiatowy",
        "wojewódzki",
        "mazowiecki",
        "państwowy",
    ]
)
# Words before a core-project alias that make it a model name ("Model Kooperacje 3D") or part of
# another body's name ("Szkoła Liderów Kooperacji"): then it is not the project (FORMAT.md).
NOT_PROJECT_BEFORE: Final[frozenset[str]] = frozenset(["model", "szkoła", "akademia"])

# A project's contract number: "POWR.02.05.00-00-0208/17", "RPKP.09.03.02-04-0012/19",
# "RPWM.11.01.03-28-0012/16-00". Programme code, 3-4 dot groups, region, serial, year.
PROJECT_NUMBER: Final[str] = r"\b[A-Z]{2,6}(?:\.\d{1,2}){2,4}-\d{2}-[0-9A-Z]{3,5}/\d{2}(?:-\d{2,3})?\b"
PROJECT_NUMBER_RE: Final[re.Pattern[str]] = re.compile(PROJECT_NUMBER)
# What may stand between a name and its number: "„X” – POWR…", "„X”, nr RPKP…", "„X” (nr umowy: …)".
NUMBER_LINK_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]{0,3}[-‐‑‒–—―−,:(])?[ \t]{0,3}"
    r"(?:(?i:nr|numer)\.?(?:[ \t]{1,3}(?i:projektu|umowy|wniosku))?[ \t]{0,3}:?[ \t]{0,3})?"
    rf"(?P<number>{PROJECT_NUMBER})"
)
# A number written between the cue and the name: "projekt nr RPKP.09.03.02-04-0012/19 pn. „…”".
NUMBER_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?i:nr|numer)\.?[ \t]{0,3}(?:(?i:projektu|umowy|wniosku)[ \t]{1,3})?:?[ \t]{0,3})?"
    rf"(?P<number>{PROJECT_NUMBER})"
)

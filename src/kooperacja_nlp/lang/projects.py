# Cue words for project names: how Polish news introduces a funded project's name, and which names
# after such cues are programmes, measures, funds, models or documents rather than projects
# (FORMAT.md v1). Collected by the project from social-policy news of regional centres,
# municipalities and counties (2014-2023); inflected forms checked with Morfeusz 2 (SGJP).
# Patterns are compiled in ``components/projects.py`` from these tuples and stay linear-time.
import re
from typing import Final

from kooperacja_nlp.lang.pronouns import RELATIVE_PRONOUNS

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

# The plural forms: a list of quoted names may follow them, an unquoted bare name may not
# ("Projekty Kontakt" is a menu line).
PLURAL_PROJECT_NOUNS: Final[frozenset[str]] = frozenset(
    ["projekty", "projektów", "projektom", "projektami", "projektach"]
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
        "pan",  # "Koordynator projektu Pan Wojciech Kłoda": a person
        "pani",
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

# Names of funding programmes written like a project's name right after "projekt(u)"
# ("w projekcie Erasmus+ „…”", "projekt NOWEFIO"): the programme, not a project (FORMAT.md).
# Casefolded lemmas (Morfeusz does not know them, so the form itself).
PROGRAMME_NAMES: Final[frozenset[str]] = frozenset(["erasmus", "interreg", "nowefio", "fio"])

# Government and PFRON programmes that gminas often call "projekt" ("projekt pn. Asystent
# osobisty osoby z niepełnosprawnością – edycja 2022"): programmes, not projects (FORMAT.md), also
# with an edition or a year after the name (``PROGRAMME_EDITION_RE``). Compared on letters and
# digits, so quotes, dashes, "+" and case do not matter. Names as published by MRiPS and PFRON.
NATIONAL_PROGRAMMES: Final[tuple[str, ...]] = (
    "Asystent osobisty osoby z niepełnosprawnością",
    "Asystent osobisty osoby niepełnosprawnej",
    "Opieka wytchnieniowa",
    "Senior+",
    "Aktywni+",
    "Opieka 75+",
    "Posiłek w szkole i w domu",
    "Za życiem",
    "Maluch+",
    "Wspieraj Seniora",
    "Korpus Wsparcia Seniorów",
    "Solidarnościowy Korpus Wsparcia Seniorów",
    "Rodzina 500+",
    "Rodzina 800+",
    "Dobry Start",
    "Czyste Powietrze",
    "Aktywny samorząd",
    "Centra opiekuńczo-mieszkalne",
    "Dostępność Plus",
    "Pokonać bezdomność",
    "Aktywna tablica",
    "Bon senioralny",
)
# An edition or a year written after a programme's name: "– edycja 2022", "2021-2025", "na rok 2023".
PROGRAMME_EDITION_RE: Final[re.Pattern[str]] = re.compile(
    r"[\s,–—-]{0,4}(?:(?i:edycja)[ \t]{1,3}|(?i:na[ \t]{1,3}(?:rok|lata))[ \t]{1,3})?"
    r"20\d{2}(?:[ \t]{0,2}[-–/][ \t]{0,2}20\d{2})?[ \t]{0,3}(?i:r\.|rok)?\.?$"
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
        *RELATIVE_PRONOUNS,
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
        # bodies, roles and venues that act in the sentence ("w ramach projektu Komitet Sterujący
        # zatwierdził …", "… Asystent Rodziny odwiedził …", "… Dom Kultury przygotował …")
        "zespół",
        "komitet",
        "grupa",
        "partnerski",
        "koordynator",
        "asystent",
        "animator",
        "doradca",
        "ekspert",
        "dyrektor",
        "kierownik",
        "pracownik",
        "uczestnik",
        "dom",
        "przedszkole",
        "biblioteka",
        "poradnia",
        "policja",
        "sąd",
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
# Field labels of project information boxes: "Tytuł projektu: X", "Nazwa projektu: X" (lemmas).
TITLE_WORDS: Final[frozenset[str]] = frozenset(["tytuł", "nazwa"])

# Words before a core-project alias that make it a model name ("Model Kooperacje 3D") or part of
# another body's name ("Szkoła Liderów Kooperacji"): then it is not the project (FORMAT.md).
NOT_PROJECT_BEFORE: Final[frozenset[str]] = frozenset(["model", "szkoła", "akademia"])

# A project's contract number:
# - 2007-2020: "POWR.02.05.00-00-0208/17", "RPKP.09.03.02-04-0012/19", "RPWM.11.01.03-28-0012/16-00"
#   (programme code, 2-4 dot groups, region, serial, year);
# - 2021-2027 (FE programmes): "FERS.01.05-IP.08-0123/23", "FELU.11.02-IZ.00-0012/23"
#   (programme code, measure, the managing "IZ" or intermediate "IP" body, serial, year);
# - Erasmus+: "2019-1-PL01-KA204-065432", "2020-1-PL01-KA227-ADU-095432".
# The first character is read first (then "\b" before it is a lookbehind, and the lookbehinds after
# it pick the alternatives), so that a search skips to a capital or a "2" in C.
PROJECT_NUMBER: Final[str] = (
    r"[A-Z2](?<!\w.)(?:(?<=[A-Z])[A-Z]{1,5}(?:\.\d{1,2}){2,4}-\d{2}-[0-9A-Z]{3,5}/\d{2}(?:-\d{2,3})?"
    r"|(?<=[A-Z])[A-Z]{1,5}(?:\.\d{1,2}){1,4}-I[PZ]\.\d{2}-[0-9A-Z]{3,5}/\d{2}"
    r"|(?<=2)0\d{2}-\d-PL\d{2}-KA\d{3}(?:-[A-Z]{3})?-\d{6})\b"
)
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
# A number under its own label, away from the name: "Numer projektu: RPKP.09.03.02-04-0012/19",
# "Nr umowy o dofinansowanie: …" (the information box at the end of a project page).
# The first letter is a class of its two cases ("n" has no other ignore-case form), so that a
# search over a whole text skips to the next "n" in C instead of trying the label at every position.
NUMBER_LABEL_RE: Final[re.Pattern[str]] = re.compile(
    r"[nN](?i:r|umer)\.?[ \t]{0,3}(?i:projektu|umowy|wniosku)"
    r"(?:[ \t]{1,3}(?i:o)[ \t]{1,3}(?i:dofinansowanie))?[ \t]{0,3}:?[ \t]{0,3}"
    rf"(?P<number>{PROJECT_NUMBER})"
)

# Between a project's name and its subtitle: "Krok ku samodzielności – wsparcie rodzin zastępczych
# w powiecie świebodzińskim" (a spaced dash or a colon); the part before it is the short form.
SUBTITLE_SEPARATOR_RE: Final[re.Pattern[str]] = re.compile(r"(?<!\s)\s++[–—-]\s++|:\s++")

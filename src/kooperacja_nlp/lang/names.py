# Data about Polish personal names as they appear in news text: honorifics, credit lines, words that
# mark a name as a patron or street, and suffix rules that give the nominative of surnames Morfeusz
# (SGJP) does not know. Endings follow the declension tables of "Wielki słownik ortograficzny PWN"
# (odmiana nazwisk) and SGJP paradigms; cue words were collected by the project from news usage.
# Lower-case, periods removed (the components compare lower-cased words without the final period).
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

# Lemmas of the courtesy words written before a name ("Panią Mariettę Hełkę", "pan Jerzy ...");
# Morfeusz gives their gender and case, which decides the case of the name that follows.
HONORIFIC_LEMMAS: Final[frozenset[str]] = frozenset(["pan", "pani"])
# Abbreviated honorifics: no gender or case information ("p. Anny Nowak").
HONORIFIC_ABBREVIATIONS: Final[frozenset[str]] = frozenset(["p", "pp"])

# Abbreviated functions and ranks written before a name ("dyr. Bożeny Zasępy", "insp. Henryk
# Grab"): they are neither part of the name nor a title, but they do introduce a person.
FUNCTION_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    [
        "dyr",
        "wicedyr",
        "z-ca",
        "zast",
        "kier",
        "koord",
        "przew",
        "red",
        "insp",
        "nadinsp",
        "podinsp",
        "kom",
        "nadkom",
        "podkom",
        "asp",
        "sierż",
        "st",
        "mł",
        "post",
        "mjr",
        "płk",
        "ppłk",
        "kpt",
        "por",
        "ppor",
        "gen",
        "bryg",
        "mec",
        "sędz",
        "pos",
        "sen",
        "min",
        "wiceminister",
    ]
)

# Credit lines: "tekst: Zbigniew Kubisz", "Fot. Natalia Wrona", "Opracował: Adam Sroka".
CREDIT_CUES: Final[frozenset[str]] = frozenset(
    [
        "tekst",
        "tekstu",
        "fot",
        "foto",
        "fotografie",
        "fotografia",
        "zdjęcia",
        "zdjęcie",
        "zdj",
        "autor",
        "autorka",
        "autorzy",
        "opracowanie",
        "oprac",
        "opracował",
        "opracowała",
        "opracowali",
        "redakcja",
        "napisał",
        "napisała",
        "info",
        "źródło",
    ]
)

# Street, square and estate words, in the forms written before a name or a street name ("ul. Marii
# Konopnickiej", "przy placu Wolności", "os. Tysiąclecia"); one list for every component that must
# not read a street as a person or a place.
STREET_WORDS: Final[frozenset[str]] = frozenset(
    [
        "ul",
        "ulica",
        "ulicy",
        "ulicę",
        "ulicą",
        "al",
        "aleja",
        "alei",
        "aleję",
        "aleją",
        "aleje",
        "alejach",
        "pl",
        "plac",
        "placu",
        "placem",
        "os",
        "osiedle",
        "osiedlu",
        "osiedla",
        "rondo",
        "ronda",
        "rondzie",
        "skwer",
        "skweru",
        "skwerze",
        "bulwar",
        "bulwarze",
        "most",
        "moście",
    ]
)
# Words after which a name is a patron, a street or a saint, not a participant
# ("Szkoła Podstawowa im. Jana Pawła II", "ul. Marii Konopnickiej", "kościół św. Jana").
PATRON_CUES: Final[frozenset[str]] = STREET_WORDS | frozenset(
    [
        "im",
        "imienia",
        "św",
        "święty",
        "świętego",
        "świętej",
        "święta",
        "świętemu",
        "bł",
        "błogosławiony",
        "błogosławionego",
        "błogosławionej",
        "papież",
        "papieża",
        "papieżu",
        "król",
        "króla",
        "królowa",
        "królowej",
        "najświętszy",
        "najświętszej",
        "najświętsza",
        "najświętszego",
        "matki",
        "patron",
        "patrona",
        "patronka",
        "patronki",
    ]
)
# Words that may stand between a patron cue and the name ("im. bł. o. Honorata Koźmińskiego", "im.
# Prymasa Kardynała Augusta Hlonda", "ul. gen. Józefa Bema"); lower-case, without the period.
PATRON_TITLES: Final[frozenset[str]] = frozenset(
    [
        "o",
        "ojca",
        "ojciec",
        "kard",
        "kardynała",
        "kardynał",
        "prymasa",
        "prymas",
        "bp",
        "bpa",
        "biskupa",
        "abp",
        "abpa",
        "arcybiskupa",
        "ks",
        "księdza",
        "gen",
        "generała",
        "marszałka",
        "hetmana",
        "księcia",
        "króla",
        "królowej",
        "doktora",
        "dr",
        "profesora",
        "prof",
        "płk",
        "pułkownika",
        "mjr",
        "majora",
        "rtm",
        "rotmistrza",
        "kpt",
        "kapitana",
        "por",
        "porucznika",
        "hm",
        "phm",
        "harcmistrza",
        "poety",
        "papieża",
        "św",
        "bł",
    ]
)
# Lemmas of the nouns of administrative units and settlements: a first name right after one is a
# place ("Wójt Gminy Wodzisław Michał Zaremba", "miasta Tomaszów").
UNIT_NOUNS: Final[frozenset[str]] = frozenset(
    ["gmina", "miasto", "powiat", "wieś", "sołectwo", "osiedle", "dzielnica", "województwo", "gm", "m", "pow"]
)
# Lemmas of institution nouns that take a patron in the genitive without "im."
# ("Uniwersytet Mikołaja Kopernika", "Fundacja Anny Dymnej"); only when capitalised.
PATRON_HEADS: Final[frozenset[str]] = frozenset(
    [
        "uniwersytet",
        "akademia",
        "politechnika",
        "uczelnia",
        "szkoła",
        "gimnazjum",
        "liceum",
        "technikum",
        "przedszkole",
        "fundacja",
        "instytut",
        "szpital",
        "muzeum",
        "biblioteka",
        "teatr",
        "filharmonia",
        "stadion",
        "park",
        "nagroda",
        "medal",
        "order",
        "krzyż",
        "hala",
        "lotnisko",
        "port",
        "centrum",
        "dom",
        "hospicjum",
        "kościół",
        "parafia",
        "sanktuarium",
        "bazylika",
        "katedra",
        "kaplica",
        "klasztor",
        "zespół",
        "ulica",
        "aleja",
        "plac",
        "rondo",
    ]
)
# Words after a name that show it belongs to a monarch, pope or saint ("Jana Pawła II",
# "Kazimierza Wielkiego"), i.e. a patron.
PATRON_EPITHETS: Final[frozenset[str]] = frozenset(
    ["wielki", "wielkiego", "wielkim", "chrobry", "chrobrego", "śmiały", "śmiałego", "jagiellończyk", "jagiellończyka"]
)

# Capitalised words that can follow a first name but never start a surname here: functions
# ("Dyrektor", "Wójt"), institutions and the project vocabulary; lemmas in lower case. Many of
# them are also SGJP surnames ("Wójt", "Wojewoda", "Burmistrz"), hence the list.
NOT_SURNAME_LEMMAS: Final[frozenset[str]] = frozenset(
    [
        "kooperacja",
        "panna",
        "bóg",
        "lider",
        "liderka",
        "projekt",
        "model",
        "program",
        "gmina",
        "powiat",
        "miasto",
        "województwo",
        "region",
        "makroregion",
        "polska",
        "rzeczpospolita",
        "unia",
        "europejski",
        "fundusz",
        "społeczny",
        "regionalny",
        "partnerski",
        "zespół",
        "komitet",
        "rada",
        "forum",
        "konferencja",
        "spotkanie",
        "szkolenie",
        "warsztat",
        "seminarium",
        "galeria",
        "zdjęcie",
        "fot",
        "tekst",
        "autor",
        "informacja",
        "aktualność",
        "ogłoszenie",
        "wydarzenie",
        "urząd",
        "ośrodek",
        "centrum",
        "stowarzyszenie",
        "fundacja",
        "ministerstwo",
        "departament",
        "wydział",
        "starostwo",
        "sąd",
        "komenda",
        "policja",
        "szkoła",
    ]
)

# Grammatical cases as Morfeusz writes them, in the order used to break ties between readings:
# a name in a news report is most often the subject (nominative), then genitive, instrumental ...
CASE_PREFERENCE: Final[tuple[str, ...]] = ("nom", "gen", "inst", "acc", "dat", "loc")

# Building blocks of the ending rules below. Adjectival surnames in the masculine genitive/accusative
# ("Kowalskiego") and the feminine genitive/dative/locative ("Kowalskiej"); masculine nouns with a
# mobile e ("Mroczka" -> "Mroczek", "Ryńca" -> "Ryniec"); a feminine noun-type surname has the same
# dative and locative ("Hełce" -> "Hełka").
_MASCULINE_ADJECTIVAL_GEN: Final[tuple[tuple[str, str], ...]] = (
    ("skiego", "ski"),
    ("ckiego", "cki"),
    ("dzkiego", "dzki"),
    ("kiego", "ki"),
    ("giego", "gi"),
    ("ego", "y"),
)
_MASCULINE_MOBILE_E: Final[tuple[tuple[str, str], ...]] = (
    ("ńca", "niec"),
    ("ca", "iec"),
    ("rka", "rek"),
    ("łka", "łek"),
    ("nka", "nek"),
    ("ska", "sek"),
    ("szka", "szek"),
    ("czka", "czek"),
    ("ia", ""),
    ("a", ""),
)
_FEMININE_ADJECTIVAL: Final[tuple[tuple[str, str], ...]] = (
    ("skiej", "ska"),
    ("ckiej", "cka"),
    ("dzkiej", "dzka"),
    ("kiej", "ka"),
    ("giej", "ga"),
    ("ej", "a"),
)
_FEMININE_DAT_LOC: Final[tuple[tuple[str, str], ...]] = (
    *_FEMININE_ADJECTIVAL,
    ("ce", "ka"),
    ("dze", "ga"),
    ("rze", "ra"),
    ("le", "la"),
    ("ie", "a"),
    ("i", "a"),
    ("", ""),
)

# Nominative of an unknown surname from its inflected form, given the gender ("m"/"f") and case
# read from the first name or honorific: (ending of the form, ending of the nominative), tried in
# order, longest first; the empty ending means "as written". The first matching rule wins; several
# candidates are kept when rules overlap so that a form seen elsewhere in the text can decide.
SURNAME_ENDINGS: Final[Mapping[tuple[str, str], tuple[tuple[str, str], ...]]] = MappingProxyType(
    {
        ("m", "nom"): (("", ""),),
        ("m", "gen"): (
            *_MASCULINE_ADJECTIVAL_GEN,
            ("ki", "ka"),
            ("gi", "ga"),
            ("li", "la"),
            ("i", "a"),
            ("y", "a"),
            *_MASCULINE_MOBILE_E,
        ),
        ("m", "acc"): (*_MASCULINE_ADJECTIVAL_GEN, ("ę", "a"), *_MASCULINE_MOBILE_E),
        ("m", "dat"): (
            ("skiemu", "ski"),
            ("ckiemu", "cki"),
            ("dzkiemu", "dzki"),
            ("kiemu", "ki"),
            ("giemu", "gi"),
            ("emu", "y"),
            ("rkowi", "rek"),
            ("łkowi", "łek"),
            ("nkowi", "nek"),
            ("ńcowi", "niec"),
            ("cowi", "iec"),
            ("owi", ""),
            ("ce", "ka"),
            ("dze", "ga"),
            ("rze", "ra"),
            ("le", "la"),
            ("ie", "a"),
            ("u", ""),
        ),
        ("m", "inst"): (
            ("skim", "ski"),
            ("ckim", "cki"),
            ("dzkim", "dzki"),
            ("rkiem", "rek"),
            ("łkiem", "łek"),
            ("nkiem", "nek"),
            ("kiem", "k"),
            ("giem", "g"),
            ("kim", "ki"),
            ("gim", "gi"),
            ("ym", "y"),
            ("ńcem", "niec"),
            ("cem", "iec"),
            ("em", ""),
            ("ą", "a"),
        ),
        ("m", "loc"): (
            ("skim", "ski"),
            ("ckim", "cki"),
            ("dzkim", "dzki"),
            ("kim", "ki"),
            ("gim", "gi"),
            ("ym", "y"),
            ("rku", "rek"),
            ("łku", "łek"),
            ("nku", "nek"),
            ("ńcu", "niec"),
            ("cu", "iec"),
            ("ce", "ka"),
            ("dze", "ga"),
            ("rze", "ra"),
            ("u", ""),
            ("ie", ""),
        ),
        ("f", "nom"): (("", ""),),
        ("f", "gen"): (
            *_FEMININE_ADJECTIVAL,
            ("ki", "ka"),
            ("gi", "ga"),
            ("li", "la"),
            ("i", "a"),
            ("y", "a"),
            ("", ""),
        ),
        ("f", "dat"): _FEMININE_DAT_LOC,
        ("f", "acc"): (("ą", "a"), ("ę", "a"), ("", "")),
        ("f", "inst"): (("ą", "a"), ("", "")),
        ("f", "loc"): _FEMININE_DAT_LOC,
    }
)
# Endings that an unknown word must have to be taken as a surname on its own, after a title or
# credit cue ("dr Kowalski", "fot. Wiśniewska"): adjectival surnames in any case.
SURNAME_LIKE_ENDINGS: Final[tuple[str, ...]] = (
    "ski",
    "cki",
    "dzki",
    "ska",
    "cka",
    "dzka",
    "skiego",
    "ckiego",
    "skiej",
    "ckiej",
    "skim",
    "ckim",
    "ską",
    "cką",
    "skiemu",
    "ckiemu",
    "owa",
    "owej",
    "ową",
    "icz",
    "wicz",
    "czyk",
    "czak",
    "niak",
    "ewski",
    "owski",
)
# Endings of foreign surnames SGJP does not list. With a first name SGJP does not know either, such an
# ending is enough to read two capitalised words as a person without "Pan"/"Pani" before them
# ("opowiedziała Pavla Horáková"): Czech/Slovak feminine "-ová", Ukrainian and Belarusian "-enko",
# "-czuk"/"-chuk", South Slavic "-ić"/"-ič", Lithuanian "-ienė"/"-aitė"/"-ytė"/"-auskas"/"-evičius",
# Romanian "-escu". Plain "-á" or "-uk" would also catch brand and place names, hence not listed.
FOREIGN_SURNAME_ENDINGS: Final[tuple[str, ...]] = (
    "ová",
    "enko",
    "czuk",
    "chuk",
    "ić",
    "ič",
    "ienė",
    "aitė",
    "ytė",
    "auskas",
    "evičius",
    "escu",
)

# Polish relative time words: deictic day adverbs and adjectives, the modifiers that point a
# weekday/week/month/year backwards or forwards ("w ubiegły czwartek", "w przyszłym tygodniu"),
# year shorthands of news and official writing ("br." = bieżącego roku, "ub.r." = ubiegłego roku)
# and small number words for "dwa dni temu". Forms from SGJP (Morfeusz 2 `generate`); the
# shorthands follow "Słownik skrótów" usage in Polish administration texts. Lower-case. "dziś" and
# "dzisiaj" are spaCy stop words: deliberately allowed, they are the words we look for.
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

# Day offset from the reference date.
RELATIVE_DAYS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "dziś": 0,
        "dzisiaj": 0,
        "dzis": 0,
        "wczoraj": -1,
        "przedwczoraj": -2,
        "jutro": 1,
        "pojutrze": 2,
        # "dzisiejsze spotkanie", "wczorajsza konferencja", "jutrzejsze szkolenie" (singular forms)
        "dzisiejszy": 0,
        "dzisiejsza": 0,
        "dzisiejsze": 0,
        "dzisiejszego": 0,
        "dzisiejszej": 0,
        "dzisiejszemu": 0,
        "dzisiejszym": 0,
        "dzisiejszą": 0,
        "wczorajszy": -1,
        "wczorajsza": -1,
        "wczorajsze": -1,
        "wczorajszego": -1,
        "wczorajszej": -1,
        "wczorajszemu": -1,
        "wczorajszym": -1,
        "wczorajszą": -1,
        "jutrzejszy": 1,
        "jutrzejsza": 1,
        "jutrzejsze": 1,
        "jutrzejszego": 1,
        "jutrzejszej": 1,
        "jutrzejszemu": 1,
        "jutrzejszym": 1,
        "jutrzejszą": 1,
    }
)

# Direction of a modifier before a weekday, week, month or year: -1 the previous one, +1 the next
# one, 0 the current one ("w tym tygodniu", "w bieżącym miesiącu").
DIRECTIONS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "ubiegły": -1,
        "ubiegła": -1,
        "ubiegłe": -1,
        "ubiegłego": -1,
        "ubiegłej": -1,
        "ubiegłym": -1,
        "ubiegłą": -1,
        "zeszły": -1,
        "zeszła": -1,
        "zeszłe": -1,
        "zeszłego": -1,
        "zeszłej": -1,
        "zeszłym": -1,
        "zeszłą": -1,
        "miniony": -1,
        "miniona": -1,
        "minione": -1,
        "minionego": -1,
        "minionej": -1,
        "minionym": -1,
        "minioną": -1,
        "poprzedni": -1,
        "poprzednia": -1,
        "poprzednie": -1,
        "poprzedniego": -1,
        "poprzedniej": -1,
        "poprzednim": -1,
        "poprzednią": -1,
        "przyszły": 1,
        "przyszła": 1,
        "przyszłe": 1,
        "przyszłego": 1,
        "przyszłej": 1,
        "przyszłym": 1,
        "przyszłą": 1,
        "najbliższy": 1,
        "najbliższa": 1,
        "najbliższe": 1,
        "najbliższego": 1,
        "najbliższej": 1,
        "najbliższym": 1,
        "najbliższą": 1,
        "nadchodzący": 1,
        "nadchodząca": 1,
        "nadchodzące": 1,
        "nadchodzącego": 1,
        "nadchodzącej": 1,
        "nadchodzącym": 1,
        "nadchodzącą": 1,
        "następny": 1,
        "następna": 1,
        "następne": 1,
        "następnego": 1,
        "następnej": 1,
        "następnym": 1,
        "następną": 1,
        "ten": 0,
        "tę": 0,
        "tym": 0,
        "tego": 0,
        "tej": 0,
        "bieżący": 0,
        "bieżąca": 0,
        "bieżące": 0,
        "bieżącego": 0,
        "bieżącej": 0,
        "bieżącym": 0,
        "bieżącą": 0,
    }
)

# "ostatni piątek października", "pierwszy poniedziałek miesiąca": -1 = the last one of the month.
WEEKDAY_ORDINALS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "pierwszy": 1,
        "pierwsza": 1,
        "pierwszą": 1,
        "pierwszego": 1,
        "pierwszej": 1,
        "pierwszym": 1,
        "drugi": 2,
        "druga": 2,
        "drugą": 2,
        "drugiego": 2,
        "drugiej": 2,
        "drugim": 2,
        "trzeci": 3,
        "trzecia": 3,
        "trzecią": 3,
        "trzeciego": 3,
        "trzeciej": 3,
        "trzecim": 3,
        "czwarty": 4,
        "czwarta": 4,
        "czwartą": 4,
        "czwartego": 4,
        "czwartej": 4,
        "czwartym": 4,
        "ostatni": -1,
        "ostatnia": -1,
        "ostatnią": -1,
        "ostatniego": -1,
        "ostatniej": -1,
        "ostatnim": -1,
    }
)

# Calendar units after a direction modifier ("w przyszłym tygodniu", "w ubiegłym miesiącu").
UNITS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "tydzień": "week",
        "tygodnia": "week",
        "tygodniu": "week",
        "tygodniem": "week",
        "miesiąc": "month",
        "miesiąca": "month",
        "miesiącu": "month",
        "miesiącem": "month",
        "rok": "year",
        "roku": "year",
        "rokiem": "year",
    }
)

# Year shorthands after a day and month ("18 lipca br."): offset from the reference year. Spaces
# stand for any run of spaces; a period is literal.
YEAR_OFFSETS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "br.": 0,
        "b.r.": 0,
        "b. r.": 0,
        "bież. roku": 0,
        "bieżącego roku": 0,
        "tego roku": 0,
        "tegoż roku": 0,
        "ub.r.": -1,
        "ub. r.": -1,
        "ubr.": -1,
        "ub. roku": -1,
        "ubiegłego roku": -1,
        "zeszłego roku": -1,
        "przyszłego roku": 1,
        "następnego roku": 1,
    }
)

# Month shorthands after a day ("15 bm." = the 15th of this month): offset from the reference month.
MONTH_OFFSETS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "bm.": 0,
        "b.m.": 0,
        "b. m.": 0,
        "bieżącego miesiąca": 0,
        "tego miesiąca": 0,
        "ub.m.": -1,
        "ub. m.": -1,
        "ubiegłego miesiąca": -1,
        "zeszłego miesiąca": -1,
        "przyszłego miesiąca": 1,
    }
)

# "dwa dni temu", "za trzy tygodnie": counts written as words (1-10).
NUMBER_WORDS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "jeden": 1,
        "dwa": 2,
        "dwie": 2,
        "trzy": 3,
        "cztery": 4,
        "pięć": 5,
        "sześć": 6,
        "siedem": 7,
        "osiem": 8,
        "dziewięć": 9,
        "dziesięć": 10,
    }
)

# Units of "N dni temu" / "za N tygodni": length in days.
AGO_UNITS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "dzień": 1,
        "dni": 1,
        "tydzień": 7,
        "tygodnie": 7,
        "tygodni": 7,
    }
)

# Days counted from the day the text told just before, not from the publication date: "12 marca
# odbyło się szkolenie, a dzień później spotkanie zespołu", "następnego dnia", "dwa dni wcześniej".
# A word after a count of ``AGO_UNITS`` ("dzień później", "tydzień wcześniej"): its direction.
ANAPHORIC_DIRECTIONS: Final[Mapping[str, int]] = MappingProxyType({"później": 1, "potem": 1, "wcześniej": -1})
# Phrases that are the day after on their own.
FOLLOWING_DAY_PHRASES: Final[Mapping[str, int]] = MappingProxyType(
    {"nazajutrz": 1, "następnego dnia": 1, "kolejnego dnia": 1}
)


# Days of the month spelled as ordinals in the genitive, the case of a date ("szesnastego września",
# "dnia dwudziestego pierwszego marca"): 1-31.
_ORDINAL_UNITS: Final[tuple[str, ...]] = (
    "pierwszego",
    "drugiego",
    "trzeciego",
    "czwartego",
    "piątego",
    "szóstego",
    "siódmego",
    "ósmego",
    "dziewiątego",
)
_ORDINAL_TEENS: Final[tuple[str, ...]] = (
    "dziesiątego",
    "jedenastego",
    "dwunastego",
    "trzynastego",
    "czternastego",
    "piętnastego",
    "szesnastego",
    "siedemnastego",
    "osiemnastego",
    "dziewiętnastego",
)
ORDINAL_DAYS: Final[Mapping[str, int]] = MappingProxyType(
    {
        **{word: n for n, word in enumerate(_ORDINAL_UNITS, 1)},
        **{word: n for n, word in enumerate(_ORDINAL_TEENS, 10)},
        "dwudziestego": 20,
        **{f"dwudziestego {word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS, 1)},
        "trzydziestego": 30,
        "trzydziestego pierwszego": 31,
    }
)

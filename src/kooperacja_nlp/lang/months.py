# Polish month names: the singular forms of SGJP (Morfeusz 2 `generate`; tests/lang/test_months.py
# checks every form against Morfeusz), the same forms typed without diacritics ("wrzesnia", seen in
# web copy), the three-letter abbreviations of CMS datelines ("29 paź 2019") and the Roman
# numerals of dates ("23 X 2019", "VII-XII.2018"). Lower-case except the Roman numerals; matching
# folds case. Month names are lower-case in Polish: a capitalised "Maja"/"Listopada" after a number
# names a street or a holiday ("ul. 3 Maja"), which the component checks, not this table.
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

MONTHS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # nominative/accusative, genitive, locative/dative, instrumental
        "styczeń": 1,
        "stycznia": 1,
        "styczniu": 1,
        "styczniem": 1,
        "luty": 2,
        "lutego": 2,
        "lutym": 2,
        "lutemu": 2,
        "marzec": 3,
        "marca": 3,
        "marcu": 3,
        "marcem": 3,
        "kwiecień": 4,
        "kwietnia": 4,
        "kwietniu": 4,
        "kwietniem": 4,
        "maj": 5,
        "maja": 5,
        "maju": 5,
        "majem": 5,
        "czerwiec": 6,
        "czerwca": 6,
        "czerwcu": 6,
        "czerwcem": 6,
        "lipiec": 7,
        "lipca": 7,
        "lipcu": 7,
        "lipcem": 7,
        "sierpień": 8,
        "sierpnia": 8,
        "sierpniu": 8,
        "sierpniem": 8,
        "wrzesień": 9,
        "września": 9,
        "wrześniu": 9,
        "wrześniem": 9,
        "październik": 10,
        "października": 10,
        "październiku": 10,
        "październikiem": 10,
        "listopad": 11,
        "listopada": 11,
        "listopadzie": 11,
        "listopadem": 11,
        "grudzień": 12,
        "grudnia": 12,
        "grudniu": 12,
        "grudniem": 12,
        # the same forms without diacritics (only those that differ)
        "styczen": 1,
        "kwiecien": 4,
        "sierpien": 8,
        "wrzesien": 9,
        "wrzesnia": 9,
        "wrzesniu": 9,
        "wrzesniem": 9,
        "pazdziernik": 10,
        "pazdziernika": 10,
        "pazdzierniku": 10,
        "pazdziernikiem": 10,
        "grudzien": 12,
    }
)

# Genitive forms: the case used after a day number ("14 listopada").
MONTHS_GENITIVE: Final[Mapping[str, int]] = MappingProxyType(
    {
        "stycznia": 1,
        "lutego": 2,
        "marca": 3,
        "kwietnia": 4,
        "maja": 5,
        "czerwca": 6,
        "lipca": 7,
        "sierpnia": 8,
        "września": 9,
        "października": 10,
        "listopada": 11,
        "grudnia": 12,
    }
)

# Three-letter abbreviations of CMS datelines ("29 paź 2019", "05 sty. 2020"). Several are words
# ("sie" is a stop word, "lis" a fox, "mar" a noun), so they are accepted only between a day
# number and a four-digit year; tests/lang/test_months.py lists the ones deliberately allowed.
MONTH_ABBREVIATIONS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "sty": 1,
        "lut": 2,
        "mar": 3,
        "kwi": 4,
        "maj": 5,
        "cze": 6,
        "lip": 7,
        "sie": 8,
        "wrz": 9,
        "paź": 10,
        "paz": 10,
        "lis": 11,
        "gru": 12,
    }
)

# Roman numerals as months ("23 X 2019", "VII-XII.2018"); upper-case only, because "i", "vi",
# "xi" ... are stop words or conjunctions in lower case.
ROMAN_MONTHS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "I": 1,
        "II": 2,
        "III": 3,
        "IV": 4,
        "V": 5,
        "VI": 6,
        "VII": 7,
        "VIII": 8,
        "IX": 9,
        "X": 10,
        "XI": 11,
        "XII": 12,
    }
)

# Letters that scanned or hand-typed text puts for a letter of a month name: "13 1istopada 2019"
# (the digit one for a lower-case L). Applied only inside month names, after a day number.
MONTH_CONFUSABLES: Final[Mapping[str, str]] = MappingProxyType({"l": "1"})

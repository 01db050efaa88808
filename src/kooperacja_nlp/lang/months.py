# Polish month names in every case (SGJP forms, checked with Morfeusz 2 in tests/lang) and Roman
# numerals as used in dates ("23 X 2019"). Lower-case; matching folds case.
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

MONTHS: Final[Mapping[str, int]] = MappingProxyType(
    {
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

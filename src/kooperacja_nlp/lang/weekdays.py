# Polish weekday names: the singular forms of SGJP (Morfeusz 2 `generate`, vocative left out;
# tests/lang/test_months.py checks them) and the same forms typed without diacritics. Value:
# ISO weekday index as Python's ``date.weekday()`` gives it (Monday = 0). Abbreviations ("pon.",
# "pt.", "nie") are deliberately absent: "pt." means "pod tytułem" and "nie" is a stop word
# (dateparser reads "Nic tu nie ma." as a Sunday, dateparser issue #582).
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

WEEKDAYS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "poniedziałek": 0,
        "poniedziałku": 0,
        "poniedziałkiem": 0,
        "poniedziałkowi": 0,
        "wtorek": 1,
        "wtorku": 1,
        "wtorkiem": 1,
        "wtorkowi": 1,
        "środa": 2,
        "środę": 2,
        "środy": 2,
        "środzie": 2,
        "środą": 2,
        "czwartek": 3,
        "czwartku": 3,
        "czwartkiem": 3,
        "czwartkowi": 3,
        "piątek": 4,
        "piątku": 4,
        "piątkiem": 4,
        "piątkowi": 4,
        "sobota": 5,
        "sobotę": 5,
        "soboty": 5,
        "sobocie": 5,
        "sobotą": 5,
        "niedziela": 6,
        "niedzielę": 6,
        "niedzieli": 6,
        "niedzielą": 6,
        # without diacritics (only the forms that differ)
        "poniedzialek": 0,
        "poniedzialku": 0,
        "poniedzialkiem": 0,
        "sroda": 2,
        "srode": 2,
        "srody": 2,
        "srodzie": 2,
        "piatek": 4,
        "piatku": 4,
        "piatkiem": 4,
        "sobote": 5,
    }
)

# "w ostatni weekend września", "w najbliższy weekend": a Saturday and the Sunday after it. The
# value is the Saturday's index, so ordinals and directions count weekends as they count Saturdays.
WEEKENDS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "weekend": 5,
        "weekendu": 5,
        "weekendzie": 5,
        "weekendem": 5,
        "weekendowi": 5,
    }
)

# Abbreviated weekdays, lower-case, without their period ("pn. 4 X – pt. 8 X", "wt., 21.02.2023"):
# read only where a date follows or a line opens with them, never as dates on their own ("pt."
# also means "pod tytułem").
WEEKDAY_ABBREVIATIONS: Final[tuple[str, ...]] = ("pon", "pn", "wt", "śr", "sr", "czw", "pt", "sob", "nd", "niedz")

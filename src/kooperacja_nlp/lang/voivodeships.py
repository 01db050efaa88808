# The 16 voivodeships (since 1999) as lower-case neuter adjectives, the form records use.
# Source: TERYT TERC (GUS). Capitals: the seats of the voivode and/or the sejmik.
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
        "zachodnio-pomorsk": "zachodniopomorskie",
    }
)
ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = ("iego", "iemu", "im", "ie", "i", "a", "iej", "ą", "ich", "imi")

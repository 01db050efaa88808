# Acronyms of Polish public-sector and social-economy bodies common in social-policy news,
# with their expanded names. Collected by the project.
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

ACRONYMS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "ROPS": "Regionalny Ośrodek Polityki Społecznej",
        "RCPS": "Regionalne Centrum Polityki Społecznej",
        "MOPS": "Miejski Ośrodek Pomocy Społecznej",
        "GOPS": "Gminny Ośrodek Pomocy Społecznej",
        "MGOPS": "Miejsko-Gminny Ośrodek Pomocy Społecznej",
        "M-GOPS": "Miejsko-Gminny Ośrodek Pomocy Społecznej",
        "OPS": "Ośrodek Pomocy Społecznej",
        "MOPR": "Miejski Ośrodek Pomocy Rodzinie",
        "PCPR": "Powiatowe Centrum Pomocy Rodzinie",
        "MCPS": "Mazowieckie Centrum Polityki Społecznej",
        "OWES": "Ośrodek Wsparcia Ekonomii Społecznej",
        "PUP": "Powiatowy Urząd Pracy",
        "WUP": "Wojewódzki Urząd Pracy",
        "UM": "Urząd Miasta",
        "UMWP": "Urząd Marszałkowski Województwa Pomorskiego",
        "PZK": "Partnerski Zespół Kooperacyjny",
        "CUS": "Centrum Usług Społecznych",
        "KPP": "Komenda Powiatowa Policji",
        "KMP": "Komenda Miejska Policji",
        "MRPiPS": "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
        "MRiPS": "Ministerstwo Rodziny i Polityki Społecznej",
        "NGO": "organizacja pozarządowa",
        "UMK": "Uniwersytet Mikołaja Kopernika",
    }
)

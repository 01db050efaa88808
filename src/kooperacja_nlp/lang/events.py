# Cue words for event types and for held/planned status, as stems matched at word starts,
# lower-case. Collected by the project from social-policy news; labels as in FORMAT.md.
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

TYPE_CUES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "steering_committee": ("komitet sterując", "komitetu sterując", "komitetów sterując", "posiedzeni komitetu"),
        "project_team": (
            "zespołu ds. modelu",
            "zespół ds. modelu",
            "zespołu do spraw modelu",
            "zespołu ds. opracowania",
            "zespołu ds. wdrażania",
            "zespołu projektowego",
            "zespołu model",
            "animator",
        ),
        "local_cooperation": (
            "partnersk zespoł kooperac",
            "partnerskiego zespołu",
            "partnerski zespół",
            "pzk",
            "gminn grup kooperac",
            "powiatow grup decydent",
            "powiatowej grupy",
            "zespołu kooperac",
            "grupy kooperac",
            "spotkanie inicjujące",
        ),
        "training": ("szkoleni", "warsztat", "webinar", "szkoła kooperacji", "szkoły kooperacji", "kurs"),
        "consultation": ("konsultac",),
        "conference": ("konferencj", "seminari", "forum", "debat", "gala", "kongres"),
        "agreement_signing": (
            "podpisani porozumie",
            "podpisano porozumie",
            "podpisał porozumie",
            "podpisały porozumie",
            "porozumieni",
            "umow",
        ),
        "study_visit": ("wizyt studyjn", "wizyty studyjn", "wyjazd studyjn", "wyjazdu studyjn"),
    }
)

# Future / announcement cues: the event has not happened yet.
PLANNED_CUES: Final[tuple[str, ...]] = (
    "odbędzie się",
    "odbędą się",
    "zapraszamy",
    "zaprasza",
    "planowan",
    "zaplanowan",
    "będzie",
    "będą",
    "zostanie zorganizowan",
    "rozpocznie się",
    "odbywać się będzie",
)
# Past cues: reported as having happened.
HELD_CUES: Final[tuple[str, ...]] = (
    "odbył",
    "odbyła",
    "odbyło",
    "odbyły",
    "spotkali",
    "spotkały",
    "uczestniczył",
    "wzięli udział",
    "wzięły udział",
    "zorganizowan",
    "podpisan",
    "podpisał",
    "zakończył",
    "gościł",
    "przedstawił",
    "omówion",
    "dyskutowan",
)

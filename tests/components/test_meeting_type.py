"""``kn_meeting_type``: the article's label, one invented short article per label of FORMAT.md."""

from __future__ import annotations

import pytest

from kooperacja_nlp import extract

ARTICLES = [
    (
        "Posiedzenie Komitetu Sterującego\n\nW dniu 3 marca 2021 r. w Kielcach obradował Komitet Sterujący "
        "projektu. Członkowie przyjęli sprawozdanie z pilotażu.",
        "steering_committee",
    ),
    (
        "Spotkanie Zespołu ds. Modelu\n\n12 kwietnia 2021 r. w Rzeszowie spotkali się członkowie Zespołu ds. "
        "Modelu, którzy omówili rekomendacje ekspertów.",
        "project_team",
    ),
    (
        "Gminna Grupa Kooperacji już działa\n\n12 kwietnia 2021 r. w Lipniku odbyło się spotkanie Gminnej Grupy "
        "Kooperacji. Omówiono mapę zasobów gminy.",
        "local_cooperation",
    ),
    (
        "Szkolenie dla pracowników socjalnych\n\n12 kwietnia 2021 r. w Opatowie odbyło się szkolenie z pracy "
        "metodą projektu socjalnego.",
        "training",
    ),
    (
        "Konsultacje programu\n\n12 kwietnia 2021 r. w Opatowie odbyło się spotkanie konsultacyjne projektu "
        "programu wspierania rodziny.",
        "consultation",
    ),
    (
        "Konferencja w Kielcach\n\n12 kwietnia 2021 r. w Kielcach odbyła się konferencja o współpracy "
        "międzysektorowej w pomocy społecznej.",
        "conference",
    ),
    (
        "Porozumienie podpisane\n\n12 kwietnia 2021 r. w Opatowie podpisano porozumienie o współpracy gmin "
        "powiatu opatowskiego.",
        "agreement_signing",
    ),
    (
        "Wizyta studyjna\n\nOd 12 do 14 kwietnia 2021 r. pracownicy ośrodka uczestniczyli w wizycie studyjnej "
        "w Sandomierzu.",
        "study_visit",
    ),
    (
        "Piknik rodzinny\n\n12 czerwca 2021 r. w Opatowie odbył się piknik rodzinny dla mieszkańców gminy.",
        "other",
    ),
    # no dated event: what the headline and first paragraph are about
    (
        "Rusza Gminna Grupa Kooperacji\n\nW gminie Lipnik powstała Gminna Grupa Kooperacji, do której weszli "
        "przedstawiciele szkół, policji i ośrodka pomocy społecznej.",
        "local_cooperation",
    ),
    # the headline names the main event, which is not the first dated one
    (
        "Konferencja podsumowująca projekt\n\n3 marca 2021 r. w Kielcach zebrali się członkowie zespołu "
        "projektowego. 5 marca 2021 r. w Kielcach odbyła się konferencja podsumowująca projekt.",
        "conference",
    ),
]


@pytest.mark.parametrize("text,expected", ARTICLES, ids=[label for _, label in ARTICLES])
def test_meeting_type_of_an_article(text: str, expected: str) -> None:
    assert extract(text).meeting_type == expected

"""``clean_text`` unwraps hard-wrapped paragraphs (PDF, e-mail, plain-text bulletins) and leaves
web articles, site chrome and agendas as they are."""

from __future__ import annotations

import pytest

from kooperacja_nlp import extract
from kooperacja_nlp.normalize import clean_text, unwrap_lines

WRAPPED = """Posiedzenie Partnerskiego Zespołu Kooperacyjnego w Chełmnie

W dniu 14 listopada 2019 r. w siedzibie Miejskiego Ośrodka Pomocy Spo-
łecznej w Chełmnie odbyło się posiedzenie Partnerskiego Zespołu Koope-
racyjnego. Spotkanie prowadziła Pani Jolanta Kowalska, animatorka lo-
kalna, a gości powitał Burmistrz Miasta Chełmna Artur Mikiewicz.
"""


def test_a_wrapped_paragraph_becomes_one_line_and_its_hyphenated_words_whole() -> None:
    text = clean_text(WRAPPED)
    title, body = text.split("\n\n")
    assert title == "Posiedzenie Partnerskiego Zespołu Kooperacyjnego w Chełmnie"
    assert "\n" not in body.rstrip("\n")
    assert "Miejskiego Ośrodka Pomocy Społecznej w Chełmnie" in body
    assert "Partnerskiego Zespołu Kooperacyjnego." in body and "animatorka lokalna," in body
    # the only change of length: the three "-\n" of the hyphenated words
    assert len(text) == len(WRAPPED) - 3 * 2


def test_a_wrapped_article_gives_its_event_and_people() -> None:
    record = extract(WRAPPED)
    (event,) = record.events
    assert (event.event_type, event.start_date, event.place and event.place.name) == (
        "local_cooperation",
        "2019-11-14",
        "Chełmno",
    )
    assert {p.name: p.role for p in record.persons} == {
        "Jolanta Kowalska": "animatorka lokalna",
        "Artur Mikiewicz": "Burmistrz Miasta Chełmna",
    }


@pytest.mark.parametrize(
    "text",
    [
        # a web article: one line per paragraph
        "Spotkanie w Toruniu\n\nW dniu 5 maja 2021 r. w Toruniu odbyło się spotkanie zespołu.\n"
        "Gości powitał dyrektor.\n",
        # site chrome: lines of one width, each starting with a capital
        "Gminny Ośrodek Pomocy Społecznej w Krzeszowie\nStart | O nas | Pomoc społeczna | Projekty | Kontakt\n"
        "Ta strona używa plików cookies. Dowiedz się więcej. Akceptuję\n",
        # a footer: an address line starts in lower case, but its separators give it away
        "Regionalny Ośrodek Polityki Społecznej w Rzeszowie\nul. Hetmańska 9, 35-045 Rzeszów | tel. 17 123 45 67\n"
        "Polityka prywatności | Deklaracja dostępności | BIP\n",
        # an agenda and a list: items stay on their lines
        "9:30 – 10:00 rejestracja uczestników konferencji w auli\n10:00 – 10:15 otwarcie konferencji przez "
        "marszałka\n10:15 – 11:00 wykład o modelu kooperacji i jego wdrożeniu\n",
        "- spotkania zespołu kooperacyjnego w gminach powiatu,\n- szkolenia dla pracowników socjalnych i "
        "asystentów,\n- konsultacje modelu z mieszkańcami gmin partnerskich.\n",
    ],
)
def test_text_that_is_not_hard_wrapped_is_left_alone(text: str) -> None:
    assert unwrap_lines(text) == text


def test_a_paragraph_wrapped_before_capitals_half_the_time_is_unwrapped_too() -> None:
    text = (
        "Uprzejmie informujemy, że w dniu 12 marca 2020 r. w sali konferencyjnej\n"
        "Regionalnego Ośrodka Polityki Społecznej w Toruniu odbędzie się szkolenie\n"
        "dla koordynatorów Partnerskich Zespołów Kooperacyjnych z gmin Chełmża,\n"
        "Lubicz i Obrowo. Szkolenie poprowadzi dr Anna Zielińska z Uniwersytetu\n"
        "Mikołaja Kopernika. Zgłoszenia przyjmujemy do 10 marca.\n"
    )
    assert unwrap_lines(text) == text[:-1].replace("\n", " ") + "\n"
    (event,) = extract(text, published="2020-03-05").events
    assert (event.event_type, event.start_date, event.status) == ("training", "2020-03-12", "planned")
    assert event.venue == "sala konferencyjna Regionalnego Ośrodka Polityki Społecznej w Toruniu"

"""Page widgets: which lines of a scraped page belong to other pages."""

from kooperacja_nlp.page import in_widget, widget_item_date, widget_spans

PAGE = (
    "Powiązane artykuły\n"
    "22.01.2020 Ruszył Partnerski Zespół Kooperacji\n"
    "11.03.2021 – Zaproszenie na sesję Rady Powiatu w dniu 30 marca 2021 r.\n"
    "\n"
    "Aktualności\n"
    "Spotkanie zespołu w Opatowie\n"
    "\n"
    "W środę 4 marca 2020 r. odbyło się posiedzenie zespołu.\n"
)


def test_a_heading_and_its_short_lines_up_to_a_blank_line_are_a_widget() -> None:
    spans = widget_spans(PAGE)
    assert [PAGE[s:e] for s, e, _ in spans] == [PAGE[PAGE.index("22.01") : PAGE.index(" r.\n") + 3]]
    # one line under "Aktualności" is the article's rubric and headline, not a widget
    assert not in_widget(PAGE, PAGE.index("Spotkanie zespołu"))
    assert not in_widget(PAGE, PAGE.index("W środę"))


def test_an_items_own_date_is_the_widgets_a_date_in_its_title_is_a_happening() -> None:
    assert widget_item_date(PAGE, PAGE.index("22.01.2020"))
    assert widget_item_date(PAGE, PAGE.index("11.03.2021"))
    assert not widget_item_date(PAGE, PAGE.index("30 marca"))


def test_a_date_set_apart_at_the_end_of_an_item_is_its_posting_day() -> None:
    page = (
        "Zobacz również:\n"
        "- Szkolenie dla asystentów rodziny – 2021-02-10\n"
        "- Dzień Seniora w Kcyni (05.10.2021 r.)\n"
        "- Zaproszenie na spotkanie w Kcyni 18 października 2021 r. w remizie OSP\n"
    )
    assert widget_item_date(page, page.index("2021-02-10"))
    assert widget_item_date(page, page.index("05.10.2021"))
    assert not widget_item_date(page, page.index("18 października"))
    # an item whose posting day opens its line: the date closing it is the title's happening
    dated = "Ostatnie wpisy\n11.03.2021 Zebranie wiejskie – 5 marca\n09.03.2021 Dzień Kobiet – 8 marca\n"
    assert widget_item_date(dated, dated.index("11.03.2021"))
    assert not widget_item_date(dated, dated.index("5 marca"))


def test_every_date_in_comments_is_the_widgets() -> None:
    page = "Tekst artykułu.\n\nKOMENTARZE (1)\nHalina Węgrzyn, 04.01.2023 o 19:02\nA u nas?\n"
    assert widget_item_date(page, page.index("04.01.2023"))


def test_no_heading_no_widget() -> None:
    assert widget_spans("12.03.2020 Sesja Rady Miejskiej\n10.03.2020 Dzień Kobiet\n") == ()

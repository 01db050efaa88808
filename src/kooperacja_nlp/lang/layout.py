# Page furniture that scraped news text carries around the article: breadcrumbs, menus, datelines.
# Collected by the project from Polish public-sector websites. Lower-case.
import re
from typing import Final

# A line containing one of these separators is a breadcrumb/menu path, not a heading.
BREADCRUMB_SEPARATORS: Final[tuple[str, ...]] = ("»", "›", " > ", " / ", " | ")
# Lines that start with these are navigation or metadata, never the article's heading.
NAVIGATION_PREFIXES: Final[tuple[str, ...]] = (
    "strona główna",
    "start",
    "menu",
    "aktualności",
    "wróć",
    "powrót",
    "drukuj",
    "wydrukuj",
    "zapisz",
    "pobierz",
    "wyślij",
    "poprzedni wpis",
    "poprzedni artykuł",
    "następny wpis",
    "następny artykuł",
    "zobacz też",
    "zobacz także",
    "udostępnij",
    "opublikowano",
    "opublikował",
    "data:",
    "data publikacji",
    "dodano",
    "utworzono",
    "kategoria",
    "autor:",
    "zaloguj",
    "szukaj",
    "wyszukaj",
    "przejdź do",
    "mapa strony",
    "deklaracja dostępności",
    "ta strona używa",
    "używamy plików cookie",
    "strona korzysta",
    "nasza strona",
    "korzystamy z",
    "serwis używa",
    "serwis korzysta",
    "jesteś tutaj",
    "jesteś w:",
    "kategorie",
    "rubryka",
    "tagi:",
    "odsłony",
    "wyświetleń",
    "liczba odsłon",
    "liczba wyświetleń",
    "wyświetlenia",
    "aktualizacja",
    "źródło:",
    "fot.",
    "foto:",
    "zdjęcia:",
    "tekst:",
    "czytaj więcej",
    "informacja prasowa",
)
# How many non-empty lines from the top may hold the headline (site name, menus and banners come first).
HEADLINE_WINDOW: Final[int] = 25

# A dateline on its own line, lower-cased: "olsztyn, 4 marca 2021 r.", "14.10.2019", "środa, 5 maja 2021 r.,
# godz. 10:15". An optional place or weekday (up to three words and a comma), a day with a month written
# as a word, a number or a Roman numeral, a year, and an optional time. The words are possessive and
# may not start inside a word, so that even a search over a megabyte of letters stays linear.
DATELINE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.-])(?:[^\W\d_][\w.-]*+(?: [^\W\d_][\w.-]*+){0,2}, ?)?(?:[^\W\d_]++, ?)?"
    r"\d{1,2}(?:\.\s?\d{1,2}\.\s?|\s[^\W\d_]+\.?\s|\.[ivx]{1,4}\.)\d{4}\s?(?:r\.?|roku)?"
    r"(?:,?\s?(?:godz\.|o godz\.)?\s?\d{1,2}[:.]\d{2})?\.?\s*$"
)

# Words that mark a line as a banner wherever they stand in it (cookie and consent notices).
BANNER_WORDS: Final[tuple[str, ...]] = ("cookie", "ciasteczk", "polityka prywatności", "przetwarzanie danych osobowych")
# "Odsłony: 154", "Komentarze: 0": a label and a count.
COUNTER_LINE_RE: Final[re.Pattern[str]] = re.compile(r"[^\W\d_][\w ]{0,30}:\s*\d[\d\s]*$")

# Headings of a page's widgets: lists of other articles, an events calendar, an archive, comments
# ("NAJNOWSZE WIADOMOŚCI", "Powiązane artykuły", "KALENDARZ WYDARZEŃ – PAŹDZIERNIK", "KOMENTARZE
# (3)", "Zobacz także:"). The lines under one, up to a blank line, tell other pages' content: their
# dates are not this article's events and their names not its people. Lower-case, the whole line.
WIDGET_HEADING_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:[»•*#▪►-][ \t]?)?(?:"
    r"(?:najnowsze|ostatnie|inne|więcej|polecane|popularne|podobne|powiązane)"
    r"[ \t](?:wiadomości|wpisy|artykuły|informacje|aktualności|teksty|treści|komentarze)"
    r"|aktualności|wiadomości|polecamy|najczęściej czytane|nadchodzące wydarzenia|wydarzenia"
    r"|(?:zobacz|czytaj|przeczytaj)[ \t](?:też|także|również)"
    r"|kalendarz(?:[ \t](?:wydarzeń|imprez|spotkań))?"
    r"|archiwum(?:[ \t](?:wpisów|wiadomości|aktualności))?"
    r"|komentarze|komentarzy"
    r")(?:[ \t]?\(\d{1,5}\))?(?:[ \t]?[–—-][ \t][^\n]{0,40})?[ \t]?:?[ \t]*"
)
# A widget's item is a short line; a longer one is prose again (the article), which ends the widget.
WIDGET_ITEM_MAX_CHARS: Final[int] = 200
# A heading with a single line under it may be the article's own rubric ("Aktualności" / headline).
WIDGET_MIN_ITEMS: Final[int] = 2
# What sets an item's posting date apart at the end of its line ("Spotkanie w Gdańsku – 2020-01-20",
# "Sesja Rady | 12.03.2020", "Dzień Seniora (05.10.2021)"), and how long that date may be written
# ("2020-01-20", "5 października 2021 r."): more text after it makes it part of the title.
ITEM_DATE_SEPARATORS: Final[tuple[str, ...]] = ("–", "—", "-", "|", "(", ",", "/", "·", "•")
ITEM_DATE_MAX_CHARS: Final[int] = 26
# what may stand before an item's first word ("- ", "• ", "» ")
ITEM_BULLETS: Final[str] = " \t-–—•·*»▪►"

# Page furniture that scraped news text carries around the article: breadcrumbs, menus, datelines.
# Collected by the project from Polish public-sector websites. Lower-case.
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
)

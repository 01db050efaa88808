# Polish wording of the human-facing outputs (HTML report, iCalendar, JSON-LD names): display
# names of the record labels, captions, headings and notes. Written by the project; the event-type
# names follow the meeting types of FORMAT.md / records.EventType. Data only: the writers
# (report.py, io/ical.py, io/jsonld.py) decide where each text goes and escape it there.
# Texts with "{name}" fields are filled in with str.format by the writer.
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

# --- record labels -------------------------------------------------------------------------------

# Display name of each records.EventType (tests/test_report.py checks that none is missing).
EVENT_TYPE_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "steering_committee": "Posiedzenie komitetu sterującego",
        "project_team": "Spotkanie zespołu projektowego",
        "local_cooperation": "Spotkanie lokalnego zespołu kooperacji",
        "training": "Szkolenie lub warsztaty",
        "consultation": "Konsultacje",
        "conference": "Konferencja lub seminarium",
        "agreement_signing": "Podpisanie porozumienia",
        "study_visit": "Wizyta studyjna",
        "other": "Inne wydarzenie",
    }
)
# Display name of each records.Status.
STATUS_LABELS: Final[Mapping[str, str]] = MappingProxyType({"held": "odbyło się", "planned": "zapowiedziane"})

# Abbreviation put before a voivodeship name in an address line ("Toruń, woj. kujawsko-pomorskie").
VOIVODESHIP_ABBREVIATION: Final[str] = "woj."
# Joins a start time to a date: "2021-03-04, godz. 10:00".
TIME_PREFIX: Final[str] = "godz."

# --- HTML report (report.py, templates/report.html) ----------------------------------------------

REPORT_TITLE: Final[str] = "Wydarzenia w projektach – raport z ekstrakcji"
NO_PROJECT: Final[str] = "(bez nazwanego projektu)"
UNKNOWN_VOIVODESHIP: Final[str] = "(nieustalone)"
SUMMARY_CAPTIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "articles": "artykuły",
        "with_events": "artykuły z wydarzeniami",
        "events": "wydarzenia",
        "planned": "w tym zapowiedziane",
        "errors": "artykuły z błędem",
    }
)
PERIOD: Final[str] = "Okres: {first} – {last}"
TIMELINE_LABEL: Final[str] = "Oś czasu wydarzeń"
NOTHING_ON_TIMELINE: Final[str] = "Brak wydarzeń z datą do pokazania na osi czasu."
# {count} is the number of events left out of the timeline (the report wraps it in a tagged span).
NOT_ON_TIMELINE: Final[str] = (
    "Wydarzenia z datą, której nie da się umieścić w czasie (bez roku lub z samym rokiem), "
    "nie są pokazane na osi: {count}. Są w tabeli poniżej."
)
COUNT_HEADERS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "type": "Typ",
        "voivodeship": "Województwo",
        "events": "Wydarzenia",
        "articles": "Artykuły (typ główny)",
    }
)
NO_DATA: Final[str] = "Brak danych."
NO_EVENTS: Final[str] = "Nie znaleziono wydarzeń."
EVENT_TABLE_HEADERS: Final[tuple[str, ...]] = (
    "Data",
    "Typ",
    "Status",
    "Miejsce",
    "Województwo",
    "Projekty",
    "Uczestnicy",
    "Dowód (zdanie źródłowe)",
    "Artykuł",
)
ERRORS_HEADING: Final[str] = "Artykuły, których nie udało się przetworzyć"
ERROR_TABLE_HEADERS: Final[tuple[str, ...]] = ("Dokument", "Kod", "Komunikat")

# --- iCalendar (io/ical.py) ----------------------------------------------------------------------

CALENDAR_NAME: Final[str] = "kooperacja-nlp: wydarzenia"
# X-WR-CALDESC: says which events a calendar cannot hold, for the reader who misses one.
CALENDAR_DESCRIPTION: Final[str] = (
    "Wydarzenia z artykułów o projektach, z dokładną datą dzienną. Wydarzenia, których data to sam "
    "miesiąc, sam rok albo dzień bez roku, nie mieszczą się w kalendarzu i zostały pominięte."
)
# Captions of the DESCRIPTION lines that follow the evidence sentence.
ICS_CAPTIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "time": "Godzina rozpoczęcia",
        "status": "Status",
        "projects": "Projekt",
        "participants": "Uczestnicy",
        "organizations": "Instytucje",
        "source": "Źródło",
    }
)

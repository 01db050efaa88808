# Cue words for events: what makes a dated sentence a happening, its type (labels of FORMAT.md),
# its status (held/planned) and which dates or places are not the event's. Collected by the
# project from Polish social-policy news (regional centres' and municipalities' pages, 2012-2023).
#
# A cue is a sequence of lower-case word stems separated by single spaces: every stem matches at
# a word start and may be followed by more letters ("komitet sterując" matches "Komitetu
# Sterującego"); words are separated by any non-letters (spaces, quotes, dashes, "ds."). A " ~ "
# between two stems allows up to four words between them ("podpisa ~ porozumie" matches
# "podpisane zostały porozumienia"). The patterns are compiled from these tuples in
# ``components/events.py`` and stay linear-time (bounded gaps, disjoint character classes).
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from kooperacja_nlp.lang.pronouns import RELATIVE_PRONOUNS

# (cue, weight): how strongly a cue says the happening is of that type. 5 = names the body or the
# act itself (Komitet Sterujący, podpisanie porozumienia), 3 = the usual noun of the type
# (konferencja, szkolenie), 1-2 = topical hints that only tip a balance.
TYPE_CUES: Final[Mapping[str, tuple[tuple[str, int], ...]]] = MappingProxyType(
    {
        "steering_committee": (
            ("komitet sterując", 6),
            ("komitety sterując", 6),
            ("komitecie sterując", 6),
            ("ks projektu", 2),
            ("posiedzeni komitet", 3),  # "poprzednie posiedzenie Komitetu odbyło się w czerwcu"
        ),
        "project_team": (
            ("zesp ds model", 4),
            ("zesp do spraw model", 4),
            ("zesp ds opracowania", 4),
            ("zesp ds wdrażania", 4),
            ("zesp projektow", 4),
            ("zesp projektu", 4),  # "spotkanie robocze zespołu projektu z przedstawicielami partnera"
            ("zespołów projektow", 4),
            ("partner regionaln", 3),
            ("partnerów projektu", 2),
            ("ekspert ds model", 2),
            ("eksperci ds model", 2),
            ("zesp ekspert", 2),
            # the project's expert panel is a working body of the project (FORMAT.md: experts)
            ("panel ekspert", 4),
            ("koordynator regionaln", 2),
            ("makroregion", 1),
            ("spotkani ~ animator", 3),
            ("animator ~ doradc", 3),
            ("spotkani robocz", 2),
            ("robocz spotkani", 2),
            ("koordynator projekt", 2),
        ),
        "local_cooperation": (
            ("partnersk zesp kooperac", 5),
            ("partnersk związ kooperac", 5),
            ("pzk", 5),
            ("gminno powiatow zesp", 5),
            ("gminn zesp kooperac", 5),
            ("gminn grup kooperac", 5),
            ("powiatow zesp kooperac", 5),
            ("powiatow grup decydent", 5),
            ("powiatow grup refleks", 5),
            ("grup decydent", 4),
            ("zesp kooperac", 4),
            ("zesp kooperant", 4),
            ("zadaniow zesp", 3),
            ("spotkani inicjując", 3),
            ("spotkani formalizując", 3),
            ("grup robocz", 2),
            # the gmina's interdisciplinary team against domestic violence: a local cooperation body
            ("zesp interdyscyplinarn", 1),
            ("zespołów interdyscyplinarn", 1),
            ("grup diagnostyczno pomocow", 1),
            ("partnerstw lokaln", 2),
            ("partnerstwa lokaln", 2),
            ("budowani partnerstw", 2),
            ("indeks współprac", 2),
            ("zesp ds ekonomii", 2),
            ("zesp do spraw ekonomii", 2),
            ("pilotaż", 1),
            ("pilotażow", 1),
            ("kooperant", 1),
            ("wdrażani model", 1),
            ("wdrażania rozwiązań", 1),
        ),
        "training": (
            ("szkoleni", 3),
            ("szkoleń", 3),
            ("webinar", 4),
            ("e learning", 3),
            ("szkoł kooperac", 4),
            ("szkoł animator", 4),
            ("makroregionaln szkoł", 4),
            ("szkoł liderów", 4),
            # the dative and locative ("w Makroregionalnej Szkole Kooperacji"): ł alternates with l
            ("szkol kooperac", 4),
            ("szkol animator", 4),
            ("makroregionaln szkol", 4),
            ("szkol liderów", 4),
            ("warsztat", 3),
            ("kurs", 2),
            ("instruktaż", 2),
            ("dzień studyjn", 3),
            ("trener", 1),
            ("zajęci", 1),
        ),
        "consultation": (
            ("spotkani konsultacyjn", 5),
            ("spotkań konsultacyjn", 5),
            ("spotkaniu konsultacyjn", 5),
            ("informacyjno konsultacyjn", 5),
            ("konsultacj społeczn", 4),
            ("konsultacj", 3),
            ("konsultow", 2),
            ("prac nad program", 2),
            ("opracowani program", 2),
            ("projekt program", 1),
            ("projekt strategii", 1),
        ),
        "conference": (
            ("konferencj", 4),
            ("seminari", 3),
            ("forum", 3),
            ("gala", 3),
            ("gali", 3),
            ("galę", 3),
            ("kongres", 3),
            ("debat", 2),
            ("debaci", 2),
            ("spotkani podsumowując", 3),
            ("spotkaniu podsumowując", 3),
            ("podsumowani projekt", 2),
            ("podsumowując projekt", 2),
            ("podsumowując realizacj", 2),
            ("podsumowano", 1),
            ("upowszechni", 2),
            ("informacyjno edukacyjn", 3),
            ("subregionaln", 1),
            ("prelegent", 1),
            ("prelekc", 1),
            ("wykład", 1),
            ("panel", 1),
        ),
        "agreement_signing": (
            ("podpisa ~ porozumie", 6),
            ("porozumie ~ podpisa", 6),
            ("podpisa ~ deklarac", 6),
            ("deklarac ~ podpisa", 6),
            ("podpisa ~ umow", 6),
            ("umow ~ podpisa", 5),
            # the funding agreement, whose signer's title may stand between: "Umowę o dofinansowanie
            # Zastępca Prezydenta Miasta Gniezna Aleksander Dubiel podpisał 6 lutego"
            ("umow o dofinansowani", 4),
            ("umow na realizacj", 4),  # "umowę na realizację programu Wójt Gminy ... podpisał 12.VIII.2021 r."
            ("podpisa ~ list intencyjn", 6),
            ("sygnatariusz", 1),
            ("deklarac przystąpieni", 3),
            ("zawart porozumie", 3),
            ("zawarci porozumie", 3),
            ("zawarł ~ porozumie", 3),
            ("porozumie", 1),
        ),
        "study_visit": (
            ("wizyt studyjn", 6),
            ("wizyc studyjn", 6),
            ("wyjazd studyjn", 6),
            ("wyjeźdz studyjn", 6),
            ("wizyta studyjn", 6),
            ("z wizytą", 3),
            ("wyjazd ~ do", 3),  # "kolejny wyjazd, tym razem do Wiednia": a trip to see a place
            ("pojad ~ do", 3),
            ("pojedzi ~ do", 3),
            ("rewizyt", 5),  # "Rewizyta w Kownie zaplanowana jest na 12–14 maja"
            ("wizyt", 2),
            ("odwiedz", 2),  # "członkowie zespołu odwiedzili Lubliniec", "odwiedzą Kartuzy"
            ("goście ~ odwiedzili", 2),
            ("gościli", 2),
            ("gościł", 2),  # "delegacja naszego ośrodka gościła w Zielonej Górze"
            ("delegacj", 3),
        ),
        "other": (
            # an information meeting (for residents, candidates, applicants) is none of the kinds
            # above unless its own words say so ("spotkanie informacyjne dla kandydatów na asystentów")
            ("spotkani informacyjn", 1),
            # a day of celebration is the happening even when a cooperation group organises it
            ("dzień senior", 6),
            ("dnia senior", 6),
            ("dniu senior", 6),
            ("dni senior", 6),
            ("dzień dziecka", 6),
            ("dnia dziecka", 6),
            ("dniu dziecka", 6),
            ("dzień rodzin", 6),
            ("dnia rodzin", 6),
            ("dniu rodzin", 6),
            ("dzień kobiet", 6),  # and the other days of the calendar a club or a gmina celebrates
            ("dnia kobiet", 6),
            ("dniu kobiet", 6),
            ("dzień matki", 6),
            ("dnia matki", 6),
            ("dzień babci", 6),
            ("dnia babci", 6),
            ("mikołajk", 4),
            ("andrzejk", 4),
            ("zabaw karnawałow", 4),
            ("zabaw choinkow", 4),
            ("bal karnawałow", 4),
            ("konwent", 3),
            ("grup wsparcia", 3),  # "spotkanie grupy wsparcia dla rodzin zastępczych"
            ("zarząd ~ stowarzyszeni", 2),
            ("posiedzeni zarządu", 3),
            ("posiedzeni rady", 3),
            ("posiedzeni komisj", 3),
            ("posiedzeniu komisj", 3),
            ("komisj ~ rady", 3),
            ("sesj rady", 3),
            ("rad ~ sesj", 3),  # "Rada Powiatu przyjęła na sesji"
            ("sesja rady", 3),
            ("spotkani sieciując", 3),
            ("spotkani opłatkow", 4),
            ("spotkani z okazji", 4),  # an occasion: "spotkanie z okazji Dnia Kobiet", "... Dnia Seniora"
            ("z okazji", 2),
            ("piknik", 4),
            ("festiwal", 3),
            ("uroczyst otwar", 4),
            ("wyjazd integracyjn", 6),  # a trip for families or seniors, not a study visit
            ("wyjeźdz integracyjn", 6),
            ("uroczyst inauguracj", 4),  # "uroczysta inauguracja nowego sezonu" of a club
            ("spotkani inauguracyjn", 3),  # a project group's first meeting, unless a body is named
            ("uroczyś otwar", 4),
            ("otwarto", 3),
            ("jarmark", 3),
            ("wigili", 3),
            ("festyn", 3),
            ("targi", 3),
            ("targach", 3),
            ("podziękowani", 1),
            ("nagrod", 1),
            ("wyróżnieni", 1),
        ),
    }
)

# Nouns that name the happening itself with its type ("odbyło się szkolenie dla koordynatorów PZK"
# is a training, whoever it was for). When one comes before any generic noun of the event's
# sentence, its label gets a bonus. Same stem syntax as TYPE_CUES.
HEAD_CUES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "training": (
            "szkoleni",
            "warsztat",
            "webinar",
            "kurs",
            "szkoł kooperac",
            "szkol kooperac",
            "szkoł animator",
            "szkol animator",
            "zjazd szkoł",
        ),
        "conference": ("konferencj", "seminari", "forum", "gala", "gali", "galę", "kongres", "debat", "debaci"),
        "consultation": ("konsultacj", "spotkani konsultacyjn", "spotkaniu konsultacyjn", "informacyjno konsultacyjn"),
        "study_visit": ("wizyt studyjn", "wizyc studyjn", "wyjazd studyjn", "wyjeźdz studyjn"),
        "agreement_signing": ("podpisani ~ porozumie", "podpisani ~ deklarac", "podpisani ~ umow"),
        "other": ("piknik", "festyn", "festiwal", "wigili", "spotkani opłatkow", "jarmark"),
    }
)
# Names of institutions that contain a type cue word but name no happening: "pokażemy im działalność
# Warsztatu Terapii Zajęciowej" is no training. Masked before the type cues are looked for.
CUE_WORD_NAMES: Final[tuple[str, ...]] = (
    "warsztat terapii zajęciow",
    "warsztatów terapii zajęciow",
)

# Words that tell the next happening of a series ("Kolejny webinar odbędzie się 17 marca").
SERIES_CUES: Final[tuple[str, ...]] = ("kolejn", "następn")

# Generic nouns of a happening: after one of them, a typed noun is a modifier, not the head
# ("spotkanie PZK o charakterze warsztatowym").
GENERIC_HAPPENING_NOUNS: Final[tuple[str, ...]] = (
    "spotkani",
    "posiedzeni",
    "zebrani",
    "obrad",
    "sesj",
    "wydarzeni",
    "inicjatyw",
)

# Order in which labels win a tie of scores: the more specific body or act first.
TYPE_PRIORITY: Final[tuple[str, ...]] = (
    "steering_committee",
    "agreement_signing",
    "study_visit",
    "local_cooperation",
    "training",
    "consultation",
    "conference",
    "project_team",
    "other",
)

# Words that make a dated sentence a happening (nouns of meetings and verbs of taking place).
HAPPENING_CUES: Final[tuple[str, ...]] = (
    "spotka",
    "spotkań",
    "posiedzeni",
    "posiedzeń",
    "zebrani",
    "obrad",
    "sesj",
    "szkoleni",
    "szkoleń",
    "warsztat",
    "webinar",
    "kurs",
    "szkoł kooperac",  # "brała udział w Makroregionalnej Szkole Kooperacji"
    "szkol kooperac",
    "zajęcia",  # "16 listopada – pierwsze zajęcia w ramach projektu" (not "zajęcie", an occupation)
    "konferencj",
    "seminari",
    "forum",
    "gala",
    "gali",
    "galę",
    "kongres",
    "debat",
    "konsultacj",
    "wizyt",
    "wizyc",
    "wyjazd",
    "wyjeźdz",
    "wyjecha",
    "przyjecha",
    "przyjad",
    "odwiedz",  # "odwiedzili", "odwiedzą", "odwiedzając"
    "zjazd",
    "zjeźdz",
    "piknik",
    "festyn",
    "podpisa",
    "porozumie",
    "deklarac",
    "przystąpi",
    "odbył",
    "odbyła",
    "odbyło",
    "odbyły",
    "odbędzie",
    "odbędą",
    "miał ~ miejsce",
    "zorganizowan",
    "zorganizował",
    "organizuje",
    "przeprowadzon",
    "zainaugurowan",
    "inaugurac",
    "gościl",
    "gościł",  # "grupa gościła w MOPR w Zamościu"
    "rewizyt",
    "spotyka",  # "spotykamy się z animatorami"
    "pojad",
    "pojedzi",
    "uroczyst",
    "uroczyś",
    "otwarto",
    "konsultow",
    "wydarzeni",
    "zaplanowano",
    "zaprasza",
    "wręczen",
    "uczestniczył",
    "udział wzięl",
    "wzięl udział",
    "wzięł udział",
    "zebrał",
    "zebrali",
    "zbierze",
    "zbiorą",
    "trwał",
)

# Singular nouns of one happening (nominative), which a dash after a month gives to it: "a w
# listopadzie – otwarte spotkanie Zespołu Kooperacji" (not "szkolenia", a series).
SINGLE_HAPPENING_NOUNS: Final[tuple[str, ...]] = (
    "spotkanie",
    "posiedzenie",
    "zebranie",
    "konferencja",
    "szkolenie",
    "seminarium",
    "wizyta",
    "debata",
    "gala",
    "forum",
)
# Happenings told with a finite verb of taking place (used for month-only dates, which count as
# an event only when a single happening is reported for that month).
SINGLE_HAPPENING_CUES: Final[tuple[str, ...]] = (
    "odbyło się",
    "odbyła się",
    "odbył się",
    "odbędzie się",
    "miał ~ miejsce",
    "zbierze się",
    "zbiorą się",
    "spotka się",
    "spotkają się",
    "zaplanowano na",
    "zaplanowan ~ na",
    "planowan ~ na",
    # a singular participle before the month: "na konferencji podsumowującej, planowanej w
    # listopadzie 2023 r." (not the plural "szkolenia planowane w październiku", a series)
    "planowanej w",
    "planowana w",
    "planowany w",
    "planowanym w",
    "planowanego w",
    # a trip is one happening: "pierwsza [wizyta], w marcu, prowadziła do Poznania"
    "prowadził do",
    "prowadziła do",
    "prowadziły do",
    "wyjechał",
    "pojechał",
    "odwiedził",
    # one happening announced or done: "W listopadzie br. planujemy seminarium", "szkolenie, które
    # w październiku 2020 r. przeprowadzono w Pile"
    "planujemy",
    "planuje się",
    "pojad",  # a trip is one happening: "seniorzy pojadą z wizytą studyjną"
    "pojedzi",
    "uda się do",  # "we wrześniu grupa pracowników uda się do Drezna"
    "udadzą się do",
    "udała się do",
    "udali się do",
    "udały się do",
    "planowane jest",
    "planowany jest",
    "planowana jest",
    "zorganizujemy",
    "zostanie zorganizowan",
    "zostanie przeprowadzon",
    "przeprowadzono",
)

# "Also": a second happening on a day that already has one ("odbyło się również spotkanie ...").
ADDITIVE_CUES: Final[tuple[str, ...]] = ("również", "także", "też", "ponadto", "dodatkowo", "oprócz tego", "natomiast")

# Future or announcement: the happening has not taken place yet.
PLANNED_CUES: Final[tuple[str, ...]] = (
    # perfective verbs in the non-past: the future ("członkowie Grupy wezmą udział w szkoleniu");
    # each cue is a stem, so none may begin a past form ("poprowadzi" would match "poprowadził")
    "wezmą udział",
    "weźmie udział",
    "spotkamy się",
    "uda się do",  # "grupa uda się do Drezna"
    "udadzą się do",
    # "X was the announcement of Y": the copula is past, Y is still to come ("Wystąpienie gościa
    # było zapowiedzią wizyty studyjnej – we wrześniu grupa uda się do Drezna")
    "był zapowiedzią",
    "była zapowiedzią",
    "było zapowiedzią",
    "były zapowiedzią",
    "jest zapowiedzią",
    "są zapowiedzią",
    # a happening moved to a new day is announced for it ("zostaje przeniesione na czwartek 16
    # kwietnia"; a report of it would tell it held)
    "przeniesion na",
    "przełożon na",
    "przesunięt na",
    "wybieramy się",  # the present of a plan: "W sobotę 9 września wybieramy się na wyjazd studyjny"
    "wybierają się",
    "wybiera się",
    "pojad",  # "seniorzy pojadą z wizytą studyjną", "pojedziemy do Sanoka"
    "pojedzi",
    "wyjad",
    "wyjedzi",
    "planujemy",  # "Pod koniec listopada planujemy konferencję"
    "zaplanowano",  # "na 7 lipca zaplanowano szkolenie" (the planning is past, the happening is not)
    "zaplanowan ~ na",
    "odbędzie się",
    "odbędą się",
    "przyjadą",
    "przyjedzie",
    "odwiedzą",
    "zbierze się",
    "zbiorą się",
    "spotkają się",
    "odbywać się będzie",
    "odbywać się będą",
    "będzie się odbywać",
    "zaplanowano na",
    "zaplanowane jest na",
    "zaplanowane zostało na",
    "zaplanowany jest na",
    "planowane jest",
    "planowany jest",
    "planowana jest",
    "zaprasza",
    "zapraszamy",
    "zaproszenie",
    "organizuje",
    "organizujemy",
    "zostanie",
    "zostaną",
    "zostanie zorganizowan",
    "zostanie przeprowadzon",
    "zostaną przeprowadzon",
    "rozpocznie się",
    "rozpoczną się",
    "będzie miało miejsce",
    "będzie miała miejsce",
    "będzie",
    "będą",
    "zgłoszeni",
    "rekrutacj",
)
# Titles of a schedule: a table of dates under one ("Harmonogram szkoleń – I półrocze 2018", then
# rows flattened to one cell per line: "1." / "12–13.03.2018" / "Praca socjalna z rodziną" /
# "Biała Podlaska, sala PCPR") lists happenings of the kind the title names.
SCHEDULE_CUES: Final[tuple[str, ...]] = ("harmonogram", "terminarz", "kalendarz", "plan szkoleń", "plan spotkań")
# At most this many cells of a row after its date (topic, place, trainer, remarks).
ROW_CELLS: Final[int] = 4

# A day a happening was set for and no longer is: "spotkanie, zaplanowane na 12 marca br., zostało
# przełożone na 26 marca", "konferencja, która miała się odbyć 17 marca, została odwołana",
# "zapowiadane wcześniej na 29 maja, zostało przeniesione na 5 czerwca". The day after one of these
# words (at most two words between) is not an event when its sentence also tells of the change;
# "zaplanowane na 12 marca" alone is a plan like any other.
FORMER_DAY_CUES: Final[tuple[str, ...]] = (
    "miał się odbyć",
    "miała się odbyć",
    "miało się odbyć",
    "miały się odbyć",
    "mieli się spotkać",
    # the same with the other word order: "szkolenie, które miało odbyć się 19 marca br."
    "miał odbyć się",
    "miała odbyć się",
    "miało odbyć się",
    "miały odbyć się",
    "zaplanowan",
    "zapowiadan",
    "pierwotnie",
    "wyznaczon",
)
CHANGE_CUES: Final[tuple[str, ...]] = (
    "pierwotnie",
    "miał się odbyć",
    "miała się odbyć",
    "miało się odbyć",
    "miały się odbyć",
    "miał odbyć się",
    "miała odbyć się",
    "miało odbyć się",
    "miały odbyć się",
    "przełożon",
    "przeniesion",
    "przesunięt",
    "odwołan",
    "zmian terminu",
    "zmiana terminu",
    "zmiany terminu",
    "nowy termin",
    "nowym terminie",
    "nie odbędzie się",
    "nie odbyło się",
    "nie odbyła się",
    "nie doszło",
)

# Verbs whose tense is not the happening's: auxiliaries ("zostało przeniesione") and the acts of
# preparing or announcing it ("przygotowano konsultacje online – 19 marca"), done before it.
NO_TENSE_VERBS: Final[frozenset[str]] = frozenset(
    {
        "być",
        "zostać",
        "mieć",
        "przygotować",
        "przygotowywać",
        "zaplanować",
        "planować",
        "przenieść",
        "przesunąć",
        "zapowiedzieć",
        "zapowiadać",
        "przewidzieć",
        "zaprosić",
        "zapraszać",
        "ogłosić",
        "wyznaczyć",
        "ustalić",
        "postanowić",
        "zdecydować",
    }
)

# "the next meeting" with no verb ("Następne spotkanie – 9 listopada."): planned, but only when the
# sentence has no tense cue at all ("kolejne" is left out: "odbyło się kolejne spotkanie" is common).
NEXT_MEETING_CUES: Final[tuple[str, ...]] = (
    "następne spotkanie",
    "następne posiedzenie",
    "następne szkolenie",
    "następne zebranie",
    "najbliższe spotkanie",
    "najbliższe posiedzenie",
    "najbliższe szkolenie",
    "najbliższe zebranie",
)
# A signing told as done: past tense of the held happening and the realis of a signing alike.
SIGNED_CUES: Final[tuple[str, ...]] = (
    "podpisali",
    "podpisał",
    "podpisano",
    "podpisane został",
    "został podpisan",
    "zostały podpisan",
    "zostało podpisan",
    "została podpisan",
)
# Past: reported as having happened.
HELD_CUES: Final[tuple[str, ...]] = (
    "odbył",
    "odbyła",
    "odbyło",
    "odbyły",
    "miał ~ miejsce",
    "był",
    "była",
    "było",
    "byli",
    "były",
    "spotkali",
    "spotkały",
    "spotkał",
    "wyjechal",
    "wyjechał",
    "przyjechal",
    "przyjechał",
    "odwiedzil",
    "odwiedził",
    "uczestniczył",
    "uczestniczyl",
    "wzięli udział",
    "wzięły udział",
    "wziął udział",
    "wzięła udział",
    "udział wzięl",
    "zorganizował",
    "zostało zorganizowan",
    "została zorganizowan",
    "został zorganizowan",
    "zostało przeprowadzon",
    "została przeprowadzon",
    "przeprowadzono",
    *SIGNED_CUES,
    "przystąpił",
    "zakończył",
    "gościl",
    "gościł",
    "zebrał",
    "zebrali",
    "trwał",
    "zainaugurowan",
    "za nami",
    "omówiono",
    "przedstawiono",
    "zaprezentowano",
    "dyskutowano",
    "przybyli",
    "otworzył",
    "rozpoczęł",
    "rozpoczął",
)

# A document, not a happening, when one of these stands just before the date ("uchwała z dnia").
DOCUMENT_CUES: Final[tuple[str, ...]] = (
    "uchwał",
    "uchwal",  # "uchwale", "uchwalonej"
    "piśm",  # "w piśmie z dnia"
    "ustaw",
    "rozporządzeni",
    "zarządzeni",
    "decyzj",
    "pism",
    "obwieszczeni",
    "wyrok",
    "postanowieni",
    "urodzon",
    "urodził",
    "zmarł",
)
# Between a document noun and "z dnia": its number and its issuer ("zarządzenia nr 112/2020
# Burmistrza z dnia", "uchwały Rady Miejskiej z dnia", "pisma Starostwa Powiatowego w Nisku z dnia").
# Capitalised words and numbers are skipped anyway; these are the lower-case ones.
DOCUMENT_FILLER_WORDS: Final[frozenset[str]] = frozenset(
    [
        "nr",
        "numer",
        "w",
        "we",
        "i",
        "rady",
        "zarządu",
        "wójta",
        "burmistrza",
        "prezydenta",
        "starosty",
        "marszałka",
        "wojewody",
        "ministra",
        "dyrektora",
        "kierownika",
        "prezesa",
        "miasta",
        "gminy",
        "powiatu",
        "województwa",
        "miejskiej",
        "gminnej",
        "powiatowej",
        "powiatowego",
        "starostwa",
        "urzędu",
    ]
)
# How many words a document noun may stand before "z dnia".
DOCUMENT_REACH: Final[int] = 10
# A calendar entry's head line: its day (maybe a weekday before it, hours after it), a separator
# and where it is: "wt., 21.02.2023, godz. 9:00–14:30 | Nysa", "2–3 marca 2023 r. | Brzeg",
# "śr. 15 marca 2023 | online (MS Teams)". The happening is the line under it ("Szkolenie
# „Usługi opiekuńcze ...”"); a dateline has no separator and place after its date.
CALENDAR_SEPARATORS: Final[str] = "|–—-"
CALENDAR_PLACE_MAX_CHARS: Final[int] = 40
# Headings of a calendar page's sections, which tell their entries' tense when the entries do not
# ("NADCHODZĄCE WYDARZENIA" / "wt., 21.02.2023 | Nysa" / "Szkolenie ..."; "Wydarzenia minione").
# Lower-case; a heading is a short line of these words (``SECTION_HEADING_MAX_CHARS``).
PLANNED_SECTION_HEADINGS: Final[tuple[str, ...]] = (
    "nadchodzące wydarzenia",
    "najbliższe wydarzenia",
    "planowane wydarzenia",
    "wydarzenia nadchodzące",
    "wydarzenia planowane",
    "zapowiedzi",
    "zapowiedzi wydarzeń",
    "najbliższe spotkania",
    "planowane spotkania",
    "planowane szkolenia",
    "najbliższe szkolenia",
    "przed nami",
)
HELD_SECTION_HEADINGS: Final[tuple[str, ...]] = (
    "minione wydarzenia",
    "wydarzenia minione",
    "zakończone wydarzenia",
    "wydarzenia zakończone",
    "zrealizowane wydarzenia",
    "wydarzenia zrealizowane",
    "odbyte spotkania",
    "zrealizowane spotkania",
    "zrealizowane szkolenia",
    "archiwum wydarzeń",
)
SECTION_HEADING_MAX_CHARS: Final[int] = 40
# How far back (characters) an entry's section heading is looked for.
SECTION_REACH: Final[int] = 3000
# Labels of the date field of an announcement ("Termin: 12.03.2020 r., godz. 10:00" under
# "Zaproszenie na szkolenie"): the happening is named in a line above.
DATE_FIELD_LABELS: Final[tuple[str, ...]] = ("termin", "data", "kiedy", "dzień")
# Labels of the place field of an announcement ("Miejsce: sala narad Urzędu Gminy w Lipniku").
PLACE_FIELD_LABELS: Final[tuple[str, ...]] = ("miejsce", "lokalizacja", "adres", "gdzie")
# Words that open a new clause after a comma ("..., natomiast porozumienie zostanie podpisane 15
# marca", "..., który w dniach 14-15 października obradował"): a happening noun before them heads
# another clause, not the one of a date after them. Whole lower-case words.
CLAUSE_OPENERS: Final[tuple[str, ...]] = (
    "natomiast",
    "a",
    "zaś",
    "ale",
    "lecz",
    "gdzie",
    "kiedy",
    *RELATIVE_PRONOUNS,
)
# Bullets that start the items of a list ("- 23 X 2020 r. – świetlica wiejska w Polichnie").
LIST_BULLETS: Final[str] = "-–—•·*▪►●○✓"
# Words right before a date that make it the bound of a period or a deadline, not a happening.
# "stan na 2.03.2018", "według stanu na 31.12.2019": the date a figure or table is valid for.
# Not "termin": "w terminie 7–8 września" and "Termin: 5 listopada" give a meeting's days; a
# deadline says "w terminie do" or names what is due ("termin składania wniosków: 15 marca").
BOUND_WORDS: Final[frozenset[str]] = frozenset(
    ["od", "do", "przed", "po", "najpóźniej", "dniem", "okres", "okresie", "końca", "począwszy", "stan", "stanu"]
)
# Words that may stand between such a bound word and the date ("do dnia", "od dnia").
DATE_LEAD_WORDS: Final[frozenset[str]] = frozenset(
    ["dnia", "dniu", "dniach", "dni", "w", "we", "z", "dn", "r", "roku", "na"]  # "stan na 2.03.2018"
)

# A dateline on the date's line: the article's own publication or update date.
PUBLICATION_CUES: Final[tuple[str, ...]] = (
    "opublikowan",
    "opublikował",
    "data publikacji",
    "data dodania",
    "publikacji",
    "dodania",
    "dodano",
    "utworzono",
    "data utworzenia",
    "aktualizacj",
    "zaktualizowan",
    "zmodyfikowan",
    "data wpisu",
    "data",
)
# "Today" words: a happening told as today's takes the article's own date.
TODAY_CUES: Final[tuple[str, ...]] = ("dziś", "dzisiaj", "dzisiejsz")

# Online happenings have no place.
ONLINE_CUES: Final[tuple[str, ...]] = (
    "online",
    "on line",
    "on-line",
    "zdaln",
    "wirtualn",
    "webinar",
    "za pomocą aplikacji",
    "za pośrednictwem platform",
    "ms teams",
    "zoom",
)
# ... unless it is hybrid: some met in a room ("w formie hybrydowej: w sali MOPS w Rudzie Śląskiej
# i za pośrednictwem platformy MS Teams"), so the room's locality is the place.
HYBRID_CUES: Final[tuple[str, ...]] = ("hybryd",)
# Words before a locality that make it a place of the happening ("w Toruniu", "na Koślince") or
# of its building ("Urzędu Miasta Zgierza").
PLACE_PREPOSITIONS: Final[frozenset[str]] = frozenset(["w", "we", "na"])
PLACE_OF_BUILDING_WORDS: Final[frozenset[str]] = frozenset(
    ["miasta", "gminy", "urzędu", "urzędzie", "starostwie", "starostwa", "ratuszu", "ratusza"]
)
# "Miasta"/"Gminy" name a building's locality only after a building word ("Urzędu Miasta Zgierza");
# alone they name a unit ("przedstawiciele gminy Dębno").
UNIT_GENITIVES: Final[frozenset[str]] = frozenset(["miasta", "gminy"])
# Unit nouns after "w": "w gminie Bieliny" says where, like "w Bielinach".
UNIT_NOUNS: Final[frozenset[str]] = frozenset(["gminie", "mieście", "miejscowości", "wsi", "sołectwie", "osadzie"])
# Unit nouns between such a word and a locality: "z gminą Lipnik", "dla gminy Lipnik", "do miasta Opola".
UNIT_NOUN_FORMS: Final[frozenset[str]] = frozenset(
    ["gminą", "gminy", "gminie", "miastem", "miasta", "mieście", "powiatem", "powiatu", "wsią", "wsi"]
)
# Words before a locality that make it someone's origin or an organiser's seat, not the venue.
NOT_PLACE_WORDS: Final[frozenset[str]] = frozenset(["z", "ze", "do", "dla", "przez", "spod", "k", "koło", "pod"])
# ... except "do" after a word of travel: the destination of a trip is where the visit happened
# ("wyjazd do Poznania", "pierwsza, w marcu, prowadziła do Poznania", "pojechali do Hajnówki")
# ... and whole words that do so ("grupa uda się do Drezna"; as a stem "uda" would take "udało się").
TRAVEL_WORDS: Final[frozenset[str]] = frozenset({"uda"})
TRAVEL_STEMS: Final[tuple[str, ...]] = (
    "wyjazd",
    "udadzą",  # "udadzą się do Drezna", "udali się do Wilna" (not "uda": "udało", "udany")
    "udali",
    "udała",
    "udały",
    "pojad",  # "Pojedziemy do Sanoka 24 września", "seniorzy pojadą do Olsztyna"
    "pojedzi",
    "wyjad",
    "wyjedzi",
    "wyjecha",
    "pojecha",
    "przyjecha",
    "prowadził",
    "prowadziła",
    "prowadziły",
    "wycieczk",
    "wizyt",
    "podróż",
    "udali",
    "udał",
)
# Verbs of visiting a place: the institution they take as object is where the happening is, and so
# is its locality ("odwiedzili Centrum Usług Społecznych w Wieliczce"). Not "gościli": the guests'
# institution is where they come from ("gościliśmy przedstawicieli OPS w Wieliczce").
VISIT_STEMS: Final[tuple[str, ...]] = ("odwiedz", "zwiedz")
# Cues of an organiser phrase: a locality after them belongs to the organiser's name (passive
# "organizowana przez ROPS w Katowicach"; after the active "ROPS zorganizował w Toruniu" it does not).
ORGANISER_CUES: Final[tuple[str, ...]] = (
    "organizowan ~ przez",
    "zorganizowan ~ przez",
    "organizator",
    "współorganizator",
    "prowadzon ~ przez",
)
# Venue nouns: "w siedzibie ...", "w Sali Obrad ...", "na Wydziale ..." name the building where a
# happening took place (matched after "w"/"we"/"na" and up to two other words).
VENUE_NOUNS: Final[tuple[str, ...]] = (
    "siedzib",
    "sal",
    "budyn",
    "urzęd",
    "starostw",
    "ratusz",
    "aul",
    "centrum",
    "ośrod",
    "dom",
    "muze",
    "hotel",
    "bibliotec",
    "bibliotek",
    "szkol",
    "szkoł",
    "pałac",
    "zesp pałac",
    "zamk",
    "park",
    "hali",
    "biur",
    "wydzia",
    "uniwersytec",
    "świetlic",
    "remiz",
    "gospodarstw",
    "restaurac",
    "kościel",
    "parafi",
    "galeri",
    "teatr",
    "kin",
    "filharmoni",
    "amfiteatr",
    "stadion",
    "hal",
)

# Signing told as done at the happening (realis), not planned ("ma zostać podpisane"): only then
# does the signing outrank the body that met (a PZK meeting where declarations were signed).
# Words that tie a signing told in a neighbouring sentence to the happening itself.
DURING_CUES: Final[tuple[str, ...]] = (
    "podczas",
    "w trakcie",
    "w czasie",
    "uroczyst",
    "oficjaln",
    "celem",
    "po czym",
    "po krótk",
    "na koniec",
    "na zakończenie",
    "w dalszej części",
    "następnie",
)
SIGNING_REALIS_CUES: Final[tuple[str, ...]] = (
    *SIGNED_CUES,
    "uroczyst podpisani",
    "oficjaln podpisani",
    "odbył ~ podpisani",
    "celem ~ był ~ podpisani",
    "podpisanie porozumie",
    "podpisanie deklarac",
    "podpisanie umow",
)

# Lines that credit an author or a photographer: their people are not participants.
CREDIT_CUES: Final[tuple[str, ...]] = (
    "tekst",
    "autor",
    "opracował",
    "opracowała",
    "opracowanie",
    "zdjęcia",
    "zdjęcie",
    "fot",
    "foto",
    "info",
    "źródło",
    "zamieścił",
    "zamieściła",
    "opublikował",
    "redakcja",
    "oprac",
)

# Contact lines of an announcement: the person named after them answers questions, organises
# registration or edits the page, and is not a participant ("Szczegółowych informacji udziela Pan
# ...", "Osoba do kontaktu: ...", "Zgłoszenia przyjmuje ...").
CONTACT_CUES: Final[tuple[str, ...]] = (
    "informacj udziela",
    "informacji ~ udziela",
    "osoba do kontakt",
    "osoby do kontakt",
    "zgłoszenia przyjmuj",
    "zapisy przyjmuj",
    "zapisy prowadz",
    "szczegół ~ udziela",
    "pytania ~ kierować do",
)

# Heads of institution names: "Regionalny Ośrodek Polityki Społecznej w Toruniu" names the
# institution's seat, which is the happening's place only after a venue noun ("w siedzibie ...").
INSTITUTION_STEMS: Final[tuple[str, ...]] = (
    "ośrod",
    "centr",
    "urzęd",
    "uniwersytet",
    "akademi",
    "politechnik",
    "komend",
    "sąd",
    "stowarzysz",
    "fundacj",
    "poradni",
    "instytut",
    "izb",
    "agencj",
    "biur",
    "departament",
    "wydział",
    "rops",
    "mops",
    "gops",
    "mgops",
    "pcpr",
    "rcps",
    "mcps",
    "umk",
    "owes",
    "pup",
    "wup",
    "kpp",
    "kmp",
)

# Verbs that relate two happenings in time: "Podpisanie porozumienia poprzedziły dwa spotkania
# robocze: 29 kwietnia ... i 13 maja ...". The happening named before the verb is the later one
# (often a fronted object), so a date after the verb belongs to the words after it.
PRECEDENCE_CUES: Final[tuple[str, ...]] = ("poprzedzi", "poprzedza")

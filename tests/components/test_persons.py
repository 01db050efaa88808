"""``kn_persons``: names in the nominative, titles, functions, organisations, merged mentions.

Every sentence here was written for these tests (news style, invented people); expected values are
what a reader of the sentence would list, not what the code happened to print.
"""

from __future__ import annotations

import re

import pytest

from kooperacja_nlp import extractors
from kooperacja_nlp.components import orgs, persons

# (text, the persons named, in order of first mention, nominative)
NAMES = [
    # honorifics and any case of first name + surname
    ("Spotkanie otworzył wicemarszałek, który powitał Panią Mariettę Hełkę oraz gości.", ["Marietta Hełka"]),
    ("Przemówienie Jerzego Jęczmienionki zamknęło obrady zespołu.", ["Jerzy Jęczmienionka"]),
    ("W konferencji wziął udział Pan Jerzy Jęczmienionka z Rzeszowa.", ["Jerzy Jęczmienionka"]),
    ("Materiały przygotowano pod kierunkiem dyr. Bożeny Zasępy.", ["Bożena Zasępa"]),
    ("Podziękowania skierowano do p. Anny Nowak, która prowadziła rekrutację.", ["Anna Nowak"]),
    ("Uczestnicy rozmawiali z Anną Nowak o wsparciu rodzin.", ["Anna Nowak"]),
    ("Zaproszenie wysłano do Anny Nowak i Marii Kowalczyk.", ["Anna Nowak", "Maria Kowalczyk"]),
    ("Gratulacje złożono Janowi Kowalskiemu oraz Ewie Kowalskiej.", ["Jan Kowalski", "Ewa Kowalska"]),
    ("List poparcia podpisał w imieniu Jana Kowalskiego jego zastępca.", ["Jan Kowalski"]),
    ("Z inicjatywy Ewy Kowalskiej powstał klub seniora.", ["Ewa Kowalska"]),
    ("Spotkanie poprowadził Pan Robert Kulesza z Łodzi.", ["Robert Kulesza"]),
    ("Na spotkanie przybyła Pani Justyna Wróblewska.", ["Justyna Wróblewska"]),
    # the word before the name decides between readings: "Krzysztofa" is a woman's name in the
    # nominative or a man's in the genitive
    ("Spotkanie zwołano na zaproszenie wójta Krzysztofa Mroczka.", ["Krzysztof Mroczek"]),
    ("Podziękowania dla Roberta Kuleszy złożyli uczestnicy.", ["Robert Kulesza"]),
    # unknown surnames: nominative from the first name's case and gender
    (
        "Rozmawialiśmy z Pawłem Sztygalskim i Agnieszką Wrzosińską o planach.",
        ["Paweł Sztygalski", "Agnieszka Wrzosińska"],
    ),
    ("Nagrodę wręczono Krzysztofowi Wrzodakowi z gminy Kcynia.", ["Krzysztof Wrzodak"]),
    ("List gratulacyjny przesłała żona Marka Półtoraczki.", ["Marek Półtoraczka"]),
    (
        "Rozmawiano z wójtami: Waldemarem Kołodziejem i Stanisławem Trzaskułą.",
        ["Waldemar Kołodziej", "Stanisław Trzaskuła"],
    ),
    ("Obrady prowadził wraz z Andrzejem Bojko burmistrz miasta.", ["Andrzej Bojko"]),
    ("Podziękowania trafiły do Danuty Pietruszki i Adama Gwizdały.", ["Danuta Pietruszka", "Adam Gwizdała"]),
    # double-barrelled, several first names, surnames that are also first names or common words
    ("Wykład wygłosiła prof. Agnieszka Golczyńska – Grondas z Łodzi.", ["Agnieszka Golczyńska-Grondas"]),
    ("Dyskusję podsumowała Patrycja Zawada-Kmieć.", ["Patrycja Zawada-Kmieć"]),
    ("Gościem była Katarzyna Żmuda -Trzebiatowska.", ["Katarzyna Żmuda-Trzebiatowska"]),
    ("Spotkanie prowadziła Małgorzata Lis Kowal, dyrektor ośrodka.", ["Małgorzata Lis Kowal"]),
    ("Sprawozdanie przedstawiła Maria Barbara Wilczyńska.", ["Maria Barbara Wilczyńska"]),
    ("Głos zabrał Leszek Marek, zastępca dyrektora departamentu.", ["Leszek Marek"]),
    (
        "W spotkaniu uczestniczyli Halina Marek-Lipska i Anna Lipiec.",
        ["Halina Marek-Lipska", "Anna Lipiec"],
    ),
    ("Zebranie protokołowała Pani Krystyna Marzec.", ["Krystyna Marzec"]),
    # a surname with a title only
    ("Wyniki badań przedstawił dr Kowalski.", ["Kowalski"]),
    ("Zgodnie z opinią dr. Nowaka projekt wymaga zmian.", ["Nowak"]),
    ("Ekspertyzę przygotowała dr Wiśniewska.", ["Wiśniewska"]),
    ("Na zakończenie głos zabrał Pan Kowalczyk.", ["Kowalczyk"]),
    # credits
    ("Relacja ze spotkania.\ntekst: Zbigniew Kubisz", ["Zbigniew Kubisz"]),
    ("Relacja ze spotkania.\nfot. Anna Nowak", ["Anna Nowak"]),
    ("Opracował: Adam Grzelak", ["Adam Grzelak"]),
    ("Zdjęcia: Anna Kurpiewska.", ["Anna Kurpiewska"]),
    # the same person twice, once with a middle name
    ("Józef Bogdan Lisowski odebrał dyplom. – To wyróżnienie – mówi Józef Lisowski.", ["Józef Bogdan Lisowski"]),
    # a date after a name is no house number
    ("Jan Kowalski 12 marca odebrał nagrodę wójta.", ["Jan Kowalski"]),
    # people next to places named like people
    ("Wójt Gminy Wodzisław Michał Zaremba podpisał porozumienie.", ["Michał Zaremba"]),
    ("Szkolenie w Kazimierzu Dolnym prowadził Grzegorz Ostrowski.", ["Grzegorz Ostrowski"]),
    # a surname that is a place name: after "Pan"/"dr", or as part of a double surname
    ("Etapy pilotażu omówił doradca, Pan Wiesław Kraków.", ["Wiesław Kraków"]),
    ("Sesję prowadził mgr Łukasz Kalisz.", ["Łukasz Kalisz"]),
    ("W zespole pracują Anna Lis i Wiesław Kraków – doradca ds. kooperacji.", ["Anna Lis", "Wiesław Kraków"]),
    ("Spotkanie poprowadziła Agnieszka Kraków-Nowak.", ["Agnieszka Kraków-Nowak"]),
    # foreign first names SGJP does not know: after an honorific (any case) or with a foreign ending
    (
        "Goście z zagranicy: Pani Olena Kowalenko ze Lwowa i Pan Petr Novák z Ostrawy.",
        ["Olena Kowalenko", "Petr Novák"],
    ),
    ("Rozmawiano z Panią Oleną Kovalenko oraz z Panem Petrem Novákiem.", ["Olena Kovalenko", "Petr Novák"]),
    ("O doświadczeniach z Czech opowiedziała Pavla Horáková.", ["Pavla Horáková"]),
    # Erasmus+ partners: first names SGJP does not know, with surnames it does
    ("Koordynatorka po stronie portugalskiej, Ana Ferreira, przekazała zaproszenie.", ["Ana Ferreira"]),
    # Lithuanian first names, also declined as Polish ones ("Panią Rasę")
    ("Gości przyjęła dyrektor Centrum Usług Socjalnych w Wilnie, Pani Rasa Kazlauskienė.", ["Rasa Kazlauskienė"]),
    ("Przedstawiamy Panią Rasę Kazlauskienė i Pana Andriusa Petrauskasa.", ["Rasa Kazlauskienė", "Andrius Petrauskas"]),
    ("O projekcie opowiedział João Silva z Porto.", ["João Silva"]),
    # first names SGJP does not know, without an honorific: the list of foreign first names vouches
    (
        "Gościem była Olena Kowalenko z Kijowa, a o punkcie pomocy opowiedziała Oksana Bondarenko.",
        ["Olena Kowalenko", "Oksana Bondarenko"],
    ),
    (
        "W spotkaniu udział wzięli Ołeksandr Tkaczuk z Równego i Hana Svobodová z Brna.",
        ["Ołeksandr Tkaczuk", "Hana Svobodová"],
    ),
    # ... in any case, with or without an honorific, named in the nominative
    ("Podziękowano Pani Oksanie Kowal oraz Mykole Tkaczukowi.", ["Oksana Kowal", "Mykola Tkaczuk"]),
    ("Wystąpienie Iryny Łysenko zamknęło obrady.", ["Iryna Łysenko"]),
    ("W spotkaniu uczestniczył Jean-Pierre Dubois z Lyonu.", ["Jean-Pierre Dubois"]),
    ("Wykład wygłosiła Pani Mária Kováčová, ekspertka ze Słowacji.", ["Mária Kováčová"]),
    # common-word surnames in every case, women's surnames that do not inflect
    ("Podziękowania złożono Pani Joannie Wronie i Panu Adamowi Górze.", ["Joanna Wrona", "Adam Góra"]),
    ("Rozmawiano z Panią Joanną Wroną i z Panem Adamem Górą.", ["Joanna Wrona", "Adam Góra"]),
    ("Spotkanie z Markiem Zającem i Ewą Zając trwało godzinę.", ["Marek Zając", "Ewa Zając"]),
    ("Nagrodę wręczono Markowi Zającowi oraz Ewie Zając.", ["Marek Zając", "Ewa Zając"]),
    ("Na zaproszenie Wójta Gminy Czarna Pana Tomasza Mazura przybyli radni.", ["Tomasz Mazur"]),
    ("Przemówienie Pana Jerzego Orła zakończyło sesję.", ["Jerzy Orzeł"]),
    ("Dziękujemy Pani Katarzynie Ziębie i Panu Bogdanowi Kozłowi.", ["Katarzyna Zięba", "Bogdan Kozioł"]),
    ("Pani Halina Kmieć przekazała Panu Michałowi Żurkowi dyplom.", ["Halina Kmieć", "Michał Żurek"]),
    ("Wśród gości byli Sławomir Macek i jego zastępca. Rozmawiano ze Sławomirem Mackiem.", ["Sławomir Macek"]),
    # a first name after "Powiatu" that is also a form of a village name ("Jany")
    (
        "Udział wzięli: Starosta Dębicki Piotr Kołodziej, Sekretarz Powiatu Jan Gil.",
        ["Piotr Kołodziej", "Jan Gil"],
    ),
    # credits
    ("Klub Seniora otwarty.\ntekst i fot.: Magdalena Lis-Kowalczyk", ["Magdalena Lis-Kowalczyk"]),
    ("Relacja ze spotkania.\nOprac. Małgorzata Kieł, ROPS Rzeszów", ["Małgorzata Kieł"]),
]

# Texts that name no participant: initials, patrons, streets, places, institutions, projects, months.
NO_PERSONS = [
    "Relacja ze spotkania.\nzdjęcia: JP",
    "Uczniowie Szkoły Podstawowej im. Jana Pawła II w Kcyni przygotowali występ.",
    "Spotkanie odbyło się w budynku przy ul. Marii Konopnickiej 5 w Toruniu.",
    "Punkt konsultacyjny działa przy Marii Skłodowskiej-Curie 3 w Toruniu.",
    "Uczniowie obejrzeli spektakl „Pan Tadeusz” w szkolnej auli.",
    "Stypendia Fundacji Anny Dymnej trafią do uczniów z regionu.",
    "Studenci Uniwersytetu Mikołaja Kopernika przygotowali raport o ubóstwie.",
    "Delegacja odwiedziła Dom Pomocy Społecznej im. bł. o. Honorata Koźmińskiego.",
    "Koncert przygotował Dom Kultury im. Prymasa Kardynała Augusta Hlonda.",
    "Pomnik Jana Pawła II stanął przed ratuszem.",
    "W Zielonej Górze i Jeleniej Górze odbyły się szkolenia.",
    "W Kazimierzu Dolnym odbyło się szkolenie dla pracowników socjalnych.",
    "Spotkanie odbyło się w Tomaszowie Mazowieckim i Aleksandrowie Kujawskim.",
    "Projekt Liderzy Kooperacji realizuje Regionalny Ośrodek Polityki Społecznej w Rzeszowie.",
    "Marzec był miesiącem intensywnej pracy zespołu.",
    "SPOTKANIE ZESPOŁU DS. MODELU W TORUNIU",
    "W Sali Obrad Starostwa Powiatowego zebrała się rada.",
    "Na spotkaniu zjawiła się Pani Anna, ale nie podała nazwiska.",
    "Uczestnicy odwiedzili Zespół Szkół im. ks. Jerzego Popiełuszki w Gdyni.",
    "Dom Sąsiedzki działa przy ul. Adama Mickiewicza w Gdyni.",
    "Relacja ze spotkania.\nfot. A. Kowalska",
    "W Górze Kalwarii i w Nowym Targu odbyły się szkolenia.",
    "Gości przyjęło Radio Rzeszów oraz Warsztat Terapii Zajęciowej w Iwierzycach.",
    # a text cut off mid-surname at a length limit: "Bod" is a common word, not a surname
    "W forum uczestniczyli także:\n • Joanna Bod",
]

# (text, name, title, role, organization)
DETAILS = [
    ("W debacie udział wzięli dr hab. Marek Sowiński oraz goście.", "Marek Sowiński", "dr hab.", None, None),
    ("Prelekcję wygłosił prof. dr hab. Jacek Olender.", "Jacek Olender", "prof. dr hab.", None, None),
    ("Wnioski przedstawiła mgr Joanna Wrzosek-Pałka.", "Joanna Wrzosek-Pałka", "mgr", None, None),
    ("Mszę odprawił ks. Jan Nowak.", "Jan Nowak", "ks.", None, None),
    ("Pani prof. Irena Sowińska omówiła wyniki.", "Irena Sowińska", "prof.", None, None),
    # a professor of a university, its acronym between the title and the name
    ("Ekspertami byli dr Anna Lis i prof. UW Ryszard Szarfenberg.", "Ryszard Szarfenberg", "prof.", None, None),
    ("Wykład wygłosiła prof. UMCS Joanna Nowak.", "Joanna Nowak", "prof.", None, None),
    (
        "Zebranych powitała Pani Beata Wolska, Dyrektor Regionalnego Ośrodka Polityki Społecznej w Katowicach.",
        "Beata Wolska",
        None,
        "Dyrektor Regionalnego Ośrodka Polityki Społecznej w Katowicach",
        "Regionalny Ośrodek Polityki Społecznej w Katowicach",
    ),
    (
        "Marszałek powitał Panią Beatę Wolską – Zastępcę Dyrektora Regionalnego Ośrodka Polityki Społecznej.",
        "Beata Wolska",
        None,
        "Zastępca Dyrektora Regionalnego Ośrodka Polityki Społecznej",
        "Regionalny Ośrodek Polityki Społecznej",
    ),
    (
        "Porozumienie podpisał Wicemarszałek Województwa Kujawsko-Pomorskiego Zbigniew Ostrowski.",
        "Zbigniew Ostrowski",
        None,
        "Wicemarszałek Województwa Kujawsko-Pomorskiego",
        None,
    ),
    (
        "Koordynator projektu Anna Wiśniewska z ROPS w Toruniu omówiła harmonogram.",
        "Anna Wiśniewska",
        None,
        "Koordynator projektu",
        "Regionalny Ośrodek Polityki Społecznej w Toruniu",
    ),
    (
        "Piotr Zawadzki – Marszałek Województwa Kujawsko-Pomorskiego – otworzył konferencję.",
        "Piotr Zawadzki",
        None,
        "Marszałek Województwa Kujawsko-Pomorskiego",
        None,
    ),
    ("Wojewoda Ewa Sadowska zwróciła uwagę na priorytety rządu.", "Ewa Sadowska", None, "Wojewoda", None),
    ("Pan Tomasz Bury – Wójt Gminy Zarzecze przywitał uczestników.", "Tomasz Bury", None, "Wójt Gminy Zarzecze", None),
    (
        "Jacek Wilk, Dyrektor Departamentu Inwestycji w Urzędzie Marszałkowskim Województwa Świętokrzyskiego, "
        "przedstawił plan.",
        "Jacek Wilk",
        None,
        "Dyrektor Departamentu Inwestycji",
        "Urząd Marszałkowski Województwa Świętokrzyskiego",
    ),
    (
        "Obrady prowadził burmistrz wspólnie z Panią Hanną Kowalczyk Starostą Zduńskowolskim.",
        "Hanna Kowalczyk",
        None,
        "Starosta Zduńskowolski",
        None,
    ),
    (
        "Warsztaty poprowadziła Magdalena Zawiślak-Nowak ze Stowarzyszenia Centrum Wspierania Aktywności Lokalnej.",
        "Magdalena Zawiślak-Nowak",
        None,
        None,
        "Stowarzyszenie Centrum Wspierania Aktywności Lokalnej",
    ),
    ("O sytuacji seniorów opowiedziała Ewa Gajda, wójt gminy Sobków.", "Ewa Gajda", None, "wójt gminy Sobków", None),
    (
        "Zastępca Wójta – Pani Irena Wrona Nowińska reprezentowała gminę.",
        "Irena Wrona Nowińska",
        None,
        "Zastępca Wójta",
        None,
    ),
    (
        "Ogłoszenie przygotowała Małgorzata Zielonka – podkarpacka Kurator Oświaty.",
        "Małgorzata Zielonka",
        None,
        "podkarpacka Kurator Oświaty",
        None,
    ),
    # a function with its adjective after it; a particle before a function is not part of it
    ("Ankietę omówiła animatorka lokalna, Pani Magdalena Ćwik.", "Magdalena Ćwik", None, "animatorka lokalna", None),
    (
        "Zebranych powitała też Członek Zarządu Województwa Podkarpackiego Pani Krystyna Żuraw-Dąb.",
        "Krystyna Żuraw-Dąb",
        None,
        "Członek Zarządu Województwa Podkarpackiego",
        "Zarząd Województwa Podkarpackiego",  # the board is an organisation ("zarząd" is a head)
    ),
    # a function ending in a quoted name
    (
        "Prezes Stowarzyszenia „Razem dla Wsi” Pani Halina Wróbel podziękowała wolontariuszom.",
        "Halina Wróbel",
        None,
        "Prezes Stowarzyszenia „Razem dla Wsi”",
        "Stowarzyszenie „Razem dla Wsi”",
    ),
    ("Porad udzieli mecenas Tomasz Sawicki z Wasilkowa.", "Tomasz Sawicki", None, "mecenas", None),
    (
        "Ze spotkania wyszła zadowolona Pani Mária Kováčová, ekspertka organizacji pozarządowej z Czech.",
        "Mária Kováčová",
        None,
        "ekspertka organizacji pozarządowej",
        None,
    ),
    # a function before "oraz" belongs to the people before it; an adjective of another gender
    # opens the next noun, it does not agree with the function
    (
        "Obecni byli pracownicy Powiatowego Centrum Pomocy Rodzinie w Sanoku oraz Pani Halina Kostrzewska.",
        "Halina Kostrzewska",
        None,
        None,
        None,
    ),
    (
        "Spotkanie otworzyła pracownica Powiatowego Centrum Pomocy Rodzinie w Sanoku Pani Halina Kostrzewska.",
        "Halina Kostrzewska",
        None,
        "pracownica Powiatowego Centrum Pomocy Rodzinie w Sanoku",
        "Powiatowe Centrum Pomocy Rodzinie w Sanoku",
    ),
    # the organisation of a person named after its acronym: not "PCPR w Iwoniu"
    (
        "Powiatowe Centrum Pomocy Rodzinie w Brodnicy zaprosiło gości. Podziękowano Dyrektor PCPR Iwonie Jeż.",
        "Iwona Jeż",
        None,
        "Dyrektor PCPR",
        "Powiatowe Centrum Pomocy Rodzinie w Brodnicy",
    ),
    (
        "Gości przywitała Dyrektor Miejskiego Ośrodka Pomocy Społecznej Panią Anną Ptak-Zawisza.",
        "Anna Ptak-Zawisza",
        None,
        "Dyrektor Miejskiego Ośrodka Pomocy Społecznej",
        "Miejski Ośrodek Pomocy Społecznej",
    ),
]

# Round 2: ranks kept as titles, functions with a following adjective or matter, the organisation
# after the function, a bare organisation noun and the page's own organisation.
DETAILS += [
    (
        "Na sesji obecny był asp. szt. Marek Kozłowski – dzielnicowy, Komisariat Policji w Sokółce.",
        "Marek Kozłowski",
        "asp. szt.",
        "dzielnicowy",
        "Komisariat Policji w Sokółce",
    ),
    ("Szkolenie poprowadził ppłk Andrzej Wasilewski.", "Andrzej Wasilewski", "ppłk", None, None),
    ("Wywiad przeprowadziła red. Joanna Sikorska.", "Joanna Sikorska", "red.", None, None),
    ("Ćwiczenia nadzorował st. kpt. Piotr Malinowski.", "Piotr Malinowski", "st. kpt.", None, None),
    (
        "Wśród gości była Pani Halina Supruniuk – pielęgniarka środowiskowa z Ośrodka Zdrowia w Gródku.",
        "Halina Supruniuk",
        None,
        "pielęgniarka środowiskowa",
        "Ośrodek Zdrowia w Gródku",
    ),
    (
        "Diagnozę omówiła Pani Ewelina Sawicka – animatorka lokalna z ramienia Regionalnego Ośrodka "
        "Polityki Społecznej w Olsztynie.",
        "Ewelina Sawicka",
        None,
        "animatorka lokalna",
        "Regionalny Ośrodek Polityki Społecznej w Olsztynie",
    ),
    (
        "Zajęcia prowadził Pan Robert Górski – pedagog, Gminny Ośrodek Kultury w Czarnej.",
        "Robert Górski",
        None,
        "pedagog",
        "Gminny Ośrodek Kultury w Czarnej",
    ),
    (
        "Zespół wsparł Pan Edward Sobczak – ekspert ds. współpracy z sektorem edukacji.",
        "Edward Sobczak",
        None,
        "ekspert ds. współpracy z sektorem edukacji",
        None,
    ),
    (
        "Pani dr Lidia Maj – ekspertka ds. modelu (Uniwersytet Łódzki) przedstawiła rekomendacje.",
        "Lidia Maj",
        "dr",
        "ekspertka ds. modelu",
        "Uniwersytet Łódzki",
    ),
    (
        "Wykład wygłosił dr hab. Tomasz Zalewski, prof. UMK, który mówił o diagnozie.",
        "Tomasz Zalewski",
        "dr hab.",
        None,
        "Uniwersytet Mikołaja Kopernika",
    ),
    (
        "Głos zabrał Doradca ds. kooperacji z Regionalnego Ośrodka Polityki Społecznej w Kielcach, Pan Wiesław Kraków.",
        "Wiesław Kraków",
        None,
        "Doradca ds. kooperacji",
        "Regionalny Ośrodek Polityki Społecznej w Kielcach",
    ),
    (
        "Gości powitała Pani Agnieszka Borowa, koordynatorka projektu w MOPR, który realizuje Miejski "
        "Ośrodek Pomocy Rodzinie w Koninie.",
        "Agnieszka Borowa",
        None,
        "koordynatorka projektu",
        "Miejski Ośrodek Pomocy Rodzinie w Koninie",
    ),
    (
        "Obrady Rady Gminy Sadki prowadził Przewodniczący Rady Pan Zbigniew Kaczmarek.",
        "Zbigniew Kaczmarek",
        None,
        "Przewodniczący Rady",
        "Rada Gminy Sadki",
    ),
    (
        "Spotkanie prowadziła Pani Dorota Jasińska, koordynatorka regionalna projektu Kooperacja – Efektywna "
        "i Skuteczna.",
        "Dorota Jasińska",
        None,
        "koordynatorka regionalna projektu",
        None,
    ),
    (
        "Stowarzyszenie „Wspólny Dom” – Gniezno\nRewizytę przygotowują nasi wolontariusze pod opieką "
        "koordynatorki Pani Moniki Tomaszewskiej.",
        "Monika Tomaszewska",
        None,
        "koordynatorka",
        "Stowarzyszenie „Wspólny Dom”",
    ),
    (
        "Na liście obecności: Marian Sikora radny Gminy Kolno, Powiatowy Urząd Pracy w Kolnie "
        "reprezentowany przez dyrektora.",
        "Marian Sikora",
        None,
        "radny Gminy Kolno",
        None,
    ),
]

NAMES += [
    # a man's name in the genitive, though SGJP also lists the form as a rare woman's name
    ("Szkolenie odbyło się z udziałem dr. Pawła Mroczka, psychologa.", ["Paweł Mroczek"]),
    ("Wykład wygłosił gość specjalny prof. dr. hab. Ryszarda Szaraka.", ["Ryszard Szarak"]),
    ("Roberta Nowak przywitała gości w imieniu organizatorów.", ["Roberta Nowak"]),  # nothing else fits
    # a first name that is also a village, after "Miasta" (a unit noun names towns and gminas)
    ("Gości przywitała Zastępczyni Prezydenta Miasta Anna Kowalczyk-Bąk.", ["Anna Kowalczyk-Bąk"]),
    # a dash between a name and its institution is no double surname
    (
        "Obecni: Jolanta Pyrek – Miejski Ośrodek Pomocy Społecznej w Rybniku, Anna Bauer – Hahn.",
        ["Jolanta Pyrek", "Anna Bauer-Hahn"],
    ),
    # German and Czech first names, also one SGJP reads as the genitive of Jan
    (
        "Wykład wygłosiła dr Jana Dvořáková z Brna, a Jürgen Schäfer z Drezna przedstawił projekt.",
        ["Jana Dvořáková", "Jürgen Schäfer"],
    ),
    ("List podpisał w imieniu Jana Kowalskiego jego zastępca.", ["Jan Kowalski"]),
    # a woman's foreign name not ending in -a, after "Pani"
    ("W urzędzie Pani Sabine Krüger przedstawiła zasady pracy z rodzinami.", ["Sabine Krüger"]),
    # a lawyer's title before a surname alone
    ("Głos zabrał również mec. Zawada, pełnomocnik stowarzyszenia.", ["Zawada"]),
    # a surname that is also a function noun, right after the first name
    ("- Pan Marek Sołtys – kierownik GOPS w Nozdrzcu", ["Marek Sołtys"]),
    ("Gości przywitał Jan Kowalski Sołtys wsi Kozy.", ["Jan Kowalski"]),
    # the article writes the nominative; SGJP reads the dative as another surname (Kozioł)
    (
        "Dyrektor szkoły Adam Kozieł przywitał gości. Podziękowania składamy Panu Adamowi Kozłowi.",
        ["Adam Kozieł"],
    ),
    (
        "Podziękowania składamy Panu Adamowi Kozłowi. Dyrektor szkoły Adam Kozieł przywitał gości. "
        "Później Adam Kozieł dodał, że Panu Adamowi Kozłowi należą się brawa.",
        ["Adam Kozieł"],
    ),
    # two written spellings are two people; so are surnames of different lengths
    ("Anna Nowak przywitała gości. Podziękowania dla Pani Anny Nowackiej.", ["Anna Nowak", "Anna Nowacka"]),
]

NAMES += [
    # an honorific before a role noun gives the gender: "Iwona" is also the genitive of the man's
    # name Iwo, and the role noun "Kierownik" is masculine whoever holds the post
    ("Wyjazd ocenia Pani Kierownik Iwona Jaszczuk z GOPS w Uścimowie.", ["Iwona Jaszczuk"]),
    ("Kwiaty wręczono Pani Dyrektor Iwonie Kocur.", ["Iwona Kocur"]),
]
DETAILS += [
    ("Zebranych powitała Pani Kierownik Iwona Jaszczuk.", "Iwona Jaszczuk", None, "Kierownik", None),
]

NAMES += [
    # names written in capitals
    ("Relacja ze spotkania.\nTekst: ANNA KOWALCZYK-LIS, zdjęcia: ROPS", ["Anna Kowalczyk-Lis"]),
    ("KONFERENCJA Z UDZIAŁEM MARII WIŚNIEWSKIEJ W TORUNIU", ["Maria Wiśniewska"]),
    # a first name that is also a common noun, with an adjective surname in -ska
    ("Spotkanie otworzyła Róża Kowalska z Urzędu Gminy.", ["Róża Kowalska"]),
]

NO_PERSONS += [
    "W piątek w Sali Białej Urzędu Miasta wręczono podziękowania.",
    "GOPS ROPS MOPS PCPR",
]

# Functions between two names go to the right person.
NEIGHBOURS = [
    (
        "Udział wzięli Burmistrz Kcyni – Pan Jan Wiśniewski, Burmistrz Szubina – Pan Wojciech Kamiński.",
        {"Jan Wiśniewski": "Burmistrz Kcyni", "Wojciech Kamiński": "Burmistrz Szubina"},
    ),
    (
        "Do zespołu powołano Martę Zielińską – koordynatora zespołu, Natalię Borowiec i Agnieszkę Sikorę.",
        {"Marta Zielińska": "koordynator zespołu", "Natalia Borowiec": None, "Agnieszka Sikora": None},
    ),
    (
        "Dokument podpisali Andrzej Wilczek - Marszałek Województwa Lubuskiego i Wicemarszałek Renata Lis.",
        {"Andrzej Wilczek": "Marszałek Województwa Lubuskiego", "Renata Lis": "Wicemarszałek"},
    ),
    (
        "Marszałkowie Władysław Nowicki i Stanisław Kruk podpisali deklarację.",
        {"Władysław Nowicki": None, "Stanisław Kruk": None},
    ),
    # a list of "function Name" items: each function runs straight into its own name, so the one
    # after a comma is the next person's, not an apposition of the previous one
    (
        "Porozumienie podpisali Starosta Świebodziński Pan Jan Kowal, dyrektor PCPR Pani Anna Lis "
        "oraz prezes Stowarzyszenia „Razem” Piotr Wójcik.",
        {
            "Jan Kowal": "Starosta Świebodziński",
            "Anna Lis": "dyrektor PCPR",
            "Piotr Wójcik": "prezes Stowarzyszenia „Razem”",
        },
    ),
    (
        "Wśród gości byli Burmistrz Wejherowa Krzysztof Hildebrandt, dyrektor MOPS w Wejherowie Anna Cyman "
        "i Wójt Gminy Oksa Tadeusz Soboń.",
        {
            "Krzysztof Hildebrandt": "Burmistrz Wejherowa",
            "Anna Cyman": "dyrektor MOPS w Wejherowie",
            "Tadeusz Soboń": "Wójt Gminy Oksa",
        },
    ),
    # ... but a function after a name and a comma, closed by another comma, is that name's
    (
        "Głos zabrali Anna Lis, dyrektor PCPR, oraz Jan Kowal.",
        {"Anna Lis": "dyrektor PCPR", "Jan Kowal": None},
    ),
]

# (text, name, the texts of its mentions in order)
MERGES = [
    (
        "Zebranych powitała Marietta Hełka. Pani Hełka podkreśliła rolę partnerów, a dyrektor Hełka podziękowała.",
        "Marietta Hełka",
        ["Marietta Hełka", "Hełka", "Hełka"],
    ),
    (
        "Otworzyła je Joanna Wrzesiołek. Potem Wrzesiołek przedstawiła program, a pani Wrzesiołek odpowiadała.",
        "Joanna Wrzesiołek",
        ["Joanna Wrzesiołek", "Wrzesiołek", "Wrzesiołek"],
    ),
    (
        "Głos zabrał Jerzy Jęczmienionka. Słowa dyrektora Jęczmienionki spotkały się z uznaniem.",
        "Jerzy Jęczmienionka",
        ["Jerzy Jęczmienionka", "Jęczmienionki"],
    ),
    (
        "Na pytania odpowiadał Jan Kowalski. Panu Kowalskiemu podziękowano za udział.",
        "Jan Kowalski",
        ["Jan Kowalski", "Kowalskiemu"],
    ),
]


def _persons(nlp, text):
    return extractors.persons(nlp(text))


@pytest.mark.parametrize("text,expected", NAMES)
def test_names_in_the_nominative(nlp, text, expected):
    assert [p.name for p in _persons(nlp, text)] == expected


@pytest.mark.parametrize("text", NO_PERSONS)
def test_no_person(nlp, text):
    assert [p.name for p in _persons(nlp, text)] == []


@pytest.mark.parametrize("text,name,title,role,organization", DETAILS)
def test_title_role_and_organization(nlp, text, name, title, role, organization):
    found = {p.name: p for p in _persons(nlp, text)}
    assert name in found
    p = found[name]
    assert (p.title, p.role, p.organization) == (title, role, organization)


@pytest.mark.parametrize("text,roles", NEIGHBOURS)
def test_function_goes_to_its_own_person(nlp, text, roles):
    assert {p.name: p.role for p in _persons(nlp, text)} == roles


@pytest.mark.parametrize("text,name,mentions", MERGES)
def test_mentions_are_merged(nlp, text, name, mentions):
    found = _persons(nlp, text)
    assert [p.name for p in found] == [name]
    assert [m.text for m in found[0].mentions] == mentions
    for m in found[0].mentions:
        assert text[m.start : m.end] == m.text


def test_mentions_have_exact_offsets(nlp):
    text = "Zebranych powitała Pani Anna Nowak.\nPani Nowak przedstawiła program."
    (p,) = _persons(nlp, text)
    assert [(m.start, m.end) for m in p.mentions] == [(24, 34), (41, 46)]


def test_two_people_with_one_surname_are_not_merged(nlp):
    text = "W spotkaniu wzięły udział Agnieszka Wrona i Marzena Wrona. Wrona podsumowała rozmowy."
    found = _persons(nlp, text)
    assert [p.name for p in found] == ["Agnieszka Wrona", "Marzena Wrona"]
    assert [len(p.mentions) for p in found] == [1, 1]


@pytest.mark.parametrize(
    "form,gender,case,expected",
    [
        ("Jęczmienionki", "m", "gen", "Jęczmienionka"),
        ("Jęczmienionkę", "m", "acc", "Jęczmienionka"),
        ("Sztygalskiego", "m", "gen", "Sztygalski"),
        ("Sztygalskim", "m", "inst", "Sztygalski"),
        ("Wrzodakiem", "m", "inst", "Wrzodak"),
        ("Wrzosińskiej", "f", "gen", "Wrzosińska"),
        ("Wrzosińską", "f", "inst", "Wrzosińska"),
        ("Pietruszce", "f", "dat", "Pietruszka"),
        ("Wrzodak", "f", "gen", "Wrzodak"),
    ],
)
def test_rule_based_nominative_of_unknown_surnames(form, gender, case, expected):
    assert persons._rule_nominatives(form, gender, case)[0] == expected


_PATTERNS = [v for m in (persons, orgs) for v in vars(m).values() if isinstance(v, re.Pattern)]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:30])
def test_patterns_are_linear_on_long_adversarial_strings(pattern):
    """1 MB of digits, dots, dashes, capitals ...: an anchored and a scanning match; every position of 100 kB."""
    for chunk in ("1", ".", "–", "A", "Ab-", "Ab ", "dr. ", " („"):
        text = chunk * (1_000_000 // len(chunk))
        pattern.match(text)
        pattern.fullmatch(text)
        pattern.search(text)
        for _ in pattern.finditer(text[:100_000]):
            pass


def test_surname_mention_of_one_of_two_namesakes_is_ambiguous(nlp):
    """ "Nowak" (a present-tense verb, no gender shown) after Anna and Jan Nowak can be either: tied to neither."""
    text = (
        "W spotkaniu udział wzięli Anna Nowak z Urzędu Gminy i jej mąż Jan Nowak. "
        "W drugiej części Nowak omawia harmonogram prac."
    )
    got = {p.name: len(p.mentions) for p in _persons(nlp, text)}
    assert got == {"Anna Nowak": 1, "Jan Nowak": 1}


def test_inflected_surname_mention_goes_to_the_namesake_of_its_gender(nlp):
    """ "Kowalskiej" is feminine: a mention of Anna Kowalska, not of Jan Kowalski."""
    text = (
        "Na szkoleniu byli Anna Kowalska i Jan Kowalski. "
        "Podziękowania złożono Pani Kowalskiej za przygotowanie warsztatów."
    )
    got = {p.name: len(p.mentions) for p in _persons(nlp, text)}
    assert got == {"Anna Kowalska": 2, "Jan Kowalski": 1}


def test_many_distinct_names_are_each_found_once(nlp):
    """A long list of different people (a programme, a list of participants): every one is a person,
    and the search for namesakes stays linear (it used to compare each name with all found before)."""
    stems = ["Bar", "Dab", "Gor", "Kur", "Lip", "Mor", "Par", "Sob", "Wit", "Zar"]
    surnames = [f"{a}{b.lower()}owski" for a in stems for b in stems]
    text = " ".join(f"Uczestnik: Jan {s}." for s in surnames)
    got = _persons(nlp, text)
    assert [p.name for p in got] == [f"Jan {s}" for s in surnames]


def test_rule_nominatives_are_cached_tuples():
    """Cached per (form, gender, case): the answer must be immutable, or one caller could spoil it."""
    got = persons._rule_nominatives("Wrzosińskiej", "f", "gen")
    assert isinstance(got, tuple) and got[0] == "Wrzosińska"
    assert persons._rule_nominatives("Wrzosińskiej", "f", "gen") is persons._rule_nominatives(
        "Wrzosińskiej", "f", "gen"
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Podziękowania otrzymali państwo Janina i Tadeusz Kowalscy, rodzina zastępcza z Goleszowa.",
            ["Janina Kowalska", "Tadeusz Kowalski"],
        ),
        ("Gratulacje złożono Annie i Markowi Nowakom z Lubrzy.", ["Anna Nowak", "Marek Nowak"]),
        # two men are no couple of one surname's genders: read as usual
        ("W spotkaniu wzięli udział Jan Kowalski i Piotr Nowak.", ["Jan Kowalski", "Piotr Nowak"]),
    ],
)
def test_a_couple_named_with_one_surname_in_the_plural(nlp, text, expected):
    assert [p.name for p in _persons(nlp, text)] == expected

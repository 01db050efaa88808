"""HTML pages to article text: the story stays, the page chrome goes."""

from __future__ import annotations

import time

import pytest

from kooperacja_nlp.io.html import declared_charset, html_to_text, looks_like_html

NEWS_PAGE = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8">
<title>Posiedzenie Komitetu Sterującego – Regionalny Ośrodek Polityki Społecznej</title>
<meta property="og:title" content="Posiedzenie Komitetu Sterującego w Toruniu">
<meta property="article:published_time" content="2019-11-18T09:30:00+01:00">
<link rel="canonical" href="https://rops.example.pl/aktualnosci/posiedzenie">
<script>window.dataLayer = ["<p>Gdańsk</p>"];</script>
<style>.x { content: "Poznań"; }</style>
</head>
<body class="single has-sidebar cookies-not-set">
<header class="site-header"><div class="logo">ROPS Kraków</div>
  <nav class="main-menu"><ul><li><a href="/">Start</a><li><a href="/o-nas">O nas</a><li>Kontakt</ul></nav>
</header>
<div id="cookie-consent">Serwis używa plików cookies. <a href="/rodo">Polityka prywatności</a>
  <button>Akceptuję</button></div>
<div class="rodo-popup">Administratorem danych jest ROPS w Krakowie.</div>
<div class="breadcrumbs"><a href="/">Start</a> &raquo; Aktualności</div>
<main id="content">
<article class="post">
 <header class="entry-header">
  <h1 class="entry-title">Posiedzenie Komitetu&nbsp;Sterującego</h1>
  <div class="entry-meta"><time datetime="2019-11-18">18 listopada 2019</time></div>
 </header>
 <p>W dniach 14-15 listopada 2019 roku w <strong>Toruniu</strong> odbyło się posiedzenie
    Komitetu Sterującego projektu „Kooperacja – efektywna i skuteczna”.
 <p>Spotkanie otworzyła Pani Dyrektor Anna Nowak.<br>Gości powitał Jan Wiśniewski.
 <h2>Program</h2>
 <ul><li>prezentacja modelu<li>dyskusja</ul>
 <table><tr><td>Termin</td><td>14.11.2019</td></tr><tr><td>Miejsce</td><td>Toruń</td></tr></table>
 <div class="share-buttons">Udostępnij: Facebook, Twitter</div>
 <footer class="entry-footer">Tekst i zdjęcia: Maria Kowalczyk</footer>
</article>
<section class="related-posts"><h2>Zobacz także</h2><p>Szkolenie w Gdańsku 3 marca 2020</p></section>
<div id="comments"><p>Komentarz: świetne spotkanie w Poznaniu!</p></div>
</main>
<aside class="sidebar"><h3>Najnowsze</h3><p>Konferencja w Lublinie 5 maja</p></aside>
<footer class="site-footer">ROPS, ul. Długa 1, 31-000 Kraków. Wszelkie prawa zastrzeżone.</footer>
<form class="newsletter"><input name="email"><label>Zapisz się</label></form>
</body></html>
"""

EXPECTED = """Posiedzenie Komitetu\u00a0Sterującego

18 listopada 2019

W dniach 14-15 listopada 2019 roku w Toruniu odbyło się posiedzenie Komitetu Sterującego projektu \
„Kooperacja – efektywna i skuteczna”.

Spotkanie otworzyła Pani Dyrektor Anna Nowak.
Gości powitał Jan Wiśniewski.

Program

prezentacja modelu

dyskusja

Termin 14.11.2019

Miejsce Toruń

Tekst i zdjęcia: Maria Kowalczyk"""


def test_news_page_keeps_the_story_and_drops_the_chrome():
    page = html_to_text(NEWS_PAGE)
    assert page.text == EXPECTED
    assert page.published == "2019-11-18"
    assert page.url == "https://rops.example.pl/aktualnosci/posiedzenie"
    assert page.title == "Posiedzenie Komitetu Sterującego – Regionalny Ośrodek Polityki Społecznej"


@pytest.mark.parametrize("word", ["Gdańsk", "Poznań", "Kraków", "cookies", "Lublin", "Udostępnij", "Zapisz", "Start"])
def test_boilerplate_text_is_gone(word):
    assert word not in html_to_text(NEWS_PAGE).text


def test_page_without_article_uses_body_and_og_title_as_headline():
    html = """<html><head><title>Aktualności | Gmina</title><meta property="og:title" content="Szkolenie w Nakle">
    </head><body><div id="menu">Start | Kontakt</div><div class="content"><p>Szkolenie odbyło się 3 marca 2020 r.
    w Nakle nad Notecią.</p><p>Prowadziła je Ewa Zielińska.</p></div>
    <div class="footer">Gmina Nakło</div></body></html>"""
    assert html_to_text(html).text == (
        "Szkolenie w Nakle\n\nSzkolenie odbyło się 3 marca 2020 r. w Nakle nad Notecią.\n\nProwadziła je Ewa Zielińska."
    )


def test_title_element_is_the_last_resort_headline():
    html = "<html><head><title>Spotkanie w Ustroniu</title></head><body><p>Treść artykułu.</p></body></html>"
    assert html_to_text(html).text == "Spotkanie w Ustroniu\n\nTreść artykułu."


def test_teaser_articles_do_not_hide_the_story():
    teasers = "".join(f"<article><p>Zapowiedź {i}</p></article>" for i in range(3))
    story = "<div class='tresc'>" + "<p>Długi tekst artykułu o spotkaniu w Ustce.</p>" * 10 + "</div>"
    html = f"<html><body>{story}{teasers}</body></html>"
    text = html_to_text(html).text
    assert text.count("Długi tekst artykułu") == 10


def test_unclosed_tags_hidden_elements_and_entities():
    html = (
        "<html><body><div><p>Pierwszy &amp; akapit<p>Drugi&nbsp;akapit<li>punkt"
        "<span hidden>ukryte</span><div style='display: none'>też ukryte</div>"
        "<p aria-hidden='true'>ikona</p><pre>  kod\n  zachowany</pre></body></html>"
    )
    assert html_to_text(html).text == "Pierwszy & akapit\n\nDrugi\u00a0akapit\n\npunkt\n\nkod\nzachowany"


def test_layout_wrapper_with_a_boilerplate_class_is_not_dropped():
    html = (
        "<html><body><div class='container with-sidebar'><div class='sidebar'>Menu boczne</div>"
        "<div class='entry'><p>Artykuł o konsultacjach w Sopocie, które odbyły się wczoraj.</p>"
        "<p>Wzięło w nich udział wiele osób.</p></div></div></body></html>"
    )
    assert html_to_text(html).text == (
        "Artykuł o konsultacjach w Sopocie, które odbyły się wczoraj.\n\nWzięło w nich udział wiele osób."
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("\ufeff  <!doctype HTML>\n<html>", True),
        ("<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>", True),
        ("<!-- zapisano z przeglądarki -->\n<html lang='pl'>", True),
        ("<html>", True),
        ("<body><p>x</p></body>", True),
        ("W dniu <b>12 marca</b> odbyło się spotkanie.", False),
        ("Tekst o tagu <html> w środku zdania.", False),
    ],
)
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_declared_charset():
    assert declared_charset(b'<html><head><meta charset="ISO-8859-2">') == "iso-8859-2"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">') == (
        "windows-1250"
    )
    assert declared_charset(b"<html><p>bez deklaracji</p>") is None


ADVERSARIAL = {
    "deep nesting": "<div>" * 100_000 + "tekst" + "</div>" * 100_000,
    "unclosed comment": "<html><body><!--" + "x" * 500_000,
    "lone angles": "<" * 300_000,
    "attribute soup": "<p " + 'a="b" ' * 100_000 + ">",
    "entities": "&#" * 200_000,
    "many paragraphs": "<p>akapit " * 100_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_html_finishes(name):
    start = time.perf_counter()
    page = html_to_text(ADVERSARIAL[name])
    assert isinstance(page.text, str)
    assert time.perf_counter() - start < 30  # a guard against hangs; benchmarks/adversarial.py measures


def test_a_form_wrapping_the_whole_page_is_not_dropped():
    html = (
        "<html><body><form id='aspnetForm' action='./default.aspx'><div class='menu'>Start | BIP</div>"
        "<div id='tresc'><h1>Konsultacje programu</h1><p>Konsultacje odbędą się 5 czerwca 2021 r. w Pile.</p>"
        "</div><form class='search'><input name='q'> Szukaj w serwisie</form></form></body></html>"
    )
    assert html_to_text(html).text == "Konsultacje programu\n\nKonsultacje odbędą się 5 czerwca 2021 r. w Pile."


def test_svg_titles_are_not_the_page_title():
    html = "<html><head><title>Aktualności</title></head><body><svg><title>ikona</title></svg><p>Tekst.</p></body>"
    assert html_to_text(html).title == "Aktualności"

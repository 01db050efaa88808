"""HTML pages to article text, with the standard library's ``html.parser`` only.

Scraped news pages wrap a few paragraphs of story in navigation, cookie/RODO banners, share
buttons, sidebars and footers, all of which are full of place names, people and dates that are not
part of the story. So the page is parsed into a light element tree (tolerant of unclosed ``<p>``
and ``<li>``), boilerplate is dropped by tag (``nav``, ``aside``, ``form``, page-level ``header``
and ``footer`` ...), by ARIA role and by class/id words (``cookie``, ``rodo``, ``menu``,
``breadcrumb``, ``share`` ...), and the story is taken from the page's main ``<article>`` (or
``<main>``, or the whole body). Headings and paragraphs become lines separated by blank lines, the
layout of the plain-text articles the rest of the pipeline reads: the headline (``<h1>``, else
``og:title``, else ``<title>``) comes first, because ``kn_sentences`` takes the first line as the
title. The page's own publication date and canonical URL are read from its metadata.

Everything is iterative (no recursion), so a page nested 100,000 levels deep cannot overflow the
stack, and every regular expression is a single pass.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Final

# Elements whose content is never article text, whatever their context.
DROP_TAGS: Final[frozenset[str]] = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "map", "button", "select", "option", "textarea", "input", "label",
        "nav", "aside", "dialog", "menu", "head", "picture",
    }
)  # fmt: skip
# Page chrome when outside the story; inside an <article> they hold its headline, author and date.
# A <form> is a search box or a newsletter sign-up, unless it wraps the whole page (ASP.NET
# WebForms pages, common on Polish public-sector sites, put everything in one <form>): like
# every guarded drop, it is kept when it holds the story.
PAGE_CHROME_TAGS: Final[frozenset[str]] = frozenset({"header", "footer", "form"})
# ARIA landmark roles of boilerplate (WAI-ARIA 1.2): navigation, page banner and footer, sidebars.
DROP_ROLES: Final[frozenset[str]] = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar"}
)
# Words in class/id names of boilerplate blocks on Polish and international CMS themes (WordPress,
# Joomla, Drupal, BIP portals), matched as whole tokens or token prefixes ("cookie" matches
# "cookies-bar", "nav" matches "navbar", "rodo" matches "rodo-popup" but not "srodowisko").
BOILERPLATE_WORDS: Final[tuple[str, ...]] = (
    "cookie", "rodo", "consent", "gdpr", "privacy-bar", "menu", "nav", "breadcrumb", "share", "sharing",
    "social", "sidebar", "newsletter", "popup", "modal", "related", "comment", "advert", "reklama",
    "skip", "pagination", "pager", "widget", "footer", "header", "topbar", "toolbar", "search",
    "wyszukiw", "udostepnij", "okruszki", "polecane", "zobacz-tez", "banner",
)  # fmt: skip
# Class/id words of page chrome that, like <header>/<footer>, may legitimately sit inside a story.
CHROME_WORDS: Final[frozenset[str]] = frozenset({"footer", "header", "banner", "widget"})
VOID_TAGS: Final[frozenset[str]] = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
# Elements that start a new block of text (a paragraph break in the output).
BLOCK_TAGS: Final[frozenset[str]] = frozenset(
    {
        "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
        "body", "center",
    }
)  # fmt: skip
# A start tag of one of these closes an open <p> (the HTML parsing algorithm's "close a p element").
CLOSES_P: Final[frozenset[str]] = BLOCK_TAGS - {"body", "li", "dd", "dt", "tr", "tbody", "thead", "tfoot", "caption"}
# Elements closed implicitly by a sibling of the same kind, up to (not past) their container.
IMPLIED_END: Final[dict[str, tuple[frozenset[str], frozenset[str]]]] = {
    # start tag: (open elements it closes, containers that stop the search)
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "tbody", "thead", "tfoot"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "option": (frozenset({"option"}), frozenset({"select", "datalist"})),
}
CELL_TAGS: Final[frozenset[str]] = frozenset({"td", "th"})
# Elements an implied </p> does not look past (the HTML standard's "button scope").
P_SCOPE: Final[frozenset[str]] = frozenset({"button", "table", "td", "th", "caption", "object", "template", "html"})
_P: Final[frozenset[str]] = frozenset({"p"})
# Elements that hold the story: a boilerplate-looking class on an element containing one of
# these is a layout wrapper ("site-content has-sidebar"), not a sidebar.
STORY_TAGS: Final[frozenset[str]] = frozenset({"article", "main"})
# Page metadata naming the publication date (Open Graph / article, schema.org, Dublin Core).
PUBLISHED_META: Final[frozenset[str]] = frozenset(
    {
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
        "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date",
    }
)  # fmt: skip
# The story is the largest <article>/<main> only if it holds at least this share of the page's
# text; otherwise (<article> used for teaser cards, a tiny <main>) the whole body is used.
MIN_CONTENT_SHARE: Final[float] = 0.25
# How far into a text to look for the signs of an HTML page.
SNIFF_CHARS: Final[int] = 1024

_HTML_START: Final[re.Pattern[str]] = re.compile(
    r"\A\ufeff?(?:\s|<!--[^>]{0,512}-->|<\?xml[^>]{0,512}>)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
    re.IGNORECASE,
)
_CLASS_TOKEN: Final[re.Pattern[str]] = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_WORD_SPLIT: Final[re.Pattern[str]] = re.compile(r"[\s_]+|(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE: Final[re.Pattern[str]] = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE_RUN: Final[re.Pattern[str]] = re.compile(r"[ \t\n\r\f\v]+")
_META_CHARSET: Final[re.Pattern[bytes]] = re.compile(
    rb"<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:-]{1,40})", re.IGNORECASE
)
_ISO_DAY: Final[re.Pattern[str]] = re.compile(r"\A\s*(\d{4}-\d{2}-\d{2})")


@dataclass(slots=True)
class _Node:
    tag: str
    attrs: dict[str, str]
    parent: _Node | None
    children: list[_Node | str] = field(default_factory=list)
    drop: bool = False
    text_len: int = 0


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What was read from a page: the article text and the page's own metadata."""

    text: str
    title: str | None = None
    published: str | None = None  # ISO date from the page's metadata, if any
    url: str | None = None  # canonical URL from the page's metadata, if any


def looks_like_html(text: str) -> bool:
    """True for a text that is an HTML page (starts with a doctype or an <html>/<head>/<body> tag)."""
    return _HTML_START.match(text[:SNIFF_CHARS]) is not None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset=...>`` / ``http-equiv`` (first 4 KB), if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


class _TreeBuilder(HTMLParser):
    """A forgiving tree builder: unknown end tags are ignored, unclosed elements closed implicitly.

    ``open`` counts the open elements by tag, so that implied and stray end tags cost nothing
    unless the element is really open (scanning the stack each time is quadratic in the depth).
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.stack: list[_Node] = [self.root]
        self.open: Counter[str] = Counter()
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self._in_title = False

    def _pop_to(self, i: int) -> None:
        for node in self.stack[i:]:
            self.open[node.tag] -= 1
        del self.stack[i:]

    def _close_until(self, names: frozenset[str], stop: frozenset[str]) -> None:
        if not any(self.open[n] for n in names):
            return
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in stop:
                return
            if tag in names:
                self._pop_to(i)
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"])
            return
        if tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("canonical", values.get("href", ""))
            return
        if tag == "title" and not self.open["svg"]:  # an <svg> has <title>s of its own
            self._in_title = True
        if tag in CLOSES_P:
            self._close_until(_P, P_SCOPE)
        if tag in IMPLIED_END:
            self._close_until(*IMPLIED_END[tag])
        node = _Node(tag, values, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID_TAGS:
            self.stack.append(node)
            self.open[tag] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS and self.stack[-1].tag == tag:
            self._pop_to(len(self.stack) - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if not self.open[tag]:
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self._pop_to(i)
                return

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
            return
        self.stack[-1].children.append(data)


def _class_tokens(node: _Node) -> list[str]:
    words = f"{node.attrs.get('class', '')} {node.attrs.get('id', '')}"
    return _CLASS_TOKEN.findall(_WORD_SPLIT.sub(" ", words).lower())


def _boilerplate_word(node: _Node) -> str | None:
    for token in _class_tokens(node):
        for part in (token, *token.split("-")):
            for word in BOILERPLATE_WORDS:
                if part.startswith(word) or (("-" in word) and word in token):
                    return word
    return None


def _is_hidden(node: _Node) -> bool:
    a = node.attrs
    return "hidden" in a or a.get("aria-hidden", "").lower() == "true" or bool(_HIDDEN_STYLE.search(a.get("style", "")))


def _walk(root: _Node) -> list[_Node]:
    """Elements in document order (pre-order), iteratively."""
    out: list[_Node] = []
    todo: list[_Node] = [root]
    while todo:
        node = todo.pop()
        out.append(node)
        todo.extend(c for c in reversed(node.children) if isinstance(c, _Node))
    return out


def _mark(root: _Node) -> list[_Node]:
    """Set ``drop`` and ``text_len`` on every element; return them in document order.

    A class/id word or role drops an element only if it does not hold the story: an element
    containing an <article> or <main>, or most of the page's text, is a layout wrapper
    ("site-content has-sidebar"), not a sidebar.
    """
    nodes = _walk(root)
    holds_story: dict[int, bool] = {}
    for node in reversed(nodes):  # children before parents
        own = sum(len(c) - c.count(" ") for c in node.children if isinstance(c, str))
        kids = [c for c in node.children if isinstance(c, _Node)]
        node.text_len = own + sum(k.text_len for k in kids if k.tag not in DROP_TAGS)
        holds_story[id(node)] = _is_story(node) or any(holds_story[id(k)] for k in kids)
    total = max(root.text_len, 1)
    inside_story: dict[int, bool] = {id(root): False}
    for node in nodes:
        parent = node.parent
        in_story = parent is not None and (inside_story[id(parent)] or _is_story(parent))
        inside_story[id(node)] = in_story
        if node.tag in DROP_TAGS or _is_hidden(node):
            node.drop = True
            continue
        if holds_story[id(node)] or node.text_len > total / 2 or node.tag in {"html", "body"}:
            continue
        chrome = node.tag in PAGE_CHROME_TAGS or node.attrs.get("role", "").lower() in DROP_ROLES
        if chrome and not in_story:
            node.drop = True
        else:
            word = _boilerplate_word(node)
            node.drop = word is not None and not (in_story and word in CHROME_WORDS)
    return nodes


def _is_story(node: _Node) -> bool:
    return node.tag in STORY_TAGS or node.attrs.get("role", "").lower() == "main"


def _kept_text_len(node: _Node) -> int:
    total = 0
    todo: list[_Node] = [node]
    while todo:
        n = todo.pop()
        if n.drop:
            continue
        for c in n.children:
            if isinstance(c, str):
                total += len(c) - c.count(" ")
            else:
                todo.append(c)
    return total


def _content_root(root: _Node, nodes: list[_Node]) -> _Node:
    """The story's element: the largest kept <article>, else <main>, if big enough; else the page."""
    page = _kept_text_len(root)
    for wanted in ("article", "main"):
        candidates = [n for n in nodes if _is_story(n) and (n.tag == "article") == (wanted == "article")]
        kept = [(n, _kept_text_len(n)) for n in candidates if not _dropped(n)]
        if kept:
            best, size = max(kept, key=lambda x: x[1])
            if size >= MIN_CONTENT_SHARE * page:
                return best
    return root


def _dropped(node: _Node | None) -> bool:
    while node is not None:
        if node.drop:
            return True
        node = node.parent
    return False


def _render(node: _Node) -> list[str]:
    """Blocks of text (paragraphs, headings, list items) in document order."""
    blocks: list[str] = []
    line: list[str] = []
    pre_depth = 0

    def flush() -> None:
        text = "".join(line)
        line.clear()
        lines = [ln.strip() for ln in text.split("\n")]
        block = "\n".join(ln for ln in lines if ln)
        if block:
            blocks.append(block)

    # (item, closing?) pairs: strings, element openings and element closings
    todo: list[tuple[_Node | str, bool]] = [(node, False)]
    while todo:
        item, closing = todo.pop()
        if isinstance(item, str):
            line.append(item if pre_depth else _SPACE_RUN.sub(" ", item))
            continue
        tag = item.tag
        if closing:
            if tag == "pre":
                pre_depth -= 1
            if tag in BLOCK_TAGS:
                flush()
            elif tag in CELL_TAGS:
                line.append(" ")
            continue
        if item.drop:
            continue
        if tag in BLOCK_TAGS:
            flush()
        elif tag == "br":
            line.append("\n")
        if tag == "pre":
            pre_depth += 1
        todo.append((item, True))
        todo.extend((c, False) for c in reversed(item.children))
    flush()
    return blocks


def _first_h1(nodes: list[_Node]) -> str | None:
    """The text of the first kept <h1> among ``nodes``, as rendered (one line)."""
    for n in nodes:
        if n.tag == "h1" and not _dropped(n):
            text = " ".join(_render(n)).replace("\n", " ")
            if text:
                return text
    return None


def _iso_day(value: str | None) -> str | None:
    m = _ISO_DAY.match(value or "")
    return m.group(1) if m else None


def html_to_text(html: str) -> HtmlPage:
    """The article text of an HTML page, headline first, paragraphs separated by blank lines.

    The headline is the story's ``<h1>``; a page without one gets its ``og:title``, another
    ``<h1>`` of the page, or its ``<title>``, in that order (``<title>`` usually carries the site's
    name too).
    """
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    nodes = _mark(builder.root)
    content = _content_root(builder.root, nodes)
    story = _walk(content)
    blocks = _render(content)
    meta = builder.meta
    page_title = " ".join("".join(builder.title_parts).split()) or None
    headline = _first_h1(story)
    if headline is None:
        headline = " ".join(meta.get("og:title", "").split()) or _first_h1(nodes) or page_title
    if headline:
        key = headline.split()
        blocks = [headline, *(b for b in blocks if b.split() != key)]
    published = next((d for k in sorted(PUBLISHED_META) if (d := _iso_day(meta.get(k)))), None)
    if published is None:
        times = (n.attrs.get("datetime") for n in story if n.tag == "time" and not _dropped(n))
        published = next((d for t in times if (d := _iso_day(t))), None)
    url = (meta.get("canonical") or meta.get("og:url") or "").strip() or None
    return HtmlPage("\n\n".join(blocks), title=page_title, published=published, url=url)

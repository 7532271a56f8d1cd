"""What the reader shows: safe HTML from any Markdown, astronaut links, the header, and the exported page."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spacereader.core.articles import Article, load_article
from spacereader.core.checks import check_local_links
from spacereader.core.document import read_document
from spacereader.core.library import load_library
from spacereader.core.links import LinkKind, classify
from spacereader.core.mentions import MentionMatcher
from spacereader.core.pages import article_page, standalone_page
from spacereader.core.profiles import load_profile_book
from spacereader.paths import bundled_profiles_dir
from tests.helpers import write

FRONT = "---\ntitle: Test Article\n---\n"  # the body starts on line 4


class Tags(HTMLParser):
    """Every start tag with its attributes, and each link's text, as a browser would read the page."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags, self.links, self._open = [], [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "a":
            self.links.append({**attrs, "text": ""})
            self._open.append(self.links[-1])

    def handle_endtag(self, tag):
        if tag == "a" and self._open:
            self._open.pop()

    def handle_data(self, data):
        for link in self._open:
            link["text"] += data

    def link(self, text):
        """The first link whose text starts with `text`."""
        return next(a for a in self.links if a["text"].startswith(text))


def page(tmp_path, body, front=FRONT, name="article.md"):
    path = write(tmp_path / name, front + body)
    library = load_library(tmp_path)
    article = library.article(path)
    return article_page(article, library.profiles_of(article), library.matcher)


def test_an_astronaut_mention_becomes_an_astronaut_link(tmp_path):
    html = page(tmp_path, "A photo by Hadfield from orbit.\n")
    assert '<a class="astronaut" href="astronaut:chris-hadfield">Hadfield</a>' in html


@pytest.mark.parametrize("url", ["https://www.nasa.gov/", "http://example.org/a?b=c"])
def test_web_links_stay_and_are_marked_external(tmp_path, url):
    link = Tags(page(tmp_path, f"See [the source]({url}).\n")).link("the source")
    assert link["href"] == url
    assert "external" in link["class"].split()


DANGEROUS_URLS = ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "java&#x09;script:alert(1)", "vbscript:msgbox(1)",
                  "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd"]


@pytest.mark.parametrize("url", DANGEROUS_URLS)
@pytest.mark.parametrize("form", ["[click me]({})", '<a href="{}">click me</a>'], ids=["markdown", "raw-html"])
def test_other_schemes_lose_their_href_but_keep_their_text(tmp_path, url, form):
    link = Tags(page(tmp_path, "Before " + form.format(url) + " after.\n")).link("click me")
    assert "href" not in link


def test_a_raw_html_article_link_to_a_file_that_is_not_an_article_loses_its_href(tmp_path):
    link = Tags(page(tmp_path, 'Read <a href="article:/etc/passwd">this</a>.\n')).link("this")
    assert "href" not in link


@pytest.mark.parametrize("raw, forbidden", [
    ("<script>alert('x')</script>", "<script"),
    ('<iframe src="https://example.org/"></iframe>', "<iframe"),
    ('<object data="movie.swf"></object>', "<object"),
    ("<style>body { display: none }</style>", "<style"),
    ("<STYLE>p { color: red }</STYLE>", "color: red"),
    ('<p onclick="steal()">Click</p>', "onclick"),
    ('<img src="x.png" onerror="steal()">', "onerror"),
    ('<svg onload="steal()"></svg>', "onload"),
])
def test_dangerous_raw_html_never_reaches_the_page(tmp_path, raw, forbidden):
    html = page(tmp_path, f"Before\n\n{raw}\n\nAfter\n")
    assert forbidden.lower() not in html.lower()
    assert "After" in html


@pytest.mark.parametrize("body", [
    "![Earth at night](http://example.org/earth.jpg)",
    "![Earth at night](https://example.org/earth.jpg)",
    "![Earth at night](//example.org/earth.jpg)",
    '<img src="https://example.org/earth.jpg" alt="Earth at night">',
    '<img src="https://example.org/earth.jpg" alt="Earth at night" width="40">',
    '<img src="https://example.org/earth.jpg" alt="Earth at night" title="photo src=NASA">',
])
def test_remote_images_show_their_alt_text_and_are_never_an_img(tmp_path, body):
    html = page(tmp_path, body + "\n")
    assert "<img" not in html
    assert "example.org" not in html
    assert "Earth at night" in html


@pytest.mark.parametrize("src", ["pic.png", "images/pic%20one.png"])
def test_a_relative_image_that_exists_stays(tmp_path, src):
    (tmp_path / "images").mkdir()
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "images" / "pic one.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    [img] = [attrs for tag, attrs in Tags(page(tmp_path, f"![A picture]({src})\n")).tags if tag == "img"]
    assert (img["src"], img["alt"]) == (src, "A picture")


def test_a_relative_link_to_another_article_becomes_an_article_link(tmp_path):
    other = write(tmp_path / "more" / "other.md", "---\ntitle: Other\n---\nText\n")
    link = Tags(page(tmp_path, "Read [the other one](more/other.md).\n")).link("the other one")
    target = classify(link["href"])
    assert (target.kind, Path(target.value)) == (LinkKind.ARTICLE, other.resolve())


@pytest.mark.parametrize("target", ["page%00.md", "a" * 300 + ".md"], ids=["nul", "too-long"])
def test_a_link_to_an_impossible_file_name_is_not_a_link_and_not_a_crash(tmp_path, target):
    tags = Tags(page(tmp_path, f"See [the page]({target}) and ![a picture]({target}).\n"))
    assert "href" not in tags.link("the page")
    assert not [tag for tag, _ in tags.tags if tag == "img"]


def test_a_relative_link_to_a_missing_file_says_so_and_is_warned_on_its_line(tmp_path):
    body = "First line.\n\nSecond paragraph with [a lost page](lost/page.md) in it.\n"
    link = Tags(page(tmp_path, body)).link("a lost page")
    assert link["href"] == "missing:lost/page.md"  # opens nothing: the reader says the file is not there
    problems = check_local_links(load_article(tmp_path / "article.md"))
    assert [(p.severity.value, p.line) for p in problems] == [("warning", 6)]
    assert "lost/page.md" in problems[0].message


def test_the_header_shows_what_the_front_matter_says(tmp_path):
    front = """---
title: Alpha aux commandes
author: Camille Laurent
date: 2021-03-14
lang: fr
tags: [ISS, Crew Dragon]
full_article: https://example.org/alpha
astronauts: [christina-koch]
---
"""
    html = page(tmp_path, "Thomas Pesquet " + "mot " * 600 + "\n", front=front)
    text = re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ")
    for shown in ("Alpha aux commandes", "By Camille Laurent", "14 March 2021", "3 min read", "Français", "ISS"):
        assert shown in text  # the header speaks the interface's language (English with no window)
    tags = Tags(html)
    assert tags.link("Read the full article")["href"] == "https://example.org/alpha"
    assert tags.link("Christina Koch")["href"] == "astronaut:christina-koch"
    assert tags.link("Thomas Pesquet")["href"] == "astronaut:thomas-pesquet"
    assert html.index("Alpha aux commandes") < html.index("Read the full article") < html.index("mot mot")


def test_tables_footnotes_and_highlighted_code(tmp_path):
    body = ("| Mission | Year |\n|---|---|\n| Alpha | 2021 |\n\n"
            "A claim.[^src]\n\n[^src]: The source of the claim.\n\n"
            "```python\nprint('hello')\n```\n")
    html = page(tmp_path, body)
    assert re.search(r"<th>\s*Mission\s*</th>", html) and re.search(r"<td>\s*Alpha\s*</td>", html)
    assert 'href="#fn:src"' in html and "The source of the claim." in html
    assert 'class="codehilite"' in html
    assert re.search(r'<span class="\w+">print</span>', html)  # a token coloured by the theme's code style


# any text at all: what a decoded file can hold (no NUL, which is refused as binary; no lone surrogates)
TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)

BOOK = load_profile_book([bundled_profiles_dir()])
MATCHER = MentionMatcher(BOOK.profiles.values())
FRAGMENTS = ["<script>", "</script>", "<ScRiPt src=//x>", "<iframe src=x>", "javascript:alert(1)", "JaVaScRiPt:",
             "java&#x09;script:", "&#106;avascript:", "[x](", "![a](", ")", "<a href=\"", "<img src=\"", "\">", "'>",
             " onerror=alert(1) ", "<img src=x onerror=alert(1)>", "<svg/onload=x>", "<!--", "-->", "<![CDATA[",
             "```\n", "`", "\n", "\n\n", "<", ">", "&", "\"", "'", "Chris Hadfield", "d’Hadfield", "[^1]", "[^1]: ",
             "| a |\n|---|\n", "{#id onclick=x}", "<div>", "</div>", "\\"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), TEXT), max_size=16).map("".join))
def test_any_text_renders_without_error_and_without_anything_executable(text):
    article = Article(Path("/nonexistent/library/fuzz.md"), title=text or "t", document=read_document(text), author=text,
                      tags=(text,), summary=text)
    html = article_page(article, [BOOK.get("chris-hadfield")], MATCHER)
    assert "<script" not in html.lower() and "<iframe" not in html.lower()
    for tag, attrs in Tags(html).tags:
        assert tag not in ("script", "iframe", "object", "embed", "style")
        assert not [name for name in attrs if name.startswith("on")]  # no onerror=, onclick=, …
        for name in ("href", "src"):
            value = re.sub(r"[\x00-\x20]", "", attrs.get(name) or "").lower()
            assert not value.startswith(("javascript:", "vbscript:", "data:", "file:"))


# the exported page

def test_the_standalone_page_is_styled_and_its_astronaut_links_stay_inside_it(tmp_path):
    path = write(tmp_path / "a.md", FRONT + "Chris Hadfield met Thomas Pesquet; Hadfield took the photo.\n")
    library = load_library(tmp_path)
    article = library.article(path)
    html = standalone_page(article, library.profiles_of(article), library.matcher)
    assert "<style>" in html and "Test Article" in html
    assert "astronaut:" not in html
    tags = Tags(html)
    anchors = {a["href"] for a in tags.links if a.get("href", "").startswith("#astronaut-")}
    assert anchors == {"#astronaut-chris-hadfield", "#astronaut-thomas-pesquet"}
    ids = {attrs["id"] for _, attrs in tags.tags if "id" in attrs}
    assert {anchor[1:] for anchor in anchors} <= ids


def test_a_quote_keeps_its_text_and_its_astronaut_links(tmp_path):
    html = page(tmp_path, "> Hadfield sang from orbit.\n>\n> Second line.\n\nAfter.\n")
    assert Tags(html).link("Hadfield")["href"] == "astronaut:chris-hadfield"
    assert html.index("sang from orbit.") < html.index("Second line.") < html.index("After.")

"""The first layer, on its own: how the renderer marks Markdown links and images before the sanitiser sees the page
(the sanitiser switched off here, since it would hide a change). The marks are what the reader shows: a web link says
where it goes and gets its arrow, a broken link says which file is missing, an image not shown says why."""

from pathlib import Path

import pytest

import spacereader.core.render as render
from spacereader.core.mentions import MentionMatcher
from spacereader.core.render import EXTERNAL_MARK, LinkContext, render_markdown
from tests.helpers import write
from tests.html_safety import parse

NOBODY = MentionMatcher([])


@pytest.fixture
def unsanitised(monkeypatch):
    monkeypatch.setattr(render, "sanitize", lambda html, links=None: html)


@pytest.fixture
def library(tmp_path) -> Path:
    write(tmp_path / "a.md", "---\ntitle: A\n---\nx\n")
    write(tmp_path / "notes.txt", "not an article")
    return tmp_path


def tags(markdown: str, links: LinkContext) -> list[tuple[str, dict]]:
    return [(tag, attrs) for tag, attrs in parse(render_markdown(markdown, NOBODY, links)).tags if tag in ("a", "span")]


def test_a_web_link_says_where_it_goes_and_is_marked_external(unsanitised, library):
    html = render_markdown("[the video](https://example.org/v?a=1)", NOBODY, LinkContext(library, library))
    assert tags("[the video](https://example.org/v?a=1)", LinkContext(library, library)) == [
        ("a", {"class": "external", "href": "https://example.org/v?a=1", "title": "https://example.org/v?a=1"})]
    assert f"the video{EXTERNAL_MARK}</a>" in html


def test_a_web_link_keeps_its_own_class(unsanitised, library):
    [(_, attrs)] = tags("[w](https://example.org/){.button}", LinkContext(library, library))
    assert attrs["class"] == "button external"


@pytest.mark.parametrize("href", ["javascript:alert(1)", "notes.txt", "data:text/html,x", "ftp://example.org/f"])
def test_a_link_the_policy_refuses_keeps_its_text_and_loses_its_target(unsanitised, library, href):
    assert tags(f"[text]({href})", LinkContext(library, library)) == [("a", {})]


def test_a_link_to_a_missing_file_says_which(unsanitised, library):
    assert tags("[gone](gone.md)", LinkContext(library, library)) == [
        ("a", {"class": "broken-link", "title": "missing file: gone.md", "href": "missing:gone.md"})]
    assert tags("[gone](gone.md)", LinkContext(library, library, for_export=True)) == [
        ("a", {"class": "broken-link", "title": "missing file: gone.md"})]


def test_a_link_to_an_article_opens_it_in_the_app_or_stays_relative_in_an_export(unsanitised, library):
    article = f"article:{(library / 'a.md').resolve()}"
    assert tags("[a](a.md)", LinkContext(library, library)) == [("a", {"href": article})]
    assert tags("[a](a.md)", LinkContext(library, library, for_export=True)) == [("a", {"href": "a.md"})]


@pytest.mark.parametrize(("markdown", "title", "text"), [
    ("![Earth](https://example.org/earth.png)", "remote images are never loaded", "[Earth]"),
    ("![](https://example.org/earth.png)", "remote images are never loaded", "[image]"),
    ("![Moon](moon.png)", "not shown: moon.png", "[Moon]"),
])
def test_an_image_not_shown_is_its_alt_text_saying_why(unsanitised, library, markdown, title, text):
    html = render_markdown(markdown, NOBODY, LinkContext(library, library))
    assert tags(markdown, LinkContext(library, library)) == [("span", {"class": "img-alt", "title": title})]
    assert f">{text}</span>" in html and "<img" not in html

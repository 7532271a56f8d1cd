"""Each layer of link and image filtering, on its own. The page is safe because several layers agree: nh3's scheme
allowlist, the `src` filter, the `href` policy, the image check against the library. A test of the whole page passes
while any one layer is gone, so each is tested here with the others out of the way (switched off, or not reached)."""

from pathlib import Path

import pytest

import spacereader.core.sanitize as sanitizer
from spacereader.core.sanitize import LinkContext, sanitize
from tests.helpers import write
from tests.html_safety import parse


def hrefs(html: str) -> list[str | None]:
    return [attrs.get("href") for tag, attrs in parse(html).tags if tag == "a"]


def images(html: str) -> list[str]:
    return [attrs.get("src", "") for tag, attrs in parse(html).tags if tag == "img"]


@pytest.fixture
def library(tmp_path) -> Path:
    root = tmp_path / "library"
    write(root / "a.md", "---\ntitle: A\n---\nx\n")
    write(root / "notes.txt", "not an article")
    (root / "near.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "outside" / "secret.md", "---\ntitle: Secret\n---\nx\n")
    (tmp_path / "outside" / "far.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root


# --- the href policy (`_href`): what nh3 lets through, it decides ---

@pytest.mark.parametrize("href", [
    "https://exa&#9;mple.org/",  # a browser reads https://example.org/: the title we show would name another host
    "https://example.org/&#10;next",
    "astronaut:chris&#13;hadfield",
    "#top&#10;",
    "https://example.org/&#127;",
])
def test_a_link_holding_a_control_character_is_plain_text(href):
    html = sanitize(f'<a href="{href}">a link</a>')
    assert hrefs(html) == [None] and "a link" in html


def test_web_links_profiles_and_anchors_without_control_characters_stay():
    html = sanitize('<a href="https://example.org/a?b=1">w</a><a href="astronaut:chris-hadfield">p</a><a href="#top">t</a>')
    assert hrefs(html) == ["https://example.org/a?b=1", "astronaut:chris-hadfield", "#top"]


def test_an_article_link_in_raw_html_opens_only_an_article_of_the_library(library, tmp_path):
    links = LinkContext(library, library)
    secret = (tmp_path / "outside" / "secret.md").resolve()
    inside = (library / "a.md").resolve()
    raw = (f'<a href="article:{secret}">out</a><a href="article:{library.resolve() / "notes.txt"}">txt</a>'
           f'<a href="article:{library.resolve() / "gone.md"}">gone</a><a href="article:{inside}">in</a>')
    assert hrefs(sanitize(raw, links)) == [None, None, None, f"article:{inside}"]
    assert hrefs(sanitize(f'<a href="article:{secret}">out</a>')) == [f"article:{secret}"]  # no library given: any article


def test_a_relative_link_stays_only_if_it_names_an_article_of_the_library(library):
    links = LinkContext(library, library)
    raw = '<a href="a.md">a</a><a href="notes.txt">n</a><a href="../outside/secret.md">s</a><a href="b.md">b</a>'
    # b.md is not there: a link that says so when hovered or clicked, and opens nothing
    assert hrefs(sanitize(raw, links)) == [f"article:{(library / 'a.md').resolve()}", None, None, "missing:b.md"]
    assert hrefs(sanitize(raw, LinkContext(library, library, for_export=True))) == ["a.md", None, None, None]
    assert hrefs(sanitize(raw)) == [None, None, None, None]  # no library: no relative link at all


def test_the_href_policy_alone_refuses_other_schemes(monkeypatch):
    """nh3's allowlist out of the way (every scheme allowed to it): the policy still refuses them."""
    monkeypatch.setattr(sanitizer, "_SCHEMES", {"http", "https", "astronaut", "article", "javascript", "data", "file"})
    html = sanitize('<a href="javascript:alert(1)">j</a><a href="data:text/html,x">d</a><a href="file:///etc/passwd">f</a>')
    assert hrefs(html) == [None, None, None]


# --- nh3's scheme allowlist: with the policy out of the way, it alone refuses other schemes ---

def test_the_scheme_allowlist_alone_refuses_scripts_data_and_files(monkeypatch):
    monkeypatch.setattr(sanitizer, "_href", lambda href, links: href)
    raw = ('<a href="javascript:alert(1)">j</a><a href="JaVaScRiPt:alert(1)">J</a><a href="vbscript:x">v</a>'
           '<a href="data:text/html,x">d</a><a href="file:///etc/passwd">f</a><a href="https://example.org/">w</a>')
    assert hrefs(sanitize(raw)) == [None, None, None, None, None, "https://example.org/"]


# --- the src filter (`_filter_attribute`): with no library to check against, it alone keeps remote images out ---

@pytest.mark.parametrize("src", [
    "https://example.org/far.png", "http://example.org/far.png", "//example.org/far.png", "data:image/png;base64,iVBORw0K",
    "file:///etc/far.png", "/etc/far.png", "\\\\server\\share\\far.png",
])
def test_an_image_that_is_not_a_relative_path_is_its_alt_text(src):
    html = sanitize(f'<img src="{src}" alt="far away">')
    assert images(html) == [] and '<span class="img-alt">[far away]</span>' in html


def test_a_relative_image_passes_the_src_filter():
    assert images(sanitize('<img src="near.png" alt="near">')) == ["near.png"]


# --- the image check (`LinkContext.shows_image`): with the src filter off, it alone keeps out what is not in the library ---

def test_the_image_check_alone_shows_only_files_of_the_library(library, monkeypatch):
    monkeypatch.setattr(sanitizer, "_filter_attribute", lambda element, name, value, links: value)
    links = LinkContext(library, library)
    raw = ('<img src="https://example.org/far.png" alt="web"><img src="../outside/far.png" alt="outside">'
           '<img src="missing.png" alt="missing"><img src="near.png" alt="near">')
    html = sanitize(raw, links)
    assert images(html) == ["near.png"]
    assert "[web]" in html and "[outside]" in html and "[missing]" in html
    assert "near.png" not in sanitize('<img src="../library/near.png" alt="x">', LinkContext(library / "sub", library / "sub"))


def test_an_image_with_no_alt_text_says_image(library):
    assert '<span class="img-alt">[image]</span>' in sanitize('<img src="missing.png">', LinkContext(library, library))

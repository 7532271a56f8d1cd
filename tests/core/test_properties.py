"""Properties over any input: whatever bytes a file holds and whatever its name, loading, mention linking and
rendering raise nothing, every problem names its file on one line, and every page passes the HTML checker of
tests/html_safety.py (tags and attributes on the allowlist, links and images only where the policy allows)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spacereader.core.articles import load_article
from spacereader.core.document import read_document
from spacereader.core.filenames import shown
from spacereader.core.mentions import MentionMatcher
from spacereader.core.pages import article_page, standalone_page
from spacereader.core.profiles import load_profile_book
from spacereader.core.render import LinkContext, render_body
from spacereader.paths import bundled_profiles_dir
from tests.html_safety import unsafe

BOOK = load_profile_book([bundled_profiles_dir()])
MATCHER = MentionMatcher(BOOK.profiles.values())
PROFILES = [BOOK.get("chris-hadfield"), BOOK.get("thomas-pesquet")]

# Any character a decoded file can hold (NUL included; lone surrogates cannot come out of a decoder), and pieces
# that make the text look like what the code looks for: front matter, Markdown, HTML, hostile links, names.
CHARACTERS = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
FRAGMENTS = [
    "---\n", "+++\n", "...\n", "title: ", "tags: [", "date: ", "full_article: ", "astronauts: [", "&a ", "*a", ": ",
    "\n", "\n\n", "\r\n", "\r", "\t", "    ", "# ", "## ", "> ", "- ", "1. ", "* ", "```\n", "~~~\n", "`", "[", "]", "(",
    ")", "![", "](", "[^1]", "[^1]: ", "[x]: ", "{#id .c onclick=x}", "{: href=javascript:x}", "|", "|---|\n", "\\",
    "&", "&amp;", "&#106;", "&#x6A;", "&nbsp;", "\xa0", "<", ">", '"', "'", "<script>", "</script>", "<style>",
    "<iframe src=x>", "<img src=x onerror=alert(1)>", "<a href=\"", "<a href='", "<a href=", '">', "</a>",
    "<svg onload=x>", "<table><tr><td>", "<div>", "</div>", "<!--", "-->", "<![CDATA[", "<?", "<!DOCTYPE x>",
    "javascript:", "JaVaScRiPt:", "java\tscript:", "vbscript:", "data:text/html,", "file:///etc/passwd",
    "//evil.example/", "../../", "http://", "https://example.org/", "article:/etc/passwd", "astronaut:",
    "Chris Hadfield", "Hadfield's", "d’Hadfield", "Thomas Pesquet", "PESQUET", "Mark Kelly", "\x00", "\u202e",
]
DOCUMENTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), CHARACTERS), max_size=24).map("".join)
FILE_BYTES = st.one_of(
    DOCUMENTS.map(lambda text: text.encode("utf-8")),
    DOCUMENTS.map(lambda text: text.encode("utf-16")),
    DOCUMENTS.map(lambda text: text.encode("cp1252", errors="replace")),
    st.binary(max_size=200),
)
NAME_CHARACTERS = st.characters(exclude_categories=("Cs",), exclude_characters="/\x00")
NAMES = st.text(NAME_CHARACTERS, min_size=1, max_size=30).filter(lambda name: len(name.encode()) < 200)
if sys.platform.startswith("linux"):  # names that are not UTF-8 at all: other systems refuse them
    NAMES = st.one_of(NAMES, st.binary(min_size=1, max_size=30).filter(lambda raw: b"/" not in raw and b"\0" not in raw)
                      .map(os.fsdecode))
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("library").resolve()


def assert_pages_safe(article, root: Path) -> None:
    reader = article_page(article, PROFILES, MATCHER, root=root)
    assert unsafe(reader, root, article.path.parent) == []
    export = standalone_page(article, PROFILES, MATCHER, root=root)
    assert unsafe(export[export.index("<main>") + len("<main>"):export.rindex("</main>")], root, article.path.parent) == []


@FAST
@given(data=FILE_BYTES, name=NAMES)
def test_any_file_loads_with_its_problems_said_on_one_line_and_renders_safely(root, data, name):
    path = root / f"{name}.md"
    try:
        path.write_bytes(data)
    except OSError:  # a name this file system will not take (too long once encoded, say)
        return
    try:
        article = load_article(path, root)
        assert article.title and article.title.encode("utf-8")  # something the library view can show
        for problem in article.problems:
            assert problem.path == path and problem.message
            assert "\n" not in str(problem) and str(problem).startswith(f"{shown(path)}:")
        assert_pages_safe(article, root)
    finally:
        path.unlink()


@FAST
@given(text=DOCUMENTS)
def test_any_body_renders_to_safe_html(root, text):
    rendered = render_body(read_document(text), MATCHER, LinkContext(root, root))
    assert unsafe(rendered.html, root, root) == []


@settings(max_examples=300, deadline=None)
@given(text=DOCUMENTS)
def test_mentions_in_any_text_are_real_profiles_at_real_places(text):
    last_end = 0
    for start, end, profile_id in MATCHER.finditer(text):
        assert last_end <= start < end <= len(text)  # in order, never overlapping
        assert profile_id in BOOK and text[start:end].strip()
        last_end = end
    assert all(profile_id in BOOK for profile_id in MATCHER.ids_in(read_document(text)))

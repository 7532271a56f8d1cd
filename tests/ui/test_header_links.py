"""The article header's tags and author are links that narrow the library; astronaut links in the text are calmer
(the first mention of each section), and a setting links every mention again."""

from pathlib import Path

import pytest

from spacereader.core.settings import load_settings
from spacereader.ui.library_model import TITLE
from tests.helpers import article
from tests.ui.conftest import click_link, open_window

BODY = "Scott Kelly flew. Kelly posted. Kelly slept.\n\n## Home\n\nKelly landed.\n"


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    article(root, "a.md", BODY, "title: A year\nauthor: Rachel Whitmore\ndate: 2024-03-01\ntags: [ISS, social media]")
    article(root, "b.md", "Text.", "title: Orbit notes\nauthor: Daniel Okafor\ndate: 2023-01-01\ntags: [ISS]")
    article(root, "c.md", "Text.", "title: Cupola\nauthor: Daniel Okafor\ndate: 2022-01-01\ntags: [photography]")
    return root


def listed_titles(window) -> list[str]:
    window.wait_for_page()
    model = window.articles.model
    return sorted(model.index(row, TITLE).data() for row in range(model.rowCount()))


def test_a_tag_in_the_header_keeps_only_that_tags_articles(qtbot, window, library_dir):
    window.show_article(library_dir / "a.md")
    window.wait_for_page()
    click_link(qtbot, window, "social")
    assert listed_titles(window) == ["A year"]
    assert window.articles.facets.combos["tag"].currentData() == "social media"  # the menu says what is kept
    window.show_article(library_dir / "b.md")
    window.wait_for_page()
    click_link(qtbot, window, "ISS")
    assert listed_titles(window) == ["A year", "Orbit notes"]


def test_the_author_in_the_header_finds_their_articles(qtbot, window, library_dir):
    window.show_article(library_dir / "c.md")
    window.wait_for_page()
    click_link(qtbot, window, "Daniel Okafor")
    assert window.articles.search_box.text() == '"Daniel Okafor"'  # what is kept is on screen, and clears as a search
    assert listed_titles(window) == ["Cupola", "Orbit notes"]


def astronaut_links(window) -> int:
    return window.reader.toHtml().count("astronaut:scott-kelly") - 1  # the header's list names them once


def test_every_mention_is_a_link_again_when_the_reader_asks_and_it_is_remembered(qtbot, library_dir):
    window = open_window(qtbot, library_dir, settings=load_settings(), persist=True)
    window.show_article(library_dir / "a.md")
    window.wait_for_page()
    assert astronaut_links(window) == 2  # the first mention in each section
    window.commands.every_mention.trigger()
    window.wait_for_page()
    assert astronaut_links(window) == 4
    window.close()
    again = open_window(qtbot, library_dir, settings=load_settings(), persist=True)
    assert again.commands.every_mention.isChecked()
    again.show_article(library_dir / "a.md")
    again.wait_for_page()
    assert astronaut_links(again) == 4

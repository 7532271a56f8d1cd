"""Nothing slow runs on the GUI thread: with a page and a search that take as long as the test wants (fakes that wait
for the test's word), the window goes on answering, and shows only what was asked for last; a page past its
deadline is shown as plain text, and the window goes on."""

import threading
from pathlib import Path

import pytest

import spacereader.ui.navigation as navigation_module
from spacereader.core import render
from spacereader.core.index import SearchIndex
from spacereader.ui.library_model import TITLE
from tests.helpers import article

WAIT_S = 20  # bounded: a failing test must not hang the suite


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    article(root, "slow.md", "A page that takes long to make.", "title: Slow page\ndate: 2020-01-01")
    article(root, "quick.md", "A page made at once.", "title: Quick page\ndate: 2021-01-01")
    article(root, "moon.md", "The Moon, and the station.", "title: Moon page\ndate: 2022-01-01")
    return root


class Gate:
    """Holds a worker inside a fake until the test lets it go; says when the worker got there."""

    def __init__(self):
        self.entered, self.go_on = threading.Event(), threading.Event()

    def hold(self) -> None:
        self.entered.set()
        assert self.go_on.wait(WAIT_S), "the test never let the worker go on"


@pytest.fixture
def slow_page(monkeypatch) -> Gate:
    """Making the page of slow.md waits at the gate; other pages are made as usual."""
    gate, real = Gate(), navigation_module.article_page_of

    def page_of(library, path, *options):
        if path.name == "slow.md":
            gate.hold()
        return real(library, path, *options)

    monkeypatch.setattr(navigation_module, "article_page_of", page_of)
    yield gate
    gate.go_on.set()


@pytest.fixture
def slow_search(monkeypatch) -> Gate:
    """Ranking the query "station" waits at the gate; other queries are ranked as usual."""
    gate, real = Gate(), SearchIndex.ranking

    def ranking(index, query, limit=None):
        if query == "station":
            gate.hold()
        return real(index, query, limit)

    monkeypatch.setattr(SearchIndex, "ranking", ranking)
    yield gate
    gate.go_on.set()


def page_titles_shown(window) -> list[str]:
    shown = []
    window.navigation.page_shown.connect(lambda page: shown.append(page.title))
    return shown


def test_a_slow_page_does_not_hold_the_window_and_a_later_one_wins(qtbot, window, library_dir, slow_page):
    shown = page_titles_shown(window)
    window.show_article(library_dir / "slow.md")
    qtbot.waitUntil(slow_page.entered.is_set)  # the worker is making it, and will until the test says
    qtbot.keyClicks(window.articles.search_box, "moon")  # the window answers meanwhile: typing, searching
    qtbot.waitUntil(lambda: window.articles.listed_query == "moon")
    assert [window.articles.model.index(0, TITLE).data()] == ["Moon page"]
    window.show_article(library_dir / "quick.md")  # the reader gives up on the slow page
    assert window.windowTitle().startswith("Moon page")  # nothing shown yet: the last page asked for is not made
    slow_page.go_on.set()
    window.wait_for_page()
    assert shown == ["Quick page"]  # the slow page, made after all, was dropped
    assert window.reader.toPlainText().startswith("Quick page")


def test_a_slow_search_does_not_hold_the_window_and_the_last_query_wins(qtbot, window, library_dir, slow_search):
    listed = []
    window.articles.listed.connect(lambda: listed.append(window.articles.listed_query))
    box = window.articles.search_box
    qtbot.keyClicks(box, "station")
    qtbot.waitUntil(slow_search.entered.is_set)  # the worker is ranking it, and will until the test says
    window.show_article(library_dir / "quick.md")  # the window answers meanwhile: pages open, the box takes keys
    window.navigation.wait()
    assert window.reader.toPlainText().startswith("Quick page")
    box.clear()
    qtbot.keyClicks(box, "moon")
    assert box.text() == "moon"
    slow_search.go_on.set()
    qtbot.waitUntil(lambda: listed[-1:] == ["moon"])
    window.wait_for_page()
    assert listed == ["moon"]  # the results for "station", ranked after all, were never shown
    assert [window.articles.model.index(r, TITLE).data() for r in range(window.articles.model.rowCount())] == ["Moon page"]


def test_a_page_past_its_deadline_is_shown_as_plain_text_and_the_window_goes_on(qtbot, window, library_dir, monkeypatch):
    monkeypatch.setattr(render, "RENDER_SECONDS", 0.001)  # any real article takes longer to format
    paragraphs = "\n\n".join(f"Paragraph **{n}** with [a link](https://example.org/{n})." for n in range(3000))
    path = article(library_dir, "long.md", paragraphs, "title: A long read")
    window.show_article(path)
    window.wait_for_page()
    text = window.reader.toPlainText()
    assert "took more than 0.001 seconds to format; the article is shown as plain text" in text
    assert "Paragraph **2999**" in text  # all of it, as written
    monkeypatch.undo()  # the usual deadline again
    window.show_article(library_dir / "quick.md")
    window.wait_for_page()
    assert window.reader.toPlainText().startswith("Quick page")

"""Moving through the library from the keyboard: next and previous article in the list's own order, and the keys
of the search box (Enter opens the first result, Down goes into the list, Escape empties the box)."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from spacereader.ui.library_model import TITLE
from tests.helpers import article
from tests.ui.test_search_view import choose

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    for name, title, lang, day in (("a.md", "Delta", "fr", "2024-04-01"), ("b.md", "Alpha", "fr", "2024-03-01"),
                                   ("c.md", "Charlie", "en", "2024-02-01"), ("d.md", "Bravo", "fr", "2024-01-01")):
        article(root, name, f"The {title.lower()} station.", front=f"title: {title}\nlang: {lang}\ndate: {day}")
    return root


def shown_title(window) -> str:
    window.wait_for_page()
    return window.navigation.shown.title


def test_next_and_previous_follow_the_list_as_sorted_and_filtered(qtbot, window):
    window.articles.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    choose(window, "lang", "fr")
    window.show_article(window.library.root / "b.md")
    assert shown_title(window) == "Alpha"
    qtbot.keyClick(window, Qt.Key.Key_Down, ALT)
    assert shown_title(window) == "Bravo"  # Charlie is English: not listed, not visited
    qtbot.keyClick(window, Qt.Key.Key_Down, ALT)
    assert shown_title(window) == "Delta"
    qtbot.keyClick(window, Qt.Key.Key_Down, ALT)
    assert shown_title(window) == "Delta"  # the end of the list: it stays, and says so
    assert "last article" in window.status.currentMessage()
    window.commands.previous_article.trigger()
    assert shown_title(window) == "Bravo"
    assert window.articles.table.currentIndex().data() == "Bravo"  # the list follows


def test_the_menu_names_the_keys(window):
    assert window.commands.next_article.shortcut().toString() == "Alt+Down"
    assert window.commands.previous_article.shortcut().toString() == "Alt+Up"


def test_enter_in_the_search_box_opens_the_first_result(qtbot, window):
    box = window.articles.search_box
    box.setFocus()
    qtbot.keyClicks(box, "charlie")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # at once: the search for the last keys may not have run yet
    qtbot.waitUntil(lambda: window.navigation.current_article().name == "c.md")  # once listed, it opens
    assert shown_title(window) == "Charlie"
    assert box.text() == "charlie"


def test_down_in_the_search_box_moves_into_the_list(qtbot, window):
    window.articles.table.clearSelection()
    window.articles.table.setCurrentIndex(window.articles.model.index(-1, -1))
    box = window.articles.search_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.articles.table.hasFocus()
    assert window.articles.table.currentIndex().row() == 0
    qtbot.keyClick(window.articles.table, Qt.Key.Key_Down)  # the list's own keys from there on
    assert shown_title(window) == window.articles.model.index(1, TITLE).data()


def test_escape_in_the_search_box_empties_it_and_lists_everything_again(qtbot, window):
    box = window.articles.search_box
    qtbot.keyClicks(box, "bravo")
    qtbot.waitUntil(lambda: window.articles.model.rowCount() == 1)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    qtbot.waitUntil(lambda: window.articles.model.rowCount() == 4)

"""Find in page and the outline: Ctrl+F finds in the article (every match highlighted, "2 of 3"), F3 moves through
the matches, an article opened from a search shows its words, and the outline follows the page."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from spacereader.ui.library_model import TITLE
from tests.helpers import article

FILLER = "\n\n".join(f"Paragraph {n} of the long voyage, with nothing much to find in it." for n in range(40))


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    article(root, "station.md", f"## Arrival\n\nL’Espace, espace et ESPACÉ.\n\n{FILLER}\n\n## Return\n\nBack to "
                                "l'espace at the very end.", front="title: Station\ndate: 2024-01-02")
    article(root, "moon.md", f"## Landing\n\n{FILLER}\n\n## Walking\n\n{FILLER}\n\n## Leaving\n\nThe zephyrine wind.",
            front="title: Moon\ndate: 2023-01-01")
    return root


def highlighted(window) -> list[str]:
    """The text of each highlighted match, as painted: the current one last."""
    return [s.cursor.selectedText() for s in window.reader.extraSelections()]


def find(qtbot, window, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pane.find_bar.box.hasFocus()
    window.pane.find_bar.box.setText(text)


def test_ctrl_f_finds_every_match_whatever_its_case_and_accents(qtbot, window):
    window.show_article(window.library.root / "station.md")
    window.wait_for_page()
    find(qtbot, window, "espace")
    bar = window.pane.find_bar
    assert highlighted(window)[:-1] == ["Espace", "espace", "ESPACÉ", "espace"]
    assert bar.count.text() == "1 of 4"
    assert highlighted(window)[-1] == "Espace"  # the current one, painted over the others in its own colour


def test_f3_and_enter_move_through_the_matches_round_the_end(qtbot, window):
    window.show_article(window.library.root / "station.md")
    window.wait_for_page()
    find(qtbot, window, "espace")
    bar = window.pane.find_bar
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 4"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert bar.count.text() == "4 of 4"
    bottom = window.reader.verticalScrollBar()
    assert bottom.value() > 0  # the last match is at the end of a long page: the page went there
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert bar.count.text() == "1 of 4"
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "4 of 4"


def test_no_match_says_so_and_escape_closes_the_bar_and_its_highlights(qtbot, window):
    window.show_article(window.library.root / "station.md")
    window.wait_for_page()
    find(qtbot, window, "nebula")
    bar = window.pane.find_bar
    assert bar.count.text() == "No matches" and highlighted(window) == []
    bar.box.setText("espace")
    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    assert bar.isHidden() and highlighted(window) == []
    assert window.reader.hasFocus()


def test_ctrl_k_alone_goes_to_the_library_search(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.articles.search_box.hasFocus()
    assert window.pane.find_bar.isHidden()


def test_an_article_opened_from_a_search_shows_its_words_and_scrolls_to_the_first(qtbot, window):
    qtbot.keyClicks(window.articles.search_box, "zephyrine")
    qtbot.waitUntil(lambda: window.articles.model.rowCount() == 1)
    window.articles.table.clicked.emit(window.articles.model.index(0, TITLE))
    window.wait_for_page()
    assert window.navigation.current_article().name == "moon.md"
    assert highlighted(window) == ["zephyrine", "zephyrine"]  # the one match, current
    assert window.reader.verticalScrollBar().value() > 0  # it is at the end of a long page
    window.show_article(window.library.root / "station.md")
    window.wait_for_page()
    assert highlighted(window) == []  # another page: the search's words were for that one


def test_the_outline_lists_the_headings_and_follows_the_scroll(qtbot, window):
    window.show_article(window.library.root / "moon.md")
    window.wait_for_page()
    outline = window.pane.outline
    assert outline.isVisible()
    assert [outline.item(row).text() for row in range(outline.count())] == ["Landing", "Walking", "Leaving"]
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert outline.currentItem().text() == "Leaving"
    bar.setValue(0)
    assert outline.currentRow() in (-1, 0)  # the header, or the first section just under it


def test_clicking_a_heading_in_the_outline_goes_to_it(qtbot, window):
    window.show_article(window.library.root / "moon.md")
    window.wait_for_page()
    outline = window.pane.outline
    walking = outline.item(1)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=outline.visualItemRect(walking).center())
    assert outline.currentItem().text() == "Walking"
    cursor = window.reader.cursorForPosition(window.reader.viewport().rect().topLeft())
    assert "Walking" in cursor.block().text() or cursor.block().next().text() == "Walking"


def test_the_outline_can_be_hidden_and_stays_hidden(qtbot, window):
    window.show_article(window.library.root / "moon.md")
    window.wait_for_page()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.pane.outline.isHidden() and window.settings.show_outline is False
    window.show_article(window.library.root / "station.md")
    window.wait_for_page()
    assert window.pane.outline.isHidden()
    window.commands.outline.trigger()
    assert window.pane.outline.isVisible() and window.settings.show_outline is True

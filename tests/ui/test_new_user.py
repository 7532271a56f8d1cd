"""The window as a new user first meets it, on a folder of several indexing batches: each of these once went wrong.
The list shows a search's best matches from its top; one row is highlighted, the article's on screen, however it
was reached; the indexing message goes when indexing ends; a library opened for the first time shows its newest
article; a link's description leaves with the page it was on; and one save reads the library once."""

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from spacereader.core.index import BATCH_SIZE
from spacereader.ui.library_model import AUTHOR, TITLE
from spacereader.ui.main_window import MainWindow
from tests.helpers import article, many_articles
from tests.ui.conftest import click_link, open_window

ARTICLES = BATCH_SIZE * 2 + 100  # three batches


def dated(n: int) -> str:
    return f"title: Orbit log {n:04d}\nauthor: Ada Writer\ndate: {2000 + n // 28:04d}-01-{1 + n % 28:02d}"


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    many_articles(root, ARTICLES, front=dated, body=lambda n: f"Orbit {n} went well. See [the next one](note-{n + 1:04d}.md).")
    return root


def shown_title(window: MainWindow) -> str:
    window.wait_for_page()
    return window.reader.toPlainText().splitlines()[0]


def test_a_search_lists_its_best_matches_from_the_top(qtbot, window, library_dir):
    window.show_article(library_dir / "note-0010.md")  # an old article: far down a list newest first
    window.wait_for_page()
    table = window.articles.table
    assert table.rowAt(0) > 0, "the list did not scroll to the article on screen"
    qtbot.keyClicks(window.articles.search_box, "orbit")
    qtbot.waitUntil(lambda: window.articles.listed_query == "orbit")
    assert window.articles.model.rowCount() == ARTICLES
    assert table.rowAt(0) == 0  # the first result is the first row in sight


def highlighted_rows(window: MainWindow) -> list[str]:
    """The titles of the rows drawn highlighted, as the screen has them: what was painted, not a fresh repaint
    (a row the view was never told is no longer selected stays painted as selected)."""
    QApplication.processEvents()  # the repaints the view asked for
    table, model = window.articles.table, window.articles.model
    image = window.screen().grabWindow(window.winId()).toImage()
    origin = table.viewport().mapTo(window, QPoint(0, 0))
    highlight = table.palette().highlight().color()
    found = []
    for row in range(table.rowAt(0), table.rowAt(table.viewport().height() - 1) + 1):
        cell = table.visualRect(model.index(row, AUTHOR))
        point = (origin + cell.topLeft() + QPoint(3, 3)) * window.devicePixelRatio()
        if image.pixelColor(point) == highlight:
            found.append(model.index(row, TITLE).data())
    return found


def test_one_row_is_highlighted_however_the_article_was_reached(qtbot, window, library_dir):
    window.resize(1200, 4000)  # every row in sight: a stale highlight anywhere would show
    table = window.articles.table
    newest_first = [window.articles.model.index(row, TITLE).data() for row in range(40)]
    table.setCurrentIndex(window.articles.model.index(5, TITLE))  # the reader clicks a row
    assert shown_title(window) == newest_first[5]
    assert highlighted_rows(window) == [newest_first[5]]
    for _ in range(2):  # a link between articles, twice
        click_link(qtbot, window, "the next one")
    assert highlighted_rows(window) == [newest_first[3]] == [shown_title(window)]
    window.go_back()
    window.wait_for_page()
    assert highlighted_rows(window) == [newest_first[4]] == [shown_title(window)]
    window.go_forward()
    window.wait_for_page()
    assert highlighted_rows(window) == [newest_first[3]] == [shown_title(window)]


def test_the_indexing_message_goes_when_indexing_ends(qtbot, library_dir, gated):
    article(library_dir, "a-newest.md", "The first file read.", "title: The newest\ndate: 2100-01-01")
    window = open_window(qtbot, library_dir, indexed=False)
    messages = []
    window.status.messageChanged.connect(messages.append)
    qtbot.waitUntil(lambda: window.navigation.shown is not None, timeout=20000)  # the first batch is in, and its newest shown
    with qtbot.waitSignal(window.indexing_finished, timeout=20000):
        gated[0].go_on.set()
    window.wait_for_page()
    assert any(m.startswith("Indexing") for m in messages)
    assert not window.status.currentMessage().startswith("Indexing")
    assert not window.status.progress.isVisible()


def test_a_library_opened_the_first_time_shows_its_newest_article(qtbot, library_dir, gated):
    article(library_dir, "zz-newest.md", "Read last of all.", "title: The newest\ndate: 2100-01-01")
    window = open_window(qtbot, library_dir, indexed=False)
    qtbot.waitUntil(lambda: window.navigation.shown is not None, timeout=20000)  # the first batch is in, and its newest shown
    assert shown_title(window) != "The newest"  # not read yet
    with qtbot.waitSignal(window.indexing_finished, timeout=20000):
        gated[0].go_on.set()
    assert shown_title(window) == "The newest"
    assert window.articles.table.currentIndex().row() == 0
    assert not window.commands.back.isEnabled()  # the app's first pick is not a page to go back to


def hover(widget, point: QPoint) -> None:
    """The mouse moved over the widget to point, no button down."""
    moved = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(widget.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, moved)


def test_a_links_description_leaves_with_its_page(qtbot, tmp_path):
    root = tmp_path / "library"
    article(root, "a.md", "Chris Hadfield sang on the station.", "title: A song")
    window = open_window(qtbot, root)
    cursor = window.reader.document().find("Chris Hadfield")
    cursor.setPosition(cursor.selectionStart() + 3)
    point = window.reader.cursorRect(cursor).center() + QPoint(1, 0)
    hover(window.reader.viewport(), point)
    qtbot.waitUntil(lambda: window.status.currentMessage() == "Astronaut profile: Chris Hadfield")
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown_title(window) == "Chris Hadfield"
    assert "Astronaut profile" not in window.status.currentMessage()


def test_saving_the_article_on_screen_reads_the_library_once(qtbot, tmp_path, gated):
    root = tmp_path / "library"
    path = article(root, "a.md", "First words.", "title: A draft")
    article(root, "b.md", "Other words.", "title: Another")
    window = open_window(qtbot, root)
    window.show_article(path)
    window.wait_for_page()
    assert len(gated) == 1
    with qtbot.waitSignal(window.indexing_finished, timeout=10000):
        path.write_text(path.read_text(encoding="utf-8") + "\nMore words.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "More words." in window.reader.toPlainText())
    assert len(gated) == 2  # the first pass, and one for the save

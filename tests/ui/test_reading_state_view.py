"""Favourites and resuming where you stopped, as a reader meets them in the window, and Article › Export as HTML."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from spacereader.core.reading import ReadingState, reading_state_path
from spacereader.core.settings import load_settings
from spacereader.ui.library_model import FAVOURITE_ROLE, TITLE
from spacereader.ui.main_window import MainWindow
from tests.helpers import write
from tests.ui.conftest import open_window

PIXELS = 4  # "the same place": a restored position may differ by a rounding of the fraction


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    paragraphs = "\n\n".join(f"Paragraph {n}. " + "Chris Hadfield watched the Earth turn below the station. " * 6
                             for n in range(60))
    write(root / "long.md", f"---\ntitle: A long night in orbit\ndate: 2023-01-02\n---\n{paragraphs}\n")
    write(root / "other-long.md", f"---\ntitle: Another long read\ndate: 2022-01-02\n---\n{paragraphs}\n")
    write(root / "short.md", "---\ntitle: A short note\ndate: 2024-05-06\n---\nThomas Pesquet waved.\n")
    return root


@pytest.fixture
def persist() -> bool:
    return True  # these tests read the reading state back


def rows(window: MainWindow) -> dict[str, bool]:
    """Each listed title, and whether it is marked a favourite, once the list is up to date."""
    window.wait_for_page()
    model = window.articles.model
    return {model.index(r, TITLE).data(): bool(model.index(r, TITLE).data(FAVOURITE_ROLE))
            for r in range(model.rowCount())}


def scroll_bar(window: MainWindow):
    return window.reader.verticalScrollBar()


def laid_out(window: MainWindow) -> bool:
    """Qt lays a long page out bit by bit once it is shown; until then the scroll bar's length is an estimate."""
    reader = window.reader
    full = reader.document().documentLayout().documentSize().height() - reader.viewport().height()
    return abs(scroll_bar(window).maximum() - full) <= 1


def scroll_to(qtbot, window: MainWindow, fraction: float) -> int:
    """Drag the scroll bar there, as a reader would once the page is up; returns the place in pixels."""
    qtbot.waitUntil(lambda: laid_out(window))
    bar = scroll_bar(window)
    assert bar.maximum() > 2000, "the article is not long enough to scroll"
    bar.setValue(int(bar.maximum() * fraction))
    return bar.value()


def place(qtbot, window: MainWindow) -> int:
    """Where the page is, once laid out."""
    qtbot.waitUntil(lambda: laid_out(window))
    return scroll_bar(window).value()


# favourites

def test_ctrl_d_marks_the_article_a_favourite_in_the_list(qtbot, window, library_dir):
    window.show_article(library_dir / "short.md")
    window.wait_for_page()
    assert not window.commands.favourite.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.commands.favourite.isChecked()
    assert rows(window) == {"A long night in orbit": False, "Another long read": False, "A short note": True}
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # again: no longer a favourite
    assert not window.commands.favourite.isChecked()
    assert not any(rows(window).values())


def test_the_favourites_toggle_keeps_only_favourites(qtbot, window, library_dir):
    for name in ("short.md", "long.md"):
        window.show_article(library_dir / name)
        window.wait_for_page()
        window.commands.favourite.trigger()
    window.articles.favourites_only.click()
    window.wait_for_page()
    assert rows(window) == {"A long night in orbit": True, "A short note": True}
    window.commands.favourite.trigger()  # long.md, on screen, is no longer a favourite: it leaves the list
    assert rows(window) == {"A short note": True}
    window.articles.favourites_only.click()
    window.wait_for_page()
    assert len(rows(window)) == 3


def test_the_favourites_toggle_combines_with_a_search(qtbot, window, library_dir):
    window.show_article(library_dir / "long.md")
    window.wait_for_page()
    window.commands.favourite.trigger()
    window.articles.favourites_only.click()
    window.wait_for_page()
    qtbot.keyClicks(window.articles.search_box, "Pesquet")
    qtbot.waitUntil(lambda: window.articles.listed_query == "Pesquet")
    assert rows(window) == {}  # the one favourite does not mention Pesquet
    window.articles.favourites_only.click()
    window.wait_for_page()
    assert rows(window) == {"A short note": False}


def test_favourites_are_there_in_a_new_window(qtbot, window, library_dir):
    window.show_article(library_dir / "other-long.md")
    window.wait_for_page()
    window.commands.favourite.trigger()
    window.close()
    again = open_window(qtbot, library_dir, persist=True)
    assert rows(again) == {"A long night in orbit": False, "Another long read": True, "A short note": False}
    again.show_article(library_dir / "other-long.md")
    again.wait_for_page()
    assert again.commands.favourite.isChecked()
    again.show_article(library_dir / "short.md")
    again.wait_for_page()
    assert not again.commands.favourite.isChecked()


def test_favourite_and_export_need_an_article_on_screen(window, library_dir):
    window.show_profile("chris-hadfield")
    window.wait_for_page()
    assert not window.commands.favourite.isEnabled() and not window.commands.export.isEnabled()
    window.commands.favourite.trigger()  # disabled: nothing happens
    window.go_back()
    window.wait_for_page()
    assert window.commands.favourite.isEnabled() and not window.commands.favourite.isChecked()
    assert not any(rows(window).values())


# resuming where you stopped

def test_leaving_an_article_and_coming_back_restores_the_place(qtbot, window, library_dir):
    window.show_article(library_dir / "long.md")
    window.wait_for_page()
    spot = scroll_to(qtbot, window, 0.6)
    window.show_article(library_dir / "short.md")
    window.wait_for_page()
    window.show_article(library_dir / "other-long.md")
    window.wait_for_page()
    assert place(qtbot, window) == 0  # never read: from the top
    window.show_article(library_dir / "long.md")
    window.wait_for_page()
    assert abs(place(qtbot, window) - spot) <= PIXELS


def test_picking_the_row_in_the_list_restores_the_place(qtbot, window, library_dir):
    window.show_article(library_dir / "long.md")
    window.wait_for_page()
    spot = scroll_to(qtbot, window, 0.35)
    table, model = window.articles.table, window.articles.model
    for target in ("A short note", "A long night in orbit"):
        row = next(r for r in range(model.rowCount()) if model.index(r, TITLE).data() == target)
        table.setCurrentIndex(model.index(row, TITLE))
    assert window.reader.toPlainText().startswith("A long night in orbit")
    assert abs(place(qtbot, window) - spot) <= PIXELS


def test_going_back_from_an_astronaut_returns_to_the_place(qtbot, window, library_dir):
    window.show_article(library_dir / "long.md")
    window.wait_for_page()
    spot = scroll_to(qtbot, window, 0.5)
    window.show_profile("chris-hadfield")  # a link to an astronaut in the article
    window.wait_for_page()
    window.go_back()
    window.wait_for_page()
    assert abs(place(qtbot, window) - spot) <= PIXELS
    window.show_article(library_dir / "short.md")
    window.wait_for_page()
    window.go_back()
    window.wait_for_page()
    assert abs(place(qtbot, window) - spot) <= PIXELS


def test_going_back_and_forward_keeps_each_article_in_its_place(qtbot, window, library_dir):
    window.show_article(library_dir / "long.md")
    window.wait_for_page()
    first = scroll_to(qtbot, window, 0.7)
    window.show_article(library_dir / "other-long.md")
    window.wait_for_page()
    second = scroll_to(qtbot, window, 0.2)
    window.go_back()
    window.wait_for_page()
    assert abs(place(qtbot, window) - first) <= PIXELS
    window.go_forward()
    window.wait_for_page()
    assert abs(place(qtbot, window) - second) <= PIXELS


def test_closing_and_reopening_the_window_restores_the_place(qtbot, window, library_dir):
    window.show_article(library_dir / "long.md")
    window.wait_for_page()
    spot = scroll_to(qtbot, window, 0.45)
    window.close()
    again = open_window(qtbot, library_dir, settings=load_settings(), persist=True)  # the article last read comes back by itself
    assert again.reader.toPlainText().startswith("A long night in orbit")
    assert abs(place(qtbot, again) - spot) <= PIXELS


def test_opening_another_library_keeps_the_place_of_the_article_left(qtbot, window, library_dir, tmp_path):
    window.show_article(library_dir / "long.md")
    window.wait_for_page()
    spot = scroll_to(qtbot, window, 0.3)
    window.open_library(write(tmp_path / "elsewhere" / "one.md", "---\ntitle: Elsewhere\n---\nText\n").parent)
    window.wait_for_indexing()
    window.open_library(library_dir, library_dir / "long.md")
    assert abs(place(qtbot, window) - spot) <= PIXELS


def paragraph_at_top(qtbot, window: MainWindow) -> int:
    qtbot.waitUntil(lambda: laid_out(window))
    text = window.reader.cursorForPosition(QPoint(window.reader.viewport().width() // 2, 5)).block().text()
    return int(text.removeprefix("Paragraph ").partition(".")[0])


def test_resizing_the_window_or_the_text_keeps_the_paragraph_in_view(qtbot, window, library_dir):
    window.show_article(library_dir / "long.md")
    window.wait_for_page()
    scroll_to(qtbot, window, 0.5)
    reading = paragraph_at_top(qtbot, window)
    window.resize(800, 800)  # narrower: the text reflows, longer
    assert abs(paragraph_at_top(qtbot, window) - reading) <= 1
    window.zoom(+3)
    assert abs(paragraph_at_top(qtbot, window) - reading) <= 1
    window.set_theme("dark")
    assert abs(paragraph_at_top(qtbot, window) - reading) <= 1


def test_a_pause_in_scrolling_saves_the_place_before_any_close(qtbot, window, library_dir):
    window.show_article(library_dir / "long.md")
    window.wait_for_page()
    qtbot.waitUntil(lambda: laid_out(window))
    window.navigation.position_timer.setInterval(10)  # the pause a reader makes, shortened
    with qtbot.waitSignal(window.navigation.position_timer.timeout):
        scroll_to(qtbot, window, 0.8)
    fraction = scroll_bar(window).value() / scroll_bar(window).maximum()
    state = ReadingState(reading_state_path())  # what a killed app would find on its next start
    assert state.position(library_dir / "long.md") == pytest.approx(fraction, abs=0.002)
    state.close()


def test_a_window_that_keeps_nothing_leaves_no_reading_state(qtbot, library_dir):
    window = open_window(qtbot, library_dir, persist=False)
    window.show_article(library_dir / "long.md")
    window.wait_for_page()
    window.commands.favourite.trigger()
    assert window.reading.favourites()
    scroll_to(qtbot, window, 0.5)
    window.close()
    assert not reading_state_path().exists()


# export

def test_export_writes_a_page_with_the_title(window, library_dir, tmp_path):
    out = tmp_path / "out.html"
    window.show_article(library_dir / "short.md")
    window.wait_for_page()
    window.paper.export_html(library_dir / "short.md", out)
    window.wait_for_page()
    page = out.read_text(encoding="utf-8")
    assert "<title>A short note</title>" in page and "</a> waved.</p>" in page
    assert str(out) in window.statusBar().currentMessage()


@pytest.mark.parametrize("target", ["short.md", "long.md", "new.markdown"])
def test_export_onto_an_article_is_refused_in_the_status_bar(window, library_dir, target):
    path = library_dir / "short.md"
    before = {p.name: p.read_bytes() for p in library_dir.iterdir()}
    window.show_article(path)
    window.wait_for_page()
    window.paper.export_html(path, library_dir / target)
    window.wait_for_page()
    assert "never writes to articles" in window.statusBar().currentMessage()
    assert {p.name: p.read_bytes() for p in library_dir.iterdir()} == before


def test_export_to_a_folder_that_does_not_exist_says_so(window, library_dir, tmp_path):
    window.paper.export_html(library_dir / "short.md", tmp_path / "missing" / "out.html")
    window.wait_for_page()
    assert "Could not write" in window.statusBar().currentMessage()
    assert not (tmp_path / "missing").exists()


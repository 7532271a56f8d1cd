"""The card on an astronaut link: it waits for the pointer to rest, says who it is, stays off the line being
read, answers the keyboard, hides on Escape, and stays away once the reader turns cards off."""

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from spacereader.ui.hover_card import SUMMARY_CHARS, short_summary
from tests.helpers import article


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    article(root, "a.md", "On the station, Chris Hadfield sang.\n\nThe end.", "title: A song\ndate: 2020-01-01")
    article(root, "b.md", "Chris Hadfield again.", "title: B\ndate: 2019-01-01")
    return root


def hover(widget, point: QPoint) -> None:
    moved = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(widget.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, moved)


def point_on(window, text: str) -> QPoint:
    reader = window.reader
    cursor = reader.document().find(text)
    cursor.setPosition(cursor.selectionStart() + 3)
    return reader.cursorRect(cursor).center() + QPoint(1, 0)


def open_a(window, library_dir):
    window.show_article(library_dir / "a.md")
    window.wait_for_page()


def test_the_card_waits_for_the_pointer_to_rest_then_says_who_it_is(qtbot, window, library_dir):
    open_a(window, library_dir)
    point = point_on(window, "Chris Hadfield")
    hover(window.reader.viewport(), point)
    assert window.cards.timer.isActive() and not window.cards.card.isVisible()  # not before the delay
    qtbot.waitUntil(window.cards.card.isVisible)
    card = window.cards.card
    assert card.name.text() == "Chris Hadfield" and card.facts.text() == "CSA · Canadian"
    assert card.mentions.text() == "Mentioned in 2 articles"
    assert card.summary.text().startswith("Chris Hadfield is a Canadian astronaut")
    line_bottom = window.reader.viewport().mapToGlobal(point).y() + window.reader.fontMetrics().height() // 2
    assert card.geometry().top() > line_bottom or card.geometry().bottom() < line_bottom - window.reader.fontMetrics().height()


def test_escape_hides_the_card(qtbot, window, library_dir):
    open_a(window, library_dir)
    hover(window.reader.viewport(), point_on(window, "Chris Hadfield"))
    qtbot.waitUntil(window.cards.card.isVisible)
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)
    assert not window.cards.card.isVisible()


def test_leaving_the_link_before_the_delay_shows_nothing(qtbot, window, library_dir):
    open_a(window, library_dir)
    hover(window.reader.viewport(), point_on(window, "Chris Hadfield"))
    hover(window.reader.viewport(), point_on(window, "The end"))
    assert not window.cards.timer.isActive()
    assert not window.cards.card.isVisible()


def test_the_keyboard_focus_on_a_link_shows_the_card(qtbot, window, library_dir):
    open_a(window, library_dir)
    window.reader.setFocus()
    qtbot.waitUntil(window.reader.hasFocus)
    for _ in range(10):  # the page's links, from the top: the header's first
        qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
        if "astronaut:" in window.reader.textCursor().charFormat().anchorHref():
            break
    qtbot.waitUntil(window.cards.card.isVisible)
    assert window.cards.card.name.text() == "Chris Hadfield"


def test_turned_off_no_card_shows(qtbot, window, library_dir):
    open_a(window, library_dir)
    window.commands.hover_cards.trigger()
    assert window.settings.hover_cards is False
    hover(window.reader.viewport(), point_on(window, "Chris Hadfield"))
    assert not window.cards.timer.isActive() and not window.cards.card.isVisible()
    qtbot.waitUntil(lambda: window.status.currentMessage() == "Astronaut profile: Chris Hadfield")  # the link still says
    assert not window.cards.card.isVisible()


def test_a_long_summary_is_cut_at_a_word():
    text = "word " * 300
    cut = short_summary(text)
    assert len(cut) <= SUMMARY_CHARS and cut.endswith("word…")

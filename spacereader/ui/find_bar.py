"""Find in page: the bar under the reader's column, every match highlighted and the current one distinct, and the
words of a library search shown where an article opened from it has them. The core finds; this only shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QTextEdit, QToolButton, QWidget

from spacereader.core.findtext import FoldedText, utf16_spans
from spacereader.core.i18n import formats
from spacereader.ui.reader import Reader

MAX_HIGHLIGHTED = 3000  # more are counted and visited, not all painted at once: a page of them says enough
# Dark text on a light marker reads in every theme, dark included, as a highlighter pen on paper does.
HIT_COLOURS = ("#ffe27a", "#1b1b1b")
CURRENT_COLOURS = ("#ff9a3d", "#000000")


def _format(colours: tuple[str, str]) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(colours[0]))
    fmt.setForeground(QColor(colours[1]))
    return fmt


class FindBar(QWidget):
    closed = Signal()  # the reader closed the bar: the focus goes back to the page

    def __init__(self, reader: Reader, parent=None):
        super().__init__(parent)
        self.reader = reader
        self._folded: FoldedText | None = None  # the page's text folded once, until it changes
        self._hits: list[tuple[int, int]] = []  # in Qt's positions
        self._current = -1
        self._words = ""  # a library search whose words are shown, while the bar is closed
        self.box = QLineEdit(self, placeholderText=self.tr("Find in article"), clearButtonEnabled=True)
        self.box.setAccessibleName(self.tr("Find in article"))
        self.box.textChanged.connect(lambda _text: self.find())
        self.box.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Matches"))
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("0,000 of 0,000"))
        self.previous_button = self._button(QStyle.StandardPixmap.SP_ArrowUp, self.tr("Previous match (Shift+F3)"),
                                            lambda: self.step(-1))
        self.next_button = self._button(QStyle.StandardPixmap.SP_ArrowDown, self.tr("Next match (F3)"),
                                        lambda: self.step(+1))
        self.close_button = self._button(QStyle.StandardPixmap.SP_DialogCloseButton, self.tr("Close the find bar (Esc)"),
                                         self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        for widget in (self.box, self.count, self.previous_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        reader.textChanged.connect(self._page_changed)
        self.hide()

    def _button(self, icon, name: str, slot) -> QToolButton:
        button = QToolButton(self, toolTip=name, autoRaise=True)
        button.setIcon(self.style().standardIcon(icon))
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    # what the reader asks
    def open(self) -> None:
        """Ctrl+F: the bar, its text selected to be typed over; matches shown again if it had some."""
        self._words = ""
        self.show()
        self.box.setFocus()
        self.box.selectAll()
        self.find()

    def close_bar(self) -> None:
        self.hide()
        self._show_hits([], -1)
        self.closed.emit()

    def step(self, direction: int) -> None:
        """F3 and Shift+F3: the next or previous match, round the end of the page; the bar opens if it was shut."""
        if self.isHidden() and not self._words:
            self.open()
            return
        if self._hits:
            self._show_hits(self._hits, (self._current + direction) % len(self._hits), scroll=True)

    def find(self) -> None:
        """The bar's text, found anew: the first match from the top of the view on becomes current."""
        self._hits = self._spans(self.box.text(), words=False)
        top = self.reader.cursorForPosition(self.reader.viewport().rect().topLeft()).position()
        first = next((i for i, (start, _end) in enumerate(self._hits) if start >= top), 0)
        self._show_hits(self._hits, first if self._hits else -1, scroll=True)

    def mark_words(self, query: str) -> None:
        """An article opened from a library search: its words shown, and the first of them scrolled to."""
        self._words = query
        self._hits = self._spans(query, words=True)
        self._show_hits(self._hits, 0 if self._hits else -1, scroll=True)

    def forget_words(self) -> None:
        if self._words and self.isHidden():
            self._words = ""
            self._show_hits([], -1)

    # showing
    def _spans(self, query: str, *, words: bool) -> list[tuple[int, int]]:
        if not query.strip():
            return []
        if self._folded is None:
            self._folded = FoldedText.of(self.reader.document().toPlainText())
        spans = self._folded.find_words(query) if words else self._folded.find(query)
        return utf16_spans(self._folded.text, spans)

    def _page_changed(self) -> None:
        """Another page, or the same one saved again or restyled: its matches, found again."""
        self._folded = None
        if self.isVisible():
            self._hits = self._spans(self.box.text(), words=False)
        elif self._words:
            self._hits = self._spans(self._words, words=True)
        else:
            return
        self._show_hits(self._hits, min(self._current, len(self._hits) - 1))

    def _show_hits(self, hits: list[tuple[int, int]], current: int, scroll: bool = False) -> None:
        self._current = current
        low = max(0, min(current - MAX_HIGHLIGHTED // 2, len(hits) - MAX_HIGHLIGHTED))
        selections = [self._selection(start, end, HIT_COLOURS) for start, end in hits[low:low + MAX_HIGHLIGHTED]]
        if current >= 0:
            selections.append(self._selection(*hits[current], CURRENT_COLOURS))
            if scroll:
                self.reader.scroll_to_position(hits[current][0])
        self.reader.setExtraSelections(selections)
        self._say_count(len(hits), current)

    def _selection(self, start: int, end: int, colours: tuple[str, str]) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = QTextCursor(self.reader.document())
        selection.cursor.setPosition(start)
        selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.format = _format(colours)
        return selection

    def _say_count(self, total: int, current: int) -> None:
        if not self.box.text().strip():
            self.count.setText("")
        elif not total:
            self.count.setText(self.tr("No matches"))
        else:
            number = formats().number
            self.count.setText(self.tr("{current} of {total}").format(current=number(current + 1), total=number(total)))
        for button in (self.previous_button, self.next_button):
            button.setEnabled(total > 1)

    @property
    def hits(self) -> list[tuple[int, int]]:
        return self._hits

    @property
    def current(self) -> int:
        return self._current

    def eventFilter(self, watched, event) -> bool:
        """In the box: Enter goes to the next match, Shift+Enter to the previous, Escape closes the bar."""
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else +1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

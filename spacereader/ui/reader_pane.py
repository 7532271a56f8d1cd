"""The right side of the window: the outline beside the reader's column, the find bar under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from spacereader.ui.find_bar import FindBar
from spacereader.ui.outline import Outline
from spacereader.ui.reader import Reader

OUTLINE_WIDTH_CHARS = 24  # room for a short heading; a longer one is cut, and whole in its tooltip


class ReaderPane(QWidget):
    def __init__(self, reader: Reader, parent=None):
        super().__init__(parent)
        self.reader = reader
        self.outline = Outline(reader, self)
        self.outline.setFixedWidth(self.outline.fontMetrics().averageCharWidth() * OUTLINE_WIDTH_CHARS)
        self.find_bar = FindBar(reader, self)
        self.find_bar.closed.connect(reader.setFocus)
        self._outline_wanted = True
        self.time_left = QLabel(self, alignment=Qt.AlignmentFlag.AlignRight)  # "42 % · 6 min left"
        self.time_left.setAccessibleName(self.tr("Time left in the article"))
        self.time_left.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in every theme's palette
        self.time_left.setContentsMargins(8, 2, 12, 2)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.time_left)
        column.addWidget(reader, 1)
        column.addWidget(self.find_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.outline)
        layout.addLayout(column, 1)

    def show_outline(self, wanted: bool) -> None:
        """The reader's choice; an article with no headings has no outline to show, whatever it is."""
        self._outline_wanted = wanted
        self.outline.setVisible(wanted and not self.outline.is_empty())

    def show_headings(self, headings: list) -> None:
        self.outline.show_headings(headings)
        self.show_outline(self._outline_wanted)

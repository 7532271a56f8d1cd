"""The reader: a QTextBrowser that shows our safe HTML in a comfortable column and never fetches anything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QUrl
from PySide6.QtGui import QFont, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from spacereader.core.links import local_target, probe

MAX_COLUMN_PX = 720  # about 70 characters at the default size: a line the eye can follow
MIN_MARGIN_PX = 28
BASE_POINT_SIZE = 12
# A refused resource is answered, never left unanswered: given None (or bytes that are no image), Qt tries on its own,
# decoding data: URLs and reading any local file by its name (an absolute path, or one relative to the current folder).
_NO_IMAGE = QImage(1, 1, QImage.Format.Format_ARGB32)
_NO_IMAGE.fill(0)  # transparent


class Reader(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("reader")
        self._folder: Path | None = None  # images load from here, and never from outside self._root
        self._root: Path | None = None
        self._zoom = 0
        self._place: float | None = None  # a place (fraction) held while the layout settles, until the reader scrolls
        self._placing = False
        self.verticalScrollBar().rangeChanged.connect(self._hold_place)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._apply_font()

    def show_page(self, html: str, css: str, folder: Path | None = None, root: Path | None = None,
                  keep_scroll: bool = False) -> None:
        place = self.scroll_fraction() if keep_scroll else 0.0
        self._place = None
        self._folder, self._root = folder, root or folder
        self.document().setDefaultStyleSheet(css)
        self.setHtml(html)
        self._fit_column()
        self.scroll_to_fraction(place)

    def scroll_fraction(self) -> float:
        """How far down the page the reader is, from 0 (top) to 1 (end)."""
        if self._place is not None:
            return self._place
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() else 0.0

    def scroll_to_fraction(self, fraction: float) -> None:
        """Go there, and stay there while Qt lays out a long page bit by bit or the reader is resized."""
        self._place = min(1.0, max(0.0, fraction))
        self._hold_place()

    def _hold_place(self) -> None:
        if self._place is None:
            return
        bar = self.verticalScrollBar()
        self._placing = True
        try:
            bar.setValue(round(self._place * bar.maximum()))
        finally:
            self._placing = False

    def _scrolled(self) -> None:
        if not self._placing:
            self._place = None  # the reader moved: from now on the scroll bar says where they are

    def show_text(self, texts: list[str], after: str | None = None) -> bool:
        """Scroll to the first of these texts found on the page (after the text `after`, if the page has it),
        selected so the eye finds it."""
        document = self.document()
        start = document.find(after) if after else QTextCursor(document)
        for text in texts:
            found = document.find(text, start if not start.isNull() else QTextCursor(document))
            if not found.isNull():
                self._place = None
                self.setTextCursor(found)
                top = self.document().documentLayout().blockBoundingRect(found.block()).top()
                self.verticalScrollBar().setValue(int(top - self.viewport().height() / 3))  # a third down: in sight
                return True
        return False

    def text_in_view(self) -> str:
        """The text of the block at the top of the view, for Open in Editor."""
        cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, MIN_MARGIN_PX // 2))
        return cursor.block().text()

    def set_zoom(self, steps: int) -> None:
        self._place = self.scroll_fraction()
        self._zoom = max(-4, min(8, steps))
        self._apply_font()
        self._fit_column()
        self._hold_place()

    @property
    def zoom(self) -> int:
        return self._zoom

    def _apply_font(self) -> None:
        font = QFont(["Charter", "Georgia", "Noto Serif", "DejaVu Serif"])
        font.setPointSize(BASE_POINT_SIZE + self._zoom)
        self.document().setDefaultFont(font)

    def loadResource(self, kind: int, url: QUrl):
        """Only images beside the article, read from disk; nothing else is ever loaded, least of all the network."""
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return QByteArray()
        path = local_target(self._folder, url.toString()) if self._folder is not None else None
        if path is None or not path.is_relative_to(self._root) or not probe(Path.is_file, path):
            return _NO_IMAGE
        return QImage(str(path))

    def resizeEvent(self, event) -> None:
        self._place = self.scroll_fraction()  # the same place in the text, however it reflows
        super().resizeEvent(event)
        self._fit_column()
        self._hold_place()

    def showEvent(self, event) -> None:
        place = self.scroll_fraction()
        super().showEvent(event)  # scrolls to the text cursor, at the top, the first time: the place wins
        self.scroll_to_fraction(place)

    def _fit_column(self) -> None:
        width = self.viewport().width()
        column = MAX_COLUMN_PX * (BASE_POINT_SIZE + self._zoom) / BASE_POINT_SIZE
        side = max(MIN_MARGIN_PX, int((width - column) / 2))
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(MIN_MARGIN_PX)
            fmt.setBottomMargin(MIN_MARGIN_PX * 2)
            frame.setFrameFormat(fmt)

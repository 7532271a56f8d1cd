"""The reader: a QTextBrowser that shows our safe HTML in a comfortable column and never fetches anything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from spacereader.core.links import local_target, probe
from spacereader.core.typography import Typography

MIN_MARGIN_PX = 28
BASE_POINT_SIZE = 12
_PROSE = "Sphinx of black quartz, judge my vow; the five boxing wizards jump quickly. "  # a line width is in these
# A refused resource is answered, never left unanswered: given None (or bytes that are no image), Qt tries on its own,
# decoding data: URLs and reading any local file by its name (an absolute path, or one relative to the current folder).
_NO_IMAGE = QImage(1, 1, QImage.Format.Format_ARGB32)
_NO_IMAGE.fill(0)  # transparent


def load_resource(kind: int, url: QUrl, folder: Path | None, root: Path | None):
    """Only images beside the article, read from disk; nothing else is ever loaded, least of all the network."""
    if kind != QTextDocument.ResourceType.ImageResource.value:
        return QByteArray()
    path = local_target(folder, url.toString()) if folder is not None else None
    if path is None or not path.is_relative_to(root or folder) or not probe(Path.is_file, path):
        return _NO_IMAGE
    return QImage(str(path))


def reader_font(typography: Typography) -> QFont:
    font = QFont(typography.families())
    font.setPointSizeF(BASE_POINT_SIZE * typography.size / 100)
    return font


class Reader(QTextBrowser):
    scrolled_by_reader = Signal()  # the reader moved in the page: not a place being held, nor a page being shown

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Article"))
        self._folder: Path | None = None  # images load from here, and never from outside self._root
        self._root: Path | None = None
        self.typography = Typography()
        self._images: dict[str, QImage] = {}  # images the app made for this page (a portrait), by their src
        self._place: float | None = None  # a place (fraction) held while the layout settles, until the reader scrolls
        self._held: tuple[int, float] | None = None  # or a place in the text (position, how far down the view)
        self._placing = False
        self.verticalScrollBar().rangeChanged.connect(self._hold_place)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._apply_font()

    def show_page(self, html: str, css: str, folder: Path | None = None, root: Path | None = None,
                  keep_scroll: bool = False, images: dict[str, QImage] | None = None) -> None:
        place = self.scroll_fraction() if keep_scroll else 0.0
        self._place = self._held = None
        self._folder, self._root, self._images = folder, root or folder, images or {}
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

    def seen_fraction(self, exact: bool = True) -> float:
        """How much of the page has been in view, from its top to the bottom of the view (1 for a page that fits).
        Exact: from the document's whole height, which lays all of a long page out at once (a second for a
        megabyte); else from the scroll bar's, which grows as Qt lays it out bit by bit."""
        bar = self.verticalScrollBar()
        shown = bar.value() + self.viewport().height()
        height = self.document().documentLayout().documentSize().height() if exact else bar.maximum() + bar.pageStep()
        return 1.0 if height <= shown else shown / height

    def scroll_to_fraction(self, fraction: float) -> None:
        """Go there, and stay there while Qt lays out a long page bit by bit or the reader is resized."""
        self._place, self._held = min(1.0, max(0.0, fraction)), None
        self._hold_place()

    def scroll_to_position(self, position: int, down: float = 1 / 3) -> None:
        """Show this place of the text `down` the view (0 at its top), and keep it there while the layout settles."""
        self._place, self._held = None, (position, down)
        self._hold_place()

    def _hold_place(self) -> None:
        if self._place is None and self._held is None:
            return
        bar = self.verticalScrollBar()
        self._placing = True
        try:
            if self._held is not None:
                cursor = QTextCursor(self.document())
                cursor.setPosition(min(self._held[0], self.document().characterCount() - 1))
                lead = round(self.viewport().height() * self._held[1]) if self._held[1] else MIN_MARGIN_PX // 2
                bar.setValue(bar.value() + self.cursorRect(cursor).top() - lead)
            else:
                bar.setValue(round(self._place * bar.maximum()))
        finally:
            self._placing = False

    def _scrolled(self) -> None:
        if not self._placing:
            self._place = self._held = None  # the reader moved: from now on the scroll bar says where they are
            self.scrolled_by_reader.emit()

    def show_text(self, texts: list[str], after: str | None = None) -> bool:
        """Scroll to the first of these texts found on the page (after the text `after`, if the page has it),
        selected so the eye finds it."""
        document = self.document()
        start = document.find(after) if after else QTextCursor(document)
        for text in texts:
            found = document.find(text, start if not start.isNull() else QTextCursor(document))
            if not found.isNull():
                self._place = self._held = None
                self.setTextCursor(found)
                top = self.document().documentLayout().blockBoundingRect(found.block()).top()
                self.verticalScrollBar().setValue(int(top - self.viewport().height() / 3))  # a third down: in sight
                return True
        return False

    def text_in_view(self) -> str:
        """The text of the block at the top of the view, for Open in Editor."""
        cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, MIN_MARGIN_PX // 2))
        return cursor.block().text()

    def set_typography(self, typography: Typography) -> None:
        """Font, size and line width now; the family and spacing reach the page with its style sheet."""
        self._place, self._held = self.scroll_fraction(), None
        self.typography = typography
        self._apply_font()
        self._fit_column()
        self._hold_place()

    def _apply_font(self) -> None:
        self.document().setDefaultFont(reader_font(self.typography))

    def loadResource(self, kind: int, url: QUrl):
        """Images as load_resource allows, or made by the app for the page (a portrait); none wider than the
        column (no sideways scroll bar for a wide one)."""
        resource = self._images.get(url.toString()) if kind == QTextDocument.ResourceType.ImageResource.value else None
        if resource is None:
            resource = load_resource(kind, url, self._folder, self._root)
        widest = self._column_width() if self.isVisible() else 0  # a hidden reader has no width yet
        if isinstance(resource, QImage) and resource.width() > widest > 0:
            resource = resource.scaledToWidth(widest, Qt.TransformationMode.SmoothTransformation)
        return resource

    def resizeEvent(self, event) -> None:
        if self._held is None:
            self._place = self.scroll_fraction()  # the same place in the text, however it reflows
        super().resizeEvent(event)
        self._fit_column()
        self._hold_place()

    def showEvent(self, event) -> None:
        place, held = self.scroll_fraction(), self._held
        super().showEvent(event)  # scrolls to the text cursor, at the top, the first time: the place wins
        if held is not None:
            self.scroll_to_position(*held)
        else:
            self.scroll_to_fraction(place)

    def _column_width(self) -> int:
        """The text's width: the line width asked for, in characters of the font, or the view's less its margins."""
        column = QFontMetricsF(self.document().defaultFont()).horizontalAdvance(_PROSE) / len(_PROSE) * self.typography.width
        return int(min(column, self.viewport().width() - 2 * MIN_MARGIN_PX) - 2 * self.document().documentMargin())

    def _fit_column(self) -> None:
        width = self.viewport().width()
        column = QFontMetricsF(self.document().defaultFont()).horizontalAdvance(_PROSE) / len(_PROSE) * self.typography.width
        side = max(MIN_MARGIN_PX, int((width - column) / 2))
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(MIN_MARGIN_PX)
            fmt.setBottomMargin(MIN_MARGIN_PX * 2)
            frame.setFrameFormat(fmt)

"""The reader: a QTextBrowser that shows our safe HTML in a comfortable column and never fetches anything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from spacereader.core.links import local_target, probe

MAX_COLUMN_PX = 720  # about 70 characters at the default size: a line the eye can follow
MIN_MARGIN_PX = 28
BASE_POINT_SIZE = 12


class Reader(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("reader")
        self._folder: Path | None = None  # images load from here, and never from outside self._root
        self._root: Path | None = None
        self._zoom = 0
        self._apply_font()

    def show_page(self, html: str, css: str, folder: Path | None = None, root: Path | None = None,
                  keep_scroll: bool = False) -> None:
        position = self.verticalScrollBar().value()
        self._folder, self._root = folder, root or folder
        self.document().setDefaultStyleSheet(css)
        self.setHtml(html)
        self._fit_column()
        self.verticalScrollBar().setValue(position if keep_scroll else 0)

    def scroll_fraction(self) -> float:
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() else 0.0

    def scroll_to_fraction(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(-4, min(8, steps))
        self._apply_font()
        self._fit_column()

    @property
    def zoom(self) -> int:
        return self._zoom

    def _apply_font(self) -> None:
        font = QFont(["Charter", "Georgia", "Noto Serif", "DejaVu Serif"])
        font.setPointSize(BASE_POINT_SIZE + self._zoom)
        self.document().setDefaultFont(font)

    def loadResource(self, kind: int, url: QUrl):
        """Only images beside the article, read from disk; nothing else is ever loaded, least of all the network."""
        if kind != QTextDocument.ResourceType.ImageResource.value or self._folder is None:
            return None
        path = local_target(self._folder, url.toString())
        if path is None or not path.is_relative_to(self._root) or not probe(Path.is_file, path):
            return None
        return QImage(str(path))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_column()

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

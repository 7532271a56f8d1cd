"""The outline beside the article: its headings (from the one reading of its Markdown), a click to go to one, and
the section being read highlighted as the page scrolls."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from spacereader.core.document import Heading
from spacereader.ui.reader import Reader

POSITION_ROLE = Qt.ItemDataRole.UserRole + 1
INDENT = "    "  # a level deeper, a step to the right


class Outline(QListWidget):
    def __init__(self, reader: Reader, parent=None):
        super().__init__(parent)
        self.reader = reader
        self.setAccessibleName(self.tr("Outline"))
        self.setToolTip(self.tr("The article's sections: click one to go to it"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setSpacing(3)
        self._positions: list[int] = []  # where each heading starts in the reader's document, in the page's order
        self.itemClicked.connect(self._go)
        self.itemActivated.connect(self._go)  # Enter, from the keyboard
        reader.verticalScrollBar().valueChanged.connect(lambda _value: self.follow())
        reader.verticalScrollBar().rangeChanged.connect(lambda *_range: self.follow())

    def show_headings(self, headings: list[Heading]) -> None:
        """The page now in the reader, and its headings: each found in the page by the id it carries."""
        self.clear()
        blocks = _heading_blocks(self.reader, {h.anchor for h in headings})
        top = min((h.level for h in headings), default=1)
        self._positions = []
        for heading in headings:
            block = blocks.get(heading.anchor)
            if block is None:  # a heading the page does not show (inside raw HTML the cleaner dropped)
                continue
            item = QListWidgetItem(INDENT * (heading.level - top) + heading.text)
            item.setToolTip(heading.text)
            item.setData(POSITION_ROLE, block.position())
            self.addItem(item)
            self._positions.append(block.position())
        self.follow()

    def is_empty(self) -> bool:
        return self.count() == 0

    def _go(self, item: QListWidgetItem) -> None:
        self.reader.scroll_to_position(item.data(POSITION_ROLE), down=0)
        self.setCurrentItem(item)

    def follow(self) -> None:
        """The section at the top of the view, highlighted: the last heading above a line a quarter down it (none
        above the first heading, in the article's header and introduction)."""
        if not self._positions:
            return
        view = self.reader.viewport().rect()
        # By the text at that line, which is laid out already: a heading's height on the page would have Qt lay the
        # whole page out up to it, a second for a long one.
        at = self.reader.cursorForPosition(QPoint(view.center().x(), view.height() // 4)).position()
        row = bisect_right(self._positions, at) - 1
        if row == self.currentRow():
            return
        if row < 0:
            self.setCurrentRow(-1)
        else:
            self.setCurrentRow(row)
            self.scrollToItem(self.item(row))


def _heading_blocks(reader: Reader, anchors: set[str]) -> dict:
    """The blocks of the page whose text carries one of these ids, by id."""
    found, block = {}, reader.document().begin()
    while block.isValid() and len(found) < len(anchors):
        if block.blockFormat().headingLevel():
            for name in block.charFormat().anchorNames() + _fragment_anchors(block):
                if name in anchors:
                    found.setdefault(name, block)
        block = block.next()
    return found


def _fragment_anchors(block) -> list[str]:
    names, fragments = [], block.begin()
    while not fragments.atEnd():
        names += fragments.fragment().charFormat().anchorNames()
        fragments += 1
    return names

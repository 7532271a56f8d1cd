"""The outline beside the article: its headings (from the one reading of its Markdown), a click to go to one, and
the section being read highlighted as the page scrolls."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import Qt
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
        self._blocks = []  # each heading's block in the reader's document, in the page's order
        self.itemClicked.connect(self._go)
        self.itemActivated.connect(self._go)  # Enter, from the keyboard
        reader.verticalScrollBar().valueChanged.connect(lambda _value: self.follow())
        reader.verticalScrollBar().rangeChanged.connect(lambda *_range: self.follow())

    def show_headings(self, headings: list[Heading]) -> None:
        """The page now in the reader, and its headings: each found in the page by the id it carries."""
        self.clear()
        blocks = _heading_blocks(self.reader, {h.anchor for h in headings})
        top = min((h.level for h in headings), default=1)
        self._blocks = []
        for heading in headings:
            block = blocks.get(heading.anchor)
            if block is None:  # a heading the page does not show (inside raw HTML the cleaner dropped)
                continue
            item = QListWidgetItem(INDENT * (heading.level - top) + heading.text)
            item.setToolTip(heading.text)
            item.setData(POSITION_ROLE, block.position())
            self.addItem(item)
            self._blocks.append(block)
        self.follow()

    def is_empty(self) -> bool:
        return self.count() == 0

    def _go(self, item: QListWidgetItem) -> None:
        self.reader.scroll_to_position(item.data(POSITION_ROLE), down=0)
        self.setCurrentItem(item)

    def follow(self) -> None:
        """The section at the top of the view, highlighted: the last heading above a line a quarter down it (none
        above the first heading, in the article's header and introduction)."""
        if not self._blocks:
            return
        layout, bar = self.reader.document().documentLayout(), self.reader.verticalScrollBar()
        line = bar.value() + self.reader.viewport().height() // 4
        row = bisect_right(_LazyTops(layout, self._blocks), line) - 1
        if row == self.currentRow():
            return
        if row < 0:
            self.setCurrentRow(-1)
        else:
            self.setCurrentRow(row)
            self.scrollToItem(self.item(row))


class _LazyTops:
    """The headings' heights on the page as a sequence bisect can search, asking the layout only for those it
    looks at: a page may have thousands of headings, and the layout moves them at every reflow."""

    def __init__(self, layout, blocks):
        self.layout, self.blocks = layout, blocks

    def __len__(self) -> int:
        return len(self.blocks)

    def __getitem__(self, index: int) -> float:
        return self.layout.blockBoundingRect(self.blocks[index]).top()


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

"""The left-hand side: the articles (filter box, sortable table) and the astronauts, each in a tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spacereader.core.library import Library
from spacereader.ui.library_model import (
    ASTRONAUTS,
    AUTHOR,
    DATE,
    HAS_PROBLEMS_ROLE,
    LANGUAGE,
    PATH_ROLE,
    SUMMARY_ROLE,
    TITLE,
    LibraryFilter,
    LibraryModel,
)

PROBLEM_MARK = "⚠ "


class TitleDelegate(QStyledItemDelegate):
    """Draws the title in bold with the summary beneath it, so a list says what each entry is about."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style()
        title, summary = option.text, index.data(SUMMARY_ROLE) or ""
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(8, 5, -8, -5)
        painter.save()
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(option.palette.color(group))
        line = painter.fontMetrics().height()
        if index.data(HAS_PROBLEMS_ROLE):
            title = PROBLEM_MARK + title
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, elided)
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        summary = painter.fontMetrics().elidedText(summary, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line + 2, rect.width(), line), Qt.AlignmentFlag.AlignLeft, summary)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(320, option.fontMetrics.height() * 2 + 14)


class ArticlesPanel(QWidget):
    article_activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit(placeholderText="Filter by title, author, tag, astronaut…", clearButtonEnabled=True)
        self.filter_box.textChanged.connect(self.proxy.set_query)
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(TITLE, TitleDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSortingEnabled(True)
        table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() * 2 + 14)
        header = table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        for column, sample in ((AUTHOR, "Camille Laurent"), (DATE, "2024-05-12"), (LANGUAGE, "Lang"),
                               (ASTRONAUTS, "Thomas Pesquet, …")):
            table.setColumnWidth(column, table.fontMetrics().horizontalAdvance(sample) + 18)
        table.selectionModel().currentRowChanged.connect(self._activate)
        table.clicked.connect(self._activate)  # the row already current, clicked again after another page
        return table

    def set_library(self, library: Library) -> None:
        self.model.set_library(library)

    def select(self, path: str) -> None:
        row = self.model.row_of(Path(path))
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        if index.isValid() and index != self.table.currentIndex():
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(index)
            self.table.selectionModel().blockSignals(False)
            self.table.scrollTo(index)

    def _activate(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if index.isValid():
            self.article_activated.emit(index.data(PATH_ROLE))


class AstronautsPanel(QListWidget):
    profile_activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(TitleDelegate(self))
        self.currentItemChanged.connect(self._activate)
        self.itemClicked.connect(self._activate)  # the row already current, clicked again after another page

    def set_library(self, library: Library) -> None:
        self.blockSignals(True)
        self.clear()
        for profile in library.book.sorted():
            count = len(library.mentioned_in(profile.id))
            facts = " · ".join(f for f in (profile.agency, f"{count} article{'s' if count != 1 else ''}") if f)
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            item.setData(SUMMARY_ROLE, facts)
            item.setToolTip(profile.summary)
            self.addItem(item)
        self.blockSignals(False)

    def select(self, profile_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == profile_id:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return

    def _activate(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None:
            self.profile_activated.emit(item.data(Qt.ItemDataRole.UserRole))

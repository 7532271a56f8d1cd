"""The left-hand side: the articles (search box, facet menus, sortable table) and the astronauts, each in a tab."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from spacereader.core.browse import fold
from spacereader.core.facets import FACETS, Filters, facet_counts
from spacereader.core.index import SearchIndex
from spacereader.core.library import Library
from spacereader.core.searchtext import HIT_END, HIT_START
from spacereader.ui.library_model import (
    ASTRONAUTS,
    AUTHOR,
    DATE,
    FAVOURITE_ROLE,
    HAS_PROBLEMS_ROLE,
    LANGUAGE,
    PATH_ROLE,
    SUMMARY_ROLE,
    TITLE,
    LibraryModel,
)

PROBLEM_MARK = "⚠ "
FAVOURITE_MARK = "★ "
SEARCH_DELAY_MS = 60  # one search for a burst of keystrokes…
MAX_SEARCH_DELAY_MS = 400  # …or, where a search takes long (100,000 articles), for a longer pause in typing
FACET_LABELS = {  # the "all" choice, and the tooltip
    "tag": ("All tags", "Only articles with this tag"),
    "astronaut": ("All astronauts", "Only articles that mention this astronaut"),
    "lang": ("All languages", "Only articles in this language"),
    "year": ("Any time", "Only articles from these years"),
}


class TitleDelegate(QStyledItemDelegate):
    """Draws the title in bold with the summary beneath it, so a list says what each entry is about; while
    searching, the snippet around the matches takes the summary's place, the matches in bold."""

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
        if index.data(FAVOURITE_ROLE):
            title = FAVOURITE_MARK + title
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, elided)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        _draw_marked(painter, QRect(rect.left(), rect.top() + line + 2, rect.width(), line), summary, option.font, bold)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(320, option.fontMetrics.height() * 2 + 14)


def _draw_marked(painter, rect: QRect, text: str, font: QFont, bold: QFont) -> None:
    """One line of text whose marked parts (between HIT_START and HIT_END) are bold, elided at the right, and at
    the left when the first match would otherwise fall out of sight."""
    x = rect.left()
    parts = text.replace(HIT_END, HIT_START).split(HIT_START)
    painter.setFont(font)
    if len(parts) > 1:  # a match: the words before it give way first
        parts[0] = painter.fontMetrics().elidedText(parts[0], Qt.TextElideMode.ElideLeft, rect.width() // 3)
    for number, part in enumerate(parts):
        painter.setFont(bold if number % 2 else font)
        room = rect.right() - x
        shown = painter.fontMetrics().elidedText(part, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(x, rect.top(), room, rect.height()), Qt.AlignmentFlag.AlignLeft, shown)
        x += painter.fontMetrics().horizontalAdvance(shown)
        if shown != part or x >= rect.right():
            return


class ArticlesPanel(QWidget):
    """The search box, the facet menus and the table of articles."""

    article_activated = Signal(str)
    index_damaged = Signal()  # a search found the index damaged and emptied it: it needs filling again

    def __init__(self, parent=None):
        super().__init__(parent)
        self.index: SearchIndex | None = None  # set once the library has one
        self.model = LibraryModel(self)
        self.search_box = QLineEdit(placeholderText="Search titles, text, tags, authors, astronauts…  (Ctrl+K)",
                                    clearButtonEnabled=True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_box.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self.search)
        self.facets = {facet: QComboBox(self) for facet in FACETS}
        for facet, combo in self.facets.items():
            # The menus share the row and shrink with it: they must not widen the library at the reader's cost.
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("All tags…") + 30)
            combo.setToolTip(FACET_LABELS[facet][1])
            combo.activated.connect(self._filters_changed)
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.search_box)
        facet_row = QHBoxLayout()
        self.favourites_only = QToolButton(self, text=f"{FAVOURITE_MARK}Favourites", toolTip="Only your favourites")
        self.favourites_only.setCheckable(True)
        self.favourites_only.toggled.connect(self._filters_changed)
        facet_row.addWidget(self.favourites_only)
        for combo in self.facets.values():
            facet_row.addWidget(combo, 1)
        self.match_count = QLabel(self)  # how many of the library's articles the search and filters keep
        facet_row.addWidget(self.match_count)
        layout.addLayout(facet_row)
        layout.addWidget(self.table)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
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
        header.sectionClicked.connect(lambda _: header.setSortIndicatorShown(True))
        for column, sample in ((AUTHOR, "Camille Laurent"), (DATE, "2024-05-12"), (LANGUAGE, "Lang"),
                               (ASTRONAUTS, "Thomas Pesquet, …")):
            table.setColumnWidth(column, table.fontMetrics().horizontalAdvance(sample) + 18)
        table.selectionModel().currentRowChanged.connect(self._activate)
        table.clicked.connect(self._activate)  # the row already current, clicked again after another page
        return table

    # what is listed
    def set_library(self, library: Library, index: SearchIndex | None = None) -> None:
        """A new library, or the same one grown by the indexer: the search and filters stay as they are."""
        self.index = index or self.index
        self.model.library = library
        self._relist(ranking_changed=bool(self.search_box.text().strip()))

    def search(self) -> None:
        """A new query: best match first again, whatever column the last one was sorted by."""
        self.search_timer.stop()
        self.model.browse.by_relevance = True
        started = time.monotonic()
        self._relist(ranking_changed=True)
        took_ms = (time.monotonic() - started) * 1000
        self.search_timer.setInterval(int(min(MAX_SEARCH_DELAY_MS, max(SEARCH_DELAY_MS, took_ms))))

    def _filters_changed(self) -> None:
        values = {facet: combo.currentData() for facet, combo in self.facets.items()}
        year_from, year_to = values["year"] or (None, None)
        self.model.browse.filters = Filters(values["tag"] or "", values["astronaut"] or "", values["lang"] or "",
                                            year_from, year_to)
        self.model.browse.favourites = self.model.favourites if self.favourites_only.isChecked() else None
        self._relist()

    def set_favourites(self, favourites: set[Path]) -> None:
        self.model.favourites = favourites
        if self.favourites_only.isChecked():
            self._filters_changed()
        else:
            self.table.viewport().update()

    def _relist(self, ranking_changed: bool = False) -> None:
        """List again, keeping the current article selected and in view."""
        current = self.table.currentIndex().data(PATH_ROLE)
        if ranking_changed:
            query = self.search_box.text()
            resets = self.index.resets if self.index else 0
            ranking = self.index.ranking(query) if self.index and query.strip() else None
            if self.index and self.index.resets != resets:
                self.index_damaged.emit()
            snippet_of = (lambda paths: self.index.snippets(paths, query)) if ranking is not None else None
            self.model.set_search(ranking, snippet_of)
            # best match first, until the reader sorts by a column
            self.table.horizontalHeader().setSortIndicatorShown(ranking is None or not self.model.browse.by_relevance)
        else:
            self.model.refresh()
        self._count_facets()
        shown, total = self.model.rowCount(), len(self.model.library.articles) if self.model.library else 0
        self.match_count.setText(f"{shown:,} of {total:,}" if shown != total else "")
        if current:
            self.select(current)

    def _count_facets(self) -> None:
        library = self.model.library
        if library is None:
            return
        ranking, favourites = self.model.browse.ranking, self.model.browse.favourites
        articles = [a for a in library.articles
                    if (ranking is None or a.path in ranking) and (favourites is None or a.path in favourites)]
        counts = facet_counts(articles, lambda a: library.mentions.get(a.path, ()), self.model.browse.filters)
        def name(profile_id: str) -> str:
            profile = library.book.get(profile_id)
            return profile.name if profile else profile_id

        self._fill("tag", _counted(counts.tag, str), str)
        self._fill("astronaut", _counted(counts.astronaut, name), name)
        self._fill("lang", _counted(counts.lang, str.upper), str.upper)
        self._fill("year", _year_choices(counts.year), lambda span: f"{span[0]}–{span[1]}")

    def _fill(self, facet: str, choices: list[tuple[str, object]], label: Callable[[object], str]) -> None:
        """A facet menu's choices as (text, value); what the reader chose stays, even if nothing matches now."""
        combo = self.facets[facet]
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(FACET_LABELS[facet][0], None)
        for text, value in choices:
            combo.addItem(text, value)
        if chosen is not None and combo.findData(chosen) < 0:
            combo.addItem(f"{label(chosen)}  (0)", chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def select(self, path: str) -> None:
        row = self.model.row_of(Path(path))
        if row < 0:
            return
        index = self.model.index(row, TITLE)
        if index != self.table.currentIndex():
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(index)
            self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(index)

    def _activate(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if index.isValid():
            self.article_activated.emit(index.data(PATH_ROLE))


def _counted(counts, label: Callable[[object], str]) -> list[tuple[str, object]]:
    """Most articles first, then by name."""
    ordered = sorted(counts.items(), key=lambda item: (-item[1], fold(label(item[0]))))
    return [(f"{label(value)}  ({count})", value) for value, count in ordered]


def _year_choices(counts) -> list[tuple[str, tuple[int, int]]]:
    """Each decade, then its years, newest first: a range is one choice."""
    choices = []
    for decade in sorted({year // 10 * 10 for year in counts}, reverse=True):
        years = sorted((y for y in counts if decade <= y < decade + 10), reverse=True)
        choices.append((f"{decade}–{decade + 9}  ({sum(counts[y] for y in years)})", (decade, decade + 9)))
        choices += [(f"    {year}  ({counts[year]})", (year, year)) for year in years]
    return choices


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

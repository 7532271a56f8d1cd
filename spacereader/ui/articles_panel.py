"""The Articles tab: the search box, the facet menus and the table of articles. It owns what it lists (its `Browse`:
search, filters, favourites, sort) and asks the search worker for the rows; the newest request's rows are shown."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from spacereader.core.browse import SORTS, Browse
from spacereader.core.i18n import formats
from spacereader.core.library import Library, LibraryChange
from spacereader.core.progress import Progress, ReadStatus
from spacereader.ui.facet_menus import FacetMenus
from spacereader.ui.library_model import ASTRONAUTS, AUTHOR, DATE, LANGUAGE, PATH_ROLE, TITLE, LibraryModel
from spacereader.ui.search_box import SearchBox
from spacereader.ui.search_worker import Listing, Searcher
from spacereader.ui.title_delegate import FAVOURITE_MARK, TitleDelegate

SEARCH_DELAY_MS = 60  # one search for a burst of keystrokes


class ArticlesPanel(QWidget):
    article_activated = Signal(str)
    index_damaged = Signal()  # a search found the index damaged and emptied it: it needs filling again
    listed = Signal()  # the rows of the latest request are on screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self.searcher = Searcher(self)
        self._library: Library | None = None
        self._browse = Browse()
        self._favourites: set[Path] = set()
        self._progress: dict[Path, Progress] = {}
        self._to_top = False  # a request since the last listing was a new search or filter: show its first rows
        self._selecting = False  # the window selects the row of the page it shows: that is not the reader's choice
        self._open_first = False  # Enter in the search box: the first row of the coming listing is to be opened
        self.listed_query = ""  # the query whose results are listed
        self.last_listing: Listing | None = None
        self.model = LibraryModel(self)
        self.model.sort_requested.connect(self._sort)
        self.model.snippets_wanted.connect(self._fetch_snippets)
        self.search_box = SearchBox(self)
        self.search_box.setPlaceholderText(self.tr("Search titles, text, tags, authors, astronauts…  (Ctrl+K)"))
        self.search_box.open_first.connect(self._enter)
        self.search_box.into_list.connect(self._into_list)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_box.textChanged.connect(self.search_timer.start)
        self.search_box.textChanged.connect(self.searcher.drop_listings)  # results for older text must not show
        self.search_timer.timeout.connect(self.search)
        self.facets = FacetMenus(self)
        self.facets.changed.connect(self._filters_changed)
        self.favourites_only = QToolButton(self, text=FAVOURITE_MARK + self.tr("Favourites"),
                                           toolTip=self.tr("Only your favourites"), checkable=True)
        self.favourites_only.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.favourites_only.toggled.connect(self._filters_changed)
        self.read_filter = self._make_read_filter()
        self.problems_only = QToolButton(self, text=self.tr("⚠ Problems"), checkable=True,
                                         toolTip=self.tr("Only the articles with problems"))
        self.problems_only.setAccessibleName(self.tr("Only the articles with problems"))
        self.problems_only.toggled.connect(self._filters_changed)
        self.match_count = QLabel(self)  # how many of the library's articles the search and filters keep
        self.search_box.setAccessibleName(self.tr("Search articles"))
        self.table = self._make_table()
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Sort by column"))
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.search_box)
        facet_row = QHBoxLayout()
        facet_row.addWidget(self.favourites_only)
        facet_row.addWidget(self.read_filter)
        facet_row.addWidget(self.problems_only)
        for combo in self.facets.combos.values():
            facet_row.addWidget(combo, 1)
        facet_row.addWidget(self.match_count)
        layout.addLayout(facet_row)
        layout.addWidget(self.table)
        # Tab goes through them as they are laid out, and on out of the table (which would keep it for its cells).
        chain = [self.search_box, self.favourites_only, self.read_filter, *self.facets.combos.values(), self.table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.table.setTabKeyNavigation(False)

    def _make_read_filter(self) -> QComboBox:
        combo = QComboBox(self, toolTip=self.tr("Only the articles you have not opened, are reading, or have read"))
        combo.setAccessibleName(self.tr("Reading progress"))
        for text, status in ((self.tr("All articles"), None), (self.tr("Unread"), ReadStatus.UNREAD),
                             (self.tr("In progress"), ReadStatus.IN_PROGRESS), (self.tr("Finished"), ReadStatus.FINISHED)):
            combo.addItem(text, status)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.activated.connect(self._filters_changed)
        return combo

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
        header.setSortIndicatorShown(False)  # the model says the order in the column's title
        for column, sample in ((AUTHOR, "Camille Laurent"), (DATE, "28 sept. 2024"), (LANGUAGE, "Lang"),
                               (ASTRONAUTS, "Thomas Pesquet, …")):
            table.setColumnWidth(column, table.fontMetrics().horizontalAdvance(sample) + 18)
        table.selectionModel().currentRowChanged.connect(self._activate)
        table.clicked.connect(self._activate)  # the row already current, clicked again after another page
        return table

    # what is asked for
    def library_changed(self, change: LibraryChange) -> None:
        """A new library, or the same one changed by the indexer: the search and filters stay as they are."""
        if change.articles_changed:
            self._library = change.library
            self._relist(rerank=True, to_top=change.opened)

    def search(self) -> None:
        """A new query: best match first again, whatever column the last one was sorted by."""
        self.search_timer.stop()
        self._browse = replace(self._browse, by_relevance=True)
        self._relist(to_top=True)

    def filter_by(self, facet: str, value: str) -> None:
        """Only the articles with this tag (or other facet value), whatever else the menus kept."""
        self.facets.choose(facet, value)

    def search_for(self, text: str) -> None:
        self.search_box.setText(text)
        self.search()

    def _filters_changed(self) -> None:
        favourites = set(self._favourites) if self.favourites_only.isChecked() else None
        # The progress as it is now: an article read meanwhile stays listed until the filters change again.
        self._browse = replace(self._browse, filters=self.facets.filters(), favourites=favourites,
                               read_status=self.read_filter.currentData(), progress=dict(self._progress),
                               with_problems=self.problems_only.isChecked())
        self._relist(to_top=True)

    def _sort(self, column: int, descending: bool) -> None:
        self._browse = replace(self._browse, sort=SORTS[column], descending=descending, by_relevance=False)
        self._relist()

    def set_favourites(self, favourites: set[Path]) -> None:
        self._favourites = favourites
        self.model.set_favourites(favourites)
        if self.favourites_only.isChecked():
            self._filters_changed()

    def set_progresses(self, progress: dict[Path, Progress]) -> None:
        self._progress = progress
        self.model.set_progresses(dict(progress))
        if self.read_filter.currentData() is not None:
            self._filters_changed()

    def set_progress(self, path: Path, progress: Progress) -> None:
        self._progress[path] = progress
        self.model.set_progress(path, progress)

    def _relist(self, rerank: bool = False, to_top: bool = False) -> None:
        self._to_top = self._to_top or to_top
        if self._library is not None:
            self.searcher.list(self._library, self._browse, self.search_box.text(), rerank, self._show)

    def wait_for_listing(self) -> None:
        """Until the latest request is listed, events still served: for screenshots and tests."""
        self.searcher.jobs.wait()

    # what is shown
    def _show(self, listing: Listing) -> None:
        current = self.table.currentIndex().data(PATH_ROLE)
        searching = listing.browse.ranking is not None
        self.searcher.jobs.retire(self.model.set_listing(listing.library, listing.rows, listing.row_of, searching))
        self.listed_query = listing.query
        self.last_listing = listing  # what the timeline shows too
        self.facets.fill(listing.counts, listing.library)
        # best match first, until the reader sorts by a column
        self.model.show_sort(not searching or not listing.browse.by_relevance)
        shown, total = len(listing.rows), len(listing.library.articles)
        said = self.tr("%1 of %2").replace("%1", formats().number(shown)).replace("%2", formats().number(total))
        self.match_count.setText(said if shown != total else "")
        if current:
            self.select(current, scroll=not self._to_top)
        if self._to_top:
            self.table.scrollToTop()  # a new search or filter: its best rows, not the place of the article read
            self._to_top = False
        if listing.damaged:
            self.index_damaged.emit()
        if self._open_first:
            self._open_first = False
            self._open_row(0)
        self.listed.emit()

    def _enter(self) -> None:
        """The first result of what is typed, once it is listed: the last keys may not be searched yet."""
        self._open_first = True
        if self.search_timer.isActive():
            self.search()
        else:
            self._relist()

    def _into_list(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self._open_row(0)

    def _open_row(self, row: int) -> None:
        path = self.model.index(row, TITLE).data(PATH_ROLE)
        if path is not None:
            self.select(path)
            self.article_activated.emit(path)

    def neighbour(self, path: Path | None, step: int) -> str | None:
        """The article after (step 1) or before (-1) this one in the list's order; the first or last when this
        one is not listed; None past either end."""
        rows, row = self.model.rowCount(), self.model.row_of(path) if path is not None else -1
        target = row + step if row >= 0 else (0 if step > 0 else rows - 1)
        return self.model.index(target, TITLE).data(PATH_ROLE) if 0 <= target < rows else None

    def _fetch_snippets(self, paths: list[Path]) -> None:
        query, library = self.listed_query, self._library
        self.searcher.snippets(library, paths, query, lambda found: self._snippets_came(query, found))

    def _snippets_came(self, query: str, snippets: dict[Path, str]) -> None:
        if query == self.listed_query:
            self.model.add_snippets(snippets)

    def select(self, path: str, scroll: bool = True) -> None:
        """The row of the article on screen, made current; none if it is not listed."""
        row = self.model.row_of(Path(path))
        index = self.model.index(row, TITLE) if row >= 0 else QModelIndex()
        if index != self.table.currentIndex():
            self._selecting = True
            try:
                self.table.setCurrentIndex(index)
            finally:
                self._selecting = False
        if index.isValid() and scroll:
            self.table.scrollTo(index)

    def _activate(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if index.isValid() and not self._selecting:
            self.article_activated.emit(index.data(PATH_ROLE))

"""The library as a Qt table: a thin model over the rows a listing picked (in the order it picked them). It only
translates them into rows: what is listed, and in which order, is decided off the GUI thread (search_worker)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from spacereader.core.articles import Article
from spacereader.core.browse import astronaut_names
from spacereader.core.i18n import translate_marked
from spacereader.core.library import Library

COLUMNS = (QT_TRANSLATE_NOOP("LibraryModel", "Title"), QT_TRANSLATE_NOOP("LibraryModel", "Author"),
           QT_TRANSLATE_NOOP("LibraryModel", "Date"), QT_TRANSLATE_NOOP("LibraryModel", "Lang"),
           QT_TRANSLATE_NOOP("LibraryModel", "Astronauts"))
TITLE, AUTHOR, DATE, LANGUAGE, ASTRONAUTS = range(len(COLUMNS))
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3  # the summary, or while searching the snippet around the matches
HAS_PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 4
FAVOURITE_ROLE = Qt.ItemDataRole.UserRole + 5
SNIPPET_BATCH = 40  # rows whose snippets are asked for together: more than a screenful


class LibraryModel(QAbstractTableModel):
    sort_requested = Signal(int, bool)  # column, descending: the reader clicked a column's header
    snippets_wanted = Signal(list)  # the paths of rows being drawn whose snippets are not here yet

    def __init__(self, parent=None):
        super().__init__(parent)
        self._library: Library | None = None
        self._rows: list[Article] = []
        self._row_of: dict[Path, int] = {}
        self._snippets: dict[Path, str | None] | None = None  # None when not searching; a None value is on its way
        self._favourites: set[Path] = set()

    def set_listing(self, library: Library, rows: list[Article], row_of: dict[Path, int], searching: bool) -> tuple:
        """Returns the rows it held, for the caller to free off the GUI thread."""
        self.beginResetModel()
        old = self._rows, self._row_of, self._snippets
        self._library, self._rows, self._row_of = library, rows, row_of
        self._snippets = {} if searching else None
        self.endResetModel()
        return old

    def add_snippets(self, snippets: dict[Path, str]) -> None:
        if self._snippets is None:
            return
        self._snippets.update(snippets)
        rows = [self._row_of[path] for path in snippets if path in self._row_of]
        if rows:
            self.dataChanged.emit(self.index(min(rows), TITLE), self.index(max(rows), TITLE), [SUMMARY_ROLE])

    def set_favourites(self, favourites: set[Path]) -> None:
        self._favourites = favourites
        if self._rows:
            self.dataChanged.emit(self.index(0, TITLE), self.index(len(self._rows) - 1, TITLE), [FAVOURITE_ROLE])

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view when the reader clicks a column header: the panel lists again in that order."""
        self.sort_requested.emit(column, order == Qt.SortOrder.DescendingOrder)

    def row_of(self, path: Path) -> int:
        return self._row_of.get(path, -1)

    # what Qt asks
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate_marked("LibraryModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        article, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(article, column)
        if role == PATH_ROLE:
            return str(article.path)
        if role == SUMMARY_ROLE:
            return self._snippet(article) or article.summary
        if role == HAS_PROBLEMS_ROLE:
            return bool(article.problems)
        if role == FAVOURITE_ROLE:
            return article.path in self._favourites
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([article.title, str(article.path)] + [p.short() for p in article.problems])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LANGUAGE:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, article: Article, column: int) -> str:
        if column == TITLE:
            return article.title
        if column == AUTHOR:
            return article.author
        if column == DATE:
            day = article.day
            return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy") if day else ""
        if column == LANGUAGE:
            return article.lang.upper()
        return astronaut_names(self._library, article)

    def _snippet(self, article: Article) -> str:
        """Asked for this row and the next ones at once: the view draws a screenful, and one query for them all
        costs what one does. The summary shows until they come."""
        if self._snippets is None:
            return ""
        if article.path not in self._snippets:
            row = self._row_of.get(article.path, 0)
            batch = [a.path for a in self._rows[row:row + SNIPPET_BATCH] if a.path not in self._snippets]
            self._snippets.update(dict.fromkeys(batch))
            self.snippets_wanted.emit(batch)
        return self._snippets[article.path] or ""

"""The library as a Qt table: a thin model over the rows the core's `visible()` picks. Sorting and filtering are
done in Python on the whole list (fast at 100,000 rows), not row by row through a proxy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from spacereader.core.articles import Article
from spacereader.core.browse import SORTS, Browse, astronaut_names, visible
from spacereader.core.library import Library

COLUMNS = ("Title", "Author", "Date", "Lang", "Astronauts")
TITLE, AUTHOR, DATE, LANGUAGE, ASTRONAUTS = range(len(COLUMNS))
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3  # the summary, or while searching the snippet around the matches
HAS_PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 4
SNIPPET_BATCH = 40  # rows whose snippets are fetched together: more than a screenful
FAVOURITE_ROLE = Qt.ItemDataRole.UserRole + 5


class LibraryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.library: Library | None = None
        self.browse = Browse()
        self._rows: list[Article] = []
        self._row_of: dict[Path, int] = {}
        self._snippets_of: Callable[[list[Path]], dict[Path, str]] | None = None
        self._snippets: dict[Path, str] = {}  # only for rows that were drawn
        self.favourites: set[Path] = set()

    # what is listed
    def set_search(self, ranking: dict[Path, float] | None,
                   snippets_of: Callable[[list[Path]], dict[Path, str]] | None) -> None:
        self.browse.ranking, self._snippets_of, self._snippets = ranking, snippets_of, {}
        self.refresh()

    def refresh(self) -> None:
        """List again after the library, the search, the filters or the sort changed."""
        self.beginResetModel()
        self._rows = visible(self.library, self.browse) if self.library else []
        self._row_of = {a.path: row for row, a in enumerate(self._rows)}
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view when the reader clicks a column header."""
        self.browse.sort, self.browse.by_relevance = SORTS[column], False
        self.browse.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def row_of(self, path: Path) -> int:
        return self._row_of.get(path, -1)

    # what Qt asks
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
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
            return article.path in self.favourites
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
            return article.day.isoformat() if article.day else ""
        if column == LANGUAGE:
            return article.lang.upper()
        return astronaut_names(self.library, article)

    def _snippet(self, article: Article) -> str:
        """Fetched for this row and the next ones at once: the view draws a screenful, and one query for them
        all costs what one does."""
        if self._snippets_of is None:
            return ""
        if article.path not in self._snippets:
            row = self._row_of.get(article.path, 0)
            batch = [a.path for a in self._rows[row:row + SNIPPET_BATCH] if a.path not in self._snippets]
            self._snippets.update(dict.fromkeys(batch, ""))
            self._snippets.update(self._snippets_of(batch))
        return self._snippets[article.path]

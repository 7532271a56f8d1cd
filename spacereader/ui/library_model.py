"""The library as a Qt table: a thin model over the core's article list, and a proxy for filter and sort."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from spacereader.core.articles import Article
from spacereader.core.library import Library
from spacereader.core.mentions import fold_accents

COLUMNS = ("Title", "Author", "Date", "Lang", "Astronauts")
TITLE, AUTHOR, DATE, LANGUAGE, ASTRONAUTS = range(len(COLUMNS))
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3
HAS_PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 4


def fold(text: str) -> str:
    """What search compares: no case, no accents, one kind of apostrophe."""
    return fold_accents(text).casefold().replace("’", "'")


class LibraryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._articles: list[Article] = []
        self._names: list[str] = []  # the astronauts column, and what the filter searches
        self._haystacks: list[str] = []

    def set_library(self, library: Library) -> None:
        self.beginResetModel()
        self._articles = list(library.articles)
        self._names = [", ".join(p.name for p in library.profiles_of(a)) for a in self._articles]
        self._haystacks = [fold(" ".join((a.title, a.author, a.summary, " ".join(a.tags), names)))
                           for a, names in zip(self._articles, self._names, strict=True)]
        self.endResetModel()

    def article(self, row: int) -> Article:
        return self._articles[row]

    def row_of(self, path: Path) -> int:
        return next((row for row, a in enumerate(self._articles) if a.path == path), -1)

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._articles)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        article, column = self._articles[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column)
        if role == SORT_ROLE:
            return self._sort_key(article, column, index.row())
        if role == PATH_ROLE:
            return str(article.path)
        if role == SUMMARY_ROLE:
            return article.summary
        if role == HAS_PROBLEMS_ROLE:
            return bool(article.problems)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(article)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LANGUAGE:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, row: int, column: int) -> str:
        article = self._articles[row]
        date = article.day.isoformat() if article.day else ""
        return (article.title, article.author, date, article.lang.upper(), self._names[row])[column]

    def _sort_key(self, article: Article, column: int, row: int) -> str:
        if column == DATE:
            return article.day.isoformat() if article.day else ""
        return fold(self._display(row, column))

    @staticmethod
    def _tooltip(article: Article) -> str:
        lines = [article.title, str(article.path)] + [p.short() for p in article.problems]
        return "\n".join(lines)


class LibraryFilter(QSortFilterProxyModel):
    """Keeps the rows whose title, author, summary, tags or astronauts hold every word typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        haystack = self.sourceModel().haystack(source_row)
        return all(word in haystack for word in self._words)

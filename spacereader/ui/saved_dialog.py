"""Library › Saved Copies: every saved full article with the article that links to it, when and where it was
fetched, its size and the last failure; the reader may delete copies."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from spacereader.core.i18n import formats
from spacereader.core.library import Library
from spacereader.core.saved import SavedCopy
from spacereader.ui.offline import OfflineCopies


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{formats().number(max(1, round(size / 1024)))} KB"
    return f"{formats().number(size / (1024 * 1024), 1)} MB"


class SavedCopiesDialog(QDialog):
    def __init__(self, offline: OfflineCopies, library: Library | None, parent=None):
        super().__init__(parent)
        self.offline, self.library = offline, library
        self.setWindowTitle(self.tr("Saved Copies"))
        self.setAccessibleName(self.tr("Saved copies of full articles"))
        self.resize(860, 420)
        self.summary = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Saved copies"))
        self.table.setHorizontalHeaderLabels([self.tr("Article"), self.tr("Site"), self.tr("Fetched"), self.tr("Size"),
                                              self.tr("Last save")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected saved copies"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        offline.saved.connect(self._outcome_heard)  # a bound method: let go of when the dialog is
        self.table.installEventFilter(self)  # the Delete key deletes, as the button does
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_urls()):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def _outcome_heard(self, _outcome) -> None:
        self.refresh()

    def refresh(self) -> None:
        copies = self.offline.store.all()
        titles = {a.full_article: a.title for a in self.library.articles} if self.library else {}
        self.table.setRowCount(len(copies))
        for row, copy in enumerate(copies):
            self._fill(row, copy, titles.get(copy.url, ""))
        total = sum(c.size() for c in copies if c.page)
        self.summary.setText(self.tr("%n saved copies", "", sum(1 for c in copies if c.page)) + " · " + size_text(total))
        self._selection_changed()

    def _fill(self, row: int, copy: SavedCopy, article_title: str) -> None:
        fetched = formats().date(copy.fetched_at.astimezone().date()) if copy.fetched_at else self.tr("never")
        last = self.tr("failed: {why}").format(why=copy.failure) if copy.failure else self.tr("saved")
        cells = [article_title or copy.title or copy.url, copy.site, fetched, size_text(copy.size()) if copy.page else "",
                 last]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, copy.url)
            item.setToolTip(copy.url if column == 0 else text)
            self.table.setItem(row, column, item)

    def selected_urls(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows]

    def delete_selected(self) -> None:
        for url in self.selected_urls():
            self.offline.delete(url, self.library)
        self.refresh()

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_urls()))

"""The Astronauts tab: every profile of the library, with how many of its articles mention them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from spacereader.core.library import LibraryChange
from spacereader.ui.library_model import SUMMARY_ROLE
from spacereader.ui.title_delegate import TitleDelegate

ID_ROLE = Qt.ItemDataRole.UserRole


class AstronautsPanel(QListWidget):
    profile_activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Astronauts"))
        self.setItemDelegate(TitleDelegate(self))
        self._selecting = False  # the window selects the profile it shows: that is not the reader's choice
        self.currentItemChanged.connect(self._activate)
        self.itemClicked.connect(self._activate)  # the row already current, clicked again after another page

    def library_changed(self, change: LibraryChange) -> None:
        """The counts change with the articles: the list is filled again, the current profile kept."""
        if not change.articles_changed:
            return
        library, current = change.library, self.currentItem()
        chosen = current.data(ID_ROLE) if current else None
        self._selecting = True
        try:
            self.clear()
            for profile in library.book.sorted():
                count = len(library.mentioned_in(profile.id))
                articles = self.tr("%Ln article(s)", "", count)
                item = QListWidgetItem(profile.name)
                item.setData(ID_ROLE, profile.id)
                item.setData(SUMMARY_ROLE, " · ".join(f for f in (profile.agency, articles) if f))
                item.setToolTip(profile.summary)
                self.addItem(item)
        finally:
            self._selecting = False
        if chosen:
            self.select(chosen)

    def select(self, profile_id: str) -> None:
        rows = [row for row in range(self.count()) if self.item(row).data(ID_ROLE) == profile_id]
        self._selecting = True
        try:
            self.setCurrentRow(rows[0] if rows else -1)
        finally:
            self._selecting = False

    def _activate(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None and not self._selecting:
            self.profile_activated.emit(item.data(ID_ROLE))

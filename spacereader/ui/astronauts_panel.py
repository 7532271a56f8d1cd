"""The Astronauts tab: the library's profiles with how many of its articles mention them, a filter box, a sort,
and "Show all" for the profiles no article mentions. The core's `roster` decides what is listed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget

from spacereader.core.i18n import plural
from spacereader.core.library import Library, LibraryChange
from spacereader.core.roster import SORTS, roster
from spacereader.ui.library_model import SUMMARY_ROLE
from spacereader.ui.portraits import portrait_image
from spacereader.ui.title_delegate import PORTRAIT_ROLE, TitleDelegate

ID_ROLE = Qt.ItemDataRole.UserRole
ICON_PX = 64  # drawn at the row's height, about 40 px: sharp on a screen that doubles pixels


class AstronautsPanel(QWidget):
    profile_activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Astronauts"))
        self._library: Library | None = None
        self._selecting = False  # the window selects the profile it shows: that is not the reader's choice
        self.filter_box = QLineEdit(self, placeholderText=self.tr("Filter by name, agency or nationality"),
                                    clearButtonEnabled=True)
        self.filter_box.setAccessibleName(self.tr("Filter astronauts"))
        self.sort_box = QComboBox(self)
        labels = (self.tr("By name"), self.tr("By agency"), self.tr("By number of articles"))
        for label, key in zip(labels, SORTS, strict=True):
            self.sort_box.addItem(label, key)
        self.sort_box.setAccessibleName(self.tr("Sort astronauts"))
        self.show_all = QToolButton(self, checkable=True)
        self.show_all.setToolTip(self.tr("Also list the profiles that no article of this library mentions"))
        self.list = QListWidget(self)
        self.list.setItemDelegate(TitleDelegate(self.list))
        self.list.setAccessibleName(self.tr("Astronauts list"))
        self._lay_out()
        self.filter_box.textChanged.connect(self.refill)
        self.sort_box.currentIndexChanged.connect(self.refill)
        self.show_all.toggled.connect(self.refill)
        self.list.currentItemChanged.connect(self._activate)
        self.list.itemClicked.connect(self._activate)  # the row already current, clicked again after another page
        self.list.itemActivated.connect(self._activate)  # Enter on a row

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.sort_box)
        bar.addWidget(self.show_all)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.list, 1)

    def library_changed(self, change: LibraryChange) -> None:
        """The counts change with the articles: the list is filled again, the current profile kept."""
        if change.articles_changed:
            self._library = change.library
            self.refill()

    def refill(self) -> None:
        if self._library is None:
            return
        current = self.list.currentItem()
        chosen = current.data(ID_ROLE) if current else None
        listed = roster(self._library, self.filter_box.text(), self.sort_box.currentData(), self.show_all.isChecked())
        self._selecting = True
        try:
            self.list.clear()
            for row in listed.rows:
                self.list.addItem(self._item(row.profile, row.articles))
        finally:
            self._selecting = False
        self._say_hidden(listed.hidden)
        if chosen:
            self.select(chosen)

    def _item(self, profile, count: int) -> QListWidgetItem:
        articles = self.tr("%Ln article(s)", "", count)
        item = QListWidgetItem(profile.name)
        item.setData(ID_ROLE, profile.id)
        item.setData(SUMMARY_ROLE, " · ".join(f for f in (profile.agency, articles) if f))
        item.setToolTip(profile.summary.get())
        picture = self._library.portrait(profile.id).path
        item.setData(PORTRAIT_ROLE, portrait_image(profile.id, profile.name, picture, ICON_PX))
        return item

    def _say_hidden(self, hidden: int) -> None:
        """The button says how many wait behind it, and stays while they are shown, to hide them again."""
        self.show_all.setVisible(bool(hidden) or self.show_all.isChecked())
        if self.show_all.isChecked():
            label = self.tr("Mentioned only")
        else:
            label = plural(hidden, self.tr("Show all (1 more)"), self.tr("Show all ({count} more)"))
        self.show_all.setText(label)
        self.show_all.setAccessibleName(label)

    def select(self, profile_id: str) -> None:
        rows = [row for row in range(self.list.count()) if self.list.item(row).data(ID_ROLE) == profile_id]
        self._selecting = True
        try:
            self.list.setCurrentRow(rows[0] if rows else -1)
        finally:
            self._selecting = False

    def _activate(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None and not self._selecting:
            self.profile_activated.emit(item.data(ID_ROLE))

"""The library's search box, with the keys a search box has elsewhere: Enter opens the first result, Down goes
into the list, Escape empties the box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit


class SearchBox(QLineEdit):
    open_first = Signal()  # Enter
    into_list = Signal()  # Down

    def __init__(self, parent=None):
        super().__init__(parent, clearButtonEnabled=True)
        self.setAccessibleName(self.tr("Search the library"))

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_first.emit()
        elif key == Qt.Key.Key_Down:
            self.into_list.emit()
        elif key == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)

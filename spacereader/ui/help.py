"""The Help menu's windows: Keyboard Shortcuts, listed from the window's own actions (so the list is never out of
date), and About."""

from __future__ import annotations

from html import escape

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from spacereader import __version__
from spacereader.core.i18n import translate


def shortcut_rows(menus: list[QMenu]) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action with a shortcut in these menus and their submenus, in menu order."""
    rows = []
    for menu in menus:
        for action in menu.actions():
            if action.menu() is not None:
                rows += shortcut_rows([action.menu()])
            elif action.shortcuts():
                rows.append((_plain(menu.title()), _plain(action.text()), _keys(action)))
    return rows


def _plain(text: str) -> str:
    """A menu text without its mnemonic mark: "&File" is "File", "&&" an ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


class ShortcutsDialog(QDialog):
    def __init__(self, menus: list[QMenu], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(menus)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setAccessibleName(self.tr("Keyboard shortcuts"))  # the table's, for its parts
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 480)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]


def show_about(parent) -> None:
    text = translate("About",
        "<h3>SpaceReader {version}</h3>"
        "<p>A calm desktop reader for articles about space and the people who go there.</p>"
        "<p>It never fetches anything by itself, and never writes to your articles.</p>"
        "<p>Qt {qt} · PySide {pyside} · MIT licence</p>"
    ).format(version=escape(__version__), qt=escape(qVersion()), pyside=escape(PySide6.__version__))
    QMessageBox.about(parent, translate("About", "About SpaceReader"), text)

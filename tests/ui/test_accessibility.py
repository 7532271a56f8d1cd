"""Screen readers: every control of the window says what it is, and the reader's text is there to be read."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QTabBar, QTextEdit, QWidget

from spacereader.paths import bundled_library
from tests.ui.conftest import open_window

CONTROLS = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QTabBar, QTextEdit)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def ours(widget: QWidget) -> bool:
    """A control of the window, shown or on a tab not shown; not a part Qt makes inside its own (a menu's list)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return False
        parent = parent.parentWidget()
    return not widget.isHidden() and not widget.objectName().startswith("qt_")


def test_every_control_has_an_accessible_name(qtbot):
    window = open_window(qtbot, bundled_library())
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in window.findChildren(QWidget)
               if isinstance(w, CONTROLS) and ours(w) and not accessible_name(w)]
    assert unnamed == [], unnamed


def test_the_reader_exposes_the_article_text(qtbot):
    window = open_window(qtbot, bundled_library())
    interface = QAccessible.queryAccessibleInterface(window.reader)
    text = interface.textInterface()
    assert text is not None
    whole = text.text(0, text.characterCount())
    assert window.windowTitle().split(" — ")[0] in whole


def test_every_control_takes_the_keyboard_focus_in_turn(qtbot):
    window = open_window(qtbot, bundled_library())
    window.articles.search_box.setFocus()
    seen = []
    for _ in range(40):
        focused = window.focusWidget()
        if focused in seen:
            break
        seen.append(focused)
        window.focusNextChild()
    kinds = {type(w).__name__ for w in seen}
    assert {"QLineEdit", "QTableView", "QComboBox"} <= kinds | {type(w).__bases__[0].__name__ for w in seen}
    assert window.reader in seen
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in seen)

"""The Help menu (Keyboard Shortcuts listed from the actions themselves, About) and File › Recent Libraries."""

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from spacereader import __version__
from spacereader.core.settings import load_settings
from spacereader.paths import bundled_library
from tests.helpers import article
from tests.ui.conftest import open_window


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "moon"
    article(root, "a.md", "Text.", "title: On the Moon")
    return root


def test_the_shortcuts_list_holds_every_action_that_has_a_shortcut(qtbot, window):
    window.commands.shortcuts.trigger()
    rows = window.shortcuts_dialog.rows()
    with_keys = [a for a in window.findChildren(QAction) if a.shortcuts() and a.text()]
    assert len(with_keys) > 10
    listed = {(command, keys) for _menu, command, keys in rows}
    for action in with_keys:
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        assert (action.text().replace("&", ""), keys) in listed, action.text()
    assert ("Go", "Back") in {(menu, command) for menu, command, _ in rows}
    assert window.shortcuts_dialog.table.accessibleName()


def test_about_names_the_app_and_its_version(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    window.commands.about.trigger()
    [(title, text)] = shown
    assert "SpaceReader" in title and __version__ in text


def recent(window) -> list[str]:
    return [action.toolTip() for action in window.commands.recent.actions()]


def test_recent_libraries_are_remembered_and_the_bundled_one_is_always_there(qtbot, library_dir, tmp_path):
    mars = tmp_path / "mars"
    article(mars, "b.md", "Text.", "title: On Mars")
    window = open_window(qtbot, library_dir, settings=load_settings(), persist=True)
    window.open_library(mars)
    window.wait_for_indexing()
    assert recent(window)[:2] == [str(mars.resolve()), str(library_dir.resolve())]
    assert str(bundled_library().resolve()) in recent(window)
    window.close()
    again = open_window(qtbot, mars, settings=load_settings(), persist=True)
    assert recent(again)[:2] == [str(mars.resolve()), str(library_dir.resolve())]
    back_to_the_moon = next(a for a in again.commands.recent.actions() if a.toolTip() == str(library_dir.resolve()))
    back_to_the_moon.trigger()
    again.wait_for_indexing()
    assert again.library.root == library_dir.resolve()
    assert recent(again)[0] == str(library_dir.resolve())


def test_a_recent_library_since_removed_cannot_be_chosen(qtbot, library_dir, tmp_path):
    gone = tmp_path / "gone"
    article(gone, "c.md", "Text.", "title: Gone")
    window = open_window(qtbot, gone)
    window.open_library(library_dir)
    window.wait_for_indexing()
    (gone / "c.md").unlink()
    gone.rmdir()
    window.open_library(library_dir)  # the menu is made again
    window.wait_for_indexing()
    states = {a.toolTip(): a.isEnabled() for a in window.commands.recent.actions()}
    assert states[str(gone.resolve())] is False and states[str(library_dir.resolve())] is True
    assert list(states).count(str(bundled_library().resolve())) == 1


def test_every_control_of_the_new_dialogs_has_a_name_for_screen_readers(qtbot, window):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QWidget

    window.commands.shortcuts.trigger()
    window.commands.typography.trigger()
    for dialog in (window.shortcuts_dialog, window.typography_panel):
        controls = [w for w in dialog.findChildren(QWidget)
                    if isinstance(w, (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox))
                    and not w.isHidden() and not w.objectName().startswith("qt_") and not inside_a_combo(w)]
        assert controls
        unnamed = [type(w).__name__ for w in controls
                   if not QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name).strip()]
        assert unnamed == [], (type(dialog).__name__, unnamed)


def inside_a_combo(widget) -> bool:
    """A part Qt makes for a combo box of its own (its list), which the combo's name covers."""
    from PySide6.QtWidgets import QComboBox

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QComboBox):
        parent = parent.parentWidget()
    return parent is not None

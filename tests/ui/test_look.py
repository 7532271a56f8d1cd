"""How the reader looks, as a reader sets it: themes (the desktop's, followed live), icons readable in each, and
typography that comes back after a restart."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QIcon, QPalette, QStyleHints

from spacereader.core.contrast import contrast_ratio
from spacereader.core.settings import Settings, load_settings
from spacereader.core.themes import THEME_CHOICES, THEMES
from spacereader.core.typography import Typography
from tests.helpers import write
from tests.ui.conftest import open_window


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    text = "\n\n".join("Chris Hadfield watched the Earth turn below the station. " * 5 for _ in range(30))
    write(root / "orbit.md", f"---\ntitle: A night in orbit\ndate: 2023-01-02\n---\n{text}\n")
    return root


@pytest.fixture
def desktop(monkeypatch):
    """The desktop's colour scheme, as the platform would report it, switched by the test."""
    scheme = {"now": Qt.ColorScheme.Light}
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _self: scheme["now"])

    def switch(to: Qt.ColorScheme) -> None:
        scheme["now"] = to
        QGuiApplication.styleHints().colorSchemeChanged.emit(to)

    return switch


def page_background(window) -> str:
    return window.reader.document().defaultStyleSheet().split("background-color:", 1)[1].split(";", 1)[0].strip()


def test_the_default_theme_follows_the_desktop_live(qtbot, library_dir, desktop):
    window = open_window(qtbot, library_dir, settings=Settings())
    assert window.settings.theme == "system"
    assert page_background(window) == THEMES["light"].background
    desktop(Qt.ColorScheme.Dark)
    assert page_background(window) == THEMES["dark"].background
    assert QGuiApplication.palette().color(QPalette.ColorRole.Base) == QColor(THEMES["dark"].background)
    desktop(Qt.ColorScheme.Light)
    assert page_background(window) == THEMES["light"].background


def test_a_chosen_theme_stays_when_the_desktop_switches(qtbot, library_dir, desktop):
    window = open_window(qtbot, library_dir, settings=Settings(theme="sepia"))
    desktop(Qt.ColorScheme.Dark)
    assert page_background(window) == THEMES["sepia"].background


def test_the_theme_menu_offers_every_theme_and_checks_the_one_chosen(qtbot, library_dir):
    window = open_window(qtbot, library_dir)
    actions = window.commands.themes.actions()
    assert [a.data() for a in actions] == list(THEME_CHOICES)
    next(a for a in actions if a.data() == "high-contrast").trigger()
    assert window.settings.theme == "high-contrast"
    assert page_background(window) == "#000000"
    assert [a.data() for a in actions if a.isChecked()] == ["high-contrast"]


def icon_colours(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    image = icon.pixmap(24, 24, mode).toImage()
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return {p.name() for p in pixels if p.alpha() > 200}


@pytest.mark.parametrize("name", list(THEMES))
def test_the_toolbar_arrows_are_readable_in_every_theme(qtbot, library_dir, name):
    window = open_window(qtbot, library_dir, settings=Settings(theme=name))
    toolbar = QGuiApplication.palette().color(QPalette.ColorRole.Window).name()
    for action in (window.commands.back, window.commands.forward):
        colours = icon_colours(action.icon(), QIcon.Mode.Normal)
        assert colours, "the arrow has a shape"
        assert all(contrast_ratio(c, toolbar) >= 3 for c in colours), colours  # WCAG's 3:1 for a meaningful icon
        faint = icon_colours(action.icon(), QIcon.Mode.Disabled)  # told apart from an arrow that works
        assert max(contrast_ratio(c, toolbar) for c in faint) < min(contrast_ratio(c, toolbar) for c in colours)


def test_typography_comes_back_after_a_restart(qtbot, library_dir):
    window = open_window(qtbot, library_dir, settings=load_settings(), persist=True)
    chosen = Typography("sans", 180, 50, 200)
    window.choose_typography()
    panel = window.typography_panel
    panel.show_typography(Typography("sans", 180, 50, 190))
    with qtbot.waitSignal(panel.changed):
        panel.line_spacing.setValue(200)  # a change made in the panel applies at once
    assert window.settings.typography() == chosen
    window.close()
    again = open_window(qtbot, library_dir, settings=load_settings(), persist=True)
    assert again.settings.typography() == chosen
    font = again.reader.document().defaultFont()
    assert font.pointSizeF() == pytest.approx(12 * 1.8)
    assert "Sans" in QFontInfo(font).family()  # a sans-serif face was found for it
    assert "line-height: 200%" in again.reader.document().defaultStyleSheet()


def test_a_narrower_line_gives_wider_margins(qtbot, library_dir):
    window = open_window(qtbot, library_dir)
    margin = window.reader.document().rootFrame().frameFormat().leftMargin()
    window.set_typography(Typography(width=45))
    assert window.reader.document().rootFrame().frameFormat().leftMargin() > margin


def test_text_grows_to_three_times_its_size_and_no_further(qtbot, library_dir):
    window = open_window(qtbot, library_dir)
    for _ in range(30):
        window.zoom(+1)
    assert window.settings.text_size == 300
    assert window.reader.document().defaultFont().pointSizeF() == pytest.approx(36)
    window.zoom(None)
    assert window.settings.text_size == 100


def test_every_typography_control_has_a_name_and_takes_the_keyboard(qtbot, library_dir):
    window = open_window(qtbot, library_dir)
    window.choose_typography()
    panel = window.typography_panel
    for widget in (panel.family_kind, panel.font_choice, panel.text_size, panel.line_width, panel.line_spacing):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    panel.text_size.setFocus()
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.text_size, Qt.Key.Key_Up)
    assert window.settings.text_size == 110

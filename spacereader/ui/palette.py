"""The Qt side of a theme: the application palette, so widgets match the reader's colours, icons drawn in the
palette's text colour, and whether the desktop is dark (for the theme that follows it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from spacereader.core.contrast import mix
from spacereader.core.themes import Theme

ICON_SIZES = (16, 22, 24, 32)


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_palette(app: QApplication, theme: Theme) -> None:
    app.setStyle("Fusion")  # the one style that follows a palette everywhere
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: theme.surface, role.WindowText: theme.text, role.Base: theme.background,
        role.AlternateBase: theme.surface, role.Text: theme.text, role.Button: theme.surface,
        role.ButtonText: theme.text, role.ToolTipBase: theme.surface, role.ToolTipText: theme.text,
        role.PlaceholderText: theme.muted, role.Highlight: theme.selection, role.Link: theme.accent,
        role.HighlightedText: theme.selected_text, role.Mid: theme.border, role.Midlight: theme.border,
        role.BrightText: theme.error,
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for disabled in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, disabled, QColor(theme.muted))
    app.setPalette(palette)


def tinted(icon: QIcon, theme: Theme) -> QIcon:
    """A one-colour icon (an arrow) redrawn in the theme's text colour, and fainter when disabled: the style's own
    are black, whatever the background."""
    result, faint = QIcon(), mix(theme.muted, theme.surface, 0.5)
    for size in ICON_SIZES:
        source = icon.pixmap(size, size)
        for mode, colour in ((QIcon.Mode.Normal, theme.text), (QIcon.Mode.Disabled, faint)):
            result.addPixmap(_filled(source, QColor(colour)), mode)
    return result


def _filled(source: QPixmap, colour: QColor) -> QPixmap:
    pixmap = QPixmap(source.size())
    pixmap.setDevicePixelRatio(source.devicePixelRatio())
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.drawPixmap(0, 0, source)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)  # the shape, in our colour
    painter.fillRect(pixmap.rect(), colour)
    painter.end()
    return pixmap

"""The Qt side of a theme: the application palette, so widgets match the reader's colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from spacereader.core.themes import Theme


def apply_palette(app: QApplication, theme: Theme) -> None:
    app.setStyle("Fusion")  # the one style that follows a palette everywhere
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: theme.surface, role.WindowText: theme.text, role.Base: theme.background,
        role.AlternateBase: theme.surface, role.Text: theme.text, role.Button: theme.surface,
        role.ButtonText: theme.text, role.ToolTipBase: theme.surface, role.ToolTipText: theme.text,
        role.PlaceholderText: theme.muted, role.Highlight: theme.selection, role.Link: theme.accent,
        role.HighlightedText: "#ffffff", role.Mid: theme.border, role.Midlight: theme.border,
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(theme.muted))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(theme.muted))
    app.setPalette(palette)

"""The window's look and its help: the theme (chosen, or the desktop's), the typography, how astronauts are linked,
hover cards, and the Keyboard Shortcuts and About dialogs. A part of MainWindow, in a module of its own: it uses
the window's settings, reader, navigation and commands."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication

from spacereader.core.themes import SYSTEM, Theme, reader_css, theme_named
from spacereader.core.typography import SIZE, Typography
from spacereader.ui.help import ShortcutsDialog, show_about
from spacereader.ui.palette import apply_palette, system_is_dark
from spacereader.ui.typography_panel import TypographyPanel


class WindowLook:
    """Mixed into MainWindow."""

    def theme(self) -> Theme:
        """The theme on screen: the one chosen, or light or dark as the desktop is now."""
        return theme_named(self.settings.theme, system_is_dark())

    def css(self) -> str:
        return reader_css(self.theme().name, self.settings.typography())

    def set_hover_cards(self, on: bool) -> None:
        self.settings.hover_cards = on
        self.cards.set_enabled(on)

    def set_theme(self, name: str) -> None:
        self.settings.theme = name if name == SYSTEM else theme_named(name).name
        apply_palette(QApplication.instance(), self.theme())
        self.commands.restyle(self.settings.theme, self.theme())
        self.navigation.restyle()
        self.draw_timeline()

    def _system_scheme_changed(self) -> None:
        if self.settings.theme == SYSTEM:
            self.set_theme(SYSTEM)

    def set_every_mention(self, every: bool) -> None:
        self.settings.every_mention = self.navigation.every_mention = every
        self.navigation.rerender()

    def set_typography(self, typography: Typography) -> None:
        self.settings.set_typography(typography)
        self.reader.set_typography(typography)
        self.navigation.restyle()

    def choose_typography(self) -> None:
        if self.typography_panel is None:
            self.typography_panel = TypographyPanel(self.settings.typography(), self)
            self.typography_panel.changed.connect(self.set_typography)
        self.typography_panel.show_typography(self.settings.typography())
        self.typography_panel.show()
        self.typography_panel.raise_()
        self.typography_panel.activateWindow()

    def menus(self) -> list:
        return [action.menu() for action in self.menuBar().actions() if action.menu() is not None]

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self.menus(), self)  # made anew: the actions are what they are now
        self.shortcuts_dialog.show()

    def show_about(self) -> None:
        show_about(self)

    def zoom(self, step: int | None) -> None:
        """Larger or smaller text by a tenth of the default size, or the default size again."""
        size = SIZE[2] if step is None else min(SIZE[1], max(SIZE[0], self.settings.text_size + 10 * step))
        self.set_typography(replace(self.settings.typography(), size=size))

"""The window's menus and toolbar, and what each command can do for the page on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from spacereader.core.i18n import translate
from spacereader.core.links import probe
from spacereader.core.themes import SYSTEM, SYSTEM_LABEL, THEMES, Theme
from spacereader.paths import bundled_library
from spacereader.ui.palette import tinted


class Actions:
    """Built once for a window, whose slots they trigger."""

    def __init__(self, window):
        self.window = window
        pixmap = window.style().StandardPixmap
        keys = QKeySequence.StandardKey
        self.back = self._action(translate("Actions", "Back"), window.go_back, ["Alt+Left", keys.Back])
        self.forward = self._action(translate("Actions", "Forward"), window.go_forward, ["Alt+Right", keys.Forward])
        self._arrows = {self.back: window.style().standardIcon(pixmap.SP_ArrowBack),
                        self.forward: window.style().standardIcon(pixmap.SP_ArrowForward)}
        self.open_library = self._action(translate("Actions", "Open Library…"), window.choose_library, ["Ctrl+Shift+O"],
                                         pixmap.SP_DirOpenIcon)
        self.open_file = self._action(translate("Actions", "Open File…"), window.choose_file, [keys.Open], pixmap.SP_FileIcon)
        self.find = self._action(translate("Actions", "Search Articles"), window.focus_search, ["Ctrl+K", keys.Find])
        self.favourite = self._action(translate("Actions", "★ Favourite"), window.toggle_favourite, ["Ctrl+D"])
        self.favourite.setCheckable(True)
        self.favourite.setToolTip(translate("Actions", "Keep this article among your favourites (Ctrl+D)"))
        self.export = self._action(translate("Actions", "Export as HTML…"), window.choose_export, ["Ctrl+E"])
        self.print = self._action(translate("Actions", "Print…"), window.paper.choose_print, [keys.Print])
        self.pdf = self._action(translate("Actions", "Export as PDF…"), window.paper.choose_pdf, ["Ctrl+Shift+E"])
        self.typography = self._action(translate("Actions", "Typography…"), window.choose_typography, ["Ctrl+T"])
        self.shortcuts = self._action(translate("Actions", "Keyboard Shortcuts"), window.show_shortcuts,
                                      [keys.HelpContents, "Ctrl+/"])
        self.about = self._action(translate("Actions", "About SpaceReader"), window.show_about)
        self.every_mention = self._action(translate("Actions", "Link Every Mention of an Astronaut"), window.set_every_mention)
        self.every_mention.setCheckable(True)
        self.every_mention.setToolTip(translate("Actions", "Else only the first mention in each section is a link"))
        self.themes = self._theme_actions()
        self.recent = QMenu(translate("Actions", "Recent Libraries"), window)
        self._build_menus()
        self._build_toolbar()
        self.update()

    def _action(self, text: str, slot, shortcuts=(), icon=None) -> QAction:
        action = QAction(text, self.window)
        # Platforms repeat some, and have none for others (an empty sequence)
        sequences = {QKeySequence(s).toString(): QKeySequence(s) for s in shortcuts if not QKeySequence(s).isEmpty()}
        action.setShortcuts(list(sequences.values()))
        if icon is not None:
            action.setIcon(self.window.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _theme_actions(self) -> QActionGroup:
        group = QActionGroup(self.window)
        labels = {SYSTEM: SYSTEM_LABEL, **{theme.name: theme.label for theme in THEMES.values()}}
        for name, label in labels.items():
            action = self._action(translate("Theme", label), lambda _=False, n=name: self.window.set_theme(n))
            action.setCheckable(True)
            action.setData(name)
            group.addAction(action)
        return group

    def _build_menus(self) -> None:
        window, menus = self.window, self.window.menuBar()
        file_menu = menus.addMenu(translate("Actions", "&File"))
        file_menu.addActions([self.open_library, self.open_file])
        file_menu.addMenu(self.recent)
        file_menu.addSeparator()
        file_menu.addAction(self._action(translate("Actions", "Quit"), window.close, [QKeySequence.StandardKey.Quit, "Ctrl+Q"]))
        menus.addMenu(translate("Actions", "&Article")).addActions([self.favourite, self.export, self.pdf, self.print])
        menus.addMenu(translate("Actions", "&Go")).addActions([self.back, self.forward, self.find])
        view_menu = menus.addMenu(translate("Actions", "&View"))
        view_menu.addActions([
            self._action(translate("Actions", "Larger Text"), lambda: window.zoom(+1),
                         [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]),
            self._action(translate("Actions", "Smaller Text"), lambda: window.zoom(-1), [QKeySequence.StandardKey.ZoomOut]),
            self._action(translate("Actions", "Actual Size"), lambda: window.zoom(None), ["Ctrl+0"]),
            self.typography,
            self.every_mention,
        ])
        view_menu.addSeparator()
        view_menu.addMenu(translate("Actions", "Theme")).addActions(self.themes.actions())
        menus.addMenu(translate("Actions", "&Help")).addActions([self.shortcuts, self.about])

    def _build_toolbar(self) -> None:
        toolbar = self.window.addToolBar(translate("Actions", "Navigation"))
        toolbar.setObjectName("navigation")
        toolbar.setMovable(False)
        toolbar.addActions([self.back, self.forward])
        toolbar.addSeparator()
        toolbar.addActions([self.open_library, self.open_file])
        toolbar.addSeparator()
        toolbar.addAction(self.favourite)

    def update(self) -> None:
        """What Back, Forward, Favourite and Export can do for the page now current."""
        navigation, reading = self.window.navigation, self.window.reading
        self.back.setEnabled(navigation.history.can_go_back())
        self.forward.setEnabled(navigation.history.can_go_forward())
        article = navigation.current_article()
        for action in (self.favourite, self.export, self.pdf, self.print):
            action.setEnabled(article is not None)
        self.favourite.setChecked(article is not None and reading.is_favourite(article))

    def restyle(self, choice: str, theme: Theme) -> None:
        """The theme chosen checked in the menu, and the arrows drawn in the colours of the one on screen."""
        for action in self.themes.actions():
            action.setChecked(action.data() == choice)
        for action, icon in self._arrows.items():
            action.setIcon(tinted(icon, theme))

    def list_recent(self, folders: list[str]) -> None:
        """File › Recent Libraries: the ones opened last, and the bundled library always."""
        self.recent.clear()
        bundled = str(bundled_library().resolve())
        for folder in [*folders, *([] if bundled in folders else [bundled])]:
            label = translate("Actions", "Bundled Library") if folder == bundled else Path(folder).name or folder
            action = self.recent.addAction(label, lambda f=folder: self.window.open_library(Path(f)))
            action.setToolTip(folder)
            action.setEnabled(probe(Path.is_dir, Path(folder)))  # a folder since moved or unplugged

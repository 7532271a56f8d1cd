"""The window's menus and toolbar, and what each command can do for the page on screen."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from spacereader.core.i18n import translate, translate_marked
from spacereader.core.themes import THEMES
from spacereader.ui.language import LANGUAGES


class Actions:
    """Built once for a window, whose slots they trigger."""

    def __init__(self, window):
        self.window = window
        pixmap = window.style().StandardPixmap
        keys = QKeySequence.StandardKey
        self.back = self._action(translate("Actions", "Back"), window.go_back, ["Alt+Left", keys.Back], pixmap.SP_ArrowBack)
        self.forward = self._action(translate("Actions", "Forward"), window.go_forward, ["Alt+Right", keys.Forward],
                                    pixmap.SP_ArrowForward)
        self.open_library = self._action(translate("Actions", "Open Library…"), window.choose_library, ["Ctrl+Shift+O"],
                                         pixmap.SP_DirOpenIcon)
        self.open_file = self._action(translate("Actions", "Open File…"), window.choose_file, [keys.Open], pixmap.SP_FileIcon)
        self.find = self._action(translate("Actions", "Search Articles"), window.focus_search, ["Ctrl+K", keys.Find])
        self.favourite = self._action(translate("Actions", "★ Favourite"), window.toggle_favourite, ["Ctrl+D"])
        self.favourite.setCheckable(True)
        self.favourite.setToolTip(translate("Actions", "Keep this article among your favourites (Ctrl+D)"))
        self.export = self._action(translate("Actions", "Export as HTML…"), window.choose_export, ["Ctrl+E"])
        self.themes = QActionGroup(window)
        for theme in THEMES.values():
            action = self._action(translate("Actions", "%1 Theme").replace("%1", translate_marked("Theme", theme.label)),
                                  lambda _=False, n=theme.name: window.set_theme(n))
            action.setCheckable(True)
            action.setData(theme.name)
            self.themes.addAction(action)
        self.languages = QActionGroup(window)
        for code, name in (("", translate("Actions", "System Language")), *LANGUAGES.items()):
            action = self._action(name, lambda _=False, c=code: window.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == window.settings.language)
            action.setData(code)
            self.languages.addAction(action)
        self.timeline = self._action(translate("Actions", "Timeline"), window.show_timeline, ["Ctrl+T"])
        self.hover_cards = self._action(translate("Actions", "Astronaut Cards on Hover"), window.set_hover_cards)
        self.hover_cards.setCheckable(True)
        self.hover_cards.setChecked(window.settings.hover_cards)
        self._build_menus()
        self._build_toolbar()
        self.update()

    def _action(self, text: str, slot, shortcuts=(), icon=None) -> QAction:
        action = QAction(text, self.window)
        sequences = {QKeySequence(s).toString(): QKeySequence(s) for s in shortcuts}  # platforms repeat some
        action.setShortcuts(list(sequences.values()))
        if icon is not None:
            action.setIcon(self.window.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        window, menus = self.window, self.window.menuBar()
        file_menu = menus.addMenu(translate("Actions", "&File"))
        file_menu.addActions([self.open_library, self.open_file])
        file_menu.addSeparator()
        file_menu.addAction(self._action(translate("Actions", "Quit"), window.close, [QKeySequence.StandardKey.Quit]))
        menus.addMenu(translate("Actions", "&Article")).addActions([self.favourite, self.export])
        menus.addMenu(translate("Actions", "&Go")).addActions([self.back, self.forward, self.find])
        view_menu = menus.addMenu(translate("Actions", "&View"))
        view_menu.addActions([
            self._action(translate("Actions", "Larger Text"), lambda: window.zoom(+1),
                         [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]),
            self._action(translate("Actions", "Smaller Text"), lambda: window.zoom(-1), [QKeySequence.StandardKey.ZoomOut]),
            self._action(translate("Actions", "Actual Size"), lambda: window.zoom(None), ["Ctrl+0"]),
        ])
        view_menu.addSeparator()
        view_menu.addActions(self.themes.actions())
        view_menu.addSeparator()
        view_menu.addMenu(translate("Actions", "&Language")).addActions(self.languages.actions())
        view_menu.addSeparator()
        view_menu.addActions([self.timeline, self.hover_cards])

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
        for action in (self.favourite, self.export):
            action.setEnabled(article is not None)
        self.favourite.setChecked(article is not None and reading.is_favourite(article))

    def check_theme(self, name: str) -> None:
        for action in self.themes.actions():
            action.setChecked(action.data() == name)


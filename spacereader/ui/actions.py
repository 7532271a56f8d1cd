"""The window's menus and toolbar, and what each command can do for the page on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from spacereader.core.i18n import translate_marked
from spacereader.core.themes import THEMES
from spacereader.ui.language import LANGUAGES


class Actions(QObject):
    """Built once for a window, whose slots they trigger."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        pixmap = window.style().StandardPixmap
        keys = QKeySequence.StandardKey
        self.back = self._action(self.tr("Back"), window.go_back, ["Alt+Left", keys.Back], pixmap.SP_ArrowBack)
        self.forward = self._action(self.tr("Forward"), window.go_forward, ["Alt+Right", keys.Forward],
                                    pixmap.SP_ArrowForward)
        self.open_library = self._action(self.tr("Open Library…"), window.choose_library, ["Ctrl+Shift+O"],
                                         pixmap.SP_DirOpenIcon)
        self.open_file = self._action(self.tr("Open File…"), window.choose_file, [keys.Open], pixmap.SP_FileIcon)
        self.find = self._action(self.tr("Search Articles"), window.focus_search, ["Ctrl+K"])
        self.next_article = self._action(self.tr("Next Article"), lambda: window.go_to_neighbour(+1), ["Alt+Down"])
        self.previous_article = self._action(self.tr("Previous Article"), lambda: window.go_to_neighbour(-1),
                                             ["Alt+Up"])
        self.find_in_page = self._action(self.tr("Find in Article…"), window.pane.find_bar.open, [keys.Find])
        self.find_next = self._action(self.tr("Find Next"), lambda: window.pane.find_bar.step(+1),
                                      ["F3", keys.FindNext])
        self.find_previous = self._action(self.tr("Find Previous"), lambda: window.pane.find_bar.step(-1),
                                          ["Shift+F3", keys.FindPrevious])
        self.outline = self._action(self.tr("Outline"), window.show_outline, ["F9"])
        self.outline.setCheckable(True)
        self.outline.setChecked(window.settings.show_outline)
        self.favourite = self._action(self.tr("★ Favourite"), window.toggle_favourite, ["Ctrl+D"])
        self.favourite.setCheckable(True)
        self.favourite.setToolTip(self.tr("Keep this article among your favourites (Ctrl+D)"))
        self.export = self._action(self.tr("Export as HTML…"), window.choose_export, ["Ctrl+E"])
        self.mark_finished = self._action(self.tr("Mark as Finished"), window.progress.mark_finished, ["Ctrl+Shift+M"])
        self.mark_unread = self._action(self.tr("Mark as Unread"), window.progress.mark_unread, ["Ctrl+Shift+U"])
        self.themes = QActionGroup(window)
        for theme in THEMES.values():
            action = self._action(self.tr("%1 Theme").replace("%1", translate_marked("Theme", theme.label)),
                                  lambda _=False, n=theme.name: window.set_theme(n))
            action.setCheckable(True)
            action.setData(theme.name)
            self.themes.addAction(action)
        self.languages = QActionGroup(window)
        for code, name in (("", self.tr("System Language")), *LANGUAGES.items()):
            action = self._action(name, lambda _=False, c=code: window.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == window.settings.language)
            action.setData(code)
            self.languages.addAction(action)
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
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.open_library, self.open_file])
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Quit"), window.close, [QKeySequence.StandardKey.Quit]))
        article_menu = menus.addMenu(self.tr("&Article"))
        article_menu.addActions([self.favourite, self.export])
        article_menu.addSeparator()
        article_menu.addActions([self.mark_finished, self.mark_unread])
        article_menu.addSeparator()
        article_menu.addActions([self.find_in_page, self.find_next, self.find_previous])
        go_menu = menus.addMenu(self.tr("&Go"))
        go_menu.addActions([self.back, self.forward])
        go_menu.addSeparator()
        go_menu.addActions([self.previous_article, self.next_article])
        go_menu.addSeparator()
        go_menu.addAction(self.find)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addActions([
            self._action(self.tr("Larger Text"), lambda: window.zoom(+1),
                         [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]),
            self._action(self.tr("Smaller Text"), lambda: window.zoom(-1), [QKeySequence.StandardKey.ZoomOut]),
            self._action(self.tr("Actual Size"), lambda: window.zoom(None), ["Ctrl+0"]),
        ])
        view_menu.addSeparator()
        view_menu.addAction(self.outline)
        view_menu.addAction(self._action(self.tr("Reading Speed…"), lambda: window.progress.choose_speed(window)))
        view_menu.addSeparator()
        view_menu.addActions(self.themes.actions())
        view_menu.addSeparator()
        view_menu.addMenu(self.tr("&Language")).addActions(self.languages.actions())

    def _build_toolbar(self) -> None:
        toolbar = self.window.addToolBar(self.tr("Navigation"))
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
        for action in (self.favourite, self.export, self.find_in_page, self.find_next, self.find_previous,
                       self.mark_finished, self.mark_unread):
            action.setEnabled(article is not None)
        self.favourite.setChecked(article is not None and reading.is_favourite(article))

    def check_theme(self, name: str) -> None:
        for action in self.themes.actions():
            action.setChecked(action.data() == name)


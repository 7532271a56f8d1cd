"""The window's menus and toolbar, and what each command can do for the page on screen."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from spacereader.core.themes import THEMES


class Actions:
    """Built once for a window, whose slots they trigger."""

    def __init__(self, window):
        self.window = window
        pixmap = window.style().StandardPixmap
        keys = QKeySequence.StandardKey
        self.back = self._action(window.tr("Back"), window.go_back, ["Alt+Left", keys.Back], pixmap.SP_ArrowBack)
        self.forward = self._action(window.tr("Forward"), window.go_forward, ["Alt+Right", keys.Forward],
                                    pixmap.SP_ArrowForward)
        self.open_library = self._action(window.tr("Open Library…"), window.choose_library, ["Ctrl+Shift+O"],
                                         pixmap.SP_DirOpenIcon)
        self.open_file = self._action(window.tr("Open File…"), window.choose_file, [keys.Open], pixmap.SP_FileIcon)
        self.find = self._action(window.tr("Search Articles"), window.focus_search, ["Ctrl+K", keys.Find])
        self.favourite = self._action(window.tr("★ Favourite"), window.toggle_favourite, ["Ctrl+D"])
        self.favourite.setCheckable(True)
        self.favourite.setToolTip(window.tr("Keep this article among your favourites (Ctrl+D)"))
        self.export = self._action(window.tr("Export as HTML…"), window.choose_export, ["Ctrl+E"])
        # the author's workbench
        workbench = window.workbench
        self.open_in_editor = self._action(window.tr("Open in Editor"), workbench.open_in_editor, ["Ctrl+Shift+E"])
        self.open_in_editor.setToolTip(window.tr("Open the article in your editor at the line in view (Ctrl+Shift+E)"))
        self.show_in_folder = self._action(window.tr("Show in File Manager"), workbench.show_in_file_manager)
        self.problems = workbench.panel.toggleViewAction()
        self.problems.setText(window.tr("Problems"))
        self.problems.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.themes = QActionGroup(window)
        for theme in THEMES.values():
            action = self._action(window.tr("%1 Theme").replace("%1", theme.label),
                                  lambda _=False, n=theme.name: window.set_theme(n))
            action.setCheckable(True)
            action.setData(theme.name)
            self.themes.addAction(action)
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
        file_menu = menus.addMenu(window.tr("&File"))
        file_menu.addActions([self.open_library, self.open_file])
        file_menu.addSeparator()
        file_menu.addAction(self._action(window.tr("Quit"), window.close, [QKeySequence.StandardKey.Quit]))
        article_menu = menus.addMenu(window.tr("&Article"))
        article_menu.addActions([self.favourite, self.export])
        article_menu.addSeparator()
        article_menu.addActions([self.open_in_editor, self.show_in_folder])
        menus.addMenu(window.tr("&Go")).addActions([self.back, self.forward, self.find])
        view_menu = menus.addMenu(window.tr("&View"))
        view_menu.addActions([
            self._action(window.tr("Larger Text"), lambda: window.zoom(+1), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]),
            self._action(window.tr("Smaller Text"), lambda: window.zoom(-1), [QKeySequence.StandardKey.ZoomOut]),
            self._action(window.tr("Actual Size"), lambda: window.zoom(None), ["Ctrl+0"]),
        ])
        view_menu.addSeparator()
        view_menu.addActions(self.themes.actions())
        view_menu.addSeparator()
        view_menu.addAction(self.problems)

    def _build_toolbar(self) -> None:
        toolbar = self.window.addToolBar(self.window.tr("Navigation"))
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
        for action in (self.favourite, self.export, self.open_in_editor, self.show_in_folder):
            action.setEnabled(article is not None)
        self.favourite.setChecked(article is not None and reading.is_favourite(article))

    def check_theme(self, name: str) -> None:
        for action in self.themes.actions():
            action.setChecked(action.data() == name)


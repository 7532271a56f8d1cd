"""The window's menus and toolbar, and what each command can do for the page on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from spacereader.core.i18n import translate_marked
from spacereader.core.links import probe
from spacereader.core.themes import SYSTEM, SYSTEM_LABEL, THEMES, Theme
from spacereader.paths import bundled_library
from spacereader.ui.language import LANGUAGES
from spacereader.ui.palette import tinted


class Actions(QObject):
    """Built once for a window, whose slots they trigger."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        pixmap = window.style().StandardPixmap
        keys = QKeySequence.StandardKey
        self.back = self._action(self.tr("Back"), window.go_back, ["Alt+Left", keys.Back])
        self.forward = self._action(self.tr("Forward"), window.go_forward, ["Alt+Right", keys.Forward])
        self._arrows = {self.back: window.style().standardIcon(pixmap.SP_ArrowBack),
                        self.forward: window.style().standardIcon(pixmap.SP_ArrowForward)}
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
        self.export = self._action(self.tr("Export as HTML…"), window.paper.choose_html, ["Ctrl+E"])
        self.print = self._action(self.tr("Print…"), window.paper.choose_print, [keys.Print])
        self.pdf = self._action(self.tr("Export as PDF…"), window.paper.choose_pdf, ["Ctrl+Shift+P"])
        self.mark_finished = self._action(self.tr("Mark as Finished"), window.progress.mark_finished, ["Ctrl+Shift+M"])
        self.mark_unread = self._action(self.tr("Mark as Unread"), window.progress.mark_unread, ["Ctrl+Shift+U"])
        self.typography = self._action(self.tr("Typography…"), window.choose_typography, ["Ctrl+T"])
        self.shortcuts = self._action(self.tr("Keyboard Shortcuts"), window.show_shortcuts,
                                      [keys.HelpContents, "Ctrl+/"])
        self.about = self._action(self.tr("About SpaceReader"), window.show_about)
        self.every_mention = self._action(self.tr("Link Every Mention of an Astronaut"), window.set_every_mention)
        self.every_mention.setCheckable(True)
        self.every_mention.setToolTip(self.tr("Else only the first mention in each section is a link"))
        self._offline_actions(window)
        self.themes = self._theme_actions()
        self.languages = self._language_actions()
        self.recent = QMenu(self.tr("Recent Libraries"), window)
        self.timeline = self._action(self.tr("Timeline"), window.show_timeline, ["Ctrl+Shift+T"])
        self.hover_cards = self._action(self.tr("Astronaut Cards on Hover"), window.set_hover_cards)
        self.hover_cards.setCheckable(True)
        self.hover_cards.setChecked(window.settings.hover_cards)
        workbench = window.workbench  # the author's
        self.open_in_editor = self._action(self.tr("Open in Editor"), workbench.open_in_editor, ["Ctrl+Shift+E"])
        self.open_in_editor.setToolTip(self.tr("Open the article in your editor at the line in view (Ctrl+Shift+E)"))
        self.show_in_folder = self._action(self.tr("Show in File Manager"), workbench.show_in_file_manager)
        self.problems = workbench.panel.toggleViewAction()
        self.problems.setText(self.tr("Problems"))
        self.problems.setShortcut(QKeySequence("F8"))
        self._build_menus()
        self._build_toolbar()
        self.update()

    def _offline_actions(self, window) -> None:
        """Saving full articles for offline reading: the only commands that use the network."""
        offline = window.offline_commands
        self.save_offline = self._action(self.tr("Save Full Article for Offline"), offline.save_for_offline,
                                         ["Ctrl+Shift+S"])
        self.save_offline.setToolTip(self.tr("Fetch this article's full version from the web now, to read it "
                                               "offline"))
        self.show_copy = self._action(self.tr("Show the Saved Copy"), offline.toggle_saved_copy, ["Ctrl+Shift+C"])
        self.show_copy.setCheckable(True)
        self.save_all = self._action(self.tr("Save All Full Articles"), offline.save_all)
        self.cancel_saving = self._action(self.tr("Cancel Saving"), window.offline.cancel)
        self.saved_copies = self._action(self.tr("Saved Copies…"), offline.show_saved_copies)
        self.keep_images = self._action(self.tr("Keep Images of Saved Articles"), offline.keep_images)
        self.keep_images.setCheckable(True)
        self.keep_images.setChecked(window.settings.offline_images)
        self.keep_images.setToolTip(self.tr("One more request per image, at most 20 images of 2 MB, 10 MB in all"))

    def _action(self, text: str, slot, shortcuts=(), icon=None) -> QAction:
        action = QAction(text, self.window)
        # Platforms repeat some, and have none for others (an empty sequence)
        sequences = {QKeySequence(s).toString(): QKeySequence(s) for s in shortcuts if not QKeySequence(s).isEmpty()}
        action.setShortcuts(list(sequences.values()))
        if icon is not None:
            action.setIcon(self.window.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _choices(self, choices: dict[str, str], choose, chosen: str) -> QActionGroup:
        """One checkable action a choice (its data the choice's key), of which one is checked."""
        group = QActionGroup(self.window)
        for key, label in choices.items():
            action = self._action(label, lambda _=False, k=key: choose(k))
            action.setCheckable(True)
            action.setChecked(key == chosen)
            action.setData(key)
            group.addAction(action)
        return group

    def _theme_actions(self) -> QActionGroup:
        labels = {SYSTEM: SYSTEM_LABEL, **{theme.name: theme.label for theme in THEMES.values()}}
        return self._choices({name: translate_marked("Theme", label) for name, label in labels.items()},
                             self.window.set_theme, self.window.settings.theme)

    def _language_actions(self) -> QActionGroup:
        return self._choices({"": self.tr("System Language"), **LANGUAGES}, self.window.set_language,
                             self.window.settings.language)

    def _build_menus(self) -> None:
        window, menus = self.window, self.window.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.open_library, self.open_file])
        file_menu.addMenu(self.recent)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Quit"), window.close, [QKeySequence.StandardKey.Quit, "Ctrl+Q"]))
        article_menu = menus.addMenu(self.tr("&Article"))
        article_menu.addActions([self.favourite, self.export, self.pdf, self.print])
        article_menu.addSeparator()
        article_menu.addActions([self.mark_finished, self.mark_unread])
        article_menu.addSeparator()
        article_menu.addActions([self.find_in_page, self.find_next, self.find_previous])
        article_menu.addSeparator()
        article_menu.addActions([self.save_offline, self.show_copy])
        article_menu.addSeparator()
        article_menu.addActions([self.open_in_editor, self.show_in_folder])
        library_menu = menus.addMenu(self.tr("&Library"))
        library_menu.addActions([self.save_all, self.cancel_saving, self.saved_copies])
        library_menu.addSeparator()
        library_menu.addAction(self.keep_images)
        go_menu = menus.addMenu(self.tr("&Go"))
        go_menu.addActions([self.back, self.forward])
        go_menu.addSeparator()
        go_menu.addActions([self.previous_article, self.next_article])
        go_menu.addSeparator()
        go_menu.addAction(self.find)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addActions([
            self._action(self.tr("Larger Text"), lambda: window.zoom(+1), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]),
            self._action(self.tr("Smaller Text"), lambda: window.zoom(-1), [QKeySequence.StandardKey.ZoomOut]),
            self._action(self.tr("Actual Size"), lambda: window.zoom(None), ["Ctrl+0"]),
            self.typography,
            self.every_mention,
        ])
        view_menu.addSeparator()
        view_menu.addAction(self.outline)
        view_menu.addAction(self._action(self.tr("Reading Speed…"), lambda: window.progress.choose_speed(window)))
        view_menu.addSeparator()
        view_menu.addMenu(self.tr("Theme")).addActions(self.themes.actions())
        view_menu.addMenu(self.tr("&Language")).addActions(self.languages.actions())
        view_menu.addSeparator()
        view_menu.addActions([self.timeline, self.hover_cards, self.problems])
        menus.addMenu(self.tr("&Help")).addActions([self.shortcuts, self.about])

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
        """What the commands about the page now current can do for it."""
        navigation, reading = self.window.navigation, self.window.reading
        self.back.setEnabled(navigation.history.can_go_back())
        self.forward.setEnabled(navigation.history.can_go_forward())
        article = navigation.current_article()
        for action in (self.favourite, self.export, self.pdf, self.print, self.find_in_page, self.find_next,
                       self.find_previous, self.mark_finished, self.mark_unread, self.open_in_editor, self.show_in_folder):
            action.setEnabled(article is not None)
        self.favourite.setChecked(article is not None and reading.is_favourite(article))
        self._update_offline(article)

    def _update_offline(self, path) -> None:
        window = self.window
        known = window.library.article(path) if path is not None and window.library is not None else None
        copy = window.offline.store.get(known.full_article) if known is not None else None
        self.save_offline.setEnabled(bool(known and known.full_article))
        self.show_copy.setEnabled(copy is not None and copy.page is not None)
        self.show_copy.setChecked(path is not None and path in window.offline.showing_copy)
        self.save_all.setEnabled(window.library is not None and not window.offline.saving_all)
        self.cancel_saving.setEnabled(window.offline.saving_all)

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
            label = self.tr("Bundled Library") if folder == bundled else Path(folder).name or folder
            action = self.recent.addAction(label, lambda f=folder: self.window.open_library(Path(f)))
            action.setToolTip(folder)
            action.setEnabled(probe(Path.is_dir, Path(folder)))  # a folder since moved or unplugged

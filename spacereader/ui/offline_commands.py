"""The window's commands for saved copies of full articles (the Article and Library menus, the header's links) and
what the window says of them: the only place the window uses the network, and only when the reader asks."""

from __future__ import annotations

from PySide6.QtCore import QObject


class OfflineCommands(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.saved_dialog = None
        self._say_after_page = ""  # a save's outcome, said again once the page it changed is shown

    def wire(self) -> None:
        window, offline = self.window, self.window.offline
        window.router.offline_requested.connect(self._link_clicked)
        offline.saved.connect(self._saved)
        offline.progress.connect(window.save_progress.advanced)
        offline.all_done.connect(self._all_saved)
        offline.deleted.connect(self._copy_changed)
        window.navigation.page_shown.connect(self._page_shown)  # after the window's own: said over the file's name

    def _current(self):
        path, library = self.window.navigation.current_article(), self.window.library
        return library.article(path) if path is not None and library is not None else None

    def save_for_offline(self) -> None:
        article = self._current()
        if article is not None and article.full_article:
            self.window.status.say(self.tr("Saving the full article of “{title}”…").format(title=article.title), 40000)
            self.window.offline.save(article, self.window.library, self.window.settings.offline_images)

    def toggle_saved_copy(self) -> None:
        path = self.window.navigation.current_article()
        if path is not None:
            self.show_saved_copy(path not in self.window.offline.showing_copy)

    def show_saved_copy(self, shown: bool) -> None:
        path = self.window.navigation.current_article()
        if path is not None:
            self.window.offline.show_copy(path, shown)
            self.window.navigation.show_article(path, record=False, keep_scroll=True)

    def save_all(self) -> None:
        window = self.window
        if window.library is None or window.offline.saving_all:
            return
        window.offline.save_all(window.library, window.settings.offline_images)
        window.save_progress.started()
        window.commands.update()
        window.status.say(self.tr("Saving the library's full articles…"), 10000)

    def keep_images(self, keep: bool) -> None:
        self.window.settings.offline_images = keep

    def show_saved_copies(self) -> None:
        from spacereader.ui.saved_dialog import SavedCopiesDialog

        if self.saved_dialog is not None:
            self.saved_dialog.close()
        self.saved_dialog = SavedCopiesDialog(self.window.offline, self.window.library, self.window)
        self.saved_dialog.show()

    def _link_clicked(self, what: str) -> None:
        if what == "save":
            self.save_for_offline()
        else:
            self.show_saved_copy(what == "show-copy")

    def _saved(self, outcome) -> None:
        title = outcome.article.title
        if outcome.failure:
            said = self.tr("Could not save “{title}”: {why}").format(title=title, why=outcome.failure)
        else:
            said = self.tr("Saved for offline: “{title}”").format(title=title)
        self._copy_changed(outcome.article.full_article)
        self._say(said)

    def _say(self, text: str) -> None:
        """Said now, and again once the page being made is shown: it would say its file's name over it."""
        self.window.status.say(text, 10000)
        self._say_after_page = text if self.window.navigation.jobs.busy else ""

    def _copy_changed(self, url: str) -> None:
        """The page on screen shown again if its saved copy changed."""
        article = self._current()
        self.window.commands.update()
        if article is not None and article.full_article == url:
            self.window.navigation.show_article(article.path, record=False, keep_scroll=True)

    def _page_shown(self, _page) -> None:
        if self._say_after_page:
            self.window.status.say(self._say_after_page, 10000)
            self._say_after_page = ""

    def _all_saved(self, saved: int, failed: int, cancelled: bool) -> None:
        self.window.save_progress.hide()
        self.window.commands.update()
        text = (self.tr("Saving cancelled: {saved} saved, {failed} failed") if cancelled else
                self.tr("Full articles saved: {saved} saved, {failed} failed"))
        self._say(text.format(saved=saved, failed=failed))

"""The main window: library on the left, reader on the right. It lays them out and wires them; the work is done by
the library session (open, index, watch), navigation (pages, history, places) and the panels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QSplitter, QTabWidget

from spacereader.core.export import ExportRefused, export_article
from spacereader.core.library import LibraryChange
from spacereader.core.reading import ReadingState, reading_state_path
from spacereader.core.settings import Settings, save_settings
from spacereader.core.themes import reader_css, theme_named
from spacereader.paths import icon_path
from spacereader.ui.actions import Actions
from spacereader.ui.articles_panel import ArticlesPanel
from spacereader.ui.astronauts_panel import AstronautsPanel
from spacereader.ui.links import LinkRouter
from spacereader.ui.navigation import Navigation, Page, article_page_of
from spacereader.ui.palette import apply_palette
from spacereader.ui.reader import Reader
from spacereader.ui.session import LibrarySession
from spacereader.ui.status import StatusBar
from spacereader.ui.workbench import Workbench


class MainWindow(QMainWindow):
    indexing_finished = Signal()

    def __init__(self, settings: Settings, *, persist: bool = True):
        super().__init__()
        self.settings, self.persist = settings, persist
        self.reading = ReadingState(reading_state_path() if persist else None)
        self.session = LibrarySession(self)
        self.reader = Reader(self)
        self.navigation = Navigation(self.reader, self.reading, lambda: reader_css(self.settings.theme), self)
        self.router = LinkRouter(self)
        self.articles = ArticlesPanel(self)
        self.astronauts = AstronautsPanel(self)
        self.status = StatusBar(self)
        self._lay_out()
        self.workbench = Workbench(self)  # the author's: Problems panel, Open in Editor
        self.commands = Actions(self)
        self._wire()
        self.setWindowIcon(QIcon(str(icon_path())))
        self.set_theme(settings.theme)
        self.reader.set_zoom(settings.zoom)
        self._restore_geometry()

    def _lay_out(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self.articles, self.tr("Articles"))
        self.tabs.addTab(self.astronauts, self.tr("Astronauts"))
        self.tabs.setDocumentMode(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 640])
        self.setCentralWidget(self.splitter)
        self.setStatusBar(self.status)
        self.resize(1280, 820)

    def _wire(self) -> None:
        for view in (self.navigation.library_changed, self.articles.library_changed, self.astronauts.library_changed,
                     self._library_changed):
            self.session.changed.connect(view)
        self.session.progress.connect(self.status.show_progress)
        self.session.failed.connect(lambda text: self.status.say(text, 10000))
        self.articles.article_activated.connect(self.navigation.show_article)
        self.articles.index_damaged.connect(self.session.reindex)
        self.astronauts.profile_activated.connect(self.navigation.show_profile)
        self.reader.anchorClicked.connect(self.router.route)
        self.reader.highlighted.connect(lambda url: self.status.describe_link(url, self.library))
        self.router.profile_requested.connect(self.navigation.show_profile)
        self.router.article_requested.connect(self.navigation.show_article)
        self.router.anchor_requested.connect(self.reader.scrollToAnchor)
        self.router.message.connect(self.status.say)
        self.navigation.moved.connect(self.commands.update)
        self.navigation.page_shown.connect(self._page_shown)
        self.navigation.refused.connect(self.status.say)
        self.navigation.reloaded.connect(
            lambda page: self.status.say(self.tr("Reloaded %1").replace("%1", page.article.path.name), 3000))

    # the library
    def open_library(self, root: Path, article: Path | None = None) -> None:
        """Show the library as last indexed at once, then bring it up to date on the indexer's thread."""
        library = self.session.open(root)
        self.settings.last_library = str(library.root)
        if self.persist:
            save_settings(self.settings)  # remembered even if the app is killed later
        self.setWindowTitle(self.tr("%1 — SpaceReader").replace("%1", library.root.name))
        remembered = Path(self.settings.last_article) if self.settings.last_article else None
        self.navigation.start(article or (remembered if remembered and library.article(remembered) else None))

    def _library_changed(self, change: LibraryChange) -> None:
        if change.articles_changed:
            self.status.show_counts(change.library)
        if change.opened:
            self.articles.set_favourites(self.reading.favourites())
        if change.indexed:
            self.status.indexing_ended()
            self.indexing_finished.emit()

    @property
    def library(self):
        return self.session.library

    @property
    def indexer(self):
        return self.session.indexer

    def wait_for_indexing(self) -> None:
        """Block until the library is indexed and shown, events still served: for screenshots and tests."""
        self.session.wait_for_indexing()
        self.wait_for_page()

    def wait_for_page(self) -> None:
        """Block until the page last asked for is shown and the list is up to date: for screenshots and tests."""
        self.navigation.wait()
        self.articles.wait_for_listing()

    def choose_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Library"), self.settings.last_library)
        if folder:
            self.open_library(Path(folder))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open Article"), self.settings.last_library,
                                              self.tr("Markdown articles (*.md *.markdown);;All files (*)"))
        if name:
            self.open_library(Path(name).parent, Path(name).resolve())

    # pages
    def show_article(self, path, **options) -> None:
        self.navigation.show_article(path, **options)

    def show_profile(self, profile_id: str, **options) -> None:
        self.navigation.show_profile(profile_id, **options)

    def go_back(self) -> None:
        self.navigation.back()

    def go_forward(self) -> None:
        self.navigation.forward()

    def _page_shown(self, page: Page) -> None:
        self.status.page_changed()
        self.setWindowTitle(self.tr("%1 — SpaceReader").replace("%1", page.title))
        article = page.article
        self.session.follow_file(article.path if article else None)
        if article is not None:
            self.articles.select(str(article.path))
            self.settings.last_article = str(article.path)
            self.status.say_where(article)
        elif page.location is not None:
            self.astronauts.select(page.location.key)

    # the article on screen
    def toggle_favourite(self) -> None:
        path = self.navigation.current_article()
        if path is None:
            return
        favourite = not self.reading.is_favourite(path)
        self.reading.set_favourite(path, favourite)
        self.commands.update()
        self.articles.set_favourites(self.reading.favourites())
        self.status.say(self.tr("Added to your favourites") if favourite else self.tr("Removed from your favourites"), 3000)

    def choose_export(self) -> None:
        path = self.navigation.current_article()
        if path is None or self.library is None:
            return
        suggested = Path(self.settings.last_library or Path.home()) / f"{path.stem}.html"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export as HTML"), str(suggested),
                                              self.tr("HTML pages (*.html *.htm)"))
        if name:
            self.export(path, Path(name))

    def export(self, path: Path, out: Path) -> None:
        """A standalone page of the article, made and written on the pages' worker; never over an article."""
        library = self.library

        def write() -> str:
            try:
                export_article(library, article_page_of(library, path).article, out)
            except ExportRefused as exc:
                return str(exc)
            except OSError as exc:
                return self.tr("Could not write %1: %2").replace("%1", str(out)).replace("%2", str(exc.strerror or exc))
            return self.tr("Exported to %1").replace("%1", str(out))

        self.navigation.jobs.submit(write, lambda message: self.status.say(message, 8000))

    # appearance
    def set_theme(self, name: str) -> None:
        self.settings.theme = theme_named(name).name
        apply_palette(QApplication.instance(), theme_named(name))
        self.commands.check_theme(self.settings.theme)
        self.navigation.restyle()

    def zoom(self, step: int | None) -> None:
        self.reader.set_zoom(0 if step is None else self.reader.zoom + step)
        self.settings.zoom = self.reader.zoom

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.articles)
        self.articles.search_box.setFocus()
        self.articles.search_box.selectAll()

    # state
    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        if len(self.settings.splitter_sizes) == 2:
            self.splitter.setSizes(self.settings.splitter_sizes)
        if self.settings.library_columns:
            self._library_header().restoreState(QByteArray.fromBase64(self.settings.library_columns.encode()))

    def _library_header(self):
        return self.articles.table.horizontalHeader()

    def closeEvent(self, event) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        self.settings.splitter_sizes = self.splitter.sizes()
        self.settings.library_columns = bytes(self._library_header().saveState().toBase64()).decode()
        self.navigation.remember_position()
        if self.persist:
            save_settings(self.settings)
        self.session.close()
        self.navigation.jobs.close()
        self.articles.searcher.close()
        super().closeEvent(event)

"""The main window: library on the left, reader on the right. It lays them out and wires them; the work is done by
the library session (open, index, watch), navigation (pages, history, places) and the panels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QFileDialog, QMainWindow, QSplitter, QTabWidget

from spacereader.core.library import LibraryChange
from spacereader.core.reading import ReadingState, reading_state_path
from spacereader.core.settings import Settings, save_settings
from spacereader.core.themes import theme_named
from spacereader.paths import icon_path
from spacereader.ui.actions import Actions
from spacereader.ui.articles_panel import ArticlesPanel
from spacereader.ui.astronauts_panel import AstronautsPanel
from spacereader.ui.hover_card import HoverCards
from spacereader.ui.links import LinkRouter
from spacereader.ui.navigation import Navigation, Page
from spacereader.ui.offline import OfflineCopies, SaveProgress
from spacereader.ui.offline_commands import OfflineCommands
from spacereader.ui.paper import Paper
from spacereader.ui.reader import Reader
from spacereader.ui.reader_pane import ReaderPane
from spacereader.ui.reading_progress import ReadingProgress
from spacereader.ui.session import LibrarySession
from spacereader.ui.status import StatusBar
from spacereader.ui.timeline_view import TimelineView
from spacereader.ui.typography_panel import TypographyPanel
from spacereader.ui.window_look import WindowLook
from spacereader.ui.workbench import Workbench


class MainWindow(WindowLook, QMainWindow):
    indexing_finished = Signal()
    language_chosen = Signal(str)  # the app makes a new window in that language, on the same page

    def __init__(self, settings: Settings, *, persist: bool = True):
        super().__init__()
        self.settings, self.persist = settings, persist
        self.reading = ReadingState(reading_state_path() if persist else None)
        self.session = LibrarySession(self)
        self.reader = Reader(self)
        self.pane = ReaderPane(self.reader, self)
        self._words_for: tuple[str, str] | None = None  # (article, query): opened from a search, its words to show
        self._words_location = None  # the page whose words are shown: the same page shown again keeps them
        self.navigation = Navigation(self.reader, self.reading, self.css, self)
        self.router = LinkRouter(self)
        self.articles = ArticlesPanel(self)
        self.astronauts = AstronautsPanel(self)
        self.status = StatusBar(self)
        self.progress = ReadingProgress(self.navigation, self.articles, self.pane.time_left, settings, self)
        self.typography_panel: TypographyPanel | None = None
        self.paper = Paper(self)
        self.offline = OfflineCopies(self)
        self.navigation.offline_parts = self.offline.part_for
        self.save_progress = SaveProgress(self.offline.cancel)
        self.offline_commands = OfflineCommands(self)
        self.timeline = TimelineView(self)
        self.cards = HoverCards(self.reader, lambda: self.library, self)
        self.cards.set_enabled(settings.hover_cards)
        self._lay_out()
        self.workbench = Workbench(self)  # the author's: Problems panel, Open in Editor
        self.commands = Actions(self)
        self._wire()
        self.setWindowIcon(QIcon(str(icon_path())))
        self.set_theme(settings.theme)
        self.pane.show_outline(settings.show_outline)
        self.reader.set_typography(settings.typography())
        self.navigation.every_mention = settings.every_mention
        self.commands.every_mention.setChecked(settings.every_mention)
        self._restore_geometry()

    def _lay_out(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self.articles, self.tr("Articles"))
        self.tabs.addTab(self.astronauts, self.tr("Astronauts"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.setDocumentMode(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 640])
        self.setCentralWidget(self.splitter)
        self.setStatusBar(self.status)
        self.status.addPermanentWidget(self.save_progress)
        self.resize(1280, 820)

    def _wire(self) -> None:
        for view in (self.navigation.library_changed, self.articles.library_changed, self.astronauts.library_changed,
                     self._library_changed):
            self.session.changed.connect(view)
        self.session.progress.connect(self.status.show_progress)
        self.session.failed.connect(lambda text: self.status.say(text, 10000))
        self.articles.article_activated.connect(self._open_from_list)
        self.articles.index_damaged.connect(self.session.reindex)
        self.astronauts.profile_activated.connect(self.navigation.show_profile)
        self.reader.anchorClicked.connect(self.router.route)
        self.reader.highlighted.connect(lambda url: self.status.describe_link(url, self.library))
        self.router.profile_requested.connect(self.navigation.show_profile)
        self.router.more_mentions_requested.connect(self.navigation.show_more_mentions)
        self.router.article_requested.connect(self.navigation.show_article)
        self.router.anchor_requested.connect(self.reader.scrollToAnchor)
        self.router.filter_requested.connect(self.filter_library)
        self.router.message.connect(self.status.say)
        self.paper.message.connect(lambda text: self.status.say(text, 8000))
        self.navigation.moved.connect(self.commands.update)
        self.navigation.page_shown.connect(self._page_shown)
        self.navigation.page_shown.connect(lambda _page: self.cards.hide())
        self.timeline.profile_requested.connect(self.navigation.show_profile)
        self.timeline.article_requested.connect(self.navigation.show_article)
        self.articles.listed.connect(self.draw_timeline)
        self.tabs.currentChanged.connect(self.draw_timeline)
        self.navigation.refused.connect(self.status.say)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.offline_commands.wire()
        self.navigation.reloaded.connect(
            lambda page: self.status.say(self.tr("Reloaded %1").replace("%1", page.article.path.name), 3000))

    # the library
    def open_library(self, root: Path, article: Path | None = None) -> None:
        """Show the library as last indexed at once, then bring it up to date on the indexer's thread."""
        library = self.session.open(root)
        self.settings.remember_library(str(library.root))
        self.commands.list_recent(self.settings.recent_libraries)
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
            self.articles.set_progresses(self.reading.progresses())
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

    def go_to_neighbour(self, step: int) -> None:
        """The next or previous article in the list as it is sorted and filtered now."""
        path = self.articles.neighbour(self.navigation.current_article(), step)
        if path is None:
            self.status.say(self.tr("This is the last article in the list") if step > 0 else
                            self.tr("This is the first article in the list"), 3000)
        else:
            self._open_from_list(path)

    def _open_from_list(self, path: str) -> None:
        self._words_for = (path, self.articles.listed_query) if self.articles.listed_query.strip() else None
        self.navigation.show_article(path)

    def _page_shown(self, page: Page) -> None:
        self._show_words(page)
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

    def _show_words(self, page: Page) -> None:
        """An article opened from a search shows the search's words, and its first match: once, as it opens."""
        article = page.article
        self.pane.show_headings(article.document.headings if article else [])
        if self._words_for is not None and article is not None and self._words_for[0] == str(article.path):
            self.pane.find_bar.mark_words(self._words_for[1])
        elif page.location != self._words_location:
            self.pane.find_bar.forget_words()
        self._words_location = page.location
        self._words_for = None

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

    def show_timeline(self) -> None:
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.setFocus()

    def draw_timeline(self) -> None:
        """Drawn only while its tab shows, for what the Articles tab lists: its search and filters."""
        if self.tabs.currentWidget() is not self.timeline or self.library is None:
            return
        listing = self.articles.last_listing
        filtered = listing is not None and listing.library is self.library and (
            listing.query.strip() or len(listing.rows) != len(self.library.articles))
        self.timeline.show_events(self.library, listing.rows if filtered else None,
                                  listing.query if filtered else "", theme_named(self.settings.theme))

    def set_language(self, code: str) -> None:
        if code != self.settings.language:
            self.settings.language = code
            self.language_chosen.emit(code)

    def filter_library(self, facet: str, value: str) -> None:
        """A tag link in the header keeps that tag's articles; an author link searches for their name."""
        self.tabs.setCurrentWidget(self.articles)
        if facet == "author":
            self.articles.search_for('"{}"'.format(value.replace('"', " ")))
        else:
            self.articles.filter_by(facet, value)

    def show_outline(self, shown: bool) -> None:
        self.settings.show_outline = shown
        self.pane.show_outline(shown)

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
        self.paper.wait()  # a PDF being written is finished, not cut off
        self.offline.close()
        self.navigation.jobs.close()
        self.articles.searcher.close()
        super().closeEvent(event)

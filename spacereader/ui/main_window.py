"""The main window: library on the left, reader on the right, and the wiring between them."""

from __future__ import annotations

import gc
from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QFileSystemWatcher, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QProgressBar, QSplitter, QTabWidget

from spacereader.core.articles import Article, load_article
from spacereader.core.export import ExportRefused, export_article
from spacereader.core.history import History, Location
from spacereader.core.index import IndexUpdate, SearchIndex
from spacereader.core.library import Library, empty_library
from spacereader.core.links import LinkKind, classify
from spacereader.core.pages import article_page, profile_page
from spacereader.core.reading import ReadingState, reading_state_path
from spacereader.core.render import sanitize
from spacereader.core.settings import Settings, save_settings
from spacereader.core.themes import THEMES, reader_css, theme_named
from spacereader.logs import log_library
from spacereader.paths import icon_path
from spacereader.ui.indexer import Indexer, IndexKeeper
from spacereader.ui.library_panel import ArticlesPanel, AstronautsPanel
from spacereader.ui.links import LinkRouter
from spacereader.ui.palette import apply_palette
from spacereader.ui.reader import Reader

RELOAD_DELAY_MS = 150  # editors save in several steps; re-render once they are done
POSITION_DELAY_MS = 1000  # where the reader is, saved once scrolling pauses
ARRIVAL_DELAY_MS = 300  # newly indexed articles join the list at most this often


class MainWindow(QMainWindow):
    indexing_finished = Signal()

    def __init__(self, settings: Settings, *, persist: bool = True):
        super().__init__()
        self.settings, self.persist = settings, persist
        self.library: Library | None = None
        self.search_index: SearchIndex | None = None  # the window's own connection, for searching
        self.keeper = IndexKeeper(self)
        self._arrived: list[IndexUpdate] = []  # batches from the indexer, not yet listed
        self.arrival_timer = QTimer(self)
        self.arrival_timer.setSingleShot(True)
        self.arrival_timer.setInterval(ARRIVAL_DELAY_MS)
        self._logged = False  # the library's problems go to the log once, when it is first indexed
        self.reading = ReadingState(reading_state_path() if persist else None)
        self._shown_article: Path | None = None  # the article on screen, whose place the reader keeps
        self.position_timer = QTimer(self)
        self.position_timer.setSingleShot(True)
        self.position_timer.setInterval(POSITION_DELAY_MS)
        self.progress = QProgressBar(maximumWidth=160, textVisible=False, visible=False)
        self.history = History()
        self.router = LinkRouter(self)
        self.reader = Reader(self)
        self.articles = ArticlesPanel(self)
        self.astronauts = AstronautsPanel(self)
        self.count_label = QLabel()
        self.watcher = QFileSystemWatcher(self)
        self._watched: Path | None = None  # the last article shown, which its author may be editing
        self.reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._build_layout()
        self._build_actions()
        self._wire()
        self.setWindowIcon(QIcon(str(icon_path())))
        self.set_theme(settings.theme)
        self.reader.set_zoom(settings.zoom)
        self._restore_geometry()

    # building
    def _build_layout(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self.articles, "Articles")
        self.tabs.addTab(self.astronauts, "Astronauts")
        self.tabs.setDocumentMode(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 640])
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.count_label)
        self.resize(1280, 820)

    def _action(self, text: str, slot, shortcuts=(), icon=None) -> QAction:
        action = QAction(text, self)
        sequences = {QKeySequence(s).toString(): QKeySequence(s) for s in shortcuts}  # platforms repeat some
        action.setShortcuts(list(sequences.values()))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        pixmap = self.style().StandardPixmap
        self.back_action = self._action("Back", self.go_back, ["Alt+Left", QKeySequence.StandardKey.Back], pixmap.SP_ArrowBack)
        self.forward_action = self._action("Forward", self.go_forward, ["Alt+Right", QKeySequence.StandardKey.Forward],
                                           pixmap.SP_ArrowForward)
        open_library = self._action("Open Library…", self.choose_library, ["Ctrl+Shift+O"], pixmap.SP_DirOpenIcon)
        open_file = self._action("Open File…", self.choose_file, [QKeySequence.StandardKey.Open], pixmap.SP_FileIcon)
        find = self._action("Search Articles", self.focus_search, ["Ctrl+K", QKeySequence.StandardKey.Find])
        self.favourite_action = self._action("★ Favourite", self.toggle_favourite, ["Ctrl+D"])
        self.favourite_action.setCheckable(True)
        self.favourite_action.setToolTip("Keep this article among your favourites (Ctrl+D)")
        self.export_action = self._action("Export as HTML…", self.choose_export, ["Ctrl+E"])
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([open_library, open_file])
        file_menu.addSeparator()
        file_menu.addAction(self._action("Quit", self.close, [QKeySequence.StandardKey.Quit]))
        article_menu = self.menuBar().addMenu("&Article")
        article_menu.addActions([self.favourite_action, self.export_action])
        go_menu = self.menuBar().addMenu("&Go")
        go_menu.addActions([self.back_action, self.forward_action, find])
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addActions([
            self._action("Larger Text", lambda: self.zoom(+1), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]),
            self._action("Smaller Text", lambda: self.zoom(-1), [QKeySequence.StandardKey.ZoomOut]),
            self._action("Actual Size", lambda: self.zoom(None), ["Ctrl+0"]),
        ])
        view_menu.addSeparator()
        self.theme_group = QActionGroup(self)
        for theme in THEMES.values():
            action = self._action(f"{theme.label} Theme", lambda _=False, n=theme.name: self.set_theme(n))
            action.setCheckable(True)
            action.setData(theme.name)
            self.theme_group.addAction(action)
            view_menu.addAction(action)
        toolbar = self.addToolBar("Navigation")
        toolbar.setObjectName("navigation")
        toolbar.setMovable(False)
        toolbar.addActions([self.back_action, self.forward_action])
        toolbar.addSeparator()
        toolbar.addActions([open_library, open_file])
        toolbar.addSeparator()
        toolbar.addAction(self.favourite_action)
        self._update_navigation()

    def _wire(self) -> None:
        self.articles.article_activated.connect(self.show_article)
        self.articles.index_damaged.connect(self.keeper.start)
        self.keeper.batch_indexed.connect(self._take_batch)
        self.arrival_timer.timeout.connect(self._take_arrivals)
        self.keeper.finished.connect(self._indexed)
        self.keeper.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.astronauts.profile_activated.connect(self.show_profile)
        self.reader.anchorClicked.connect(self.router.route)
        self.reader.highlighted.connect(self._describe_link)
        self.router.profile_requested.connect(self.show_profile)
        self.router.article_requested.connect(self.show_article)
        self.router.anchor_requested.connect(self.reader.scrollToAnchor)
        self.router.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.watcher.fileChanged.connect(lambda _path: self.reload_timer.start())
        self.reload_timer.timeout.connect(self._reload_watched_article)
        self.reader.verticalScrollBar().valueChanged.connect(lambda _value: self.position_timer.start())
        self.position_timer.timeout.connect(self._remember_position)

    # opening
    def open_library(self, root: Path, article: Path | None = None) -> None:
        """Show the library as last indexed at once, then bring it up to date on the indexer's thread."""
        self.keeper.stop()
        self.arrival_timer.stop()
        self._arrived = []  # the library being left's
        gc.unfreeze()  # the library being left may go
        self._remember_position()  # the article of the library being left
        if self.search_index is not None:
            self.search_index.close()
        self.library = empty_library(root)
        self.search_index = SearchIndex(self.library)
        self.library.apply(self.search_index.cached())
        gc.freeze()  # see _indexed
        self.history = History()  # the pages of another library are not this one's
        self._logged = False
        self.articles.set_favourites(self.reading.favourites())
        self._refresh_panels()
        self.settings.last_library = str(self.library.root)
        if self.persist:
            save_settings(self.settings)  # remembered even if the app is killed later
        self.setWindowTitle(f"{self.library.root.name} — SpaceReader")
        first = article or self._remembered_article() or (self.library.articles[0].path if self.library.articles else None)
        if first is not None:
            self.show_article(first)
        self.keeper.follow(self.library)

    def _remembered_article(self) -> Path | None:
        remembered = Path(self.settings.last_article) if self.settings.last_article else None
        return remembered if remembered and self.library.article(remembered) else None

    # indexing
    def _take_batch(self, update: IndexUpdate, done: int, total: int) -> None:
        if update.articles or update.removed:
            self._arrived.append(update)
            if not self.arrival_timer.isActive():
                self.arrival_timer.start()
        self.progress.setVisible(done < total)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if done < total:
            self.statusBar().showMessage(f"Indexing {done:,} of {total:,} articles…")

    def _take_arrivals(self) -> None:
        """The batches that came since the last time, taken in at once: listing 100,000 articles again for each
        batch of 250 would cost more than reading them."""
        self.arrival_timer.stop()
        if not self._arrived:
            return
        self.library.apply(IndexUpdate.merged(self._arrived))
        self._arrived = []
        self._refresh_panels()
        if self.history.current is None and self.library.articles:
            self.show_article(self.library.articles[0].path)  # a first visit: show something as soon as we can

    def _indexed(self) -> None:
        # The library's objects live as long as it is open: out of the collector's sight, they no longer make each
        # full collection walk 100,000 articles (tens of ms, in the middle of a search).
        self._take_arrivals()
        gc.freeze()
        self.progress.hide()
        if self.history.current is None and not self.library.articles:
            self._show_empty_library()
        if not self._logged:
            log_library(self.library)  # one line for the library, one for each file it could not use
            self._logged = True
        self.indexing_finished.emit()

    @property
    def indexer(self) -> Indexer | None:
        return self.keeper.indexer

    def wait_for_indexing(self) -> None:
        """Block until the library is indexed, events still served: for screenshots and tests."""
        self.keeper.wait()

    def _refresh_panels(self) -> None:
        self.articles.set_library(self.library, self.search_index)
        self.astronauts.set_library(self.library)
        current = self.history.current
        if current is not None:
            (self.articles if current.kind == "article" else self.astronauts).select(current.key)
        total = len(self.library.articles)
        flawed = sum(1 for a in self.library.articles if a.problems)
        parts = [f"{total} article{'s' if total != 1 else ''}", f"{len(self.library.book.profiles)} astronauts"]
        if flawed:
            parts.insert(1, f"⚠ {flawed} with problems")
        self.count_label.setText("  ·  ".join(parts))

    def _show_empty_library(self) -> None:
        html = (f"<h1>No articles here yet</h1><p>SpaceReader found no <code>.md</code> files in "
                f"<b>{escape(str(self.library.root))}</b>.</p><p>Use <b>File › Open Library…</b> to pick another folder.</p>")
        self._remember_position()
        self.reader.show_page(sanitize(html), self._css())
        self._shown_article = None

    def choose_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open Library", self.settings.last_library)
        if folder:
            self.open_library(Path(folder))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open Article", self.settings.last_library,
                                              "Markdown articles (*.md *.markdown);;All files (*)")
        if name:
            self.open_library(Path(name).parent, Path(name).resolve())

    # showing
    def show_article(self, path, *, record: bool = True, keep_scroll: bool = False) -> None:
        if self.library is None:
            return
        path = Path(path)
        # Read from disk: the library keeps no bodies, and the file may have changed since it was indexed.
        article = self._load(path)
        html = article_page(article, self.library.profiles_in(article), self.library.matcher, root=self.library.root)
        self._remember_position()
        self.reader.show_page(html, self._css(), article.path.parent, self.library.root, keep_scroll=keep_scroll)
        self._shown_article = path
        if not keep_scroll:
            self.reader.scroll_to_fraction(self.reading.position(path))  # where the reader left it
        self._visit(Location("article", str(path)), record)
        self.articles.select(str(path))
        self._watch(path)
        self.settings.last_article = str(path)
        self.setWindowTitle(f"{article.title} — SpaceReader")
        self.statusBar().showMessage(self._article_status(article), 4000)

    def _load(self, path: Path) -> Article:
        """An article read now and checked against the library; one of the library's is not read if it is a
        symbolic link that leads out of it."""
        root = self.library.root if self.library.article(path) else None
        return self.library.examine(load_article(path, root))

    @staticmethod
    def _article_status(article: Article) -> str:
        errors = sum(p.is_error for p in article.problems)
        if errors:
            return f"⚠ {article.path.name}: {errors} error{'s' if errors > 1 else ''} — see the top of the page"
        return str(article.path)

    def show_profile(self, profile_id: str, *, record: bool = True) -> None:
        profile = self.library.book.get(profile_id) if self.library else None
        if profile is None:
            self.statusBar().showMessage(f"No astronaut profile has the id {profile_id!r}", 6000)
            return
        self._remember_position()
        self.reader.show_page(profile_page(profile, self.library.mentioned_in(profile_id)), self._css())
        self._shown_article = None
        self._visit(Location("profile", profile_id), record)
        self.astronauts.select(profile_id)
        self.setWindowTitle(f"{profile.name} — SpaceReader")
        self.statusBar().showMessage(f"Astronaut profile: {profile.name}", 4000)

    def _visit(self, location: Location, record: bool) -> None:
        if record:
            self.history.visit(location)
        self._update_navigation()

    def _show_location(self, location: Location | None, keep_scroll: bool = False) -> None:
        if location is None:
            return
        if location.kind == "article":
            self.show_article(location.key, record=False, keep_scroll=keep_scroll)
        else:
            self.show_profile(location.key, record=False)

    def go_back(self) -> None:
        if self.history.can_go_back():
            self._show_location(self.history.back())

    def go_forward(self) -> None:
        if self.history.can_go_forward():
            self._show_location(self.history.forward())

    def _update_navigation(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())
        article = self._current_article_path()
        self.favourite_action.setEnabled(article is not None)
        self.export_action.setEnabled(article is not None)
        self.favourite_action.setChecked(article is not None and self.reading.is_favourite(article))

    def _current_article_path(self) -> Path | None:
        current = self.history.current
        return Path(current.key) if current is not None and current.kind == "article" else None

    # reading state
    def toggle_favourite(self) -> None:
        path = self._current_article_path()
        if path is None:
            return
        favourite = not self.reading.is_favourite(path)
        self.reading.set_favourite(path, favourite)
        self.favourite_action.setChecked(favourite)
        self.articles.set_favourites(self.reading.favourites())
        self.statusBar().showMessage("Added to your favourites" if favourite else "Removed from your favourites", 3000)

    def _remember_position(self) -> None:
        """Where the reader is in the article on screen, for the next time it is opened. The article on screen, not
        the history's current one: going back moves the history before the page it leaves is gone."""
        self.position_timer.stop()
        path = self._shown_article
        if path is not None:
            self.reading.set_position(path, self.reader.scroll_fraction())

    def choose_export(self) -> None:
        path = self._current_article_path()
        if path is None or self.library is None:
            return
        suggested = Path(self.settings.last_library or Path.home()) / f"{path.stem}.html"
        name, _ = QFileDialog.getSaveFileName(self, "Export as HTML", str(suggested), "HTML pages (*.html *.htm)")
        if name:
            self.export(path, Path(name))

    def export(self, path: Path, out: Path) -> None:
        """A standalone page of the article; never over an article (SpaceReader does not write to articles)."""
        try:
            export_article(self.library, self._load(path), out)
        except ExportRefused as exc:
            self.statusBar().showMessage(str(exc), 8000)
        except OSError as exc:
            self.statusBar().showMessage(f"Could not write {out}: {exc.strerror or exc}", 8000)
        else:
            self.statusBar().showMessage(f"Exported to {out}", 6000)

    def _describe_link(self, url: QUrl) -> None:
        if url.isEmpty():
            self.statusBar().clearMessage()
            return
        target = classify(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        profile = self.library.book.get(target.value) if self.library else None
        text = {
            LinkKind.EXTERNAL: f"Opens in your browser: {target.value}",
            LinkKind.ASTRONAUT: f"Astronaut profile: {profile.name if profile else target.value}",
            LinkKind.ARTICLE: f"Article: {target.value}",
            LinkKind.ANCHOR: "Jump within this page",
        }.get(target.kind, f"Not opened by SpaceReader: {target.value}")
        self.statusBar().showMessage(text)

    # live preview for authors
    def _watch(self, path: Path) -> None:
        self._watched = path
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if path.exists():
            self.watcher.addPath(str(path))

    def _reload_watched_article(self) -> None:
        """An author saved the article: index it again, and re-render it if it is on screen."""
        path = self._watched
        if self.library is None or path is None:
            return
        self.keeper.start()
        if self.history.current == Location("article", str(path)):
            self.show_article(path, record=False, keep_scroll=True)
        else:
            self._watch(path)  # an editor that saves by renaming ends the old watch
        self.statusBar().showMessage(f"Reloaded {path.name}", 3000)

    # appearance
    def _css(self) -> str:
        return reader_css(self.settings.theme)

    def set_theme(self, name: str) -> None:
        self.settings.theme = theme_named(name).name
        apply_palette(QApplication.instance(), theme_named(name))
        for action in self.theme_group.actions():
            action.setChecked(action.data() == self.settings.theme)
        self._rerender()

    def zoom(self, step: int | None) -> None:
        self.reader.set_zoom(0 if step is None else self.reader.zoom + step)
        self.settings.zoom = self.reader.zoom

    def _rerender(self) -> None:
        self._show_location(self.history.current, keep_scroll=True)

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
        self._remember_position()
        if self.persist:
            save_settings(self.settings)
        self.keeper.close()
        self.reload_timer.stop()
        if self.search_index is not None:
            self.search_index.close()
        super().closeEvent(event)

"""Which page the reader shows: the history (Back, Forward), the place kept in each article, and the pages made
on a worker thread, since reading and rendering a long article takes long. A page asked for after another makes
the other's result be dropped: the reader shows the last page asked for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from spacereader.core.articles import Article, load_article
from spacereader.core.history import History, Location
from spacereader.core.library import Library, LibraryChange
from spacereader.core.linting import article_report
from spacereader.core.pages import article_page
from spacereader.core.profile_page import MENTIONS_SHOWN, PORTRAIT_PX, PORTRAIT_SRC, profile_page
from spacereader.core.reading import ReadingState
from spacereader.core.sanitize import sanitize
from spacereader.core.saved_page import OfflinePart
from spacereader.ui.portraits import portrait_image
from spacereader.ui.reader import Reader
from spacereader.ui.work import Jobs

OfflineParts = Callable[[Article], OfflinePart | None]
POSITION_DELAY_MS = 1000  # where the reader is, saved once scrolling pauses


@dataclass(frozen=True)
class Page:
    location: Location | None  # None for a page of the app's own (an empty library)
    title: str
    html: str  # safe
    article: Article | None = None  # as read for this page
    root: Path | None = None  # images and links reach nothing outside it
    words: int = 0  # what there is to read: the time left is counted from it
    folder: Path | None = None  # where images are, if not beside the article
    images: dict[str, QImage] = field(default_factory=dict)  # made by the app for the page (a portrait), by src
    problems: tuple = ()  # the article's, with the author's advice, for the Problems panel


def article_page_of(library: Library, path: Path, every_mention: bool = False,
                    offline: OfflineParts | None = None) -> Page:
    """On the worker. Read from disk: the library keeps no bodies, and the file may have changed since it was
    indexed. One of the library's is not read if it is a symbolic link that leads out of it. `offline` says what
    the page shows of the article's saved full article."""
    article = library.examine(load_article(path, library.root if library.article(path) else None))
    part = offline(article) if offline else None
    html = article_page(article, library.profiles_in(article), library.matcher, root=library.root,
                        every_mention=every_mention, offline=part, notes=library.notes,
                        linked_from=library.linked_from(path))
    folder = part.folder if part is not None else None  # a saved copy's images are in its own folder
    return Page(Location("article", str(path)), article.title, html, article, folder or library.root,
                article.document.words(), folder, problems=tuple(article_report(article, library)))


def profile_page_of(library: Library, profile_id: str, shown: int = MENTIONS_SHOWN) -> Page:
    profile = library.book.profiles[profile_id]
    html = profile_page(profile, library.mentioned_in(profile_id), shown)
    portrait = portrait_image(profile.id, profile.name, library.portrait(profile_id).path, PORTRAIT_PX)
    return Page(Location("profile", profile_id), profile.name, html, images={PORTRAIT_SRC: portrait})


class Navigation(QObject):
    moved = Signal()  # the history changed: what Back, Forward and the article's actions can do
    page_shown = Signal(object)  # a Page, now in the reader
    reloaded = Signal(object)  # a Page shown again because its author saved it
    refused = Signal(str)  # a page that cannot be shown, and why
    progress_changed = Signal(object, object)  # an article's Path, and its Progress now

    def __init__(self, reader: Reader, reading: ReadingState, css: Callable[[], str], parent=None):
        super().__init__(parent)
        self.reader, self.reading, self._css = reader, reading, css
        self.history = History()
        self.library: Library | None = None
        self.jobs = Jobs("spacereader-pages", self)
        self.shown: Page | None = None
        self.every_mention = False  # every mention of an astronaut a link, not only the first of each section
        self.offline_parts: OfflineParts | None = None  # set by the window; runs on the worker
        self._picked = False  # the page on screen was picked by the app (the newest article), not by the reader
        self._marked = False  # the reader marked the article on screen by hand: reading it no longer changes that
        self._unread_pick = False  # the app's pick on screen, not scrolled: it is not being read
        self.position_timer = QTimer(self, singleShot=True, interval=POSITION_DELAY_MS)
        self.position_timer.timeout.connect(self.remember_position)
        reader.verticalScrollBar().valueChanged.connect(lambda _value: self.position_timer.start())
        reader.scrolled_by_reader.connect(self._being_read)

    # the library
    def library_changed(self, change: LibraryChange) -> None:
        if change.opened:
            self.remember_position()  # the article of the library being left
            self.library, self.history, self._picked = change.library, History(), False  # its pages are not this one's
            self.moved.emit()
            return
        if self.history.current is None and change.library.articles:
            self._show_newest()  # a first visit: show something as soon as we can
        elif change.indexed and self._picked:
            self._show_newest()  # the newest of the whole library, now that all of it is known
            self._picked = False  # from now on the page stays until the reader moves
        elif change.indexed and self.history.current is None:
            self._show_empty_library()
        if self.shown and self.shown.article and self.shown.article.path in change.saved:
            library, path = self.library, self.shown.article.path  # an author saved it
            every, offline = self.every_mention, self.offline_parts
            self.jobs.submit(lambda: article_page_of(library, path, every, offline), self._show_saved, kind="page")

    def start(self, article: Path | None) -> None:
        """The first page of a library just opened: this article if it has it, else its newest."""
        if article is not None and (self.library.article(article) or article.is_file()):
            self.show_article(article)
        elif self.library.articles:
            self._show_newest()

    def _show_newest(self) -> None:
        newest = self.library.articles[0].path
        if self.history.current != Location("article", str(newest)):
            self.history = History()  # the app's pick is no page to go back to
            self.show_article(newest, picked=True)
        self._picked = True

    # going places
    def show_article(self, path: Path | str, *, record: bool = True, keep_scroll: bool = False,
                     picked: bool = False) -> None:
        if self.library is not None:
            path, library, every, offline = Path(path), self.library, self.every_mention, self.offline_parts
            self._go(Location("article", str(path)), record, lambda: article_page_of(library, path, every, offline),
                     keep_scroll, picked)

    def show_profile(self, profile_id: str, *, record: bool = True) -> None:
        if self.library is None or profile_id not in self.library.book:
            self.refused.emit(self.tr("No astronaut profile has the id %1").replace("%1", repr(profile_id)))
            return
        library = self.library
        self._go(Location("profile", profile_id), record, lambda: profile_page_of(library, profile_id))

    def show_more_mentions(self, profile_id: str, shown: int) -> None:
        """The profile on screen again, in the same place, with more of the articles that mention them."""
        if self.library is not None and profile_id in self.library.book:
            library = self.library
            self.jobs.submit(lambda: profile_page_of(library, profile_id, shown),
                             lambda page: self._show(page, keep_scroll=True), kind="page")

    def _go(self, location: Location, record: bool, make: Callable[[], Page], keep_scroll: bool = False,
            picked: bool = False) -> None:
        self._picked = False
        if record:
            self.history.visit(location)
        self.moved.emit()
        self.jobs.submit(make, lambda page: self._show(page, keep_scroll, picked), kind="page")

    def back(self) -> None:
        if self.history.can_go_back():
            self._show_location(self.history.back())

    def forward(self) -> None:
        if self.history.can_go_forward():
            self._show_location(self.history.forward())

    def restyle(self) -> None:
        """The page on screen in another theme, in the same place: its HTML stays as it is."""
        if self.shown is not None:
            self._show(self.shown, keep_scroll=True)

    def rerender(self) -> None:
        """The article on screen made again (its links chosen anew), in the same place."""
        if self.shown is not None and self.shown.article is not None:
            self.show_article(self.shown.article.path, record=False, keep_scroll=True)

    def _show_location(self, location: Location | None, keep_scroll: bool = False) -> None:
        if location is None:
            return
        if location.kind == "article":
            self.show_article(location.key, record=False, keep_scroll=keep_scroll)
        else:
            self.show_profile(location.key, record=False)

    def current_article(self) -> Path | None:
        current = self.history.current
        return Path(current.key) if current is not None and current.kind == "article" else None

    def wait(self) -> None:
        """Until the last page asked for is shown, events still served: for screenshots and tests."""
        self.jobs.wait()

    # showing
    def _show(self, page: Page, keep_scroll: bool = False, picked: bool = False) -> None:
        """`picked`: the app chose the page (the newest article), the reader did not; it is not read until scrolled."""
        self.remember_position()
        article = page.article
        folder = page.folder or (article.path.parent if article else None)
        self.reader.show_page(page.html, self._css(), folder, page.root, keep_scroll=keep_scroll, images=page.images)
        if self.shown is None or self.shown.location != page.location:
            self._marked, self._unread_pick = False, picked
        self.shown = page
        if article is not None and not keep_scroll:
            self.reader.scroll_to_fraction(self.reading.position(article.path))  # where the reader left it
            self.position_timer.start()  # opened and looked at: in progress, though it never scrolls
        self.page_shown.emit(page)

    def _show_saved(self, page: Page) -> None:
        self._show(page, keep_scroll=True)
        self.reloaded.emit(page)

    def _show_empty_library(self) -> None:
        root = escape(str(self.library.root))
        html = (self.tr("<h1>No articles here yet</h1><p>SpaceReader found no <code>.md</code> files in "
                        "<b>%1</b>.</p><p>Use <b>File › Open Library…</b> to pick another folder.</p>").replace("%1", root))
        self._show(Page(None, self.tr("No articles"), sanitize(html)))

    def remember_position(self) -> None:
        """Where the reader is in the article on screen, for the next time it is opened. The article on screen, not
        the history's current one: going back moves the history before the page it leaves is gone."""
        self.position_timer.stop()
        if self.shown is None or self.shown.article is None:
            return
        path = self.shown.article.path
        if self._marked or self._unread_pick:
            self.reading.set_position(path, self.reader.scroll_fraction())
        else:
            progress = self.reading.record_reading(path, self.reader.scroll_fraction(), self.reader.seen_fraction())
            self.progress_changed.emit(path, progress)

    def _being_read(self) -> None:
        self._unread_pick = False

    def mark(self, progress) -> None:
        """The article on screen marked finished or unread by hand: so it stays while it is on screen."""
        if self.shown is not None and self.shown.article is not None:
            self._marked = True
            self.reading.set_progress(self.shown.article.path, progress)
            self.progress_changed.emit(self.shown.article.path, progress)

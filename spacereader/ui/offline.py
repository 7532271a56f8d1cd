"""Saving full articles for offline reading, from the window: one article or the whole library, on a worker thread
(the window never waits), with progress and a cancel in the status bar; and which articles the reader shows as
their saved copy. The network is used here only, and only when the reader asks."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from spacereader.core.articles import Article
from spacereader.core.fetch import DEFAULT_LIMITS
from spacereader.core.index import SearchIndex
from spacereader.core.library import Library
from spacereader.core.offline import SaveOutcome, save_all, save_full_article
from spacereader.core.saved import SavedCopies
from spacereader.core.saved_page import OfflinePart, offline_part
from spacereader.ui.work import Jobs


class OfflineCopies(QObject):
    saved = Signal(object)  # a SaveOutcome, each time a save ends
    progress = Signal(int, int)  # done, total: while the library is saved
    all_done = Signal(int, int, bool)  # saved, failed, cancelled: the library's save is over
    deleted = Signal(str)  # the address whose copy was deleted
    _outcome = Signal(object, int, int)  # from the worker

    def __init__(self, parent=None):
        super().__init__(parent)
        self.store = SavedCopies()
        self.showing_copy: set[Path] = set()  # the articles the reader shows as their saved copy
        self.jobs = Jobs("spacereader-offline", self)
        self._stop = threading.Event()
        self.saving_all = False
        self.limits = DEFAULT_LIMITS
        self._outcome.connect(self._heard)

    def part_for(self, article: Article) -> OfflinePart | None:
        """For the pages' worker: what an article's page shows of its saved copy."""
        return offline_part(article, self.store, article.path in self.showing_copy)

    def show_copy(self, path: Path, shown: bool) -> None:
        (self.showing_copy.add if shown else self.showing_copy.discard)(path)

    def save(self, article: Article, library: Library, images: bool = False) -> None:
        store, limits = self.store, self.limits

        def work() -> SaveOutcome:
            outcome = save_full_article(article, store, images=images, limits=limits)
            _index(library, [article.full_article])
            return outcome

        self.jobs.submit(work, self.saved.emit)

    def save_all(self, library: Library, images: bool = False) -> None:
        """Every article with a full article, in turn, until done or cancelled. The library's articles hold their
        front matter only: enough, since only the link is needed."""
        if self.saving_all:
            return
        articles, store, stop, report, limits = list(library.articles), self.store, self._stop, self._outcome.emit, self.limits
        stop.clear()
        self.saving_all = True

        def work() -> tuple[int, int, bool]:
            outcomes = save_all(articles, store, images=images, on_outcome=report, stop=stop.is_set, limits=limits)
            _index(library, [o.article.full_article for o in outcomes])
            failed = sum(bool(o.failure) for o in outcomes)
            return len(outcomes) - failed, failed, stop.is_set()

        self.jobs.submit(work, self._all_over)

    def cancel(self) -> None:
        self._stop.set()  # the save under way ends; none starts after it

    def delete(self, url: str, library: Library | None) -> None:
        self.store.delete(url)
        if library is not None:
            self.jobs.submit(lambda: _index(library, [url]), lambda _: None)
        self.deleted.emit(url)

    def wait(self) -> None:
        """Until every save asked for is over, events still served: for tests."""
        self.jobs.wait()

    def close(self) -> None:
        """The window closing: a save under way is not waited for (a fetch may take 30 s); none starts after it."""
        self.cancel()
        self.jobs.close(wait=False)

    def _heard(self, outcome: SaveOutcome, done: int, total: int) -> None:
        self.saved.emit(outcome)
        self.progress.emit(done, total)

    def _all_over(self, result: tuple[int, int, bool]) -> None:
        self.saving_all = False
        self.all_done.emit(*result)


def _index(library: Library, urls: list[str]) -> None:
    """The search index learns of the copies saved or deleted. A busy index is no harm: it is a cache, and takes the
    copies the next time it reads these articles."""
    try:
        index = SearchIndex(library)
        try:
            index.refresh_saved(urls)
        finally:
            index.close()
    except (sqlite3.DatabaseError, OSError):
        pass


class SaveProgress(QWidget):
    """In the status bar while the library is saved: how far, and a Cancel button."""

    def __init__(self, cancel: Callable[[], None], parent=None):
        super().__init__(parent)
        self.bar = QProgressBar(maximumWidth=160, textVisible=False)
        self.bar.setAccessibleName(self.tr("Saving full articles"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel saving full articles"))
        self.cancel_button.clicked.connect(cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def started(self) -> None:
        self.bar.setRange(0, 0)  # busy until the first article is done
        self.show()

    def advanced(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

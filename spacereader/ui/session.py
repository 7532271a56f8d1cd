"""The open library: opening it, taking in the indexer's batches, and watching its folder (one watcher, the
IndexKeeper's). Whatever happens to the library is announced once, as a `LibraryChange`; each view decides what
to refresh."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from spacereader.core.index import IndexUpdate, SearchIndex
from spacereader.core.library import Library, LibraryChange, empty_library
from spacereader.logs import log_library
from spacereader.ui.indexer import Indexer, IndexKeeper

ARRIVAL_DELAY_MS = 300  # newly indexed articles join the views at most this often


class LibrarySession(QObject):
    changed = Signal(object)  # a LibraryChange
    progress = Signal(int, int)  # files read, files to read, while indexing
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.library: Library | None = None
        self.keeper = IndexKeeper(self)
        self._arrived: list[IndexUpdate] = []  # batches from the indexer, not yet announced
        self.arrival_timer = QTimer(self, singleShot=True, interval=ARRIVAL_DELAY_MS)
        self._logged = False  # the library's problems go to the log once, when it is first indexed
        self.keeper.batch_indexed.connect(self._take_batch)
        self.arrival_timer.timeout.connect(self._take_arrivals)
        self.keeper.finished.connect(self._indexed)
        self.keeper.failed.connect(self.failed)
        self.keeper.saved.connect(self._saved)

    def open(self, root: Path) -> Library:
        """The library as last indexed, at once; then brought up to date on the indexer's thread."""
        self.keeper.stop()
        self.arrival_timer.stop()
        self._arrived = []  # the library being left's
        gc.unfreeze()  # the library being left may go
        self.library = library = empty_library(root)
        index = SearchIndex(library)
        try:
            library.apply(index.cached())
        finally:
            index.close()
        gc.freeze()  # see _indexed
        self._logged = False
        self.changed.emit(LibraryChange(library, opened=True))
        self.keeper.follow(library)
        return library

    def follow_file(self, path: Path | None) -> None:
        """The article on screen: its saves are announced, wherever it is."""
        self.keeper.follow_file(path)

    def reindex(self) -> None:
        self.keeper.start()

    @property
    def indexer(self) -> Indexer | None:
        return self.keeper.indexer

    def wait_for_indexing(self) -> None:
        """Until the library is indexed and every batch announced, events still served: for screenshots and tests."""
        self.keeper.wait()

    def close(self) -> None:
        self.keeper.follow_file(None)
        self.keeper.close()
        self.arrival_timer.stop()

    def _take_batch(self, update: IndexUpdate, done: int, total: int) -> None:
        if update.articles or update.removed:
            self._arrived.append(update)
            if not self.arrival_timer.isActive():
                self.arrival_timer.start()
        if done < total:
            self.progress.emit(done, total)

    def _take_arrivals(self) -> None:
        """The batches that came since the last time, taken in at once: listing 100,000 articles again for each
        batch of 250 would cost more than reading them."""
        self.arrival_timer.stop()
        if self._arrived:
            change = self.library.apply(IndexUpdate.merged(self._arrived))
            self._arrived = []
            self.changed.emit(change)

    def _indexed(self) -> None:
        # The library's objects live as long as it is open: out of the collector's sight, they no longer make each
        # full collection walk 100,000 articles (tens of ms, in the middle of a search).
        self._take_arrivals()
        gc.freeze()
        if not self._logged:
            log_library(self.library)  # one line for the library, one for each file it could not use
            self._logged = True
        self.changed.emit(LibraryChange(self.library, indexed=True))

    def _saved(self, paths: frozenset[Path]) -> None:
        if self.library is not None:
            self.changed.emit(LibraryChange(self.library, saved=paths))

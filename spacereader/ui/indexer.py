"""Keeping a library's search index in step with its folder, on a worker thread, so the window never waits."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEventLoop, QFileSystemWatcher, QObject, QThread, QTimer, Signal

from spacereader.core.index import IndexUpdate, SearchIndex
from spacereader.core.library import Library, folders, scan

log = logging.getLogger(__name__)
SETTLE_MS = 150  # editors and file managers change a folder in several steps: index once they are done
# Up to this many articles each file is watched too, so that a file rewritten in place (which changes no folder)
# is read again at once. Beyond it the operating system's watch limits come into sight.
FILE_WATCH_LIMIT = 5_000


class Indexer(QThread):
    """One pass over the library: reads what is new or changed, in batches the window takes in as they come."""

    batch_indexed = Signal(object, int, int)  # IndexUpdate, files read so far, files to read
    watch_list = Signal(list)  # every folder of the library, and its files if not too many: what to watch
    failed = Signal(str)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library

    def run(self) -> None:
        try:
            index = SearchIndex(self.library)  # its own connection: SQLite connections stay in their thread
            try:
                index.update(self.batch_indexed.emit, stop=self.isInterruptionRequested)
            finally:
                index.close()
            self.batch_indexed.emit(IndexUpdate(), 1, 1)  # the end: files gone were sent as soon as known
            # A second walk, for the files, only where they will be watched: a big library is walked once.
            files = scan(self.library.root) if len(self.library.articles) <= FILE_WATCH_LIMIT else []
            self.watch_list.emit(folders(self.library.root) + (files if len(files) <= FILE_WATCH_LIMIT else []))
        except Exception as exc:  # the index is a cache: the window keeps what it has and says why
            log.exception("indexing %s failed", self.library.root)
            self.failed.emit(self.tr("Could not update the search index: %1").replace("%1", str(exc)))


class IndexKeeper(QObject):
    """Runs one Indexer at a time for the library it follows, and another pass whenever one of its folders or
    files changes (added, rewritten, renamed or removed), however busy it was at the time."""

    batch_indexed = Signal(object, int, int)  # as Indexer's, from the current library only
    finished = Signal()  # the library is up to date
    failed = Signal(str)
    saved = Signal(object)  # frozenset of the watched files that changed on disk, once their writers are done

    def __init__(self, parent=None):
        super().__init__(parent)
        self.library: Library | None = None
        self.indexer: Indexer | None = None
        self.followed: Path | None = None  # the article on screen: watched wherever it is, however big the library
        self._saved: set[Path] = set()  # files changed since the settle timer started
        self._again = False  # a folder changed while the indexer was busy
        self._busy = False  # from start() until finished is sent, the batches all taken in
        self._listed: set[Path] = set()  # what the last indexer said to watch
        self.watcher = QFileSystemWatcher(self)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.watcher.directoryChanged.connect(lambda _path: self.settle.start())
        self.watcher.fileChanged.connect(self._file_changed)
        self.settle.timeout.connect(self._settled)

    def follow(self, library: Library) -> None:
        self.close()
        self.library = library
        self.start()

    def close(self) -> None:
        """Stop watching and indexing: for another library, or for good."""
        self.settle.stop()
        if watched := self._watched():
            self.watcher.removePaths(sorted(watched))
        self.stop()
        self._busy = self._again = False
        self._saved = set()

    def follow_file(self, path: Path | None) -> None:
        """Watch this file too, the one on screen, with the library's watcher: one save, one indexing pass."""
        old, self.followed = self.followed, path
        if old is not None and str(old) in self.watcher.files() and old not in self._listed:
            self.watcher.removePath(str(old))
        self._watch_followed()

    def _watch_followed(self) -> None:
        if self.followed is not None and str(self.followed) not in self.watcher.files() and self.followed.exists():
            self.watcher.addPath(str(self.followed))

    def _file_changed(self, path: str) -> None:
        self._saved.add(Path(path))
        self.settle.start()

    def _settled(self) -> None:
        saved, self._saved = frozenset(self._saved), set()
        self._watch_followed()  # an editor that saves by renaming ends the old watch
        if self.library is not None and (not saved or any(p.is_relative_to(self.library.root) for p in saved)):
            self.start()
        if saved:
            self.saved.emit(saved)

    def start(self) -> None:
        if self.is_running():
            self._again = True
            return
        self._again, self._busy = False, True
        if self.indexer is not None:
            self.indexer.deleteLater()  # finished: it would keep its library alive for as long as the window
        self.indexer = Indexer(self.library, self)
        self.indexer.batch_indexed.connect(self._batch)
        self.indexer.watch_list.connect(self._watch)
        self.indexer.failed.connect(self.failed)
        self.indexer.finished.connect(self._done)
        self.indexer.start()

    def is_running(self) -> bool:
        return self.indexer is not None and self.indexer.isRunning()

    def stop(self) -> None:
        if self.indexer is not None:
            self.indexer.requestInterruption()
            self.indexer.wait()

    def wait(self) -> None:
        """Until the library is indexed and the window has taken every batch, events still served: for
        screenshots and tests."""
        if self._busy:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            loop.exec()
            self.finished.disconnect(loop.quit)

    def _batch(self, update: IndexUpdate, done: int, total: int) -> None:
        if self.sender() is self.indexer:  # not from the indexer of a library left since
            self.batch_indexed.emit(update, done, total)

    def _done(self) -> None:
        if self.sender() is not self.indexer:
            return
        if self._again:
            self.start()
        else:
            self._busy = False
            self.finished.emit()

    def _watch(self, found: list[Path]) -> None:
        if self.sender() is not self.indexer:
            return
        self._listed = set(found)
        wanted, watched = {str(f) for f in found}, self._watched()
        if self.followed is not None and self.followed.exists():
            wanted.add(str(self.followed))
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def _watched(self) -> set[str]:
        return set(self.watcher.directories()) | set(self.watcher.files())

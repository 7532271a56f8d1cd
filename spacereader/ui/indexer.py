"""Bringing a library's search index up to date on a worker thread, so the window never waits for the disk."""

from __future__ import annotations

import logging

from PySide6.QtCore import QThread, Signal

from spacereader.core.index import IndexUpdate, SearchIndex
from spacereader.core.library import Library, folders

log = logging.getLogger(__name__)


class Indexer(QThread):
    """One pass over the library: reads what is new or changed, in batches the window takes in as they come."""

    batch_indexed = Signal(object, int, int)  # IndexUpdate, files read so far, files to read
    folders_found = Signal(list)  # every folder of the library, to watch
    failed = Signal(str)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library

    def run(self) -> None:
        try:
            index = SearchIndex(self.library)  # its own connection: SQLite connections stay in their thread
            try:
                done = index.update(self.batch_indexed.emit, stop=self.isInterruptionRequested)
            finally:
                index.close()
            self.batch_indexed.emit(IndexUpdate(removed=done.removed), 1, 1)
            self.folders_found.emit(folders(self.library.root))
        except Exception as exc:  # the index is a cache: the window keeps what it has and says why
            log.exception("indexing %s failed", self.library.root)
            self.failed.emit(f"Could not update the search index: {exc}")

"""Reading files for the search index: in this process, or in worker processes that use every core.

Workers are started with `spawn`, never forked (the app's process holds Qt's threads), import no Qt, and are
stopped when the reading ends or is stopped. A file that makes its worker die or hang is reported, not retried."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as TooLong  # not the built-in one before Python 3.11
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from spacereader.core.articles import NO_BODY, Article, load_article
from spacereader.core.filenames import shown
from spacereader.core.indexfresh import Stamp
from spacereader.core.indexkeys import path_of
from spacereader.core.library import Library, empty_library
from spacereader.core.problems import problem
from spacereader.core.vocabulary import index_words

CHUNK_SECONDS = 120  # a chunk takes about a second: one taking this long holds a file its reader hangs on
log = logging.getLogger(__name__)


@dataclass
class Read:
    """A file read and parsed, waiting to be written to the index."""
    article: Article  # its metadata: no body
    mentions: tuple[str, ...]
    stamp: Stamp
    text: str  # what search reads
    words: frozenset[str] = frozenset()  # the words of its text and short columns, as the index stores them


def read_files(library: Library, keys: list[str], stamps: dict[str, Stamp], with_words: bool = False) -> list[Read]:
    """The files read; `with_words`, each with its words for the vocabulary (1.7 ms a file: worker processes,
    which read many, leave the words to a recount from the index)."""
    read = []
    for key in keys:
        try:
            read.append(_read_file(library, key, stamps[key], with_words))
        except Exception as exc:  # a bug of ours on one file: that file says so, the library goes on
            log.exception("indexing %s", key)
            read.append(_unread(key, stamps[key], "file-read-failed", reason=f"{type(exc).__name__}: {exc}"))
    return read


def _read_file(library: Library, key: str, stamp: Stamp, with_words: bool) -> Read:
    path = path_of(key)
    article = library.examine(load_article(path, library.root))
    mentions = library.find_mentions(article)
    text = article.document.plain_text
    article.document = NO_BODY  # the library keeps metadata; the reader loads the file it shows
    if not with_words:
        return Read(article, mentions, stamp, text)
    words = index_words((article.title, article.summary, text, " ".join(article.tags), article.author))
    return Read(article, mentions, stamp, text, frozenset(words))


_worker_library: Library | None = None  # in a worker process: the library it reads for, made once


def _start_worker(root: Path) -> None:
    global _worker_library
    _worker_library = empty_library(root)


def _read_in_worker(keys: list[str], stamps: dict[str, Stamp]) -> list[Read]:
    return read_files(_worker_library, keys, stamps)


Reader = Callable[[list[str], dict[str, Stamp]], list[Read]]  # what a worker runs: module-level, so spawn finds it


class ReadingPool:
    """Chunks of files read by worker processes, handed back in order, a few chunks ahead of the writer."""

    def __init__(self, root: Path, workers: int, reader: Reader = _read_in_worker):
        self.root, self.workers, self.reader = root, workers, reader
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(self.root,))

    def __enter__(self) -> ReadingPool:
        return self

    def __exit__(self, *_exc) -> None:
        self._stop_workers()

    def _stop_workers(self) -> None:
        for process in list((getattr(self._pool, "_processes", None) or {}).values()):
            process.terminate()  # one may hang on a file: shutting down would wait for it forever
        self._pool.shutdown(wait=True, cancel_futures=True)

    def read(self, chunks: Iterable[list[str]], stamps: dict[str, Stamp]) -> Iterator[list[Read]]:
        waiting, ahead = iter(chunks), deque()
        for chunk in waiting:
            ahead.append((chunk, self._submit(chunk, stamps)))
            if len(ahead) > 2 * self.workers:  # no further ahead: the results hold every file's text
                yield self._result(*ahead.popleft(), stamps, ahead)
        while ahead:
            yield self._result(*ahead.popleft(), stamps, ahead)

    def _submit(self, chunk: list[str], stamps: dict[str, Stamp]) -> Future:
        return self._pool.submit(self.reader, chunk, {key: stamps[key] for key in chunk})

    def _result(self, chunk: list[str], future: Future, stamps: dict[str, Stamp], ahead: deque) -> list[Read]:
        try:
            return future.result(timeout=CHUNK_SECONDS)
        except (BrokenProcessPool, TooLong):  # a worker died or hangs: find the file, then read the rest again
            read = self._isolate(chunk, stamps)
            later = [waiting for waiting, _ in ahead]
            ahead.clear()
            ahead.extend((waiting, self._submit(waiting, stamps)) for waiting in later)
            return read

    def _isolate(self, chunk: list[str], stamps: dict[str, Stamp]) -> list[Read]:
        """Read a chunk again in a fresh pool, halving it until the file that stops its reader stands alone."""
        self._restart()
        try:
            return self._submit(chunk, stamps).result(timeout=CHUNK_SECONDS)
        except (BrokenProcessPool, TooLong):
            if len(chunk) == 1:
                self._restart()
                return [_unread(chunk[0], stamps[chunk[0]], "file-crashed-reader")]
            middle = len(chunk) // 2
            return self._isolate(chunk[:middle], stamps) + self._isolate(chunk[middle:], stamps)

    def _restart(self) -> None:
        self._stop_workers()
        self._pool = self._new_pool()


def _unread(key: str, stamp: Stamp, rule: str, **args: object) -> Read:
    path = path_of(key)
    return Read(Article(path, shown(path.stem), problems=[problem(path, 0, rule, **args)]), (), stamp, "")


def worker_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1

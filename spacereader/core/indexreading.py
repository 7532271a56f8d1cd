"""Reading files for the search index: in this process, or in worker processes that use every core.

Workers are started with `spawn`, never forked (the app's process holds Qt's threads), import no Qt, and are
shut down when the reading ends or is stopped. A file that makes its worker die is reported, not retried."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from spacereader.core.articles import Article
from spacereader.core.indexrows import path_of
from spacereader.core.library import Library, empty_library
from spacereader.core.problems import error, shown

Stamp = tuple[int, int]  # size, mtime in ns: what tells that a file changed
CRASHED = "reading this file stopped the process that read it; it is left out until it changes"


@dataclass
class Read:
    """A file read and parsed, waiting to be written to the index."""
    article: Article  # its metadata: no body
    mentions: tuple[str, ...]
    stamp: Stamp
    text: str  # what search reads


def read_files(library: Library, keys: list[str], stamps: dict[str, Stamp]) -> list[Read]:
    from spacereader.core.articles import load_article
    from spacereader.core.document import read_document

    read = []
    for key in keys:
        path = path_of(key)
        article = library.examine(load_article(path, library.root))
        mentions = library.find_mentions(article)
        text = article.document.plain_text
        article.document = read_document("")  # the library keeps metadata; the reader loads the file it shows
        read.append(Read(article, mentions, stamps[key], text))
    return read


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
            return future.result()
        except BrokenProcessPool:  # a worker died: find the file that killed it, then read the rest again
            read = self._one_by_one(chunk, stamps)
            later = [waiting for waiting, _ in ahead]
            ahead.clear()
            ahead.extend((waiting, self._submit(waiting, stamps)) for waiting in later)
            return read

    def _one_by_one(self, chunk: list[str], stamps: dict[str, Stamp]) -> list[Read]:
        read = []
        for key in chunk:
            self._restart()  # each file in a pool of its own making: the one that dies takes only itself
            try:
                read += self._submit([key], stamps).result()
            except BrokenProcessPool:
                read.append(_crashed(key, stamps[key]))
        self._restart()
        return read

    def _restart(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._new_pool()


def _crashed(key: str, stamp: Stamp) -> Read:
    path = path_of(key)
    return Read(Article(path, shown(path.stem), problems=[error(path, 0, CRASHED)]), (), stamp, "")


def worker_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1

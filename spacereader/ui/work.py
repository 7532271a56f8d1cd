"""Work that can take long, run off the GUI thread: one worker thread per `Jobs`, results back by queued signal.

A job asked for under a `kind` supersedes the older ones of that kind: one not started yet is skipped, and one
that finishes after a newer one was asked for has its result dropped, so only the latest request is answered."""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Signal


class Jobs(QObject):
    _finished = Signal(object, object, object)  # (kind, ticket), on_done, result: from the worker, to the GUI thread
    idle = Signal()  # nothing asked for is left to run or to hand over

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._latest: dict[str, int] = {}
        self._tickets = 0
        self._pending = 0  # asked for, not yet handed over or dropped
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def submit(self, job: Callable[[], object], on_done: Callable[[object], None], kind: str = "") -> None:
        """Run `job()` on the worker; `on_done(result)` then runs on the GUI thread, unless a newer job of the same
        (non-empty) kind was asked for meanwhile. An error in a job goes to the error dialog; its on_done is not run."""
        self._tickets += 1
        if kind:
            self._latest[kind] = self._tickets
        self._pending += 1
        self._queue.put(((kind, self._tickets), job, on_done))

    def drop(self, kind: str) -> None:
        """The results of the jobs of this kind asked for so far are no longer wanted: a newer one is coming."""
        self._tickets += 1
        self._latest[kind] = self._tickets

    def is_latest(self, kind: str, ticket: int) -> bool:
        return not kind or self._latest.get(kind) == ticket

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def wait(self) -> None:
        """Until every job asked for has been handed over, events still served: for screenshots and tests."""
        if self.busy:
            loop = QEventLoop()
            self.idle.connect(loop.quit)
            loop.exec()
            self.idle.disconnect(loop.quit)

    def close(self, wait: bool = True) -> None:
        """No job after those asked for; `wait` for them (a while at most), or let the worker finish on its own."""
        self._queue.put(None)
        if wait:
            self._thread.join(timeout=10)

    def retire(self, garbage: object) -> None:
        """Let go of a big object on the worker: freeing a listing of 100,000 rows takes a thread tens of ms."""
        self._queue.put((("", 0), lambda: None, lambda _: None, garbage))
        self._pending += 1

    def _serve(self) -> None:
        while (item := self._queue.get()) is not None:
            key, job, on_done, *_garbage = item
            del item, _garbage  # what was retired goes here
            result = None
            if self.is_latest(*key):  # read across threads: at worst a stale job runs, and is dropped later
                try:
                    result = job()
                except Exception:  # a bug in a job: reported, and the worker goes on
                    sys.excepthook(*sys.exc_info())
                    on_done = None
            if not self.is_latest(*key):
                # Freed here, not on the GUI thread: freeing a listing of 100,000 rows stalled the window 80 ms.
                on_done = result = None
            try:
                self._finished.emit(key, on_done, result)
            except RuntimeError:  # the window is gone
                return
            del job, on_done, result  # not kept until the next job comes
    def _deliver(self, key: tuple[str, int], on_done, result) -> None:
        self._pending -= 1
        if on_done is not None and self.is_latest(*key):
            on_done(result)
        if not self._pending:
            self.idle.emit()



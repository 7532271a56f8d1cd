"""What the reader did with each article: favourites, where they stopped reading, and how far they got (unread, in
progress, finished). Kept here, never in the article files. A small SQLite database
under the state folder; each change is one transaction, so a crash or a kill keeps every change made before it."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from spacereader import paths
from spacereader.core.progress import UNREAD, Progress
from spacereader.core.sqlitefiles import is_damage, remove_journal

log = logging.getLogger(__name__)
BUSY_TIMEOUT_S = 5  # another SpaceReader saving: wait this long for it before going on without the file
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles(
    path TEXT PRIMARY KEY, favourite INTEGER NOT NULL DEFAULT 0, position REAL NOT NULL DEFAULT 0);
"""
# Added since the first version: a state from then gets them, and what it knew of places becomes progress.
_COLUMNS = {"seen": "REAL", "finished": "INTEGER NOT NULL DEFAULT 0"}


def reading_state_path() -> Path:
    return paths.state_dir() / "reading.sqlite"


class ReadingState:
    """`location` None keeps everything in memory: for screenshots, which must not touch the user's state."""

    def __init__(self, location: Path | None):
        self.location = location
        self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        if self.location is None:
            return self._connect(":memory:")
        try:
            self.location.parent.mkdir(parents=True, exist_ok=True)
            return self._connect(str(self.location))
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):  # not a database: keep it for the user to look at, start afresh
                return self._start_afresh()
            return self._in_memory(exc)  # busy in another SpaceReader, or a file SQLite cannot open: not damage
        except OSError as exc:  # a state folder we may not write: the app works, it just forgets on quit
            return self._in_memory(exc)

    def _start_afresh(self) -> sqlite3.Connection:
        try:
            self.location.replace(self.location.with_suffix(".sqlite.bak"))
            remove_journal(self.location)
            log.warning("reading state %s was damaged; kept as .bak, started a new one", self.location)
            return self._connect(str(self.location))
        except (OSError, sqlite3.DatabaseError) as exc:
            return self._in_memory(exc)

    def _in_memory(self, exc: Exception) -> sqlite3.Connection:
        log.warning("reading state cannot be kept in %s (%s); kept in memory", self.location, exc)
        return self._connect(":memory:")

    @staticmethod
    def _connect(where: str) -> sqlite3.Connection:
        db = sqlite3.connect(where, timeout=BUSY_TIMEOUT_S, isolation_level=None)  # autocommit: every change its own transaction
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")  # a change is on disk when the call returns, power cut included
            db.executescript(_SCHEMA)
            ReadingState._add_columns(db)
            db.execute("SELECT count(*) FROM articles").fetchone()  # reads a page: damage shows here, not later
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    @staticmethod
    def _add_columns(db: sqlite3.Connection) -> None:
        have = {row[1] for row in db.execute("PRAGMA table_info(articles)")}
        if missing := [name for name in _COLUMNS if name not in have]:
            with db:  # one transaction: a state is migrated whole or not at all
                db.execute("BEGIN")
                for name in missing:
                    db.execute(f"ALTER TABLE articles ADD COLUMN {name} {_COLUMNS[name]}")
                if "seen" in missing:
                    db.execute("UPDATE articles SET seen = position WHERE position > 0")

    def close(self) -> None:
        self.db.close()

    def favourites(self) -> set[Path]:
        return {Path(p) for (p,) in self._read("SELECT path FROM articles WHERE favourite", ())}

    def is_favourite(self, path: Path) -> bool:
        return bool(self._read("SELECT 1 FROM articles WHERE path = ? AND favourite", (str(path),)))

    def set_favourite(self, path: Path, favourite: bool) -> None:
        self._write("INSERT INTO articles(path, favourite) VALUES (?, ?)"
                    " ON CONFLICT(path) DO UPDATE SET favourite = excluded.favourite", (str(path), int(favourite)))

    def position(self, path: Path) -> float:
        """How far down the article the reader was, from 0 (top) to 1 (end)."""
        rows = self._read("SELECT position FROM articles WHERE path = ?", (str(path),))
        return min(1.0, max(0.0, rows[0][0])) if rows else 0.0

    def set_position(self, path: Path, fraction: float) -> None:
        self._write("INSERT INTO articles(path, position) VALUES (?, ?)"
                    " ON CONFLICT(path) DO UPDATE SET position = excluded.position", (str(path), fraction))

    def progress(self, path: Path) -> Progress:
        rows = self._read("SELECT seen, finished FROM articles WHERE path = ?", (str(path),))
        return _progress(*rows[0]) if rows else UNREAD

    def progresses(self) -> dict[Path, Progress]:
        """Every article opened or marked: one not in it is unread."""
        rows = self._read("SELECT path, seen, finished FROM articles WHERE seen IS NOT NULL OR finished", ())
        return {Path(path): _progress(seen, finished) for path, seen, finished in rows}

    def record_reading(self, path: Path, position: float, seen: float) -> Progress:
        """The reader is at `position` and has seen the article down to `seen` (fractions): where it reopens, and
        how far they got."""
        progress = self.progress(path).after_reading(seen)
        self._write("INSERT INTO articles(path, position, seen, finished) VALUES (?, ?, ?, ?) ON CONFLICT(path) DO"
                    " UPDATE SET position = excluded.position, seen = excluded.seen, finished = excluded.finished",
                    (str(path), position, progress.seen, int(progress.finished)))
        return progress

    def set_progress(self, path: Path, progress: Progress) -> None:
        """Marked by hand: finished, or unread again (from the top)."""
        self._write("INSERT INTO articles(path, seen, finished) VALUES (?, ?, ?) ON CONFLICT(path) DO UPDATE SET"
                    " seen = excluded.seen, finished = excluded.finished, position = CASE WHEN excluded.seen IS NULL"
                    " THEN 0 ELSE position END", (str(path), progress.seen, int(progress.finished)))

    def _read(self, sql: str, arguments: tuple) -> list[tuple]:
        try:
            return self.db.execute(sql, arguments).fetchall()
        except sqlite3.DatabaseError as exc:  # damaged or locked since opening: reading goes on without it
            log.warning("reading state: %s", exc)
            return []

    def _write(self, sql: str, arguments: tuple) -> None:
        try:
            self.db.execute(sql, arguments)
        except sqlite3.DatabaseError as exc:
            log.warning("reading state not saved: %s", exc)


def _progress(seen: float | None, finished: int) -> Progress:
    return Progress(None if seen is None else min(1.0, max(0.0, seen)), bool(finished))

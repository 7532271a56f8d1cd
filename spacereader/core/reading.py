"""What the reader did with each article: favourites, and where they stopped reading. A small SQLite database
under the state folder; each change is one transaction, so a crash or a kill keeps every change made before it."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from spacereader import paths

log = logging.getLogger(__name__)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles(
    path TEXT PRIMARY KEY, favourite INTEGER NOT NULL DEFAULT 0, position REAL NOT NULL DEFAULT 0);
"""


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
        except sqlite3.DatabaseError:  # not a database: keep it for the user to look at, start afresh
            self.location.replace(self.location.with_suffix(".sqlite.bak"))
            for suffix in ("-wal", "-shm"):
                Path(f"{self.location}{suffix}").unlink(missing_ok=True)
            log.warning("reading state %s was damaged; kept as .bak, started a new one", self.location)
            return self._connect(str(self.location))
        except OSError as exc:  # a state folder we may not write: the app works, it just forgets on quit
            log.warning("reading state cannot be kept in %s (%s); kept in memory", self.location, exc)
            return self._connect(":memory:")

    @staticmethod
    def _connect(where: str) -> sqlite3.Connection:
        db = sqlite3.connect(where, timeout=5, isolation_level=None)  # autocommit: every change its own transaction
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")  # a change is on disk when the call returns, power cut included
            db.executescript(_SCHEMA)
            db.execute("SELECT count(*) FROM articles").fetchone()  # reads a page: damage shows here, not later
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

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

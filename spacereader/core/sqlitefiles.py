"""What SpaceReader's two SQLite files (the search index, the reading state) share: telling a damaged file from
one that is only busy, full or out of reach, and removing a database with its journal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

_DAMAGE = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """The file is not a database or is corrupt; not merely busy, locked, full, read-only or impossible to open."""
    code = getattr(exc, "sqlite_errorcode", None)  # Python ≥ 3.11, and only on errors SQLite raised
    if code is None:
        return "not a database" in str(exc) or "malformed" in str(exc)
    return (code & 0xFF) in _DAMAGE  # extended codes keep the primary one in the low byte


def remove_journal(location: Path) -> None:
    """The write-ahead log and its index beside a database: stale once the database is gone or replaced."""
    for suffix in ("-wal", "-shm"):
        Path(f"{location}{suffix}").unlink(missing_ok=True)

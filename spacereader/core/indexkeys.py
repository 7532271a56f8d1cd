"""How the index stores what SQLite's text cannot hold as it is: file names, lists of words, and how a row that
does not read back is told apart (a damaged file). No article module here: the commands read rows with it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

WORD_SEPARATOR = "\x1f"  # between tags, ids: cheaper to read back than JSON, at 100,000 rows
_BYTES_KEY = "bytes:"  # starts the key of a file name that is not valid UTF-8 (no absolute path starts so)


def decoded(rows: Iterable[tuple], decode: Callable[[tuple], object]) -> list:
    """Rows turned into values; a row that does not decode is a damaged file, as SQLite's own errors are."""
    try:
        return [decode(row) for row in rows]
    except (TypeError, ValueError) as exc:
        raise sqlite3.DatabaseError(f"malformed index row: {exc}") from exc


def path_key(path: Path | str) -> str:
    """A path as SQLite can store it: the text, or for a name that is not valid UTF-8 (which SQLite's text cannot
    hold) its bytes in hex."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _BYTES_KEY + os.fsencode(path).hex()
    return text


def path_of(stored: str) -> Path:
    """The path `path_key` stored."""
    return Path(path_text(stored))


def path_text(stored: str) -> str:
    """The path `path_key` stored, as `str(path)` would write it: no Path made, for listings of every file."""
    if stored.startswith(_BYTES_KEY):
        return os.fsdecode(bytes.fromhex(stored.removeprefix(_BYTES_KEY)))
    return stored


def joined(words: Iterable[str]) -> str:
    return WORD_SEPARATOR.join(words)


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split(WORD_SEPARATOR)) if text else ()

"""The search index's database: where it lives, its tables, opening it, and throwing a damaged one away.

It is a cache, never the truth: an index that is missing, from another schema or profile set, or corrupt is
thrown away and rebuilt. Whether the profiles changed is told by their files' bytes first (no YAML read); only
when those changed are the profiles' names compared, which needs the profiles read."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from spacereader import paths
from spacereader.core.indexfresh import Stamp, profile_files_key
from spacereader.core.indexkeys import path_of
from spacereader.core.sqlitefiles import is_damage, remove_journal

SCHEMA_VERSION = 7  # 3: `fields`; 4: problem rule ids; 5: saved full articles; 6: wiki links; 7: `words`, ids by date
ARTICLE_COLUMNS = "path, title, author, date, lang, tags, summary, full_article, astronauts, mentions, problems, links_to"
COLUMNS = ("title", "summary", "body", "tags", "author", "names", "saved")  # saved: the text of its saved full article
FIELDS = ("title", "summary", "tags", "author", "names")  # the short columns, again in a table of their own
_SCHEMA = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    title TEXT NOT NULL, author TEXT NOT NULL, date TEXT NOT NULL, lang TEXT NOT NULL, tags TEXT NOT NULL,
    summary TEXT NOT NULL, full_article TEXT NOT NULL, astronauts TEXT NOT NULL, mentions TEXT NOT NULL,
    problems TEXT NOT NULL, links_to TEXT NOT NULL);
-- what the freshness check reads of every row, without the rows' long columns
CREATE INDEX articles_stamps ON articles(path, size, mtime_ns);
CREATE VIRTUAL TABLE search USING fts5({", ".join(COLUMNS)}, tokenize='unicode61 remove_diacritics 2');
CREATE TABLE words(word TEXT PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID;  -- see vocabulary
CREATE VIRTUAL TABLE fields USING fts5({", ".join(FIELDS)}, tokenize='unicode61 remove_diacritics 2');
PRAGMA user_version = {SCHEMA_VERSION};
"""


def index_file(root: Path) -> Path:
    digest = hashlib.sha1(str(root).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return paths.cache_dir() / "index" / f"{root.name or 'root'}-{digest}.sqlite"


class IndexStore:
    """One connection to a library's index. A subclass says what the profiles' names are now (`_names_key`):
    asked only when the profile files changed since the index last looked."""

    def __init__(self, root: Path, location: Path | None = None):
        self.root = root
        self.location = location or index_file(root)
        self._files_key = profile_files_key(root)
        self.resets = 0  # how often a damaged database was thrown away since opening
        self.db = self._open()

    def close(self) -> None:
        self.db.close()

    def _open(self) -> sqlite3.Connection:
        try:
            self.location.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a cache folder we cannot make: a temporary one serves, searching still works
            _warn("cache folder %s unusable (%s); the index goes to the temporary folder", self.location.parent, exc)
            self.location = Path(tempfile.gettempdir()) / "spacereader-index" / self.location.name
            self.location.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._connect()
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):  # busy, full, read-only: not ours to delete
                raise
            self._delete_files()  # corrupt or not a database at all: it is only a cache
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.location, timeout=10)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")  # a lost last batch is read again next time
            if not self._is_current(db):
                self._recreate(db)
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _is_current(self, db: sqlite3.Connection) -> bool:
        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return False
        meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('profiles', 'profile_files')").fetchall())
        if meta.get("profile_files") == self._files_key:
            return True
        if meta.get("profiles") != self._names_key():
            return False
        with db:  # the files changed but not the names (a follower count, a summary): nothing to read again
            db.execute("INSERT OR REPLACE INTO meta VALUES ('profile_files', ?)", (self._files_key,))
        return True

    def _names_key(self) -> str:
        raise NotImplementedError

    def _recreate(self, db: sqlite3.Connection) -> None:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        with db:
            for name in ("search", "fields", *tables):  # the FTS tables first: they own their shadow tables
                db.execute(f'DROP TABLE IF EXISTS "{name}"')
        db.executescript(_SCHEMA)
        with db:
            db.executemany("INSERT INTO meta VALUES (?, ?)", (("profiles", self._names_key()),
                           ("profile_files", self._files_key), ("words_written", "0")))

    def _delete_files(self) -> None:
        self.location.unlink(missing_ok=True)
        remove_journal(self.location)

    def _reset(self) -> None:
        """Throw a damaged database away and start an empty one: it is only a cache, the next update fills it."""
        self.db.close()
        self._delete_files()
        self.db = self._connect()
        self.resets += 1

    def _guarded(self, work: Callable[[], object], fallback: object) -> object:
        """Run a read; if the database turns out corrupt, start an empty one (the next update fills it). Any
        other error (busy past the timeout, disk full, out of reach) is not damage: the answer is empty this
        time, and the file is kept."""
        try:
            return work()
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                self._reset()
            else:
                _warn("search index %s: %s", self.location, exc)
            return fallback

    def rows(self) -> list[tuple]:
        """Every article's row of ARTICLE_COLUMNS, as stored: for a listing that makes no article of them."""
        return self._guarded(lambda: self.db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles").fetchall(), [])

    def _meta(self, key: str) -> str | None:
        found = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return found[0] if found else None

    def _set_meta(self, key: str, value: str) -> None:
        if self._meta(key) != value:
            with self.db:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _changes(self, on_disk: dict[str, Stamp], digest: str) -> tuple[list[str], list[Path]]:
        """The files new or changed since they were indexed (in the order of `on_disk`), and the indexed files
        that are gone: none when the stamps' digest is the one the last whole update kept. A row of the wrong
        types is a damaged file (told by SQLite: no conversion of each value in Python)."""
        wrong = "typeof(path) != 'text' OR typeof(size) != 'integer' OR typeof(mtime_ns) != 'integer'"
        if self.db.execute(f"SELECT EXISTS (SELECT 1 FROM articles WHERE {wrong})").fetchone()[0]:
            raise sqlite3.DatabaseError("malformed index row: a file's name or stamp of the wrong type")
        if self._meta("stamps") == digest:
            return [], []
        known = {path: (size, mtime) for path, size, mtime in self.db.execute("SELECT path, size, mtime_ns FROM articles")}
        return [key for key, stamp in on_disk.items() if known.get(key) != stamp], \
            [path_of(key) for key in known if key not in on_disk]


def _warn(message: str, *args: object) -> None:
    import logging  # only when something is wrong: logging and what it imports are a tenth of a warm command

    logging.getLogger(__name__).warning(message, *args)

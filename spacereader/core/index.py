"""The search index: one SQLite FTS5 database per library under the cache folder, kept in step with the files.

It is a cache, never the truth: a file is read again when its size or modification time changed, and an index
that is missing, from another schema or profile set, or corrupt is thrown away and rebuilt."""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import math
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from spacereader import paths
from spacereader.core.articles import Article
from spacereader.core.indexreading import Read, ReadingPool, Stamp, read_files, worker_count
from spacereader.core.indexrows import (
    ARTICLE_COLUMNS,
    article_from_row,
    decoded,
    path_key,
    path_of,
    row_from_article,
    words,
)
from spacereader.core.library import Library, empty_library, scan_names
from spacereader.core.searchtext import HIT_END, HIT_START, fts_query, fts_terms
from spacereader.core.sqlitefiles import is_damage, remove_journal

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4  # 3: problems stored as rule ids and arguments; 4: inline #tags, titles from file names, wiki links
BATCH_SIZE = 250  # files per transaction: progress often enough, commits rare enough
POOL_FROM = 500  # files to read before worker processes pay for their start (half a second)
SNIPPET_TOKENS = 14
_COLUMNS = ("title", "summary", "body", "tags", "author", "names")
# What a term found in these columns adds to its score, on top of being found at all: titles count most.
_COLUMN_BONUS = (("{title}", 10.0), ("{summary}", 5.0), ("{tags author names}", 3.0))
_SCHEMA = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    title TEXT NOT NULL, author TEXT NOT NULL, date TEXT NOT NULL, lang TEXT NOT NULL, tags TEXT NOT NULL,
    summary TEXT NOT NULL, full_article TEXT NOT NULL, astronauts TEXT NOT NULL, mentions TEXT NOT NULL,
    problems TEXT NOT NULL, links_to TEXT NOT NULL);
CREATE VIRTUAL TABLE search USING fts5({", ".join(_COLUMNS)}, tokenize='unicode61 remove_diacritics 2');
PRAGMA user_version = {SCHEMA_VERSION};
"""



@dataclass(frozen=True)
class Hit:
    path: Path
    title: str
    score: float  # higher is better
    snippet: str  # plain text, each match between HIT_START and HIT_END


@dataclass
class IndexUpdate:
    """What changed on disk since the index last looked: articles read again, and files that are gone."""
    articles: list[Article] = field(default_factory=list)
    mentions: dict[Path, tuple[str, ...]] = field(default_factory=dict)
    removed: list[Path] = field(default_factory=list)

    @staticmethod
    def merged(updates: list[IndexUpdate]) -> IndexUpdate:
        """Several updates as one, the later ones winning: a file read, then gone, is gone."""
        latest: dict[Path, Article | None] = {}
        mentions: dict[Path, tuple[str, ...]] = {}
        for update in updates:
            latest.update(dict.fromkeys(update.removed))
            latest.update((article.path, article) for article in update.articles)
            mentions.update(update.mentions)
        kept = [article for article in latest.values() if article is not None]
        return IndexUpdate(kept, {a.path: mentions[a.path] for a in kept if a.path in mentions},
                           [path for path, article in latest.items() if article is None])


def index_file(root: Path) -> Path:
    digest = hashlib.sha1(str(root).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return paths.cache_dir() / "index" / f"{root.name or 'root'}-{digest}.sqlite"


class SearchIndex:
    """One connection to a library's index. Use one per thread: the indexer writes, the window searches (WAL)."""

    def __init__(self, library: Library, location: Path | None = None):
        self.library = library
        self.location = location or index_file(library.root)
        self._profiles_key = _profiles_key(library)
        self.resets = 0  # how often a damaged database was thrown away since opening
        self._paths: dict[str, Path] = {}
        self._order: list[int] = []  # every article's row id, newest first: the order of equal scores
        self._by_row: dict[int, Path] = {}
        self._order_version: int | None = None  # PRAGMA data_version when _order was read
        self.db = self._open()

    def close(self) -> None:
        self.db.close()

    # opening
    def _open(self) -> sqlite3.Connection:
        try:
            self.location.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a cache folder we cannot make: a temporary one serves, searching still works
            log.warning("cache folder %s unusable (%s); the index goes to the temporary folder", self.location.parent, exc)
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
        row = db.execute("SELECT value FROM meta WHERE key = 'profiles'").fetchone()
        return row is not None and row[0] == self._profiles_key

    def _recreate(self, db: sqlite3.Connection) -> None:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        with db:
            for name in ("search", *tables):  # the FTS table first: it owns its shadow tables
                db.execute(f'DROP TABLE IF EXISTS "{name}"')
        db.executescript(_SCHEMA)
        with db:
            db.execute("INSERT INTO meta VALUES ('profiles', ?)", (self._profiles_key,))

    def _delete_files(self) -> None:
        self.location.unlink(missing_ok=True)
        remove_journal(self.location)

    def _reset(self) -> None:
        """Throw a damaged database away and start an empty one: it is only a cache, the next update fills it."""
        self._order_version = None
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
                log.warning("search index %s: %s", self.location, exc)
            return fallback

    # reading what is cached
    def cached(self) -> IndexUpdate:
        """Every article as last indexed (metadata only, no body): enough to show the library at once."""
        with collector_paused():
            return self._guarded(self._cached, IndexUpdate())

    def _cached(self) -> IndexUpdate:
        rows = self.db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles")
        found = IndexUpdate()
        for article, mentions in decoded(rows, lambda row: (article_from_row(row), words(row[9]))):
            found.articles.append(article)
            found.mentions[article.path] = mentions
        return found

    def accepting(self, accepts: Callable[[Article, tuple[str, ...]], bool]) -> Callable[[Path], bool]:
        """A filter of paths by what the index holds of each article, for a search by a caller that keeps no
        articles of its own (the command line)."""
        cached = self.cached()
        kept = {a.path for a in cached.articles if accepts(a, cached.mentions.get(a.path, ()))}
        return kept.__contains__

    # keeping up with the disk
    def update(self, on_batch: Callable[[IndexUpdate, int, int], None] | None = None,
               stop: Callable[[], bool] = lambda: False) -> IndexUpdate:
        """Read the files that are new or changed, forget the ones that are gone. `on_batch(batch, done, total)`
        hears about each batch once it is committed, so a view can fill while the rest is read; `stop()` ends
        the work between two batches (what is not read yet is read next time)."""
        self._order_version = None  # this connection's own writes do not change data_version
        on_disk = _stamps(self.library.root)
        known = self._guarded(self._known, {})
        removed = [path_of(key) for key in known if key not in on_disk]
        try:
            return self._update(on_disk, known, removed, on_batch, stop)
        except sqlite3.DatabaseError as exc:  # damaged where opening and reading did not look: start again from nothing
            if not is_damage(exc):
                raise
            self._reset()
            return self._update(on_disk, {}, removed, on_batch, stop)

    def _update(self, on_disk: dict[str, Stamp], known: dict[str, Stamp], removed: list[Path],
                on_batch: Callable[[IndexUpdate, int, int], None] | None, stop: Callable[[], bool]) -> IndexUpdate:
        stale = [key for key, stamp in on_disk.items() if known.get(key) != stamp]
        with self.db:
            self._forget(removed)
        result = IndexUpdate(removed=removed)
        if removed and on_batch is not None:  # gone files leave the view now, not after every file is read
            on_batch(IndexUpdate(removed=removed), 0, len(stale))
        chunks = [stale[start:start + BATCH_SIZE] for start in range(0, len(stale), BATCH_SIZE)]
        batches = self._batches(chunks, on_disk)
        try:
            for number, read in enumerate(batches):
                if stop():
                    break
                batch = self._write(read)
                result.articles += batch.articles
                result.mentions.update(batch.mentions)
                if on_batch is not None:
                    on_batch(batch, sum(map(len, chunks[:number + 1])), len(stale))
        finally:
            batches.close()  # stops the readers: what is not read yet is read next time
        return result

    def _batches(self, chunks: list[list[str]], on_disk: dict[str, Stamp]) -> Iterator[list[Read]]:
        """The chunks read, in order, while this thread writes the ones before (SQLite lets go of the GIL while
        it tokenizes). Many files are read by a process on each core; a few by one thread, which starts at once."""
        workers = worker_count()
        if workers > 1 and sum(map(len, chunks)) >= POOL_FROM:
            with ReadingPool(self.library.root, workers) as pool:
                yield from pool.read(chunks, on_disk)
            return
        with ThreadPoolExecutor(1, thread_name_prefix="spacereader-reader") as reader:
            ahead = reader.submit(read_files, self.library, chunks[0], on_disk) if chunks else None
            for number in range(len(chunks)):
                read = ahead.result()
                if number + 1 < len(chunks):
                    ahead = reader.submit(read_files, self.library, chunks[number + 1], on_disk)
                yield read

    def _known(self) -> dict[str, Stamp]:
        """Each indexed file's stamp, by its stored name: compared as strings, made into no Path."""
        rows = self.db.execute("SELECT path, size, mtime_ns FROM articles")
        return dict(decoded(rows, lambda row: (str(row[0]), (int(row[1]), int(row[2])))))

    def _forget(self, paths: list[Path]) -> None:
        self.db.executemany("DELETE FROM search WHERE rowid = (SELECT id FROM articles WHERE path = ?)",
                            ((path_key(p),) for p in paths))
        self.db.executemany("DELETE FROM articles WHERE path = ?", ((path_key(p),) for p in paths))

    def _write(self, read: list[Read]) -> IndexUpdate:
        names = {profile_id: profile.name for profile_id, profile in self.library.book.profiles.items()}
        with self.db:
            self._forget([r.article.path for r in read])
            self.db.executemany(
                f"INSERT INTO articles(size, mtime_ns, {ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((*r.stamp, *row_from_article(r.article, r.mentions)) for r in read))
            self.db.executemany(
                f"INSERT INTO search(rowid, {', '.join(_COLUMNS)}) SELECT id, ?, ?, ?, ?, ?, ? FROM articles WHERE path = ?",
                ((r.article.title, r.article.summary, r.text, " ".join(r.article.tags), r.article.author,
                  " ".join(names[i] for i in r.mentions), path_key(r.article.path)) for r in read))
        return IndexUpdate([r.article for r in read], {r.article.path: r.mentions for r in read})

    # searching
    def search(self, query: str, limit: int = 20, accept: Callable[[Path], bool] | None = None) -> list[Hit]:
        """The best `limit` matches that `accept` keeps, best first, each with a snippet around its matches."""
        resets = self.resets
        hits = self._search(query, limit, accept)
        if self.resets != resets:  # the index was damaged and thrown away: fill it again and ask again
            self.update()
            hits = self._search(query, limit, accept)
        return hits

    def _search(self, query: str, limit: int, accept: Callable[[Path], bool] | None) -> list[Hit]:
        ranking = self.ranking(query, limit=None if accept else limit)  # with a filter, any match may be kept
        ranked = [(path, score) for path, score in ranking.items() if accept is None or accept(path)]
        best = ranked[:limit]
        sql = "SELECT path, title FROM articles WHERE path IN (SELECT value FROM json_each(?))"
        titles = self._guarded(lambda: dict(self.db.execute(sql, (json.dumps([path_key(p) for p, _ in best]),))), {})
        snippets = self.snippets([path for path, _ in best], query)
        return [Hit(path, titles.get(path_key(path), ""), score, snippets.get(path, "")) for path, score in best]

    def ranking(self, query: str, limit: int | None = None) -> dict[Path, float]:
        """Every article holding every term of the query (or the best `limit`), and its score, best first.

        A term scores its rarity (inverse document frequency), more in the title, summary, tags, author or
        astronauts than in the text; equal scores go newest first. Scored here from FTS5's plain match lists:
        its bm25() reads every position of every match and took five times as long on common words."""
        terms = fts_terms(query)
        if not terms:
            return {}
        ranked = self._guarded(lambda: self._rank(terms), [])
        ranked = ranked[:limit] if limit is not None else ranked
        paths = self._guarded(lambda: self._paths_of([rowid for rowid, _ in ranked]), {})
        return {paths[rowid]: score for rowid, score in ranked if rowid in paths}

    def _rank(self, terms: list[str]) -> list[tuple[int, float]]:
        order = self._newest_first()
        kept: set[int] | None = None
        found_anywhere = 0.0  # what every kept article scores: it holds every term somewhere
        bonus: dict[int, float] = defaultdict(float)  # what the title, summary, … add: only a few articles have any
        for term in terms:
            found = set(self._matching(term))
            kept = found if kept is None else kept & found
            rarity = math.log(1 + len(order) / (1 + len(found)))
            found_anywhere += rarity
            for columns, weight in _COLUMN_BONUS:
                for rowid in self._matching(f"{columns} : {term}"):
                    bonus[rowid] += weight * rarity
        # Newest first, then the few with a bonus moved ahead in a stable sort: no sort key for the many.
        ahead = sorted((rowid for rowid in order if rowid in kept and rowid in bonus), key=lambda rowid: bonus[rowid],
                       reverse=True)  # a Python key, not bonus.__getitem__: the sort then lets other threads run
        rest = [rowid for rowid in order if rowid in kept and rowid not in bonus]
        scored = [(rowid, found_anywhere + bonus[rowid]) for rowid in ahead]
        return scored + [(rowid, found_anywhere) for rowid in rest]  # one score object shared by the many

    def _matching(self, expression: str) -> list[int]:
        return [rowid for (rowid,) in self.db.execute("SELECT rowid FROM search WHERE search MATCH ?", (expression,))]

    def _newest_first(self) -> list[int]:
        """The row id of every article, newest first; read again only when another connection wrote."""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._order_version:
            self._order = [rowid for (rowid,) in self.db.execute("SELECT id FROM articles ORDER BY date DESC, title")]
            self._by_row = {}
            self._order_version = version
        return self._order

    def _paths_of(self, rowids: list[int]) -> dict[int, Path]:
        """The path of each row, made once per file: a command asks for twenty, the window for every match."""
        missing = [rowid for rowid in rowids if rowid not in self._by_row]
        if missing:
            if len(missing) > len(self._order) // 2:  # most of them: read all at once, no list of ids to send
                rows = self.db.execute("SELECT id, path FROM articles")
            else:
                rows = self.db.execute("SELECT id, path FROM articles WHERE id IN (SELECT value FROM json_each(?))",
                                       (json.dumps(missing),))
            # The library's own Path objects where it has them: a dict then finds them by identity, where an
            # equal Path made here would cost a Path.__eq__ call for each of 100,000 lookups.
            if len(self._paths) < len(self.library.articles):
                self._paths.update((str(a.path), a.path) for a in self.library.articles)
            self._by_row.update(decoded(rows, lambda row: (int(row[0]), self._path(row[1]))))
        return {rowid: self._by_row[rowid] for rowid in rowids if rowid in self._by_row}

    def _path(self, text: str) -> Path:
        """One Path per file, made once: making thousands of them made a search of a big library slow."""
        path = self._paths.get(text)
        if path is None:
            path = self._paths[text] = path_of(text)
        return path

    def snippets(self, paths: list[Path], query: str) -> dict[Path, str]:
        """The snippet of each of these articles for a query, on one line: asked for the rows a view shows. One
        query for them all: FTS5 walks a common word's whole match list to find even one article in it."""
        expression = fts_query(query)
        if expression is None or not paths:
            return {}
        sql = (f"SELECT a.path, snippet(search, -1, ?, ?, '…', {SNIPPET_TOKENS}) FROM search"
               " JOIN articles a ON a.id = search.rowid WHERE search MATCH ? AND a.path IN (SELECT value FROM json_each(?))")
        arguments = (HIT_START, HIT_END, expression, json.dumps([path_key(p) for p in paths]))
        rows = self._guarded(lambda: self.db.execute(sql, arguments).fetchall(), [])
        return {self._path(path): " ".join(text.split()) for path, text in rows}


@contextmanager
def collector_paused() -> Iterator[None]:
    """For work that makes objects by the hundred thousand and leaves no cycles (reading a cached library, a
    listing of 100,000 articles): Python's full collections, set off again and again, walk every live object
    holding the GIL; they took 60% of a warm start, and each stalled the window 100 to 180 ms. What the work drops
    is freed by reference counting anyway."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _stamps(root: Path) -> dict[str, Stamp]:
    """Each file's stamp, by the name the index stores it under."""
    found = {}
    for name in scan_names(root):
        try:
            status = os.stat(name)
        except OSError:
            try:  # a link to nothing or to itself: listed, so that reading it says what is wrong
                status = os.lstat(name)
            except OSError:
                continue  # gone since the scan: the next update looks again
        found[path_key(name)] = (status.st_size, status.st_mtime_ns)
    return found


def _profiles_key(library: Library) -> str:
    """What mentions and checks depend on: if a profile's names change, every article is read again."""
    names = sorted((p.id, p.name, *p.aliases) for p in library.book.profiles.values())
    return hashlib.sha1(json.dumps(names, ensure_ascii=False).encode()).hexdigest()


def indexed_library(root: Path) -> tuple[Library, SearchIndex]:
    """A library as the index has it, brought up to date with the disk first: for commands and benchmarks."""
    library = empty_library(root)
    index = SearchIndex(library)
    library.apply(index.cached())
    library.apply(index.update())
    return library, index

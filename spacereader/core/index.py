"""The search index kept in step with the files: one SQLite FTS5 database per library under the cache folder.

A file is read again when its size or modification time changed; its metadata goes to the `articles` table, its
words to the `search` table (the short columns again to `fields`, where they are quick to search alone). How the
database is kept is in indexstore, how it is searched in indexsearch."""

from __future__ import annotations

import gc
import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from spacereader.core.indexfresh import Stamp, stamps
from spacereader.core.indexkeys import path_key
from spacereader.core.indexsearch import Hit, Searching
from spacereader.core.indexstore import COLUMNS, FIELDS, IndexStore, index_file
from spacereader.core.sqlitefiles import is_damage
from spacereader.core.vocabulary import add_words, index_words, recount

# Articles, Markdown and worker processes are imported where a file is read or a row made into an article: a
# command on an unchanged library needs none of them (they were most of a warm `spacereader search`).
if TYPE_CHECKING:
    from spacereader.core.articles import Article
    from spacereader.core.indexreading import Read
    from spacereader.core.library import Library
    from spacereader.core.profiles import ProfileBook

__all__ = ["Hit", "IndexUpdate", "SearchIndex", "collector_paused", "index_file", "indexed_library"]
BATCH_SIZE = 250  # files per transaction: progress often enough, commits rare enough
POOL_FROM = 500  # files to read before worker processes pay for their start (half a second)


class IndexUpdate:
    """What changed on disk since the index last looked: articles read again, and files that are gone. (Not a
    dataclass: `dataclasses` and what it imports were a tenth of a warm command.)"""

    def __init__(self, articles: list[Article] | None = None, mentions: dict[Path, tuple[str, ...]] | None = None,
                 removed: list[Path] | None = None):
        self.articles = articles if articles is not None else []
        self.mentions = mentions if mentions is not None else {}
        self.removed = removed if removed is not None else []

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


class SearchIndex(Searching, IndexStore):
    """One connection to a library's index. Use one per thread: the indexer writes, the window searches (WAL).

    Made for a library, or for a folder only (`SearchIndex.at`): then the library (its profiles) is read only
    when something must be read again, so a command on an unchanged library reads no article and no profile."""

    def __init__(self, library: Library | None, location: Path | None = None, root: Path | None = None):
        self._library = library
        self._taken: set[int] | None = None  # the row ids in use, read when this connection first writes
        self._recount_due = False
        self._start_searching()
        super().__init__(library.root if library is not None else root, location)

    @classmethod
    def at(cls, root: Path, location: Path | None = None) -> SearchIndex:
        return cls(None, location, root.resolve())

    @property
    def library(self) -> Library:
        if self._library is None:
            from spacereader.core.library import empty_library

            self._library = empty_library(self.root)
        return self._library

    def profile_book(self) -> ProfileBook:
        """The profiles: the library's, or read now alone when the library was not needed."""
        if self._library is not None:
            return self._library.book
        from spacereader.core.folders import profile_folders
        from spacereader.core.profiles import load_profile_book

        return load_profile_book(profile_folders(self.root))

    def _names_key(self) -> str:
        """What mentions and checks depend on: if a profile's names change, every article is read again."""
        names = sorted((p.id, p.name, *p.aliases) for p in self.library.book.profiles.values())
        return hashlib.sha1(json.dumps(names, ensure_ascii=False).encode()).hexdigest()

    def _reset(self) -> None:
        self._version, self._taken = None, None
        super()._reset()

    # reading what is cached
    def cached(self) -> IndexUpdate:
        """Every article as last indexed (metadata only, no body): enough to show the library at once."""
        with collector_paused():
            return self._guarded(self._cached, IndexUpdate())

    def _cached(self) -> IndexUpdate:
        from spacereader.core.indexkeys import decoded, words
        from spacereader.core.indexrows import ARTICLE_COLUMNS, article_from_row

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
        self._version = None  # this connection's own writes do not change data_version
        on_disk, digest = stamps(self.root)
        stale, removed = self._guarded(lambda: self._changes(on_disk, digest), (list(on_disk), []))
        try:
            return self._update(on_disk, digest, stale, removed, on_batch, stop)
        except sqlite3.DatabaseError as exc:  # damaged where opening and reading did not look: start again from nothing
            if not is_damage(exc):
                raise
            self._reset()
            return self._update(on_disk, digest, list(on_disk), removed, on_batch, stop)

    def _update(self, on_disk: dict[str, Stamp], digest: str, stale: list[str], removed: list[Path],
                on_batch: Callable[[IndexUpdate, int, int], None] | None, stop: Callable[[], bool]) -> IndexUpdate:
        if stale or removed:  # until this update is whole, no digest vouches for the rows
            self._set_meta("stamps", "")
        with self.db:
            self._forget(removed)
        result = IndexUpdate(removed=removed)
        if removed and on_batch is not None:  # gone files leave the view now, not after every file is read
            on_batch(IndexUpdate(removed=removed), 0, len(stale))
        if not stale:
            self._set_meta("stamps", digest)
            return result
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
        self._recount_if_due()
        if len(result.articles) == len(stale):  # every file read: the next update may trust the digest
            self._set_meta("stamps", digest)
        return result

    def _recount_if_due(self) -> None:
        """The words counted again from FTS5 after worker processes read, or once a tenth of the articles (or a
        hundred) were written since the last count: until then a word's count only grows by the articles that
        brought it."""
        self._version = None  # this connection's writes leave data_version as it was: count the articles again
        written = int(self._meta("words_written") or 0)
        if self._recount_due or written > max(100, self._article_count() // 10):
            self._recount_due = False
            with self.db:
                recount(self.db)
                self.db.execute("UPDATE meta SET value = 0 WHERE key = 'words_written'")

    def _batches(self, chunks: list[list[str]], on_disk: dict[str, Stamp]) -> Iterator[list[Read]]:
        """The chunks read, in order, while this thread writes the ones before (SQLite lets go of the GIL while
        it tokenizes). Many files are read by a process on each core; a few by one thread, which starts at once."""
        from concurrent.futures import ThreadPoolExecutor

        from spacereader.core.indexreading import ReadingPool, read_files, worker_count

        workers = worker_count()
        if workers > 1 and sum(map(len, chunks)) >= POOL_FROM:
            self._recount_due = True  # the workers leave the words to a recount
            with ReadingPool(self.library.root, workers) as pool:
                yield from pool.read(chunks, on_disk)
            return
        with ThreadPoolExecutor(1, thread_name_prefix="spacereader-reader") as reader:
            ahead = reader.submit(read_files, self.library, chunks[0], on_disk, True) if chunks else None
            for number in range(len(chunks)):
                read = ahead.result()
                if number + 1 < len(chunks):
                    ahead = reader.submit(read_files, self.library, chunks[number + 1], on_disk, True)
                yield read

    def _forget(self, paths: list[Path]) -> None:
        if self._taken is not None:
            sql = "SELECT id FROM articles WHERE path IN (SELECT value FROM json_each(?))"
            self._taken.difference_update(rowid for (rowid,) in self.db.execute(sql, (json.dumps([path_key(p) for p in paths]),)))
        for table in ("search", "fields"):
            self.db.executemany(f"DELETE FROM {table} WHERE rowid = (SELECT id FROM articles WHERE path = ?)",
                                ((path_key(p),) for p in paths))
        self.db.executemany("DELETE FROM articles WHERE path = ?", ((path_key(p),) for p in paths))

    def _write(self, read: list[Read]) -> IndexUpdate:
        try:
            return self._write_batch(read)
        except sqlite3.IntegrityError:  # another connection took some of these row ids since they were read
            self._taken = None
            return self._write_batch(read)

    def _write_batch(self, read: list[Read]) -> IndexUpdate:
        from spacereader.core.indexrows import ARTICLE_COLUMNS, row_from_article
        from spacereader.core.saved import saved_texts

        names = {profile_id: profile.name for profile_id, profile in self.library.book.profiles.items()}
        with self.db:
            self._forget([r.article.path for r in read])
            rows = zip(self._row_ids([r.article for r in read]), read, strict=True)
            self.db.executemany(
                f"INSERT INTO articles(id, size, mtime_ns, {ARTICLE_COLUMNS}) VALUES ({', '.join('?' * 15)})",
                ((rowid, *r.stamp, *row_from_article(r.article, r.mentions)) for rowid, r in rows))
            saved = saved_texts([r.article.full_article for r in read])
            words = [(r.article.title, r.article.summary, r.text, " ".join(r.article.tags), r.article.author,
                      " ".join(names[i] for i in r.mentions), saved.get(r.article.full_article, ""),
                      path_key(r.article.path)) for r in read]
            self.db.executemany(
                f"INSERT INTO search(rowid, {', '.join(COLUMNS)}) SELECT id, ?, ?, ?, ?, ?, ?, ? FROM articles WHERE path = ?",
                words)
            self.db.executemany(
                f"INSERT INTO fields(rowid, {', '.join(FIELDS)}) SELECT id, ?, ?, ?, ?, ? FROM articles WHERE path = ?",
                ((title, summary, tags, author, names, key) for title, summary, _text, tags, author, names, _saved, key
                 in words))
            add_words(self.db, Counter(word for r, (*_, names, saved_text, _key) in zip(read, words, strict=True)
                                       if r.words for word in r.words | index_words((names, saved_text))))
            self.db.execute("UPDATE meta SET value = value + ? WHERE key = 'words_written'", (len(read),))
        return IndexUpdate([r.article for r in read], {r.article.path: r.mentions for r in read})

    def _row_ids(self, articles: list[Article]) -> list[int]:
        from spacereader.core.indexrows import row_ids

        if self._taken is None:
            self._taken = {rowid for (rowid,) in self.db.execute("SELECT id FROM articles")}
        return row_ids(articles, self._taken)

    def refresh_saved(self, urls: list[str]) -> None:
        """The saved copies of these addresses, just saved or deleted, searched with the articles that link to them."""
        from spacereader.core.saved import saved_texts

        saved = saved_texts(urls)
        with self.db:
            self.db.executemany("UPDATE search SET saved = ? WHERE rowid IN (SELECT id FROM articles WHERE full_article = ?)",
                                ((saved.get(url, ""), url) for url in urls))
            add_words(self.db, Counter(index_words(saved.values())))


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


def indexed_library(root: Path) -> tuple[Library, SearchIndex]:
    """A library as the index has it, brought up to date with the disk first: for commands and benchmarks."""
    from spacereader.core.library import empty_library

    library = empty_library(root)
    index = SearchIndex(library)
    library.apply(index.cached())
    library.apply(index.update())
    return library, index

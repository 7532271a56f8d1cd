"""Searching the index: every match ranked from FTS5's plain match lists, and snippets for the few shown."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from spacereader.core.indexkeys import decoded, path_key, path_of
from spacereader.core.searchtext import fts_query, fts_terms
from spacereader.core.snippets import snippet

# What a term found in these columns adds to its score, on top of being found at all: titles count most.
_COLUMN_BONUS = (("{title}", 10.0), ("{summary}", 5.0), ("{tags author names}", 3.0))


@dataclass(frozen=True)
class Hit:
    path: Path
    title: str
    score: float  # higher is better
    snippet: str  # plain text, each match between searchtext.HIT_START and HIT_END


class Searching:
    """The search half of SearchIndex: reads `db`, `_guarded` and `_library` (its Paths, when there is one) of
    the index it is part of, and calls its `update` when a damaged index was thrown away."""

    def _start_searching(self) -> None:
        self._paths: dict[str, Path] = {}
        self._order: list[int] = []  # every article's row id, newest first: the order of equal scores
        self._position: dict[int, int] = {}  # each row id's place in _order
        self._counts: dict[str, int] = {}  # how many articles hold each term asked for lately
        self._by_row: dict[int, Path] = {}
        self._order_version: int | None = None  # PRAGMA data_version when _order was read

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
        ranked = self._guarded(lambda: self._rank(terms, limit), [])
        paths = self._guarded(lambda: self._paths_of([rowid for rowid, _ in ranked]), {})
        return {paths[rowid]: score for rowid, score in ranked if rowid in paths}

    def _rank(self, terms: list[str], limit: int | None) -> list[tuple[int, float]]:
        """Every article holding all the terms found once, by FTS5 (the whole query); what each term adds only
        counted there, and the column bonuses read from the columns' (short) match lists. With a limit, the
        newest matches are taken until it is reached: no walk of every match in Python."""
        order, position = self._newest_first()
        kept = set(self._matching(" AND ".join(terms)))
        found_anywhere = 0.0  # what every kept article scores: it holds every term somewhere
        bonus: dict[int, float] = defaultdict(float)  # what the title, summary, … add: only a few articles have any
        for term in terms:
            rarity = math.log(1 + len(order) / (1 + (len(kept) if len(terms) == 1 else self._count(term))))
            found_anywhere += rarity
            for columns, weight in _COLUMN_BONUS:
                for rowid in self._matching(f"{columns} : {term}", table="fields"):
                    bonus[rowid] += weight * rarity
        ahead = _most_first(bonus, kept, position, limit)
        wanted = None if limit is None else max(0, limit - len(ahead))
        rest = list(islice((rowid for rowid in order if rowid in kept and rowid not in bonus), wanted))
        scored = [(rowid, found_anywhere + bonus[rowid]) for rowid in ahead]
        return scored + [(rowid, found_anywhere) for rowid in rest]  # one score object shared by the many

    def _matching(self, expression: str, table: str = "search") -> list[int]:
        """The row ids `expression` finds in `search` (every column), or in `fields` (only the short ones: a
        column's matches there are found without reading the text's)."""
        return [rowid for (rowid,) in self.db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (expression,))]

    def _count(self, term: str) -> int:
        """How many articles hold a term, remembered until the index changes (a query typed word by word asks
        for its first words again and again)."""
        if term not in self._counts:
            if len(self._counts) > 1000:
                self._counts.clear()
            self._counts[term] = self.db.execute("SELECT count(*) FROM search WHERE search MATCH ?", (term,)).fetchone()[0]
        return self._counts[term]

    def _newest_first(self) -> tuple[list[int], dict[int, int]]:
        """The row id of every article, newest first, and each one's place in that order; read again only when
        another connection wrote."""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._order_version:
            self._order = [rowid for (rowid,) in self.db.execute("SELECT id FROM articles ORDER BY date DESC, title")]
            self._position = {rowid: place for place, rowid in enumerate(self._order)}
            self._by_row, self._counts = {}, {}
            self._order_version = version
        return self._order, self._position

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
            articles = self._library.articles if self._library is not None else ()
            if len(self._paths) < len(articles):
                self._paths.update((str(a.path), a.path) for a in articles)
            self._by_row.update(decoded(rows, lambda row: (int(row[0]), self._path(row[1]))))
        return {rowid: self._by_row[rowid] for rowid in rowids if rowid in self._by_row}

    def _path(self, text: str) -> Path:
        """One Path per file, made once: making thousands of them made a search of a big library slow."""
        path = self._paths.get(text)
        if path is None:
            path = self._paths[text] = path_of(text)
        return path

    def snippets(self, paths: list[Path], query: str) -> dict[Path, str]:
        """The snippet of each of these articles for a query, on one line: asked for the rows a view shows, and
        made from their stored text (read by row id, which FTS5 does without walking any match list)."""
        if not paths or fts_query(query) is None:
            return {}
        rows = self._guarded(lambda: self._texts([path_key(p) for p in paths]), [])
        found = {self._path(path): snippet(texts, query) for path, *texts in rows}
        return {path: text for path, text in found.items() if text}

    def _texts(self, keys: list[str]) -> list[tuple[str, ...]]:
        """Each article's path and the texts a snippet may come from, the body first."""
        sql = ("SELECT a.path, s.body, s.summary, s.saved, s.title, s.tags, s.author, s.names FROM articles AS a"
               " JOIN search AS s ON s.rowid = a.id WHERE a.path IN (SELECT value FROM json_each(?))")
        return self.db.execute(sql, (json.dumps(keys),)).fetchall()


def _most_first(bonus: dict[int, float], kept: set[int], position: dict[int, int], limit: int | None) -> list[int]:
    """The kept rows with a bonus, the highest first, then newest first; only the first `limit`. A bonus is a
    sum of a few weights, so there are few distinct ones: rows are grouped by theirs, and only the groups needed
    are sorted (with a Python key, which lets other threads run while a big group is sorted)."""
    by_bonus: dict[float, list[int]] = defaultdict(list)
    for rowid, value in bonus.items():
        if rowid in kept:
            by_bonus[value].append(rowid)
    ahead: list[int] = []
    for value in sorted(by_bonus, reverse=True):
        if limit is not None and len(ahead) >= limit:
            break
        ahead += sorted(by_bonus[value], key=lambda rowid: position[rowid])
    return ahead[:limit]

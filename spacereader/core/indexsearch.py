"""Searching the index: every match ranked from FTS5's plain match lists, and snippets for the few shown."""

from __future__ import annotations

import heapq
import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from spacereader.core.indexkeys import decoded, path_key, path_of
from spacereader.core.searchtext import Term, fts_query, fts_terms
from spacereader.core.snippets import snippet
from spacereader.core.vocabulary import count, expansion

# A row's terms are looked up alone for the first few rows (0.6 ms each at 10,000 articles, 2 ms at 100,000) when
# one walk of every match would be long: when each term is in more articles than this.
_LOOKUPS, _LONG_WALK = 16, 8_000
# What a term found in these columns adds to its score, on top of being found at all: titles count most.
_COLUMN_BONUS = (("{title}", 10.0), ("{summary}", 5.0), ("{tags author names}", 3.0))


class Hit(NamedTuple):  # not a dataclass: `dataclasses` and what it imports were a tenth of a warm command
    path: Path
    title: str
    score: float  # higher is better
    snippet: str  # plain text, each match between searchtext.HIT_START and HIT_END


class Searching:
    """The search half of SearchIndex: reads `db`, `_guarded` and `_library` (its Paths, when there is one) of
    the index it is part of, and calls its `update` when a damaged index was thrown away."""

    def _start_searching(self) -> None:
        self._paths: dict[str, Path] = {}
        self._by_row: dict[int, Path] = {}
        self._articles = 0  # how many the index holds, read again when another connection wrote
        self._counts: dict[str, int] = {}  # the articles of prefixes that start too many words, as FTS5 counted
        self._version: int | None = None  # PRAGMA data_version when _articles was read

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

        A term scores its rarity (inverse document frequency, from the `words` table's counts), more in the
        title, summary, tags, author or astronauts than in the text; equal scores go newest first, which is the
        order of the row ids. Scored here from FTS5's plain match lists: its bm25() reads every position of
        every match. With a limit, FTS5 walks the matches newest first and stops when it has enough."""
        terms = fts_terms(query)
        if not terms:
            return {}
        ranked = self._guarded(lambda: self._rank(terms, limit), [])
        paths = self._guarded(lambda: self._paths_of([rowid for rowid, _ in ranked]), {})
        return {paths[rowid]: score for rowid, score in ranked if rowid in paths}

    def _rank(self, terms: list[Term], limit: int | None) -> list[tuple[int, float]]:
        total = self._article_count()
        expansions = [expansion(self.db, term.tokens[-1]) if term.prefix else None for term in terms]
        expressions = [" OR ".join(term.fts(word) for word, _ in words) if words else term.fts()
                       for term, words in zip(terms, expansions, strict=True)]  # a prefix as the words it starts
        everything = " AND ".join(f"({expression})" for expression in expressions)
        found_anywhere = 0.0  # what every match scores: it holds every term somewhere
        fewest = total  # the articles of the rarest term
        bonus: dict[int, float] = defaultdict(float)  # what the title, summary, … add: only a few articles have any
        in_fields: dict[int, int] = defaultdict(int)  # how many of the terms each row holds in its short columns
        for term, words, expression in zip(terms, expansions, expressions, strict=True):
            holders = self._articles_with(term, words)
            fewest = min(fewest, holders)
            rarity = math.log(1 + total / (1 + holders))
            found_anywhere += rarity
            holding = set()
            for columns, weight in _COLUMN_BONUS:
                found = self._matching(f"{columns} : ({expression})", table="fields")
                for rowid in found:
                    bonus[rowid] += weight * rarity
                holding.update(found)
            if limit is not None and len(terms) > 1:  # to tell which rows with a bonus hold every term
                for rowid in holding:
                    in_fields[rowid] += 1
        if limit is None:
            newest = self._matching(everything)[::-1]  # walked forward and turned: FTS5 walks backward slower
            kept = set(newest)
            by_bonus: dict[float, list[int]] = defaultdict(list)  # few distinct bonuses: sorted by group
            for rowid, value in bonus.items():
                if rowid in kept:
                    by_bonus[value].append(rowid)
            ahead = [rowid for value in sorted(by_bonus, reverse=True) for rowid in sorted(by_bonus[value], reverse=True)]
            rest = [rowid for rowid in newest if rowid not in bonus]
        else:
            lookups = _LOOKUPS if fewest > _LONG_WALK else 0
            ahead = list(islice(self._holding_every_term(everything, bonus, in_fields, len(terms), lookups), limit))
            rest = list(islice(self._newest_without(everything, bonus), limit - len(ahead)))
        scored = [(rowid, found_anywhere + bonus[rowid]) for rowid in ahead]
        return scored + [(rowid, found_anywhere) for rowid in rest]  # one score object shared by the many

    def _articles_with(self, term: Term, words: list[tuple[str, int]] | None) -> int:
        """About how many articles hold a term, from the counts of its words: the words its prefix starts (as
        `expansion` gave them) added up, a phrase's rarest word. A prefix of too many words is counted by FTS5,
        once per index version."""
        fixed = [count(self.db, token) for token in term.tokens[:-1]]
        if not term.prefix:
            fixed.append(count(self.db, term.tokens[-1]))
        elif words is None:
            return self._counted(term.fts())
        else:
            fixed.append(sum(articles for _, articles in words))
        return min(fixed)

    def _counted(self, expression: str) -> int:
        if expression not in self._counts:
            self._counts[expression] = self.db.execute("SELECT count(*) FROM search WHERE search MATCH ?",
                                                       (expression,)).fetchone()[0]
        return self._counts[expression]

    def _matching(self, expression: str, table: str = "search") -> list[int]:
        """The row ids `expression` finds in `search` (every column), or in `fields` (only the short ones: a
        column's matches there are found without reading the text's), oldest first."""
        return [rowid for (rowid,) in self.db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (expression,))]

    def _newest_without(self, expression: str, left_out: dict[int, float]) -> Iterator[int]:
        """The newest matches first, as FTS5 finds them: it reads on only as far as they are taken."""
        for (rowid,) in self.db.execute("SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid DESC",
                                        (expression,)):
            if rowid not in left_out:
                yield rowid

    def _holding_every_term(self, everything: str, bonus: dict[int, float], in_fields: dict[int, int],
                            terms: int, lookups: int) -> Iterator[int]:
        """The rows with a bonus, best first, that hold every term: in their short columns, or else as FTS5 says,
        one row at a time for the first `lookups`, then for all the rest in one walk of the matches."""
        unsure, holding = 0, None
        for rowid in _best_first(bonus):
            if terms == 1 or in_fields[rowid] == terms:
                yield rowid
                continue
            unsure += 1
            if unsure <= lookups:
                if self._holds(everything, rowid):
                    yield rowid
                continue
            if holding is None:
                holding = self._among(everything, [r for r in bonus if in_fields[r] < terms])
            if rowid in holding:
                yield rowid

    def _holds(self, expression: str, rowid: int) -> bool:
        sql = "SELECT EXISTS (SELECT 1 FROM search WHERE search MATCH ? AND rowid = ?)"
        return bool(self.db.execute(sql, (expression, rowid)).fetchone()[0])

    def _among(self, expression: str, rowids: list[int]) -> set[int]:
        """Which of these rows `expression` finds: one walk of its matches in SQLite, each checked against the
        list there."""
        sql = "SELECT rowid FROM search WHERE search MATCH ? AND +rowid IN (SELECT value FROM json_each(?))"
        return {rowid for (rowid,) in self.db.execute(sql, (expression, json.dumps(rowids)))}

    def _article_count(self) -> int:
        """How many articles the index holds; read again only when another connection wrote (the counts of
        prefixes asked lately are forgotten then too)."""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version:
            self._articles = self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
            self._by_row, self._counts = {}, {}
            self._version = version
        return self._articles

    def _paths_of(self, rowids: list[int]) -> dict[int, Path]:
        """The path of each row, made once per file: a command asks for twenty, the window for every match."""
        missing = [rowid for rowid in rowids if rowid not in self._by_row]
        if missing:
            if len(missing) > self._articles // 2:  # most of them: read all at once, no list of ids to send
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


def _best_first(bonus: dict[int, float]) -> Iterator[int]:
    """The rows by bonus, highest first, then newest first: a heap, so that taking twenty of thousands sorts
    none of the rest."""
    heap = [(-value, -rowid) for rowid, value in bonus.items()]
    heapq.heapify(heap)
    while heap:
        yield -heapq.heappop(heap)[1]

"""The library list's searches and facet counts, on a worker thread with its own connection to the search index:
a search for a common word in 100,000 articles takes a second, which the window must not wait for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from spacereader.core.articles import Article
from spacereader.core.browse import Browse, candidates, visible
from spacereader.core.facets import FacetCounts, facet_counts
from spacereader.core.index import SearchIndex, collector_paused
from spacereader.core.library import Library
from spacereader.ui.work import Jobs


@dataclass(frozen=True)
class Listing:
    """What the list shows for one request: its rows in order, and what each facet choice would keep."""
    library: Library
    query: str
    browse: Browse  # as asked, with the search's ranking
    rows: list[Article]
    row_of: dict[Path, int]  # made here too: at 100,000 rows it takes the GUI thread tens of ms
    counts: FacetCounts
    damaged: bool = False  # the index was found damaged and emptied: it needs filling again


class Searcher:
    """Everything here but the methods' bodies runs on the worker: the index connection lives in that thread."""

    def __init__(self, parent=None):
        self.jobs = Jobs("spacereader-search", parent)
        self.index: SearchIndex | None = None  # the worker's
        self._ranked: tuple[Library, str, dict[Path, float] | None] | None = None  # the last ranking, reused

    def list(self, library: Library, browse: Browse, query: str, rerank: bool,
             on_done: Callable[[Listing], None]) -> None:
        """`rerank`: the index changed since the last request, so the same query may now find more."""
        self.jobs.submit(lambda: self._listing(library, browse, query, rerank), on_done, kind="list")

    def drop_listings(self) -> None:
        """A listing is about to be asked for (the query is being typed): none asked for before may be shown."""
        self.jobs.drop("list")

    def snippets(self, library: Library, paths: list[Path], query: str,
                 on_done: Callable[[dict[Path, str]], None]) -> None:
        self.jobs.submit(lambda: self._index_for(library).snippets(paths, query), on_done)

    def close(self) -> None:
        self.jobs.submit(self._close, lambda _: None)
        self.jobs.close()

    # on the worker
    def _listing(self, library: Library, browse: Browse, query: str, rerank: bool) -> Listing:
        with collector_paused():
            return self._listed(library, browse, query, rerank)

    def _listed(self, library: Library, browse: Browse, query: str, rerank: bool) -> Listing:
        index = self._index_for(library)
        resets = index.resets
        browse = replace(browse, ranking=self._ranking(library, query.strip() and query, rerank))
        counts = facet_counts(candidates(library, browse), lambda a: library.mentions.get(a.path, ()), browse.filters)
        rows = visible(library, browse)
        row_of = {article.path: row for row, article in enumerate(rows)}
        return Listing(library, query, browse, rows, row_of, counts, index.resets != resets)

    def _ranking(self, library: Library, query: str, rerank: bool) -> dict[Path, float] | None:
        if not query:
            return None
        if rerank or self._ranked is None or self._ranked[0] is not library or self._ranked[1] != query:
            self._ranked = (library, query, self._index_for(library).ranking(query))
        return self._ranked[2]

    def _index_for(self, library: Library) -> SearchIndex:
        if self.index is None or self.index.library is not library:
            self._close()
            self.index = SearchIndex(library)
        return self.index

    def _close(self) -> None:
        if self.index is not None:
            self.index.close()
        self.index, self._ranked = None, None

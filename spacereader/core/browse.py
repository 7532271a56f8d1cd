"""What the library view lists: the articles a search and the filters keep, in the order the reader chose."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacereader.core.articles import Article
from spacereader.core.facets import Filters
from spacereader.core.library import Library
from spacereader.core.mentions import fold_accents
from spacereader.core.progress import UNREAD, Progress, ReadStatus

SORTS = ("title", "author", "date", "lang", "astronauts")


def fold(text: str) -> str:
    """What sorting compares: no case, no accents, one kind of apostrophe."""
    return fold_accents(text).casefold().replace("’", "'")


@dataclass
class Browse:
    ranking: dict[Path, float] | None = None  # a search's scores; None when nothing is searched
    filters: Filters = field(default_factory=Filters)
    sort: str = "date"  # one of SORTS
    descending: bool = True
    by_relevance: bool = True  # while searching, best match first until the reader sorts by a column
    favourites: set[Path] | None = None  # only these, when the reader asks for their favourites
    read_status: ReadStatus | None = None  # only the articles unread, in progress or finished
    progress: dict[Path, Progress] = field(default_factory=dict)  # how far the reader got in each: none is unread
    with_problems: bool = False  # only the articles the library marks ⚠, for an author fixing them


def astronaut_names(library: Library, article: Article) -> str:
    return ", ".join(p.name for p in library.profiles_of(article))


def candidates(library: Library, browse: Browse) -> list[Article]:
    """The articles the search, the favourites, the problems button and the read state keep, before the facet
    filters: what the facet menus count."""
    ranking, favourites, status, progress = browse.ranking, browse.favourites, browse.read_status, browse.progress
    flawed = browse.with_problems
    if ranking is None and favourites is None and status is None and not flawed:
        return library.articles
    return [a for a in library.articles
            if (ranking is None or a.path in ranking) and (favourites is None or a.path in favourites)
            and (status is None or progress.get(a.path, UNREAD).status is status) and (not flawed or a.problems)]


def visible(library: Library, browse: Browse) -> list[Article]:
    ranking, filters = browse.ranking, browse.filters
    kept = [a for a in candidates(library, browse) if filters.accepts(a, library.mentions.get(a.path, ()))]
    if ranking is not None and browse.by_relevance:
        return sorted(kept, key=lambda a: ranking[a.path], reverse=True)
    return sorted(kept, key=_sort_key(library, browse.sort), reverse=browse.descending)


def _sort_key(library: Library, sort: str):
    if sort == "date":
        return lambda a: a.day.toordinal() if a.day else 0
    if sort == "astronauts":
        return lambda a: fold(astronaut_names(library, a))
    return lambda a: fold(getattr(a, sort))

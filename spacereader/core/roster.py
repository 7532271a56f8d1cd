"""What the Astronauts tab lists: each profile with how many articles mention it, filtered by what the reader
types, in the order they chose; in a library of the reader's own, profiles no article mentions wait behind
"Show all" (the bundled profiles would otherwise lead the list with "0 articles")."""

from __future__ import annotations

from dataclasses import dataclass

from spacereader.core.browse import fold
from spacereader.core.library import Library
from spacereader.core.profiles import Profile

SORTS = ("name", "agency", "articles")


@dataclass(frozen=True)
class RosterRow:
    profile: Profile
    articles: int  # how many of the library's articles mention them


@dataclass(frozen=True)
class Roster:
    rows: tuple[RosterRow, ...]  # those shown, in order
    hidden: int  # profiles no article mentions, left out until the reader asks for all


def roster(library: Library, text: str = "", sort: str = "name", show_all: bool = False) -> Roster:
    rows = [RosterRow(p, len(library.mentioned_in(p.id))) for p in library.book.profiles.values()]
    words = fold(text).split()
    rows = [r for r in rows if all(w in _searchable(r.profile) for w in words)]
    shown = rows if show_all else [r for r in rows if r.articles]
    if not shown and not words:  # a library that mentions nobody still shows who there is
        shown = rows
    return Roster(tuple(sorted(shown, key=_SORT_KEYS.get(sort, _by_name))), len(rows) - len(shown))


def _searchable(profile: Profile) -> str:
    return fold(" ".join((profile.name, *profile.aliases, profile.agency, profile.nationality.get())))


def _surname(profile: Profile) -> str:
    return fold(profile.name.split()[-1])


def _by_name(row: RosterRow) -> tuple:
    return (_surname(row.profile), fold(row.profile.name))


_SORT_KEYS = {
    "name": _by_name,
    "agency": lambda row: (fold(row.profile.agency) or "\uffff", *_by_name(row)),  # no agency last
    "articles": lambda row: (-row.articles, *_by_name(row)),  # most mentioned first
}

"""A library: every article under a folder, the profiles that apply to it, and who is mentioned where."""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from spacereader.core.articles import Article, load_article
from spacereader.core.checks import check_astronaut_ids, check_local_links
from spacereader.core.folders import PROFILES_FOLDER, profile_folders, scan_names
from spacereader.core.mentions import MentionMatcher
from spacereader.core.notes import NoteNames, check_wiki_links
from spacereader.core.portraits import Portrait, find_portrait
from spacereader.core.problems import Problem
from spacereader.core.profile_checks import language_problems, portrait_problems
from spacereader.core.profiles import Profile, ProfileBook, load_profile_book


@dataclass
class Library:
    root: Path
    book: ProfileBook
    matcher: MentionMatcher
    articles: list[Article] = field(default_factory=list)
    mentions: dict[Path, tuple[str, ...]] = field(default_factory=dict)  # article → profile ids
    _backlinks: dict[str, list[Article]] = field(default_factory=dict)
    _by_path: dict[Path, Article] = field(default_factory=dict)
    notes: NoteNames = field(init=False)  # the library's files by name, for wiki links: listed again after a change

    _linked_from: dict[Path, list[Article]] | None = None  # note → the notes whose wiki links name it

    def __post_init__(self) -> None:
        self.notes = NoteNames(self.root)

    def article(self, path: Path) -> Article | None:
        return self._by_path.get(path)

    def profiles_of(self, article: Article) -> list[Profile]:
        """As the library last found them: for the list."""
        ids = self.mentions[article.path] if article.path in self.mentions else self.find_mentions(article)
        return [self.book.profiles[i] for i in ids if i in self.book]

    def profiles_in(self, article: Article) -> list[Profile]:
        """As the article's text names them now: for a page, which must not lag behind a save."""
        return [self.book.profiles[i] for i in self.find_mentions(article)]

    def find_mentions(self, article: Article) -> tuple[str, ...]:
        """Declared astronauts first, then the others in order of first mention."""
        found = self.matcher.ids_in(article.document)
        return tuple(dict.fromkeys(i for i in (*article.astronauts, *found) if i in self.book))

    def mentioned_in(self, profile_id: str) -> list[Article]:
        return self._backlinks.get(profile_id, [])

    def portrait(self, profile_id: str) -> Portrait:
        """Looked for on disk each time: a picture added beside the profiles shows the next time it is asked for."""
        return find_portrait(profile_id, profile_folders(self.root))

    def linked_from(self, path: Path) -> list[Article]:
        """The library's notes whose wiki links lead to this one, as Obsidian's backlinks: resolved when first
        asked after a change, off the window's thread (with the page)."""
        if self._linked_from is None:
            found = defaultdict(list)
            for article in self.articles:
                targets = {self.notes.find(name, article.path.parent) for name in article.links_to}
                for target in targets - {None, article.path}:
                    found[target].append(article)
            self._linked_from = dict(found)
        return self._linked_from.get(path, [])

    @property
    def problems(self) -> list[Problem]:
        """Every problem, profiles' first, then the articles', by file and line: what `spacereader check` prints."""
        by_place = sorted((p for a in self.articles for p in a.problems), key=lambda p: (str(p.path), p.line))
        profiles = portrait_problems(self.book, profile_folders(self.root)) + language_problems(self.book, self.articles)
        return self.book.problems + profiles + by_place

    def examine(self, article: Article) -> Article:
        """Check an article from outside the library against it, without putting it in."""
        article.problems += (check_astronaut_ids(article, self.book) + check_local_links(article)
                             + check_wiki_links(article, self.notes))
        return article.silence()

    def set_articles(self, articles: list[Article]) -> None:
        self.articles = sorted(articles, key=_newest_first)
        self._by_path = {a.path: a for a in self.articles}
        self.notes, self._linked_from = NoteNames(self.root), None  # files came or went
        self._index_backlinks()

    def apply(self, update) -> LibraryChange:
        """Take in what the search index read again (an `IndexUpdate`) and drop the files that are gone."""
        replaced = {a.path for a in update.articles} | set(update.removed)
        for path in update.removed:
            self.mentions.pop(path, None)
        self.mentions.update(update.mentions)
        self.set_articles([a for a in self.articles if a.path not in replaced] + update.articles)
        return LibraryChange(self, read=frozenset(a.path for a in update.articles), removed=frozenset(update.removed))

    def _admit(self, article: Article) -> Article:
        self.mentions[article.path] = self.find_mentions(self.examine(article))
        return article

    def _index_backlinks(self) -> None:
        backlinks = defaultdict(list)
        for article in self.articles:
            for profile_id in self.mentions.get(article.path, ()):
                backlinks[profile_id].append(article)
        self._backlinks = dict(backlinks)


@dataclass(frozen=True, eq=False)
class LibraryChange:
    """What happened to the open library, announced once to every view, each of which decides what to refresh
    (as Anki's OpChanges): plain data, so views never have to ask the library what is new."""
    library: Library
    opened: bool = False  # another library (or the same one reopened): everything is new
    read: frozenset[Path] = frozenset()  # articles added or read again
    removed: frozenset[Path] = frozenset()  # files gone
    saved: frozenset[Path] = frozenset()  # watched files saved on disk, the article on screen among them
    indexed: bool = False  # an indexing pass ended: the library is as the disk has it

    @property
    def articles_changed(self) -> bool:
        return self.opened or bool(self.read or self.removed)


def _newest_first(article: Article) -> tuple:
    day = article.day
    return (day is None, -(day.toordinal() if day else 0), article.title.casefold())


def scan(root: Path) -> list[Path]:
    """Markdown files under root, hidden folders and the profiles folder skipped, symlinked folders not followed."""
    return [Path(name) for name in scan_names(root)]


def empty_library(root: Path) -> Library:
    """A library with its profiles and no articles yet: what the search index fills."""
    root = root.resolve()
    book = load_profile_book(profile_folders(root))
    return Library(root, book, MentionMatcher(book.profiles.values()))


def load_library(root: Path) -> Library:
    """Every article read from disk now: for checks and commands that must see the files as they are."""
    library = empty_library(root)
    library.set_articles([library._admit(load_article(path, library.root)) for path in scan(library.root)])
    return library


def folders(root: Path) -> list[Path]:
    """The folders `scan` looks into: what to watch for files coming and going."""
    found = []
    for folder, subfolders, _files in os.walk(root, onerror=lambda _: None):
        subfolders[:] = [d for d in subfolders if not d.startswith(".") and d != PROFILES_FOLDER]
        found.append(Path(folder))
    return found

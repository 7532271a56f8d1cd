"""The library's story on one axis: every profile's milestones and every article, by date. It follows what the
library lists: given the articles a search and the filters keep (and the search's words), it keeps those
articles and the milestones of the astronauts they mention that match the words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacereader.core.articles import Article
from spacereader.core.browse import fold
from spacereader.core.library import Library
from spacereader.core.profiles import date_parts

MILESTONE, ARTICLE = "milestone", "article"
# what makes a milestone one of the story's own: the moments astronauts spoke to the public online
_SOCIAL = re.compile(r"tweet|twitter|followers|facebook|instagram|hashtag|#\w|video|posted|shared|sing-along"
                     r"|music monday|\blive\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Event:
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD, as the profile or the article gives it
    kind: str  # MILESTONE or ARTICLE
    astronauts: tuple[str, ...]  # profile ids: a milestone's own, an article's mentions
    text: str  # a milestone's text in the interface's language, an article's title
    path: Path | None = None  # an article's file
    social: bool = False  # a milestone about speaking to the public online

    @property
    def day(self) -> date:
        """Where it sits on the axis: the first day of its year or month when that is all it says."""
        parts = date_parts(self.date) or ()
        return date(*parts, *(1,) * (3 - len(parts)))

    def as_json(self) -> dict:
        row = {"date": self.date, "kind": self.kind, "astronauts": list(self.astronauts), "text": self.text,
               "social": self.social}
        return row | ({"path": str(self.path)} if self.path is not None else {})


def timeline_events(library: Library, articles: Iterable[Article] | None = None, query: str = "") -> list[Event]:
    """Sorted by date, milestones before articles on the same day. `articles`: those the library lists (all of
    them when None); `query`: the search's words, which milestones must contain too."""
    kept = library.articles if articles is None else list(articles)
    filtered = articles is not None or bool(query.strip())
    events = [_article_event(a, library.mentions.get(a.path, ())) for a in kept if a.day is not None]
    mentioned = {i for a in kept for i in library.mentions.get(a.path, ())}
    words = [fold(w) for w in _WORD.findall(query)]
    for profile in library.book.sorted():
        if filtered and profile.id not in mentioned:
            continue
        for milestone in profile.milestones:
            text = milestone.text.get()
            if date_parts(milestone.date) is not None and all(_has_word(text, w) for w in words):
                events.append(Event(milestone.date, MILESTONE, (profile.id,), text, social=bool(_SOCIAL.search(text))))
    return sorted(events, key=lambda e: (e.day, e.kind != MILESTONE, e.date, e.text))


def _article_event(article: Article, mentions: tuple[str, ...]) -> Event:
    return Event(article.day.isoformat(), ARTICLE, tuple(mentions), article.title, article.path)


def _has_word(text: str, word: str) -> bool:
    """As the search matches: a word of the text that starts with it, case and accents aside."""
    return any(w.startswith(word) for w in _WORD.findall(fold(text)))


"""Narrowing the library by tag, astronaut, language and years, with how many articles each choice would keep."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacereader.core.articles import Article

FACETS = ("tag", "astronaut", "lang", "year")


@dataclass(frozen=True)
class Filters:
    tag: str = ""  # as written in an article's front matter
    astronaut: str = ""  # a profile id
    lang: str = ""
    since: int | None = None  # first year kept
    until: int | None = None  # last year kept

    def failing(self, article: Article, mentions: tuple[str, ...]) -> list[str]:
        """The facets this article does not pass."""
        failed = []
        if self.tag and self.tag not in article.tags:
            failed.append("tag")
        if self.astronaut and self.astronaut not in mentions:
            failed.append("astronaut")
        if self.lang and article.lang != self.lang:
            failed.append("lang")
        if self.since is not None or self.until is not None:
            year = article.day.year if article.day else None
            if year is None or not (self.since or year) <= year <= (self.until or year):
                failed.append("year")
        return failed

    def accepts(self, article: Article, mentions: tuple[str, ...]) -> bool:
        return not self.failing(article, mentions)


@dataclass
class FacetCounts:
    """For each facet, how many articles each value would keep, given the other facets' choices."""
    tag: Counter = field(default_factory=Counter)
    astronaut: Counter = field(default_factory=Counter)
    lang: Counter = field(default_factory=Counter)
    year: Counter = field(default_factory=Counter)


def facet_counts(articles: Iterable[Article], mentions_of: Callable[[Article], tuple[str, ...]],
                 filters: Filters) -> FacetCounts:
    """One pass: an article that passes every facet counts everywhere; one that fails a single facet counts
    only in that facet, since choosing another value there would keep it."""
    counts = FacetCounts()
    if filters == Filters():  # nothing chosen: the common case, counted without asking what fails
        return _all_counts(articles, mentions_of)
    for article in articles:
        mentions = mentions_of(article)
        failed = filters.failing(article, mentions)
        if len(failed) > 1:
            continue
        values = {
            "tag": set(article.tags), "astronaut": set(mentions), "lang": {article.lang} if article.lang else set(),
            "year": {article.day.year} if article.day else set(),
        }
        for facet in failed or FACETS:
            getattr(counts, facet).update(values[facet])
    return counts


def _all_counts(articles: Iterable[Article], mentions_of: Callable[[Article], tuple[str, ...]]) -> FacetCounts:
    articles = list(articles)
    return FacetCounts(
        tag=Counter(tag for a in articles for tag in set(a.tags)),
        astronaut=Counter(i for a in articles for i in set(mentions_of(a))),
        lang=Counter(a.lang for a in articles if a.lang),
        year=Counter(a.day.year for a in articles if a.day))

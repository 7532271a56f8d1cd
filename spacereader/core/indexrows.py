"""How an article is kept in the index's `articles` table and read back: metadata only, in plain columns."""

from __future__ import annotations

import json

from spacereader.core.articles import Article, parse_iso_date
from spacereader.core.indexkeys import joined, path_key, path_of, words
from spacereader.core.indexstore import ARTICLE_COLUMNS  # noqa: F401 (what these rows hold, in order)
from spacereader.core.problems import problem


def row_from_article(article: Article, mentions: tuple[str, ...]) -> tuple:
    """The row of ARTICLE_COLUMNS: the date as ISO text, problems as JSON of (line, rule, arguments)."""
    problems = [(p.line, p.rule, p.args) for p in article.problems]
    date = article.date.isoformat() if article.date else ""
    return (path_key(article.path), article.title, article.author, date, article.lang, joined(article.tags),
            article.summary, article.full_article, joined(article.astronauts), joined(mentions),
            json.dumps(problems) if problems else "", joined(article.links_to))


def article_from_row(row: tuple) -> Article:
    path, title, author, date, lang, tags, summary, full_article, astronauts, _mentions, problems, links_to = row
    path = path_of(path)
    # a rule this version no longer has raises ValueError: the row is stale, and so is the index
    found = [problem(path, line, rule, **dict(args)) for line, rule, args in json.loads(problems)] if problems else []
    return Article(path, title, author=author, date=parse_iso_date(date) if date else None, lang=lang,
                   tags=words(tags), summary=summary, full_article=full_article, astronauts=words(astronauts),
                   links_to=words(links_to), problems=found)


def row_ids(articles: list[Article], taken: set[int]) -> list[int]:
    """A row id for each article, in the order the library lists them (newest first, then by title) when read
    from the highest: FTS5 walks its match lists in row id order, so a search that wants the newest matches
    stops at its limit. An id in `taken` (the same day and title start) moves one down; the ids given join it."""
    ids = []
    for article in articles:
        rowid = order_key(article)
        while rowid in taken:
            rowid -= 1
        taken.add(rowid)
        ids.append(rowid)
    return ids


def order_key(article: Article) -> int:
    """A row id that sorts as the library lists articles, highest first: newest day, then title by its first six
    characters (as the library compares them: casefolded, by code point); undated articles last."""
    day = article.day.toordinal() if article.day else 0
    title = 0
    for char in article.title.casefold()[:6].ljust(6, "\0"):
        title = (title << 6) | _title_rank(char)
    return (day << 36) | ((1 << 36) - 1 - title)


def _title_rank(char: str) -> int:
    """A character's place among 64, in code point order: digits and letters each their own, the rest grouped."""
    if char == "\0":
        return 0
    if char < "0":
        return 1
    if char <= "9":
        return 2 + ord(char) - ord("0")
    if char < "a":
        return 12
    if char <= "z":
        return 13 + ord(char) - ord("a")
    return 39 if char.isascii() else 40 + min(23, (ord(char) - 128) >> 4)  # Latin-1 and Latin Extended apart

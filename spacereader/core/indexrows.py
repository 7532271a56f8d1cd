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

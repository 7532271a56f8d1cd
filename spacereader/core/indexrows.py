"""How an article is kept in the index's `articles` table and read back: metadata only, in plain columns."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from spacereader.core.articles import Article, parse_iso_date
from spacereader.core.problems import Problem

ARTICLE_COLUMNS = "path, title, author, date, lang, tags, summary, full_article, astronauts, mentions, problems, links_to"
_WORD_SEPARATOR = "\x1f"  # between tags, ids: cheaper to read back than JSON, at 100,000 rows


def decoded(rows: Iterable[tuple], decode: Callable[[tuple], object]) -> list:
    """Rows turned into values; a row that does not decode is a damaged file, as SQLite's own errors are."""
    try:
        return [decode(row) for row in rows]
    except (TypeError, ValueError) as exc:
        raise sqlite3.DatabaseError(f"malformed index row: {exc}") from exc


_BYTES_KEY = "bytes:"  # starts the key of a file name that is not valid UTF-8 (no absolute path starts so)


def path_key(path: Path | str) -> str:
    """A path as SQLite can store it: the text, or for a name that is not valid UTF-8 (which SQLite's text cannot
    hold) its bytes in hex."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _BYTES_KEY + os.fsencode(path).hex()
    return text


def path_of(stored: str) -> Path:
    """The path `path_key` stored."""
    if stored.startswith(_BYTES_KEY):
        return Path(os.fsdecode(bytes.fromhex(stored.removeprefix(_BYTES_KEY))))
    return Path(stored)


def row_from_article(article: Article, mentions: tuple[str, ...]) -> tuple:
    problems = [(p.line, p.rule, p.args) for p in article.problems]
    date = article.date.isoformat() if article.date else ""
    return (path_key(article.path), article.title, article.author, date, article.lang, _WORD_SEPARATOR.join(article.tags),
            article.summary, article.full_article, _WORD_SEPARATOR.join(article.astronauts),
            _WORD_SEPARATOR.join(mentions), json.dumps(problems) if problems else "", _WORD_SEPARATOR.join(article.links_to))


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split(_WORD_SEPARATOR)) if text else ()


def article_from_row(row: tuple) -> Article:
    path, title, author, date, lang, tags, summary, full_article, astronauts, _mentions, problems, links_to = row
    path = path_of(path)
    found = [Problem(path, line, rule, tuple(map(tuple, args))) for line, rule, args in json.loads(problems)] if problems else []
    return Article(path, title, author=author, date=parse_iso_date(date) if date else None, lang=lang,
                   tags=words(tags), summary=summary, full_article=full_article, astronauts=words(astronauts),
                   links_to=words(links_to), problems=found)

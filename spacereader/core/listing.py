"""The library as `spacereader list` and `profiles` print it, made from the index's rows: no article is made.

Each row holds ARTICLE_COLUMNS as the index stores them (indexrows writes them from an article the same way)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from spacereader.core.indexkeys import path_text, words
from spacereader.core.problems import Problem


def newest_first(rows: list[tuple]) -> list[tuple]:
    """In the library's order: newest day first, undated last, then by title (as Library sorts articles)."""
    ordered = sorted(rows, key=lambda row: row[1].casefold())
    ordered.sort(key=lambda row: row[3][:10], reverse=True)  # the day of an ISO date or date-time; "" last
    return ordered


def article_json(row: tuple) -> dict:
    key, title, author, date, lang, tags, _summary, full_article, _astronauts, mentions, problems, _links_to = row
    return {"path": path_text(key), "title": title, "author": author,
            "date": date or None, "lang": lang, "tags": list(words(tags)), "astronauts": list(words(mentions)),
            "full_article": full_article or None, "problems": problem_lines(problems)}


def problem_lines(problems: str) -> list[str]:
    """As `Problem.short` says them: the rows hold each problem's line, rule and arguments."""
    return [Problem(_NO_PATH, line, rule, tuple(map(tuple, args))).short() for line, rule, args in json.loads(problems)] \
        if problems else []


_NO_PATH = Path()


def mentioned_in(rows: list[tuple]) -> dict[str, list[str]]:
    """Each profile id's articles, by path, in the order of `rows`."""
    found = defaultdict(list)
    for row in rows:
        for profile_id in words(row[9]):
            found[profile_id].append(path_text(row[0]))
    return found


def json_lines(values: list[dict]) -> str:
    """A JSON array, one value a line: the C encoder does it (with `indent` Python's own would, six times slower),
    one encoder for them all (json.dumps with an option makes one for each value)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    return "[\n" + ",\n".join(map(encode, values)) + "\n]" if values else "[]"

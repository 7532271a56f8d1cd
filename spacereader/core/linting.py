"""What `spacereader check` reports: the problems of reading each file and the author's advice (core/lint.py),
filtered by the rules asked to be ignored, as lines or as JSON, and the exit status they make."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from spacereader.core.filenames import shown
from spacereader.core.lint import duplicate_titles, lint
from spacereader.core.problems import Problem
from spacereader.core.rules import Severity


@dataclass(frozen=True)
class Options:
    ignore: frozenset[str] = frozenset()  # rule ids
    strict: bool = False  # warnings fail too


def library_report(library, today: date | None = None) -> list[Problem]:
    """Every problem of a library read whole: profiles' first, then by file and line."""
    advice = [p for article in library.articles for p in lint(article, today)] + duplicate_titles(library.articles)
    by_place = sorted([p for a in library.articles for p in a.problems] + advice, key=lambda p: (str(p.path), p.line))
    return library.book.problems + by_place


def article_report(article, library=None, today: date | None = None) -> list[Problem]:
    """One article's problems, with the advice for it; given its library, another article with the same title."""
    found = article.problems + lint(article, today)
    if library is not None:
        others = [a for a in library.articles if a.path != article.path]
        found += [p for p in duplicate_titles([article, *others]) if p.path == article.path]
    return sorted(found, key=lambda p: p.line)


def kept(problems: Iterable[Problem], options: Options) -> list[Problem]:
    return [p for p in problems if p.rule not in options.ignore]


def exit_status(problems: list[Problem], options: Options) -> int:
    failing = any(p.is_error or (options.strict and p.severity is Severity.WARNING) for p in problems)
    return 1 if failing else 0


def as_line(problem: Problem) -> str:
    return f"{problem} [{problem.rule}]"


def as_json(problems: list[Problem]) -> str:
    """An array of {file, line, column, severity, rule, message}: line 0 concerns the whole file, column 0 is
    not known (the front matter's parser tells columns; the body is read by lines)."""
    return json.dumps([{"file": shown(p.path), "line": p.line, "column": p.column, "severity": p.severity.value,
                        "rule": p.rule, "message": p.message} for p in problems], ensure_ascii=False, indent=2)

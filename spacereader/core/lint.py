"""Authoring checks an article's own file answers: its language code, summary, links within the page, heading
levels, images' alt text, a date ahead of today; and the rules a file silences in its front matter
(`lint-ignore: [rule-id, …]`)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from spacereader.core.problems import Problem, problem
from spacereader.core.rules import RULES

if TYPE_CHECKING:
    from spacereader.core.articles import Article

IGNORE_KEY = "lint-ignore"
# ids a page has besides its top-level headings': `{#id}` attributes, raw HTML ids and names, footnotes
_EXPLICIT_ID = re.compile(r"""\{[^{}]*#([\w:.-]+)|\b(?:id|name)\s*=\s*["']?([^"'\s>]+)""")
_FOOTNOTE = ("fn:", "fnref:")
_SUMMARY_KEYS = ("summary", "description", "excerpt")


def ignored_rules(article: Article, meta: dict[str, Any]) -> frozenset[str]:
    """The rule ids the front matter silences; a name that is no rule is said, so a typo does not hide."""
    value = meta.get(IGNORE_KEY)
    if value is None:
        return frozenset()
    line = article.key_lines.get(IGNORE_KEY, 1)
    if not isinstance(value, (str, list)):
        article.problems.append(problem(article.path, line, "field-not-list", key=IGNORE_KEY, kind=repr(value)))
        return frozenset()
    ids = frozenset(str(name).strip() for name in ([value] if isinstance(value, str) else value))
    article.problems += [problem(article.path, line, "lint-ignore-unknown", id=name) for name in sorted(ids - RULES.keys())]
    return ids


def lint(article: Article, today: date | None = None) -> list[Problem]:
    """Advice for the author of an article read whole (with its body): what `check` and the Problems panel add
    to the problems of reading it. Not kept in the index: the library's ⚠ marks files that read wrong."""
    if article.has_errors:
        return []  # the file is read wrong: its fields and body are not what the author meant
    found = _front(article, today or date.today()) + _anchors(article) + _heading_levels(article)
    found += _images_without_alt(article)
    return [p for p in found if p.rule not in article.ignored]


def _front(article: Article, today: date) -> list[Problem]:
    import langcodes  # here: a third of a second to import, paid by check and the panel, not by every reading

    found = []
    if article.lang and ("_" in article.lang or not langcodes.tag_is_valid(article.lang)):
        found.append(_at(article, "lang", "lang-invalid", value=article.lang))
    if not article.summary:
        key = next((key for key in _SUMMARY_KEYS if key in article.key_lines), "summary")
        found.append(problem(article.path, article.key_lines.get(key, 1), "summary-missing"))
    if article.full_article.lower().startswith("http:"):
        found.append(_at(article, "full_article", "full-article-http"))
    if article.day is not None and article.day > today:
        found.append(_at(article, "date", "date-future", value=article.day.isoformat()))
    return found


def _at(article: Article, key: str, rule: str, **args: object) -> Problem:
    return problem(article.path, article.key_lines.get(key, 1), rule, **args)


def _anchors(article: Article) -> list[Problem]:
    document = article.document
    links = [link for link in document.links if link.target.startswith("#") and len(link.target) > 1]
    if not links:
        return []
    known = {h.anchor for h in document.headings}
    known |= {a or b for _, line in document.outside_code() if "id" in line or "{" in line or "name" in line
              for a, b in _EXPLICIT_ID.findall(line)}
    example = document.headings[0].anchor if document.headings else "a-heading"
    return [problem(article.path, article.body_line + link.line, "anchor-missing", anchor=name, example=example)
            for link in links if (name := link.target[1:]) not in known and not name.startswith(_FOOTNOTE)]


def _heading_levels(article: Article) -> list[Problem]:
    found, previous = [], 1  # the page's header holds the title, a first-level heading
    for heading in article.document.headings:
        if heading.level > previous + 1:
            found.append(problem(article.path, article.body_line + heading.line, "heading-skip",
                                 level=heading.level, previous=previous, expected=previous + 1))
        previous = heading.level
    return found


def _images_without_alt(article: Article) -> list[Problem]:
    return [problem(article.path, article.body_line + link.line, "image-no-alt", target=link.target)
            for link in article.document.links if link.is_image and not link.text.strip()]


def duplicate_titles(articles: list[Article]) -> list[Problem]:
    """Articles that share a title (ignoring case and spacing): each is told the file of another."""
    by_title: dict[str, list[Article]] = {}
    for article in (a for a in articles if not a.has_errors):
        by_title.setdefault(" ".join(article.title.casefold().split()), []).append(article)
    found = []
    for same in by_title.values():
        for article in same if len(same) > 1 else ():
            other = next(a for a in same if a is not article)
            if "title-duplicate" not in article.ignored:
                found.append(_at(article, "title", "title-duplicate", other=other.path.name))
    return found

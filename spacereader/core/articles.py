"""An article: its front matter read into typed fields, its Markdown body, and what was wrong with it."""

from __future__ import annotations

import os
import re
import reprlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from spacereader.core import frontmatter
from spacereader.core.document import Document, read_document
from spacereader.core.filenames import shown
from spacereader.core.folders import is_article_name
from spacereader.core.inline import is_image_name
from spacereader.core.limits import formatting_problem
from spacereader.core.links import is_web_url
from spacereader.core.lint import ignored_rules
from spacereader.core.problems import Problem, problem
from spacereader.core.rules import KINDS
from spacereader.core.textfile import read_text

WORDS_PER_MINUTE = 230
# The document of an article known by its metadata only (from the index): one for them all, never changed (a
# document is replaced, not edited). Made for each, they were a third of a warm start and 1 KB an article.
NO_BODY = read_document("")
_JEKYLL_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})-")


@dataclass(slots=True)  # no __dict__: a library of 100,000 articles keeps that many
class Article:
    path: Path
    title: str
    document: Document = field(default_factory=lambda: NO_BODY)  # the body: Markdown without front matter
    body_line: int = 1  # the file's line number of the body's first line
    author: str = ""
    date: date | datetime | None = None
    lang: str = ""
    tags: tuple[str, ...] = ()
    summary: str = ""
    full_article: str = ""
    astronauts: tuple[str, ...] = ()  # ids declared in the front matter
    links_to: tuple[str, ...] = ()  # the notes its wiki links name, as written: what its backlinks are made of
    key_lines: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    ignored: frozenset[str] = frozenset()  # rule ids its front matter silences (`lint-ignore:`)

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    @property
    def day(self) -> date | None:
        return self.date.date() if isinstance(self.date, datetime) else self.date

    @property
    def body(self) -> str:
        return self.document.text

    def reading_minutes(self) -> int | None:
        """None for an article with no words to read."""
        words = self.document.words()
        return max(1, round(words / WORDS_PER_MINUTE)) if words else None


    def silence(self) -> Article:
        """Drop the problems of the rules its front matter silences."""
        if self.ignored:
            self.problems = [p for p in self.problems if p.rule not in self.ignored]
        return self


def is_article_file(path: Path) -> bool:
    return is_article_name(path.name)


def load_article(path: Path, root: Path | None = None) -> Article:
    """Read one article. Never raises: whatever is wrong becomes a problem on the returned article. Given the
    library's folder as `root`, a file that resolves outside it (a symbolic link) is not read."""
    if refused := _outside(path, root):
        return Article(path, shown(path.stem), problems=[problem(path, 0, "file-outside-library", target=refused)])
    source = read_text(path)
    problems = _name_problems(path) + source.problems
    if source.text is None or not source.text.strip():
        empty = [] if source.text is None else [problem(path, 0, "file-empty")]
        return Article(path, shown(path.stem), problems=problems + empty)
    front = frontmatter.split(source.text)
    article = Article(path, "", read_document(front.body), front.body_line, key_lines=front.key_lines)
    article.problems = problems + [problem(path, line, rule, column=column, **args)
                                   for line, rule, args, column in front.errors]
    _read_fields(article, front.meta)
    _find_title(article, front.meta.get("title"))
    article.ignored = ignored_rules(article, front.meta)
    article.tags = _with_inline_tags(article.tags, article.document.tags)
    article.links_to = tuple(dict.fromkeys(link.name for _, link in article.document.wiki_links
                                           if link.name and not (link.is_embed and is_image_name(link.name))))
    article.problems += [problem(path, article.body_line + line, "shortcode-unclosed", name=written.name,
                                 closing=written.closing_mark()) for line, written in article.document.shortcodes.unclosed]
    if too_much := formatting_problem(article.document):
        index, rule, args = too_much
        article.problems.append(problem(path, article.body_line + index, rule, **args))
    return article


def _outside(path: Path, root: Path | None) -> str | None:
    if root is None:
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None  # gone, or a loop: reading it says which
    if target.is_relative_to(root.resolve()):
        return None
    return shown(target)


def _name_problems(path: Path) -> list[Problem]:
    """A name that cannot be shown as it is: other programs, and `spacereader check` output, would mangle it."""
    name = shown(path.name)
    if name == path.name:
        return []
    try:
        os.fsencode(path.name).decode("utf-8")
    except UnicodeDecodeError:
        return [problem(path, 0, "file-name-not-utf8", name=name)]
    return [problem(path, 0, "file-name-invisible", name=name)]


def _read_fields(article: Article, meta: dict[str, Any]) -> None:
    article.author = _text(article, meta, "author")
    article.lang = _text(article, meta, "lang") or _text(article, meta, "language")
    article.summary = next((s for key in ("summary", "description", "excerpt") if (s := _text(article, meta, key))), "")
    article.tags = _words(article, meta, "tags") + _words(article, meta, "categories")
    article.astronauts = _words(article, meta, "astronauts")
    article.date = _read_date(article, meta.get("date"))
    article.full_article = _read_url(article, meta.get("full_article"))


def _with_inline_tags(tags: tuple[str, ...], inline: tuple[str, ...]) -> tuple[str, ...]:
    """The front matter's tags, then the text's #tags it does not have already (case aside, as Obsidian has it)."""
    known = {tag.casefold() for tag in tags}
    return tags + tuple(tag for tag in inline if tag.casefold() not in known and not known.add(tag.casefold()))


def _complain(article: Article, field_name: str, rule: str, **args: object) -> None:
    """A problem at the line of the front matter's field it is about."""
    article.problems.append(problem(article.path, article.key_lines.get(field_name, 1), rule, **args))


def _text(article: Article, meta: dict[str, Any], key: str) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)  # several authors
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip()
    _complain(article, key, "field-not-text", key=key, kind=_kind(value))
    return ""


def _words(article: Article, meta: dict[str, Any], key: str) -> tuple[str, ...]:
    value = meta.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v).strip() for v in value if str(v).strip())
    _complain(article, key, "field-not-list", key=key, kind=_kind(value))
    return ()


def _read_date(article: Article, value: Any) -> date | datetime | None:
    if value is None:
        prefix = _JEKYLL_DATE.match(article.path.name)
        value = prefix.group(1) if prefix else None
    if value is None or isinstance(value, (date, datetime)):
        return value
    if isinstance(value, str):
        parsed = parse_iso_date(value.strip())
        if parsed is not None:
            return parsed
    _complain(article, "date", "date-invalid", value=_short(value))
    return None


def parse_iso_date(text: str) -> date | datetime | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _read_url(article: Article, value: Any) -> str:
    if value is None or value == "":
        return ""
    url = str(value).strip()
    if is_web_url(url):
        return url
    _complain(article, "full_article", "full-article-invalid", value=_short(url))
    return ""


def _find_title(article: Article, value: Any) -> None:
    if isinstance(value, (str, int, float)) and str(value).strip():
        article.title = str(value).strip()
        if (heading := article.document.title) is not None and _same(heading.text, article.title):
            article.document = article.document.without(heading)  # written twice, shown once
        return
    if value is not None:
        _complain(article, "title", "title-not-text", kind=_kind(value))
    if (heading := article.document.title) is not None:
        article.title = heading.text
        article.document = article.document.without(heading)  # the header shows the title
        return
    article.title = title_from_name(article.path)


def title_from_name(path: Path) -> str:
    """A note's title when it gives none, as Obsidian, Zettlr and Jekyll have it: its file name, without the
    extension and a Jekyll date prefix; a Hugo page bundle's (`post/index.md`) is its folder's name."""
    stem = path.parent.name if path.stem.lower() in _BUNDLE_INDEXES and path.parent.name else path.stem
    prefix = _JEKYLL_DATE.match(stem)
    return shown(stem[prefix.end():] if prefix and stem != prefix.group(0) else stem)


_BUNDLE_INDEXES = ("index", "_index")


def _same(heading: str, title: str) -> bool:
    return " ".join(heading.casefold().split()) == " ".join(title.casefold().split())


def _kind(value: Any) -> str:
    """What a value is, in words a message can hold (marked for translation), or the value itself."""
    return KINDS.get({dict: "mapping", list: "list", bool: "bool"}.get(type(value), ""), _short(value))


def _short(value: Any) -> str:
    return reprlib.repr(value)  # a message names the value, never pages of it

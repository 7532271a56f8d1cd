"""Checks that need more than the file itself: astronaut ids against the profiles, links against the disk."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from spacereader.core.articles import Article, lines_outside_code
from spacereader.core.links import local_target, probe
from spacereader.core.problems import Problem, error, warning
from spacereader.core.profiles import ProfileBook

# [text](target "title") and ![alt](target); good enough to point an author at a line. No brackets inside the
# text or the target, and nothing required after the target but a space or `)`: each `[` is tried once and
# gives up at the next bracket, so a long line of `[x](` takes linear time, not minutes.
_INLINE_LINK = re.compile(r"(!?)\[[^\[\]\n]*\]\(\s*<?([^)\s>\[\]]+)(?=>?(?:\s|\)))")
_REFERENCE = re.compile(r"^ {0,3}\[(?!\^)[^\]\n]+\]:\s*<?([^\s>]+)>?")  # [label]: target


def check_astronaut_ids(article: Article, book: ProfileBook) -> list[Problem]:
    line = article.key_lines.get("astronauts", 1)
    return [error(article.path, line, f"unknown astronaut {profile_id!r} in `astronauts:` (no profile has that id)")
            for profile_id in article.astronauts if profile_id not in book]


def check_local_links(article: Article) -> list[Problem]:
    problems, missing = [], {}  # target → whether it is missing: each asked of the disk once, however often linked
    for line, is_image, target in _links(article):
        if target not in missing:
            path = local_target(article.path.parent, target)
            missing[target] = path is not None and not probe(Path.exists, path)
        if missing[target]:
            what = "image" if is_image else "link"
            problems.append(warning(article.path, line, f"{what} points to a missing file: {target}"))
    return problems


def _links(article: Article) -> Iterator[tuple[int, bool, str]]:
    for offset, text in lines_outside_code(article.body):
        if "](" not in text and "]:" not in text:
            continue  # most lines: spared the patterns below
        for found in _INLINE_LINK.finditer(re.sub(r"`[^`]*`", "", text)):
            yield article.body_line + offset, found.group(1) == "!", found.group(2)
        if reference := _REFERENCE.match(text):
            yield article.body_line + offset, False, reference.group(1)

"""Checks that need more than the file itself: astronaut ids against the profiles, links against the disk."""

from __future__ import annotations

from pathlib import Path

from spacereader.core.articles import Article
from spacereader.core.links import local_target, probe
from spacereader.core.problems import Problem, problem
from spacereader.core.profiles import ProfileBook


def check_astronaut_ids(article: Article, book: ProfileBook) -> list[Problem]:
    line = article.key_lines.get("astronauts", 1)
    return [problem(article.path, line, "astronaut-unknown", id=repr(profile_id))
            for profile_id in article.astronauts if profile_id not in book]


def check_local_links(article: Article) -> list[Problem]:
    problems, missing = [], {}  # target → whether it is missing: each asked of the disk once, however often linked
    for link in article.document.links:
        target, line = link.target, article.body_line + link.line
        if target not in missing:
            path = local_target(article.path.parent, target)
            missing[target] = path is not None and not probe(Path.exists, path)
        if missing[target]:
            rule = "image-missing-file" if link.is_image else "link-missing-file"
            problems.append(problem(article.path, line, rule, target=target))
    return problems

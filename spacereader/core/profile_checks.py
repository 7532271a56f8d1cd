"""Checks on the profiles that need the library: a portrait refused (outside its folder, too large), and in a
library whose articles are in English and French, text given in only one of the two."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacereader.core.articles import Article
from spacereader.core.localized import Text
from spacereader.core.portraits import MAX_PORTRAIT_BYTES, Refusal, find_portrait
from spacereader.core.problems import Problem, problem
from spacereader.core.profiles import Profile, ProfileBook

BOTH = frozenset({"en", "fr"})
_REFUSALS = {Refusal.OUTSIDE: "portrait-outside", Refusal.TOO_LARGE: "portrait-too-large",
             Refusal.NOT_A_FILE: "portrait-not-a-file"}


def portrait_problems(book: ProfileBook, folders: list[Path]) -> list[Problem]:
    return [problem(path, 0, _REFUSALS[why], name=path.name, limit=MAX_PORTRAIT_BYTES // (1024 * 1024))
            for profile_id in book.profiles for path, why in find_portrait(profile_id, folders).refused]


def language_problems(book: ProfileBook, articles: Iterable[Article]) -> list[Problem]:
    """One warning a profile, naming its fields in one language only; none unless the articles use both."""
    if not BOTH <= {a.lang.lower()[:2] for a in articles if a.lang}:
        return []
    problems = []
    for profile in book.profiles.values():
        keys = [key for key, text in _texts(profile) if text and not BOTH <= text.languages]
        if keys:
            problems.append(problem(profile.source, 1, "profile-one-language", keys=", ".join(dict.fromkeys(keys))))
    return problems


def _texts(profile: Profile) -> list[tuple[str, Text]]:
    return [("summary", profile.summary), ("nationality", profile.nationality),
            *(("missions: note", m.note) for m in profile.missions),
            *(("milestones: text", m.text) for m in profile.milestones)]

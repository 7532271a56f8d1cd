"""Astronaut profiles: one YAML file each, bundled ones first, then the library's own `astronauts/` folder."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from spacereader.core.frontmatter import YAMLProblem, load_yaml
from spacereader.core.links import is_web_url
from spacereader.core.localized import Text, read_text_value
from spacereader.core.problems import Problem, problem
from spacereader.core.textfile import read_text

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def date_parts(text: str) -> tuple[int, ...] | None:
    """(year,), (year, month) or (year, month, day) of a profile's YYYY, YYYY-MM or YYYY-MM-DD; None for anything
    else, a month or day that no calendar has included (2021-02-30)."""
    if not _PARTIAL_DATE.match(text):
        return None
    parts = tuple(int(p) for p in text.split("-"))
    try:
        date(*parts, *(1,) * (3 - len(parts)))
    except ValueError:
        return None
    return parts


@dataclass(frozen=True)
class Mission:
    name: str
    years: str = ""
    note: Text = Text()


@dataclass(frozen=True)
class FollowerCount:
    as_of: str  # YYYY, YYYY-MM or YYYY-MM-DD
    count: int


@dataclass(frozen=True)
class SocialAccount:
    network: str
    handle: str
    url: str = ""
    counts: tuple[FollowerCount, ...] = ()  # oldest first

    @property
    def latest(self) -> FollowerCount | None:
        return self.counts[-1] if self.counts else None


@dataclass(frozen=True)
class Milestone:
    date: str
    text: Text


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    source: Path
    aliases: tuple[str, ...] = ()
    nationality: Text = Text()
    agency: str = ""
    born: str = ""
    summary: Text = Text()
    missions: tuple[Mission, ...] = ()
    social: tuple[SocialAccount, ...] = ()
    milestones: tuple[Milestone, ...] = ()


@dataclass
class ProfileBook:
    profiles: dict[str, Profile] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def get(self, profile_id: str) -> Profile | None:
        return self.profiles.get(profile_id)

    def __contains__(self, profile_id: str) -> bool:
        return profile_id in self.profiles

    def sorted(self) -> list[Profile]:
        return sorted(self.profiles.values(), key=lambda p: p.name.split()[-1].casefold())


def load_profile_book(folders: list[Path]) -> ProfileBook:
    """Profiles from each folder in turn; a later folder's profile replaces an earlier one with the same id."""
    book = ProfileBook()
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
            profile, problems = load_profile(path)
            book.problems += problems
            if profile is not None:
                book.profiles[profile.id] = profile
    return book


def load_profile(path: Path) -> tuple[Profile | None, list[Problem]]:
    source = read_text(path)
    if source.text is None:
        return None, source.problems
    try:
        data = load_yaml(source.text)
    except YAMLProblem as exc:
        return None, [*source.problems, problem(path, exc.line, "profile-yaml", reason=exc.reason)]
    reader = _ProfileReader(path, source.problems)
    return reader.read(data), reader.problems


class _ProfileReader:
    """Validates one profile's YAML, collecting every problem instead of stopping at the first."""

    def __init__(self, path: Path, problems: list[Problem]):
        self.path = path
        self.problems = list(problems)

    def read(self, data: Any) -> Profile | None:
        profile_id = self.path.stem
        if not _SLUG.match(profile_id):
            return self._say("profile-file-name", name=repr(profile_id))
        if not isinstance(data, dict):
            return self._say("profile-not-mapping")
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            return self._say("profile-no-name")
        if data.get("id", profile_id) != profile_id:
            self._say("profile-id-mismatch", id=repr(data["id"]))
        return Profile(
            id=profile_id, name=name.strip(), source=self.path,
            aliases=tuple(self._strings(data, "aliases")),
            nationality=self._text(data, "nationality"), agency=self._string(data, "agency"),
            born=self._date(data, "born"), summary=self._text(data, "summary"),
            missions=tuple(self._missions(data)), social=tuple(self._social(data)),
            milestones=tuple(self._milestones(data)),
        )

    def _say(self, rule: str, **args: object) -> None:
        self.problems.append(problem(self.path, 1, rule, **args))

    def _string(self, data: dict, key: str) -> str:
        value = data.get(key)
        if value is None:
            return ""
        if isinstance(value, dict | list):
            self._say("profile-field-not-text", key=key)
            return ""
        return str(value).strip()

    def _text(self, data: dict, key: str) -> Text:
        """Plain text, or a mapping of language code to text."""
        text, wrong = read_text_value(data.get(key))
        if wrong is None:
            self._say("profile-field-not-text", key=key)
        elif wrong:
            self._say("profile-text-languages", key=key, entries=", ".join(wrong))
        return text

    def _strings(self, data: dict, key: str) -> list[str]:
        value = data.get(key) or []
        if not isinstance(value, list):
            value = [value]
        return [str(v).strip() for v in value if isinstance(v, (str, int)) and str(v).strip()]

    def _items(self, data: dict, key: str, required: str) -> list[dict]:
        value = data.get(key) or []
        items = value if isinstance(value, list) else [value]
        good = [item for item in items if isinstance(item, dict) and item.get(required)]
        if len(good) < len(items):
            self._say("profile-entries-ignored", key=key, count=len(items) - len(good), required=required)
        return good

    def _missions(self, data: dict) -> list[Mission]:
        return [Mission(str(m["name"]), self._string(m, "years"), self._text(m, "note"))
                for m in self._items(data, "missions", "name")]

    def _social(self, data: dict) -> list[SocialAccount]:
        accounts = []
        for item in self._items(data, "social", "network"):
            url = self._string(item, "url")
            if url and not is_web_url(url):
                self._say("profile-url-invalid", url=repr(url))
                url = ""
            counts = tuple(sorted(self._counts(item), key=lambda c: c.as_of))
            accounts.append(SocialAccount(str(item["network"]), self._string(item, "handle"), url, counts))
        return accounts

    def _counts(self, item: dict) -> list[FollowerCount]:
        """`followers: N` with `followers_as_of`, or a list of `{count: N, as_of: DATE}`: a count is only
        worth showing with the date it was true."""
        followers = item.get("followers")
        points = followers if isinstance(followers, list) else [{"count": followers, "as_of": item.get("followers_as_of")}]
        counts = []
        for point in points if followers is not None else []:
            count = point.get("count") if isinstance(point, dict) else None
            as_of = self._date(point, "as_of") if isinstance(point, dict) else ""
            if isinstance(count, int) and not isinstance(count, bool) and count >= 0 and as_of:
                counts.append(FollowerCount(as_of, count))
            else:
                self._say("profile-followers-invalid")
        return counts

    def _milestones(self, data: dict) -> list[Milestone]:
        return [Milestone(self._date(m, "date"), text) for m in self._items(data, "milestones", "text")
                if (text := self._text(m, "text"))]

    def _date(self, data: dict, key: str) -> str:
        value = self._string(data, key)
        if value and date_parts(value) is None:
            self._say("profile-date-invalid", key=key, value=repr(value))
        return value

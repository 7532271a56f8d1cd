"""Finding astronauts in running text by name, alias or unambiguous surname."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator

from spacereader.core.profiles import Profile

_CODE_FENCE = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+).+?\1", re.DOTALL)


def fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class MentionMatcher:
    """Matches whole words only, so `Hadfield's` and `d’Hadfield` match but `Hadfields` does not."""

    def __init__(self, profiles: Iterable[Profile]):
        owners: dict[str, set[str]] = defaultdict(set)
        for profile in profiles:
            for name in self._names(profile):
                owners[name].add(profile.id)
        self._ids = {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}
        surnames = defaultdict(set)
        for name, ids in owners.items():
            if " " in name:
                surnames[name.split()[-1]] |= ids
        for surname, ids in surnames.items():
            if len(ids) == 1 and surname not in owners:  # only a surname no other profile shares
                self._ids[surname] = next(iter(ids))
        self._pattern = self._compile(self._ids)

    @staticmethod
    def _names(profile: Profile) -> set[str]:
        names = {profile.name, *profile.aliases}
        return {variant for name in names for variant in (name, fold_accents(name)) if variant.strip()}

    @staticmethod
    def _compile(names: Iterable[str]) -> re.Pattern | None:
        ordered = sorted(names, key=len, reverse=True)  # the longest name wins at a position
        if not ordered:
            return None
        alternatives = (r"\s+".join(map(re.escape, name.split())).replace("'", "['’]") for name in ordered)
        return re.compile(r"(?<!\w)(" + "|".join(alternatives) + r")(?!\w)")

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, profile id) for each mention in plain text."""
        if self._pattern is None:
            return
        for found in self._pattern.finditer(text):
            key = " ".join(found.group(1).split()).replace("’", "'")
            profile_id = self._ids.get(key) or self._ids.get(found.group(1))
            if profile_id:
                yield found.start(1), found.end(1), profile_id

    def ids_in_markdown(self, markdown_text: str) -> list[str]:
        """The profiles a Markdown body mentions outside code, in order of first mention."""
        text = _CODE_SPAN.sub(" ", _CODE_FENCE.sub("", markdown_text))
        return list(dict.fromkeys(profile_id for _, _, profile_id in self.finditer(text)))

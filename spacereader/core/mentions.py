"""Finding astronauts in running text by name, alias or unambiguous surname."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator

from spacereader.core.document import Document
from spacereader.core.inline import prose
from spacereader.core.profiles import Profile


def fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_WORD_BEFORE = re.compile(r"(?<!\S)(\w[\w’'-]*)\s+$")


def _after_another_name(text: str, start: int, before: str = "") -> bool:
    """True for `Kelly` in `with Mark Kelly`: a capitalised word inside a sentence is someone else's first name.
    At a sentence's start (`Avec Hadfield, …`) a capital proves nothing, so the surname stands. `before` is the
    text of the same paragraph that comes before `text` (a page's text is cut by its links and emphasis)."""
    window = (before[-60:] + text[max(0, start - 60):start])[-60:]
    found = _WORD_BEFORE.search(window)
    if found is None or not found.group(1)[0].isupper():
        return False
    rest = window[:found.start(1)].rstrip()
    return bool(rest) and rest[-1] not in ".!?:;«\"“(—–-"


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
        self._surnames = {surname for surname, ids in surnames.items() if len(ids) == 1 and surname not in owners}
        for surname in self._surnames:  # only a surname no other profile shares
            self._ids[surname] = next(iter(surnames[surname]))
        self._pattern = self._compile(self._ids)
        # Every match holds its name's longest word as written: a search for those words alone is fast, and
        # spares most texts and paragraphs the big pattern, which tries every position.
        clues = {max(re.findall(r"\w+", name), key=len) for name in self._ids if re.search(r"\w", name)}
        self._clue = re.compile("|".join(map(re.escape, sorted(clues)))) if clues else None

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

    def could_mention(self, text: str) -> bool:
        return self._clue is not None and self._clue.search(text) is not None

    def finditer(self, text: str, before: str = "") -> Iterator[tuple[int, int, str]]:
        """(start, end, profile id) for each mention in plain text; `before`, the text just before it."""
        if self._pattern is None or not self.could_mention(text):
            return
        for found in self._pattern.finditer(text):
            key = " ".join(found.group(1).split()).replace("’", "'")
            profile_id = self._ids.get(key) or self._ids.get(found.group(1))
            if profile_id and not (key in self._surnames and _after_another_name(text, found.start(1), before)):
                yield found.start(1), found.end(1), profile_id

    def ids_in(self, document: Document) -> list[str]:
        """The profiles an article's text mentions outside code, in order of first mention."""
        if not self.could_mention(document.text):
            return []
        paragraphs = (prose(p) for p in document.paragraphs() if self.could_mention(p))
        return list(dict.fromkeys(profile_id for p in paragraphs for _, _, profile_id in self.finditer(p)))

"""Finding words in a page's text as the library search does: no case, no accents, one kind of apostrophe. The
spans found are the page's own, so the reader can highlight them in the text it shows."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import NamedTuple

from spacereader.core.searchtext import query_words

_WORD_CHAR = re.compile(r"\w")
_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")


@cache
def _fold_char(char: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return folded.casefold().replace("’", "'")


def fold(text: str) -> str:
    """A text without case or accents, one kind of apostrophe: what matching compares."""
    return "".join(_fold_char(c) for c in text)


class FoldedText(NamedTuple):
    """A text folded once, and where each folded character came from: a page is searched at every keystroke.
    (Not a dataclass: the library search imports this module, and `dataclasses` is a tenth of a warm command.)"""

    text: str
    folded: str
    origin: list[int] | None  # folded index → index in text; None when they are the same (plain ASCII)

    @classmethod
    def of(cls, text: str) -> FoldedText:
        if text.isascii():
            return cls(text, text.lower(), None)
        table = {ord(char): _fold_char(char) for char in set(text)}  # a text has few distinct characters
        if all(len(folded) == 1 for folded in table.values()):  # é → e: one for one, the positions stay
            return cls(text, text.translate(table), None)
        parts, origin = [], []  # ß → ss, ﬁ → fi, a combining accent → nothing: each place remembered
        for index, char in enumerate(text):
            folded = table[ord(char)]
            parts.append(folded)
            origin.extend([index] * len(folded))
        return cls(text, "".join(parts), origin)

    def find(self, query: str, *, word_start: bool = False) -> list[tuple[int, int]]:
        """Every match of the query, as (start, end) spans of the text, in order and not overlapping. With
        `word_start`, only matches at the start of a word (the library search matches words by their prefix)."""
        needle = fold(query)
        spans, at = [], self.folded.find(needle) if needle else -1
        while at >= 0:
            end = at + len(needle)
            if not word_start or at == 0 or not _WORD_CHAR.match(self.folded[at - 1]):
                spans.append(self._span(at, end))
                at = self.folded.find(needle, end)
            else:
                at = self.folded.find(needle, at + 1)
        return spans

    def _span(self, start: int, end: int) -> tuple[int, int]:
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1

    def find_words(self, query: str) -> list[tuple[int, int]]:
        """Where a library search's words and phrases are, in the order of the text: what the search matched."""
        spans = {span for word in query_words(query) for span in self.find(word, word_start=True)}
        return sorted(spans)


def utf16_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans as positions Qt counts (UTF-16 units): a character beyond the BMP (an emoji) counts two."""
    if text.isascii() or not _BEYOND_BMP.search(text):
        return spans
    units, offsets = 0, []
    for char in text:
        offsets.append(units)
        units += 2 if ord(char) >= 0x10000 else 1
    offsets.append(units)
    return [(offsets[start], offsets[end]) for start, end in spans]

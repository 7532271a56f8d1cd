"""A search result's snippet, made from the stored text of the article shown: the few words around its matches.

Made here, not by FTS5's snippet(): to find one article in a common word's match list FTS5 walks the whole list,
which was half of a search at 10,000 articles; the text of twenty rows is read by row id in a millisecond."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from spacereader.core.findtext import fold
from spacereader.core.searchtext import HIT_END, HIT_START, Term, fts_terms

SNIPPET_WORDS = 14
_CONTEXT_BEFORE = 3  # words shown before the first match, so that it is read in its sentence
_NEAR = 600  # characters after the first match where a place with more of the query's terms is looked for
_REACH = 200  # how far past a stretch of text a match that starts in it may go
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_WORD_REST = re.compile(r"\w*")
_NOT_WORD = re.compile(r"\W|$")

Match = tuple[int, int, int]  # start, end, which term of the query


def snippet(texts: Iterable[str], query: str, size: int = SNIPPET_WORDS) -> str:
    """About `size` words of the first text that holds a match of the query, around the place with the most of
    its different terms, on one line; each match (whole words, as the index matched a prefix) between
    HIT_START and HIT_END, "…" where the text goes on. Empty when no text holds a match."""
    terms = fts_terms(query)
    for text in texts:
        if text and (found := _matches(text, terms)):
            return " ".join(_window(text, found, size).split())
    return ""


def _matches(text: str, asked: list[Term]) -> list[Match]:
    """The matches near the first one, in the text's order and not overlapping."""
    first = _first_match(text, asked)
    if first is None:
        return []
    found, near = [], first + _NEAR
    for number, term in enumerate(asked):
        match = _next(term, text, first, near + _REACH)
        while match is not None:
            found.append((match.start(), _WORD_REST.match(text, match.end()).end(), number))  # its word whole
            match = _next(term, text, match.end(), near + _REACH)
    kept, end_before = [], 0
    for start, end, number in sorted(found):
        if start >= end_before:
            kept.append((start, end, number))
            end_before = end
    return kept


def _first_match(text: str, asked: list[Term]) -> int | None:
    """Where the first match of any of the terms starts. The terms are looked for side by side, a stretch of
    the text at a time: a term that is not in the text is not looked for beyond the others' first match."""
    start, stretch = 0, 4096
    while start < len(text):
        end = start + stretch
        found = [m.start() for term in asked if (m := _next(term, text, start, end + _REACH)) is not None]
        if found:
            return min(found)
        start, stretch = end, stretch * 2  # few stretches in a long text
    return None


def _next(term: Term, text: str, position: int, end: int | None = None) -> re.Match | None:
    """The next match of a term at the start of a word, any case and accents, as the index matches it (its last
    word a prefix or whole). The start of a word is checked here, not by the pattern: a pattern that begins with
    a look-behind is tried at every character, three times slower."""
    pattern, end = _pattern(term), len(text) if end is None else end
    while (match := pattern.search(text, position, end)) is not None:
        start = match.start()
        if start == 0 or not _WORD_CHAR.match(text, start - 1):
            return match
        position = start + 1
    return None


@lru_cache(maxsize=256)
def _pattern(term: Term) -> re.Pattern:
    """A term's words, letter by letter any case and accent, anything but letters and digits between them (the
    index's tokenizer splits there: "control’s" is the phrase "control s")."""
    words = ["".join(_VARIANTS.get(c) or re.escape(c) for c in fold(token)) for token in term.tokens]
    return re.compile(r"[\W_]+".join(words) + ("" if term.prefix else r"(?!\w)"), re.IGNORECASE)


def _variants() -> dict[str, str]:
    """Each folded letter as a class of the Latin letters that fold to it ([eéèêë…] for e)."""
    variants: dict[str, set[str]] = {}
    for char in map(chr, range(0x250)):  # Basic Latin to Latin Extended-B: the library's languages
        folded = fold(char)
        if len(folded) == 1 and folded != char.lower():
            variants.setdefault(folded, {folded}).add(char)
    return {folded: "[" + "".join(re.escape(c) for c in sorted(chars)) + "]" for folded, chars in variants.items()}


_VARIANTS = _variants()


def _window(text: str, found: list[Match], words: int) -> str:
    low = max(0, found[0][0] - 100)  # words are numbered near the matches only: a text can be a megabyte
    if low:
        low = _NOT_WORD.search(text, low).end()
    starts = [m.start() for m in _WORD.finditer(text, low, min(len(text), found[-1][1] + 20 * words))]
    numbers = [max(0, bisect_right(starts, start) - 1) for start, _, _ in found]
    first = max(0, min(_best_place(found, numbers, words) - _CONTEXT_BEFORE, len(starts) - words))
    last = min(len(starts), first + words)
    begin, end = starts[first], _WORD.match(text, starts[last - 1]).end()
    shown, at = [], begin
    for start, stop, _ in found:
        if start >= begin and stop <= end:
            shown += [text[at:start], HIT_START, text[start:stop], HIT_END]
            at = stop
    shown.append(text[at:end])
    return ("…" if begin > 0 else "") + "".join(shown) + ("…" if _WORD.search(text, end) else "")


def _best_place(found: list[Match], numbers: list[int], words: int) -> int:
    """The word number of the match whose window holds the most of the query's terms (the first such)."""
    best, best_count = numbers[0], 0
    for candidate, at in enumerate(numbers):
        inside = set()
        for (_, _, asked), number in zip(found[candidate:], numbers[candidate:], strict=True):
            if number >= at + words - _CONTEXT_BEFORE:
                break
            inside.add(asked)
        if len(inside) > best_count:
            best, best_count = at, len(inside)
    return best

"""What search is asked: a query as FTS5 syntax, and how its matches are marked in a snippet."""

from __future__ import annotations

import re
from typing import NamedTuple

HIT_START, HIT_END = "\x02", "\x03"  # around each match in a snippet; never in article text
MIN_PREFIX = 3

_QUOTED_OR_WORD = re.compile(r'["“”«»]([^"“”«»]*)["“”«»]?|(\S+)')
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)  # l’espace → espace
_TOKEN = re.compile(r"\w+")


class Term(NamedTuple):
    """One term of a query: a word or "quoted phrase" as its tokens, the last one a prefix or not."""

    tokens: tuple[str, ...]
    prefix: bool

    def fts(self, last: str | None = None) -> str:
        """The term as FTS5 syntax; with `last`, that whole word in place of the prefix."""
        # \w+ tokens hold no double quote, so a string needs no escaping; quoting keeps AND/OR/NOT plain words.
        if last is not None:
            return '"' + " ".join((*self.tokens[:-1], last)) + '"'
        return '"' + " ".join(self.tokens) + '"' + ("*" if self.prefix else "")


def fts_query(text: str) -> str | None:
    """A user's query as one FTS5 expression: every term must appear."""
    return " AND ".join(term.fts() for term in fts_terms(text)) or None


def fts_terms(text: str) -> list[Term]:
    """A user's query as FTS5 terms: its words, those of MIN_PREFIX letters or more also as prefixes (the user may
    still be typing), and its "quoted phrases". Accents and case are the tokenizer's business (remove_diacritics).
    A shorter prefix (`t*` in `hadn’t`) would stand for half the dictionary."""
    parts = []
    for found in _QUOTED_OR_WORD.finditer(text):
        phrase, word = found.groups()
        if word is not None:
            tokens = _TOKEN.findall(_ELISION.sub("", word))
            if tokens:
                parts.append(Term(tuple(tokens), len(tokens[-1]) >= MIN_PREFIX))
        elif tokens := _TOKEN.findall(phrase or ""):
            parts.append(Term(tuple(tokens), False))
    return parts


def query_words(text: str) -> list[str]:
    """A user's query as the words and phrases to show as matches in a page: elisions gone (`l’espace` → `espace`),
    a phrase kept whole."""
    words = []
    for found in _QUOTED_OR_WORD.finditer(text):
        phrase, word = found.groups()
        if word is not None:
            words += _TOKEN.findall(_ELISION.sub("", word))
        elif tokens := _TOKEN.findall(phrase or ""):
            words.append(" ".join(tokens))
    return words

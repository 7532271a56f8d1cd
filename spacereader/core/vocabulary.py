"""The words the index holds, and in how many articles each: what lets a search stop at its limit.

FTS5 answers a prefix (`orbit*`) by merging the match lists of every word it starts, whole, before it gives the
first row; asked for the words themselves (`orbit OR orbital OR orbite …`) it walks their lists side by side, in
row order, and stops when it has enough. So a word typed in part is searched as the words of the `words` table it
starts. The table takes the words of the few articles written by one thread (as FTS5's tokenizer makes them), and
is counted again from FTS5's own vocabulary after worker processes read many, or once many changed: the counts
tell a word's rarity without walking its matches, and a recount puts right any word split otherwise than FTS5."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

MAX_EXPANSION = 64  # a prefix starting more words than this is left to FTS5 (a short, rare case: 'sta' in a big library)
_TOKEN = re.compile(r"[^\W_]+")  # unicode61: letters and digits; the underscore separates


def index_words(texts: Iterable[str]) -> set[str]:
    """The words FTS5's tokenizer (unicode61, remove_diacritics 2) makes of these texts: no case, no accents."""
    found: set[str] = set()
    for text in texts:
        found.update(_TOKEN.findall(text))
    return {_stored(word) for word in found}


@lru_cache(maxsize=200_000)
def _stored(word: str) -> str:
    # not findtext.fold: FTS5 keeps ß and ﬁ as they are, where fold makes them ss and fi
    if word.isascii():
        return word.lower()
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def add_words(db: sqlite3.Connection, words: Counter[str]) -> None:
    """The words of articles just written, each with the number of them that hold it. An article read again
    counts again: the counts only grow until the next recount."""
    db.executemany("INSERT INTO words VALUES (?, ?) ON CONFLICT (word) DO UPDATE SET articles = articles + excluded.articles",
                   words.items())


def recount(db: sqlite3.Connection) -> None:
    """Every word of the index and its number of articles, as FTS5 has them."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary USING fts5vocab(main, 'search', 'row')")
    db.execute("DELETE FROM words")
    db.execute("INSERT INTO words SELECT term, doc FROM temp.vocabulary")


def expansion(db: sqlite3.Connection, prefix: str) -> list[tuple[str, int]] | None:
    """The words a prefix starts and their counts; None when FTS5 had better merge them itself (too many, or a
    prefix whose letters this module may fold otherwise than FTS5)."""
    start = _stored(prefix)
    if not start.isascii():
        return None
    rows = db.execute("SELECT word, articles FROM words WHERE word >= ? AND word < ? LIMIT ?",
                      (start, start + "\U0010ffff", MAX_EXPANSION + 1)).fetchall()
    return rows if len(rows) <= MAX_EXPANSION else None


def count(db: sqlite3.Connection, word: str) -> int:
    """In how many articles a whole word is, as last counted."""
    found = db.execute("SELECT articles FROM words WHERE word = ?", (_stored(word),)).fetchone()
    return found[0] if found else 0

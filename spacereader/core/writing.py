"""Writing statistics for the author of an article: words, reading time, headings, links, and how easy it reads
(Flesch's reading ease for English, Kandel and Moles' adaptation of it for French), syllables counted by the
hyphenation dictionaries of pyphen, which knows both languages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacereader.core.articles import Article

if TYPE_CHECKING:
    import pyphen

# reading ease = base - per_sentence × words per sentence - per_syllable × syllables per word
_FORMULAS = {"en": (206.835, 1.015, 84.6), "fr": (207.0, 1.015, 73.6)}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n\n")


@dataclass(frozen=True)
class WritingStats:
    words: int
    minutes: int | None  # None: nothing to read
    headings: int
    links: int
    reading_ease: float | None  # 0 (hard) to 100 (easy); None for a language without a formula, or no words


def writing_stats(article: Article) -> WritingStats:
    document = article.document
    text = document.plain_text
    return WritingStats(document.words(), article.reading_minutes(), len(document.headings),
                        sum(1 for link in document.links if not link.is_image),
                        reading_ease(text, article.lang))


def reading_ease(text: str, lang: str) -> float | None:
    formula = _FORMULAS.get(lang.lower()[:2])
    words = _WORD.findall(text)
    if formula is None or not words:
        return None
    sentences = max(1, len([s for s in _SENTENCE_END.split(text) if _WORD.search(s)]))
    syllables = sum(_syllables(word.lower(), lang.lower()[:2]) for word in words)
    base, per_sentence, per_syllable = formula
    score = base - per_sentence * len(words) / sentences - per_syllable * syllables / len(words)
    return round(max(0.0, min(100.0, score)), 1)


@lru_cache(maxsize=2)
def _dictionary(lang: str) -> pyphen.Pyphen:
    import pyphen  # here: a fifth of a second to import, paid by the first statistics, not by the window's start

    return pyphen.Pyphen(lang=lang, left=1, right=1)  # every break between syllables, at the edges too


@lru_cache(maxsize=50_000)  # an article says its words many times over, and the next article most of them too
def _syllables(word: str, lang: str) -> int:
    return len(_dictionary(lang).positions(word)) + 1

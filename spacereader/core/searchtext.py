"""What search reads and what it is asked: an article's prose without its markup, and a query as FTS5 syntax."""

from __future__ import annotations

import html
import re

HIT_START, HIT_END = "\x02", "\x03"  # around each match in a snippet; never in article text

_FENCED_CODE = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$", re.MULTILINE | re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]*>")
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")  # [text](target): the text is prose, the target is not
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:.*$", re.MULTILINE)
_LINE_MARKERS = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|>[ \t>]*|[-*+][ \t]|\d+[.)][ \t]|\|)", re.MULTILINE)
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w)|[|!\[\]`]|\{[#.:][^}\n]*\}")
_SPACES = re.compile(r"[ \t]*\n[ \t\n]*|[ \t]{2,}")

_QUOTED_OR_WORD = re.compile(r'["“”«»]([^"“”«»]*)["“”«»]?|(\S+)')
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)  # l’espace → espace
_TOKEN = re.compile(r"\w+")


def plain_text(markdown_body: str) -> str:
    """The words a reader sees, for the index and its snippets: no code blocks, tags, link targets or markers."""
    text = _FENCED_CODE.sub(" ", markdown_body)
    text = _HTML_COMMENT.sub(" ", text)
    text = _AUTOLINK.sub(" ", text)
    text = _HTML_TAG.sub(" ", text)
    text = _REFERENCE.sub(" ", text)
    text = _LINK_TARGET.sub("", text)
    text = _LINE_MARKERS.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    return _SPACES.sub(" ", html.unescape(text)).strip()


def fts_query(text: str) -> str | None:
    """A user's query as an FTS5 expression: every word must appear, the words as prefixes (the user may still
    be typing), "quoted phrases" as phrases. Accents and case are the tokenizer's business (remove_diacritics)."""
    parts = []
    for found in _QUOTED_OR_WORD.finditer(text):
        phrase, word = found.groups()
        if word is not None:
            tokens = _TOKEN.findall(_ELISION.sub("", word))
            if tokens:
                parts.append(_quoted(tokens) + "*")
        elif tokens := _TOKEN.findall(phrase or ""):
            parts.append(_quoted(tokens))
    return " AND ".join(parts) or None


def _quoted(tokens: list[str]) -> str:
    # \w+ tokens hold no double quote, so a string needs no escaping; quoting keeps AND/OR/NOT plain words.
    return '"' + " ".join(tokens) + '"'

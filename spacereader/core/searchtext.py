"""What search reads and what it is asked: an article's prose without its markup, and a query as FTS5 syntax."""

from __future__ import annotations

import html
import re

HIT_START, HIT_END = "\x02", "\x03"  # around each match in a snippet; never in article text
MIN_PREFIX = 3

# Starts with a newline (the text gets one in front): a literal first character lets `re` skip ahead quickly.
_FENCED_CODE = re.compile(r"\n[ \t]*(```|~~~)[^\n]*.*?\n[ \t]*\1[^\n]*", re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]*>")
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")  # [text](target): the text is prose, the target is not
_REFERENCE = re.compile(r"\n {0,3}\[[^\]\n]+\]:[^\n]*")  # [label]: target, on a line of its own
_ATTRIBUTES = re.compile(r"\{[#.:][^}\n]*\}")  # {#id .class}
_MARKUP = "*_[]`|#>"  # emphasis, brackets, code, tables, headings, quotes

_QUOTED_OR_WORD = re.compile(r'["“”«»]([^"“”«»]*)["“”«»]?|(\S+)')
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)  # l’espace → espace
_TOKEN = re.compile(r"\w+")


def plain_text(markdown_body: str) -> str:
    """The words a reader sees, for the index and its snippets: no code blocks, tags, link targets or markers.
    Regular expressions only where a plain string method cannot do: this runs over every byte of the library.
    Line breaks stay (the tokenizer does not mind); a snippet is put on one line when it is asked for."""
    text = "\n" + markdown_body  # every line, the first too, starts after a newline
    if "``" in text or "~~" in text:
        text = _FENCED_CODE.sub("\n", text)
    if "<" in text:
        text = _HTML_TAG.sub(" ", _AUTOLINK.sub(" ", _HTML_COMMENT.sub(" ", text)))
    if "]" in text:
        text = _LINK_TARGET.sub("", _REFERENCE.sub(" ", text)).replace("![", "[")
    if "{" in text:
        text = _ATTRIBUTES.sub("", text)
    text = text.replace("\n- ", "\n").replace("\n+ ", "\n")
    for mark in _MARKUP:  # str.replace is fast on any text; str.translate is slow on non-ASCII text
        text = text.replace(mark, "")
    return html.unescape(text) if "&" in text else text


def fts_query(text: str) -> str | None:
    """A user's query as one FTS5 expression: every term must appear."""
    return " AND ".join(fts_terms(text)) or None


def fts_terms(text: str) -> list[str]:
    """A user's query as FTS5 terms: its words, those of MIN_PREFIX letters or more also as prefixes (the user may
    still be typing), and its "quoted phrases". Accents and case are the tokenizer's business (remove_diacritics).
    A shorter prefix (`t*` in `hadn’t`) would stand for half the dictionary."""
    parts = []
    for found in _QUOTED_OR_WORD.finditer(text):
        phrase, word = found.groups()
        if word is not None:
            tokens = _TOKEN.findall(_ELISION.sub("", word))
            if tokens:
                parts.append(_quoted(tokens) + ("*" if len(tokens[-1]) >= MIN_PREFIX else ""))
        elif tokens := _TOKEN.findall(phrase or ""):
            parts.append(_quoted(tokens))
    return parts


def _quoted(tokens: list[str]) -> str:
    # \w+ tokens hold no double quote, so a string needs no escaping; quoting keeps AND/OR/NOT plain words.
    return '"' + " ".join(tokens) + '"'

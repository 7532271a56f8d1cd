"""Inline Markdown, for the document's reading of a line or paragraph: its links and its words without markup.
Regular expressions only where a string method cannot do, each tried once per bracket: a line may be a megabyte."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
# [text](target "title") and ![alt](target): no brackets inside the text, none in the target
_INLINE_LINK = re.compile(r"(!?)\[([^\[\]\n]*)\]\(\s*(?:<([^<>\n]*)>|([^)\s\[\]]*))(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]*)>")
# A web address in running text, as GitHub links it: trailing punctuation is the sentence's, `)` too unless it closes
# one inside. It starts with letters the regular expression engine looks for quickly; what may not stand just
# before it (a letter, `/`, `=`, a quote…) is `attached`'s business.
BARE_URL = re.compile(r"(?:https?://|www\.)[\w-](?:\([^\s()<>\[\]]*\)|[^\s<>\"'`()\[\]])*?"
                      r"(?=[.,:;!?*_~'\"]*(?:[\s<)\]]|$))")
_ATTACHED = frozenset("/<\"'=@.]")


def attached(found: re.Match) -> bool:
    """True for an address that goes on a word or a path (`xhttps://`, `/www.`): not one on its own."""
    before = found.string[found.start() - 1] if found.start() else " "
    return before.isalnum() or before == "_" or before in _ATTACHED


def bare_urls(text: str) -> Iterator[re.Match]:
    return (found for found in BARE_URL.finditer(text) if not attached(found))
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # each `<` looks no further than the next one: linear
_LINK_TARGET = re.compile(r"\]\([^()\[\]\n]*\)")  # [text](target): the text is prose, the target is not
_ATTRIBUTES = re.compile(r"\{[#.:][^{}\n]*\}")  # {#id .class}
_EMPHASIS = ("**", "__", "~~", "*")
_MARKUP = ("**", "__", "~~", "*", "`", "|", "[", "]")  # emphasis, strikethrough, code, tables, brackets


def web_address(written: str) -> str:
    return "http://" + written if written.startswith("www.") else written


def without_code_spans(text: str) -> str:
    return _CODE_SPAN.sub(" ", text) if "`" in text else text


def prose(text: str) -> str:
    """A run of inline Markdown as the page's text reads, where an astronaut may be named: a code span or a web
    address stands as a word that names nobody, a link as its text, an image as its [alt text], emphasis without
    its marks."""
    if "<!--" in text:
        text = _HTML_COMMENT.sub(" ", text)
    if "`" in text:
        text = _CODE_SPAN.sub("code", text)
    if "](" in text:
        text = _INLINE_LINK.sub(lambda link: f"[{link.group(2)}]" if link.group(1) else link.group(2), text)
    if "://" in text or "www." in text:
        text = BARE_URL.sub(lambda found: found.group(0) if attached(found) else "url", _AUTOLINK.sub("url", text))
    for mark in _EMPHASIS:
        if mark in text:
            text = text.replace(mark, "")
    return text


def inline_links(line: str) -> Iterator[tuple[str, str, bool]]:
    """(target, text, is_image) for each link and image written in a line of text, outside code spans."""
    line = without_code_spans(line)
    if "](" in line:
        for found in _INLINE_LINK.finditer(line):
            yield found.group(3) if found.group(3) is not None else found.group(4), found.group(2), found.group(1) == "!"
        line = _INLINE_LINK.sub(" ", line)
    if "<" in line:
        for found in _AUTOLINK.finditer(line):
            yield found.group(1), found.group(1), False
        line = _AUTOLINK.sub(" ", line)
    if "://" in line or "www." in line:
        for found in bare_urls(_HTML_TAG.sub(" ", line)):
            yield web_address(found.group(0)), found.group(0), False


def inline_text(text: str) -> str:
    """The words of a run of inline Markdown as a reader sees them: code spans keep their text, links their text."""
    if "<" in text:
        text = _HTML_TAG.sub(" ", _AUTOLINK.sub(r" \1 ", _HTML_COMMENT.sub(" ", text)))
    if "]" in text:
        text = _LINK_TARGET.sub("", text).replace("![", "[")
    if "{" in text:
        text = _ATTRIBUTES.sub("", text)
    for mark in _MARKUP:  # str.replace is fast on any text; str.translate is slow on non-ASCII text
        if mark in text:
            text = text.replace(mark, "")
    return html.unescape(text) if "&" in text else text

"""Inline Markdown, for the document's reading of a line or paragraph: its links and its words without markup.
Regular expressions only where a string method cannot do, each tried once per bracket: a line may be a megabyte."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
# [text](target "title") and ![alt](target): no brackets in the text; the target may hold one pair of parentheses
# (`Apollo_(program)`). Spaces are taken whole (`(?=(?P<x>\s*))(?P=x)`: an atomic group before Python 3.11), so a
# line of spaces is not tried in many ways.
_INLINE_LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>[^\[\]\n]*)\]\((?=(?P<s1>\s*))(?P=s1)"
    r"(?:<(?P<angled>[^<>\n]*)>|(?P<target>(?:[^()\s\[\]]|\([^()\s\[\]]*\))*))(?=(?P<s2>\s*))(?P=s2)"
    r"(?:(?<=\s)(?:\"[^\"\n]*\"|'[^'\n]*')(?=(?P<s3>\s*))(?P=s3))?\)")
# Obsidian's [[Note]], [[Note#Heading|shown text]] and ![[embed.png|300]]; `\|` is the pipe escaped in a table
WIKI_LINK = re.compile(r"(?P<bang>!?)\[\[(?P<target>[^\[\]\n|]*?)\\?(?:\|(?P<label>[^\[\]\n]*))?\]\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]*)>")
# A web address in running text, as GitHub links it. It starts with letters the regular expression engine looks for
# quickly and takes all it can; `bare_urls` then gives back the sentence's punctuation and a `)` that closes none.
BARE_URL = re.compile(r"(?:https?://|www\.)[\w-][^\s<>\"'`\[\]\x02\x03]*")  # \x02, \x03: Python-Markdown's stash
_ATTACHED = frozenset("/<\"'=@.]")
_TRAILING = ".,:;!?*_~'\""


def bare_urls(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each web address on its own in a text: not one going on a word or a path (`xhttps://`)."""
    for found in BARE_URL.finditer(text, start):
        before = text[found.start() - 1] if found.start() else " "
        if before.isalnum() or before == "_" or before in _ATTACHED:
            continue
        url = found.group(0)
        while url and (url[-1] in _TRAILING or (url[-1] == ")" and url.count(")") > url.count("("))):
            url = url[:-1]
        if url.partition("//" if url[:4] != "www." else "www.")[2]:  # more than `https://` or `www.` is left
            yield found.start(), found.start() + len(url)


def _without_bare_urls(text: str, replacement: str) -> str:
    spans = list(bare_urls(text))
    for start, end in reversed(spans):
        text = text[:start] + replacement + text[end:]
    return text
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # each `<` looks no further than the next one: linear
_LINK_TARGET = re.compile(r"\]\([^()\[\]\n]*\)")  # [text](target): the text is prose, the target is not
_ATTRIBUTES = re.compile(r"\{[#.:][^{}\n]*\}")  # {#id .class}
_EMPHASIS = ("**", "__", "~~", "*")
_MARKUP = ("**", "__", "~~", "==", "*", "`", "|", "[", "]")  # emphasis, strikethrough, highlight, code, tables, brackets


@dataclass(frozen=True)
class WikiLink:
    """A wiki link or embed as written: `[[name#heading|label]]`."""

    name: str  # a note's or file's name, or a path ending in one; empty for a heading of the same note
    heading: str
    label: str  # the text written after `|`: shown text, or an image's width
    is_embed: bool

    @property
    def shown(self) -> str:
        """The text the page shows for a link (Obsidian's `Note > Heading` when no text is given)."""
        if self.label.strip() and not (self.is_embed and _SIZE.fullmatch(self.label.strip())):
            return self.label.strip()
        return " › ".join(part for part in (self.name.strip(), self.heading.lstrip("^").strip()) if part)


_SIZE = re.compile(r"\d+(?:x\d+)?")  # ![[image.png|300]] or |300x200


def wiki_link(found: re.Match) -> WikiLink:
    name, _, heading = found["target"].partition("#")
    return WikiLink(name.strip(), heading.strip(), found["label"] or "", found["bang"] == "!")


def image_size(label: str) -> tuple[str, str]:
    """(width, height) written after an embed's `|`, either empty."""
    if not _SIZE.fullmatch(label.strip()):
        return "", ""
    width, _, height = label.strip().partition("x")
    return width, height


def wiki_links(line: str) -> Iterator[WikiLink]:
    """Each wiki link and embed in a line of text, outside code spans."""
    if "[[" in line:
        yield from (wiki_link(found) for found in WIKI_LINK.finditer(without_code_spans(line)))


def _wiki_text(found: re.Match) -> str:
    """What a wiki link reads as: its text; an embedded image, its alt text (its name), as other images."""
    return wiki_link(found).shown


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".svg", ".webp", ".avif")


def is_image_name(name: str) -> bool:
    return name.lower().endswith(IMAGE_SUFFIXES)


# Obsidian's inline #tag: after a space or at the start, letters, digits, `_`, `-` and `/` (nested/tags), not only digits
_INLINE_TAG = re.compile(r"(?<!\S)#([\w/-]*[^\W\d][\w/-]*)")


def inline_tags(text: str) -> list[str]:
    """The #tags of a run of inline Markdown, outside code spans, link targets and web addresses."""
    if "#" not in text:
        return []
    text = _without_bare_urls(_LINK_TARGET.sub("", without_code_spans(text)), " ")
    return [tag.strip("/") for tag in _INLINE_TAG.findall(text) if tag.strip("/")]


def web_address(written: str) -> str:
    return "http://" + written if written.startswith("www.") else written


def without_code_spans(text: str) -> str:
    return CODE_SPAN.sub(" ", text) if "`" in text else text


def prose(text: str) -> str:
    """A run of inline Markdown as the page's text reads, where an astronaut may be named: a code span or a web
    address stands as a word that names nobody, a link as its text, an image as its [alt text], emphasis without
    its marks."""
    if "<!--" in text:
        text = _HTML_COMMENT.sub(" ", text)
    if "`" in text:
        text = CODE_SPAN.sub("code", text)
    if "](" in text:
        text = _INLINE_LINK.sub(lambda link: f"[{link['text']}]" if link["bang"] else link["text"], text)
    if "[[" in text:
        text = WIKI_LINK.sub(_wiki_text, text)
    if "://" in text or "www." in text:
        text = _without_bare_urls(_AUTOLINK.sub("url", text), "url")
    for mark in _EMPHASIS:
        if mark in text:
            text = text.replace(mark, "")
    return text


def inline_links(line: str) -> Iterator[tuple[str, str, bool]]:
    """(target, text, is_image) for each link and image written in a line of text, outside code spans."""
    line = without_code_spans(line)
    if "](" in line:
        for found in _INLINE_LINK.finditer(line):
            target = found["angled"] if found["angled"] is not None else found["target"]
            yield target, found["text"], found["bang"] == "!"
        line = _INLINE_LINK.sub(" ", line)
    if "<" in line:
        for found in _AUTOLINK.finditer(line):
            yield found.group(1), found.group(1), False
        line = _AUTOLINK.sub(" ", line)
    if "://" in line or "www." in line:
        line = _HTML_TAG.sub(" ", line)
        for start, end in bare_urls(line):
            yield web_address(line[start:end]), line[start:end], False


def inline_text(text: str) -> str:
    """The words of a run of inline Markdown as a reader sees them: code spans keep their text, links their text."""
    if "<" in text:
        text = _HTML_TAG.sub(" ", _AUTOLINK.sub(r" \1 ", _HTML_COMMENT.sub(" ", text)))
    if "[[" in text:
        text = WIKI_LINK.sub(_wiki_text, text)
    if "]" in text:
        text = _LINK_TARGET.sub("", text).replace("![", "[")
    if "{" in text:
        text = _ATTRIBUTES.sub("", text)
    for mark in _MARKUP:  # str.replace is fast on any text; str.translate is slow on non-ASCII text
        if mark in text:
            text = text.replace(mark, "")
    return html.unescape(text) if "&" in text else text

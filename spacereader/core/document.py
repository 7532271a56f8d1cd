"""The one reading of an article's Markdown structure: which lines are code, the headings, the links and images,
the prose. The title, outline, search text, mentions, checks and limits all take it from here, so they agree with
each other and with the page (a property test holds the renderer to it). One pass over the lines, string methods
first: the index reads every article of the library with it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from spacereader.core.anchors import Anchors, slugify
from spacereader.core.comments import hide_comments
from spacereader.core.fences import LIST_ITEM, Fence, find_fences
from spacereader.core.inline import WikiLink, inline_links, inline_tags, inline_text, wiki_links
from spacereader.core.shortcodes import Shortcodes, read_shortcodes

_ATX = re.compile(r"(#{1,6})(?:[ \t]+(.*))?$")  # saneheaders: a space after the #s; `atx_text` takes the rest
_SETEXT = re.compile(r"(=+|-+)[ \t]*$")
_REFERENCE = re.compile(r" {0,3}\[(?!\^)([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?")  # [label]: target
# What only marks where a callout or the table of contents goes (`> [!NOTE]`, `::: tip`, `:::`, `[TOC]`), before a
# callout's own title if it has one
_MAY_MARK = frozenset(" \t>-+*0123456789")  # what a line starting a list item, in a quote or not, starts with
_MARKER = re.compile(r" {0,3}(?:(?:>[ \t]*)+\[![A-Za-z][\w-]*\][+-]?|:{3,}[ \t]*[A-Za-z]*|\[TOC\])[ \t]*")
HTML_BLOCK = re.compile(r" {0,3}<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)")
# Python-Markdown's block-level tags: a line opening with one starts raw HTML, which is not read as Markdown
BLOCK_TAGS = frozenset(
    "address article aside blockquote body canvas center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html iframe legend li main menu nav noframes noscript "
    "ol p pre section summary table tbody td tfoot th thead tr ul video math script style textarea".split())


@dataclass(frozen=True)
class Heading:
    level: int
    text: str  # as the reader sees it: no markup
    anchor: str  # the id the page gives it
    line: int  # index of its line in the body


@dataclass(frozen=True)
class Link:
    target: str
    text: str
    line: int
    is_image: bool = False


@dataclass
class Document:
    """An article body's structure. Line numbers are indexes into the body's lines."""

    text: str
    lines: list[str]
    code: list[tuple[int, int]] = field(default_factory=list)  # [start, end) line ranges of code blocks
    fences: list[Fence] = field(default_factory=list)
    raw: list[tuple[int, int]] = field(default_factory=list)  # raw HTML blocks and comments: not Markdown
    headings: list[Heading] = field(default_factory=list)  # those at the top level, in order
    shortcodes: Shortcodes = field(default_factory=Shortcodes)  # Hugo's, their lines read and blanked

    @cached_property
    def _skipped(self) -> frozenset[int]:
        return frozenset(i for start, end in self.code + self.raw for i in range(start, end))

    def text_lines(self) -> Iterator[tuple[int, str]]:
        """(index, line) for every line that is Markdown text: not code, not raw HTML."""
        skipped = self._skipped
        return ((i, line) for i, line in enumerate(self.lines) if i not in skipped)

    def code_lines(self) -> set[int]:
        return {i for start, end in self.code for i in range(start, end)}

    def outside_code(self) -> Iterator[tuple[int, str]]:
        """(index, line) for every line that is not code: the text and raw HTML."""
        code = self.code_lines()
        return ((i, line) for i, line in enumerate(self.lines) if i not in code)

    @property
    def title(self) -> Heading | None:
        """The first heading when it is of the first level and says something: an article's title when the front
        matter has none."""
        first = self.headings[0] if self.headings else None
        return first if first is not None and first.level == 1 and first.text else None

    def without(self, heading: Heading) -> Document:
        """The document with a heading's lines blank (the header shows it): line numbers stay true."""
        lines = list(self.lines)
        lines[heading.line] = ""
        if heading.line + 1 < len(lines) and _SETEXT.match(lines[heading.line + 1]) and not _ATX.match(lines[heading.line]):
            lines[heading.line + 1] = ""
        return Document("\n".join(lines), lines, self.code, self.fences, self.raw, [h for h in self.headings if h is not heading],
                        self.shortcodes)

    @cached_property
    def links(self) -> list[Link]:
        """Links and images written in the text, and reference definitions (`[label]: target`)."""
        found = []
        for index, line in self.text_lines():
            if "]:" in line and (reference := _REFERENCE.match(line)):
                found.append(Link(reference.group(2), reference.group(1), index))
            elif "](" in line or "<" in line or "://" in line or "www." in line:
                found += (Link(target, text, index, is_image) for target, text, is_image in inline_links(line))
        return found

    @cached_property
    def wiki_links(self) -> list[tuple[int, WikiLink]]:
        """(line, link) for each of Obsidian's `[[wiki links]]` and `![[embeds]]` written in the text."""
        if "[[" not in self.text:
            return []  # most articles: their lines are not even walked
        return [(index, link) for index, line in self.text_lines() if "[[" in line for link in wiki_links(line)]

    def paragraphs(self) -> list[str]:
        """The text between blank lines, code and raw HTML, a heading or list item starting a run of its own,
        without the marks that start a block (`#`, `>`, `- `) but with its inline markup as written."""
        return self._paragraphs

    @cached_property
    def _paragraphs(self) -> list[str]:
        found: list[str] = []
        run: list[str] = []
        skipped = self._skipped
        for index, line in enumerate(self.lines):
            first = line[:1]
            if first.isalpha() and index not in skipped:  # most lines: text going on, no mark to look for
                run.append(line)
                continue
            heading = first == "#" and _ATX.match(line)
            if index in skipped or not line.strip() or heading or (first in _MAY_MARK and LIST_ITEM.match(line.lstrip(" \t>"))):
                if run:
                    found.append("\n".join(run))
                run = []
                if heading and index not in skipped:
                    found.append(atx_text(heading))
            if line.strip() and not heading and index not in skipped and not (first in " [" and _REFERENCE.match(line)):
                run.append(_without_block_marks(line))  # a list item starts a run of its own
        if run:
            found.append("\n".join(run))
        return found

    @cached_property
    def plain_text(self) -> str:
        """The words a reader sees, for the index and its snippets: no code blocks, raw HTML, targets or markers."""
        return "\n\n".join(inline_text(p) for p in self.paragraphs())

    @cached_property
    def tags(self) -> tuple[str, ...]:
        """Obsidian's inline `#tags`, in order of first use."""
        found = (tag for paragraph in self.paragraphs() if "#" in paragraph for tag in inline_tags(paragraph))
        return tuple(dict.fromkeys(found))

    def words(self) -> int:
        return len(self.plain_text.split())


def _without_block_marks(line: str) -> str:
    if line[:1] in " >:[" and (marker := _MARKER.match(line)):
        line = line[marker.end():]
    stripped = line.lstrip(" \t>")
    if LIST_ITEM.match(stripped):
        stripped = stripped.lstrip(" \t")[1:].lstrip(".)0123456789").lstrip()
    return stripped


def read_document(body: str) -> Document:
    lines = body.split("\n")
    document = Document(body, lines)
    document.fences = find_fences(lines)
    fenced = [(fence.start, fence.end) for fence in document.fences]
    document.code = sorted(fenced + _indented_code(lines, fenced))
    if "%%" in body and hide_comments(lines, document.code):
        document.text = "\n".join(lines)
    if "{{" in body:
        document.shortcodes = read_shortcodes(lines, document.code_lines())
        document.code = sorted(document.code + [(start + 1, end) for start, (written, end) in
                                                document.shortcodes.blocks.items() if written.is_code])
        document.text = "\n".join(lines)
    document.raw = _raw_html(lines, document.code)
    document.headings = _headings(document)
    return document


def _indented_code(lines: list[str], fences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Blocks indented four spaces after a blank line, outside any list (in a list they continue its item)."""
    fenced = {i for start, end in fences for i in range(start, end)}
    found, start, in_list, after_blank = [], None, False, True
    for index, line in enumerate(lines + ["end"]):  # a last line of text closes an open block
        indented = line[:4] == "    " or line[:1] == "\t"
        if start is not None:
            if line.strip() and not indented:
                found.append((start, _last_text(lines, start, index) + 1))
                start = None
            else:
                continue
        if not line.strip():
            after_blank = True
            continue
        if index in fenced:
            in_list, after_blank = False, False
            continue
        if indented and after_blank and not in_list:
            start = index
        elif not indented:
            in_list = bool(LIST_ITEM.match(line)) or (in_list and not after_blank)
        after_blank = False
    return found


def _last_text(lines: list[str], start: int, end: int) -> int:
    return max(i for i in range(start, min(end, len(lines))) if lines[i].strip())


def _raw_html(lines: list[str], code: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Comments, and raw HTML blocks: from a line opening with a block-level tag up to the next blank line."""
    skipped = {i for start, end in code for i in range(start, end)}
    found, index = [], 0
    while index < len(lines):
        line = lines[index]
        if index in skipped or "<" not in line[:4]:
            index += 1
            continue
        stripped = line.lstrip(" ")
        if stripped.startswith("<!--"):
            end = next((i for i in range(index, len(lines)) if "-->" in lines[i] and i not in skipped), len(lines) - 1)
            found.append((index, end + 1))
            index = end + 1
            continue
        tag = HTML_BLOCK.match(line)
        if tag and tag.group(2).lower() in BLOCK_TAGS:
            end = next((i for i in range(index, len(lines)) if not lines[i].strip()), len(lines))
            found.append((index, end))
            index = end
            continue
        index += 1
    return found


def _headings(document: Document) -> list[Heading]:
    headings, used, previous = [], Anchors(), ""
    for index, line in document.text_lines():
        found = None
        if line[:1] == "#" and (atx := _ATX.match(line)):
            found = len(atx.group(1)), atx_text(atx), index
        elif line[:1] in "=-" and previous.strip() and _SETEXT.match(line) and _starts_block(document, index - 1):
            found = (1 if line[0] == "=" else 2), previous, index - 1
        previous = line
        if found is None:
            continue
        level, written, line_index = found
        text, anchor = _heading_parts(written.strip())
        shown = inline_text(text).strip()
        anchor = used.claim(anchor or slugify(shown))
        headings.append(Heading(level, shown, anchor, line_index))
    return headings


def atx_text(atx: re.Match) -> str:
    """`## Title ##` → `Title`: closing #s after a space go. String methods: a heading line may be a megabyte."""
    text = (atx.group(2) or "").strip()
    unclosed = text.rstrip("#")
    if unclosed != text and (not unclosed or unclosed[-1] in " \t"):
        text = unclosed.rstrip()
    return text


def _heading_parts(text: str) -> tuple[str, str]:
    """`Title {#id .class}` → (`Title`, `id`): attributes are attr_list's, not text."""
    opening = text.rfind("{")
    if opening < 0 or not text.endswith("}") or "}" in text[opening:-1]:
        return text, ""
    anchor = next((word[1:] for word in text[opening + 1:-1].split() if word.startswith("#")), "")
    return text[:opening].rstrip(), anchor


def _starts_block(document: Document, index: int) -> bool:
    """A setext heading's text is the first line of its block (Python-Markdown reads no longer ones), not a list
    item, quote, table row or anything indented."""
    lines = document.lines
    line = lines[index]
    if line[:1] in " \t>|#" or LIST_ITEM.match(line):
        return False
    return index == 0 or not lines[index - 1].strip() or (index - 1) in document._skipped

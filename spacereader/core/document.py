"""The one reading of an article's Markdown structure: which lines are code, the headings, the links and images,
the prose. The title, outline, search text, mentions, checks and limits all take it from here, so they agree with
each other and with the page (a property test holds the renderer to it). One pass over the lines, string methods
first: the index reads every article of the library with it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from spacereader.core.inline import inline_links, inline_text

# After any indentation or `>`, three or more ` or ~, and what the code is (no ` after backticks)
FENCE = re.compile(r"([ \t>]*)(`{3,}|~{3,})([^\n]*)")
_ATX = re.compile(r"(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")  # saneheaders: a space after the #s
_ATTRIBUTES = re.compile(r"[ \t]*\{([^{}]*)\}[ \t]*$")  # `Title {#id .class}`
_SETEXT = re.compile(r"(=+|-+)[ \t]*$")
_REFERENCE = re.compile(r" {0,3}\[(?!\^)([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?")  # [label]: target
_LIST_ITEM = re.compile(r"[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
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


@dataclass(frozen=True)
class Fence:
    start: int  # its opening line
    end: int  # the line after its closing one, or after its last when never closed
    indent: int  # columns before the opening run, each line inside loses as many
    marker: str  # the opening run, ``` or ~~~ or longer
    closed: bool
    quoted: bool = False  # in a `>` quote: read as pymdownx.superfences reads it, and given to it as written


@dataclass
class Document:
    """An article body's structure. Line numbers are indexes into the body's lines."""

    text: str
    lines: list[str]
    code: list[tuple[int, int]] = field(default_factory=list)  # [start, end) line ranges of code blocks
    fences: list[Fence] = field(default_factory=list)
    raw: list[tuple[int, int]] = field(default_factory=list)  # raw HTML blocks and comments: not Markdown
    headings: list[Heading] = field(default_factory=list)  # those at the top level, in order

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
        return Document("\n".join(lines), lines, self.code, self.fences, self.raw, [h for h in self.headings if h is not heading])

    @cached_property
    def links(self) -> list[Link]:
        """Links and images written in the text, and reference definitions (`[label]: target`)."""
        found = []
        for index, line in self.text_lines():
            if "](" in line or "<" in line or "://" in line:
                found += (Link(target, text, index, is_image) for target, text, is_image in inline_links(line))
            if "]:" in line and (reference := _REFERENCE.match(line)):
                found.append(Link(reference.group(2), reference.group(1), index))
        return found

    def paragraphs(self) -> Iterator[str]:
        """The text between blank lines, code and raw HTML, a heading or list item starting a run of its own,
        without the marks that start a block (`#`, `>`, `- `) but with its inline markup as written."""
        run: list[str] = []
        skipped = self._skipped
        for index, line in enumerate(self.lines):
            heading = line[:1] == "#" and _ATX.match(line)
            if index in skipped or not line.strip() or heading or _LIST_ITEM.match(line.lstrip(" \t>")):
                if run:
                    yield "\n".join(run)
                run = []
                if heading and index not in skipped:
                    yield heading.group(2) or ""
            if line.strip() and not heading and index not in skipped:
                run.append(_without_block_marks(line))  # a list item starts a run of its own
        if run:
            yield "\n".join(run)

    @cached_property
    def plain_text(self) -> str:
        """The words a reader sees, for the index and its snippets: no code blocks, raw HTML, targets or markers."""
        return "\n\n".join(inline_text(p) for p in self.paragraphs())

    def words(self) -> int:
        return sum(len(p.split()) for p in self.plain_text.split("\n\n"))


def _without_block_marks(line: str) -> str:
    stripped = line.lstrip(" \t>")
    if _LIST_ITEM.match(stripped):
        stripped = stripped.lstrip(" \t")[1:].lstrip(".)0123456789").lstrip()
    return stripped


def read_document(body: str) -> Document:
    lines = body.split("\n")
    document = Document(body, lines)
    document.fences = _fences(lines)
    fenced = [(fence.start, fence.end) for fence in document.fences]
    document.code = sorted(fenced + _indented_code(lines, fenced))
    document.raw = _raw_html(lines, document.code)
    document.headings = _headings(document)
    return document


def _fences(lines: list[str]) -> list[Fence]:
    found, index, in_list = [], 0, False
    while index < len(lines):
        line = lines[index]
        opening = FENCE.fullmatch(line) if ("```" in line or "~~~" in line) else None
        prefix = opening.group(1) if opening else ""
        width = len(prefix.expandtabs(4))
        if opening is None or (opening.group(2)[0] == "`" and "`" in opening.group(3)) or (width > 3 and not in_list):
            if line.strip():
                in_list = bool(_LIST_ITEM.match(line)) or (in_list and line[:1] in " \t")
            index += 1
            continue
        marker = opening.group(2)
        if ">" in prefix:
            fence, index = _quoted_fence(lines, index, prefix, marker)
        else:
            fence = _fence(lines, index, width, marker, in_list)
            index = fence.end
        if fence is not None:
            found.append(fence)
    return found


def _fence(lines: list[str], start: int, width: int, marker: str, in_list: bool) -> Fence:
    """As CommonMark reads a fence: closed by a run of its character at least as long, indented up to three
    spaces more; never closed, it runs to the end (in a list item, to the first line indented less)."""
    last = start
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        content = line.lstrip(" \t")
        lead = len(line[:len(line) - len(content)].expandtabs(4))
        if in_list and lead < width:
            return Fence(start, last + 1, width, marker, closed=False)
        if lead <= width + 3 and content.startswith(marker) and not content.rstrip(" \t").strip(marker[0]):
            return Fence(start, index + 1, width, marker, closed=True)
        last = index
    return Fence(start, len(lines) if not in_list else last + 1, width, marker, closed=False)


def _quoted_fence(lines: list[str], start: int, prefix: str, marker: str) -> tuple[Fence | None, int]:
    """A fence in a quote as pymdownx.superfences reads it (the page is given it as written), and where to look
    on: closed by the same run at the same indentation, else no fence; a line indented less ends it there, and
    never closed, it hides any fence after it."""
    width, closing = len(prefix.expandtabs(4)), re.compile(re.escape(marker) + r"[ \t]*")
    quotes = prefix.count(">")
    for index in range(start + 1, len(lines)):
        line = lines[index]
        lead = len(line) - len(line.lstrip(" \t>"))
        content = line[lead:]
        if not content.strip():
            continue
        if line[:lead].count(">") != quotes or len(line[:lead].expandtabs(4)) < width:
            return None, index + 1
        if closing.fullmatch(content) and len(line[:lead].expandtabs(4)) == width:
            return Fence(start, index + 1, width, marker, closed=True, quoted=True), index + 1
    return None, len(lines)


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
            in_list = bool(_LIST_ITEM.match(line)) or (in_list and not after_blank)
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
            found = len(atx.group(1)), atx.group(2) or "", index
        elif previous.strip() and _SETEXT.match(line) and _starts_block(document, index - 1):
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


def slugify(text: str) -> str:
    from markdown.extensions.toc import slugify as toc_slugify  # the ids toc gives, as authors' sites do

    return toc_slugify(text, "-")


class Anchors:
    """The ids a page's headings have taken: a taken one gets `_1`, `_2`… as toc gives them, in time that does not
    grow with how many headings share it (toc's own loop would take minutes over 100,000)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self._next: dict[str, int] = {}

    def claim(self, anchor: str) -> str:
        if anchor and anchor not in self._taken:
            self._taken.add(anchor)
            return anchor
        number = self._next.get(anchor, 1)
        while f"{anchor}_{number}" in self._taken:
            number += 1
        self._next[anchor] = number + 1
        self._taken.add(f"{anchor}_{number}")
        return f"{anchor}_{number}"


def _heading_parts(text: str) -> tuple[str, str]:
    """`Title {#id .class}` → (`Title`, `id`): attributes are attr_list's, not text."""
    if "{" in text and (attributes := _ATTRIBUTES.search(text)):
        anchor = next((word[1:] for word in attributes.group(1).split() if word.startswith("#")), "")
        return text[:attributes.start()].rstrip(), anchor
    return text, ""


def _starts_block(document: Document, index: int) -> bool:
    """A setext heading's text is the first line of its block (Python-Markdown reads no longer ones), not a list
    item, quote, table row or anything indented."""
    lines = document.lines
    line = lines[index]
    if line[:1] in " \t>|#" or _LIST_ITEM.match(line):
        return False
    return index == 0 or not lines[index - 1].strip() or (index - 1) in document._skipped

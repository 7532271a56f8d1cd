"""Fenced code blocks, as the page will have them: found in a body's lines for the document's one reading."""

from __future__ import annotations

import re
from dataclasses import dataclass

# After any indentation or `>`, three or more ` or ~, and what the code is (no ` after backticks)
FENCE = re.compile(r"([ \t>]*)(`{3,}|~{3,})([^\n]*)")
LIST_ITEM = re.compile(r"[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")  # a list item's marker, after its indentation


@dataclass(frozen=True)
class Fence:
    start: int  # its opening line
    end: int  # the line after its closing one, or after its last when never closed
    indent: int  # columns before the opening run, each line inside loses as many
    marker: str  # the opening run, ``` or ~~~ or longer
    closed: bool
    quoted: bool = False  # in a `>` quote: read as pymdownx.superfences reads it, and given to it as written


def find_fences(lines: list[str]) -> list[Fence]:
    """Every fenced code block of a body's lines, in order."""
    found, index, in_list = [], 0, False
    while index < len(lines):
        line = lines[index]
        opening = FENCE.fullmatch(line) if ("```" in line or "~~~" in line) else None
        prefix = opening.group(1) if opening else ""
        width = len(prefix.expandtabs(4))
        if opening is None or (opening.group(2)[0] == "`" and "`" in opening.group(3)) or (width > 3 and not in_list):
            if line.strip():
                in_list = bool(LIST_ITEM.match(line)) or (in_list and line[:1] in " \t")
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

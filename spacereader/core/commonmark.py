"""The body as Python-Markdown must be given it to read it as CommonMark and GitHub do, from the document's one
reading: list items nested by their own content column (two spaces, or three after `1.`) re-indented by four, a
blank line before a list or fence that interrupts a paragraph, `::: tip` containers as GitHub alerts, and Markdown
read inside an HTML block after its first blank line. Code is never touched."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacereader.core.document import _BLOCK_TAGS, _FENCE, _HTML_BLOCK, Document

_ITEM = re.compile(r"( *)([-+*]|\d{1,9}[.)])([ \t]+|$)")
_RULE = re.compile(r"[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*")
_CONTAINER = re.compile(r":{3,}[ \t]*(tip|note|info|important|warning|danger|caution)\b[ \t]*(.*)", re.IGNORECASE)
_ALERT = {"tip": "TIP", "note": "NOTE", "info": "NOTE", "important": "IMPORTANT", "warning": "WARNING",
          "danger": "CAUTION", "caution": "CAUTION"}
_RAW_TAGS = {"pre", "script", "style", "textarea"}  # never Markdown inside
_STEP = 4  # Python-Markdown's tab length: what one level of a list is indented by


@dataclass
class _Item:
    content: int  # the column its text starts at, as written
    loose: bool = False  # a blank line seen inside its list: every item of the list is spaced


def for_python_markdown(document: Document) -> str:
    lines, code = document.lines, document.code_lines()
    raw_openers = {start for start, _ in document.raw}
    out: list[str] = []
    stack: list[_Item] = []
    fence_shift: int | None = None  # while inside a fence in a list item: how far its lines move
    previous = ""  # the last line given, as written
    container: list[str] | None = None
    for index, line in enumerate(lines):
        if container is not None and index not in code and line.strip().startswith(":::") and not _CONTAINER.match(line.strip()):
            out.extend(container)
            container = None
            previous = ""
            continue
        target = container if container is not None else out
        if index in code:
            if fence_shift is None:
                fence_shift = _fence_shift(line, stack, out, previous)
            target.append(_shifted(line, fence_shift))
            if index + 1 not in code:
                fence_shift = None
            previous = line
            continue
        if container is None and (opening := _CONTAINER.match(line.strip())) and not stack:
            kind, title = opening.groups()
            container = [f"> [!{_ALERT[kind.lower()]}]" + (f" {title.strip()}" if title.strip() else "")]
            previous = ""
            continue
        if container is not None:
            container.append("> " + line if line.strip() else ">")
            continue
        _list_line(line, stack, out, previous)
        if index in raw_openers and _opens_markdown_html(line, lines, index):
            out[-1] = out[-1].replace(">", ' markdown="1">', 1)
        previous = line
    if container is not None:
        out.extend(container)
    return "\n".join(out)


def _list_line(line: str, stack: list[_Item], out: list[str], previous: str) -> None:
    if not line.strip():
        if stack:
            stack[-1].loose = True
        out.append(line)
        return
    expanded = line.expandtabs(_STEP)
    indent = len(expanded) - len(expanded.lstrip(" "))
    item = _ITEM.match(expanded) if not _RULE.fullmatch(expanded) else None
    lazy = item is None and previous.strip() and not _starts_block(expanded)
    while stack and indent < stack[-1].content and not (lazy and previous.strip()):
        stack.pop()
    if item is not None and (not stack or indent >= stack[-1].content or indent < 4):
        _item_line(expanded, item, stack, out, previous)
    elif stack:
        extra = max(0, indent - stack[-1].content)
        out.append(" " * (_STEP * len(stack) + extra) + expanded.lstrip(" "))
    else:
        out.append(line)


def _item_line(expanded: str, item: re.Match, stack: list[_Item], out: list[str], previous: str) -> None:
    marker, spaces = item.group(2), item.group(3)
    if marker[-1] == ")":
        marker = marker[:-1] + "."  # Python-Markdown knows `1.` only
    gap = len(spaces) if 1 <= len(spaces) <= 4 else 1
    depth = len(stack)
    interrupts = previous.strip() and not _ITEM.match(previous.expandtabs(_STEP)) and (depth == 0 or _is_loose(stack))
    if out and out[-1].strip() and (interrupts or (depth and stack[-1].loose)):
        out.append("")
    stack.append(_Item(len(item.group(1)) + len(item.group(2)) + gap))
    if depth and stack[-2].loose:
        stack[-1].loose = True
    out.append(" " * (_STEP * depth) + marker + " " + expanded[item.end():])


def _is_loose(stack: list[_Item]) -> bool:
    return bool(stack) and stack[-1].loose


def _starts_block(expanded: str) -> bool:
    stripped = expanded.lstrip(" ")
    return stripped[:1] in ("#", ">", "|") or bool(_FENCE.fullmatch(stripped)) or bool(_RULE.fullmatch(stripped))


def _fence_shift(line: str, stack: list[_Item], out: list[str], previous: str) -> int:
    """How far a fence's lines move so that the fence sits where its list item's text now starts."""
    if out and out[-1].strip() and previous.strip():
        out.append("")  # a fence interrupts a paragraph; Python-Markdown would take it into the paragraph
    if not stack:
        return 0
    expanded = line.expandtabs(_STEP)
    indent = len(expanded) - len(expanded.lstrip(" "))
    while stack and indent < stack[-1].content:
        stack.pop()
    return _STEP * len(stack) - (stack[-1].content if stack else 0)


def _shifted(line: str, shift: int) -> str:
    if shift == 0 or not line.strip():
        return line
    expanded = line.expandtabs(_STEP)
    if shift > 0:
        return " " * shift + expanded
    return expanded[min(-shift, len(expanded) - len(expanded.lstrip(" "))):]


def _opens_markdown_html(line: str, lines: list[str], index: int) -> bool:
    """`<div>` alone on its line, then a blank line: CommonMark reads what follows as Markdown."""
    tag = _HTML_BLOCK.match(line)
    if tag is None or tag.group(1) or tag.group(2).lower() not in _BLOCK_TAGS - _RAW_TAGS:
        return False
    alone = line.rstrip().endswith(">") and line.count("<") == 1 and "markdown=" not in line
    return alone and index + 1 < len(lines) and not lines[index + 1].strip()

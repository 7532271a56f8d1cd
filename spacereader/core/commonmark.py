"""The body as Python-Markdown must be given it to read it as CommonMark and GitHub do, from the document's one
reading: list items nested by their own content column (two spaces, or three after `1.`) re-indented by four,
a blank line before a list or fence that interrupts a paragraph, fences in one form, GitHub alerts and `::: tip`
containers as callouts, Markdown read inside an HTML block after its first blank line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from spacereader.core.document import BLOCK_TAGS, HTML_BLOCK, Document, read_document
from spacereader.core.fences import FENCE, Fence
from spacereader.core.shortcodes import Shortcode

_ITEM = re.compile(r"( *)([-+*]|\d{1,9}[.)])([ \t]+|$)")
_RULE = re.compile(r"[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*")
# GitHub's alerts (`> [!NOTE]`) and Obsidian's callouts (`> [!faq]- Title`, any kind, `+`/`-` marking it foldable)
_ALERT = re.compile(r" {0,3}>[ \t]*\[!([A-Za-z][\w-]*)\][+-]?[ \t]*(.*)")
_QUOTE_MARK = re.compile(r"^ {0,3}> ?")
_CONTAINER = re.compile(r":{3,}[ \t]*(tip|note|info|important|warning|danger|caution)\b[ \t]*(.*)", re.IGNORECASE)
# five kinds of callout, as GitHub's alerts are (VitePress's `info` is a note, its `danger` GitHub's caution); Obsidian's
# other kinds by their colour, and a kind of the author's own is a note, as in Obsidian
_KINDS = {"tip": "tip", "note": "note", "info": "note", "important": "important", "warning": "warning",
          "danger": "caution", "caution": "caution"}
_OBSIDIAN_KINDS = {
    **dict.fromkeys(("todo", "abstract", "summary", "tldr", "example", "quote", "cite", "question", "help", "faq"), "note"),
    **dict.fromkeys(("hint", "success", "check", "done"), "tip"), "attention": "warning",
    **dict.fromkeys(("error", "failure", "fail", "missing", "bug"), "caution")}
_LANGUAGE = re.compile(r"[\w#.+-]*")  # what superfences takes of an info string: the code's language
_RAW_TAGS = {"pre", "script", "style", "textarea"}  # never Markdown inside
_STEP = 4
_MAY_START_ITEM = frozenset(" \t-+*0123456789")  # Python-Markdown's tab length: what one level of a list is indented by


@dataclass
class _Item:
    content: int  # the column its text starts at, as written
    loose: bool = False  # a blank line seen inside its list: every item of the list is spaced


def for_python_markdown(document: Document) -> str:
    lines, code = document.lines, document.code_lines()
    fences = {fence.start: fence for fence in document.fences if not fence.quoted}
    raw_openers = {start for start, _ in document.raw}
    out: list[str] = []
    stack: list[_Item] = []
    previous = ""  # the last line given, as written
    containers = 0  # `:::` blocks open
    opens = document.shortcodes.blocks
    closes = {end: (written, start) for start, (written, end) in opens.items()}
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in opens or index in closes:
            stack.clear()
            out.extend(_shortcode_open(opens[index][0], lines, index, opens[index][1]) if index in opens
                       else _shortcode_close(*closes[index], lines, index))
        elif index in fences:
            fence = fences[index]
            _fence_lines(lines, fence, _fence_column(line, stack, out, previous), out)
            index, previous = fence.end, lines[fence.end - 1]
            continue
        if index in code:
            out.append(line)
        elif (not stack or line[:1] not in " \t") and (alert := _ALERT.fullmatch(line)):  # at the margin: ends a list
            stack.clear()
            index = _alert(lines, index, alert, out)
            previous = ""
            continue
        elif (not stack or line[:1] not in " \t") and (opening := _CONTAINER.fullmatch(line.strip())):
            stack.clear()
            containers += 1
            out.extend(_container(*opening.groups()))
        elif containers and line[:3] == ":::" and not line.strip(": \t"):  # closes a list left open in it, too
            containers -= 1
            stack.clear()
            out.extend(["", "</div>", ""])
        else:
            _list_line(line, stack, out, previous)
            if index in raw_openers and _opens_markdown_html(line, lines, index):
                out[-1] = out[-1].rstrip()[:-1] + ' markdown="1">'  # before the tag's own `>`, not one in a value
        previous = line
        index += 1
    return "\n".join(out + ["", "</div>"] * containers)


def _fence_lines(lines: list[str], fence: Fence, column: int, out: list[str]) -> None:
    """A fence as pymdownx.superfences reads one the way CommonMark does: opened and closed by the same run at the
    same place, each line inside as far in as the opening one was."""
    language = _LANGUAGE.match(lines[fence.start].lstrip(" \t>")[len(fence.marker):].strip()).group(0)
    out.append(" " * column + fence.marker + language)  # superfences refuses some info strings (`js{2}`, `shell session`)
    inside = lines[fence.start + 1:fence.end - 1 if fence.closed else fence.end]
    for line in inside:
        expanded = line.expandtabs(_STEP)
        content = expanded[min(fence.indent, len(expanded) - len(expanded.lstrip(" "))):]
        out.append(" " * column + content if content.strip() else "")
    out.append(" " * column + fence.marker)


def _alert(lines: list[str], start: int, alert: re.Match, out: list[str]) -> int:
    """`> [!NOTE]` and the quote it opens as a callout, its text read as any other (lists, fences): the index of
    the line after the quote."""
    end = start + 1
    while end < len(lines) and lines[end].lstrip(" ")[:1] == ">":
        end += 1
    inside = "\n".join(_QUOTE_MARK.sub("", line, count=1) for line in lines[start + 1:end])
    out.extend(_container(*alert.groups()))
    out.extend([for_python_markdown(read_document(inside)), "", "</div>", ""])
    return end


def _container(kind: str, title: str) -> list[str]:
    """`::: tip Title` as HTML whose content is read as Markdown (md_in_html); with no title, the page gives the
    kind's own in the article's language, and one of Obsidian's other kinds is its own title (`Faq`), as there."""
    shown = _KINDS.get(kind.lower())
    title = escape(title.strip() or ("" if shown else kind.title()))
    shown = shown or _OBSIDIAN_KINDS.get(kind.lower(), "note")
    return ["", f'<div class="admonition {shown}" markdown="1">', f'<p class="admonition-title">{title}</p>', ""]


def _shortcode_open(written: Shortcode, lines: list[str], start: int, end: int) -> list[str]:
    """A paired Hugo shortcode's opening: a callout, a code block under its file name, or a box labelled with its name."""
    if written.kind:
        return _container(written.kind, written.title)
    if written.is_code:
        caption = ["", f'<p class="code-file">{escape(written.file)}</p>'] if written.file else []
        return caption + ["", _code_fence(lines, start, end) + (_LANGUAGE.match(written.language).group(0))]
    return ["", '<div class="admonition box" markdown="1">', f'<p class="admonition-title">{escape(written.label())}</p>', ""]


def _shortcode_close(written: Shortcode, start: int, lines: list[str], end: int) -> list[str]:
    return [_code_fence(lines, start, end), ""] if written.is_code else ["", "</div>", ""]


def _code_fence(lines: list[str], start: int, end: int) -> str:
    """Backticks enough to hold the code between two lines: one more than its longest run."""
    longest = max((len(run) for line in lines[start + 1:end] for run in re.findall(r"`+", line)), default=0)
    return "`" * max(3, longest + 1)


def _list_line(line: str, stack: list[_Item], out: list[str], previous: str) -> None:
    if not stack and line[:1] not in _MAY_START_ITEM:
        out.append(line)  # most lines: text outside any list
        return
    if not line.strip():
        if stack:
            stack[-1].loose = True
        out.append(line)
        return
    expanded = line.expandtabs(_STEP)
    indent = len(expanded) - len(expanded.lstrip(" "))
    item = _ITEM.match(expanded) if not _RULE.fullmatch(expanded) else None
    lazy = item is None and previous.strip() and not _starts_block(expanded)
    in_list = bool(stack)
    while stack and indent < stack[-1].content and not (lazy and previous.strip()):
        stack.pop()
    if in_list and not stack and _RULE.fullmatch(expanded) and previous.strip():
        out.append("")  # a rule under a list item: Python-Markdown would make the item a heading
    after_text = previous.strip() and not _ITEM.match(previous.expandtabs(_STEP))
    if item is not None and not stack and after_text and not _may_interrupt(item):
        item = None  # `14.  The doors…` inside a paragraph goes on with it
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
    interrupts = depth == 0 and previous.strip() and not _ITEM.match(previous.expandtabs(_STEP))
    if out and out[-1].strip() and (interrupts or (depth and stack[-1].loose)):  # a list spaced once: every item
        out.append("")
    stack.append(_Item(len(item.group(1)) + len(item.group(2)) + gap))
    if depth and stack[-2].loose:
        stack[-1].loose = True
    out.append(" " * (_STEP * depth) + marker + " " + expanded[item.end():])


def _may_interrupt(item: re.Match) -> bool:
    """A list may start right under a paragraph if it is bulleted or numbered from 1, and its item has text."""
    marker = item.group(2)
    return bool(item.group(3)) and (marker in "-+*" or marker[:-1] == "1")


def _starts_block(expanded: str) -> bool:
    stripped = expanded.lstrip(" ")
    return stripped[:1] in ("#", ">", "|") or bool(FENCE.fullmatch(stripped)) or bool(_RULE.fullmatch(stripped))


def _fence_column(line: str, stack: list[_Item], out: list[str], previous: str) -> int:
    """Where a fence's lines start: where its list item's text now starts, or the margin."""
    if out and out[-1].strip() and previous.strip():
        out.append("")  # a fence interrupts a paragraph; Python-Markdown would take it into the paragraph
    expanded = line.expandtabs(_STEP)
    indent = len(expanded) - len(expanded.lstrip(" "))
    while stack and indent < stack[-1].content:
        stack.pop()
    return _STEP * len(stack)


def _opens_markdown_html(line: str, lines: list[str], index: int) -> bool:
    """`<div>` alone on its line, then a blank line: CommonMark reads what follows as Markdown."""
    tag = HTML_BLOCK.match(line)
    if tag is None or tag.group(1) or tag.group(2).lower() not in BLOCK_TAGS - _RAW_TAGS:
        return False
    alone = line.rstrip().endswith(">") and line.count("<") == 1 and "markdown=" not in line
    return alone and index + 1 < len(lines) and not lines[index + 1].strip()

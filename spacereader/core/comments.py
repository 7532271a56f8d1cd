"""Obsidian's `%%comments%%`: notes to self that the page, the index and the checks never see."""

from __future__ import annotations

from spacereader.core.inline import CODE_SPAN


def hide_comments(lines: list[str], code: list[tuple[int, int]]) -> bool:
    """Obsidian's `%%comments%%`, on a line or across lines, blanked where they are not code (line numbers stay):
    the page, the index and the checks never see them. One `%%` never closed is text. Whether any was found."""
    marks = [(index, start) for index, line in enumerate(lines) if "%%" in line and not _in(index, code)
             for start in _comment_marks(line)]
    pairs = list(zip(marks[::2], marks[1::2], strict=False))
    for (first, start), (last, end) in reversed(pairs):  # the last first: the places of those before stay true
        if first == last:
            lines[first] = lines[first][:start] + lines[first][end + 2:]
            continue
        lines[first] = lines[first][:start] + lines[last][end + 2:]  # the text after it goes on where it began
        lines[first + 1:last + 1] = [""] * (last - first)
    return len(marks) > 1


def _comment_marks(line: str) -> list[int]:
    """Where each `%%` of a line starts, outside code spans."""
    spans = [found.span() for found in CODE_SPAN.finditer(line)] if "`" in line else []
    marks, at = [], line.find("%%")
    while at >= 0:
        if not any(start <= at < end for start, end in spans):
            marks.append(at)
        at = line.find("%%", at + 2)
    return marks


def _in(index: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= index < end for start, end in ranges)

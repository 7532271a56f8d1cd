"""Between an article's source lines and its page: the words to look for on the page to show a line (a problem
clicked), and the line a block of the page comes from (Open in Editor at the block in view). The page is found by
its text, as the reader sees it: Python-Markdown keeps no source lines, and the text is what both sides share."""

from __future__ import annotations

from spacereader.core.document import Document
from spacereader.core.inline import inline_text

_BLOCK_MARKS = " \t>#*+-|"
MIN_WORDS = 12  # characters: shorter texts (a lone word) are found in too many places to tell a block


def visible_text(line: str) -> str:
    """A source line's words as the page shows them: no block marks, no inline markup."""
    stripped = line.lstrip(_BLOCK_MARKS)
    if stripped[:1].isdigit() and ". " in stripped[:5]:
        stripped = stripped.split(". ", 1)[1]
    return " ".join(inline_text(stripped).split())


def texts_to_find(document: Document, index: int) -> tuple[str | None, list[str]]:
    """For the body line `index`: the text of the heading it is under (None above the first), to look from, and
    its own words, then those of the lines before it back to that heading, nearest first: a line may show no
    words (an image without alt text, a blank line), and the same words may come earlier on the page."""
    found, heading = [], None
    for number in range(min(index, len(document.lines) - 1), -1, -1):
        text = visible_text(document.lines[number])
        if text:
            found.append(text if len(text) <= 60 else text[:60].rsplit(" ", 1)[0])  # whole words: the page wraps them
        if under := next((h for h in document.headings if h.line == number), None):
            heading = under.text
            break
    return heading, found


def line_of_text(document: Document, text: str) -> int | None:
    """The body line whose words start a block of the page that reads `text`, or None."""
    wanted = " ".join(text.split())[:MIN_WORDS * 3]
    if len(wanted) < 3:
        return None
    for index, line in document.text_lines():
        shown = visible_text(line)
        if shown and (shown.startswith(wanted) or (len(shown) >= MIN_WORDS and wanted.startswith(shown))):
            return index
    return None

"""How much an article may nest before it is shown as plain text, and why. Each limit guards a library whose time
or stack grows faster than the text: measured, not guessed, and far above what any real article holds."""

from __future__ import annotations

import re

from spacereader.core.document import Document
from spacereader.core.rules import PLAIN

# Quotes and lists inside each other, `[` brackets left open in a paragraph, `{` left open on a line, raw HTML tags
# left open: Python-Markdown recurses once a level (thousands exhaust the stack), scans ahead from every open `[`
# and, in one regular expression no deadline can stop, from every `{` (thousands take minutes), and nh3 and Qt
# slow down with the square of HTML depth. Real writing stays under ten.
MAX_NESTING = 50
# nh3 takes time that grows with (number of `&` or no-break spaces in a paragraph) x (its length): 10,000 in 8 MB
# is about a second.
MAX_AMPERSANDS = 10_000
# Qt lays out nested tables in time that doubles with each level (12 levels: 0.1 s, 20: 10 s). A reader quote is a
# table (for its bar): deeper quotes are indented without one.
MAX_TABLE_NESTING = 8
# Elements inside each other on a page (a real one: under 20): past it, nh3 and Qt slow down as above.
MAX_ELEMENT_DEPTH = 120
MAX_QUOTE_BARS = 4
# Formatting stops after this and the body is shown as plain text: Python-Markdown, and the HTML parser it uses,
# have more inputs that take time growing with their square (a paragraph of thousands of unclosed `<a ` tags)
# than limits can list.
RENDER_SECONDS = 5.0

# attr_list tries its pattern from every space of a line: a run of 50,000 takes seconds in one call, past any deadline
_SPACE_RUN = " " * 1_000
_CONTAINER = re.compile(r"[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))")  # `>`, `-`, `1.`: a quote or a list
_RULE = re.compile(r"[ \t]*([-*_])(?:[ \t]*\1)*[ \t]*")  # `- - -` is a rule, not lists
_BRACKET = re.compile(r"\]\(|[\[\])]")  # `(` counts only after `]`, where a link's target opens
_CODE_SPAN = re.compile(r"`[^`]*`")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
# tags that never hold others open: void elements, and those the next of their kind closes
_UNNESTED = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
             "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "a"}


def formatting_problem(document: Document) -> tuple[int, str, dict] | None:
    """(line index, rule, the message's arguments) for the first place a Markdown body (its code aside) goes past
    a limit; None when it can be formatted."""
    brackets = ampersands = html = 0
    for index, line in document.outside_code():
        if not line.strip():
            brackets = ampersands = 0  # a paragraph ends: what it left open ends with it
            continue
        # each test below first asks whether the line holds the characters it is about: most lines hold none
        if line[0] in _CONTAINER_STARTS and (levels := _container_depth(line)) > MAX_NESTING:
            return index, "limit-nesting", {"levels": levels, "limit": MAX_NESTING, "plain": PLAIN}
        if "[" in line or brackets:
            for token in _BRACKET.findall(line):
                brackets = brackets + 1 if token == "[" else max(0, brackets - 1) + (token == "](")
                if brackets > MAX_NESTING:
                    return index, "limit-brackets", {"limit": MAX_NESTING, "plain": PLAIN}
        if _SPACE_RUN in line:
            return index, "limit-spaces", {"limit": f"{len(_SPACE_RUN):,}", "plain": PLAIN}
        if "{" in line and line.count("{") - line.count("}") > MAX_NESTING:
            return index, "limit-braces", {"limit": MAX_NESTING, "plain": PLAIN}
        ampersands += line.count("&") + line.count("\xa0")
        if ampersands > MAX_AMPERSANDS:
            return index, "limit-ampersands", {"limit": f"{MAX_AMPERSANDS:,}", "plain": PLAIN}
        if "<" in line:
            for closing, name in _TAG.findall(_CODE_SPAN.sub("", line)):
                if name.lower() not in _UNNESTED:
                    html = max(0, html - 1) if closing else html + 1
                    if html > MAX_NESTING:
                        return index, "limit-html-nesting", {"limit": MAX_NESTING, "plain": PLAIN}
    return None


_CONTAINER_STARTS = frozenset(" \t>-+*0123456789")


def _container_depth(line: str) -> int:
    if _RULE.fullmatch(line):
        return 0
    levels, position = 0, 0
    while found := _CONTAINER.match(line, position):
        levels, position = levels + 1, found.end()
    indent = len(line) - len(line.lstrip(" \t"))
    return levels + len(line[:indent].expandtabs(4)) // 4 if levels else 0


_TABLE = re.compile(r"<(/?)table\b")


def table_depth(html: str) -> int:
    """How deep tables nest in HTML as nh3 writes it: every table closed."""
    depth = deepest = 0
    for closing in _TABLE.findall(html):
        depth += -1 if closing else 1
        deepest = max(deepest, depth)
    return deepest

"""The steps that shape a page's element tree after Python-Markdown has read it: bare web addresses as links,
heading ids and the `[TOC]` outline, quotes and callouts as tables with a bar (Qt draws no border or background on
a div), the text before each text (for mentions), and the depth past which a page is not drawn."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from html import unescape

from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor, UnescapeTreeprocessor
from markdown.util import HTML_PLACEHOLDER_RE, AtomicString

from spacereader.core.anchors import Anchors, slugify
from spacereader.core.inline import bare_urls, web_address
from spacereader.core.limits import MAX_ELEMENT_DEPTH, MAX_QUOTE_BARS

EXTERNAL_MARK = "\u202f↗"

_CALLOUT_KINDS = ("note", "tip", "important", "warning", "caution", "box")  # as commonmark.py names them
_UNESCAPE = UnescapeTreeprocessor()
_TAG = re.compile(r"<[^<>]*>")
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


class BareUrl(InlineProcessor):
    """`https://…` or `www.…` in running text as a link, found by the pattern the document finds it with."""

    ANCESTOR_EXCLUDES = ("a",)

    def handleMatch(self, found: re.Match, data: str) -> tuple[ET.Element | None, int | None, int | None]:
        span = next(bare_urls(data, found.start()), None)
        if span is None or span[0] != found.start():
            return None, None, None
        written = data[span[0]:span[1]]
        link = ET.Element("a", {"href": web_address(written)})
        link.text = AtomicString(written)
        return link, span[0], span[1]


class HeadingIds(Treeprocessor):
    """Each heading's id as toc gives it, and `[TOC]` as their list. The headings outside any quote or list take
    theirs first, as the document's outline does: its links then find them."""

    def run(self, root: ET.Element) -> None:
        anchors = Anchors()
        headings = [el for el in root.iter() if el.tag in _HEADINGS]
        outside = [el for el in root if el.tag in _HEADINGS]
        for heading in outside + [h for h in headings if h not in outside]:
            heading.set("id", anchors.claim(heading.get("id") or slugify(self._text_of(heading))))
        markers = [p for p in root.iter("p") if (p.text or "").strip() == "[TOC]" and not len(p)]
        if markers:
            _outline(markers[0], headings)  # one outline: a page of markers would hold thousands

    def _text_of(self, heading: ET.Element) -> str:
        """A heading's text as the reader sees it: escapes and stashed HTML (entities, tags) made text again."""
        text = _UNESCAPE.unescape("".join(heading.itertext()))
        stash = self.md.htmlStash.rawHtmlBlocks
        return HTML_PLACEHOLDER_RE.sub(lambda found: unescape(_TAG.sub("", str(stash[int(found.group(1))]))), text).strip()


def _text_of(element: ET.Element) -> str:
    return "".join(element.itertext()).strip()


def _outline(marker: ET.Element, headings: list[ET.Element]) -> None:
    marker.tag, marker.text = "div", None
    marker.set("class", "toc")
    lists = [(0, ET.SubElement(marker, "ul"))]  # (level, list) from the outermost
    for heading in headings:
        level = int(heading.tag[1])
        while len(lists) > 1 and level < lists[-1][0]:
            lists.pop()
        if level > lists[-1][0] and lists[-1][0] and len(lists[-1][1]):
            lists.append((level, ET.SubElement(lists[-1][1][-1], "ul")))
        elif lists[-1][0] == 0:
            lists[-1] = (level, lists[-1][1])
        item = ET.SubElement(ET.SubElement(lists[-1][1], "li"), "a", {"href": f"#{heading.get('id')}"})
        item.text = _text_of(heading)


# An extension given a page whose text holds none of its marks still walks every line or element: each is given
# only to the pages that need it (a sixth of a render for most articles).
_BLOCKS = frozenset("p li dt dd h1 h2 h3 h4 h5 h6 td th blockquote div pre table tr ul ol figcaption caption".split())


def texts_before(root: ET.Element) -> dict[tuple[int, bool], str]:
    """For each element's text (False) and tail (True), by element id: the end of the text of its paragraph (or
    other block) that the page shows before it. Not recursive: the tree may be deep."""
    before: dict[tuple[int, bool], str] = {}
    stack, runs = [(root, False)], [""]
    while stack:
        element, leaving = stack.pop()
        if not leaving:
            if element.tag in _BLOCKS:
                runs.append("")
            before[(id(element), False)] = runs[-1]
            text = "code" if element.tag == "code" else (element.text or "").replace(EXTERNAL_MARK, "")  # as written
            runs[-1] = (runs[-1] + text)[-60:]
            stack.append((element, True))
            stack.extend((child, False) for child in reversed(element) if element.tag != "code")
            continue
        if element.tag in _BLOCKS and len(runs) > 1:
            runs.pop()
        before[(id(element), True)] = runs[-1]
        runs[-1] = (runs[-1] + (element.tail or "").replace(EXTERNAL_MARK, ""))[-60:]
    return before


def refuse_depth(root: ET.Element) -> None:
    """RecursionError, as Python-Markdown raises for less, for a tree past MAX_ELEMENT_DEPTH. Not recursive."""
    stack = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_ELEMENT_DEPTH:
            raise RecursionError(f"elements nested more than {MAX_ELEMENT_DEPTH} deep")
        stack.extend((child, depth + 1) for child in element)


def outer_quotes(root: ET.Element) -> set[int]:
    """The quotes at most MAX_QUOTE_BARS deep (counting the quotes they are in), by id: those get a bar."""
    outer, stack = set(), [(root, 0)]
    while stack:  # not recursive: the tree may be deep
        element, depth = stack.pop()
        for child in element:
            level = depth + (child.tag == "blockquote")
            if child.tag == "blockquote" and level <= MAX_QUOTE_BARS:
                outer.add(id(child))
            stack.append((child, level))
    return outer


def quote_with_bar(quote: ET.Element) -> None:
    """Qt draws no border on a blockquote: a quote in the reader is a table whose narrow first cell is the bar."""
    children, text, tail = list(quote), quote.text, quote.tail
    quote.clear()
    quote.tag, quote.tail = "table", tail
    quote.attrib.update({"class": "quote", "width": "100%", "cellspacing": "0", "cellpadding": "0", "border": "0"})
    row = ET.SubElement(quote, "tr")
    ET.SubElement(row, "td", {"class": "bar", "width": "3"})
    cell = ET.SubElement(row, "td", {"class": "quoted"})
    cell.text = text
    cell.extend(children)


def callout_kind(div: ET.Element) -> str | None:
    classes = div.get("class", "").split()
    return next((kind for kind in _CALLOUT_KINDS if kind in classes), None) if "admonition" in classes else None


def callout_box(div: ET.Element, kind: str, titles: Mapping[str, str]) -> None:
    """A callout as a tinted table with a bar in its kind's colour, as quotes are: Qt draws no border or
    background on a div. One class an element: Qt's style sheets match no more."""
    children, text = list(div), div.text
    for child in children:
        if "admonition-title" in child.get("class", ""):
            child.set("class", f"title-{kind}")
            if not (child.text or "").strip() and not len(child):
                child.text = titles.get(kind) or kind.title()
    div.clear()
    div.tag = "table"
    div.attrib.update({"class": "callout", "width": "100%", "cellspacing": "0", "cellpadding": "0", "border": "0"})
    row = ET.SubElement(div, "tr")
    ET.SubElement(row, "td", {"class": f"bar-{kind}", "width": "4"})
    cell = ET.SubElement(row, "td", {"class": "callout-body"})
    cell.text = text
    cell.extend(children)


def link_first_mentions(root: ET.Element, linked: str = "astronaut") -> None:
    """Only the first mention of each astronaut in a section (from one heading to the next) stays a link; the
    others become plain text again, so that a page that names someone ten times is not ten bold links."""
    seen: set[str] = set()
    for element in root.iter():  # in the page's order, headings included
        if element.tag in _HEADINGS:
            seen = set()
        elif element.tag == "a" and element.get("class") == linked:
            if element.get("href") in seen:
                element.tag = "span"
                element.attrib.clear()
            else:
                seen.add(element.get("href"))


def append_text(element: ET.Element, text: str) -> None:
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def figure(paragraph: ET.Element, shown: Callable[[str], bool]) -> None:
    """A paragraph that is one image shown (the `![alt](file)` on a line of its own): its alt text as a caption under
    it, and the paragraph's line height no longer multiplying the image's (Qt's leaves a gap half its height)."""
    image = paragraph[0] if len(paragraph) == 1 else None
    if image is None or image.tag != "img" or (paragraph.text or "").strip() or (image.tail or "").strip():
        return
    if not shown(image.get("src") or ""):
        return  # its alt text shows in its place
    paragraph.set("class", "figure")
    if alt := (image.get("alt") or "").strip():
        ET.SubElement(paragraph, "br")
        ET.SubElement(paragraph, "span", {"class": "caption"}).text = alt

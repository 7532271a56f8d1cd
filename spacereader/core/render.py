"""Markdown to HTML that is safe by construction: links follow the link policy, astronauts become links,
remote images are never fetched, and whatever raw HTML an author wrote is cleaned to an allowlist."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from spacereader.core.articles import is_article_file
from spacereader.core.links import (
    ARTICLE_SCHEME,
    ASTRONAUT_SCHEME,
    article_href,
    astronaut_href,
    classify,
    export_anchor,
    is_relative,
    is_web_url,
    local_target,
    probe,
)
from spacereader.core.mentions import MentionMatcher

_EXTENSIONS = ["toc", "tables", "fenced_code", "footnotes", "attr_list", "codehilite", "sane_lists"]
_EXTENSION_CONFIGS = {"codehilite": {"guess_lang": False, "css_class": "codehilite"}}
_NO_MENTIONS = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style"})
EXTERNAL_MARK = "\u202f↗"

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "u", "ul",
}
_ATTRIBUTES = {
    "*": {"id", "class", "title", "lang", "dir"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan", "width"},
    "ol": {"start"},
    "table": {"width", "border", "cellspacing", "cellpadding"},
}
_SCHEMES = {"http", "https", ASTRONAUT_SCHEME, ARTICLE_SCHEME}


@dataclass(frozen=True)
class LinkContext:
    """Where relative links and images are resolved from, and whether the page leaves the app."""

    folder: Path  # the article's
    root: Path | None = None  # the library's (else the article's folder): nothing outside it is shown or linked
    for_export: bool = False  # a standalone page keeps relative links and points mentions at its appendix

    def target(self, url: str) -> Path | None:
        """The file a relative URL names, if it lies inside the library; None for anything else."""
        path = local_target(self.folder, url)
        return path if path is not None and path.is_relative_to(self.root or self.folder) else None

    def shows_image(self, src: str) -> bool:
        path = self.target(src)
        return path is not None and probe(Path.is_file, path)


_IMG_TAG = re.compile(r"<img\b([^>]*)>")
_ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')  # as nh3 writes them: always double-quoted, escaped


def sanitize(html: str, shows_image: Callable[[str], bool] = bool) -> str:
    """Clean HTML to the allowlist; an image that is refused, or that `shows_image` turns down, shows its alt text."""
    clean = nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes=_SCHEMES, link_rel=None,
                      strip_comments=True, attribute_filter=_filter_attribute)
    return _IMG_TAG.sub(lambda tag: _image_or_alt_text(tag, shows_image), clean)


def _image_or_alt_text(tag: re.Match, shows_image: Callable[[str], bool]) -> str:
    attributes = dict(_ATTRIBUTE.findall(tag.group(1)))
    if shows_image(unescape(attributes.get("src", ""))):
        return tag.group(0)
    return f'<span class="img-alt">[{attributes.get("alt") or "image"}]</span>'


def _filter_attribute(element: str, attribute: str, value: str) -> str | None:
    if element == "img" and attribute == "src":
        return value if is_relative(value) else None  # never a remote, data: or file: image
    if element == "a" and attribute == "href" and value.lower().startswith(ARTICLE_SCHEME + ":"):
        target = Path(classify(value).value)  # raw HTML could name any file: only articles open in the app
        return value if is_article_file(target) and probe(Path.is_file, target) else None
    return value


def render_markdown(body: str, matcher: MentionMatcher, links: LinkContext) -> str:
    md = markdown.Markdown(extensions=_EXTENSIONS, extension_configs=_EXTENSION_CONFIGS)
    _PagePolicy(matcher, links).extendMarkdown(md)
    html = md.convert(body).replace("\n</code></pre>", "</code></pre>")  # Qt would show the last newline as a line
    return sanitize(html, links.shows_image)


class _PagePolicy(Extension):
    def __init__(self, matcher: MentionMatcher, links: LinkContext):
        super().__init__()
        self.matcher, self.links = matcher, links

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_PolicyTreeprocessor(md, self.matcher, self.links), "spacereader", 1)


class _PolicyTreeprocessor(Treeprocessor):
    """Runs after inline parsing, when every link, image and text run is an element of the tree."""

    def __init__(self, md: markdown.Markdown, matcher: MentionMatcher, links: LinkContext):
        super().__init__(md)
        self.matcher, self.links = matcher, links

    def run(self, root: ET.Element) -> None:
        skipped = {id(el) for top in root.iter() if top.tag in _NO_MENTIONS for el in top.iter()}
        elements = list(root.iter())
        for element in elements:
            if element.tag == "a":
                self._link(element)
            elif element.tag == "img":
                self._image(element)
            elif element.tag == "table":
                element.set("width", "100%")  # Qt otherwise sizes a table to its longest line, past the page
            elif element.tag == "blockquote" and not self.links.for_export:
                _quote_with_bar(element)
        for element in elements:
            if id(element) not in skipped:
                self._mention_text(element)
            for child in list(element):
                if id(element) not in skipped:
                    self._mention_tail(element, child)

    def _link(self, a: ET.Element) -> None:
        href = (a.get("href") or "").strip()
        if href.startswith("#"):
            return
        if is_web_url(href):
            a.set("class", (a.get("class", "") + " external").strip())
            a.set("title", href)
            _append_text(a, EXTERNAL_MARK)
            return
        target = self.links.target(href)
        if target is not None and probe(Path.is_file, target) and is_article_file(target):
            if not self.links.for_export:
                a.set("href", article_href(target))
            return
        a.attrib.pop("href", None)  # any other scheme, or a missing file: the text stays, the link goes
        if target is not None and not probe(Path.exists, target):
            a.set("class", "broken-link")
            a.set("title", f"missing file: {href}")

    def _image(self, img: ET.Element) -> None:
        src = img.get("src") or ""
        if self.links.shows_image(src):
            return
        alt = img.get("alt") or "image"
        img.tag, img.text = "span", f"[{alt}]"
        img.attrib.clear()
        img.set("class", "img-alt")
        img.set("title", f"not shown: {src}" if is_relative(src) else "remote images are never loaded")

    def _mentions(self, text: str | None) -> tuple[str | None, list[ET.Element]]:
        if not text:
            return text, []
        links, last, lead = [], 0, None
        for start, end, profile_id in self.matcher.finditer(text):
            if lead is None:
                lead = text[:start]
            else:
                links[-1].tail = text[last:start]
            a = ET.Element("a", {"href": self._astronaut_href(profile_id), "class": "astronaut"})
            a.text = text[start:end]
            links.append(a)
            last = end
        if not links:
            return text, []
        links[-1].tail = text[last:]
        return lead, links

    def _astronaut_href(self, profile_id: str) -> str:
        return f"#{export_anchor(profile_id)}" if self.links.for_export else astronaut_href(profile_id)

    def _mention_text(self, element: ET.Element) -> None:
        element.text, links = self._mentions(element.text)
        for index, a in enumerate(links):
            element.insert(index, a)

    def _mention_tail(self, parent: ET.Element, child: ET.Element) -> None:
        child.tail, links = self._mentions(child.tail)
        position = list(parent).index(child) + 1
        for offset, a in enumerate(links):
            parent.insert(position + offset, a)


def _quote_with_bar(quote: ET.Element) -> None:
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


def _append_text(element: ET.Element, text: str) -> None:
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text

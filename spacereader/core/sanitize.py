"""HTML that is safe by construction: cleaned to an allowlist of tags, attributes and link schemes (nh3), every
link under the link policy (an author's raw HTML ones too), images only from inside the library (else their alt
text). Pages, profiles and exports all pass through `sanitize`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import unquote

import nh3

from spacereader.core.articles import is_article_file
from spacereader.core.links import (
    ARTICLE_SCHEME,
    ASTRONAUT_SCHEME,
    FILTER_SCHEME,
    MISSING_SCHEME,
    LinkKind,
    article_href,
    classify,
    is_missing,
    is_relative,
    local_target,
    missing_href,
    probe,
)
from spacereader.core.notes import NoteNames

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "u", "ul",
}
_ATTRIBUTES = {
    "*": {"id", "class", "title", "lang", "dir"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height", "align"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan", "width"},
    "ol": {"start"},
    "table": {"width", "border", "cellspacing", "cellpadding"},
}
_SCHEMES = {"http", "https", ASTRONAUT_SCHEME, ARTICLE_SCHEME, FILTER_SCHEME, MISSING_SCHEME}


@dataclass(frozen=True)
class LinkContext:
    """Where relative links and images are resolved from, and whether the page leaves the app."""

    folder: Path  # the article's
    root: Path | None = None  # the library's (else the article's folder): nothing outside it is shown or linked
    for_export: bool = False  # a standalone page keeps relative links and points mentions at its appendix
    every_mention: bool = False  # every mention of an astronaut a link, not only the first of each section
    notes: NoteNames | None = None  # the library's files by name, which wiki links name

    def target(self, url: str) -> Path | None:
        """The file a relative URL names, if it lies inside the library; None for anything else."""
        path = local_target(self.folder, url)
        return path if path is not None and self.holds(path) else None

    def holds(self, path: Path) -> bool:
        return path.is_relative_to(self.root or self.folder)

    def shows_image(self, src: str) -> bool:
        path = self.target(src)
        return path is not None and probe(Path.is_file, path)


_IMG_TAG = re.compile(r"<img\b([^>]*)>")
_ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')  # as nh3 writes them: always double-quoted, escaped


def sanitize(html: str, links: LinkContext | None = None) -> str:
    """Clean HTML to the allowlist. Every link, an author's raw HTML ones too, follows the link policy; given the
    article's `links`, a relative link stays only if it names an article of the library, and an image shows only if
    it is a file there (else its alt text shows)."""
    clean = nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes=_SCHEMES, link_rel=None, strip_comments=True,
                      attribute_filter=lambda element, name, value: _filter_attribute(element, name, value, links))
    shows_image = links.shows_image if links else bool
    return _IMG_TAG.sub(lambda tag: _image_or_alt_text(tag, shows_image), clean)


def _image_or_alt_text(tag: re.Match, shows_image: Callable[[str], bool]) -> str:
    attributes = dict(_ATTRIBUTE.findall(tag.group(1)))
    if shows_image(unescape(attributes.get("src", ""))):
        return tag.group(0)
    return f'<span class="img-alt">[{attributes.get("alt") or "image"}]</span>'


def _filter_attribute(element: str, attribute: str, value: str, links: LinkContext | None) -> str | None:
    if element == "img" and attribute == "src":
        return value if is_relative(value) else None  # never a remote, data: or file: image
    if element == "a" and attribute == "href":
        return _href(value, links)
    return value


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _href(href: str, links: LinkContext | None) -> str | None:
    """A link already in HTML (ours, or an author's raw HTML) under the policy `_link` applies to Markdown links."""
    if _CONTROL.search(href):
        return None  # a browser drops tabs and newlines, and would read a scheme we did not
    target = classify(href)
    if target.kind is LinkKind.ARTICLE:  # raw HTML could name any file: only the library's articles open in the app
        path = Path(target.value)
        return href if is_article(path) and (links is None or links.holds(path)) else None
    if target.kind is not LinkKind.REFUSED:
        return href  # a profile, an anchor in the page, a web page
    path = links.target(href) if links else None  # relative: kept only if it names an article of the library
    if path is not None and not links.for_export and is_missing(path, href):
        return missing_href(unquote(href.strip()))  # the reader says so when it is hovered or clicked
    if path is None or not is_article(path):
        return None
    return href if links.for_export else article_href(path)


def is_article(path: Path) -> bool:
    return is_article_file(path) and probe(Path.is_file, path)

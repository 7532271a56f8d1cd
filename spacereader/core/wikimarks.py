"""Obsidian's `[[wiki links]]` and `![[embeds]]` on the page: a link or image pointing at the library's file of that
name, written as a relative link so that the link policy and the sanitiser judge it as any other; a name that
names nothing is plain text."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

from spacereader.core.anchors import slugify
from spacereader.core.inline import WIKI_LINK, WikiLink, image_size, is_image_name, wiki_link
from spacereader.core.notes import NoteNames


class WikiLinks(InlineProcessor):
    """Given no names (`notes` None), as in a page of a file outside any library, every wiki link is its text."""

    def __init__(self, md) -> None:
        super().__init__(WIKI_LINK.pattern, md)
        self.notes: NoteNames | None = None
        self.folder = Path()

    def use(self, notes: NoteNames | None, folder: Path) -> None:
        self.notes, self.folder = notes, Path(os.path.realpath(folder))  # the names are the resolved library's

    def handleMatch(self, found: re.Match, data: str) -> tuple[ET.Element, int, int]:
        return self._element(wiki_link(found)), found.start(), found.end()

    def _element(self, link: WikiLink) -> ET.Element:
        if not link.name:  # [[#Heading]]: a place in this page
            return _element("a", link.shown, href=f"#{slugify(link.heading)}") if link.heading else _text(link)
        target = self.notes.find(link.name, self.folder) if self.notes is not None else None
        if target is None:
            return _element("span", f"[{link.name}]", **{"class": "img-alt"}) if link.is_embed else _text(link)
        href = quote(os.path.relpath(target, self.folder).replace(os.sep, "/"))
        if link.is_embed and is_image_name(target.name):
            width, height = image_size(link.label)
            sizes = {name: value for name, value in (("width", width), ("height", height)) if value}
            return ET.Element("img", {"src": href, "alt": link.label if not width and link.label else link.name, **sizes})
        if link.heading and not link.heading.startswith("^"):  # ^ marks a block, which has no anchor on the page
            href += f"#{slugify(link.heading)}"
        return _element("a", link.shown, href=href, **{"class": "embed" if link.is_embed else "wikilink"})


def _element(tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.Element(tag, attributes)
    element.text = AtomicString(text)
    return element


def _text(link: WikiLink) -> ET.Element:
    return _element("span", link.shown)

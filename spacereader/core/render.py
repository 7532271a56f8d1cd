"""Markdown to HTML that is safe by construction: links follow the link policy, astronauts become links,
remote images are never fetched, and whatever raw HTML an author wrote is cleaned to an allowlist. A body that
cannot be formatted (nested too deep, or too slow to format) is shown as plain text, with the reason."""

from __future__ import annotations

import ctypes
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from html import escape
from pathlib import Path

import markdown
from markdown.treeprocessors import Treeprocessor

from spacereader.core.articles import is_article_file
from spacereader.core.commonmark import for_python_markdown
from spacereader.core.document import Document, read_document
from spacereader.core.inline import BARE_URL
from spacereader.core.limits import (
    MAX_TABLE_NESTING,
    RENDER_SECONDS,
    formatting_problem,
    table_depth,
)
from spacereader.core.links import (
    article_href,
    astronaut_href,
    export_anchor,
    is_missing,
    is_relative,
    is_web_url,
    missing_href,
    probe,
)
from spacereader.core.mentions import MentionMatcher
from spacereader.core.pagetree import (
    EXTERNAL_MARK,
    BareUrl,
    HeadingIds,
    append_text,
    callout_box,
    callout_kind,
    figure,
    link_first_mentions,
    outer_quotes,
    quote_with_bar,
    refuse_depth,
    texts_before,
)
from spacereader.core.rules import PLAIN
from spacereader.core.sanitize import LinkContext, sanitize
from spacereader.core.wikimarks import WikiLinks

# Python-Markdown, with what makes it read an article as CommonMark and GitHub do (see commonmark.py for the rest)
_EXTENSIONS = ["tables", "footnotes", "attr_list", "sane_lists", "md_in_html", "pymdownx.superfences",
               "pymdownx.highlight", "pymdownx.tilde", "pymdownx.tasklist", "pymdownx.saneheaders", "pymdownx.mark"]
_EXTENSION_CONFIGS = {
    "pymdownx.highlight": {"guess_lang": False, "css_class": "codehilite"},
    "pymdownx.tilde": {"subscript": False},  # `~~gone~~` only, as GitHub reads it
}
_CHECKBOX = re.compile(r'<input type="checkbox" disabled(/?| checked/?)>')
_NO_MENTIONS = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style"})

@dataclass(frozen=True)
class Rendered:
    html: str  # safe
    problem: tuple[str, dict] | None = None  # why the body is shown as plain text, when it is: (rule, arguments)


def markdown_converter(extensions: tuple[str, ...] = tuple(_EXTENSIONS)) -> markdown.Markdown:
    """Python-Markdown as pages use it, before our policy: the property test renders with it too."""
    md = markdown.Markdown(extensions=list(extensions),
                           extension_configs={name: config for name, config in _EXTENSION_CONFIGS.items() if name in extensions})
    # Bare web addresses and heading ids by our own small steps: pymdownx.magiclink and toc cost a fifth of a render
    md.inlinePatterns.register(BareUrl(BARE_URL.pattern, md), "bare-url", 85)
    md.treeprocessors.register(HeadingIds(md), "heading-ids", 5)
    md.inlinePatterns.register(WikiLinks(md), "wiki-link", 175)  # after code spans and escapes, before [links]
    return md


_NEEDED_FOR = {"tables": ("|",), "footnotes": ("[^",), "attr_list": ("{",), "md_in_html": ("<",),
               "pymdownx.tilde": ("~~",), "pymdownx.mark": ("==",), "pymdownx.tasklist": ("[ ]", "[x]", "[X]")}
_converters = threading.local()  # per thread, one per set of extensions, made once: setting one up is a tenth of a render


def _page_converter(source: str, matcher: MentionMatcher, links: LinkContext, titles: Mapping[str, str]) -> markdown.Markdown:
    needed = tuple(e for e in _EXTENSIONS if any(mark in source for mark in _NEEDED_FOR.get(e, ("",))))
    made = _converters.__dict__.setdefault("by_extensions", {})
    md = made.get(needed)
    if md is None:
        md = made[needed] = markdown_converter(needed)
        md.treeprocessors.register(_PolicyTreeprocessor(md), "spacereader", 1)
    md.reset()
    md.treeprocessors["spacereader"].use(matcher, links, titles)
    md.inlinePatterns["wiki-link"].use(links.notes, links.folder)
    return md


def render_markdown(body: str, matcher: MentionMatcher, links: LinkContext) -> str:
    return render_body(read_document(body), matcher, links).html


def render_body(document: Document, matcher: MentionMatcher, links: LinkContext,
                callout_titles: Mapping[str, str] | None = None) -> Rendered:
    """Safe HTML for a Markdown body. Never raises: what cannot be formatted is shown as plain text. A callout
    with no title of its own takes its kind's from `callout_titles` (the article's language), else English."""
    body = document.text
    if too_much := formatting_problem(document):
        return _plain(body, too_much[1:])
    source = for_python_markdown(document)
    md = _page_converter(source, matcher, links, callout_titles or {})
    try:
        with _deadline(RENDER_SECONDS):
            html = md.convert(source)
    except RecursionError:  # nesting the line-by-line limits do not see, like thousands of `*a ` in a row
        return _plain(body, ("limit-recursion", {"plain": PLAIN}))
    except _TooSlow:
        return _plain(body, ("limit-time", {"seconds": f"{RENDER_SECONDS:g}", "plain": PLAIN}))
    if "checkbox" in html:
        html = _CHECKBOX.sub(lambda box: "☑" if "checked" in box.group(1) else "☐", html)  # no form control in a page
    html = sanitize(html.replace("\n</code></pre>", "</code></pre>"), links)  # Qt would show a last newline as a line
    if (tables := table_depth(html)) > MAX_TABLE_NESTING:
        return _plain(body, ("limit-tables", {"levels": tables, "limit": MAX_TABLE_NESTING, "plain": PLAIN}))
    return Rendered(html)


def _plain(body: str, problem: tuple[str, dict]) -> Rendered:
    """The text as it is, paragraph by paragraph: escaped, so safe without nh3 (which the body may be too much for)."""
    paragraphs = (p.strip("\n") for p in re.split(r"\n[ \t]*\n", body))
    html = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs if p.strip())
    return Rendered(f'<div class="plain-text">{html}</div>', problem)


class _TooSlow(BaseException):
    """Time is up. A BaseException, so that no `except Exception` inside Python-Markdown swallows it."""


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Stop the Python code run inside once `seconds` have passed: a timer thread raises _TooSlow in this thread
    (CPython's PyThreadState_SetAsyncExc), which Python delivers between two bytecodes. Free until time is up,
    unlike a trace function, which made every render twice as slow."""
    thread, lock, state = threading.get_ident(), threading.Lock(), {"open": True}

    def time_is_up() -> None:
        with lock:
            if state["open"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(_TooSlow))

    timer = threading.Timer(seconds, time_is_up)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:  # from here on no exception is sent; one sent before arrives inside this block, as _TooSlow
            state["open"] = False


class _PolicyTreeprocessor(Treeprocessor):
    """Runs after inline parsing, when every link, image and text run is an element of the tree."""

    def use(self, matcher: MentionMatcher, links: LinkContext, titles: Mapping[str, str]) -> None:
        self.matcher, self.links, self.titles = matcher, links, titles

    def run(self, root: ET.Element) -> None:
        refuse_depth(root)
        skipped = {id(el) for top in root.iter() if top.tag in _NO_MENTIONS for el in top.iter()}
        barred = set() if self.links.for_export else outer_quotes(root)
        elements = list(root.iter())
        for element in elements:
            if element.tag == "a":
                self._link(element)
            elif element.tag == "img":
                self._image(element)
            elif element.tag == "p":
                figure(element, self.links.shows_image)
            elif element.tag == "table":
                element.set("width", "100%")  # Qt otherwise sizes a table to its longest line, past the page
            elif element.tag in ("th", "td") and "text-align" in element.get("style", ""):
                element.set("align", element.attrib.pop("style").split(":")[1].strip(" ;"))  # nh3 drops style=
            elif element.tag == "mark":  # ==highlight==, which Qt's rich text does not know
                element.tag = "span"
                element.set("class", "highlight")
            elif element.tag == "div" and callout_kind(element):
                callout_box(element, callout_kind(element), self.titles)
            elif id(element) in barred:
                quote_with_bar(element)
        self.root, self._before = root, None
        for element in elements:
            if id(element) not in skipped:  # tails first: the links made from the text must not be read again
                self._mention_tails(element)
                self._mention_text(element)
        if not self.links.every_mention:
            link_first_mentions(root)

    def _link(self, a: ET.Element) -> None:
        href = (a.get("href") or "").strip()
        if href.startswith("#"):
            return
        if is_web_url(href):
            a.set("class", (a.get("class", "") + " external").strip())
            a.set("title", href)
            append_text(a, EXTERNAL_MARK)
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
            if not self.links.for_export and is_missing(target, href):  # said on hover and click in the reader
                a.set("href", missing_href(href))

    def _image(self, img: ET.Element) -> None:
        src = img.get("src") or ""
        if self.links.shows_image(src):
            return
        alt = img.get("alt") or "image"
        img.tag, img.text = "span", f"[{alt}]"
        img.attrib.clear()
        img.set("class", "img-alt")
        img.set("title", f"not shown: {src}" if is_relative(src) else "remote images are never loaded")

    def _text_before(self, element: ET.Element, tail: bool) -> str:
        """The text the page shows before an element's text or tail, in its paragraph: asked only for the few texts
        that may name someone, once images are their alt text."""
        if self._before is None:
            self._before = texts_before(self.root)
        return self._before.get((id(element), tail), "")

    def _mentions(self, text: str | None, element: ET.Element, tail: bool) -> tuple[str | None, list[ET.Element]]:
        if not text or not self.matcher.could_mention(text):
            return text, []
        links, last, lead = [], 0, None
        for start, end, profile_id in self.matcher.finditer(text, self._text_before(element, tail)):
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
        element.text, links = self._mentions(element.text, element, False)
        for index, a in enumerate(links):
            element.insert(index, a)

    def _mention_tails(self, parent: ET.Element) -> None:
        """Mentions in the text after each child; the children rebuilt at once, as a body may have thousands."""
        children, found = [], False
        for child in parent:
            child.tail, links = self._mentions(child.tail, child, True)
            children += [child, *links]
            found = found or bool(links)
        if found:  # most elements name nobody: their children stay as they are
            parent[:] = children



"""What a rendered page may hold, checked by parsing it as a browser would: every tag and attribute on an allowlist
of our own (not the renderer's, so a loosened renderer fails here), and every link and image going only where the
link policy lets it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "u", "ul",
}
_EVERYWHERE = {"id", "class", "title", "lang", "dir"}
ATTRIBUTES = {
    "a": {"href", "name"}, "img": {"src", "alt", "width", "height"}, "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan", "width"}, "ol": {"start"}, "table": {"width", "border", "cellspacing", "cellpadding"},
}
# missing: opens nothing, says the file is not there
LINK_SCHEMES = {"http", "https", "astronaut", "article", "filter", "missing"}
# A browser drops tabs and newlines anywhere in a URL, and spaces and control characters around it.
_IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f-\x9f]")
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):")


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)  # attribute values come entity-decoded, as a browser reads them
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.other: list[str] = []  # comments, declarations, processing instructions

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_comment(self, data):
        self.other.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.other.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.other.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.other.append(f"<![{data}]>")


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def scheme(url: str) -> str | None:
    """The scheme a browser would see: control characters and white space gone, lower case."""
    found = _SCHEME.match(_IGNORED_IN_URLS.sub("", url).lower())
    return found.group(1) if found else None


def unsafe(html: str, root: Path | None = None, folder: Path | None = None) -> list[str]:
    """Everything in a page body that breaks the policy, said in words; an empty list for a safe page. With `root`,
    the library's folder, article: links must stay inside it; with `folder` too, the article's, relative ones too."""
    page = parse(html)
    found = [f"not allowed: {other}" for other in page.other]
    for tag, attrs in page.tags:
        if tag not in TAGS:
            found.append(f"tag <{tag}>")
            continue
        for name, value in attrs.items():
            if name not in _EVERYWHERE | ATTRIBUTES.get(tag, set()):
                found.append(f"attribute {name}= on <{tag}>")
            elif name == "href" and (why := _bad_href(value or "", root, folder)):
                found.append(f"<a href={value!r}>: {why}")
            elif name == "src" and (why := _bad_src(value or "", root, folder)):
                found.append(f"<img src={value!r}>: {why}")
    return found


def _bad_href(url: str, root: Path | None, folder: Path | None) -> str:
    kind = scheme(url)
    if kind is None:
        return "" if url.startswith("#") else _bad_relative(url, root, folder)
    if kind not in LINK_SCHEMES:
        return f"scheme {kind}:"
    if kind in ("http", "https") and not urlsplit(url).netloc:
        return "a web link with no host"
    target = Path(unquote(url.split(":", 1)[1], errors="surrogateescape"))
    if kind == "article" and root is not None and not _inside(target, root):
        return "an article outside the library"
    return ""


def _bad_src(url: str, root: Path | None, folder: Path | None) -> str:
    kind = scheme(url)
    return f"an image from {kind}:" if kind else _bad_relative(url, root, folder)


def _bad_relative(url: str, root: Path | None, folder: Path | None) -> str:
    cleaned = _IGNORED_IN_URLS.sub("", url)
    if cleaned.startswith(("/", "\\")) or "\\" in cleaned:
        return "an absolute or network path"
    if root is not None and folder is not None and not _inside(folder / unquote(urlsplit(cleaned).path), root):
        return "a file outside the library"
    return ""


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, ValueError):
        return False


def text_of(html: str) -> str:
    """The page's text as a reader sees it, tags gone and entities decoded."""
    parts: list[str] = []
    parser = HTMLParser(convert_charrefs=True)
    parser.handle_data = parts.append
    parser.feed(html)
    parser.close()
    return "".join(parts)

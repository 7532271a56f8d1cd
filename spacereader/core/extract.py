"""The readable part of a fetched web page: the article, without the navigation, ads, cookie banners or comments,
with its title, author and date when the page says them. Made by trafilatura (chosen over readability-lxml: on
pages like ours both kept the article, but only trafilatura found the author and date, and readability-lxml kept
a page's footer), then cleaned by the same allowlist and link policy as an article."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape, unescape
from pathlib import Path

from spacereader.core.i18n import translate
from spacereader.core.sanitize import LinkContext, sanitize

MIN_WORDS = 20  # fewer, and what was found is a caption or a menu, not an article
_TAG = re.compile(r"<[^>]*>")
_FIRST_HEADING = re.compile(r"\s*<h1[^>]*>(.*?)</h1>", re.DOTALL)
_IMAGE_SOURCE = re.compile(r'(<img\b[^>]*?\ssrc=)"([^"]*)"')  # as trafilatura writes them: double-quoted


@dataclass(frozen=True)
class Extracted:
    title: str
    author: str
    date: str  # ISO, as the page gave it, or ""
    html: str  # safe: sanitized
    text: str  # plain, for search

    def words(self) -> int:
        return len(self.text.split())


class NothingReadable(Exception):
    """The page holds no article text that could be told from the rest."""


def extract_article(page_html: str, url: str, *, images: Callable[[str], str | None] | None = None,
                    folder: Path | None = None) -> Extracted:
    """The article in a page found at `url` (its relative links made absolute from there). Its images show as their
    alt text, unless `images` keeps one (downloaded into `folder`, it returns the file's path relative to it).
    Raises NothingReadable."""
    import trafilatura  # a third of a second to import: only when something is saved

    body = trafilatura.extract(page_html, url=url, output_format="html", include_comments=False, include_links=True,
                               include_images=True, include_tables=True, include_formatting=True) or ""
    if len(plain_text(sanitize(body)).split()) < MIN_WORDS:
        raise NothingReadable(translate("Offline", "no article text was found on the page"))
    if images is not None:  # only now: no image is fetched for a page that has nothing to keep
        body = _IMAGE_SOURCE.sub(lambda found: _local_image(found, images), body)
    meta = trafilatura.extract_metadata(page_html, default_url=url)
    title = (meta.title if meta else "") or ""
    clean = _without_title(sanitize(body, LinkContext(folder) if folder else None), title)
    return Extracted(title, (meta.author if meta else "") or "", (meta.date if meta else "") or "", clean, plain_text(clean))


def _local_image(found: re.Match, images: Callable[[str], str | None]) -> str:
    local = images(unescape(found.group(2)))
    return found.group(0) if local is None else f'{found.group(1)}"{escape(local)}"'


def plain_text(html: str) -> str:
    return " ".join(unescape(_TAG.sub(" ", html)).split())


def _without_title(html: str, title: str) -> str:
    """The page's own first heading, when it repeats the title the header shows."""
    heading = _FIRST_HEADING.match(html)
    if heading and title and plain_text(heading.group(1)).casefold() == title.casefold():
        return html[heading.end():]
    return html

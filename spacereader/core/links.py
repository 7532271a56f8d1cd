"""The one link policy: what a link in a rendered page may do when it is clicked."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import SplitResult, quote, unquote, urlsplit

ASTRONAUT_SCHEME = "astronaut"
ARTICLE_SCHEME = "article"
FILTER_SCHEME = "filter"  # filter:tag/ISS, filter:author/Camille%20Laurent: narrow the library
MISSING_SCHEME = "missing"  # a relative link to a file that is not there: the reader says so, never opens it


class LinkKind(Enum):
    ASTRONAUT = "astronaut"  # open the profile in the app
    ARTICLE = "article"  # open another article of the library in the app
    ANCHOR = "anchor"  # scroll within the page
    FILTER = "filter"  # narrow the library to a tag or an author
    MISSING = "missing"  # a file of the library that is not there: said in the status bar
    EXTERNAL = "external"  # open in the system browser
    REFUSED = "refused"  # never opened


@dataclass(frozen=True)
class LinkTarget:
    kind: LinkKind
    value: str  # profile id, article path, anchor name, URL, or the refused link itself
    shown: int = 0  # a profile's page asked for with this many of its articles listed ("Show more")


def astronaut_href(profile_id: str) -> str:
    return f"{ASTRONAUT_SCHEME}:{profile_id}"


def filter_href(facet: str, value: str) -> str:
    return f"{FILTER_SCHEME}:{facet}/{quote(value, safe='')}"


def filter_of(value: str) -> tuple[str, str]:
    """(facet, value) of a FILTER target's value."""
    facet, _, chosen = value.partition("/")
    return facet, chosen
def more_mentions_href(profile_id: str, shown: int) -> str:
    return f"{ASTRONAUT_SCHEME}:{profile_id}?shown={shown}"


def _shown(query: str) -> int:
    name, _, value = query.partition("=")
    return int(value) if name == "shown" and value.isdigit() and len(value) < 9 else 0


def export_anchor(profile_id: str) -> str:
    """Where an exported page points an astronaut mention: the profile card in its own appendix."""
    return f"astronaut-{profile_id}"


def article_href(path: Path) -> str:
    # surrogateescape: a file name that is not UTF-8 goes out as its own bytes (%E9) and comes back the same
    return f"{ARTICLE_SCHEME}:{quote(path.as_posix(), errors='surrogateescape')}"


def missing_href(written: str) -> str:
    return f"{MISSING_SCHEME}:{quote(written, safe='/', errors='surrogateescape')}"


def _split(url: str) -> SplitResult | None:
    """The parts of a URL, or None for one that cannot be split (`http://[` is an unfinished IPv6 host)."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def is_web_url(url: str) -> bool:
    parts = _split(url)
    return parts is not None and parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def classify(href: str) -> LinkTarget:
    href = href.strip()
    parts = _split(href)
    if parts is None:
        return LinkTarget(LinkKind.REFUSED, href)
    scheme = parts.scheme.lower()
    if scheme == ASTRONAUT_SCHEME and parts.path:
        return LinkTarget(LinkKind.ASTRONAUT, parts.path, _shown(parts.query))
    if scheme == ARTICLE_SCHEME and parts.path:
        return LinkTarget(LinkKind.ARTICLE, unquote(parts.path, errors="surrogateescape"))
    if scheme == FILTER_SCHEME and parts.path.startswith(("tag/", "author/")) and not parts.query:
        return LinkTarget(LinkKind.FILTER, unquote(parts.path))
    if scheme == MISSING_SCHEME and parts.path:
        return LinkTarget(LinkKind.MISSING, unquote(parts.path, errors="surrogateescape"))
    if is_web_url(href):
        return LinkTarget(LinkKind.EXTERNAL, href)
    if href.startswith("#") and len(href) > 1:
        return LinkTarget(LinkKind.ANCHOR, unquote(href[1:]))
    return LinkTarget(LinkKind.REFUSED, href)


def is_relative(url: str) -> bool:
    """A path relative to the article: no scheme, no host, not absolute, no backslash (a Windows network path)."""
    url = url.strip()
    parts = _split(url)
    return parts is not None and not (parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/") or "\\" in url)


def local_target(folder: Path, url: str) -> Path | None:
    """The file a relative link or image points to, or None for anything that is not a relative path."""
    if not is_relative(url):
        return None
    path = folder / unquote(urlsplit(url.strip()).path)
    try:
        return path.resolve()
    except (OSError, ValueError):
        return path


def is_missing(path: Path, written: str) -> bool:
    """A relative link to a file that is not there, as an author would mistype one: not a name no file could have
    (a NUL, too long), nor one that reads as a scheme (`java\tscript:`)."""
    if ":" in written.split("/")[0] or any(ord(c) < 32 for c in written):
        return False
    try:
        path.stat()
    except FileNotFoundError:
        return True
    except (OSError, ValueError):
        return False
    return False


def probe(check, path: Path) -> bool:
    """Ask the file system about a path an author wrote, which may be no possible path at all (NUL, too long)."""
    try:
        return check(path)
    except (OSError, ValueError):
        return False

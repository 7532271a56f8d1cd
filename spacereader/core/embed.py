"""Images of an exported page put inside it as data: URIs, so the page still shows them once moved: only files
inside the library, only images, each up to a size (a page of a hundred megabytes helps nobody); nothing fetched."""

from __future__ import annotations

import base64
import mimetypes
import re
from html import unescape
from pathlib import Path

from spacereader.core.links import local_target

MAX_IMAGE_BYTES = 5 * 1024 * 1024  # bigger ones stay relative links, beside the page
MAX_PAGE_BYTES = 25 * 1024 * 1024  # all of them together
_IMAGE_TYPES = frozenset(("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml", "image/avif", "image/bmp"))
_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')  # as the sanitiser writes it: double quotes, escaped


def embed_images(html: str, folder: Path, root: Path) -> str:
    """Each relative image of the page that is a file under root, as a data: URI, until the page's cap."""
    budget = [MAX_PAGE_BYTES]

    def embedded(found: re.Match) -> str:
        uri = _data_uri(unescape(found.group(2)), folder, root, budget)
        return found.group(1) + uri + found.group(3) if uri else found.group(0)

    return _SRC.sub(embedded, html)


def _data_uri(src: str, folder: Path, root: Path, budget: list[int]) -> str | None:
    path = local_target(folder, src)
    kind = mimetypes.guess_type(path.name)[0] if path is not None else None
    if path is None or kind not in _IMAGE_TYPES or not path.is_relative_to(root.resolve()):
        return None
    try:
        if not path.is_file() or path.stat().st_size > min(MAX_IMAGE_BYTES, budget[0]):
            return None
        data = path.read_bytes()
    except (OSError, ValueError):  # gone, unreadable, or no possible path (a NUL in it)
        return None
    budget[0] -= len(data)
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"

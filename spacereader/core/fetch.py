"""The one way SpaceReader goes on the network: a careful GET of one web page, made only when the reader asks to
save an article's full version. http(s) only, redirects too (at most five); certificates checked; a time limit to
connect and one in all; a size cap; HTML only; the page's charset honoured; no cookies kept, none sent."""

from __future__ import annotations

import re
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from spacereader import __version__
from spacereader.core.i18n import translate
from spacereader.core.links import is_web_url

USER_AGENT = f"SpaceReader/{__version__} (desktop article reader; fetches a page only when its reader asks)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# As browsers read them (WHATWG): a page that says Latin-1 or ASCII is written in Windows-1252.
_BROWSER_CHARSETS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                     "ascii": "cp1252"}


@dataclass(frozen=True)
class FetchLimits:
    connect_seconds: float = 10.0  # to connect, and for each wait on the server after that
    total_seconds: float = 30.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5


DEFAULT_LIMITS = FetchLimits()
IMAGE_LIMITS = FetchLimits(max_bytes=2 * 1024 * 1024)
_IMAGE_TYPES = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp"}


@dataclass(frozen=True)
class Page:
    url: str  # where it was found, after redirects
    html: str


class FetchFailed(Exception):
    """Why a page could not be fetched, in one line for the status bar and the list of saved copies."""


def fetch_page(url: str, limits: FetchLimits = DEFAULT_LIMITS) -> Page:
    """The page at `url` as text. One GET (and one per redirect), never a retry. Raises FetchFailed."""
    final_url, body, headers = _get(url, limits, _check_html, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
    return Page(final_url, _decoded(body, headers))


def fetch_image(url: str, limits: FetchLimits = IMAGE_LIMITS) -> tuple[bytes, str]:
    """An image of a saved page, and the file suffix its type calls for (png, jpg, gif, webp). Raises FetchFailed."""
    _, body, headers = _get(url, limits, _check_image, "image/png,image/jpeg,image/gif,image/webp")
    return body, _IMAGE_TYPES[headers.get_content_type()]


def _get(url: str, limits: FetchLimits, check: Callable[[Message], None], accept: str) -> tuple[str, bytes, Message]:
    if not is_web_url(url):
        raise FetchFailed(translate("Offline", "only http and https addresses are fetched, not {url}").format(url=url))
    deadline = time.monotonic() + limits.total_seconds
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(),
                    urllib.request.HTTPSHandler(context=ssl.create_default_context()),
                    _Redirects(limits.max_redirects, deadline), urllib.request.HTTPErrorProcessor(),
                    urllib.request.HTTPDefaultErrorHandler()):
        opener.add_handler(handler)  # and no cookie handler: a cookie set on the way is not kept, nor sent back
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, identity",
                                                   "Accept": accept})
    host = urlsplit(url).hostname or url
    try:
        with opener.open(request, timeout=limits.connect_seconds) as response:
            host = urlsplit(response.url).hostname or host
            check(response.headers)
            return response.url, _read(response, limits, deadline), response.headers
    except FetchFailed:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchFailed(_http_error(exc.code)) from None
    except urllib.error.URLError as exc:
        raise FetchFailed(_network_error(exc.reason, host, limits)) from None
    except (OSError, ValueError) as exc:  # a timeout while reading, a connection cut, an answer that is no HTTP
        raise FetchFailed(_network_error(exc, host, limits)) from None


class _Redirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, most: int, deadline: float):
        super().__init__()
        self.max_redirections = most
        self.max_repeats = most + 1  # a loop is said as too many redirects
        self.deadline = deadline

    def http_error_302(self, request, fp, code, message, headers):
        new_url = urljoin(request.full_url, headers.get("Location") or headers.get("URI") or "")
        if not is_web_url(new_url):  # urllib itself would follow ftp: too
            raise FetchFailed(translate("Offline", "the page redirects to {url}, which is not a web address")
                              .format(url=new_url))
        if len(getattr(request, "redirect_dict", {})) >= self.max_redirections:
            raise FetchFailed(translate("Offline", "more than {count} redirects").format(count=self.max_redirections))
        if time.monotonic() > self.deadline:
            raise TimeoutError
        return super().http_error_302(request, fp, code, message, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _read(response, limits: FetchLimits, deadline: float) -> bytes:
    too_large = FetchFailed(translate("Offline", "the page is larger than {size} MB")
                            .format(size=limits.max_bytes // (1024 * 1024)))
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > limits.max_bytes:
        raise too_large  # said before a byte is read
    inflate = _inflater(response.headers)
    body = bytearray()
    while chunk := response.read(_CHUNK):
        body += inflate.decompress(chunk, limits.max_bytes + 1 - len(body)) if inflate else chunk
        if len(body) > limits.max_bytes:
            raise too_large  # the rest is never read: the connection closes
        if time.monotonic() > deadline:
            raise TimeoutError
    return bytes(body)


def _inflater(headers: Message):
    encoding = headers.get("Content-Encoding", "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    if encoding not in ("identity", ""):
        raise FetchFailed(translate("Offline", "the page came in an encoding SpaceReader does not read ({encoding})")
                          .format(encoding=encoding))
    return None


def _check_image(headers: Message) -> None:
    if headers.get_content_type() not in _IMAGE_TYPES:  # never SVG: it can hold scripts and links
        raise FetchFailed(translate("Offline", "not an image SpaceReader shows"))


def _check_html(headers: Message) -> None:
    kind = headers.get_content_type() if headers.get("Content-Type") else "text/html"
    if kind in _HTML_TYPES:
        return
    if kind == "application/pdf":
        raise FetchFailed(translate("Offline", "the link leads to a PDF document, not a web page: open it in your browser"))
    if kind.startswith("image/"):
        raise FetchFailed(translate("Offline", "the link leads to an image, not a web page: open it in your browser"))
    raise FetchFailed(translate("Offline", "the link leads to {kind}, not a web page").format(kind=kind))


def _decoded(body: bytes, headers: Message) -> str:
    """The page's text in the charset its server or its own <meta> names; else UTF-8, else Windows-1252."""
    named = headers.get_content_charset()
    if named is None and (found := _META_CHARSET.search(body[:4096])):
        named = found.group(1).decode("ascii")
    for charset in (_BROWSER_CHARSETS.get((named or "").lower(), named), "utf-8"):
        if charset:
            try:
                return body.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("cp1252", errors="replace")


def _http_error(code: int) -> str:
    if code in (404, 410):
        return translate("Offline", "the page is not there (HTTP {code})").format(code=code)
    if code in (401, 403):
        return translate("Offline", "the site refused to send the page (HTTP {code})").format(code=code)
    if code >= 500:
        return translate("Offline", "the site failed to send the page (HTTP {code})").format(code=code)
    return translate("Offline", "the site answered HTTP {code}").format(code=code)


def _network_error(reason: object, host: str, limits: FetchLimits) -> str:
    if isinstance(reason, FetchFailed):
        return str(reason)
    if isinstance(reason, socket.gaierror):
        return translate("Offline", "{host} could not be found: offline, or no such site").format(host=host)
    if isinstance(reason, TimeoutError):
        return translate("Offline", "no answer from {host} in time ({seconds} s)").format(
            host=host, seconds=f"{limits.connect_seconds:g}")
    if isinstance(reason, ssl.SSLCertVerificationError):
        return translate("Offline", "the certificate of {host} could not be verified").format(host=host)
    if isinstance(reason, ConnectionRefusedError):
        return translate("Offline", "{host} refused the connection").format(host=host)
    detail = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return translate("Offline", "could not reach {host}: {detail}").format(host=host, detail=detail)

"""SpaceReader never goes on the network by itself: opening, reading, scrolling and hovering articles and a profile that
point at a web server in every way HTML and Markdown allow sends it nothing, and hands nothing to the browser."""

import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtGui import QImage, QPainter, QTextCursor

from spacereader.ui.main_window import MainWindow
from spacereader.ui.reader import Reader
from tests.helpers import write
from tests.ui.conftest import open_window


class CountingServer(ThreadingHTTPServer):
    """Counts every connection, whatever comes through it, and keeps the request lines to show in a failure."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.connections = 0
        self.requests: list[str] = []

    def verify_request(self, request, client_address) -> bool:
        self.connections += 1
        return True

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    def parse_request(self) -> bool:
        self.server.requests.append(self.raw_requestline.decode("latin-1").strip())
        return super().parse_request()

    def do_GET(self) -> None:  # noqa: N802 — the name http.server calls
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "1")
        self.end_headers()
        self.wfile.write(b"x")

    def log_message(self, *args) -> None:  # quiet in the test output
        pass


@pytest.fixture
def server():
    server = CountingServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


IMAGES = """---
title: Pictures from orbit
full_article: {base}/full-article
---
Jane Orbit took these.

![Earth]({base}/earth.png) ![Earth again]({base}/earth-titled.png "Earth")

![The Moon][moon]

[moon]: {base}/moon.png

<img src="{base}/raw.png" alt="raw image" srcset="{base}/raw-2x.png 2x">

<picture><source srcset="{base}/picture.webp"><img src="{base}/picture.png" alt="picture"></picture>

<video src="{base}/video.mp4" poster="{base}/poster.png"><source src="{base}/video.webm"></video>
<audio src="{base}/audio.mp3" autoplay></audio>
<object data="{base}/object.swf"></object> <embed src="{base}/embed.swf">
<iframe src="{base}/frame.html"></iframe>
<svg><image href="{base}/svg.png"/></svg>
<input type="image" src="{base}/input.png">

![The end](end.png)
"""

STYLES = """---
title: Styles and scripts
---
<link rel="stylesheet" href="{base}/style.css">
<link rel="prefetch" href="{base}/prefetch">
<style>@import url("{base}/import.css"); body {{ background: url({base}/body.png) }}</style>
<div style="background:url({base}/div.png)">a styled block</div>
<p style="background-image: url('{base}/p.png'); list-style-image: url({base}/li.png)">a styled paragraph</p>
<table background="{base}/table.png"><tr><td background="{base}/td.png">a cell</td></tr></table>
<script src="{base}/script.js"></script>
<script>fetch("{base}/fetch")</script>
<meta http-equiv="refresh" content="0;url={base}/refresh">
<base href="{base}/">

![relative after a base tag](relative.png)

Text at the end of a long page.
""" + "\n\nA paragraph to scroll past.\n" * 60 + "\n\n![The end](end.png)\n"

LINKS = """---
title: Links that stay links
full_article: {base}/full-article-2
---
[A page]({base}/page), <{base}/autolink>, <a href="{base}/raw-link">a raw link</a>,
[a reference][ref], and a footnote.[^1]

[ref]: {base}/reference
[^1]: See [the source]({base}/footnote).

![The end](end.png)
"""

PROFILE = """name: Jane Orbit
agency: ESA
summary: A made-up astronaut whose accounts all live on the test server.
social:
  - {{network: Mastodon, handle: "@jane", url: "{base}/@jane"}}
  - {{network: Website, handle: jane.example, url: "{base}/home"}}
"""


@pytest.fixture
def library(tmp_path, server):
    for name, text in {"images.md": IMAGES, "styles.md": STYLES, "links.md": LINKS}.items():
        write(tmp_path / name, text.format(base=server.base))
    write(tmp_path / "astronauts" / "jane-orbit.yaml", PROFILE.format(base=server.base))
    (tmp_path / "end.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # a local image, last on each article's page
    return tmp_path


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """Every resource the reader was asked for, once it answered."""
    asked = []
    load = Reader.loadResource

    def answer(self, kind, url):
        answered = load(self, kind, url)
        asked.append(url.toString())
        return answered

    monkeypatch.setattr(Reader, "loadResource", answer)
    return asked


def settle(qtbot, reader: Reader, asked: list[str], expected: set[str]) -> None:
    """Lay the whole page out and draw all of it, then wait until the reader has been asked for each resource it
    names: by then anything the page could make the reader fetch, it has been asked to, and has answered."""
    document = reader.document()
    document.documentLayout().blockBoundingRect(document.lastBlock())  # laid out to the end, not only the screenful
    canvas = QImage(document.size().toSize(), QImage.Format.Format_RGB32)
    painter = QPainter(canvas)
    document.drawContents(painter)  # every image drawn, those off screen too: an image sized by its tag is asked for here
    painter.end()
    qtbot.waitUntil(lambda: expected <= set(asked))


def read_through(qtbot, window: MainWindow) -> list[str]:
    """Scroll the page to the bottom and rest the mouse on every link; returns what the status bar said for each."""
    reader = window.reader
    said = []
    for cursor in links(reader):
        reader.setTextCursor(cursor)
        reader.ensureCursorVisible()
        qtbot.mouseMove(reader.viewport(), reader.cursorRect(cursor).center())
        said.append(window.statusBar().currentMessage())
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.mouseMove(reader.viewport(), reader.viewport().rect().center())
    return said


def links(reader) -> list[QTextCursor]:
    """A cursor in the middle of every link on the page."""
    found = []
    block = reader.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isAnchor() and fragment.charFormat().anchorHref():
                cursor = QTextCursor(reader.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                found.append(cursor)
            iterator += 1
        block = block.next()
    return found


def test_reading_articles_and_a_profile_that_point_at_a_server_sends_it_nothing(qtbot, server, library, opened_urls,
                                                                                 asked):
    window = open_window(qtbot, library, indexed=False)
    hovered = []
    for name in ("images.md", "styles.md", "links.md"):
        window.show_article(library / name)
        window.wait_for_page()
        settle(qtbot, window.reader, asked, {"end.png"})
        hovered += read_through(qtbot, window)
        asked.clear()
    window.show_profile("jane-orbit")
    window.wait_for_page()
    settle(qtbot, window.reader, asked, set())
    hovered += read_through(qtbot, window)
    window.show_article(library / "images.md")
    window.wait_for_page()
    asked.clear()
    window.set_theme("dark")  # a re-render, as the reader gets when switching themes
    window.wait_for_page()
    settle(qtbot, window.reader, asked, {"end.png"})
    assert not any(server.base in url for url in asked)  # the sanitiser left the reader nothing remote to refuse

    assert server.connections == 0, f"the app contacted the server: {server.requests}"
    assert opened_urls == []
    # the links were there, and hovered: web links said where they go, and stayed unopened
    assert f"Opens in your browser: {server.base}/@jane" in hovered
    assert f"Opens in your browser: {server.base}/page" in hovered
    assert f"Opens in your browser: {server.base}/full-article-2" in hovered
    assert_the_counter_counts(server)


# Raw HTML as Qt's rich text reads it, as if it had slipped past the sanitiser: the reader itself must still fetch nothing.
UNSANITISED = """<html><head><link rel="stylesheet" type="text/css" href="{base}/qt-style.css">
<style>@import url("{base}/qt-import.css"); p {{ background-image: url({base}/qt-p.png) }}</style></head>
<body background="{base}/qt-body.png"><h1>Raw</h1><img src="{base}/qt-img.png" alt="remote" width="50" height="50">
<table background="{base}/qt-table.png"><tr><td background="{base}/qt-td.png">cell</td></tr></table>
<p style="background-image: url({base}/qt-inline.png)">styled</p><ul style="list-style-image: url({base}/qt-li.png)">
<li>item</li></ul>""" + "<p>more text to scroll</p>" * 80 + "</body></html>"


# What Qt's rich text asks its reader for in UNSANITISED (it has no list-style-image): each one refused, none fetched.
ASKED_BY_QT = ["qt-style.css", "qt-import.css", "qt-default-css.png", "qt-body.png", "qt-img.png", "qt-table.png",
               "qt-td.png", "qt-p.png", "qt-inline.png"]


def test_the_reader_fetches_nothing_even_from_html_that_escaped_the_sanitiser(qtbot, server, tmp_path, asked):
    reader = Reader()
    qtbot.addWidget(reader)
    reader.resize(800, 600)
    reader.show()
    qtbot.waitExposed(reader)
    css = f"body {{ background-image: url({server.base}/qt-default-css.png) }}"
    reader.show_page(UNSANITISED.format(base=server.base), css, folder=tmp_path, root=tmp_path)
    assert reader.toPlainText().startswith("Raw")
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum())
    settle(qtbot, reader, asked, {f"{server.base}/{name}" for name in ASKED_BY_QT})

    assert server.connections == 0, f"the reader contacted the server: {server.requests}"
    assert_the_counter_counts(server)


def assert_the_counter_counts(server: CountingServer) -> None:
    """The same server, asked once by hand, sees it: a zero above means silence, not a deaf counter."""
    urllib.request.urlopen(f"{server.base}/control", timeout=5).read()
    assert (server.connections, server.requests) == (1, ["GET /control HTTP/1.1"])

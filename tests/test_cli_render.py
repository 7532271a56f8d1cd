"""`render -o OUT.html` makes a page that holds the library's images (data: URIs, size-capped, nothing fetched);
`--link-images` keeps them as links relative to the article."""

from __future__ import annotations

import base64
import re

import spacereader.core.embed as embed
from spacereader.cli import main
from tests.helpers import write

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==")


def library(tmp_path):
    root = tmp_path / "lib"
    (root / "img").mkdir(parents=True)
    (root / "img" / "dot.png").write_bytes(PNG)
    (tmp_path / "outside.png").write_bytes(PNG)
    write(root / "a.md", "---\ntitle: A\nsummary: S\n---\n![Dot](img/dot.png) ![Out](../outside.png) "
                         "![Remote](https://a.org/r.png)\n")
    return root


def images(html: str) -> list[str]:
    return re.findall(r'<img[^>]*\bsrc="([^"]*)"', html)


def test_the_page_holds_the_image_bytes_and_fetches_nothing(tmp_path, capsys):
    root = library(tmp_path)
    assert main(["render", str(root / "a.md"), "-o", str(tmp_path / "a.html")]) == 0
    sources = images((tmp_path / "a.html").read_text(encoding="utf-8"))
    assert sources == ["data:image/png;base64," + base64.b64encode(PNG).decode()]  # outside and remote: alt text


def test_link_images_keeps_relative_links(tmp_path, capsys):
    root = library(tmp_path)
    assert main(["render", str(root / "a.md"), "--link-images"]) == 0
    assert images(capsys.readouterr().out) == ["img/dot.png"]


def test_an_image_over_the_cap_stays_a_link(tmp_path, capsys, monkeypatch):
    root = library(tmp_path)
    monkeypatch.setattr(embed, "MAX_IMAGE_BYTES", len(PNG) - 1)
    assert main(["render", str(root / "a.md")]) == 0
    assert images(capsys.readouterr().out) == ["img/dot.png"]

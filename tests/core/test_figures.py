"""An image on a line of its own is a figure: its alt text is its caption, and an empty or unreadable file says no
reading time."""

import base64

from spacereader.core.library import load_library
from spacereader.core.pages import article_page
from tests.helpers import write
from tests.html_safety import parse

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def page(tmp_path, body: str, name: str = "a.md") -> str:
    root = tmp_path / "library"
    (root / "pic.png").parent.mkdir(parents=True, exist_ok=True)
    (root / "pic.png").write_bytes(PNG)
    path = write(root / name, f"---\ntitle: T\n---\n{body}\n")
    library = load_library(root)
    return article_page(library.article(path.resolve()), [], library.matcher, root=library.root)


def test_an_image_on_its_own_line_has_its_alt_text_as_a_caption(tmp_path):
    html = page(tmp_path, "Before.\n\n![The station from the shuttle](pic.png)\n\nAfter.")
    assert '<p class="figure"><img alt="The station from the shuttle" src="pic.png"><br>' \
           '<span class="caption">The station from the shuttle</span></p>' in html


def test_an_image_inside_a_sentence_or_not_shown_has_no_caption(tmp_path):
    html = page(tmp_path, "Look ![small](pic.png) here.\n\n![gone](missing.png)\n\n![remote](https://example.com/x.png)")
    assert "caption" not in html and "figure" not in html
    assert "[gone]" in html and "[remote]" in html  # their alt text shows in their place, once
    assert [attrs["src"] for tag, attrs in parse(html).tags if tag == "img"] == ["pic.png"]


def test_a_figure_without_alt_text_has_no_empty_caption(tmp_path):
    html = page(tmp_path, "![](pic.png)")
    assert '<p class="figure"><img' in html and "caption" not in html


def test_an_empty_or_binary_file_says_no_reading_time(tmp_path):
    root = tmp_path / "library"
    root.mkdir()
    (root / "empty.md").write_bytes(b"")
    (root / "binary.md").write_bytes(bytes(range(256)) * 20)
    write(root / "front-only.md", "---\ntitle: Only a title\n---\n")
    library = load_library(root)
    for name in ("empty.md", "binary.md", "front-only.md"):
        article = library.article((root / name).resolve())
        assert "min read" not in article_page(article, [], library.matcher, root=root), name

"""An exported page holds what the reader shows: the profiles of the astronauts the article names (its mentions point
at them), and links and images that reach as far as the library, not only the article's own folder."""

from spacereader.core.export import export_article
from spacereader.core.library import load_library
from tests.helpers import write
from tests.html_safety import parse


def test_an_export_carries_the_profiles_its_mentions_point_at_and_links_across_the_library(tmp_path):
    root = tmp_path / "lib"
    write(root / "people" / "station.md", "---\ntitle: Station\n---\nChris Hadfield sang. See [the other](../other.md).\n\n"
                                          "![the crew](../pictures/crew.png)\n")
    write(root / "other.md", "---\ntitle: Other\n---\nText\n")
    (root / "pictures").mkdir()
    (root / "pictures" / "crew.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    library = load_library(root)
    out = tmp_path / "station.html"
    export_article(library, library.article(root.resolve() / "people" / "station.md"), out)
    tags = parse(out.read_text(encoding="utf-8")).tags
    assert ("a", {"href": "#astronaut-chris-hadfield", "class": "astronaut"}) in tags
    assert any(attrs.get("id") == "astronaut-chris-hadfield" for _, attrs in tags)  # the card the mention points at
    assert ("a", {"href": "../other.md"}) in tags
    assert [attrs["src"] for tag, attrs in tags if tag == "img"] == ["data:image/png;base64,iVBORw0KGgo="]  # inside
    export_article(library, library.article(root.resolve() / "people" / "station.md"), out, link_images=True)
    assert [a["src"] for tag, a in parse(out.read_text(encoding="utf-8")).tags if tag == "img"] == ["../pictures/crew.png"]

"""The link policy as the router reads it: what a clicked link is, and which addresses count as a file beside the
article. The router opens what `classify` says and nothing else, so each kind, and what it carries, is checked."""

from pathlib import Path

import pytest

from spacereader.core.links import LinkKind, LinkTarget, article_href, classify, is_relative, local_target


@pytest.mark.parametrize(("href", "target"), [
    ("astronaut:chris-hadfield", LinkTarget(LinkKind.ASTRONAUT, "chris-hadfield")),
    ("ASTRONAUT:chris-hadfield", LinkTarget(LinkKind.ASTRONAUT, "chris-hadfield")),
    ("article:/library/walk%20outside.md", LinkTarget(LinkKind.ARTICLE, "/library/walk outside.md")),
    ("https://example.org/a?b=1#c", LinkTarget(LinkKind.EXTERNAL, "https://example.org/a?b=1#c")),
    ("  http://example.org/  ", LinkTarget(LinkKind.EXTERNAL, "http://example.org/")),
    ("#caf%C3%A9", LinkTarget(LinkKind.ANCHOR, "café")),
    ("#a", LinkTarget(LinkKind.ANCHOR, "a")),
    ("#", LinkTarget(LinkKind.REFUSED, "#")),
    ("astronaut:", LinkTarget(LinkKind.REFUSED, "astronaut:")),
    ("article:", LinkTarget(LinkKind.REFUSED, "article:")),
    ("https:///no-host", LinkTarget(LinkKind.REFUSED, "https:///no-host")),
    ("javascript:alert(1)", LinkTarget(LinkKind.REFUSED, "javascript:alert(1)")),
    ("mailto:someone@example.org", LinkTarget(LinkKind.REFUSED, "mailto:someone@example.org")),
    ("notes.md", LinkTarget(LinkKind.REFUSED, "notes.md")),
    ("http://[unfinished/x", LinkTarget(LinkKind.REFUSED, "http://[unfinished/x")),  # no URL parser takes it
])
def test_each_kind_of_link_and_what_it_carries(href, target):
    assert classify(href) == target


def test_an_article_whose_name_is_not_utf_8_goes_out_and_comes_back_as_its_own_bytes():
    path = Path("/library/caf\udce9.md")  # b"caf\xe9.md" as Python names it
    href = article_href(path)
    assert href == "article:/library/caf%E9.md"
    assert classify(href) == LinkTarget(LinkKind.ARTICLE, str(path))


@pytest.mark.parametrize("url", ["pictures/a.png", "a.png", "../a.png", " a.png ", "a%20b.png", "./a.png"])
def test_relative_paths_are_relative(url):
    assert is_relative(url)


@pytest.mark.parametrize("url", [
    "", "https://example.org/a.png", "//example.org/a.png", "//example.org", "data:image/png;base64,AAAA",
    "javascript:alert(1)", "mailto:a@b.org", "file:a.png", "/etc/a.png", "..\\a.png", "C:\\a.png", "#top",
])
def test_anything_else_is_not(url):
    assert not is_relative(url)


def test_a_relative_target_is_resolved_from_the_article_folder(tmp_path):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "up.png").write_bytes(b"")
    assert local_target(tmp_path / "pictures", "../up.png") == (tmp_path / "up.png").resolve()
    assert local_target(tmp_path, "a%20b.png") == (tmp_path / "a b.png").resolve()
    assert local_target(tmp_path, "https://example.org/a.png") is None

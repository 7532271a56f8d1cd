"""Obsidian's wiki links and embeds, in a vault-like library: resolved by file name as Obsidian resolves them (the
nearest note when several share a name), shown on the page, checked by `check`, searched as the page reads."""

import re

import pytest

from spacereader.cli import main
from spacereader.core.articles import load_article
from spacereader.core.index import indexed_library
from spacereader.core.library import load_library
from spacereader.core.links import article_href
from spacereader.core.pages import article_page
from tests.helpers import write
from tests.html_safety import parse, text_of

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def vault(tmp_path):
    """A vault as Obsidian keeps one: notes in folders, two of them called Orbit, attachments in their own folder,
    and the app's own settings in .obsidian/."""
    root = tmp_path / "vault"
    write(root / "Projects" / "Orbit.md", "# Orbit\n\n## Low orbit\n\nLow Earth orbit.\n")
    write(root / "Archive" / "Orbit.md", "Old notes on orbits.\n")
    write(root / "Projects" / "Plan.md", "See [[Orbit]].\n")
    write(root / "Archive" / "Old plan.md", "See [[Orbit]].\n")
    write(root / "Étoile filante.md", "Meteors.\n")
    write(root / ".obsidian" / "workspace.md", "[[Not a note]]\n")
    (root / "attachments").mkdir()
    (root / "attachments" / "diagram.png").write_bytes(PNG)
    return root


def page_of(root, name, body):
    path = write(root / name, body + "\n")
    library = load_library(root)
    article = library.article(path.resolve())
    return article, article_page(article, [], library.matcher, root=library.root, notes=library.notes)


def body_tags(html):
    return parse(html.split("<hr>", 1)[1]).tags


LINKS = {  # what is written in Home.md: (the text shown, the note it opens, relative to the vault)
    "[[Projects/Orbit]]": ("Projects/Orbit", "Projects/Orbit.md"),
    "[[Orbit#Low orbit]]": ("Orbit › Low orbit", "Archive/Orbit.md"),  # a tie, from the top: the first by path
    "[[Plan|the plan]]": ("the plan", "Projects/Plan.md"),
    "[[plan]]": ("plan", "Projects/Plan.md"),  # case aside, as Obsidian compares names
    "[[Plan.md]]": ("Plan.md", "Projects/Plan.md"),
    "[[étoile filante]]": ("étoile filante", "Étoile filante.md"),
    "[[E\u0301toile filante|NFD]]": ("NFD", "Étoile filante.md"),  # the accent as a Mac file system writes it
    "![[Plan]]": ("Plan", "Projects/Plan.md"),  # an embedded note shows as a link to it
}


@pytest.mark.parametrize("written", LINKS)
def test_a_wiki_link_opens_the_note_it_names(vault, written):
    shown, target = LINKS[written]
    article, html = page_of(vault, "Home.md", f"Before {written} after.")
    links = [(attrs["href"], attrs.get("class")) for tag, attrs in body_tags(html) if tag == "a"]
    assert [href for href, _ in links] == [article_href((vault / target).resolve())]
    assert f"Before {shown} after." in text_of(html)
    assert article.problems == []


@pytest.mark.parametrize(("folder", "nearest"), [("Projects", "Projects/Orbit.md"), ("Archive", "Archive/Orbit.md")])
def test_of_two_notes_with_one_name_the_nearest_is_linked(vault, folder, nearest):
    _, html = page_of(vault, f"{folder}/Deep/Note.md", "[[Orbit]]")
    assert [attrs["href"] for tag, attrs in body_tags(html) if tag == "a"] == [article_href((vault / nearest).resolve())]


@pytest.mark.parametrize(("written", "shown"), [
    ("[[Nowhere]]", "Nowhere"), ("[[Nowhere|shown text]]", "shown text"), ("[[Not a note]]", "Not a note"),
    ("[[Orbit/Projects]]", "Orbit/Projects"),  # a path is read from its end: no folder Orbit holds a Projects note
])
def test_a_link_to_nothing_is_plain_text_and_a_warning(vault, written, shown, capsys):
    article, html = page_of(vault, "Home.md", f"Line one.\n\nBefore {written} after.")
    assert not [attrs for tag, attrs in body_tags(html) if tag == "a"]
    assert f"Before {shown} after." in text_of(html)
    assert [(p.rule, p.line) for p in article.problems] == [("wiki-link-missing", 3)]
    assert main(["check", str(vault)]) == 0  # a warning: the note reads well
    assert "Home.md:3: warning: wiki link to nothing" in capsys.readouterr().out


def test_an_embedded_image_shows_from_its_attachments_folder_with_its_width(vault):
    article, html = page_of(vault, "Projects/Plan.md", "![[diagram.png|250]]\n\n![[diagram.png|120x80]] ![[diagram.png]]")
    images = [attrs for tag, attrs in body_tags(html) if tag == "img"]
    assert images == [{"src": "../attachments/diagram.png", "alt": "diagram.png", "width": "250"},
                      {"src": "../attachments/diagram.png", "alt": "diagram.png", "width": "120", "height": "80"},
                      {"src": "../attachments/diagram.png", "alt": "diagram.png"}]
    assert article.problems == []


def test_an_embed_of_nothing_is_its_name_in_brackets_and_a_warning(vault):
    article, html = page_of(vault, "Home.md", "![[missing.png|300]]")
    assert not [tag for tag, _ in body_tags(html) if tag == "img"]
    assert "[missing.png]" in text_of(html)
    assert [p.rule for p in article.problems] == ["wiki-embed-missing"]


def test_a_link_to_a_heading_of_the_same_note_scrolls_to_it(vault):
    _, html = page_of(vault, "Home.md", "Go to [[#Later part]].\n\n## Later part\n\nText.")
    assert [attrs["href"] for tag, attrs in body_tags(html) if tag == "a"] == ["#later-part"]
    assert ("h2", {"id": "later-part"}) in body_tags(html)


def test_wiki_links_in_code_stay_as_written(vault):
    article, html = page_of(vault, "Home.md", "`[[Nowhere]]`\n\n```\n[[Nowhere]]\n```")
    assert text_of(html).count("[[Nowhere]]") == 2
    assert article.problems == []


def test_an_exported_page_links_the_note_by_its_relative_path(vault):
    path = write(vault / "Projects" / "Home.md", "[[Orbit#Low orbit]] ![[diagram.png|100]]\n")
    library = load_library(vault)
    html = article_page(library.article(path.resolve()), [], library.matcher, root=library.root, notes=library.notes,
                        for_export=True)
    tags = body_tags(html)
    assert ("a", {"class": "wikilink", "href": "Orbit.md#low-orbit"}) in tags
    assert ("img", {"alt": "diagram.png", "src": "../attachments/diagram.png", "width": "100"}) in tags


def test_search_and_check_read_wiki_links_as_the_page_shows_them(vault, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    write(vault / "Home.md", "Read [[Plan|the flight schedule]] and [[Nowhere|zanzibar]]. ![[diagram.png|250]]\n")
    library, index = indexed_library(vault)
    try:
        index.update()
        assert [h.path.name for h in index.search("schedule")] == ["Home.md"]
        assert [h.path.name for h in index.search("zanzibar")] == ["Home.md"]
        assert [h.path.name for h in index.search("diagram")] == ["Home.md"]  # its alt text, as other images
    finally:
        index.close()
    home = load_library(vault).article((vault / "Home.md").resolve())
    assert [p.rule for p in home.problems] == ["wiki-link-missing"]
    assert load_article(vault / "Home.md").document.plain_text.strip() == "Read the flight schedule and zanzibar. diagram.png"


def backlinks_on(html):
    """The titles listed under "Linked from" at the end of a page."""
    tail = html.split("LINKED FROM", 1)[1] if "LINKED FROM" in html else ""
    return re.findall(r"<li><a [^>]*>([^<]*)</a></li>", tail)


def test_a_note_lists_the_notes_that_link_to_it(vault):
    write(vault / "Home.md", "[[Projects/Orbit]], twice: [[Projects/Orbit|again]], and ![[diagram.png]].\n")
    library = load_library(vault)
    orbit = library.article((vault / "Projects" / "Orbit.md").resolve())
    html = article_page(orbit, [], library.matcher, root=library.root, notes=library.notes,
                        linked_from=library.linked_from(orbit.path))
    assert backlinks_on(html) == ["Home", "Plan"]  # Old plan links to the nearer Archive/Orbit
    hrefs = [attrs["href"] for tag, attrs in parse(html.split("LINKED FROM", 1)[1]).tags if tag == "a"]
    assert hrefs == [article_href((vault / "Home.md").resolve()), article_href((vault / "Projects" / "Plan.md").resolve())]
    assert [a.title for a in library.linked_from((vault / "Archive" / "Orbit.md").resolve())] == ["Old plan"]
    assert library.linked_from((vault / "Home.md").resolve()) == []


def test_backlinks_come_from_the_index_as_from_the_files(vault, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    library, index = indexed_library(vault)
    try:
        library.apply(index.update())
        cached, again = indexed_library(vault)  # a second opening: the articles as the index keeps them
        cached.apply(again.cached())
        again.close()
    finally:
        index.close()
    orbit = (vault / "Projects" / "Orbit.md").resolve()
    assert [a.title for a in cached.linked_from(orbit)] == ["Plan"] == [a.title for a in library.linked_from(orbit)]


def test_a_page_with_no_backlinks_and_an_export_say_nothing_of_them(vault):
    library = load_library(vault)
    orbit = library.article((vault / "Projects" / "Orbit.md").resolve())
    export = article_page(orbit, [], library.matcher, root=library.root, for_export=True,
                          linked_from=library.linked_from(orbit.path))
    assert "LINKED FROM" not in export

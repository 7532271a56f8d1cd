"""A vault in the window, as a reader uses it: a wiki link opens its note, the embedded image is drawn, and a
note's page lists the notes that link to it, each a link back."""

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers import write
from tests.ui.conftest import click_link


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "vault"
    write(root / "Start here.md", "Read [[Orbit|the orbit note]] first.\n\n![[diagram.png|120]]\n")
    write(root / "Space" / "Orbit.md", "Low Earth orbit, about 400 km up.\n")
    write(root / ".obsidian" / "app.md", "[[Orbit]]\n")  # Obsidian's own folder: no note of the vault
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(0xFF3366CC)
    (root / "attachments").mkdir()
    assert image.save(str(root / "attachments" / "diagram.png"))
    return root


def page_text(window) -> str:
    window.wait_for_page()
    return window.reader.toPlainText()


def test_a_wiki_link_opens_its_note_and_the_note_links_back(qtbot, window, library_dir, opened_urls):
    window.show_article(library_dir / "Start here.md")
    assert "Read the orbit note first." in page_text(window)
    click_link(qtbot, window, "the orbit note")
    shown = page_text(window)
    assert shown.startswith("Orbit")
    assert "LINKED FROM 1 NOTE" in shown  # the hidden .obsidian/ note is not one of them
    click_link(qtbot, window, "Start here")
    assert page_text(window).startswith("Start here")
    assert opened_urls == []


def test_an_embedded_image_from_the_attachments_folder_is_drawn(window, library_dir):
    window.show_article(library_dir / "Start here.md")
    window.wait_for_page()
    images = [fragment for fragment in _fragments(window.reader.document()) if fragment.charFormat().isImageFormat()]
    assert [f.charFormat().toImageFormat().width() for f in images] == [120]
    name = images[0].charFormat().toImageFormat().name()
    assert not window.reader.document().resource(2, name).isNull()  # 2: QTextDocument.ImageResource, loaded


def _fragments(document):
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()

"""The reader's last line of defence: whatever HTML it is given, it shows images from inside the library and nothing
else, however the address leaves it (`../`, an absolute path, a `file:` URL, a symbolic link). Checked as a reader
would see it: an image outside is red, the one inside is green, and the page on screen holds no red."""

import base64
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from spacereader.ui.reader import Reader

RED, GREEN = QColor(255, 0, 0), QColor(0, 160, 0)
SIDE = 40


def picture(path: Path, colour: QColor) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(SIDE, SIDE, QImage.Format.Format_RGB32)
    image.fill(colour)
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def library(tmp_path) -> Path:
    """A library whose article folder holds a green picture, beside a folder outside it holding a red one."""
    root = tmp_path / "library"
    picture(root / "articles" / "inside.png", GREEN)
    picture(tmp_path / "outside" / "secret.png", RED)
    (root / "articles" / "linked.png").symlink_to(tmp_path / "outside" / "secret.png")
    return root


def outside_addresses(tmp_path: Path) -> dict[str, str]:
    secret = tmp_path / "outside" / "secret.png"
    return {
        "parent-folders": "../../outside/secret.png",
        "absolute-path": secret.as_posix(),
        "file-url": QUrl.fromLocalFile(str(secret)).toString(),
        "file-url-with-host": "file://localhost" + secret.as_posix(),
        "symbolic-link": "linked.png",
        "encoded-parent-folders": "..%2F..%2Foutside%2Fsecret.png",
        "data-url": "data:image/png;base64," + base64.b64encode(secret.read_bytes()).decode() if secret.exists() else "data:",
    }


def shown(qtbot, reader: Reader, html: str, folder: Path, root: Path) -> QImage:
    """The page as it is on screen once laid out and painted."""
    reader.show_page(html, "", folder=folder, root=root)
    layout = reader.document().documentLayout()
    layout.blockBoundingRect(reader.document().lastBlock())  # lays the whole page out: every image is asked for
    qtbot.waitUntil(lambda: layout.documentSize().height() > SIDE)
    return reader.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def pixels(image: QImage, colour: QColor) -> int:
    data = bytes(image.constBits())
    return data.count(int(colour.rgb() & 0xFFFFFFFF | 0xFF000000).to_bytes(4, "little"))


@pytest.fixture
def reader(qtbot) -> Reader:
    reader = Reader()
    qtbot.addWidget(reader)
    reader.resize(600, 400)
    reader.show()
    qtbot.waitExposed(reader)
    return reader


@pytest.mark.parametrize("way", list(outside_addresses(Path("/x"))))
def test_an_image_outside_the_library_is_not_shown_while_one_inside_is(qtbot, reader, library, tmp_path, way):
    address = outside_addresses(tmp_path)[way]
    html = f'<p><img src="{address}" alt="secret"> <img src="inside.png" alt="inside"></p>'
    screen = shown(qtbot, reader, html, folder=library / "articles", root=library)
    assert pixels(screen, GREEN) >= SIDE * SIDE  # the picture inside shows, whole
    assert pixels(screen, RED) == 0, f"the picture outside the library shows, through {address}"


def test_the_reader_loads_no_picture_from_outside_the_library(reader, library, tmp_path):
    for way, address in outside_addresses(tmp_path).items():
        assert not is_picture(reader_loads(reader, address, library)), way
    assert is_picture(reader_loads(reader, "inside.png", library))


def test_an_image_refused_is_not_then_looked_for_in_the_current_folder(qtbot, reader, library, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path / "outside")  # Qt, left to itself, reads a relative name from here
    screen = shown(qtbot, reader, '<img src="secret.png"> <img src="inside.png">', library / "articles", library)
    assert pixels(screen, GREEN) >= SIDE * SIDE and pixels(screen, RED) == 0


def test_an_image_from_a_subfolder_of_the_library_above_the_article_is_shown(qtbot, reader, library):
    """The limit is the library, not the article's own folder: `../` inside the library is fine."""
    picture(library / "pictures" / "shared.png", GREEN)
    screen = shown(qtbot, reader, '<img src="../pictures/shared.png">', folder=library / "articles", root=library)
    assert pixels(screen, GREEN) >= SIDE * SIDE


@pytest.mark.parametrize("where", ["inside", "outside"])
def test_only_images_are_loaded_never_styles(qtbot, reader, library, tmp_path, where):
    style = (library / "articles" if where == "inside" else tmp_path / "outside") / "style.css"
    style.write_text("p { background-color: #ff0000 }", encoding="utf-8")
    for href in ("style.css", style.as_posix()):
        link = f'<link rel="stylesheet" type="text/css" href="{href}">'
        html = f"<html><head>{link}</head><body><p>a red paragraph?</p></body></html>"
        screen = shown(qtbot, reader, html, library / "articles", library)
        assert pixels(screen, RED) == 0 and reader.toPlainText() == "a red paragraph?"
    kind = QTextDocument.ResourceType.StyleSheetResource.value
    assert not reader.loadResource(kind, QUrl("style.css"))  # empty


def test_a_file_inside_that_is_no_image_is_not_looked_for_elsewhere(qtbot, reader, library, tmp_path, monkeypatch):
    (library / "articles" / "secret.png").write_text("not a picture", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "outside")  # where Qt, left to itself, finds a secret.png that is one
    screen = shown(qtbot, reader, '<img src="secret.png"> <img src="inside.png">', library / "articles", library)
    assert pixels(screen, GREEN) >= SIDE * SIDE and pixels(screen, RED) == 0


def test_a_page_with_no_folder_loads_no_image(qtbot, reader, library, monkeypatch):
    monkeypatch.chdir(library / "articles")
    reader.show_page('<img src="inside.png">', "")
    assert not is_picture(reader.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("inside.png")))
    assert pixels(reader.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32), GREEN) == 0


@pytest.mark.skipif(os.name != "posix", reason="symbolic links to folders")
def test_a_symbolic_link_to_a_folder_outside_is_outside(qtbot, reader, library, tmp_path):
    (library / "articles" / "elsewhere").symlink_to(tmp_path / "outside")
    screen = shown(qtbot, reader, '<img src="elsewhere/secret.png"> <img src="inside.png">', library / "articles", library)
    assert pixels(screen, GREEN) >= SIDE * SIDE and pixels(screen, RED) == 0


def is_picture(resource) -> bool:
    """One of the test's pictures, as opposed to the nothing the reader answers with."""
    return isinstance(resource, QImage) and resource.width() == SIDE


def reader_loads(reader: Reader, address: str, library: Path):
    reader.show_page("<p>x</p>", "", folder=library / "articles", root=library)
    return reader.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(address))

"""Print and PDF as a reader gets them: a PDF file of the page on screen, with as many pages as its text takes,
images kept within the page, code wrapped rather than cut at the margin, and no heading alone at a page's foot."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QTextFormat

from spacereader.core.typography import Typography
from spacereader.ui.printing import pdf_writer, printed_page
from tests.helpers import write
from tests.ui.conftest import open_window

PARAGRAPH = "Chris Hadfield watched the Earth turn below the station, one long orbit after another. " * 4


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page\b", data))  # each page's object, not the /Pages tree


def long_article(sections: int, lines_between: int = 3) -> str:
    return "\n\n".join(f"## Section {n}\n\n" + "\n\n".join([PARAGRAPH] * (1 + (n * 7 + lines_between) % 4))
                       for n in range(sections))


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    write(root / "short.md", "---\ntitle: A short note\ndate: 2024-05-06\n---\nThomas Pesquet waved.\n")
    write(root / "long.md", f"---\ntitle: A long night\ndate: 2023-01-02\n---\n{long_article(30)}\n")
    return root


def export(qtbot, window, article: Path, out: Path) -> str:
    window.show_article(article)
    window.wait_for_page()
    with qtbot.waitSignal(window.paper.message) as said:
        window.paper.export_pdf(out)
    return said.args[0]


def test_a_short_article_is_a_one_page_pdf(qtbot, library_dir, tmp_path):
    window = open_window(qtbot, library_dir)
    message = export(qtbot, window, library_dir / "short.md", tmp_path / "short.pdf")
    assert pdf_pages(tmp_path / "short.pdf") == 1
    assert "Exported 1 page" in message


def test_a_long_article_takes_the_pages_its_text_needs_and_more_when_the_text_is_larger(qtbot, library_dir, tmp_path):
    window = open_window(qtbot, library_dir)
    export(qtbot, window, library_dir / "long.md", tmp_path / "normal.pdf")
    expected = printed_page(window.navigation.shown.html, pdf_writer(tmp_path / "probe.pdf")).pageCount()
    assert pdf_pages(tmp_path / "normal.pdf") == expected > 3
    window.set_typography(Typography(size=200))
    export(qtbot, window, library_dir / "long.md", tmp_path / "large.pdf")
    assert pdf_pages(tmp_path / "large.pdf") > expected


def test_a_pdf_is_never_written_over_an_article(qtbot, library_dir):
    window = open_window(qtbot, library_dir)
    before = (library_dir / "short.md").read_bytes()
    message = export(qtbot, window, library_dir / "long.md", library_dir / "short.md")
    assert "never writes to articles" in message
    assert (library_dir / "short.md").read_bytes() == before


def test_printing_and_pdf_are_in_the_article_menu_and_wait_for_an_article(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)  # an empty library: nothing to print
    assert not window.commands.pdf.isEnabled() and not window.commands.print.isEnabled()


def page_of(document, y: float) -> int:
    return int(y // document.pageSize().height())


def test_no_heading_is_left_alone_at_the_foot_of_a_page(tmp_path):
    moved = 0
    for shift in range(4):  # headings land at different heights: at least one lands at a page's foot
        html = "".join(f"<h2>Section {n}</h2>" + f"<p>{PARAGRAPH}</p>" * (1 + (n * 7 + shift) % 4) for n in range(30))
        document = printed_page(html, pdf_writer(tmp_path / "probe.pdf"))
        document.pageCount()  # laid out to the end
        layout, block = document.documentLayout(), document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                following = block.next()
                first_line = layout.blockBoundingRect(following).top() + following.layout().lineAt(0).rect().bottom()
                assert page_of(document, layout.blockBoundingRect(block).top()) == page_of(document, first_line)
                policy = block.blockFormat().pageBreakPolicy()
                moved += bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            block = block.next()
    assert moved, "no heading came near a page's foot: the test proved nothing"


def test_a_long_code_line_wraps_within_the_page(tmp_path):
    code = "x = [" + ", ".join(str(n) for n in range(200)) + "]"
    document = printed_page(f"<pre><code>{code}</code></pre>", pdf_writer(tmp_path / "probe.pdf"))
    block = document.findBlock(document.toPlainText().index("x = ["))
    assert block.layout().lineCount() > 1
    width = document.pageSize().width()
    assert all(block.layout().lineAt(n).naturalTextWidth() <= width for n in range(block.layout().lineCount()))


def test_a_wide_image_is_kept_and_drawn_within_the_page(qtbot, tmp_path):
    root = tmp_path / "library"
    image = QImage(3000, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(0, 120, 200))
    (root / "pictures").mkdir(parents=True)
    assert image.save(str(root / "pictures" / "wide.png"))
    write(root / "wide.md", "---\ntitle: Wide\n---\n![The station at dawn](pictures/wide.png)\n")
    window = open_window(qtbot, root)
    out = tmp_path / "wide.pdf"
    export(qtbot, window, root / "wide.md", out)
    assert b"/Subtype /Image" in out.read_bytes()
    document = printed_page(window.navigation.shown.html, pdf_writer(tmp_path / "probe.pdf"),
                            folder=root, root=root)
    [image] = images_in(document)
    assert 0 < image.width() < 3000
    assert image.height() == pytest.approx(image.width() / 5, rel=0.01)  # its proportions kept


def images_in(document) -> list:
    found, block = [], document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            if fragments.fragment().charFormat().isImageFormat():
                found.append(fragments.fragment().charFormat().toImageFormat())
            fragments += 1
        block = block.next()
    return found


def test_only_web_links_are_links_in_a_pdf(qtbot, tmp_path):
    root = tmp_path / "library"
    write(root / "other.md", "---\ntitle: Other\n---\nText.\n")
    write(root / "links.md", "---\ntitle: Links\nauthor: Camille Laurent\ntags: [ISS]\n---\n"
          "Chris Hadfield sang. See [the agency](https://www.asc-csa.gc.ca/) and [another article](other.md).\n")
    window = open_window(qtbot, root)
    out = tmp_path / "links.pdf"
    export(qtbot, window, root / "links.md", out)
    uris = set(re.findall(rb"/URI \(([^)]*)\)", out.read_bytes()))
    assert uris == {b"https://www.asc-csa.gc.ca/"}  # no profile, filter or local path of the app's
    assert str(root).encode() not in out.read_bytes()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the PDF")
def test_every_page_of_the_pdf_says_its_number_and_holds_the_text(qtbot, library_dir, tmp_path):
    window = open_window(qtbot, library_dir)
    out = tmp_path / "long.pdf"
    export(qtbot, window, library_dir / "long.md", out)
    total = pdf_pages(out)
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")[:total]
    assert len(pages) == total > 1  # poppler counts as many pages as we wrote
    for number, page in enumerate(pages, 1):
        assert f"{number} / {total}" in page
    assert "A long night" in pages[0] and "Section 29" in "".join(pages)

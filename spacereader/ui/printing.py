"""Print and PDF with Qt's own text engine: the reader's page laid out for paper, in the light theme on white,
with the reader's typography; images kept (and shrunk to the page), code wrapped rather than cut at the margin,
and a heading never left alone at a page's foot. `write_pdf` is the one PDF writer, for the window and the CLI."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from spacereader.core.themes import THEMES, reader_css
from spacereader.core.typography import SANS_FAMILIES, Typography
from spacereader.ui.reader import load_resource, reader_font

# Ink is for the text: no page-wide background; code lines wrap, since paper does not scroll sideways; the author
# and tags, links to the library on screen, are plain words on paper.
PRINT_CSS = ("\nbody { background-color: #ffffff; }\npre { white-space: pre-wrap; }\n"
             f"a.author {{ text-decoration: none; }}\na.tag {{ color: {THEMES['light'].text}; }}\n")
MARGIN_MM = 18
PDF_DPI = 300
_CSS_DPI = 96  # what Qt's rich text takes a pixel to be
_IN_APP_HREF = re.compile(r'(<a\b[^>]*?) href="(?!https?:)[^"]*"')


class PrintedPage(QTextDocument):
    """A page's document that loads images as the reader does: from the article's folder, never beyond the library."""

    def __init__(self, folder: Path | None, root: Path | None):
        super().__init__()
        self._folder, self._root = folder, root

    def loadResource(self, kind: int, url: QUrl):
        return load_resource(kind, url, self._folder, self._root)


def printed_page(html: str, device: QPagedPaintDevice, typography: Typography = Typography(), *,
                 folder: Path | None = None, root: Path | None = None) -> PrintedPage:
    """The page laid out in pages of the device's size, at its resolution."""
    document = PrintedPage(folder, root)
    document.device = device  # the layout keeps only a pointer to it: it must live as long as the document
    document.documentLayout().setPaintDevice(device)  # fonts and images measured as the device will draw them
    document.setDefaultStyleSheet(reader_css("light", typography) + PRINT_CSS)
    document.setDefaultFont(reader_font(typography))
    document.setHtml(web_links_only(html))
    document.setPageSize(QSizeF(device.width(), device.height() - _footer_height(device)))
    _fit_images(document, device.logicalDpiX() / _CSS_DPI)
    _keep_headings_with_next(document)
    return document


def print_page(html: str, device: QPagedPaintDevice, typography: Typography = Typography(), *,
               folder: Path | None = None, root: Path | None = None) -> int:
    """Print the page on a printer or PDF writer; returns how many pages it took."""
    document = printed_page(html, device, typography, folder=folder, root=root)
    pages, page = document.pageCount(), document.pageSize()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened")
    try:
        for number in range(pages):
            if number:
                device.newPage()
            _draw_page(painter, document, number, page)
            _draw_page_number(painter, device, number + 1, pages, page)
    finally:
        painter.end()
    return pages


def _footer_height(device: QPagedPaintDevice) -> int:
    return QFontMetrics(_footer_font(), device).height() * 2


def _footer_font() -> QFont:
    font = QFont(list(SANS_FAMILIES))
    font.setPointSizeF(8.5)
    return font


def _draw_page(painter: QPainter, document: QTextDocument, number: int, page: QSizeF) -> None:
    painter.save()
    painter.translate(0, -number * page.height())
    painter.setClipRect(QRectF(0, number * page.height(), page.width(), page.height()))
    document.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
    painter.restore()


def _draw_page_number(painter: QPainter, device, number: int, pages: int, page: QSizeF) -> None:
    """"3 / 12" under the text, in the light theme's muted grey."""
    painter.save()
    painter.setFont(QFont(_footer_font(), device))
    painter.setPen(QColor(THEMES["light"].muted))
    footer = QRectF(0, page.height(), page.width(), device.height() - page.height())
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), f"{number} / {pages}")
    painter.restore()


def write_pdf(html: str, path: Path, typography: Typography = Typography(), *, title: str = "",
              folder: Path | None = None, root: Path | None = None) -> int:
    """A PDF of the page at `path`; returns its pages. Raises OSError when the file cannot be written."""
    path.unlink(missing_ok=True)  # so that a file left there is surely this one
    writer = pdf_writer(path, title)
    pages = print_page(html, writer, typography, folder=folder, root=root)
    del writer  # the file is complete once the writer is gone
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return pages


def pdf_writer(path: Path, title: str = "") -> QPdfWriter:
    """A writer of A4 pages (US Letter where the locale measures in inches), with the printed page's margins."""
    writer = QPdfWriter(str(path))
    letter = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("SpaceReader")
    return writer


def _fragments(document: QTextDocument) -> list[tuple[int, int, QTextCharFormat]]:
    """(position, length, format) of every run of text or image, tables and quotes included, in order: taken
    before any is changed, since a change renumbers Qt's own fragments."""
    found, block = [], document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            found.append((fragment.position(), fragment.length(), fragment.charFormat()))
            fragments += 1
        block = block.next()
    return found


def _reformat(cursor: QTextCursor, position: int, length: int, fmt: QTextCharFormat) -> None:
    cursor.setPosition(position)
    cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(fmt)


def web_links_only(html: str) -> str:
    """On paper only web links lead anywhere: a profile, an article or a filter of the app (which would also put a
    local path in the file) stays text, in its colour. Our HTML is nh3's, every attribute in double quotes."""
    return _IN_APP_HREF.sub(lambda found: found.group(1), html)


def _fit_images(document: QTextDocument, scale: float) -> None:
    """An image wider than the text column is drawn at the column's width, its proportions kept."""
    column = (document.pageSize().width() - 2 * document.documentMargin()) / scale * 0.96  # in CSS pixels
    cursor = QTextCursor(document)
    for position, length, fmt in _fragments(document):
        if fmt.isImageFormat():
            _fit_image(document, cursor, (position, length), fmt.toImageFormat(), column)


def _fit_image(document, cursor, where: tuple[int, int], image, column: float) -> None:
    picture = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(image.name()))
    if not isinstance(picture, QImage) or picture.isNull():
        return
    width = image.width() or picture.width()
    height = image.height() or picture.height() * width / max(1, picture.width())
    if width <= column:
        return
    image.setWidth(column)
    image.setHeight(height * column / width)
    _reformat(cursor, *where, image)


def _keep_headings_with_next(document: QTextDocument) -> None:
    """A heading whose next block starts on the next page starts that page instead. Qt's pages know breaks before
    and after a block, not "keep with next": each heading is looked at in turn, once the ones above have moved."""
    layout, page = document.documentLayout(), document.pageSize().height()
    cursor, block = QTextCursor(document), document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            document.pageCount()  # lays out the rest of the document, as a page break above may have moved it
            heading, below = layout.blockBoundingRect(block), layout.blockBoundingRect(following)
            first_line = following.layout().lineAt(0).rect().bottom() if following.layout().lineCount() else 0
            if int(heading.top() // page) < int((below.top() + first_line) // page):
                breaks = QTextBlockFormat()
                breaks.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setPosition(block.position())
                cursor.mergeBlockFormat(breaks)
        block = following

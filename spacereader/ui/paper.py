"""Article › Print… and Article › Export as PDF…: the dialogs, and the page on screen sent to paper or to a file.
A PDF is written on a thread of its own (a QThread: Qt's text layout wants an event dispatcher where it runs);
printing runs where the print dialog is, on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QThread, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from spacereader.core.export import ExportRefused, export_article, refuse_articles
from spacereader.ui.navigation import article_page_of
from spacereader.ui.printing import print_page, write_pdf


class Paper(QObject):
    message = Signal(str)  # what happened, for the status bar

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._writers: set[_Writer] = set()  # kept until they finish

    def _page(self):
        """The article on screen, as shown, or None."""
        page = self.window.navigation.shown
        return page if page is not None and page.article is not None else None

    def choose_html(self) -> None:
        page = self._page()
        if page is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export as HTML"),
                                              str(Path(folder) / f"{page.article.path.stem}.html"),
                                              self.tr("HTML pages (*.html *.htm)"))
        if name:
            self.export_html(page.article.path, Path(name))

    def export_html(self, path: Path, out: Path) -> None:
        """A standalone page of the article, made and written on the pages' worker; never over an article."""
        library = self.window.library

        def write() -> str:
            try:
                export_article(library, article_page_of(library, path).article, out)
            except ExportRefused as exc:
                return str(exc)
            except OSError as exc:
                return self.tr("Could not write %1: %2").replace("%1", str(out)).replace("%2", str(exc.strerror or exc))
            return self.tr("Exported to %1").replace("%1", str(out))

        self.window.navigation.jobs.submit(write, self.message.emit)

    def choose_pdf(self) -> None:
        page = self._page()
        if page is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export as PDF"),
                                              str(Path(folder) / f"{page.article.path.stem}.pdf"),
                                              self.tr("PDF documents (*.pdf)"))
        if name:
            self.export_pdf(Path(name))

    def export_pdf(self, out: Path) -> None:
        """The article on screen as a PDF at `out`, written on the pages' worker; never over an article."""
        page, typography = self._page(), self.window.settings.typography()
        if page is None:
            return

        def write() -> str:
            try:
                refuse_articles(out, page.article.path, "Choose a .pdf name")
                pages = write_pdf(page.html, out, typography, title=page.title, folder=page.article.path.parent,
                                  root=page.root)
            except ExportRefused as exc:
                return str(exc)
            except OSError as exc:
                return self.tr("Could not write {file}: {reason}").format(file=str(out), reason=str(exc.strerror or exc))
            return self.tr("Exported %n page(s) to {file}", "", pages).format(file=str(out))

        writer = _Writer(write, self)
        self._writers.add(writer)
        writer.done.connect(self.message)
        writer.finished.connect(lambda: self._writers.discard(writer))
        writer.start()

    def wait(self) -> None:
        """Until every PDF asked for is written: for closing, screenshots and tests."""
        for writer in list(self._writers):
            writer.wait()

    def choose_print(self) -> None:
        page = self._page()
        if page is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(page.title)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        page = self._page()
        if page is None:
            return 0
        pages = print_page(page.html, printer, self.window.settings.typography(), folder=page.article.path.parent,
                           root=page.root)
        self.message.emit(self.tr("Sent %n page(s) to the printer", "", pages))
        return pages


class _Writer(QThread):
    done = Signal(str)

    def __init__(self, job: Callable[[], str], parent: QObject):
        super().__init__(parent)
        self._job = job

    def run(self) -> None:
        self.done.emit(self._job())

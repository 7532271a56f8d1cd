"""The author's workbench in the window: the Problems panel beside the preview, and the article opened in the
author's editor at the line in view or of the problem chosen, or shown in the file manager."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from spacereader.core.editor import editor_command
from spacereader.core.sourcelines import line_of_text, texts_to_find
from spacereader.core.writing import writing_stats
from spacereader.ui.problems_panel import ProblemsPanel

PANEL_HEIGHT_PX = 150  # a handful of problems, the preview keeping most of the height


class Workbench(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.panel = ProblemsPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        self.panel.hide()
        window.resizeDocks([self.panel], [PANEL_HEIGHT_PX], Qt.Orientation.Vertical)
        self._chosen_line: int | None = None  # the line of the problem last chosen, until the page changes
        self.panel.problem_chosen.connect(self.show_problem)
        window.navigation.page_shown.connect(self._page_shown)

    def _page_shown(self, page) -> None:
        self._chosen_line = None
        article = page.article
        self.panel.show_problems(list(page.problems), article.path if article is not None else None)
        self.window.status.show_stats(None)
        if article is not None:  # after the page, on its worker: counting syllables must not delay the page
            self.window.navigation.jobs.submit(lambda: writing_stats(article), self.window.status.show_stats,
                                               kind="stats")

    def _article(self):
        shown = self.window.navigation.shown
        return shown.article if shown is not None else None

    def show_problem(self, problem) -> None:
        """Scroll the preview to the block the problem is on; the header for one in the front matter."""
        article = self._article()
        if article is None:
            return
        self._chosen_line = problem.line or None
        index = problem.line - article.body_line
        heading, texts = texts_to_find(article.document, max(index, 0))
        if index < 0 or not self.window.reader.show_text(texts, heading):
            self.window.reader.scroll_to_fraction(0.0)

    def line_in_view(self) -> int:
        """The file's line of the problem chosen, else of the block at the top of the preview, else 1."""
        article = self._article()
        if self._chosen_line is not None or article is None:
            return self._chosen_line or 1
        index = line_of_text(article.document, self.window.reader.text_in_view())
        return article.body_line + index if index is not None else 1

    def open_in_editor(self) -> None:
        article = self._article()
        if article is None:
            return
        line = self.line_in_view()
        command = editor_command(article.path, line)
        if command is not None:
            try:
                subprocess.Popen(command, start_new_session=True, stdin=subprocess.DEVNULL)  # noqa: S603 (the author's own)
            except OSError as exc:
                self.window.status.say(self.tr("Could not start {editor}: {reason}").format(
                    editor=command[0], reason=exc.strerror or str(exc)), 8000)
                return
            self.window.status.say(self.tr("Opened {name} at line {line}").format(name=article.path.name, line=line), 4000)
        elif not QDesktopServices.openUrl(QUrl.fromLocalFile(str(article.path))):
            self.window.status.say(self.tr("No application could open {name}").format(name=article.path.name), 8000)

    def show_in_file_manager(self) -> None:
        article = self._article()
        if article is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(article.path).parent))):
            self.window.status.say(self.tr("No file manager could open {folder}").format(folder=article.path.parent), 8000)

"""View › Problems: the open article's problems and the author's advice, line by line, beside the preview. It
shows itself when an article has some and follows every save; a problem clicked shows its place on the page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem

from spacereader.core.problems import Problem

_LINE, _SEVERITY, _RULE, _MESSAGE = range(4)


class ProblemsPanel(QDockWidget):
    problem_chosen = Signal(object)  # the Problem clicked or entered

    def __init__(self, parent=None):
        super().__init__(self.tr("Problems"), parent)
        self.setObjectName("problems")
        self.setAccessibleName(self.tr("Problems"))
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Problems in this article"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Line"), self.tr("Severity"), self.tr("Rule"), self.tr("Message")])
        header = self.list.header()
        header.setAccessibleName(self.tr("Columns of the problems"))
        for column in (_LINE, _SEVERITY, _RULE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.setWidget(self.list)
        self.problems: list[Problem] = []
        self._about = None  # the article whose problems are listed

    def show_problems(self, problems: list[Problem], about=None) -> None:
        """The problems of the article now shown (`about`: its path; None for another page). The panel opens by
        itself for an article with problems, and again only when its problems come back: one closed stays closed
        while the author saves."""
        reopen = bool(problems) and (about != self._about or not self.problems)
        self._about, self.problems = about, list(problems)
        self.list.clear()
        for found in self.problems:
            severity = self.tr("error") if found.is_error else self.tr("warning")
            item = QTreeWidgetItem([str(found.line) if found.line else "", severity, found.rule, found.translated()])
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical if found.is_error else QStyle.StandardPixmap.SP_MessageBoxWarning
            item.setIcon(_SEVERITY, self.style().standardIcon(icon))
            item.setData(_LINE, Qt.ItemDataRole.UserRole, found)
            item.setToolTip(_MESSAGE, found.translated())
            self.list.addTopLevelItem(item)
        if about is not None and not self.problems:
            self.list.addTopLevelItem(QTreeWidgetItem(["", "", "", self.tr("No problems in this article")]))
        if reopen:
            self.show()

    def _chosen(self, item: QTreeWidgetItem) -> None:
        found = item.data(_LINE, Qt.ItemDataRole.UserRole)
        if found is not None:
            self.problem_chosen.emit(found)

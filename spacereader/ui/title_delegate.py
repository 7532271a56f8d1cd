"""How a row of the library or of the astronauts is drawn: the title in bold, a second line beneath it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from spacereader.core.searchtext import HIT_END, HIT_START
from spacereader.ui.library_model import FAVOURITE_ROLE, HAS_PROBLEMS_ROLE, SUMMARY_ROLE

PORTRAIT_ROLE = Qt.ItemDataRole.UserRole + 20  # a QImage drawn at the row's left (the Astronauts tab)
PROBLEM_MARK = "⚠ "
FAVOURITE_MARK = "★ "


class TitleDelegate(QStyledItemDelegate):
    """Draws the title in bold with the summary beneath it, so a list says what each entry is about; while
    searching, the snippet around the matches takes the summary's place, the matches in bold."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style()
        title, summary = option.text, index.data(SUMMARY_ROLE) or ""
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(8, 5, -8, -5)
        painter.save()
        if isinstance(portrait := index.data(PORTRAIT_ROLE), QImage):
            side = rect.height()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRect(rect.left(), rect.top(), side, side), portrait)
            rect.setLeft(rect.left() + side + 8)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(option.palette.color(group))
        line = painter.fontMetrics().height()
        if index.data(HAS_PROBLEMS_ROLE):
            title = PROBLEM_MARK + title
        if index.data(FAVOURITE_ROLE):
            title = FAVOURITE_MARK + title
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, elided)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        _draw_marked(painter, QRect(rect.left(), rect.top() + line + 2, rect.width(), line), summary, option.font, bold)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(320, option.fontMetrics.height() * 2 + 14)


def _draw_marked(painter, rect: QRect, text: str, font: QFont, bold: QFont) -> None:
    """One line of text whose marked parts (between HIT_START and HIT_END) are bold, elided at the right, and at
    the left when the first match would otherwise fall out of sight."""
    x = rect.left()
    parts = text.replace(HIT_END, HIT_START).split(HIT_START)
    painter.setFont(font)
    if len(parts) > 1:  # a match: the words before it give way first
        parts[0] = painter.fontMetrics().elidedText(parts[0], Qt.TextElideMode.ElideLeft, rect.width() // 3)
    for number, part in enumerate(parts):
        painter.setFont(bold if number % 2 else font)
        room = rect.right() - x
        shown = painter.fontMetrics().elidedText(part, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(x, rect.top(), room, rect.height()), Qt.AlignmentFlag.AlignLeft, shown)
        x += painter.fontMetrics().horizontalAdvance(shown)
        if shown != part or x >= rect.right():
            return

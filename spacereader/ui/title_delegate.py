"""How a row of the library or of the astronauts is drawn: the title (in bold while unread), a second line beneath
it, and a thin mark of how far the reader got in an article in progress."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from spacereader.core.progress import Progress, ReadStatus
from spacereader.core.searchtext import HIT_END, HIT_START
from spacereader.ui.library_model import FAVOURITE_ROLE, HAS_PROBLEMS_ROLE, PROGRESS_ROLE, SUMMARY_ROLE

PORTRAIT_ROLE = Qt.ItemDataRole.UserRole + 20  # a QImage drawn at the row's left (the Astronauts tab)
PROBLEM_MARK = "⚠ "
FAVOURITE_MARK = "★ "
PROGRESS_BAR_PX = 2


class TitleDelegate(QStyledItemDelegate):
    """Draws the title with the summary beneath it, so a list says what each entry is about; while searching, the
    snippet around the matches takes the summary's place, the matches in bold. A title is bold until its article
    is opened (the astronauts' list has no progress: all bold), and an article in progress has a thin bar under
    it as long as the part read."""

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
        progress = index.data(PROGRESS_ROLE)
        painter.setFont(title_font(option.font, progress))
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
        if progress is not None and progress.status is ReadStatus.IN_PROGRESS:
            _draw_progress(painter, option, progress.seen or 0.0, selected)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(320, option.fontMetrics.height() * 2 + 14)


def title_font(font: QFont, progress: Progress | None) -> QFont:
    """Bold for an article not opened yet (and for a row that has no progress, an astronaut's)."""
    if progress is not None and progress.status is not ReadStatus.UNREAD:
        return font
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    return bold


def _draw_progress(painter, option: QStyleOptionViewItem, seen: float, selected: bool) -> None:
    """A thin bar at the foot of the cell, as long as the part read, over a faint track of the whole."""
    colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Link)
    track = option.rect.adjusted(8, 0, -8, 0)
    track.setTop(option.rect.bottom() - 3)
    track.setHeight(PROGRESS_BAR_PX)
    faint = QColor(colour)
    faint.setAlpha(50)
    painter.fillRect(track, faint)
    painter.fillRect(QRect(track.left(), track.top(), max(2, round(track.width() * seen)), track.height()), colour)


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

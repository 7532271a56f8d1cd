"""The Timeline tab: the scene in a view that zooms (Ctrl+wheel, Ctrl++ / Ctrl+-), pans (drag, arrows, scroll
bars), shows an event's text on hover, and opens its profile or article on a click. By keyboard, Tab and
Shift+Tab go from event to event in date order, and Enter opens the one chosen. It follows the Articles tab's
search and filters: it shows what the list shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsView, QToolTip

from spacereader.core.i18n import plural
from spacereader.core.library import Library
from spacereader.core.themes import Theme
from spacereader.core.timeline import ARTICLE, Event, timeline_events
from spacereader.ui.timeline_scene import EVENT_ROLE, LABEL_PX, PX_PER_YEAR, build_scene

ZOOM_STEP = 1.25
MIN_PX_PER_YEAR, MAX_PX_PER_YEAR = 4.0, 2000.0


class TimelineView(QGraphicsView):
    profile_requested = Signal(str)
    article_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline"))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(self.renderHints().Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.events: list[Event] = []
        self._marks = []  # the scene's marks, in date order
        self._chosen = -1  # the mark chosen by keyboard
        self.px_per_year = 0.0  # 0 until the first drawing fits the whole story in the view
        self._library: Library | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._pressed_at = QPointF()
        self._theme: Theme | None = None

    def show_events(self, library: Library, articles, query: str, theme: Theme) -> None:
        """What the library lists now (articles None: all of it), drawn again."""
        self.events = timeline_events(library, articles, query)
        self._library, self._theme = library, theme
        if self.events:
            years = self.events[-1].day.year + 1 - self.events[0].day.year
            self.px_per_year = max(MIN_PX_PER_YEAR, (self.viewport().width() - LABEL_PX - 24) / years)
        self._draw()
        self.setAccessibleDescription(plural(len(self.events), self.tr("1 event"), self.tr("{count} events")))

    def _draw(self) -> None:
        self.setScene(build_scene(self.events, self._library, self._theme, self.px_per_year or PX_PER_YEAR))
        self._marks = sorted((i for i in self.scene().items() if i.data(EVENT_ROLE) is not None),
                             key=lambda i: (i.data(EVENT_ROLE).day, i.rect().x()))
        self._chosen = -1

    def zoom(self, factor: float) -> None:
        """Time stretches around the middle of the view; lanes, text and marks keep their size."""
        if self._library is None:
            return
        middle = self.mapToScene(self.viewport().rect().center())
        old = self.px_per_year
        self.px_per_year = max(MIN_PX_PER_YEAR, min(MAX_PX_PER_YEAR, old * factor))
        self._draw()
        self.centerOn(middle.x() * self.px_per_year / old, middle.y())

    def open_event(self, event: Event) -> None:
        if event.kind == ARTICLE:
            self.article_requested.emit(str(event.path))
        else:
            self.profile_requested.emit(event.astronauts[0])

    def mouseReleaseEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        moved = (event.position() - self._pressed_at).manhattanLength() > 4
        super().mouseReleaseEvent(event)
        if item is not None and item.data(EVENT_ROLE) is not None and not moved:  # a click, not a drag
            self.open_event(item.data(EVENT_ROLE))

    def mousePressEvent(self, event) -> None:
        self._pressed_at = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if not event.buttons():  # a hand over a mark says it can be clicked; dragging keeps the view's own
            item = self.itemAt(event.position().toPoint())
            pointing = item is not None and item.data(EVENT_ROLE) is not None
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.OpenHandCursor)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
        else:
            super().wheelEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _zoom_key(event):
            event.accept()  # here Ctrl++ and Ctrl+- zoom the timeline, not the reader's text
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if _zoom_key(event):
            self.zoom(1 / ZOOM_STEP if key == Qt.Key.Key_Minus else ZOOM_STEP)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._chosen >= 0:
            self.open_event(self._marks[self._chosen].data(EVENT_ROLE))
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab choose the next or previous event; past the last, the focus moves on."""
        step = 1 if forward else -1
        if not 0 <= self._chosen + step < len(self._marks):
            self._choose(-1)
            return super().focusNextPrevChild(forward)
        self._choose(self._chosen + step)
        return True

    def _choose(self, number: int) -> None:
        if 0 <= self._chosen < len(self._marks):
            self._marks[self._chosen].setPen(QPen(QColor(self._theme.background), 1.5))
        self._chosen = number
        if number < 0:
            return
        mark = self._marks[number]
        mark.setPen(QPen(QColor(self._theme.text), 3))
        self.ensureVisible(mark)
        where = self.viewport().mapToGlobal(self.mapFromScene(mark.sceneBoundingRect().bottomLeft()))
        QToolTip.showText(where, mark.toolTip(), self)
        self.setAccessibleDescription(mark.toolTip())


def _zoom_key(event) -> bool:
    ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
    return bool(ctrl) and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus)

"""The timeline drawn: one lane per astronaut with their milestones (the social-media ones larger, in the accent
colour), the articles on a lane of their own at the top, years along the axis. Every event is one circle, so the
picture (on screen, as SVG or PNG) has exactly one mark per event."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsScene

from spacereader.core.i18n import translate
from spacereader.core.library import Library
from spacereader.core.themes import Theme
from spacereader.core.timeline import ARTICLE, MILESTONE, Event

PX_PER_YEAR = 90
LANE_PX = 34
LABEL_PX = 190  # the lanes' names, left of the axis
TOP_PX = 30  # the years' row
MARK_PX, SOCIAL_MARK_PX = 9, 15
YEAR_LABEL_PX = 44  # room for "2013"
EVENT_ROLE = 0  # an item's data: the Event it marks


def build_scene(events: list[Event], library: Library, theme: Theme, px_per_year: float = PX_PER_YEAR) -> QGraphicsScene:
    """Zooming draws it again at another scale: text and marks keep their size, only time stretches."""
    scene = QGraphicsScene()
    scene.setBackgroundBrush(QColor(theme.background))
    if not events:
        scene.addText(translate("Timeline", "Nothing to show: no dated article or milestone matches.")).setDefaultTextColor(
            QColor(theme.muted))
        return scene
    first, last = events[0].day.year, events[-1].day.year + 1
    lanes = _lanes(events)
    width = (last - first) * px_per_year
    _draw_axis(scene, first, last, len(lanes), theme, px_per_year)
    for number, lane in enumerate(lanes):
        y = TOP_PX + number * LANE_PX + LANE_PX / 2
        label = translate("Timeline", "Articles") if lane == ARTICLE else library.book.profiles[lane].name
        text = scene.addSimpleText(label, _font(bold=lane == ARTICLE))
        text.setBrush(QColor(theme.text))
        text.setPos(-LABEL_PX, y - text.boundingRect().height() / 2)
        scene.addLine(0, y, width, y, QPen(QColor(theme.border), 1))
    paint, row = _paint(theme), {lane: number for number, lane in enumerate(lanes)}
    for event in events:
        lane = ARTICLE if event.kind == ARTICLE else event.astronauts[0]
        _mark(scene, event, _x(event.day, first) * px_per_year, TOP_PX + row[lane] * LANE_PX + LANE_PX / 2, paint)
    return scene


def _lanes(events: list[Event]) -> list[str]:
    """Articles first, then each astronaut with milestones, in the order of their first one: the story's order."""
    lanes = [ARTICLE] if any(e.kind == ARTICLE for e in events) else []
    for event in events:
        if event.kind != ARTICLE and event.astronauts[0] not in lanes:
            lanes.append(event.astronauts[0])
    return lanes


def _x(day: date, first_year: int) -> float:
    """In years from the axis's start."""
    return day.year - first_year + (day.timetuple().tm_yday - 1) / 366


def _draw_axis(scene: QGraphicsScene, first: int, last: int, lanes: int, theme: Theme, px_per_year: float) -> None:
    """A line each year, a label every year, 2, 5 or 10 years: as many as fit."""
    bottom = TOP_PX + lanes * LANE_PX
    step = next((s for s in (1, 2, 5, 10) if s * px_per_year >= YEAR_LABEL_PX), 20)
    for year in range(first, last + 1):
        x = (year - first) * px_per_year
        scene.addLine(x, TOP_PX - 4, x, bottom, QPen(QColor(theme.border), 1, Qt.PenStyle.DotLine))
        if year % step:
            continue
        label = scene.addSimpleText(str(year), _font())
        label.setBrush(QColor(theme.muted))
        label.setPos(x + 3, 4)


def _mark(scene: QGraphicsScene, event: Event, x: float, y: float, paint: dict) -> None:
    size = SOCIAL_MARK_PX if event.social else MARK_PX
    mark = QGraphicsEllipseItem(QRectF(x - size / 2, y - size / 2, size, size))
    mark.setBrush(paint["social" if event.social else event.kind])
    mark.setPen(paint["edge"])  # marks on the same day stay apart
    mark.setToolTip(f"{event.date} — {event.text}")
    mark.setData(EVENT_ROLE, event)
    mark.setZValue(2 if event.social else 1)
    scene.addItem(mark)


def _paint(theme: Theme) -> dict:
    """One brush a kind, shared by every mark: a library of 10,000 articles makes 10,000 marks."""
    return {"social": QBrush(QColor(theme.accent)), ARTICLE: QBrush(QColor(theme.tip)),
            MILESTONE: QBrush(QColor(theme.muted)), "edge": QPen(QColor(theme.background), 1.5)}


def export_scene(scene: QGraphicsScene, out: Path) -> None:
    """SVG (QSvgGenerator) or PNG, by the file's suffix; the whole scene with a margin. Raises OSError."""
    area = scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)
    if out.suffix.lower() == ".svg":
        picture = QSvgGenerator()
        picture.setFileName(str(out))
        picture.setSize(area.size().toSize())
        picture.setViewBox(QRectF(0, 0, area.width(), area.height()))
        picture.setTitle(translate("Timeline", "SpaceReader timeline"))
    else:
        picture = QImage(area.size().toSize(), QImage.Format.Format_ARGB32)
        picture.fill(scene.backgroundBrush().color())
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, area.width(), area.height()), area)
    painter.end()
    if isinstance(picture, QImage) and not picture.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")


def _font(bold: bool = False) -> QFont:
    font = QFont(["Inter", "Noto Sans", "DejaVu Sans"])
    font.setPixelSize(12)
    font.setBold(bold)
    return font

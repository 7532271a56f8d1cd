"""Portraits drawn for the screen: the profile's picture cut to a circle, or its initials on its own colour. Made
as QImage, so a page made on a worker thread can carry one."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath

from spacereader.core.portraits import avatar_colour, initials

MAX_SOURCE_PIXELS = 4096  # a picture claiming to be wider or taller is not decoded at all


def portrait_image(profile_id: str, name: str, path: Path | None, size: int) -> QImage:
    """A size × size circle: the picture if it can be read, else the initials avatar."""
    picture = _read(path, size) if path is not None else None
    return _circle(picture, size) if picture is not None else avatar_image(profile_id, name, size)


@lru_cache(maxsize=256)
def avatar_image(profile_id: str, name: str, size: int) -> QImage:
    image = _blank(size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(avatar_colour(profile_id)))
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont(["Inter", "Noto Sans", "DejaVu Sans"])
    font.setPixelSize(max(6, round(size * 0.4)))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return image


def _read(path: Path, size: int) -> QImage | None:
    """Decoded at the size shown, never larger than MAX_SOURCE_PIXELS a side: a small file can still claim to be
    a huge picture."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    claimed = reader.size()
    if not claimed.isValid() or max(claimed.width(), claimed.height()) > MAX_SOURCE_PIXELS:
        return None
    scale = size / min(claimed.width(), claimed.height())
    reader.setScaledSize(QSize(max(size, round(claimed.width() * scale)), max(size, round(claimed.height() * scale))))
    image = reader.read()
    return None if image.isNull() else image


def _circle(picture: QImage, size: int) -> QImage:
    image = _blank(size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(path)
    x, y = (picture.width() - size) / 2, (picture.height() - size) / 2  # the middle of the picture: a face
    painter.drawImage(QRectF(0, 0, size, size), picture, QRectF(x, y, size, size))
    painter.end()
    return image


def _blank(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image

"""Who an astronaut link names, before leaving the article: a small card (portrait, name, agency, nationality, a
short summary, how many articles mention them) shown when the pointer rests on the link or the keyboard focus
reaches it. It opens below the line being read, or above it near the screen's bottom, never over it; Escape,
leaving the link, scrolling or another page hide it; a setting turns cards off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from spacereader.core.i18n import plural
from spacereader.core.links import LinkKind, classify
from spacereader.core.profiles import Profile
from spacereader.ui.portraits import portrait_image

CARD_DELAY_MS = 220  # long enough that a pointer passing over a link shows nothing, short enough to feel at hand
SUMMARY_CHARS = 500
CARD_WIDTH = 380
PORTRAIT_PX = 72
GAP_PX = 6  # between the line and the card


def short_summary(text: str, limit: int = SUMMARY_CHARS) -> str:
    """At most `limit` characters, cut at a word with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[:limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


class HoverCard(QFrame):
    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setFixedWidth(CARD_WIDTH)
        self.setAccessibleName(self.tr("Astronaut card"))
        self.portrait, self.name, self.facts = QLabel(self), QLabel(self), QLabel(self)
        self.summary, self.mentions = QLabel(self, wordWrap=True), QLabel(self)
        self.name.setStyleSheet("font-weight: 600; font-size: 1.15em;")
        for label in (self.facts, self.mentions):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        heading = QVBoxLayout()
        heading.addWidget(self.name)
        heading.addWidget(self.facts)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.portrait)
        top.addLayout(heading, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.addLayout(top)
        column.addWidget(self.summary)
        column.addWidget(self.mentions)

    def fill(self, profile: Profile, mentioned: int, picture) -> None:
        self.portrait.setPixmap(QPixmap.fromImage(portrait_image(profile.id, profile.name, picture, PORTRAIT_PX)))
        self.name.setText(profile.name)
        self.facts.setText(" · ".join(f for f in (profile.agency, profile.nationality.get()) if f))
        self.summary.setText(short_summary(profile.summary.get()))
        self.summary.setVisible(bool(profile.summary))
        self.mentions.setText(plural(mentioned, self.tr("Mentioned in 1 article"), self.tr("Mentioned in {count} articles")))
        self.setAccessibleDescription(f"{profile.name}. {self.facts.text()}. {self.summary.text()} {self.mentions.text()}")
        self.layout().activate()
        self.setFixedHeight(self.layout().totalHeightForWidth(CARD_WIDTH))  # the summary's lines, all of them


class HoverCards(QObject):
    """Watches the reader's links: `highlighted` says which one the pointer or the keyboard focus is on."""

    def __init__(self, reader, library, parent=None):
        super().__init__(parent)
        self.reader, self._library = reader, library  # library: a callable, the window's library of the moment
        self.enabled = True
        self.card = HoverCard(reader)
        self.timer = QTimer(self, singleShot=True, interval=CARD_DELAY_MS)
        self.timer.timeout.connect(self._show)
        self._wanted: str | None = None  # the profile id the card is about to show
        self._mouse: QPoint | None = None  # where the pointer is in the viewport, while it moves there
        reader.highlighted.connect(self._highlighted)
        reader.verticalScrollBar().valueChanged.connect(self.hide)
        reader.installEventFilter(self)
        reader.viewport().installEventFilter(self)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        if not on:
            self.hide()

    def hide(self) -> None:
        self.timer.stop()
        self._wanted = None
        if self.card.isVisible():
            QApplication.instance().removeEventFilter(self)
        self.card.hide()

    def _highlighted(self, url: QUrl) -> None:
        target = classify(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        library = self._library()
        if not self.enabled or target.kind is not LinkKind.ASTRONAUT or library is None or target.value not in library.book:
            self.hide()
            return
        self.card.hide()
        self._wanted = target.value
        self.timer.start()

    def _keyboard_moved(self) -> None:
        cursor = self.reader.textCursor()
        if self._mouse is None and cursor.hasSelection():
            self._highlighted(QUrl(cursor.charFormat().anchorHref()))

    def _show(self) -> None:
        library = self._library()
        if self._wanted is None or library is None or self._wanted not in library.book:
            return
        profile = library.book.profiles[self._wanted]
        self.card.fill(profile, len(library.mentioned_in(profile.id)), library.portrait(profile.id).path)
        self.card.move(self._place(self._line(), self.card.size()))
        if not self.card.isVisible():
            QApplication.instance().installEventFilter(self)  # Escape hides it wherever the keyboard focus is
        self.card.show()

    def _line(self) -> QRect:
        """The line of the link, in global coordinates: under the pointer, or the keyboard's selected link."""
        cursor = self.reader.cursorForPosition(self._mouse) if self._mouse is not None else self.reader.textCursor()
        rect = self.reader.cursorRect(cursor)
        rect.setLeft(0)
        rect.setWidth(self.reader.viewport().width())
        return QRect(self.reader.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def _place(self, line: QRect, size) -> QPoint:
        screen = (QGuiApplication.screenAt(line.center()) or QGuiApplication.primaryScreen()).availableGeometry()
        start = self.reader.viewport().mapToGlobal(self._mouse).x() if self._mouse is not None else line.left()
        x = max(screen.left(), min(start - 24, screen.right() - size.width()))
        below = line.bottom() + GAP_PX
        if below + size.height() <= screen.bottom():
            return QPoint(x, below)
        return QPoint(x, line.top() - GAP_PX - size.height())  # no room below: above the line

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.key() == Qt.Key.Key_Escape:
            if self.card.isVisible() or self.timer.isActive():
                event.accept()  # Escape is the card's while it shows, not a shortcut's
                if kind == QEvent.Type.KeyPress:
                    self.hide()
                return kind == QEvent.Type.KeyPress
        if watched not in (self.reader, self.reader.viewport()):
            return False  # the application's other events, seen while the card shows
        if kind == QEvent.Type.MouseMove:
            self._mouse = event.position().toPoint()
        elif kind == QEvent.Type.KeyPress:
            self._mouse = None  # the keyboard moves the focus now: the card follows the selected link
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # selects a link, with no `highlighted`
                QTimer.singleShot(0, self._keyboard_moved)  # once the reader has moved its selection
        elif kind in (QEvent.Type.Leave, QEvent.Type.Hide, QEvent.Type.MouseButtonPress):
            self.hide()
        return False

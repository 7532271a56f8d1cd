"""How far the reader got, on screen: the time left above the article, the marks in the list, Article › Mark as
Finished / Unread, and the reading speed the time is counted at. The reading state keeps it; this only shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLabel

from spacereader.core.progress import MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE, UNREAD, Progress, time_left
from spacereader.core.settings import Settings
from spacereader.ui.articles_panel import ArticlesPanel
from spacereader.ui.navigation import Navigation


class ReadingProgress(QObject):
    def __init__(self, navigation: Navigation, articles: ArticlesPanel, label: QLabel, settings: Settings,
                 parent=None):
        super().__init__(parent)
        self.navigation, self.articles, self.label, self.settings = navigation, articles, label, settings
        navigation.progress_changed.connect(self._changed)
        navigation.page_shown.connect(lambda _page: self.show_time_left())
        bar = navigation.reader.verticalScrollBar()
        bar.valueChanged.connect(lambda _value: self.show_time_left())
        bar.rangeChanged.connect(lambda *_range: self.show_time_left())  # laid out again: wider, narrower, larger

    def show_time_left(self) -> None:
        """"42 % · 6 min left" above the article on screen; nothing above a profile or an empty article (the line
        stays, empty: the page must not jump when it comes back)."""
        page = self.navigation.shown
        words = page.words if page is not None and page.article is not None else 0
        self.label.setText(time_left(words, self.navigation.reader.seen_fraction(), self.settings.words_per_minute)
                           if words else " ")

    def _changed(self, path: Path, progress: Progress) -> None:
        self.articles.set_progress(path, progress)

    def mark_finished(self) -> None:
        self.navigation.mark(Progress(1.0, finished=True))

    def mark_unread(self) -> None:
        self.navigation.mark(UNREAD)

    def choose_speed(self, parent) -> None:
        speed, chosen = QInputDialog.getInt(
            parent, self.tr("Reading Speed"), self.tr("Words you read in a minute (the time left is counted from it):"),
            self.settings.words_per_minute, MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE, 10)
        if chosen:
            self.set_speed(speed)

    def set_speed(self, words_per_minute: int) -> None:
        self.settings.words_per_minute = max(MIN_WORDS_PER_MINUTE, min(MAX_WORDS_PER_MINUTE, words_per_minute))
        self.show_time_left()

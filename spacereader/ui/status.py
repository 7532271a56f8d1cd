"""The status bar: what a link leads to while the mouse is on it, indexing progress, the library's counts, and
short messages. Each kind of message is cleared when what it is about is over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from spacereader.core.articles import Article
from spacereader.core.i18n import formats, translate
from spacereader.core.library import Library
from spacereader.core.links import LinkKind, classify, filter_of
from spacereader.core.saved_page import OFFLINE_SCHEME
from spacereader.core.writing import WritingStats
from spacereader.paths import bundled_library


def where(path: Path) -> str:
    """A file as the reader is told of it: one of the bundled library's by its name (its folder, deep in the
    app's install, means nothing to them), any other by its path."""
    try:
        name = path.relative_to(bundled_library().resolve())
    except ValueError:
        return str(path)
    return translate("StatusBar", "Bundled library: {name}").format(name=name.as_posix())


class StatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.progress = QProgressBar(maximumWidth=160, textVisible=False, visible=False)
        self.count_label = QLabel()
        self.stats_label = QLabel()  # the open article's writing statistics, for its author
        self.stats_label.setAccessibleName(self.tr("Writing statistics"))
        self.stats_label.setContentsMargins(0, 0, 12, 0)  # apart from the library's counts
        self.addPermanentWidget(self.stats_label)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.count_label)
        self._lasting = ""  # the message shown until what it is about ends: indexing, or a link under the mouse

    def say(self, text: str, milliseconds: int = 6000) -> None:
        self._lasting = ""
        self.showMessage(text, milliseconds)

    def _say_until_over(self, text: str) -> None:
        self._lasting = text
        self.showMessage(text)

    def _over(self) -> None:
        if self._lasting and self.currentMessage() == self._lasting:
            self.clearMessage()
        self._lasting = ""

    def show_link(self, text: str) -> None:
        """What the link under the mouse leads to; empty when the mouse left it."""
        if text:
            self._say_until_over(text)
        else:
            self._over()

    def describe_link(self, url: QUrl, library: Library | None) -> None:
        """Where the link under the mouse leads (the reader's `highlighted`): an empty URL, the mouse left it."""
        if url.isEmpty():
            self.show_link("")
            return
        if url.scheme() == OFFLINE_SCHEME:
            self.show_link({"save": self.tr("Fetches the full article from the web now, to read it offline"),
                            "show-copy": self.tr("Shows the saved copy of the full article"),
                            }.get(url.path(), self.tr("Shows the text shipped with the article")))
            return
        target = classify(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        profile = library.book.get(target.value) if library else None
        text = {
            LinkKind.EXTERNAL: self.tr("Opens in your browser: %1"),
            LinkKind.ASTRONAUT: self.tr("Astronaut profile: %1"),
            LinkKind.ARTICLE: self.tr("Article: %1"),
            LinkKind.ANCHOR: self.tr("Jump within this page"),
            LinkKind.FILTER: self.tr("Show the library's articles with this tag or author: %1"),
            LinkKind.MISSING: self.tr("Missing file: %1 is not there"),
        }.get(target.kind, self.tr("Not opened by SpaceReader: %1"))
        value = filter_of(target.value)[1] if target.kind is LinkKind.FILTER else target.value
        self.show_link(text.replace("%1", profile.name if profile else value))

    def show_stats(self, stats: WritingStats | None) -> None:
        """Words, headings, links and reading ease of the article on screen; nothing for another page."""
        if stats is None:
            self.stats_label.clear()
            return
        number = formats().number
        text = self.tr("Words {words} · Headings {headings} · Links {links}").format(
            words=number(stats.words), headings=number(stats.headings), links=number(stats.links))
        if stats.reading_ease is not None:
            text += self.tr(" · Reading ease {score}").format(score=number(stats.reading_ease))
        self.stats_label.setText(text)
        self.stats_label.setToolTip(self.tr(
            "Reading ease: Flesch's for English, Kandel and Moles' for French, from 0 (hard) to 100 (easy); "
            "about 60 reads like a newspaper. {minutes} min read.").format(minutes=stats.minutes or 0))

    def say_where(self, article: Article) -> None:
        """The file of the article on screen, or how many errors it has."""
        errors = sum(p.is_error for p in article.problems)
        if not errors:
            self.say(where(article.path), 4000)
            return
        text = self.tr("⚠ %1: %Ln error(s) — see the top of the page", "", errors)
        self.say(text.replace("%1", article.path.name), 4000)

    def page_changed(self) -> None:
        self._over()  # a link's description belongs to the page it was on

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.show()
        number = formats().number
        self._say_until_over(self.tr("Indexing %1 of %2 articles…").replace("%1", number(done)).replace("%2", number(total)))

    def indexing_ended(self) -> None:
        self.progress.hide()
        self._over()

    def show_counts(self, library: Library) -> None:
        total, flawed = len(library.articles), sum(1 for a in library.articles if a.problems)
        parts = [self.tr("%Ln article(s)", "", total), self.tr("%Ln astronaut(s)", "", len(library.book.profiles))]
        if flawed:
            parts.insert(1, self.tr("⚠ %1 with problems").replace("%1", formats().number(flawed)))
        self.count_label.setText("  ·  ".join(parts))

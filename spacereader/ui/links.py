"""The one place where a clicked link is decided: in-app pages, the system browser, or a polite refusal."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from spacereader.core.links import LinkKind, classify, filter_of
from spacereader.core.saved_page import OFFLINE_SCHEME


class LinkRouter(QObject):
    article_requested = Signal(str)
    profile_requested = Signal(str)
    more_mentions_requested = Signal(str, int)  # a profile on screen, with this many of its articles listed
    anchor_requested = Signal(str)
    filter_requested = Signal(str, str)  # facet ("tag", "author"), value: narrow the library
    offline_requested = Signal(str)  # save, show-copy, show-shipped: the article header's own links
    message = Signal(str)

    def route(self, url: QUrl) -> None:
        if url.scheme() == OFFLINE_SCHEME:  # the sanitizer lets no article hold one: they are the header's
            self.offline_requested.emit(url.path())
            return
        target = classify(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        if target.kind is LinkKind.ASTRONAUT and target.shown:
            self.more_mentions_requested.emit(target.value, target.shown)
        elif target.kind is LinkKind.ASTRONAUT:
            self.profile_requested.emit(target.value)
        elif target.kind is LinkKind.ARTICLE:
            self.article_requested.emit(target.value)
        elif target.kind is LinkKind.ANCHOR:
            self.anchor_requested.emit(target.value)
        elif target.kind is LinkKind.FILTER:
            self.filter_requested.emit(*filter_of(target.value))
        elif target.kind is LinkKind.MISSING:
            self.message.emit(self.tr("Not opened: there is no file {target} (moved or deleted?)").format(
                target=target.value))
        elif target.kind is LinkKind.EXTERNAL:
            opened = QDesktopServices.openUrl(QUrl(target.value))
            said = self.tr("Opened in your browser: %1") if opened else self.tr("No browser could open %1")
            self.message.emit(said.replace("%1", target.value))
        elif target.value:
            self.message.emit(self.tr("Not opened: %1 — only web links (http, https) leave the app")
                              .replace("%1", target.value))
        else:
            self.message.emit(self.tr("Not opened: only web links (http, https) leave the app"))

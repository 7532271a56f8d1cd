"""The one place where a clicked link is decided: in-app pages, the system browser, or a polite refusal."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from spacereader.core.links import LinkKind, classify


class LinkRouter(QObject):
    article_requested = Signal(str)
    profile_requested = Signal(str)
    anchor_requested = Signal(str)
    message = Signal(str)

    def route(self, url: QUrl) -> None:
        target = classify(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        if target.kind is LinkKind.ASTRONAUT:
            self.profile_requested.emit(target.value)
        elif target.kind is LinkKind.ARTICLE:
            self.article_requested.emit(target.value)
        elif target.kind is LinkKind.ANCHOR:
            self.anchor_requested.emit(target.value)
        elif target.kind is LinkKind.MISSING:
            self.message.emit(self.tr("Not opened: there is no file {target} (moved or deleted?)").format(
                target=target.value))
        elif target.kind is LinkKind.EXTERNAL:
            opened = QDesktopServices.openUrl(QUrl(target.value))
            self.message.emit(f"Opened in your browser: {target.value}" if opened
                              else f"No browser could open {target.value}")
        else:
            self.message.emit(f"Not opened: {target.value or 'this link'} — only web links (http, https) leave the app")

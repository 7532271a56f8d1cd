"""Unexpected errors while the window is up: logged with their traceback, shown in a dialog whose details the user can
copy into a bug report, and the app goes on."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QStyle, QVBoxLayout

from spacereader import __version__

logger = logging.getLogger(__name__)
SUMMARY_CHARS = 300  # the dialog shows the gist; the whole message is in the details


def environment() -> str:
    return (f"SpaceReader {__version__} · Python {platform.python_version()} · PySide6 {PySide6.__version__} "
            f"(Qt {qVersion()}) · {platform.platform()}")


class ErrorDialog(QDialog):
    """“Something went wrong”: the error in a line, where the log is, Copy Details and Close. Never modal."""

    def __init__(self, summary: str, details: str, log_path: Path | None, parent=None):
        super().__init__(parent)
        self.details = details
        self.others = 0
        self.setWindowTitle(self.tr("Something went wrong — SpaceReader"))
        where = (self.tr("The details are in the log:") + f"<br>{_plain(str(log_path))}" if log_path
                 else _plain(self.tr("The log file could not be written; Copy Details keeps them.")))
        title, running = _plain(self.tr("Something went wrong")), _plain(self.tr("SpaceReader keeps running."))
        self.body = text = QLabel(f"<b>{title}</b><br><br>{_plain(summary)}<br><br>{running} {where}")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QLabel()
        self.more.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy Details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        self._lay_out(text, buttons)

    def _lay_out(self, text: QLabel, buttons: QDialogButtonBox) -> None:
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(text, 1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.more)
        column.addWidget(buttons)
        self.setMinimumWidth(460)

    def count_another(self) -> None:
        self.others += 1
        self.more.setText(self.tr("%Ln more error(s) since this one, also in the log.", "", self.others))
        self.more.show()

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def _plain(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ErrorReporter(QObject):
    """sys.excepthook and threading.excepthook for the GUI run. One dialog at a time: errors while it is open are
    counted in it, and an error the user has already seen and closed is only logged, so that one raised on every
    repaint cannot bring the dialog back for ever."""

    _caught = Signal(str, str, str)  # summary, details, signature; from any thread, shown on the GUI thread

    def __init__(self, log_path: Path | None, parent=None):
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: ErrorDialog | None = None
        self._seen: set[str] = set()
        self._previous = None
        self._caught.connect(self._show)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.report
        threading.excepthook = self._report_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def report(self, kind, error, tb, thread_name: str | None = None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)  # the user asked to stop: no dialog
            return
        where = f" in thread {thread_name}" if thread_name else ""
        logger.error("unexpected error%s", where, exc_info=(kind, error, tb))
        summary = traceback.format_exception_only(kind, error)[-1].strip()
        details = f"{environment()}\n\n" + "".join(traceback.format_exception(kind, error, tb))
        try:
            self._caught.emit(summary[:SUMMARY_CHARS], details, _signature(kind, tb))
        except RuntimeError:  # the app is already gone (a thread failed after the window closed): logged is enough
            pass

    def _report_thread(self, args) -> None:
        if not issubclass(args.exc_type, SystemExit):  # as the standard hook: a thread's sys.exit() is no error
            self.report(args.exc_type, args.exc_value, args.exc_traceback, args.thread.name if args.thread else "?")

    def _show(self, summary: str, details: str, signature: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.count_another()
            return
        if signature in self._seen:
            return
        self._seen.add(signature)
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ErrorDialog(summary, details, self.log_path, QApplication.activeWindow())
        self.dialog.show()  # not exec(): the app, and the event loop, go on


def _signature(kind, tb) -> str:
    """The same error at the same place: what repeats when one bug fires again and again."""
    frames = traceback.extract_tb(tb)
    place = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    return f"{kind.__qualname__}@{place}"

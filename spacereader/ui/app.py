"""Starting the app: one QApplication, the main window on the right library, and a screenshot mode."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QSize, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from spacereader import __version__
from spacereader.core.settings import Settings, load_settings
from spacereader.logs import logger, setup_logging
from spacereader.paths import bundled_library
from spacereader.ui.errors import ErrorReporter, environment
from spacereader.ui.main_window import MainWindow

SWITCH_INTERVAL_S = 0.001


def application() -> QApplication:
    # Workers hold the GIL for up to this long before the GUI thread gets it back (Python's default is 5 ms): a
    # search of 100,000 articles would otherwise make every keystroke and repaint wait on it several times over.
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SpaceReader")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("spacereader")
    return app


def _quiet_offscreen(kind, context, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform's one harmless remark
        print(message, file=sys.stderr)


def start_location(path: Path | None, settings: Settings) -> tuple[Path, Path | None]:
    """(library folder, article to show): a file opens its folder; no path reopens the last library."""
    if path is not None:
        path = path.resolve()
        return (path.parent, path) if path.is_file() else (path, None)
    last = Path(settings.last_library) if settings.last_library else None
    return (last, None) if last and last.is_dir() else (bundled_library(), None)


def run(path: Path | None) -> int:
    log_path = setup_logging()
    app = application()
    logger.info("starting: %s", environment())
    ErrorReporter(log_path, parent=app).install()  # from here on, an unexpected error is a dialog, not a silent death
    settings = load_settings()
    window = MainWindow(settings)
    window.open_library(*start_location(path, settings))
    window.show()
    _close_on_interrupt(window)
    return app.exec()


def _close_on_interrupt(window: MainWindow) -> None:
    """Ctrl+C in the terminal closes the window as the close button would, settings saved."""
    signal.signal(signal.SIGINT, lambda *_: window.close())
    ticker = QTimer(window, interval=250)  # Python sees signals only when it runs: let it, now and then
    ticker.timeout.connect(lambda: None)
    ticker.start()


def screenshot(out: Path, path: Path | None, article: Path | None, profile: str | None,
               size: QSize, theme: str | None, search: str = "") -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen)
    app = application()
    settings = Settings(theme=theme or "light")  # a fresh look, never the user's saved state
    window = MainWindow(settings, persist=False)
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    if size.width() < smallest.width() or size.height() < smallest.height():
        raise ValueError(f"--size {size.width()}x{size.height()} is below the window's minimum, "
                         f"{smallest.width()}x{smallest.height()}: the picture would be of another size")
    window.resize(size)
    window.splitter.setSizes([size.width() // 2, size.width() // 2])
    window.open_library(*start_location(path or article or bundled_library(), settings))
    window.wait_for_indexing()
    if article is not None:
        window.show_article(article.resolve())
    if profile is not None:
        if profile not in window.library.book:
            raise ValueError(f"no astronaut profile has the id {profile!r}")
        window.tabs.setCurrentWidget(window.astronauts)
        window.show_profile(profile)
    if search:
        window.articles.search_box.setText(search)
        window.articles.search()
    window.wait_for_page()
    window.show()
    app.processEvents()  # the rows are drawn, and ask for their snippets
    window.wait_for_page()
    window.statusBar().clearMessage()  # the picture shows the window, not where this machine keeps files
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise OSError(f"cannot write {out}")
    window.close()

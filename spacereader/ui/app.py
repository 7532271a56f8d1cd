"""Starting the app: one QApplication, the main window on the right library, and a screenshot mode."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QSize, QTimer, qInstallMessageHandler
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from spacereader import __version__
from spacereader.core.settings import Settings, load_settings
from spacereader.logs import logger, setup_logging
from spacereader.paths import bundled_library
from spacereader.ui.errors import ErrorReporter, environment
from spacereader.ui.language import chosen_language, install_language
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
    install_language(chosen_language(settings.language))
    open_window(settings, *start_location(path, settings))
    _close_on_interrupt(app)
    return app.exec()


def open_window(settings: Settings, library: Path, article: Path | None) -> MainWindow:
    window = MainWindow(settings)
    window.open_library(library, article)
    window.show()
    window.language_chosen.connect(lambda code: reopen_in_language(window, code))
    return window


def reopen_in_language(window: MainWindow, code: str) -> MainWindow:
    """Every word of a window is set when it is made: a new one, in the chosen language, on the same page and
    in the same place (the old one keeps its settings and the place as it closes)."""
    library, article = window.library.root, window.navigation.current_article()
    window.close()
    install_language(chosen_language(code))
    replacement = open_window(window.settings, library, article)
    window.deleteLater()
    return replacement


def _close_on_interrupt(app: QApplication) -> None:
    """Ctrl+C in the terminal closes the window as the close button would, settings saved."""
    signal.signal(signal.SIGINT, lambda *_: app.closeAllWindows())
    ticker = QTimer(app, interval=250)  # Python sees signals only when it runs: let it, now and then
    ticker.timeout.connect(lambda: None)
    ticker.start()


def screenshot(out: Path, path: Path | None, article: Path | None, profile: str | None,
               size: QSize, theme: str | None, *, search: str = "", find: str = "", language: str = "en",
               saved_copy: bool = False, tab: str = "", card: str = "") -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen)
    app = application()
    settings = Settings(theme=theme or "light", language=language)  # a fresh look, never the user's saved state
    install_language(chosen_language(language))
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
        if saved_copy:
            window.offline_commands.show_saved_copy(True)
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
    if find:
        window.pane.find_bar.open()
        window.pane.find_bar.box.setText(find)
    if tab == "timeline":
        window.show_timeline()
    window.statusBar().clearMessage()  # the picture shows the window, not where this machine keeps files
    picture = window.grab()
    if card:
        _draw_card(window, picture, card)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not picture.save(str(out)):
        raise OSError(f"cannot write {out}")
    window.close()


def _draw_card(window: MainWindow, picture, profile_id: str) -> None:
    """The hover card of the first link to the profile on the page, drawn where it would open (a window of its
    own, which a grab of the main window leaves out)."""
    reader = window.reader
    found = reader.document().find(window.library.book.profiles[profile_id].name)
    while not found.isNull() and not found.charFormat().anchorHref().startswith("astronaut:"):
        found = reader.document().find(window.library.book.profiles[profile_id].name, found)
    if found.isNull():
        raise ValueError(f"the page has no link to {profile_id!r}")
    found.setPosition(found.selectionStart() + 2)
    point = reader.cursorRect(found).center()
    window.cards._mouse = point
    window.cards._wanted = profile_id
    window.cards._show()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(window.cards.card.pos()), window.cards.card.grab())
    painter.end()

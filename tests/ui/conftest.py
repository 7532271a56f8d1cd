"""What the window tests share: a window opened as the app opens one (on the module's `library_dir`), and a spy on
the system browser."""

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices

import spacereader.ui.indexer as indexer_module
from spacereader.core.settings import Settings
from spacereader.ui.indexer import Indexer
from spacereader.ui.language import install_language
from spacereader.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english(qapp):
    """Windows speak English unless a test asks for another language, as the app would on an English system."""
    install_language("en")
    yield
    install_language("en")


def open_window(qtbot, root: Path, *, settings: Settings | None = None, persist: bool = False,
                indexed: bool = True) -> MainWindow:
    """As the app starts: the library (and the article last read) opened, then the window shown. `indexed`
    waits for the indexer to finish first; without it the test sees the library fill."""
    window = MainWindow(settings or Settings(), persist=persist)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.open_library(root)
    if indexed:
        window.wait_for_indexing()
        window.wait_for_page()
    window.show()
    qtbot.waitExposed(window)
    return window


def click_link(qtbot, window: MainWindow, text: str) -> None:
    """Click the middle of the first occurrence of text in the reader, as a mouse would."""
    reader = window.reader
    cursor = reader.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not on the page"
    middle = cursor.selectionStart() + len(text) // 2
    cursor.setPosition(middle)
    reader.ensureCursorVisible()
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    point = reader.cursorRect(cursor).center() + QPoint(1, 0)
    assert reader.anchorAt(point), f"{text!r} is not a link"
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    window.wait_for_page()


@pytest.fixture
def persist() -> bool:
    """Whether the window keeps its settings and reading state (in the test's own folders): a module overrides it."""
    return False


@pytest.fixture
def window(qtbot, library_dir, persist) -> MainWindow:
    """The window on the module's `library_dir`, indexed, its first page shown."""
    return open_window(qtbot, library_dir, persist=persist)


class GatedIndexer(Indexer):
    """Waits after each batch until the test lets it go on, so the test types while indexing is surely running.
    The pause is connected after the window's own slot, so the window has each batch before the indexer waits."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.go_on = threading.Event()

    def start(self, *args) -> None:
        self.batch_indexed.connect(self._pause, Qt.ConnectionType.DirectConnection)  # on the indexer's thread
        super().start(*args)

    def requestInterruption(self) -> None:  # the window closing: let it stop
        self.go_on.set()
        super().requestInterruption()

    def _pause(self, _update, done: int, total: int) -> None:
        if done < total:
            self.go_on.wait(timeout=30)  # bounded: a failing test must not hang the suite


@pytest.fixture
def gated(monkeypatch):
    indexers = []

    def make(*args, **kwargs):
        indexers.append(GatedIndexer(*args, **kwargs))
        return indexers[-1]

    monkeypatch.setattr(indexer_module, "Indexer", make)
    yield indexers
    for indexer in indexers:
        indexer.go_on.set()


@pytest.fixture
def opened_urls(monkeypatch) -> list[str]:
    """The URLs handed to the system browser."""
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    return opened

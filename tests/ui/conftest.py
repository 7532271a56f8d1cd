"""What the window tests share: a window opened as the app opens one, and a spy on the system browser."""

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from spacereader.core.settings import Settings
from spacereader.ui.main_window import MainWindow


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


@pytest.fixture
def opened_urls(monkeypatch) -> list[str]:
    """The URLs handed to the system browser."""
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    return opened

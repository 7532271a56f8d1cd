"""Small things a new user trips on, fixed: Tab reaches the filter menus and leaves the list, the Date header's
arrow points the way the list runs, Export opens in the documents folder, and the bundled library is named as such
instead of by its folder inside the app's install."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from spacereader.paths import bundled_library
from spacereader.ui.library_model import DATE, TITLE
from tests.helpers import article
from tests.ui.conftest import open_window


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    article(root, "old.md", "Old news.", front="title: Old\ndate: 2001-01-01\ntags: [ISS]")
    article(root, "new.md", "New news.", front="title: New\ndate: 2024-01-01\nlang: fr")
    return root


def test_tab_goes_from_the_search_box_through_every_filter_into_the_list_and_out_of_it(qtbot, window):
    panel = window.articles
    panel.search_box.setFocus()
    visited = []
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    menus = list(panel.facets.combos.values())
    assert visited[:7] == [panel.favourites_only, panel.read_filter, *menus, panel.table]
    assert visited[7] is not panel.table  # Tab leaves the list: it does not walk its cells
    assert all(menu.accessibleName() for menu in menus)


def header_titles(window) -> list[str]:
    model = window.articles.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def titles(window) -> list[str]:
    window.wait_for_page()
    model = window.articles.model
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def test_the_date_header_points_down_while_the_newest_come_first(qtbot, window):
    assert titles(window) == ["New", "Old"]
    assert header_titles(window)[DATE].endswith("▼")
    header = window.articles.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(DATE) + 10, header.height() // 2))
    assert titles(window) == ["Old", "New"]
    assert header_titles(window)[DATE].endswith("▲")
    assert sum(title.endswith(("▲", "▼")) for title in header_titles(window)) == 1  # one column says the order


def test_a_search_listed_best_first_shows_no_column_order(qtbot, window):
    qtbot.keyClicks(window.articles.search_box, "news")
    qtbot.waitUntil(lambda: not any(t.endswith(("▲", "▼")) for t in header_titles(window)))


def test_export_opens_in_the_documents_folder(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(args[2]) or ("", ""))
    window.show_article(window.library.root / "new.md")
    window.wait_for_page()
    window.commands.export.trigger()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [str(Path(documents) / "new.html")]


def test_the_bundled_library_is_named_not_shown_by_its_install_folder(qtbot):
    window = open_window(qtbot, bundled_library())
    first = window.library.articles[0]
    window.show_article(first.path)
    window.wait_for_page()
    said = window.status.currentMessage()
    assert said == f"Bundled library: {first.path.name}"
    row = window.articles.model.row_of(first.path)
    tooltip = window.articles.model.index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert str(bundled_library().resolve()) not in tooltip and "Bundled library" in tooltip

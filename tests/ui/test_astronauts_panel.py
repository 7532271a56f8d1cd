"""The Astronauts tab as a reader uses it: type to filter, choose an order, show the profiles no article
mentions, and open one with the keyboard."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from spacereader.core.portraits import MAX_PORTRAIT_BYTES, avatar_colour
from spacereader.core.profile_page import PORTRAIT_PX, PORTRAIT_SRC
from tests.helpers import article


@pytest.fixture
def library_dir(tmp_path) -> Path:
    article(tmp_path, "a.md", "Chris Hadfield sang; Thomas Pesquet took photos.", "title: A\ndate: 2020-01-01")
    article(tmp_path, "b.md", "Thomas Pesquet again.", "title: B\ndate: 2021-01-01")
    return tmp_path


def listed(window) -> list[str]:
    panel = window.astronauts.list
    return [panel.item(row).text() for row in range(panel.count())]


def test_only_the_mentioned_are_listed_until_show_all(qtbot, window):
    panel = window.astronauts
    assert listed(window) == ["Chris Hadfield", "Thomas Pesquet"]
    assert panel.show_all.isVisibleTo(panel) and panel.show_all.text().startswith("Show all (8")
    panel.show_all.click()
    assert len(listed(window)) == 10 and "Mike Massimino" in listed(window)
    panel.show_all.click()
    assert len(listed(window)) == 2


def test_sorting_by_number_of_articles_and_filtering(qtbot, window):
    panel = window.astronauts
    panel.sort_box.setCurrentIndex(panel.sort_box.findData("articles"))
    assert listed(window) == ["Thomas Pesquet", "Chris Hadfield"]
    qtbot.keyClicks(panel.filter_box, "hadf")
    assert listed(window) == ["Chris Hadfield"]
    assert panel.list.item(0).data(Qt.ItemDataRole.UserRole + 3) == "CSA · 1 article"


def test_enter_on_a_row_opens_the_profile(qtbot, window):
    panel = window.astronauts
    window.tabs.setCurrentWidget(panel)
    panel.list.setFocus()
    panel.list.setCurrentRow(1)
    window.wait_for_page()
    assert window.reader.toPlainText().startswith("Thomas Pesquet")
    window.show_article(window.library.root / "a.md")
    window.wait_for_page()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    window.wait_for_page()
    assert window.reader.toPlainText().startswith("Thomas Pesquet")


def test_every_control_has_an_accessible_name(window):
    panel = window.astronauts
    for widget in (panel.filter_box, panel.sort_box, panel.show_all, panel.list):
        assert widget.accessibleName()


def test_the_profile_page_shows_the_initials_avatar_when_the_picture_is_refused(qtbot, window, library_dir):
    big = library_dir / "astronauts" / "chris-hadfield.png"
    big.parent.mkdir(exist_ok=True)
    big.write_bytes(b"\x89PNG" + b"\0" * MAX_PORTRAIT_BYTES)
    window.show_profile("chris-hadfield")
    window.wait_for_page()
    shown = window.reader.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(PORTRAIT_SRC))
    assert (shown.width(), shown.height()) == (PORTRAIT_PX, PORTRAIT_PX)
    assert shown.pixelColor(12, PORTRAIT_PX // 2).name() == avatar_colour("chris-hadfield")  # the disc, left of the initials

"""Saving full articles from the window: Article › Save Full Article for Offline and the header's button, the toggle
between the text we ship and the saved copy, Library › Save All Full Articles (progress, cancel), Library › Saved
Copies (sizes, failures, delete). Against a web server on 127.0.0.1: no real network."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from spacereader.core.fetch import FetchLimits
from spacereader.ui.reader import _NO_IMAGE as NO_IMAGE
from spacereader.ui.reader import Reader
from tests.helpers import article
from tests.ui.conftest import click_link
from tests.ui.test_search_view import listed_titles
from tests.web_server import WebServer

SHIPPED = "The short version we ship."


@pytest.fixture
def web():
    with WebServer() as server:
        yield server


@pytest.fixture
def library_dir(tmp_path, web) -> Path:
    root = tmp_path / "library"
    article(root, "selfie.md", SHIPPED, f"title: The selfie\ndate: 2026-05-12\nfull_article: {web.base}/news")
    article(root, "tweets.md", "Short.", f"title: Tweets\ndate: 2024-03-01\nfull_article: {web.base}/blog")
    article(root, "gone.md", "Short.", f"title: Gone\ndate: 2020-01-01\nfull_article: {web.base}/missing")
    article(root, "pictures.md", "Short.", f"title: Pictures\ndate: 2018-01-01\nfull_article: {web.base}/pictures")
    article(root, "trap.md", "[Save me](offline:save) and <a href='offline:show-copy'>this</a>", "title: Trap\ndate: 2019-01-01")
    return root


@pytest.fixture
def window(window):
    window.offline.limits = FetchLimits(connect_seconds=1, total_seconds=5)
    return window


def page_text(window) -> str:
    return window.reader.toPlainText()


def saved_now(qtbot, window, start) -> object:
    with qtbot.waitSignal(window.offline.saved, timeout=20000) as blocker:
        start()
    window.wait_for_page()
    window.navigation.wait()
    return blocker.args[0]


def test_the_article_menu_saves_the_full_article_with_one_request(qtbot, window, library_dir, web):
    window.show_article(library_dir / "selfie.md")
    window.wait_for_page()
    assert "Save for offline" in page_text(window) and window.commands.save_offline.isEnabled()
    assert not window.commands.show_copy.isEnabled()
    outcome = saved_now(qtbot, window, window.commands.save_offline.trigger)
    assert outcome.saved and web.paths() == ["/news"]
    assert "Saved for offline: “The selfie”" in window.statusBar().currentMessage()
    assert "Read the saved copy" in page_text(window) and window.commands.show_copy.isEnabled()
    assert SHIPPED in page_text(window)  # the text we ship, until the reader asks for the copy


def test_the_toggle_shows_the_saved_copy_with_the_original_link_still_there(qtbot, window, library_dir, web):
    window.show_article(library_dir / "selfie.md")
    window.wait_for_page()
    saved_now(qtbot, window, lambda: click_link(qtbot, window, "Save for offline"))
    click_link(qtbot, window, "Read the saved copy")
    text = page_text(window)
    assert "Saved copy · fetched on" in text and "from 127.0.0.1" in text
    assert "seven windows of the cupola" in text and SHIPPED not in text
    assert "COMMENTTEXT" not in text and "COOKIECONSENT" not in text
    assert "Read the full article" in text and window.commands.show_copy.isChecked()
    click_link(qtbot, window, "Show the text shipped with the article")
    assert SHIPPED in page_text(window) and "seven windows" not in page_text(window)


def test_a_failed_save_says_why_in_the_status_bar_and_on_the_page(qtbot, window, library_dir, web):
    window.show_article(library_dir / "gone.md")
    window.wait_for_page()
    outcome = saved_now(qtbot, window, window.offline_commands.save_for_offline)
    assert outcome.failure == "the page is not there (HTTP 404)"
    assert window.statusBar().currentMessage() == "Could not save “Gone”: the page is not there (HTTP 404)"
    assert "Could not save the full article: the page is not there (HTTP 404)" in page_text(window)


def test_an_article_cannot_hold_the_save_button(qtbot, window, library_dir, web):
    window.show_article(library_dir / "trap.md")
    window.wait_for_page()
    cursor = window.reader.document().find("Save me")
    assert not cursor.isNull() and cursor.charFormat().anchorHref() == ""  # no link: no save unless the reader asks
    assert "Save for offline" not in page_text(window) and not window.commands.save_offline.isEnabled()
    assert web.requests == []


def test_save_all_saves_each_article_in_the_background_and_then_search_finds_the_copies(qtbot, window, web):
    with qtbot.waitSignal(window.offline.all_done, timeout=30000) as done:
        window.commands.save_all.trigger()
        assert window.save_progress.isVisible() and window.commands.cancel_saving.isEnabled()
    assert done.args == [3, 1, False]
    assert sorted(web.paths()) == ["/blog", "/missing", "/news", "/pictures"]  # one request each, none for the one with no link
    assert not window.save_progress.isVisible()
    assert window.statusBar().currentMessage() == "Full articles saved: 3 saved, 1 failed"
    window.articles.search_box.setText("tuesday")  # only the saved copy of the news page says it
    window.articles.search()
    qtbot.waitUntil(lambda: listed_titles(window) == ["The selfie"])


def test_cancel_stops_saving_after_the_article_under_way(qtbot, window, web):
    window.offline._outcome.connect(lambda *_: window.offline.cancel(), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(window.offline.all_done, timeout=30000) as done:
        window.offline_commands.save_all()
    assert done.args[2] is True and sum(done.args[:2]) == 1 and len(web.requests) == 1
    assert window.statusBar().currentMessage().startswith("Saving cancelled")


def test_saved_copies_lists_sizes_and_failures_and_deletes(qtbot, window, library_dir, web):
    with qtbot.waitSignal(window.offline.all_done, timeout=30000):
        window.offline_commands.save_all()
    window.show_article(library_dir / "selfie.md")
    window.wait_for_page()
    window.commands.saved_copies.trigger()
    dialog = window.offline_commands.saved_dialog
    qtbot.waitExposed(dialog)
    rows = {dialog.table.item(r, 0).text(): [dialog.table.item(r, c).text() for c in range(5)]
            for r in range(dialog.table.rowCount())}
    assert set(rows) == {"The selfie", "Tweets", "Gone", "Pictures"}
    assert rows["The selfie"][3].endswith("KB") and rows["The selfie"][4] == "saved"
    assert rows["Gone"][3] == "" and rows["Gone"][4] == "failed: the page is not there (HTTP 404)"
    assert dialog.summary.text().startswith("3 saved copies · ")
    assert not dialog.delete_button.isEnabled()
    dialog.table.selectRow(next(r for r in range(4) if dialog.table.item(r, 0).text() == "The selfie"))
    assert dialog.delete_button.isEnabled()
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # as the Delete button does
    assert sorted(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())) == ["Gone", "Pictures", "Tweets"]
    window.wait_for_page()
    assert "Save for offline" in page_text(window)  # the page on screen knows its copy is gone
    assert window.offline.store.get(web.base + "/news") is None


def test_every_new_control_has_an_accessible_name(qtbot, window):
    window.offline_commands.show_saved_copies()
    dialog = window.offline_commands.saved_dialog
    for widget in (dialog.table, dialog.delete_button, window.save_progress.bar, window.save_progress.cancel_button):
        assert widget.accessibleName()


def test_a_saved_copy_shows_its_own_images_when_the_reader_asked_for_them(qtbot, window, library_dir, web, monkeypatch):
    window.commands.keep_images.trigger()
    assert window.settings.offline_images
    window.show_article(library_dir / "pictures.md")
    window.wait_for_page()
    saved_now(qtbot, window, window.offline_commands.save_for_offline)
    assert sorted(web.paths()) == ["/img/big.png", "/img/earth.png", "/pictures"]
    loaded = []
    real = Reader.loadResource
    monkeypatch.setattr(Reader, "loadResource", lambda self, kind, url: loaded.append((url.toString(), real(self, kind, url)))
                        or loaded[-1][1])
    click_link(qtbot, window, "Read the saved copy")
    qtbot.waitUntil(lambda: any(url == "images/1.png" for url, _ in loaded))
    image = next(image for url, image in loaded if url == "images/1.png")
    assert image is not NO_IMAGE and not image.isNull()
    assert "[A huge picture]" in page_text(window)

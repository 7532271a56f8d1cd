"""The main window as a reader uses it: pick an article, follow an astronaut, leave for the web, go back."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from spacereader.core.settings import load_settings
from spacereader.ui.library_model import HAS_PROBLEMS_ROLE, PATH_ROLE, TITLE
from spacereader.ui.main_window import MainWindow
from tests.helpers import write
from tests.ui.conftest import click_link, open_window

FULL_ARTICLE = "https://en.wikipedia.org/wiki/Chris_Hadfield"


@pytest.fixture
def library_dir(tmp_path) -> Path:
    write(tmp_path / "hadfield.md", f"""---
title: Photos from the station
author: Ada Writer
date: 2023-05-12
lang: en
tags: [ISS, photography]
summary: How Earth photos reached millions.
full_article: {FULL_ARTICLE}
---
In 2013 Chris Hadfield shared photos. Hadfield's guitar became famous.

[Sneaky](javascript:alert(1)) and [the French one](pesquet.md).
""")
    write(tmp_path / "pesquet.md", """---
title: La mission Proxima
date: 2021-11-17
lang: fr
---
Les photos de Thomas Pesquet depuis l’ISS, après celles d’Hadfield.
""")
    write(tmp_path / "broken.md", "---\ntitle: [unclosed\n---\nBody\n")
    return tmp_path


def select_row(window: MainWindow, title: str) -> None:
    model = window.articles.model
    for row in range(model.rowCount()):
        index = model.index(row, TITLE)
        if index.data() == title:
            window.articles.table.setCurrentIndex(index)
            window.wait_for_page()
            return
    raise AssertionError(f"{title!r} is not in the library view")


def page_text(window: MainWindow) -> str:
    """The page on screen, once the last one asked for is there."""
    window.wait_for_page()
    return window.reader.toPlainText()


def test_selecting_an_article_shows_its_header_and_body(window):
    select_row(window, "Photos from the station")
    text = page_text(window)
    assert "Photos from the station" in text
    assert "By Ada Writer · 12 May 2023" in text
    assert "Read the full article" in text
    assert "Hadfield's guitar became famous." in text


def test_library_lists_every_article_and_marks_the_broken_one(window, library_dir):
    model = window.articles.model
    paths = {model.index(row, 0).data(PATH_ROLE): model.index(row, 0).data(HAS_PROBLEMS_ROLE)
             for row in range(model.rowCount())}
    assert paths == {str(library_dir / n): n == "broken.md" for n in ("hadfield.md", "pesquet.md", "broken.md")}
    assert "with problems" in window.status.count_label.text()


def test_a_broken_article_shows_its_problem_in_the_reader(window, library_dir):
    window.show_article(library_dir / "broken.md")
    window.wait_for_page()
    assert "broken.md has problems" in page_text(window)
    assert "front matter is not valid YAML" in page_text(window)


def test_clicking_an_astronaut_opens_the_profile_with_its_mentions(qtbot, window):
    select_row(window, "Photos from the station")
    click_link(qtbot, window, "Chris Hadfield")
    text = page_text(window)
    assert text.startswith("Chris Hadfield")
    assert "mentioned in 2 articles" in text.casefold()
    assert "Photos from the station" in text and "La mission Proxima" in text


def test_mentioned_in_links_back_to_the_article(qtbot, window):
    window.show_profile("thomas-pesquet")
    window.wait_for_page()
    click_link(qtbot, window, "La mission Proxima")
    assert "Les photos de Thomas Pesquet" in page_text(window)


def test_full_article_link_opens_the_system_browser(qtbot, window, opened_urls):
    select_row(window, "Photos from the station")
    click_link(qtbot, window, "Read the full article")
    assert opened_urls == [FULL_ARTICLE]
    assert FULL_ARTICLE in window.statusBar().currentMessage()


def test_javascript_link_is_not_a_link_and_is_refused_if_forced(qtbot, window, opened_urls):
    select_row(window, "Photos from the station")
    with pytest.raises(AssertionError, match="is not a link"):
        click_link(qtbot, window, "Sneaky")
    window.reader.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened_urls == []
    assert "Not opened" in window.statusBar().currentMessage()


def test_relative_link_opens_the_other_article_in_the_app(qtbot, window, opened_urls):
    select_row(window, "Photos from the station")
    click_link(qtbot, window, "the French one")
    assert page_text(window).startswith("La mission Proxima")
    assert opened_urls == []


def test_back_and_forward_across_articles_and_profiles(qtbot, window):
    select_row(window, "Photos from the station")
    click_link(qtbot, window, "Chris Hadfield")
    assert page_text(window).startswith("Chris Hadfield")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    window.wait_for_page()
    assert page_text(window).startswith("Photos from the station")
    assert window.commands.forward.isEnabled()
    window.commands.forward.trigger()
    window.wait_for_page()
    assert page_text(window).startswith("Chris Hadfield")
    assert not window.commands.forward.isEnabled()


def listed_titles(window: MainWindow) -> list[str]:
    model = window.articles.model
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


def test_search_box_narrows_the_list_ignoring_case_and_accents(qtbot, window):
    qtbot.keyClicks(window.articles.search_box, "PÉSQUET")
    qtbot.waitUntil(lambda: listed_titles(window) == ["La mission Proxima"])
    qtbot.keyClick(window.articles.search_box, Qt.Key.Key_Escape)
    window.articles.search_box.clear()
    qtbot.waitUntil(lambda: len(listed_titles(window)) == 3)


def test_astronauts_tab_opens_a_profile(window):
    panel = window.astronauts.list
    row = next(r for r in range(panel.count()) if panel.item(r).data(Qt.ItemDataRole.UserRole) == "thomas-pesquet")
    panel.setCurrentRow(row)
    assert page_text(window).startswith("Thomas Pesquet")


def test_saving_the_open_article_re_renders_it(qtbot, window, library_dir):
    path = library_dir / "pesquet.md"
    window.show_article(path)
    window.wait_for_page()
    path.write_text(path.read_text(encoding="utf-8") + "\nUn paragraphe ajouté.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "Un paragraphe ajouté." in page_text(window), timeout=5000)
    assert window.status.currentMessage() == "Reloaded pesquet.md"


def test_dark_theme_restyles_the_reader(window):
    window.set_theme("dark")
    assert "#17191d" in window.reader.document().defaultStyleSheet()
    assert window.settings.theme == "dark"


def test_closing_remembers_the_library_and_the_article(qtbot, library_dir):
    window = open_window(qtbot, library_dir, persist=True)
    window.show_article(library_dir / "pesquet.md")
    window.wait_for_page()
    window.close()
    saved = load_settings()
    assert saved.last_library == str(library_dir.resolve())
    assert saved.last_article == str(library_dir / "pesquet.md")
    assert saved.window_geometry and len(saved.splitter_sizes) == 2


def test_a_new_window_restores_the_column_widths_and_sort(qtbot, library_dir):
    first = open_window(qtbot, library_dir, persist=True)
    first.articles.table.setColumnWidth(1, 222)
    first.articles.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    first.close()
    second = MainWindow(load_settings(), persist=False)
    qtbot.addWidget(second)
    header = second.articles.table.horizontalHeader()
    assert header.sectionSize(1) == 222
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (TITLE, Qt.SortOrder.AscendingOrder)


def test_a_save_while_a_profile_is_shown_appears_on_going_back(qtbot, window, library_dir):
    path = library_dir / "pesquet.md"
    window.show_article(path)
    window.wait_for_page()
    window.show_profile("chris-hadfield")
    window.wait_for_page()
    path.write_text(path.read_text(encoding="utf-8") + "\nEt Scott Kelly aussi.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "scott-kelly" in window.library.mentions[path], timeout=5000)
    assert "thomas-pesquet" in window.library.mentions[path]
    assert window.library.mentioned_in("scott-kelly")[0].path == path  # the Astronauts tab counts it too
    window.go_back()
    window.wait_for_page()
    assert "Et Scott Kelly aussi." in page_text(window)


def test_another_library_starts_a_fresh_history(window, library_dir, tmp_path_factory):
    other = tmp_path_factory.mktemp("other")
    write(other / "only.md", "---\ntitle: The only one\n---\nText\n")
    window.show_article(library_dir / "pesquet.md")
    window.wait_for_page()
    window.open_library(other)
    window.wait_for_indexing()
    assert not window.commands.back.isEnabled()
    assert [a.title for a in window.library.articles] == ["The only one"]


def test_clicking_the_current_row_again_returns_to_its_article(qtbot, window):
    select_row(window, "Photos from the station")
    window.show_profile("chris-hadfield")
    window.wait_for_page()
    table = window.articles.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.currentIndex()).center())
    assert page_text(window).startswith("Photos from the station")


def test_the_window_title_names_the_page_shown(window, library_dir):
    window.show_article(library_dir / "pesquet.md")
    window.wait_for_page()
    window.show_profile("chris-hadfield")
    window.wait_for_page()
    assert window.windowTitle().startswith("Chris Hadfield")
    window.go_back()
    window.wait_for_page()
    assert window.windowTitle().startswith("La mission Proxima")


def test_an_article_outside_the_library_is_shown_but_not_listed(window, tmp_path_factory):
    elsewhere = write(tmp_path_factory.mktemp("elsewhere") / "away.md", "---\ntitle: Far away\n---\nHadfield again.\n")
    window.show_article(elsewhere)
    window.wait_for_page()
    assert page_text(window).startswith("Far away")
    assert window.articles.model.rowCount() == 3

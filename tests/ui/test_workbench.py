"""The author's workbench: the Problems panel follows the open article and its saves, a problem clicked shows
its block, Open in Editor and Show in File Manager, the library's "⚠ Problems" filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl

import spacereader.ui.workbench as workbench_module
from spacereader.ui.library_model import PATH_ROLE
from tests.helpers import write
from tests.ui.conftest import click_link, open_window

CLEAN = "---\ntitle: Clean\nsummary: S\nlang: en\ndate: 2021-01-01\n---\n## Launch\n\nAll good.\n"
FILLER = "\n\n".join(f"Paragraph {n} of the long article, words to scroll past." for n in range(120))
FLAWED = ("---\ntitle: Flawed\nsummary: S\nlang: en\ndate: 2020-01-01\n---\n## Start\n\n" + FILLER +
          "\n\n## End\n\nThe last words, with [a jump](#nowhere) in them.\n")


@pytest.fixture
def library_dir(tmp_path) -> Path:
    write(tmp_path / "clean.md", CLEAN)
    write(tmp_path / "flawed.md", FLAWED)
    write(tmp_path / "broken.md", "---\ntitle: 'open\n---\n")
    return tmp_path


def rows(window) -> list[tuple[str, str, str]]:
    panel = window.workbench.panel.list
    return [(panel.topLevelItem(i).text(0), panel.topLevelItem(i).text(1), panel.topLevelItem(i).text(2))
            for i in range(panel.topLevelItemCount())]


def flawed_line() -> int:
    return FLAWED.split("\n").index("The last words, with [a jump](#nowhere) in them.") + 1


def test_the_panel_stays_closed_on_a_clean_article_and_opens_itself_on_problems(window, library_dir):
    window.show_article(library_dir / "clean.md")
    window.wait_for_page()
    assert not window.workbench.panel.isVisible()
    window.show_article(library_dir / "flawed.md")
    window.wait_for_page()
    assert window.workbench.panel.isVisible()
    assert rows(window) == [(str(flawed_line()), "warning", "anchor-missing")]


def test_the_panel_follows_a_save_of_the_open_article(qtbot, window, library_dir):
    window.show_article(library_dir / "flawed.md")
    window.wait_for_page()
    path = library_dir / "flawed.md"
    path.write_text(FLAWED.replace("(#nowhere)", "(#end)").replace("## Start", "#### Start"), encoding="utf-8")
    qtbot.waitUntil(lambda: [rule for *_, rule in rows(window)] == ["heading-skip"], timeout=5000)
    window.workbench.panel.close()  # the author has seen enough: saving again does not bring it back
    path.write_text(FLAWED.replace("## Start", "#### Start"), encoding="utf-8")
    qtbot.waitUntil(lambda: len(rows(window)) == 2, timeout=5000)
    assert not window.workbench.panel.isVisible()


def test_a_broken_front_matter_is_listed_at_its_line(window, library_dir):
    window.show_article(library_dir / "broken.md")
    window.wait_for_page()
    assert rows(window) == [("2", "error", "front-matter-quote")]


def test_clicking_a_problem_scrolls_the_preview_to_its_block(qtbot, window, library_dir):
    window.show_article(library_dir / "flawed.md")
    window.wait_for_page()
    window.reader.scroll_to_fraction(0.0)
    panel = window.workbench.panel.list
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(panel.topLevelItem(0)).center())
    assert window.reader.verticalScrollBar().value() > 0
    assert window.reader.textCursor().selectedText().startswith("The last words")
    assert window.reader.text_in_view() != ""


def test_open_in_editor_starts_the_editor_at_the_problem_chosen(window, library_dir, monkeypatch):
    started = []
    monkeypatch.setattr(workbench_module.subprocess, "Popen", lambda command, **_: started.append(command))
    monkeypatch.setenv("VISUAL", "gedit")
    window.show_article(library_dir / "flawed.md")
    window.wait_for_page()
    window.workbench.show_problem(window.workbench.panel.problems[0])
    window.commands.open_in_editor.trigger()
    assert started == [["gedit", f"+{flawed_line()}", str(library_dir / "flawed.md")]]


def test_open_in_editor_at_the_block_in_view(window, library_dir, monkeypatch):
    started = []
    monkeypatch.setattr(workbench_module.subprocess, "Popen", lambda command, **_: started.append(command))
    monkeypatch.setenv("VISUAL", "kate")
    window.show_article(library_dir / "flawed.md")
    window.wait_for_page()
    reader = window.reader
    block = reader.document().find("Paragraph 60 of the long article").block()
    reader.verticalScrollBar().setValue(int(reader.document().documentLayout().blockBoundingRect(block).top()))
    window.commands.open_in_editor.trigger()
    line = FLAWED.split("\n").index("Paragraph 60 of the long article, words to scroll past.") + 1
    assert started == [["kate", "-l", str(line), str(library_dir / "flawed.md")]]


def test_without_an_editor_the_system_opens_the_file_and_the_folder(window, library_dir, monkeypatch, opened_urls):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    window.show_article(library_dir / "clean.md")
    window.wait_for_page()
    window.commands.open_in_editor.trigger()
    window.commands.show_in_folder.trigger()
    assert opened_urls == [QUrl.fromLocalFile(str(library_dir / "clean.md")).toString(),
                           QUrl.fromLocalFile(str(library_dir)).toString()]


def test_the_library_keeps_only_the_articles_with_problems(qtbot, tmp_path):
    write(tmp_path / "clean.md", CLEAN)
    write(tmp_path / "broken.md", "---\ntitle: 'open\n---\n")
    window = open_window(qtbot, tmp_path)
    window.articles.problems_only.click()
    window.wait_for_page()
    model = window.articles.model
    assert [Path(model.index(r, 0).data(PATH_ROLE)).name for r in range(model.rowCount())] == ["broken.md"]


def test_a_link_to_a_missing_file_says_so_on_hover_and_on_click(qtbot, tmp_path, opened_urls):
    write(tmp_path / "a.md", "---\ntitle: A\nsummary: S\n---\nRead [the next part](part-2.md) later.\n")
    window = open_window(qtbot, tmp_path)
    reader = window.reader
    cursor = reader.document().find("next part")
    cursor.setPosition(cursor.selectionStart() + 4)

    moves = iter(range(1000))

    def hovered() -> bool:  # the pointer moved onto the link as the page is now laid out (it settles as it shows)
        qtbot.mouseMove(reader.viewport(), reader.cursorRect(cursor).center() + QPoint(next(moves) % 3, 0))
        return "Missing file: part-2.md" in window.status.currentMessage()

    qtbot.waitUntil(hovered, timeout=3000)
    click_link(qtbot, window, "next part")
    assert "no file part-2.md" in window.status.currentMessage()
    assert opened_urls == [] and window.navigation.current_article() == tmp_path / "a.md"


def test_the_status_bar_has_the_writing_statistics_of_the_article(window, library_dir):
    window.show_article(library_dir / "clean.md")
    window.wait_for_page()
    label = window.status.stats_label.text()
    assert label.startswith("Words 3 · Headings 1 · Links 0 · Reading ease ")
    window.show_profile("thomas-pesquet")
    window.wait_for_page()
    assert window.status.stats_label.text() == ""


def test_a_problem_under_a_later_heading_is_shown_there_not_where_its_words_first_come(qtbot, tmp_path):
    body = f"## One\n\nThe same words.\n\n{FILLER}\n\n## Two\n\nThe same words. ![](https://a.org/x.png)\n"
    write(tmp_path / "repeat.md", f"---\ntitle: Repeat\nsummary: S\n---\n{body}")
    window = open_window(qtbot, tmp_path)
    [problem] = window.workbench.panel.problems
    window.workbench.show_problem(problem)
    cursor = window.reader.textCursor()
    assert cursor.selectedText() == "The same words."
    assert cursor.position() > window.reader.document().find("Two").position()

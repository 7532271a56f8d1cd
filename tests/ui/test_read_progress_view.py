"""How far the reader got, as the window shows it: unread titles in bold, a thin bar for one in progress, finished
by reading to the end or by hand, a filter by it, the time left above the article; all of it there again after a
restart, and none of it in the article files."""

from pathlib import Path

import pytest
from PySide6.QtGui import QFont

from spacereader.core.progress import ReadStatus
from spacereader.core.settings import load_settings
from spacereader.ui.library_model import PROGRESS_ROLE, TITLE
from spacereader.ui.title_delegate import title_font
from tests.helpers import write
from tests.ui.conftest import open_window
from tests.ui.test_reading_state_view import laid_out

PARAGRAPHS = "\n\n".join(f"Paragraph {n}. " + "The station turned slowly above the clouds. " * 8 for n in range(60))


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    write(root / "long.md", f"---\ntitle: Long\ndate: 2023-01-02\n---\n{PARAGRAPHS}\n")
    write(root / "other.md", f"---\ntitle: Other\ndate: 2022-01-02\n---\n{PARAGRAPHS}\n")
    write(root / "empty.md", "---\ntitle: Empty\ndate: 2021-01-02\n---\n")
    return root


@pytest.fixture
def persist() -> bool:
    return True


def progress_of(window, title: str):
    window.wait_for_page()
    model = window.articles.model
    row = next(r for r in range(model.rowCount()) if model.index(r, TITLE).data() == title)
    return model.index(row, TITLE).data(PROGRESS_ROLE)


def read_to(qtbot, window, name: str, fraction: float) -> None:
    """Open the article, scroll there as a reader would, and move on (which is when the place is kept)."""
    window.show_article(window.library.root / name)
    window.wait_for_page()
    qtbot.waitUntil(lambda: laid_out(window))
    bar = window.reader.verticalScrollBar()
    bar.setValue(round(bar.maximum() * fraction))
    window.navigation.remember_position()


def test_reading_to_the_end_finishes_an_article_and_halfway_leaves_it_in_progress(qtbot, window, library_dir):
    before = {p: p.read_bytes() for p in library_dir.glob("*.md")}
    assert progress_of(window, "Other").status is ReadStatus.UNREAD
    read_to(qtbot, window, "long.md", 1.0)
    read_to(qtbot, window, "other.md", 0.4)
    assert progress_of(window, "Long").status is ReadStatus.FINISHED
    other = progress_of(window, "Other")
    assert other.status is ReadStatus.IN_PROGRESS and 40 <= other.percent < 60
    assert {p: p.read_bytes() for p in library_dir.glob("*.md")} == before  # never in the articles themselves


def test_progress_and_marks_survive_a_restart_of_the_window(qtbot, window, library_dir):
    read_to(qtbot, window, "long.md", 0.5)
    seen = progress_of(window, "Long").percent
    window.show_article(library_dir / "other.md")
    window.wait_for_page()
    window.commands.mark_finished.trigger()
    window.close()
    again = open_window(qtbot, library_dir, settings=load_settings(), persist=True)
    assert progress_of(again, "Long").status is ReadStatus.IN_PROGRESS
    assert progress_of(again, "Long").percent == seen
    assert progress_of(again, "Other").status is ReadStatus.FINISHED
    assert progress_of(again, "Empty").status is ReadStatus.UNREAD


def test_marked_unread_by_hand_it_stays_unread_while_on_screen(qtbot, window):
    read_to(qtbot, window, "long.md", 1.0)
    window.show_article(window.library.root / "long.md")
    window.wait_for_page()
    window.commands.mark_unread.trigger()
    assert progress_of(window, "Long").status is ReadStatus.UNREAD
    window.navigation.remember_position()  # the reader is still on it: the mark stands
    assert progress_of(window, "Long").status is ReadStatus.UNREAD


def test_the_list_can_keep_only_the_unread_the_in_progress_or_the_finished(qtbot, window):
    read_to(qtbot, window, "long.md", 1.0)
    read_to(qtbot, window, "other.md", 0.3)
    combo = window.articles.read_filter
    titles = {}
    for status in ReadStatus:
        combo.setCurrentIndex(combo.findData(status))
        combo.activated.emit(combo.currentIndex())
        window.wait_for_page()
        model = window.articles.model
        titles[status] = [model.index(r, TITLE).data() for r in range(model.rowCount())]
    assert titles == {ReadStatus.UNREAD: ["Empty"], ReadStatus.IN_PROGRESS: ["Other"], ReadStatus.FINISHED: ["Long"]}


def test_the_header_says_the_time_left_at_the_readers_speed(qtbot, window):
    window.show_article(window.library.root / "long.md")
    window.wait_for_page()
    qtbot.waitUntil(lambda: laid_out(window))
    label = window.pane.time_left
    assert label.text().endswith("min left")
    slow = int(label.text().split("· ")[1].split()[0])
    window.progress.set_speed(window.settings.words_per_minute * 2)
    fast = int(label.text().split("· ")[1].split()[0])
    assert fast < slow
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert label.text() == "End of the article"
    window.show_article(window.library.root / "empty.md")
    window.wait_for_page()
    assert label.text().strip() == ""  # nothing to read, no time to say


def test_unread_titles_are_bold_and_read_ones_are_not(qtbot, window):
    read_to(qtbot, window, "other.md", 0.3)
    font = window.articles.table.font()
    weights = {title: title_font(font, progress_of(window, title)).weight() for title in ("Long", "Other")}
    assert weights["Long"] == QFont.Weight.DemiBold and weights["Other"] == font.weight()

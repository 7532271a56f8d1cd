"""Searching the library view: typing narrows the list while the indexer is still reading, the facet menus
combine with the search, and files that come, go or are renamed show in the list without reopening."""

import gc
import os
import sqlite3
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from spacereader.core.browse import fold
from spacereader.core.index import BATCH_SIZE
from spacereader.core.searchtext import HIT_END, HIT_START
from spacereader.ui.library_model import PATH_ROLE, SUMMARY_ROLE, TITLE
from spacereader.ui.main_window import MainWindow
from tests.helpers import many_articles, write
from tests.ui.conftest import open_window

RARE = "zéphyrine"
ARTICLES = 1500  # six batches
MATCHING = ARTICLES // 10


@pytest.fixture
def big_library(tmp_path) -> Path:
    root = tmp_path / "big"
    many_articles(root, ARTICLES, name=lambda n: f"part{n // 300}/note-{n:04d}.md",
                  front=lambda n: f"title: Note {n:04d}\nlang: {'fr' if n % 2 else 'en'}\ndate: 2020-01-{1 + n % 28:02d}",
                  body=lambda n: f"Orbit number {n} went well." + (f" Un vent de {RARE} souffle." if n % 10 == 0 else ""))
    return root


def listed(window: MainWindow) -> list[tuple[str, str]]:
    """(title, summary or snippet) of each listed row, as the title column draws them."""
    model = window.articles.model
    return [(model.index(row, TITLE).data(), model.index(row, TITLE).data(SUMMARY_ROLE) or "")
            for row in range(model.rowCount())]


def listed_titles(window: MainWindow) -> list[str]:
    return [title for title, _ in listed(window)]


def only_rare_rows(window: MainWindow, count: int) -> bool:
    rows = listed(window)
    return len(rows) == count and all("zephyrine" in fold(title + " " + text) for title, text in rows)


def test_typing_narrows_the_list_while_indexing_runs_and_it_fills_in_as_batches_come(qtbot, big_library, gated):
    window = open_window(qtbot, big_library, indexed=False)
    [indexer] = gated
    qtbot.waitUntil(lambda: len(window.library.articles) == BATCH_SIZE)  # the first batch, and the indexer waits
    assert window.indexer.isRunning()
    qtbot.keyClicks(window.articles.search_box, "zephyr")
    qtbot.waitUntil(lambda: only_rare_rows(window, BATCH_SIZE // 10))
    assert window.indexer.isRunning()
    snippet = listed(window)[0][1]
    assert f"{HIT_START}{RARE}{HIT_END}" in snippet  # the match is marked in the snippet shown under the title
    with qtbot.waitSignal(window.indexing_finished, timeout=20000):
        indexer.go_on.set()
    qtbot.waitUntil(lambda: only_rare_rows(window, MATCHING))  # the snippets are fetched once rows are drawn
    assert len(window.library.articles) == ARTICLES
    window.articles.search_box.clear()
    qtbot.waitUntil(lambda: len(listed(window)) == ARTICLES)
    assert all(HIT_START not in text for _, text in listed(window))  # no snippets once the search is cleared


def test_a_deleted_file_leaves_the_list_before_the_changed_ones_are_read_again(qtbot, tmp_path, gated):
    root = tmp_path / "library"
    many_articles(root, BATCH_SIZE + 50, name=lambda n: f"log-{n:03d}.md", front=lambda n: f"title: Log {n:03d}",
                  body=lambda n: f"Day {n}.")
    window = open_window(qtbot, root, indexed=False)
    gated[0].go_on.set()
    window.wait_for_indexing()
    for path in sorted(root.iterdir())[1:]:  # edited elsewhere (a sync, a checkout): two batches to read again
        status = path.stat()
        os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 2_000_000_000))
    (root / "log-000.md").unlink()
    qtbot.waitUntil(lambda: len(gated) == 2, timeout=5000)  # the folder watcher started the indexer again
    qtbot.waitUntil(lambda: "Log 000" not in listed_titles(window), timeout=5000)
    assert window.indexer.isRunning()  # still before its first batch
    with qtbot.waitSignal(window.indexing_finished, timeout=20000):
        gated[1].go_on.set()
    assert len(listed_titles(window)) == BATCH_SIZE + 49


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    write(root / "iss-en.md", "---\ntitle: Station life\nlang: en\ntags: [ISS]\ndate: 2021-01-01\n---\n"
                              "Life on the station.\n")
    write(root / "iss-fr.md", "---\ntitle: La vie à bord\nlang: fr\ntags: [ISS]\ndate: 2022-01-01\n---\n"
                              "La vie dans la station spatiale.\n")
    write(root / "moon-fr.md", "---\ntitle: La Lune\nlang: fr\ntags: [Lune]\ndate: 2019-01-01\n---\n"
                               "Rien sur l’orbite terrestre.\n")
    write(root / "deep/mars-en.md", "---\ntitle: Mars\nlang: en\ndate: 2020-01-01\n---\nRed dust.\n")
    return root


def choose(window: MainWindow, facet: str, value) -> None:
    """Pick a value in a facet menu, as a click in its popup does."""
    combo = window.articles.facets.combos[facet]
    row = combo.findData(value)
    assert row >= 0, f"{value!r} is not offered in the {facet} menu"
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    window.wait_for_page()


def test_the_menus_count_only_favourites_when_only_favourites_are_listed(qtbot, window, library_dir):
    window.show_article(library_dir / "moon-fr.md")
    window.wait_for_page()
    window.toggle_favourite()
    window.articles.favourites_only.setChecked(True)
    window.wait_for_page()
    assert listed_titles(window) == ["La Lune"]
    lang = window.articles.facets.combos["lang"]
    assert [lang.itemText(row) for row in range(lang.count())] == ["All languages", "FR  (1)"]


def test_ctrl_k_puts_the_cursor_in_the_search_box(qtbot, window):
    window.articles.table.setFocus()
    window.articles.search_box.setText("old query")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.articles.search_box.hasFocus()
    assert window.articles.search_box.selectedText() == "old query"  # typing replaces the last search


def test_a_facet_choice_combines_with_the_search_and_clearing_restores_everything(qtbot, window):
    qtbot.keyClicks(window.articles.search_box, "station")
    qtbot.waitUntil(lambda: sorted(listed_titles(window)) == ["La vie à bord", "Station life"])
    lang = window.articles.facets.combos["lang"]
    assert [lang.itemText(row) for row in range(lang.count())] == ["All languages", "EN  (1)", "FR  (1)"]
    choose(window, "lang", "fr")
    assert listed_titles(window) == ["La vie à bord"]
    window.articles.search_box.clear()
    qtbot.waitUntil(lambda: sorted(listed_titles(window)) == ["La Lune", "La vie à bord"])  # French, any text
    choose(window, "lang", None)
    assert len(listed_titles(window)) == 4


def test_a_tag_choice_counts_only_what_the_search_found(qtbot, window):
    qtbot.keyClicks(window.articles.search_box, "la")
    qtbot.waitUntil(lambda: sorted(listed_titles(window)) == ["La Lune", "La vie à bord"])
    tags = window.articles.facets.combos["tag"]
    assert sorted(tags.itemText(row) for row in range(1, tags.count())) == ["ISS  (1)", "Lune  (1)"]
    choose(window, "tag", "Lune")
    assert listed_titles(window) == ["La Lune"]


def test_a_file_added_to_the_library_is_listed_and_found(qtbot, window, library_dir):
    qtbot.keyClicks(window.articles.search_box, "comet")
    qtbot.waitUntil(lambda: listed_titles(window) == [])
    write(library_dir / "new" / "comet.md", "---\ntitle: A comet\n---\nA comet passed by.\n")
    qtbot.waitUntil(lambda: listed_titles(window) == ["A comet"], timeout=5000)
    window.articles.search_box.clear()
    qtbot.waitUntil(lambda: len(listed_titles(window)) == 5)


def test_a_file_rewritten_in_place_while_another_is_read_is_listed_anew(qtbot, window, library_dir):
    window.show_article(library_dir / "iss-en.md")
    window.wait_for_page()
    path = library_dir / "moon-fr.md"
    with path.open("r+", encoding="utf-8") as same_file:  # no rename: the folder itself does not change
        same_file.write(path.read_text(encoding="utf-8").replace("title: La Lune", "title: La Lune rousse"))
    qtbot.waitUntil(lambda: "La Lune rousse" in listed_titles(window), timeout=5000)


def test_a_removed_file_leaves_the_list(qtbot, window, library_dir):
    (library_dir / "deep" / "mars-en.md").unlink()
    qtbot.waitUntil(lambda: "Mars" not in listed_titles(window), timeout=5000)
    assert len(listed_titles(window)) == 3


def test_a_renamed_file_is_listed_under_its_new_name(qtbot, window, library_dir):
    old, new = library_dir / "moon-fr.md", library_dir / "deep" / "lune.md"
    os.replace(old, new)  # as editors that save by renaming do, here into another folder

    def rows() -> list[tuple[str, str]]:
        model = window.articles.model
        return [(model.index(row, TITLE).data(), model.index(row, TITLE).data(PATH_ROLE))
                for row in range(model.rowCount())]

    qtbot.waitUntil(lambda: ("La Lune", str(new)) in rows(), timeout=5000)
    assert str(old) not in {path for _, path in rows()} and len(rows()) == 4
    qtbot.keyClicks(window.articles.search_box, "orbite")
    qtbot.waitUntil(lambda: rows() == [("La Lune", str(new))])


def test_a_search_that_finds_the_index_damaged_fills_it_again(qtbot, window):
    searcher = window.articles.searcher

    def damage() -> None:  # on the search worker's thread, whose connection it is
        searcher.index.db.close()
        searcher.index.location.write_bytes(b"not a database at all " * 2000)  # damaged under the open window
        searcher.index.db = sqlite3.connect(searcher.index.location)

    searcher.jobs.submit(damage, lambda _: None)
    qtbot.keyClicks(window.articles.search_box, "dust")
    qtbot.waitUntil(lambda: listed_titles(window) == ["Mars"], timeout=5000)
    assert searcher.index.resets == 1


def test_waiting_for_the_index_means_every_batch_is_listed(qtbot, big_library):
    window = open_window(qtbot, big_library, indexed=False)
    window.session.keeper.indexer.wait()  # the thread is done, its batches still on their way to the window
    window.wait_for_indexing()
    assert len(window.library.articles) == ARTICLES and window.articles.model.rowCount() == ARTICLES


def test_a_column_sort_chosen_while_searching_stays_when_files_arrive(qtbot, window, library_dir):
    qtbot.keyClicks(window.articles.search_box, "station")
    qtbot.waitUntil(lambda: len(listed_titles(window)) == 2)
    window.articles.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    write(library_dir / "zz.md", "---\ntitle: A station at dawn\ndate: 2023-01-01\n---\nThe station wakes.\n")
    qtbot.waitUntil(lambda: len(listed_titles(window)) == 3, timeout=5000)
    assert listed_titles(window) == sorted(listed_titles(window), key=fold)


def test_the_library_left_behind_is_freed(qtbot, window, tmp_path):
    left = weakref.ref(window.library)
    other = write(tmp_path / "other" / "one.md", "---\ntitle: One\n---\nText.\n").parent
    window.open_library(other)
    window.wait_for_indexing()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # Qt deletes finished indexers here
    gc.collect()
    assert left() is None  # at 100,000 articles a library is 300 MB

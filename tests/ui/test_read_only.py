"""SpaceReader never writes to a library: a whole session of opening, searching, filtering, reading, following
astronauts, favouring, exporting, restyling and re-reading leaves every file and folder of the library exactly as it
was (bytes, modification time, identity), and adds or removes nothing there. The comparison is itself tested: a
change of any of those kinds, however quiet, is seen."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from spacereader.core.reading import ReadingState, reading_state_path
from spacereader.core.settings import Settings
from spacereader.paths import bundled_library, bundled_profiles_dir
from spacereader.ui.library_model import PATH_ROLE, TITLE
from spacereader.ui.main_window import MainWindow
from tests.helpers import write

Snapshot = dict[str, tuple]
KEPT = ("bytes", "modification time", "change time", "identity")  # what a snapshot keeps of each entry, in order


def snapshot(root: Path) -> Snapshot:
    """Every file and folder under root (root included): its bytes (files only), when its content last changed, when
    anything about it last changed, and which file it is (a file replaced by a copy is another file)."""
    entries = {}
    for path in [root, *sorted(root.rglob("*"))]:
        status = path.lstat()
        content = path.read_bytes() if path.is_file() and not path.is_symlink() else None
        entries[path.relative_to(root).as_posix()] = (content, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)
    return entries


def changes(before: Snapshot, after: Snapshot) -> list[str]:
    """What differs between two snapshots, one line each: empty when nothing does."""
    found = [f"added {name}" for name in sorted(after.keys() - before.keys())]
    found += [f"removed {name}" for name in sorted(before.keys() - after.keys())]
    for name in sorted(before.keys() & after.keys()):
        for what, old, new in zip(KEPT, before[name], after[name], strict=True):
            if old != new:
                found.append(f"{name}: {what} changed")
    return found


# the comparison sees every kind of write

def test_the_comparison_sees_any_write(tmp_path):
    root = tmp_path / "library"
    article = write(root / "a.md", "---\ntitle: A\n---\nText\n")
    write(root / "sub" / "b.md", "---\ntitle: B\n---\nText\n")
    before = snapshot(root)
    assert changes(before, snapshot(root)) == []

    article.write_bytes(article.read_bytes())  # the same bytes written again
    assert "a.md: modification time changed" in changes(before, snapshot(root))

    before = snapshot(root)
    stamp = article.stat()
    article.write_bytes(b"---\ntitle: Z\n---\nText\n")  # other bytes, the time put back as it was
    os.utime(article, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert "a.md: bytes changed" in changes(before, snapshot(root))

    before = snapshot(root)
    copy = root / "sub" / "b.md.tmp"  # replaced by a copy: same bytes, same time, another file
    shutil.copy2(root / "sub" / "b.md", copy)
    copy.replace(root / "sub" / "b.md")
    assert "sub/b.md: identity changed" in changes(before, snapshot(root))

    before = snapshot(root)
    (root / "sub" / "scratch").write_text("x", encoding="utf-8")  # a file that comes and goes leaves its folder changed
    (root / "sub" / "scratch").unlink()
    assert "sub: modification time changed" in changes(before, snapshot(root))

    before = snapshot(root)
    (root / "new.html").write_text("x", encoding="utf-8")
    (root / "a.md").unlink()
    assert {"added new.html", "removed a.md"} <= set(changes(before, snapshot(root)))


# a whole session

@pytest.fixture
def library(tmp_path) -> Path:
    """The bundled library, plus a profile of its own and articles that are awkward to read."""
    root = tmp_path / "library"
    shutil.copytree(bundled_library(), root)
    write(root / "astronauts" / "jane-orbit.yaml", "id: jane-orbit\nname: Jane Orbit\nagency: ESA\n"
                                                   "summary: A test astronaut.\n")
    write(root / "odd" / "broken.md", "---\ntitle: [unclosed\n---\nJane Orbit waved.\n")
    (root / "odd" / "crlf.md").write_bytes(b"---\r\ntitle: Windows line ends\r\nlang: en\r\n---\r\n"
                                           b"Thomas Pesquet, line one.\r\n\r\nLine two.\r\n")
    (root / "odd" / "cp1252.md").write_bytes("---\ntitle: Été à bord\nlang: fr\n---\nCafé, crème — déjà vu.\n"
                                             .encode("cp1252"))
    (root / "odd" / "bom.markdown").write_bytes("\ufeff---\ntitle: With a BOM\n---\n![pic](pic.png) Jane Orbit.\n"
                                                .encode("utf-8"))
    (root / "odd" / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    (root / "odd" / "empty.md").write_bytes(b"")
    write(root / "notes.txt", "Not an article.\n")
    return root


def run_session(qtbot, window: MainWindow, root: Path, exports: Path) -> None:
    window.open_library(root)
    window.wait_for_indexing()
    window.show()
    qtbot.waitExposed(window)
    found = search(qtbot, window, ["Pesquet", "station", "été", "ISS orbite", "zzz-nothing", '"Space Oddity"', ""])
    assert found["Pesquet"] and found["été"] and not found["zzz-nothing"], found
    pick_every_facet(window)
    read_every_article(qtbot, window, article_files(root))
    for profile_id in sorted(window.library.book.profiles):
        window.show_profile(profile_id)
        window.wait_for_page()
        assert window.windowTitle().startswith(window.library.book.profiles[profile_id].name)
    favour_and_export(qtbot, window, root, exports)
    restyle_and_reload(qtbot, window)
    window.close()


def search(qtbot, window: MainWindow, queries: list[str]) -> dict[str, int]:
    """Each query typed in the search box, the best match read; returns how many articles each found."""
    panel, found = window.articles, {}
    for query in queries:
        panel.search_box.clear()
        if query.isascii():
            qtbot.keyClicks(panel.search_box, query)
        else:
            panel.search_box.insert(query)  # pasted: QTest cannot type a lower-case é
        qtbot.waitUntil(lambda: not panel.search_timer.isActive())
        window.wait_for_page()
        found[query] = panel.model.rowCount()
        if found[query]:
            panel.table.setCurrentIndex(panel.model.index(0, TITLE))  # and read the best match
    return found


def pick_every_facet(window: MainWindow) -> None:
    for combo in window.articles.facets.combos.values():
        assert combo.count() > 2, "a facet menu with nothing to choose"
        for choice in range(combo.count()):
            combo.setCurrentIndex(choice)
            combo.activated.emit(choice)  # as a click on the menu does
            window.wait_for_page()
        combo.setCurrentIndex(0)
        combo.activated.emit(0)
        window.wait_for_page()


def article_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.suffix in (".md", ".markdown")]


def read_every_article(qtbot, window: MainWindow, files: list[Path]) -> None:
    model = window.articles.model
    assert model.rowCount() == len(files)
    for row in range(model.rowCount()):
        window.articles.table.setCurrentIndex(model.index(row, TITLE))
        window.wait_for_page()
        assert window.reader.toPlainText(), f"row {row} showed nothing"
        bar = window.reader.verticalScrollBar()
        bar.setValue(bar.maximum())  # read to the end
    window.go_back()
    window.wait_for_page()
    window.go_forward()
    window.wait_for_page()


def favour_and_export(qtbot, window: MainWindow, root: Path, exports: Path) -> None:
    paths = [Path(window.articles.model.index(r, TITLE).data(PATH_ROLE)) for r in range(window.articles.model.rowCount())]
    for number, path in enumerate(paths):
        window.show_article(path)
        window.wait_for_page()
        window.commands.favourite.trigger()
        if number % 2:
            qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # and unfavoured again
        window.paper.export_html(path, exports / f"{number}.html")
        window.wait_for_page()
        assert window.statusBar().currentMessage().startswith("Exported"), window.statusBar().currentMessage()
    window.articles.favourites_only.click()
    window.wait_for_page()
    window.articles.favourites_only.click()
    window.wait_for_page()
    for target in (paths[0], paths[1], root / "odd" / "new.md", root / "new.markdown"):
        window.paper.export_html(paths[0], target)  # onto an article, or a new one: refused
        window.wait_for_page()
        assert "never writes to articles" in window.statusBar().currentMessage()


def restyle_and_reload(qtbot, window: MainWindow) -> None:
    window.set_theme("dark")
    window.zoom(+2)
    window.zoom(None)
    window.set_theme("light")
    keeper = window.session.keeper
    with qtbot.waitSignal(window.navigation.page_shown):  # as if the article's author had saved it: read again
        keeper._file_changed(str(window.navigation.shown.article.path))
    with qtbot.waitSignal(window.indexing_finished):  # as if a file had come or gone: the library indexed again
        window.session.keeper.settle.start()


def test_a_whole_session_leaves_every_library_file_untouched(qtbot, library, tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    before, profiles_before = snapshot(library), snapshot(bundled_profiles_dir())
    window = MainWindow(Settings(), persist=True)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    run_session(qtbot, window, library, exports)
    assert changes(before, snapshot(library)) == []
    assert changes(profiles_before, snapshot(bundled_profiles_dir())) == []
    articles = len(article_files(library))
    assert len(list(exports.glob("*.html"))) == articles  # the session did write, where it was asked to
    assert len(ReadingState(reading_state_path()).favourites()) == (articles + 1) // 2  # and kept its own state, elsewhere

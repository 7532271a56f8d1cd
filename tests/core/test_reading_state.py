"""What the reader did with each article (favourites, where they stopped) is kept across sessions, survives a damaged
or busy file and a state folder that cannot be written; exporting writes a page and never over an article."""

import sqlite3
import sys
from pathlib import Path

import pytest

import spacereader.core.reading as reading
from spacereader.core.export import ExportRefused, export_article
from spacereader.core.library import load_library
from spacereader.core.reading import ReadingState, reading_state_path
from tests.helpers import write

A, B, C = Path("/library/a.md"), Path("/library/sub/b.md"), Path("/library/c.markdown")


@pytest.fixture
def state_file(tmp_path) -> Path:
    return tmp_path / "state" / "reading.sqlite"


# favourites and positions

def test_favourites_are_set_unset_and_listed(state_file):
    state = ReadingState(state_file)
    assert state.favourites() == set() and not state.is_favourite(A)
    state.set_favourite(A, True)
    state.set_favourite(B, True)
    state.set_favourite(B, True)  # twice is still once
    assert state.favourites() == {A, B}
    assert state.is_favourite(A) and not state.is_favourite(C)
    state.set_favourite(A, False)
    state.set_favourite(C, False)  # unsetting what was never set is harmless
    assert state.favourites() == {B}


def test_a_favourite_and_a_position_of_the_same_article_do_not_undo_each_other(state_file):
    state = ReadingState(state_file)
    state.set_favourite(A, True)
    state.set_position(A, 0.4)
    state.set_favourite(A, False)
    assert state.position(A) == pytest.approx(0.4)
    state.set_favourite(A, True)
    state.set_position(A, 0.7)
    assert state.is_favourite(A) and state.position(A) == pytest.approx(0.7)


@pytest.mark.parametrize("given, kept", [(0.25, 0.25), (1.0, 1.0), (1.7, 1.0), (-0.3, 0.0), (float("inf"), 1.0)])
def test_a_position_is_between_the_top_and_the_end(state_file, given, kept):
    state = ReadingState(state_file)
    assert state.position(A) == 0.0  # never read: from the top
    state.set_position(A, given)
    assert state.position(A) == pytest.approx(kept)


def test_favourites_and_positions_are_there_after_reopening(state_file):
    state = ReadingState(state_file)
    state.set_favourite(A, True)
    state.set_favourite(C, True)
    state.set_favourite(C, False)
    state.set_position(B, 0.6)
    state.close()
    again = ReadingState(state_file)
    assert again.favourites() == {A}
    assert again.position(B) == pytest.approx(0.6) and again.position(A) == 0.0


def test_the_state_lives_in_the_isolated_state_folder_and_in_memory_leaves_no_file(isolated_user_dirs):
    assert reading_state_path().is_relative_to(isolated_user_dirs)  # tests never touch the user's own state
    memory = ReadingState(None)
    memory.set_favourite(A, True)
    assert memory.favourites() == {A}
    assert not reading_state_path().exists()
    assert ReadingState(None).favourites() == set()  # nothing shared between two in-memory states


# damaged, busy, unwritable

def test_a_damaged_file_is_kept_as_bak_and_a_fresh_store_opens(state_file):
    garbage = bytes(range(256)) * 40
    write(state_file, "")
    state_file.write_bytes(garbage)
    state = ReadingState(state_file)
    assert state.favourites() == set()
    state.set_favourite(A, True)
    assert state_file.with_suffix(".sqlite.bak").read_bytes() == garbage  # for the user to look at
    state.close()
    assert ReadingState(state_file).favourites() == {A}  # the new store is a real one


def test_a_store_damaged_inside_is_kept_as_bak_too(state_file):
    state = ReadingState(state_file)
    for n in range(300):
        state.set_favourite(Path(f"/library/{n}.md"), True)
    state.close()
    data = bytearray(state_file.read_bytes())
    data[4096:len(data)] = b"\xff" * (len(data) - 4096)  # every page but the first overwritten
    state_file.write_bytes(bytes(data))
    state = ReadingState(state_file)
    state.set_favourite(A, True)
    assert state.favourites() == {A}
    assert state_file.with_suffix(".sqlite.bak").exists()


def test_a_file_where_the_state_folder_should_be_keeps_the_state_in_memory(tmp_path):
    write(tmp_path / "state", "not a folder")
    state = ReadingState(tmp_path / "state" / "reading.sqlite")
    state.set_favourite(A, True)
    state.set_position(A, 0.5)
    assert state.favourites() == {A} and state.position(A) == 0.5  # the session works, it just forgets on quit
    assert (tmp_path / "state").read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="/proc is a folder even root cannot write in (Linux)")
def test_a_state_folder_that_cannot_be_written_keeps_the_state_in_memory():
    state = ReadingState(Path("/proc/reading.sqlite"))
    state.set_favourite(A, True)
    assert state.favourites() == {A}


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(sys, "getuid") or sys.getuid() == 0,
                    reason="root (or Windows) can write in a read-only folder")
def test_a_read_only_state_folder_keeps_the_state_in_memory(tmp_path):
    folder = tmp_path / "state"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        state = ReadingState(folder / "reading.sqlite")
        state.set_favourite(A, True)
        assert state.favourites() == {A}
    finally:
        folder.chmod(0o700)


def test_a_store_busy_in_another_app_is_not_taken_for_damage(state_file, monkeypatch):
    state = ReadingState(state_file)
    state.set_favourite(A, True)
    state.close()
    other = sqlite3.connect(str(state_file), isolation_level=None)  # another SpaceReader, holding on to the file
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(reading, "BUSY_TIMEOUT_S", 0.05)
    busy = ReadingState(state_file)
    busy.set_favourite(B, True)  # the session still works
    assert B in busy.favourites()
    other.rollback()
    other.close()
    assert not state_file.with_suffix(".sqlite.bak").exists()
    assert ReadingState(state_file).favourites() == {A}


# export

@pytest.fixture
def library_dir(tmp_path) -> Path:
    write(tmp_path / "lib" / "station.md", "---\ntitle: Life on the <Station>\nlang: en\n---\n"
                                           "Chris Hadfield played the guitar.\n")
    write(tmp_path / "lib" / "other.md", "---\ntitle: Another one\n---\nText\n")
    return tmp_path / "lib"


def test_export_writes_a_standalone_page_with_the_title_and_body(library_dir, tmp_path):
    library = load_library(library_dir)
    article = library.article(library_dir / "station.md")
    out = tmp_path / "out" / "station.html"
    out.parent.mkdir()
    export_article(library, article, out)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Life on the &lt;Station&gt;</title>" in page
    assert "played the guitar" in page
    assert "http" not in page.replace("http-equiv", "")  # nothing for a browser to fetch


@pytest.mark.parametrize("name", ["x.md", "x.markdown", "X.MD", "station.md"])
def test_export_refuses_an_article_name(library_dir, tmp_path, name):
    library = load_library(library_dir)
    article = library.article(library_dir / "station.md")
    before = sorted(p.name for p in library_dir.iterdir())
    with pytest.raises(ExportRefused, match="never writes to articles"):
        export_article(library, article, library_dir / name)
    assert sorted(p.name for p in library_dir.iterdir()) == before  # nothing created


def test_export_refuses_the_article_itself_and_leaves_its_bytes(library_dir):
    library = load_library(library_dir)
    path = library_dir / "station.md"
    before = path.read_bytes()
    with pytest.raises(ExportRefused):
        export_article(library, library.article(path), path)
    assert path.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_export_refuses_a_link_that_leads_to_an_article(library_dir, tmp_path):
    library = load_library(library_dir)
    other = library_dir / "other.md"
    before = other.read_bytes()
    for target in (other, library_dir / "station.md"):
        link = tmp_path / f"to-{target.stem}.html"
        link.symlink_to(target)
        with pytest.raises(ExportRefused):
            export_article(library, library.article(library_dir / "station.md"), link)
    assert other.read_bytes() == before


def test_export_over_an_earlier_export_replaces_it(library_dir, tmp_path):
    library = load_library(library_dir)
    out = tmp_path / "page.html"
    out.write_text("old", encoding="utf-8")
    export_article(library, library.article(library_dir / "other.md"), out)
    assert "Another one" in out.read_text(encoding="utf-8")

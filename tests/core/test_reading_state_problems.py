"""When the reading state cannot be kept as it should, the app goes on and the log says what happened and to which
file (errors are seen); and where it keeps the state is where the next version will look for it."""

import logging
import os
import sqlite3
from pathlib import Path

import spacereader.core.reading as reading
from spacereader import paths
from spacereader.core.reading import ReadingState, reading_state_path
from tests.helpers import write

A = Path("/library/a.md")


def warnings(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]


def test_the_state_file_keeps_its_name_so_an_update_finds_it(isolated_user_dirs):
    assert reading_state_path() == paths.state_dir() / "reading.sqlite"


def test_a_first_start_makes_the_missing_folders(tmp_path):
    location = tmp_path / "home" / "state" / "spacereader" / "reading.sqlite"
    state = ReadingState(location)
    state.set_favourite(A, True)
    state.close()
    assert location.is_file() and ReadingState(location).favourites() == {A}


def test_a_damaged_file_is_logged_and_its_stale_journal_removed(tmp_path, caplog):
    location = tmp_path / "reading.sqlite"
    location.write_bytes(b"not a database " * 300)
    for suffix in ("-wal", "-shm"):
        Path(f"{location}{suffix}").write_bytes(b"left from the damaged one " * 40)
    state = ReadingState(location)
    state.set_favourite(A, True)
    assert state.favourites() == {A}
    assert f"reading state {location} was damaged; kept as .bak, started a new one" in warnings(caplog)
    assert Path(f"{location}-wal").read_bytes() != b"left from the damaged one " * 40


def test_state_kept_in_memory_says_why_and_leaves_no_file_anywhere(tmp_path, caplog, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "state", "a file where the folder should be")
    location = tmp_path / "state" / "reading.sqlite"
    state = ReadingState(location)
    state.set_favourite(A, True)
    assert state.favourites() == {A}
    [said] = warnings(caplog)
    assert said.startswith(f"reading state cannot be kept in {location} (") and said.endswith("); kept in memory")
    assert "Not a directory" in said or "exists" in said  # the reason, from the system
    assert sorted(os.listdir(tmp_path)) == ["state"]


def test_a_change_that_cannot_be_saved_is_logged_and_reading_goes_on(tmp_path, caplog):
    state = ReadingState(tmp_path / "reading.sqlite")
    state.db.close()  # as if the file went away under the app
    state.set_favourite(A, True)
    assert state.favourites() == set() and state.position(A) == 0.0
    said = warnings(caplog)
    assert said[0].startswith("reading state not saved: ") and "closed database" in said[0]
    assert said[1].startswith("reading state: ") and "closed database" in said[1]


def test_a_busy_store_says_so_in_the_log(tmp_path, caplog, monkeypatch):
    location = tmp_path / "reading.sqlite"
    ReadingState(location).close()
    other = sqlite3.connect(str(location), isolation_level=None)  # another SpaceReader, holding on to the file
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(reading, "BUSY_TIMEOUT_S", 0.05)
    try:
        ReadingState(location).set_favourite(A, True)
    finally:
        other.rollback()
        other.close()
    assert f"reading state cannot be kept in {location} (database is locked); kept in memory" in warnings(caplog)

"""How far the reader got in each article: unread, in progress with a percentage, finished by reading to the end or
by hand; kept in the reading state across sessions (never in the article), and the time left at their speed."""

import sqlite3
from pathlib import Path

from spacereader.core.progress import UNREAD, Progress, ReadStatus, minutes_left, time_left
from spacereader.core.reading import ReadingState

A, B = Path("/library/a.md"), Path("/library/b.md")


def test_an_article_never_opened_is_unread(tmp_path):
    state = ReadingState(tmp_path / "reading.sqlite")
    assert state.progress(A) == UNREAD and state.progress(A).status is ReadStatus.UNREAD
    assert state.progresses() == {}


def test_reading_keeps_the_furthest_part_seen_and_the_end_finishes_it(tmp_path):
    state = ReadingState(tmp_path / "reading.sqlite")
    state.record_reading(A, 0.3, 0.4)
    assert state.progress(A).status is ReadStatus.IN_PROGRESS and state.progress(A).percent == 40
    state.record_reading(A, 0.1, 0.2)  # scrolled back up: what was seen stays seen
    assert state.progress(A).percent == 40 and state.position(A) == 0.1
    state.record_reading(A, 0.97, 1.0)
    assert state.progress(A).status is ReadStatus.FINISHED
    state.record_reading(A, 0.0, 0.1)  # read again from the top: still finished
    assert state.progress(A).status is ReadStatus.FINISHED


def test_progress_and_marks_survive_a_new_session(tmp_path):
    state = ReadingState(tmp_path / "reading.sqlite")
    state.record_reading(A, 0.5, 0.6)
    state.set_progress(B, Progress(1.0, finished=True))
    state.close()
    again = ReadingState(tmp_path / "reading.sqlite")
    assert again.progresses() == {A: Progress(0.6, False), B: Progress(1.0, True)}
    assert again.position(A) == 0.5


def test_marked_unread_by_hand_it_starts_again_from_the_top(tmp_path):
    state = ReadingState(tmp_path / "reading.sqlite")
    state.set_favourite(A, True)
    state.record_reading(A, 0.9, 1.0)
    state.set_progress(A, UNREAD)
    assert state.progress(A) == UNREAD and state.position(A) == 0.0
    assert state.is_favourite(A)  # a mark is not a favourite's business


def test_a_state_from_before_progress_existed_is_migrated_and_what_was_read_is_in_progress(tmp_path):
    old = tmp_path / "reading.sqlite"
    db = sqlite3.connect(old)
    db.execute("CREATE TABLE articles(path TEXT PRIMARY KEY, favourite INTEGER NOT NULL DEFAULT 0,"
               " position REAL NOT NULL DEFAULT 0)")
    db.execute("INSERT INTO articles VALUES (?, 1, 0.0), (?, 0, 0.5)", (str(A), str(B)))
    db.commit()
    db.close()
    state = ReadingState(old)
    assert state.favourites() == {A} and state.position(B) == 0.5
    assert state.progress(A) == UNREAD and state.progress(B) == Progress(0.5, False)


def test_time_left_at_the_readers_speed():
    assert minutes_left(1000, 0.0, 200) == 5
    assert minutes_left(1000, 0.5, 200) == 3  # 2.5 minutes: a started minute counts
    assert minutes_left(1000, 1.0, 200) == 0
    assert time_left(1000, 0.5, 200) == "50 % · 3 min left"
    assert time_left(1000, 1.0, 200) == "End of the article"
    assert time_left(0, 0.0, 200) == ""  # an empty article has no time to read


def test_labels_say_the_status():
    assert UNREAD.label() == "Unread"
    assert Progress(0.42).label() == "42 % read"
    assert Progress(1.0, True).label() == "Finished"

"""Favourites and reading positions survive the app being killed while it saves them: the reading state always
opens, is never taken for damaged, and holds every change the app had made before it died.

A child process marks and unmarks favourites and moves reading positions in a loop, printing each counter once the
calls have returned; it is killed with SIGKILL at varied moments, again and again, and the state read back must hold
every change up to its last report (the change in flight may or may not be there).
"""

import sys
from pathlib import Path

import pytest

from spacereader.core.reading import ReadingState
from tests.killing import kill_again_and_again

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROUNDS = 30

WRITER = """
import sys
from pathlib import Path
from spacereader.core.reading import ReadingState

state, n = ReadingState(Path(sys.argv[1])), int(sys.argv[2])
while True:
    n += 1
    article = Path(f"/library/article-{n}.md")
    state.set_favourite(article, True)
    if n % 3 == 0:
        state.set_favourite(article, False)  # on, then off again
    state.set_position(article, n % 97 / 96)
    print(n, flush=True)  # only after the calls have returned: article-n is then on disk
"""


def article(n: int) -> Path:
    return Path(f"/library/article-{n}.md")


def assert_holds_every_change_up_to(state: ReadingState, last: int, round_: int) -> None:
    """Every change up to `last` is there, and nothing after the one in flight (which the next writer redoes)."""
    favourites = state.favourites()
    in_flight = last + 1
    expected = {article(n) for n in range(1, last + 1) if n % 3}
    assert favourites - {article(in_flight)} == expected, f"round {round_}: favourites up to {last} are not all kept"
    for n in range(max(1, last - 40), last + 1):  # the most recent ones, written just before the kill
        assert state.position(article(n)) == pytest.approx(n % 97 / 96), f"round {round_}: position of article-{n}"
    position = state.position(article(in_flight))
    assert position in (0.0, pytest.approx(in_flight % 97 / 96))
    assert state.position(article(in_flight + 1)) == 0.0 and not state.is_favourite(article(in_flight + 1))


def test_killed_while_saving_favourites_and_positions_keeps_every_change_reported(tmp_path):
    location = tmp_path / "state" / "reading.sqlite"

    def check(last: int, round_: int) -> int:
        state = ReadingState(location)
        try:
            assert_holds_every_change_up_to(state, last, round_)
        finally:
            state.close()
        assert not location.with_suffix(".sqlite.bak").exists(), f"round {round_}: the state was taken for damaged"
        return last

    last = kill_again_and_again(WRITER, location, ROUNDS, check)
    assert last >= ROUNDS // 2  # the child got to write, the test did not just kill it at start every time

"""The settings survive the app being killed while it saves: the file always opens and holds the last save.

A child process saves settings in a loop and prints each counter once save_settings has returned; it is killed with
SIGKILL at varied moments, again and again, and the state read back must be whole and no older than its last report.
"""

import json
import sys

import pytest

from spacereader.core.settings import load_settings
from tests.killing import kill_again_and_again

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROUNDS = 30

WRITER = """
import sys
import time
from pathlib import Path
from spacereader.core.settings import Settings, save_settings

path, n = Path(sys.argv[1]), int(sys.argv[2])
while True:
    n += 1
    save_settings(Settings(last_library=f"/library-{n}", last_article=f"article-{n}.md", text_size=100 + n % 9,
                           splitter_sizes=[n, n + 1]), path)
    print(n, flush=True)  # only after the save has returned: n is then on disk
"""


def test_killed_while_saving_the_state_always_opens_with_the_last_save(tmp_path):
    path = tmp_path / "settings.json"

    def check(last: int, round_: int) -> int:
        json.loads(path.read_text(encoding="utf-8"))  # whole JSON, never half a file
        state = load_settings(path)
        n = int(state.last_article.removeprefix("article-").removesuffix(".md"))
        assert last <= n <= last + 1, f"round {round_}: the child reported save {last}, the file holds save {n}"
        assert (state.last_library, state.text_size, state.splitter_sizes) == (f"/library-{n}", 100 + n % 9, [n, n + 1])
        return n

    kill_again_and_again(WRITER, path, ROUNDS, check)
    assert not path.with_suffix(".json.bak").exists()  # load_settings never found a broken file to set aside

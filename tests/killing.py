"""Killing a writer process mid-work, for the crash-safety tests: the writer prints a counter after each
completed write, and the test learns the last one it reported before the kill."""

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run_until_killed(writer: str, target: Path, start: int, lines_before_kill: int, delay: float) -> int:
    """Run `writer` (Python source taking target and start), kill it with SIGKILL some time after it has
    reported some writes; return the last write it reported."""
    child = subprocess.Popen([sys.executable, "-c", writer, str(target), str(start)], cwd=REPO,
                             stdout=subprocess.PIPE, text=True)
    seen = [child.stdout.readline() for _ in range(lines_before_kill)]
    time.sleep(delay)  # not a wait for anything: without it the kill lands at the start of the next write every time
    child.send_signal(signal.SIGKILL)
    child.wait()
    seen.append(child.stdout.read())  # and what it flushed before dying
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL, "the writer ended before it was killed"
    return max([start, *(int(n) for n in "".join(seen).split())])


def kill_again_and_again(writer: str, target: Path, rounds: int, check: Callable[[int, int], int]) -> int:
    """Run `writer` `rounds` times, each killed at another moment: after 0 to 10 reported writes (one at least the
    first time, so that there is a file), then 0 to 3 ms, so the kill lands inside a write, between two, or while
    the child starts. After each kill `check(last reported write, round)` reads the target back, asserts, and
    returns the write the next child goes on from. Returns the last of those."""
    last = 0
    for round_ in range(rounds):
        lines = max(1 if round_ == 0 else 0, round_ * 5 % 11)
        last = check(run_until_killed(writer, target, last, lines, delay=round_ * 7 % 10 / 3000), round_)
    return last

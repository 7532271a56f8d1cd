"""Killing a writer process mid-work, for the crash-safety tests: the writer prints a counter after each
completed write, and the test learns the last one it reported before the kill."""

import signal
import subprocess
import sys
import time
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

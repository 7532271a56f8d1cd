"""How the real window holds up while it searches a big library: the longest stall of its event loop, and how long
each keystroke takes to show in the search box, while a word found in nearly every article is typed.

    python benchmarks/window.py [--sizes 10000 20000] [--work DIR] [--interval-ms 120] [--json OUT]

The window runs offscreen on a corpus made by benchmarks/corpus.py (kept in --work, with its search index, so only
the first run indexes). A thread types the query one key every --interval-ms, as a person would, by queued signal:
a keystroke waits for the GUI thread like a real one. A 1 ms timer ticks throughout; the longest gap between two
ticks is the longest the window could not answer. Typing ends when the list shows the last query's results. A
benchmark, not a test: it asserts nothing. Each size runs in a fresh process. To see when the worst stalls came,
run one size in this process with `WINDOW_BENCH_GAPS=1 python benchmarks/window.py --child SIZE` (the cache folder
is then the user's, as XDG_CACHE_HOME says).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

RESULT_TIMEOUT_S = 120


def corpus_at(work: Path, size: int) -> Path:
    root = work / f"corpus-{size}"
    if not (root / ".complete").exists():
        corpus.generate(root, size, seed=1)
        (root / ".complete").write_text("seed 1\n")
    return root


def most_common_word(root: Path) -> tuple[str, int, int]:
    """The corpus's most widespread common word, how many articles hold it, and how many there are."""
    from spacereader.core.index import indexed_library

    library, index = indexed_library(root)  # also fills the cache the window then opens warm
    counts = {word: len(index.ranking(word)) for word in corpus.COMMON}
    index.close()
    word = max(counts, key=counts.get)
    return word, counts[word], len(library.articles)


def measure(root: Path, query: str, expected_rows: int, interval_ms: int) -> dict:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, Qt, QTimer, Signal
    from PySide6.QtTest import QTest

    from spacereader.core.settings import Settings
    from spacereader.ui.app import application
    from spacereader.ui.main_window import MainWindow

    app = application()
    window = MainWindow(Settings(), persist=False)
    window.resize(1280, 820)
    window.open_library(root)
    window.wait_for_indexing()
    window.show()
    box, model = window.articles.search_box, window.articles.model
    box.setFocus()
    clock = QElapsedTimer()
    clock.start()

    class Typist(QObject):
        key = Signal(str, float)  # the character, when it was "pressed"

    typist, pressed, shown = Typist(), {}, {}
    typist.key.connect(lambda char, at: QTest.keyClicks(box, char), Qt.ConnectionType.QueuedConnection)
    box.textChanged.connect(lambda text: shown.setdefault(len(text), clock.elapsed()))
    ticks: list[int] = []
    ticker = QTimer(interval=1, timerType=Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: ticks.append(clock.elapsed()))

    def type_query() -> None:
        for number, char in enumerate(query, 1):
            time.sleep(interval_ms / 1000)
            pressed[number] = clock.elapsed()
            typist.key.emit(char, pressed[number])

    def done() -> bool:
        return box.text() == query and model.rowCount() == expected_rows and not typing.is_alive()

    for _ in range(20):  # the first page and its layout, before the measurement
        app.processEvents()
    ticker.start()
    typing = threading.Thread(target=type_query)
    typing.start()
    started = clock.elapsed()
    loop = QEventLoop()
    checker = QTimer(interval=5)
    checker.timeout.connect(lambda: done() and loop.quit())
    checker.start()
    QTimer.singleShot(RESULT_TIMEOUT_S * 1000, loop.quit)
    loop.exec()
    finished = clock.elapsed()
    ticker.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    if os.environ.get("WINDOW_BENCH_GAPS"):
        worst = sorted(range(len(gaps)), key=gaps.__getitem__)[-5:]
        print("worst gaps (ms, at ms after typing began):", [(gaps[i], ticks[i] - started) for i in worst],
              "keys at", [pressed[n] - started for n in sorted(pressed)], file=sys.stderr)
    latencies = [shown[n] - pressed[n] for n in pressed if n in shown]
    window.close()
    return {"longest_stall_ms": max(gaps, default=0), "ticks": len(ticks),
            "keystroke_ms_max": max(latencies, default=None), "keystrokes": len(latencies),
            "results_after_last_key_ms": finished - pressed[len(query)], "rows": model.rowCount(),
            "last_query_shown": done()}


def run_size(size: int, work: Path, interval_ms: int) -> dict:
    """One size in a fresh process with its own cache folder (kept for the next run)."""
    cache = work / f"cache-{size}"
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), XDG_CONFIG_HOME=str(cache / "config"),
               XDG_STATE_HOME=str(cache / "state"), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(size), "--work", str(work),
               "--interval-ms", str(interval_ms)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def child(size: int, work: Path, interval_ms: int) -> dict:
    root = corpus_at(work, size)
    word, holding, total = most_common_word(root)
    result = measure(root, word, holding, interval_ms)
    return {"articles": total, "query": word, "articles_with_query": holding, **result}


def table(results: list[dict]) -> str:
    lines = ["| articles | query (articles holding it) | longest stall | slowest keystroke | last results after "
             "last key | last query shown |", "|---|---|---|---|---|---|"]
    lines += [f"| {r['articles']:,} | {r['query']} ({r['articles_with_query']:,}) | {r['longest_stall_ms']} ms "
              f"| {r['keystroke_ms_max']} ms | {r['results_after_last_key_ms']} ms | {r['last_query_shown']} |"
              for r in results]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "spacereader-bench")
    parser.add_argument("--interval-ms", type=int, default=120, help="between two keystrokes")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.work, args.interval_ms)))
        return 0
    results = [run_size(size, args.work, args.interval_ms) for size in args.sizes]
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

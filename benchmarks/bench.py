"""Measure SpaceReader's library against its targets, at 1,000 and 10,000 articles (100,000 with --huge).

    python benchmarks/bench.py [--sizes 1000 10000] [--huge] [--repeat 3] [--work DIR] [--json OUT]

Each measurement runs in a fresh process (so peak memory is its own) with its own cache folder, on a corpus
made by benchmarks/corpus.py (kept in --work between runs, since it is deterministic). Prints a Markdown table
and writes the numbers as JSON. A benchmark, not a test: it asserts nothing; the README keeps its results.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

SIZES = (1_000, 10_000)
RENDER_WORDS = (1_000, 5_000, 20_000)


# Phases: each runs in its own process and prints one JSON object.
def phase_floor(root: Path) -> dict:
    """What no indexer can beat: read every file and parse its front matter."""
    from spacereader.core import frontmatter
    from spacereader.core.library import scan
    from spacereader.core.textfile import read_text

    start = time.perf_counter()
    paths = scan(root)
    for path in paths:
        frontmatter.split(read_text(path).text or "")
    return {"seconds": time.perf_counter() - start, "files": len(paths)}


def phase_cold(root: Path) -> dict:
    from spacereader.core.index import indexed_library

    start = time.perf_counter()
    library, index = indexed_library(root)
    seconds = time.perf_counter() - start
    index.close()
    return {"seconds": seconds, "articles": len(library.articles)}


def phase_warm(root: Path, started: float) -> dict:
    """The app's own start on a cached library: window built, library listed from the index."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from spacereader.core.settings import Settings
    from spacereader.ui.app import application
    from spacereader.ui.main_window import MainWindow

    application()
    window = MainWindow(Settings(), persist=False)
    window.open_library(root)
    window.show()
    waking = QTimer(interval=100)  # so that the wait below looks again even if no event comes
    waking.start()
    while window.library.articles and not window.articles.model.rowCount():  # the list fills from its worker
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    rows = window.articles.model.rowCount()
    listed = time.time() - started
    window.wait_for_indexing()  # the check of the disk that follows, for the record
    return {"seconds": listed, "rows": rows, "refreshed": time.time() - started}


def phase_search(root: Path, queries: list[str]) -> dict:
    from spacereader.core.index import indexed_library

    library, index = indexed_library(root)
    gc.freeze()  # as the app does once a library is loaded: no full collections over its objects mid-search
    timings, found = [], []
    for query in queries:
        start = time.perf_counter()
        hits = index.search(query, limit=20)
        timings.append(time.perf_counter() - start)
        found.append(len(hits))
    ranking = []
    for query in queries:  # what the window asks for while typing: every match ranked, no snippets
        start = time.perf_counter()
        index.ranking(query)
        ranking.append(time.perf_counter() - start)
    return {"search": timings, "ranking": ranking, "found": found}


def phase_render(root: Path) -> dict:
    import markdown

    from spacereader.core.articles import Article
    from spacereader.core.document import read_document
    from spacereader.core.library import empty_library, scan
    from spacereader.core.pages import article_page

    library = empty_library(root)
    bodies = [path.read_text(encoding="utf-8").split("\n---\n", 1)[-1] for path in scan(root)[:200]]
    results = {}
    for words in RENDER_WORDS:
        body = _body_of(bodies, words)
        # the page as the reader makes it for an article it has read: its document is the one the library read
        article = Article(root / f"render-{words}.md", "Render test", read_document(body), lang="fr")
        ours = _best_of(lambda a=article: article_page(a, library.profiles_of(a), library.matcher, root=root))
        bare = _best_of(lambda b=body: markdown.markdown(b))
        results[str(words)] = {"ours": ours, "bare": bare}
    return {"render": results}


def _body_of(bodies: list[str], words: int) -> str:
    chunks, count = [], 0
    for body in bodies:
        for paragraph in body.split("\n\n"):
            chunks.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                return "\n\n".join(chunks)
    return "\n\n".join(chunks)


def _best_of(work, runs: int = 5) -> float:
    """The median of a few runs: rendering is short enough that one run is mostly noise."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


# Running phases in child processes
def run_phase(name: str, root: Path, cache: Path, extra: list[str] = ()) -> dict:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), XDG_CONFIG_HOME=str(cache / "config"),
               XDG_STATE_HOME=str(cache / "state"), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", name, "--root", str(root), *extra]
    started = time.time()
    done = subprocess.run(command + ["--started", repr(started)], env=env, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def cli_timings(root: Path, cache: Path, runs: int = 5) -> dict:
    """Wall-clock of the commands a script runs on an indexed library, interpreter start included (median), with
    the bytecode cache an installed package has (a shell that sets PYTHONDONTWRITEBYTECODE would compile each run)."""
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), XDG_CONFIG_HOME=str(cache / "config"),
               XDG_STATE_HOME=str(cache / "state"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = {"search": ["search", "station", str(root)], "list": ["list", "--json", str(root)],
                "profiles": ["profiles", str(root)]}
    timings = {}
    for name, arguments in commands.items():
        seconds = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "spacereader", *arguments], env=env, capture_output=True, check=False)
            seconds.append(time.perf_counter() - start)
        timings[name] = statistics.median(seconds)
    return timings


def grep_timings(root: Path, queries: list[str]) -> list[float]:
    """`grep -rliF` on one word of each query (grep has no accents or phrases to think about)."""
    timings = []
    for query in queries:
        word = max(query.replace('"', " ").split(), key=len)
        start = time.perf_counter()
        subprocess.run(["grep", "-rliF", word, str(root)], capture_output=True)
        timings.append(time.perf_counter() - start)
    return timings


def measure(size: int, work: Path, repeat: int, with_render: bool) -> dict:
    root = work / f"corpus-{size}"
    if not (root / ".complete").exists():
        shutil.rmtree(root, ignore_errors=True)
        corpus.generate(root, size, seed=1)
        (root / ".complete").write_text("seed 1\n")
    floor, cold, warm, peak_cold, peak_warm = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="spacereader-bench-") as scratch:
        for run in range(repeat):
            cache = Path(scratch) / f"cache-{run}"
            floor.append(run_phase("floor", root, cache)["seconds"])
            result = run_phase("cold", root, cache)
            cold.append(result["seconds"])
            peak_cold.append(result["peak_mb"])
            result = run_phase("warm", root, cache)
            warm.append(result["seconds"])
            peak_warm.append(result["peak_mb"])
        queries = corpus.queries(seed=1, n=100)
        search = run_phase("search", root, Path(scratch) / "cache-0", ["--queries", json.dumps(queries)])
        grep = grep_timings(root, queries)
        cli = cli_timings(root, Path(scratch) / "cache-0")
        render = run_phase("render", root, Path(scratch) / "cache-0")["render"] if with_render else None
    return {
        "articles": size, "megabytes": round(sum(p.stat().st_size for p in root.rglob("*.md")) / 1e6, 1),
        "floor_s": statistics.median(floor), "cold_s": statistics.median(cold),
        "warm_start_s": statistics.median(warm),
        "search_p50_ms": _percentile(search["search"], 50) * 1000, "search_p95_ms": _percentile(search["search"], 95) * 1000,
        "ranking_p95_ms": _percentile(search["ranking"], 95) * 1000,
        "grep_p50_ms": _percentile(grep, 50) * 1000, "grep_p95_ms": _percentile(grep, 95) * 1000,
        "queries_with_hits": sum(1 for n in search["found"] if n),
        "peak_rss_cold_mb": max(peak_cold), "peak_rss_app_mb": max(peak_warm), "render": render,
        "cli_search_ms": cli["search"] * 1000, "cli_list_ms": cli["list"] * 1000, "cli_profiles_ms": cli["profiles"] * 1000,
    }


def _percentile(values: list[float], percent: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))]


def table(results: list[dict]) -> str:
    rows = [
        ("articles (MB of Markdown)", lambda r: f"{r['articles']:,} ({r['megabytes']} MB)"),
        ("floor: read + front matter", lambda r: f"{r['floor_s']:.2f} s"),
        ("cold index", lambda r: f"{r['cold_s']:.2f} s = {r['cold_s'] / r['floor_s']:.1f}× floor, "
                                 f"{r['articles'] / r['cold_s']:,.0f} articles/s"),
        ("warm start → library listed", lambda r: f"{r['warm_start_s']:.2f} s"),
        ("search p50 / p95 (top 20, snippets)", lambda r: f"{r['search_p50_ms']:.1f} / {r['search_p95_ms']:.1f} ms"),
        ("ranking p95 (every match, while typing)", lambda r: f"{r['ranking_p95_ms']:.1f} ms"),
        ("grep -rliF p50 / p95", lambda r: f"{r['grep_p50_ms']:.0f} / {r['grep_p95_ms']:.0f} ms "
                                           f"(search is {r['grep_p95_ms'] / r['search_p95_ms']:.0f}× faster at p95)"),
        ("peak RSS: indexing (biggest process) / app", lambda r: f"{r['peak_rss_cold_mb']:.0f} / {r['peak_rss_app_mb']:.0f} MB"),
        ("warm `spacereader search` / `list --json` / `profiles`, wall-clock",
         lambda r: f"{r['cli_search_ms']:.0f} / {r['cli_list_ms']:.0f} / {r['cli_profiles_ms']:.0f} ms"),
    ]
    lines = ["| | " + " | ".join(f"{r['articles']:,}" for r in results) + " |",
             "|---|" + "---|" * len(results)]
    lines += [f"| {label} | " + " | ".join(cell(r) for r in results) + " |" for label, cell in rows]
    render = next((r["render"] for r in results if r["render"]), None)
    if render:
        lines += ["", "| render (median of 5) | SpaceReader page | bare `markdown.markdown()` | ratio |", "|---|---|---|---|"]
        lines += [f"| {int(words):,} words | {t['ours'] * 1000:.1f} ms | {t['bare'] * 1000:.1f} ms"
                  f" | {t['ours'] / t['bare']:.2f}× |" for words, t in render.items()]
    return "\n".join(lines)


def machine() -> str:
    return (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--huge", action="store_true", help="also 100,000 articles (about 2 GB of Markdown)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the cold and warm measurements (median)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "spacereader-bench")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--queries", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        return _child(args)
    sizes = args.sizes + ([100_000] if args.huge else [])
    results = [measure(size, args.work, args.repeat, with_render=number == 0) for number, size in enumerate(sizes)]
    report = {"machine": machine(), "command": "python benchmarks/bench.py " + " ".join(sys.argv[1:]), "results": results}
    print(f"Machine: {report['machine']}\n\n{table(results)}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


def _child(args) -> int:
    import resource

    phases = {"floor": lambda: phase_floor(args.root), "cold": lambda: phase_cold(args.root),
              "warm": lambda: phase_warm(args.root, args.started), "render": lambda: phase_render(args.root),
              "search": lambda: phase_search(args.root, json.loads(args.queries))}
    result = phases[args.phase]()
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    result["peak_mb"] = peak / 1024  # Linux reports KiB; indexing's worker processes are children
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

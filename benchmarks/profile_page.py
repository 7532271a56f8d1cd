"""How long the page of an astronaut mentioned in many articles takes to make, and its size: the first 50
listed, then each "Show more". A benchmark, not a test: it asserts nothing.

    python benchmarks/profile_page.py [--articles 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from spacereader.core.articles import Article  # noqa: E402
from spacereader.core.library import load_library  # noqa: E402
from spacereader.core.profile_page import MENTIONS_SHOWN, profile_page  # noqa: E402
from spacereader.core.timeline import timeline_events  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for n in range(args.articles):  # files for the links a page may list: only real articles are linked
            (root / f"a-{n:05d}.md").write_text(f"---\ntitle: Article {n}\n---\nThomas Pesquet.\n", encoding="utf-8")
        library = load_library(root)
        profile = library.book.get("thomas-pesquet")
        articles = [Article(path=root / f"a-{n:05d}.md", title=f"Article {n}") for n in range(args.articles)]
        for shown in (MENTIONS_SHOWN, 4 * MENTIONS_SHOWN, args.articles):
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                page = profile_page(profile, articles, shown)
                times.append(time.perf_counter() - start)
            print(f"{args.articles:,} mentions, {min(shown, args.articles):,} listed: "
                  f"median {statistics.median(times) * 1000:.1f} ms, {len(page) / 1024:.0f} KB")
        start = time.perf_counter()
        events = timeline_events(library)
        print(f"timeline of {len(library.articles):,} articles: {len(events):,} events in "
              f"{(time.perf_counter() - start) * 1000:.0f} ms")


if __name__ == "__main__":
    main()

"""Mutation testing of the code that holds the README's safety promises: does a test fail when the code is changed?

Not run in CI (about 20 minutes on 2 cores). Each target is one module (or the part of it that holds a promise), run by
mutmut in its own copy of the checkout (the checkout itself is never changed) with its own selection of tests; for each
mutant mutmut then runs only the selected tests that call the function it changed. Tests that start SpaceReader in a
process of its own (the SIGKILL ones) are left out: that process would not run the mutant.

    .venv/bin/pip install -e '.[test,mutation]'
    .venv/bin/python benchmarks/mutation.py                  # every target, then a table of scores
    .venv/bin/python benchmarks/mutation.py links settings   # some of them
    (cd /tmp/spacereader-mutation/links && mutmut show NAME)  # what a survivor changed (mutmut from the venv)
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
MUTMUT = Path(sys.executable).with_name("mutmut")
KILLED = {"killed", "timeout", "segfault"}  # segfault: the test process died, as a user's app would


@dataclass(frozen=True)
class Target:
    module: str  # the file mutated
    tests: tuple[str, ...]
    only: frozenset[str] = frozenset()  # the functions (by name) that hold the promise, if not all of them

    @property
    def mutants(self) -> list[str]:
        """mutmut's names for the mutants that count, as globs."""
        dotted = self.module.removesuffix(".py").replace("/", ".")
        if not self.only:
            return [f"{dotted}.*"]
        return [f"{dotted}.{prefix}{name}__mutmut_*" for name in sorted(self.only) for prefix in ("x_", "xǁ*ǁ")]


_RENDER_TESTS = ("tests/core/test_filter_layers.py", "tests/core/test_markdown_links.py", "tests/core/test_hostile_html.py",
                 "tests/core/test_render.py", "tests/core/test_edge_cases.py", "tests/core/test_properties.py")
TARGETS = {
    "links": Target("spacereader/core/links.py", ("tests/core/test_link_policy.py", *_RENDER_TESTS,
                                                  "tests/ui/test_reader_images.py")),
    "sanitize": Target("spacereader/core/sanitize.py", _RENDER_TESTS),
    "render": Target("spacereader/core/render.py", _RENDER_TESTS,  # the link and image marks, not the formatting
                     frozenset({"_link", "_image"})),
    "reader": Target("spacereader/ui/reader.py", ("tests/ui/test_reader_images.py", "tests/ui/test_network_silence.py"),
                     frozenset({"loadResource"})),
    "frontmatter": Target("spacereader/core/frontmatter.py", ("tests/core/test_front_matter.py", "tests/core/test_yaml_tags.py",
                                                              "tests/core/test_articles.py",
                                                              "tests/core/test_edge_cases.py",
                                                              "tests/core/test_profiles_mentions.py")),
    "settings": Target("spacereader/core/settings.py", ("tests/core/test_settings_durability.py",
                                                        "tests/core/test_edge_cases.py", "tests/core/test_library_state.py")),
    "reading": Target("spacereader/core/reading.py", ("tests/core/test_reading_state.py",
                                                      "tests/core/test_reading_state_problems.py")),
    "textfile": Target("spacereader/core/textfile.py", ("tests/core/test_text_files.py", "tests/core/test_bad_input.py",
                                                        "tests/core/test_articles.py")),
    "export": Target("spacereader/core/export.py", ("tests/core/test_export_page.py", "tests/core/test_hostile_html.py",
                                                    "tests/core/test_reading_state.py", "tests/test_cli.py")),
}
_DEF = re.compile(r"^(\s*)def (\w+)\((.*)$", re.MULTILINE)


def copy_checkout(folder: Path) -> None:
    """The files git knows, and new ones it does not ignore, as they are now (uncommitted changes too)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=CHECKOUT,
                            check=True, capture_output=True).stdout.decode().split("\0")
    shutil.rmtree(folder, ignore_errors=True)
    for name in filter(None, listed):
        source = CHECKOUT / name
        if source.is_file():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, folder / name)


def configure(folder: Path, target: Target) -> None:
    """mutmut's settings for this target, and its other functions left alone where a pragma can say so (on a one-line
    `def`): mutmut replaces a function by one taking (*args), which Qt, calling a slot, fills with the signal's values."""
    if target.only:
        module = folder / target.module
        module.write_text(_DEF.sub(lambda found: found.group(0) if found.group(2) in target.only
                                   else found.group(0) + "  # pragma: no mutate block", module.read_text(encoding="utf-8")),
                          encoding="utf-8")
    with open(folder / "pyproject.toml", "a", encoding="utf-8") as out:
        out.write(f"""
[tool.mutmut]
source_paths = ["spacereader"]
only_mutate = ["{target.module}"]
also_copy = ["resources", "articles"]
pytest_add_cli_args_test_selection = {list(target.tests)!r}
pytest_add_cli_args = ["-p", "no:cacheprovider", "-q", "-x"]
use_git_change_detection = false
""".replace("'", '"'))


def run(name: str, target: Target, work: Path, children: int) -> Counter:
    folder = work / name
    copy_checkout(folder)
    configure(folder, target)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with open(folder / "mutmut.log", "w", encoding="utf-8") as log:
        subprocess.run([str(MUTMUT), "run", "--max-children", str(children), *target.mutants], cwd=folder,
                       env=environment, stdout=log, stderr=subprocess.STDOUT, check=False)
    listing = subprocess.run([str(MUTMUT), "results", "--all", "true"], cwd=folder, env=environment,
                             capture_output=True, text=True, check=False).stdout
    statuses = {}
    for line in listing.splitlines():
        mutant, _, status = line.strip().rpartition(": ")
        if any(fnmatch.fnmatchcase(mutant, pattern) for pattern in target.mutants):
            statuses[mutant] = status
    for mutant, status in sorted(statuses.items()):
        if status not in KILLED:
            print(f"  {status}: {mutant}")
    return Counter(statuses.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", metavar="TARGET", help=", ".join(TARGETS) + " (default: all)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/spacereader-mutation"), help="where the copies go")
    parser.add_argument("--children", type=int, default=2, help="mutants tested at once (default 2)")
    args = parser.parse_args()
    if unknown := set(args.targets) - set(TARGETS):
        parser.error(f"no such target: {', '.join(sorted(unknown))}")
    if not MUTMUT.exists():
        print("mutmut is not installed here: .venv/bin/pip install -e '.[test,mutation]'", file=sys.stderr)
        return 2
    rows = []
    for name in args.targets or TARGETS:
        print(f"{name}: {TARGETS[name].module}", flush=True)
        counts = run(name, TARGETS[name], args.work, args.children)
        total, killed = sum(counts.values()), sum(counts[status] for status in KILLED)
        rows.append(f"| {name} | {TARGETS[name].module} | {total} | {killed} | {total - killed} | "
                    f"{100 * killed / total if total else 0:.0f}% |")
    print("\n| target | module | mutants | killed | survived | score |\n|---|---|---|---|---|---|", *rows, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

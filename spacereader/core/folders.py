"""Which files under a folder are a library's: its articles and its profile files, found without reading them.

Light on purpose (no article or Markdown module): the commands check the index's freshness with it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from operator import attrgetter
from pathlib import Path

from spacereader.paths import bundled_profiles_dir

MARKDOWN_SUFFIXES = (".md", ".markdown")
PROFILES_FOLDER = "astronauts"
PROFILE_SUFFIXES = (".yaml", ".yml")
_NAME = attrgetter("name")


def is_article_name(name: str) -> bool:
    lowered = name.lower()
    return lowered.endswith(MARKDOWN_SUFFIXES) and lowered not in MARKDOWN_SUFFIXES


def profile_folders(root: Path) -> list[Path]:
    """Where a library's profiles come from, later folders replacing earlier ones' profiles."""
    return [bundled_profiles_dir(), root / PROFILES_FOLDER]


def article_entries(folder: str) -> Iterator[os.DirEntry]:
    """Markdown files under a folder, in name order, a folder's files before its subfolders'. Hidden folders and
    the profiles folder are skipped, symlinked folders not followed; a folder that cannot be listed is skipped.
    One loop over a stack of folders, not a generator per folder: it is most of a warm command's freshness check.
    Given one at a time, each left behind when taken: 100,000 entries held at once were 70 MB."""
    waiting = [folder]
    while waiting:
        try:
            with os.scandir(waiting.pop()) as listing:
                entries = sorted(listing, key=_NAME)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            name = entry.name
            if name[0] == ".":
                continue
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            if is_folder:
                if name != PROFILES_FOLDER and not entry.is_symlink():
                    subfolders.append(entry.path)
            elif is_article_name(name):
                yield entry
        waiting += reversed(subfolders)  # the first subfolder is looked into first


def scan_names(root: Path) -> list[str]:
    """The library's article files, as strings: a freshness check of 100,000 files spends most of its time
    making Paths."""
    return [entry.path for entry in article_entries(str(root))]

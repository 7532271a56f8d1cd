"""What the index compares with the disk before it answers: each article file's stamp, and the profile files.

Both only stat or read small files: a command on a library whose files did not change reads no article."""

from __future__ import annotations

import hashlib
import os
from array import array
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from pathlib import Path

from spacereader.core.folders import PROFILE_SUFFIXES, article_entries, profile_folders
from spacereader.core.indexkeys import path_key

Stamp = tuple[int, int]  # size, mtime in ns: what tells that a file changed


def stamps(root: Path) -> tuple[dict[str, Stamp], str]:
    """Each article file's stamp, by the name the index stores it under, and a digest of every name and stamp in
    the order listed: equal to the one the last whole update kept, it says nothing changed without a look at the
    index's rows (a third of a warm command, by row)."""
    found = {}
    for entry in article_entries(str(root)):
        try:
            status = entry.stat()
        except OSError:
            try:  # a link to nothing or to itself: listed, so that reading it says what is wrong
                status = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # gone since the scan: the next update looks again
        found[entry.path] = (status.st_size, status.st_mtime_ns)
    try:
        return found, _digest(found)  # every name valid UTF-8 (the usual case): each is its own key
    except UnicodeEncodeError:
        found = {path_key(name): stamp for name, stamp in found.items()}
        return found, _digest(found)


def _digest(on_disk: dict[str, Stamp]) -> str:
    digest = hashlib.sha1()
    for chunk in _encoded(on_disk):
        digest.update(chunk)
    digest.update(array("q", chain.from_iterable(on_disk.values())).tobytes())
    return digest.hexdigest()


def _encoded(names: Iterable[str], size: int = 4096) -> Iterator[bytes]:
    """The names in UTF-8, each followed by a NUL, a few thousand at a time: all at once, 100,000 of them were
    25 MB more at the app's peak."""
    names = iter(names)
    while chunk := list(islice(names, size)):
        yield "\0".join(chunk).encode("utf-8") + b"\0"


def profile_files_key(root: Path) -> str:
    """A digest of the profile files' names and bytes: while it stays the same, so do the profiles' names, and
    the index's check of them needs no YAML read. A profile file that cannot be read counts as absent."""
    digest = hashlib.sha1()
    for number, folder in enumerate(profile_folders(root)):
        try:
            with os.scandir(folder) as listing:
                names = sorted(entry.name for entry in listing if entry.name.endswith(PROFILE_SUFFIXES))
        except OSError:
            continue
        for name in names:
            try:
                data = Path(folder, name).read_bytes()
            except OSError:
                continue
            digest.update(f"{number}\0{name}\0{len(data)}\0".encode("utf-8", "surrogateescape") + data)
    return digest.hexdigest()

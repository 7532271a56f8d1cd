"""Indexing with a process on each core: the same index as one thread makes, and a file that kills its worker
leaves out only itself."""

import os

import pytest

from spacereader.core import index as index_module
from spacereader.core import indexreading
from spacereader.core.index import SearchIndex
from spacereader.core.indexkeys import path_key
from spacereader.core.indexreading import ReadingPool
from spacereader.core.library import empty_library
from tests.helpers import write

KILLER = "kills-the-reader"


def dies_on_the_killer(keys, stamps):
    """A worker's reader that dies as a crash in a parser would: found by name in the spawned process."""
    if any(KILLER in key for key in keys):
        os._exit(3)
    return indexreading._read_in_worker(keys, stamps)


def library_of(root, count):
    for number in range(count):
        write(root / f"{number // 10}" / f"note-{number}.md",
              f"---\ntitle: Note {number}\n---\nChris Hadfield photographie la Terre, jour {number}.\n")
    return root


def test_a_file_that_kills_its_worker_is_reported_and_the_others_are_read(tmp_path):
    root = library_of(tmp_path, 6)
    write(root / f"{KILLER}.md", "---\ntitle: Poison\n---\nText.\n")
    keys = sorted(path_key(p) for p in root.rglob("*.md"))
    stamps = {key: (1, 1) for key in keys}
    chunks = [keys[:3], keys[3:5], keys[5:]]
    with ReadingPool(root.resolve(), 2, reader=dies_on_the_killer) as pool:
        batches = list(pool.read(chunks, stamps))
    read = [r for batch in batches for r in batch]
    assert [len(batch) for batch in batches] == [len(chunk) for chunk in chunks]  # in order, none lost
    killed = [r for r in read if KILLER in str(r.article.path)]
    assert [p.rule for p in killed[0].article.problems] == ["file-crashed-reader"]
    others = [r for r in read if r not in killed]
    assert sorted(r.article.title for r in others) == sorted(f"Note {n}" for n in range(6))
    assert all(r.mentions == ("chris-hadfield",) for r in others)


@pytest.fixture
def pool_for_any_size(monkeypatch):
    monkeypatch.setattr(index_module, "POOL_FROM", 1)
    monkeypatch.setattr(indexreading, "worker_count", lambda: 2)


def rows(location):
    import sqlite3

    with sqlite3.connect(location) as db:
        return sorted(db.execute("SELECT path, title, mentions, problems FROM articles").fetchall())


def test_processes_index_what_one_thread_indexes(tmp_path, pool_for_any_size):
    root = library_of(tmp_path / "library", 40).resolve()
    by_processes = SearchIndex(empty_library(root), tmp_path / "processes.sqlite")
    by_processes.update()
    with pytest.MonkeyPatch.context() as one_thread:
        one_thread.setattr(index_module, "POOL_FROM", 10**9)
        by_thread = SearchIndex(empty_library(root), tmp_path / "thread.sqlite")
        by_thread.update()
    assert rows(by_processes.location) == rows(by_thread.location) and len(rows(by_thread.location)) == 40
    assert by_processes.ranking("photographie") == by_thread.ranking("photographie")


def test_a_file_changed_between_the_freshness_check_and_its_reading_is_read_again_next_time(tmp_path, monkeypatch):
    root = tmp_path.resolve()
    path = write(root / "log.md", "---\ntitle: Avant\n---\nText.\n")
    read_files = indexreading.read_files

    def changed_meanwhile(library, keys, stamps, *options):
        write(path, "---\ntitle: Pendant la lecture, plus long\n---\nText.\n")
        return read_files(library, keys, stamps, *options)

    index = SearchIndex(empty_library(root))
    monkeypatch.setattr(indexreading, "read_files", changed_meanwhile)
    index.update()
    monkeypatch.setattr(indexreading, "read_files", read_files)
    write(path, "---\ntitle: Après\n---\nText.\n")  # as long as the first: only its time tells
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    again = index.update()
    assert [a.title for a in again.articles] == ["Après"]


def test_an_error_of_ours_on_one_file_is_that_files_problem_and_the_others_are_read(tmp_path, monkeypatch):
    root = library_of(tmp_path, 3).resolve()
    keys = sorted(path_key(p) for p in root.rglob("*.md"))
    read_file = indexreading._read_file

    def fails_on_the_second(library, key, stamp, *options):
        if key == keys[1]:
            raise ValueError("a bug met on the way")
        return read_file(library, key, stamp, *options)

    monkeypatch.setattr(indexreading, "_read_file", fails_on_the_second)
    read = indexreading.read_files(empty_library(root), keys, {key: (1, 1) for key in keys})
    assert [r.article.title for r in read] == ["Note 0", "note-1", "Note 2"]
    assert [p.message for p in read[1].article.problems] == ["could not be read (ValueError: a bug met on the way)"]

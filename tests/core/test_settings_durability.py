"""Settings survive a power cut, not just a killed app: the new file's bytes reach the disk before it is renamed over
the old one, and the rename reaches the disk (the folder is synced) before the save returns. A SIGKILL cannot show a
missing fsync, so the calls themselves are watched, in order."""

import json
import os
import stat
from pathlib import Path

import pytest

from spacereader.core.settings import SETTINGS_VERSION, Settings, load_settings, save_settings


class Disk:
    """Watches os.fsync and os.replace, and says what each fsync was of: which file (by inode) and how many bytes it
    held, or which folder."""

    def __init__(self, monkeypatch):
        self.calls: list[tuple] = []
        fsync, replace = os.fsync, os.replace

        def watched_fsync(descriptor):
            status = os.fstat(descriptor)
            kind = "folder" if stat.S_ISDIR(status.st_mode) else "file"
            self.calls.append(("fsync", kind, status.st_ino, status.st_size))
            return fsync(descriptor)

        def watched_replace(source, target):
            self.calls.append(("replace", Path(source), Path(target), os.stat(source).st_ino))
            return replace(source, target)

        monkeypatch.setattr(os, "fsync", watched_fsync)
        monkeypatch.setattr(os, "replace", watched_replace)


@pytest.fixture
def disk(monkeypatch) -> Disk:
    return Disk(monkeypatch)


def test_the_file_is_synced_whole_then_renamed_then_the_folder_synced(tmp_path, disk):
    path = tmp_path / "config" / "settings.json"
    save_settings(Settings(theme="dark", text_size=120), path)
    saved = path.stat()
    assert [call[1] if call[0] == "fsync" else "rename" for call in disk.calls] == ["file", "rename", "folder"]
    (_, _, file_inode, synced_size), (_, source, target, renamed_inode), (_, _, folder_inode, _) = disk.calls
    assert file_inode == renamed_inode == saved.st_ino  # the file synced is the one renamed into place
    assert synced_size == saved.st_size  # synced once every byte was written, not before the flush
    assert source.parent == target.parent == path.parent and target == path  # a rename within one folder is atomic
    assert folder_inode == path.parent.stat().st_ino  # the folder the rename happened in
    assert load_settings(path) == Settings(theme="dark", text_size=120)


def test_replacing_an_older_file_syncs_the_same_way(tmp_path, disk):
    path = tmp_path / "settings.json"
    save_settings(Settings(theme="sepia"), path)
    disk.calls.clear()
    save_settings(Settings(theme="dark"), path)
    assert [call[0] for call in disk.calls] == ["fsync", "replace", "fsync"]
    assert load_settings(path).theme == "dark"


def test_a_folder_that_cannot_be_synced_does_not_lose_the_save(tmp_path, monkeypatch):
    fsync = os.fsync

    def folders_refuse(descriptor):
        if stat.S_ISDIR(os.fstat(descriptor).st_mode):
            raise OSError(22, "Invalid argument")  # as some network and FUSE file systems answer
        return fsync(descriptor)

    monkeypatch.setattr(os, "fsync", folders_refuse)
    path = tmp_path / "settings.json"
    save_settings(Settings(theme="dark"), path)
    assert load_settings(path).theme == "dark"


def test_a_failed_rename_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    save_settings(Settings(theme="sepia"), path)

    def disk_full(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left"):
        save_settings(Settings(theme="dark"), path)
    assert load_settings(path).theme == "sepia"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_first_save_makes_the_missing_folders_and_says_which_version_it_wrote(tmp_path):
    path = tmp_path / "home" / "config" / "spacereader" / "settings.json"
    save_settings(Settings(theme="dark"), path)
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == SETTINGS_VERSION  # what a migration starts from
    assert load_settings(path).theme == "dark"


@pytest.mark.parametrize(("size", "kept"), [(99_999, True), (100_000, False), (-100_000, False)])
def test_numbers_past_what_qt_takes_fall_back_to_the_default(tmp_path, size, kept):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"splitter_sizes": [size, 10]}), encoding="utf-8")
    assert load_settings(path).splitter_sizes == ([size, 10] if kept else [])

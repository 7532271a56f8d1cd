"""The reader's settings: a small JSON file under the config dir, written atomically, read defensively."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from spacereader import paths

SETTINGS_VERSION = 1


@dataclass
class Settings:
    last_library: str = ""
    last_article: str = ""
    theme: str = "light"
    language: str = ""  # "en", "fr"; "" follows the system
    zoom: int = 0  # reader font steps above or below the default
    window_geometry: str = ""  # Qt's saveGeometry(), base64
    splitter_sizes: list[int] = field(default_factory=list)
    library_columns: str = ""  # Qt's saveState() of the library's header: widths, order, sort
    hover_cards: bool = True  # a card on an astronaut link where the pointer rests


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Never fails: a broken file is kept as .bak and replaced by defaults; a bad value falls back alone."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict):
        _keep_copy(path)
        return Settings()
    defaults = Settings()
    values = {f.name: data[f.name] for f in fields(Settings) if _valid(data.get(f.name), getattr(defaults, f.name))}
    return Settings(**values)


def _valid(value: object, default: object) -> bool:
    if isinstance(default, list):
        return isinstance(value, list) and all(_valid(v, 0) for v in value)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):  # sizes and steps: Qt takes 32-bit ints, and a bool is no number here
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 100_000
    return isinstance(value, type(default))


def _keep_copy(path: Path) -> None:
    """The next save replaces a bad file: keep it beside, for the user to look at."""
    try:
        shutil.copyfile(path, path.with_suffix(".json.bak"))
    except OSError:
        pass


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"version": SETTINGS_VERSION, **asdict(settings)}, indent=2)  # the version is for migrations
    # Write beside, then rename: a crash mid-write leaves the old file, never half a file. The fsyncs are for a
    # power cut, not a killed app: the data reaches the disk before the rename, and the rename before we return.
    handle, temporary = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder to sync it
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError:  # a folder we may write but not read, or a file system (network, FUSE) that will not sync one
        pass  # the file itself is synced, and the rename done: the save stands

"""The reader's settings: a small JSON file under the config dir, written atomically, read defensively."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from spacereader import paths
from spacereader.core.themes import DEFAULT_THEME, THEME_CHOICES
from spacereader.core.typography import SIZE, SPACING, WIDTH, Typography, valid_family, within

SETTINGS_VERSION = 1
MAX_RECENT_LIBRARIES = 8


@dataclass
class Settings:
    last_library: str = ""
    last_article: str = ""
    theme: str = DEFAULT_THEME  # one of THEME_CHOICES
    language: str = ""  # "en", "fr"; "" follows the system
    font_family: str = Typography.family  # "serif", "sans" or a font's name
    text_size: int = SIZE[2]  # percent
    line_width: int = WIDTH[2]  # characters
    line_spacing: int = SPACING[2]  # percent
    every_mention: bool = False  # link every mention of an astronaut, not only the first of each section
    recent_libraries: list[str] = field(default_factory=list)  # folders, the last opened first
    window_geometry: str = ""  # Qt's saveGeometry(), base64
    splitter_sizes: list[int] = field(default_factory=list)
    library_columns: str = ""  # Qt's saveState() of the library's header: widths, order, sort
    offline_images: bool = False  # a saved full article keeps its images (size-capped): more requests, asked for
    hover_cards: bool = True  # a card on an astronaut link where the pointer rests
    show_outline: bool = True  # the outline beside an article that has headings
    words_per_minute: int = 230  # the reader's speed: the time left in an article is counted from it

    def typography(self) -> Typography:
        return Typography(self.font_family, self.text_size, self.line_width, self.line_spacing)

    def set_typography(self, typography: Typography) -> None:
        self.font_family, self.text_size = typography.family, typography.size
        self.line_width, self.line_spacing = typography.width, typography.spacing

    def remember_library(self, folder: str) -> None:
        """The library opened, first among the recent ones."""
        self.last_library = folder
        self.recent_libraries = [folder, *(f for f in self.recent_libraries if f != folder)][:MAX_RECENT_LIBRARIES]


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
    if "text_size" not in data and _valid("zoom", data.get("zoom"), 0):  # the older setting, in font steps of 12 pt
        data["text_size"] = min(SIZE[1], max(SIZE[0], round(100 + data["zoom"] * 100 / 12)))
    defaults = Settings()
    values = {f.name: data[f.name] for f in fields(Settings) if _valid(f.name, data.get(f.name), getattr(defaults, f.name))}
    return Settings(**values)


_CHECKS = {
    "theme": lambda value: value in THEME_CHOICES,
    "font_family": valid_family,
    "text_size": lambda value: within(value, SIZE),
    "line_width": lambda value: within(value, WIDTH),
    "line_spacing": lambda value: within(value, SPACING),
    "recent_libraries": lambda value: isinstance(value, list) and all(isinstance(v, str) and v for v in value),
}


def _valid(name: str, value: object, default: object) -> bool:
    if name in _CHECKS:
        return bool(_CHECKS[name](value))
    if isinstance(default, list):  # sizes: Qt takes 32-bit ints
        return isinstance(value, list) and all(_valid("", v, 0) for v in value)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):  # a bool is no number here
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

"""Where things live: the bundled resources and sample library, and the per-user folders."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "spacereader"
_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # An installed wheel carries a copy under _data/; a checkout has the folder beside the package.
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def resources_dir() -> Path:
    return _bundled("resources")


def bundled_library() -> Path:
    return _bundled("articles")


def bundled_profiles_dir() -> Path:
    return resources_dir() / "astronauts"


def styles_dir() -> Path:
    return resources_dir() / "styles"


def icon_path() -> Path:
    return resources_dir() / "icons" / "spacereader.svg"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def state_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    # saved copies of full articles: ~/.local/share/spacereader on Linux
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    # ~/.local/state/spacereader/log on Linux, ~/Library/Logs/spacereader on macOS, …\spacereader\Logs on Windows
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))

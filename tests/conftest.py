"""Every test runs offscreen and away from the user's real config, cache and state folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # without it Qt aborts on a machine with no display

import pytest  # noqa: E402

from spacereader import paths  # noqa: E402
from spacereader.core import i18n  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setattr(paths, "config_dir", lambda: home / "config")  # on every platform
    monkeypatch.setattr(paths, "log_dir", lambda: home / "log")
    monkeypatch.setattr(paths, "cache_dir", lambda: home / "cache")
    monkeypatch.setattr(paths, "state_dir", lambda: home / "state")
    for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))  # for the commands tests run as processes
    return home


@pytest.fixture(autouse=True)
def english_core():
    """Each test starts with the core's words in English (a test of French puts its own and is undone here)."""
    yield
    i18n.install(None, None)

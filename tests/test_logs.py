"""The log file: where problems go, how big it may grow, and that a folder that cannot be written stops nothing."""

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from spacereader import logs, paths
from spacereader.core.library import load_library
from tests.helpers import write


@pytest.fixture
def log_path():
    path = logs.setup_logging()
    yield path
    logs.close_logging()


def test_the_log_is_a_utf8_file_in_the_user_log_folder(log_path):
    logging.getLogger("spacereader.core.articles").warning("Réseaux sociaux.md could not be read")
    assert log_path == paths.log_dir() / "spacereader.log"
    text = log_path.read_text(encoding="utf-8")
    assert "WARNING spacereader.core.articles: Réseaux sociaux.md could not be read" in text


def test_setting_up_twice_logs_each_line_once(log_path):
    logs.setup_logging()
    logs.logger.info("once")
    assert log_path.read_text(encoding="utf-8").count("once") == 1


def test_the_log_rotates_at_one_megabyte_and_keeps_three_old_files(log_path):
    line = "x" * 50_000
    for _ in range(200):  # 10 MB written
        logs.logger.info(line)
    files = sorted(log_path.parent.iterdir())
    assert [f.name for f in files] == ["spacereader.log", "spacereader.log.1", "spacereader.log.2", "spacereader.log.3"]
    assert all(f.stat().st_size <= logs.MAX_BYTES for f in files)


def test_an_unwritable_log_folder_falls_back_to_stderr(monkeypatch, tmp_path, capsys):
    blocker = write(tmp_path / "not-a-folder", "")
    monkeypatch.setattr(paths, "log_dir", lambda: blocker / "log")
    try:
        assert logs.setup_logging() is None
        logs.logger.warning("still heard")
    finally:
        logs.close_logging()
    err = capsys.readouterr().err
    assert "cannot write the log file" in err and "still heard" in err


def test_opening_a_library_logs_the_files_it_could_not_use(log_path, tmp_path):
    write(tmp_path / "good.md", "---\ntitle: Fine\n---\nText\n")
    write(tmp_path / "broken.md", "---\ntitle: [unclosed\n---\nBody\n")
    logs.log_library(load_library(tmp_path))
    text = log_path.read_text(encoding="utf-8")
    assert f"opened library {tmp_path}: 2 articles, errors: 1, warnings: 0" in text
    assert "broken.md:" in text and "good.md" not in text


def wait_for(condition, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the log folder is found through XDG here")
def test_the_app_logs_its_start_to_the_user_log_folder(isolated_user_dirs, tmp_path):
    log = isolated_user_dirs / "xdg_state_home" / "spacereader" / "log" / "spacereader.log"  # platformdirs on Linux
    write(tmp_path / "only.md", "---\ntitle: Only\n---\nText\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-c", "import sys; from spacereader.cli import main; sys.exit(main())",
                            str(tmp_path)], env=env, cwd=Path(__file__).resolve().parents[1],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        started = wait_for(lambda: log.is_file() and "starting: SpaceReader" in log.read_text(encoding="utf-8"))
    finally:
        app.terminate()
        _, errors = app.communicate(timeout=30)
    assert started, f"no start line in {log}; the app said: {errors}"

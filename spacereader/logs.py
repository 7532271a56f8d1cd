"""The app's log: problems and unexpected errors go to a rotating file under the user's log folder (no Qt here)."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from spacereader import paths

LOG_NAME = "spacereader.log"
MAX_BYTES = 1_000_000  # small enough to open and read; with the backups at most 4 MB on disk
BACKUPS = 3  # spacereader.log.1 … .3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HANDLER_NAME = "spacereader"  # ours, so a second setup replaces it instead of logging every line twice

logger = logging.getLogger("spacereader")  # the parent of every module's logging.getLogger(__name__)


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging() -> Path | None:
    """Log to the file, or to stderr when its folder cannot be written: the app runs either way.

    Returns the file, or None when logging fell back to stderr.
    """
    close_logging()
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        handler, path, failure = logging.StreamHandler(sys.stderr), None, exc
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    if path is None:
        logger.warning("cannot write the log file %s (%s); logging to standard error instead", log_file(), failure)
    return path


def close_logging() -> None:
    for handler in [h for h in logger.handlers if h.get_name() == HANDLER_NAME]:
        logger.removeHandler(handler)
        handler.close()


def log_library(library) -> None:
    """One line for an opened library, and one for each file it could not use (its errors; warnings are counted)."""
    problems = library.problems
    errors = [p for p in problems if p.is_error]
    logger.info("opened library %s: %d articles, errors: %d, warnings: %d",
                library.root, len(library.articles), len(errors), len(problems) - len(errors))
    for problem in errors:
        logger.info("%s", problem)

"""A problem found in a file: what the app shows beside it and what `spacereader check` prints."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int  # 1-based; 0 when it concerns the whole file
    severity: Severity
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        return f"{shown(self.path)}:{self.line}: {self.severity.value}: {self.message}"

    def short(self) -> str:
        """The problem without the file name, for a view that already shows which file it is."""
        return short_problem(self.line, self.severity.value, self.message)


def short_problem(line: int, severity: str, message: str) -> str:
    where = f"line {line}: " if line else ""
    return f"{severity}: {where}{message}"


def error(path: Path, line: int, message: str) -> Problem:
    return Problem(path, line, Severity.ERROR, message)


def warning(path: Path, line: int, message: str) -> Problem:
    return Problem(path, line, Severity.WARNING, message)


def shown(path: Path | str) -> str:
    """A file name as it can be printed on one line: bytes that are not UTF-8 as \\xNN, and line breaks, other
    control characters and invisible format characters (a right-to-left override) as escapes."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in _UNSHOWN else c for c in text)


_UNSHOWN = {"Cc", "Cf", "Zl", "Zp"}

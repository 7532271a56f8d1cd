"""A problem found in a file: what the app shows beside it and what `spacereader check` prints."""

from __future__ import annotations

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
        return f"{self.path}:{self.line}: {self.severity.value}: {self.message}"

    def short(self) -> str:
        """The problem without the file name, for a view that already shows which file it is."""
        where = f"line {self.line}: " if self.line else ""
        return f"{self.severity.value}: {where}{self.message}"


def error(path: Path, line: int, message: str) -> Problem:
    return Problem(path, line, Severity.ERROR, message)


def warning(path: Path, line: int, message: str) -> Problem:
    return Problem(path, line, Severity.WARNING, message)

"""Reading an author's file as text, whatever encoding their editor chose, without ever raising."""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path

from spacereader.core.problems import Problem, error, warning

MAX_FILE_BYTES = 8 * 1024 * 1024  # an article larger than this is almost surely not an article
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass
class TextFile:
    text: str | None  # None when the file could not be read as text at all
    problems: list[Problem] = field(default_factory=list)


def read_text(path: Path) -> TextFile:
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            return TextFile(None, [error(path, 0, "not a regular file (a pipe, device or folder)")])
        size = status.st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            return TextFile(None, [error(path, 0, f"file is too large ({size / 1e6:.1f} MB; the limit is {limit} MB)")])
        data = path.read_bytes()
    except OSError as exc:
        return TextFile(None, [error(path, 0, f"cannot be read: {exc.strerror or exc}")])
    return decode(path, data)


def decode(path: Path, data: bytes) -> TextFile:
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return TextFile(None, [error(path, 0, "not a text file: broken UTF-16")])
        return TextFile(_normalise(text), [warning(path, 0, "encoded as UTF-16; save it as UTF-8")])
    if b"\x00" in data:
        return TextFile(None, [error(path, 0, "not a text file (it contains binary data)")])
    try:
        return TextFile(_normalise(data.decode("utf-8-sig")))
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("cp1252", errors="replace")
        return TextFile(_normalise(text), [warning(path, line, "not valid UTF-8; read as Windows-1252 (cp1252)")])


def _normalise(text: str) -> str:
    """One kind of line ending (CRLF and lone CR become LF), so line numbers mean the same everywhere."""
    return text.replace("\r\n", "\n").replace("\r", "\n")

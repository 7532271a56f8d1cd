"""Reading an author's file as text, whatever encoding their editor chose, without ever raising."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from spacereader.core.problems import Problem, problem
from spacereader.core.rules import REASONS

MAX_FILE_BYTES = 8 * 1024 * 1024  # an article larger than this is almost surely not an article
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13})  # no text editor writes these; binary formats are full of them
_REASONS = {errno.ENOENT: REASONS["missing"], errno.EACCES: REASONS["denied"], errno.EPERM: REASONS["denied"],
            errno.ELOOP: REASONS["loop"]}


@dataclass
class TextFile:
    text: str | None  # None when the file could not be read as text at all
    problems: list[Problem] = field(default_factory=list)


def read_text(path: Path) -> TextFile:
    try:
        data = _read_bytes(path)
    except _Refused as refused:
        return TextFile(None, [problem(path, 0, refused.rule, **refused.details)])
    except OSError as exc:
        return TextFile(None, [problem(path, 0, "file-unreadable", reason=_REASONS.get(exc.errno) or exc.strerror or exc)])
    return decode(path, data)


class _Refused(Exception):
    """A file we will not read, and the rule that says why."""

    def __init__(self, rule: str, **args: object):
        super().__init__(rule)
        self.rule, self.details = rule, args


def _read_bytes(path: Path) -> bytes:
    # Open first and ask the open file what it is: a pipe put in the file's place after the library was scanned
    # must not block us (O_NONBLOCK), and the size we check is the size of what we read.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise _Refused("file-not-regular")
        if status.st_size > MAX_FILE_BYTES:
            raise _too_large(status.st_size)
        with open(descriptor, "rb", closefd=False) as file:
            data = file.read(MAX_FILE_BYTES + 1)  # never more, even if the file grows while we read
    finally:
        os.close(descriptor)
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    return data


def _too_large(size: int) -> _Refused:
    return _Refused("file-too-large", size=f"{size / 1e6:.1f}", limit=MAX_FILE_BYTES // (1024 * 1024))


def decode(path: Path, data: bytes) -> TextFile:
    if data.startswith(_UTF16_BOMS):
        return _decode_utf16(path, data, "utf-16", "encoding-utf16")
    if b"\x00" in data and (encoding := _utf16_without_bom(data)):
        return _decode_utf16(path, data, encoding, "encoding-utf16-no-bom")
    if _looks_binary(data):
        return TextFile(None, [problem(path, 0, "file-binary")])
    try:
        return TextFile(_normalise(data.decode("utf-8-sig")))
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("cp1252", errors="replace")
        return TextFile(_normalise(text), [problem(path, line, "encoding-cp1252")])


def _decode_utf16(path: Path, data: bytes, encoding: str, rule: str) -> TextFile:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return TextFile(None, [problem(path, 0, "encoding-utf16-broken")])
    if "\x00" in text:
        return TextFile(None, [problem(path, 0, "file-binary")])
    return TextFile(_normalise(text), [problem(path, 0, rule)])


def _utf16_without_bom(data: bytes) -> str | None:
    """Mostly-ASCII UTF-16 has a zero in every other byte: the odd ones (little-endian) or the even ones."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            return encoding
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    return b"\x00" in data or len(sample.translate(None, delete=_CONTROL_BYTES)) < 0.95 * len(sample)


def _normalise(text: str) -> str:
    """One kind of line ending (CRLF and lone CR become LF), so line numbers mean the same everywhere."""
    return text.replace("\r\n", "\n").replace("\r", "\n")

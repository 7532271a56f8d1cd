"""File names as they can be printed: light on purpose, for the commands that print names from the index."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path


def shown(path: Path | str) -> str:
    """A file name as it can be printed on one line: bytes that are not UTF-8 as \\xNN, and line breaks, other
    control characters and invisible format characters (a right-to-left override) as escapes. The zero-width
    non-joiner and joiner are part of Persian, Arabic and Indic spelling, and the zero-width space separates Khmer
    and Thai words: they stay."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in _UNSHOWN and c not in _JOINERS
                   else c for c in text)


_UNSHOWN = {"Cc", "Cf", "Zl", "Zp"}
_JOINERS = {"\u200b", "\u200c", "\u200d"}

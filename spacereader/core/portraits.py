"""An astronaut's picture: `astronauts/<id>.jpg|jpeg|png|webp`, in the library's own folder or the bundled one,
checked as an article's images are (inside its folder once links are followed, a file, not too large, never
remote); where there is none, an avatar of their initials in a colour that is always the same for them."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from spacereader.core.links import probe

EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp")
MAX_PORTRAIT_BYTES = 2 * 1024 * 1024  # a face at a few hundred pixels is far less; more is a mistake or a trap
AVATAR_COLOURS = ("#1f5fae", "#8a3b12", "#2e6b2f", "#6a3d9a", "#a02c5a", "#00695c", "#7a5200", "#455a64",
                  "#b3261e", "#3949ab", "#6d4c41", "#00727d", "#8e24aa", "#546e2a")


class Refusal(Enum):
    OUTSIDE = "outside"  # a symbolic link that leads out of its folder
    TOO_LARGE = "too large"
    NOT_A_FILE = "not a file"


@dataclass(frozen=True)
class Portrait:
    path: Path | None  # the picture to show; None: the initials avatar
    refused: tuple[tuple[Path, Refusal], ...] = field(default=())  # pictures found and not shown, and why


def find_portrait(profile_id: str, folders: list[Path]) -> Portrait:
    """The first acceptable picture, the library's own folder first (it overrides the bundled one, as its
    profiles do). `folders` as `profile_folders` gives them: the bundled one first."""
    refused: list[tuple[Path, Refusal]] = []
    for folder in reversed(folders):
        for extension in EXTENSIONS:
            candidate = folder / f"{profile_id}{extension}"
            if not probe(Path.exists, candidate) and not candidate.is_symlink():
                continue
            refusal = _refusal(candidate, folder)
            if refusal is None:
                return Portrait(candidate.resolve(), tuple(refused))
            refused.append((candidate, refusal))
    return Portrait(None, tuple(refused))


def _refusal(candidate: Path, folder: Path) -> Refusal | None:
    try:
        real, home = candidate.resolve(), folder.resolve()
        if not real.is_relative_to(home):
            return Refusal.OUTSIDE
        if not real.is_file():
            return Refusal.NOT_A_FILE
        return Refusal.TOO_LARGE if real.stat().st_size > MAX_PORTRAIT_BYTES else None
    except (OSError, RuntimeError):  # a loop of links, a file gone or unreadable
        return Refusal.NOT_A_FILE


def initials(name: str) -> str:
    """"Chris Hadfield" → "CH", "Jean-Loup Chrétien" → "JC", "Ada" → "A": the first and last names' first letters."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return "?"
    first, last = name.split()[0], words[-1]
    return (first[0] + last[0]).upper() if len(name.split()) > 1 else first[0].upper()


def avatar_colour(profile_id: str) -> str:
    """The same colour for a profile on every run and machine (crc32, not Python's salted hash), from a set of
    dark, saturated ones told apart at a glance, each with white initials at a contrast of 5.6:1 or more and
    distinct from the page in every theme."""
    return AVATAR_COLOURS[zlib.crc32(profile_id.encode("utf-8")) % len(AVATAR_COLOURS)]

"""How the reader sets its text: font family, size, line width and line spacing, with their limits. The reader's
style sheet takes the family and spacing; the reader itself the size and width, which Qt sets outside CSS."""

from __future__ import annotations

from dataclasses import dataclass

SERIF, SANS = "serif", "sans"
SERIF_FAMILIES = ("Charter", "Georgia", "Noto Serif", "DejaVu Serif")
SANS_FAMILIES = ("Inter", "Noto Sans", "DejaVu Sans", "Segoe UI")
# (lowest, highest, default) of each number, as the settings file and the Typography panel take them
SIZE = (50, 300, 100)  # percent of the default size
WIDTH = (40, 120, 70)  # characters a line, about: 70 is a line the eye can follow
SPACING = (100, 250, 150)  # line height, percent of the font's
MAX_FAMILY_LENGTH = 100
_NOT_IN_CSS = str.maketrans("", "", "\"'\\{};<>")


@dataclass(frozen=True)
class Typography:
    family: str = SERIF  # SERIF, SANS, or the name of a font the user chose
    size: int = SIZE[2]
    width: int = WIDTH[2]
    spacing: int = SPACING[2]

    def families(self) -> list[str]:
        """The fonts to try, best first: a chosen font falls back on the serif ones where it is missing."""
        if self.family == SANS:
            return list(SANS_FAMILIES)
        if self.family == SERIF or not self.family.strip():
            return list(SERIF_FAMILIES)
        return [self.family, *SERIF_FAMILIES]

    def css_families(self) -> str:
        generic = "sans-serif" if self.family == SANS else "serif"
        names = (name.translate(_NOT_IN_CSS).strip() for name in self.families())
        return ", ".join([*(f'"{name}"' for name in names if name), generic])


def valid_family(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) <= MAX_FAMILY_LENGTH and value.isprintable()


def within(value: object, limits: tuple[int, int, int]) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and limits[0] <= value <= limits[1]

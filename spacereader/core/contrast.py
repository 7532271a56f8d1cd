"""Text contrast as WCAG 2 measures it: the relative luminance of two sRGB colours and their ratio, and a colour
moved just far enough towards black or white to be read on a background."""

from __future__ import annotations

AA_TEXT = 4.5  # WCAG 2.1 level AA for body text


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _rgb(colour: str) -> tuple[int, int, int]:
    """#rgb or #rrggbb."""
    digits = colour.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def luminance(colour: str) -> float:
    red, green, blue = (_channel(v) for v in _rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white), whichever is lighter."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: str, background: str, target: float = AA_TEXT) -> str:
    """`colour` itself if it reads on `background`, else mixed towards black or white (away from the background)
    in small steps until it does: a code style's hues stay recognisable."""
    if contrast_ratio(colour, background) >= target:
        return colour
    black_wins = contrast_ratio("#000000", background) > contrast_ratio("#ffffff", background)
    towards = "#000000" if black_wins else "#ffffff"
    for step in range(1, 21):
        mixed = mix(colour, towards, step / 20)
        if contrast_ratio(mixed, background) >= target:
            return mixed
    return towards


def mix(colour: str, other: str, share: float) -> str:
    """`share` of the way from `colour` to `other`."""
    pairs = zip(_rgb(colour), _rgb(other), strict=True)
    return "#" + "".join(f"{round(a + (b - a) * share):02x}" for a, b in pairs)

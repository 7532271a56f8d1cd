"""Colour themes, shared by the reader's style sheet, exported pages and the Qt palette. Every text colour reads on
every background it is drawn on (tests/core/test_contrast.py holds them to WCAG AA, the high-contrast one to AAA)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from string import Template

from pygments.formatters import HtmlFormatter

from spacereader.core.contrast import AA_TEXT, contrast_ratio, readable
from spacereader.core.i18n import QT_TRANSLATE_NOOP
from spacereader.core.typography import Typography
from spacereader.paths import styles_dir


@dataclass(frozen=True)
class Theme:
    name: str
    label: str  # marked for translation, translated where shown
    is_dark: bool
    background: str
    surface: str  # panels, code blocks, table headers, tags
    text: str
    muted: str
    accent: str  # links and the full-article button
    selection: str  # the selected row, under selected_text
    border: str
    quote: str
    error: str
    warning: str
    tip: str  # a tip callout's bar and title
    code_style: str  # a Pygments style name
    selected_text: str = "#ffffff"
    min_contrast: float = AA_TEXT  # what its text colours reach on its backgrounds

    def text_colours(self) -> dict[str, str]:
        """The colours text is drawn in on the background and on the surface."""
        return {name: getattr(self, name) for name in ("text", "muted", "accent", "error", "warning", "tip")}


THEMES = {
    theme.name: theme
    for theme in (
        Theme("light", QT_TRANSLATE_NOOP("Theme", "Light"), False, "#fbfaf7", "#f0eee8", "#24262b", "#5f636c",
              "#1f5fae", "#1f5fae", "#dcd9d0", "#b8b4a8", "#b3261e", "#8a5a00", "#2a7230", "friendly"),
        Theme("sepia", QT_TRANSLATE_NOOP("Theme", "Sepia"), False, "#f4ecd8", "#e9dfc6", "#3b2f22", "#66574a",
              "#8a4b12", "#8a4b12", "#d6c8a8", "#bfa77f", "#9c2a1c", "#7a5200", "#4f6b1f", "friendly"),
        Theme("dark", QT_TRANSLATE_NOOP("Theme", "Dark"), True, "#17191d", "#22252b", "#dcdfe4", "#9aa1ad",
              "#7fb2f0", "#2d5a94", "#353a43", "#4a5160", "#f28b82", "#e6b455", "#81c995", "monokai"),
        Theme("high-contrast", QT_TRANSLATE_NOOP("Theme", "High Contrast"), True, "#000000", "#141414", "#ffffff",
              "#e0e0e0", "#ffe34d", "#ffe34d", "#ffffff", "#ffffff", "#ff9c94", "#ffc266", "#8cf29a", "github-dark",
              selected_text="#000000", min_contrast=7.0),
    )
}
DEFAULT_TYPOGRAPHY = Typography()
SYSTEM = "system"  # light or dark as the desktop is
THEME_CHOICES = (SYSTEM, *THEMES)
DEFAULT_THEME = SYSTEM
SYSTEM_LABEL = QT_TRANSLATE_NOOP("Theme", "Follow the System")


def theme_named(name: str, system_dark: bool = False) -> Theme:
    """The theme chosen; "system" (and any name we do not know) is light or dark as the desktop is."""
    if name in THEMES:
        return THEMES[name]
    return THEMES["dark" if system_dark else "light"]


_COLOUR = re.compile(r"(?<![\w-])color:\s*(#[0-9a-fA-F]{3,6})")
_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_BACKGROUND = re.compile(r"background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})")


def code_css(theme: Theme) -> str:
    """Pygments' rules for the theme's code style, each colour made readable on the code's background (a rule with
    its own background, on that): a style's comments are often too faint to read."""
    defs = HtmlFormatter(style=theme.code_style).get_style_defs(".codehilite")

    def rule(found: re.Match) -> str:
        body, own = found.group(2), _BACKGROUND.search(found.group(2))
        ground = own.group(1) if own and "codehilite {" not in found.group(0) else theme.surface
        colour = _COLOUR.search(body)
        if colour and contrast_ratio(readable(colour.group(1), ground, theme.min_contrast), ground) < theme.min_contrast:
            body, ground = _BACKGROUND.sub(f"background-color: {theme.surface}", body), theme.surface  # a mid grey
        body = _COLOUR.sub(lambda c: f"color: {readable(c.group(1), ground, theme.min_contrast)}", body)
        return f"{found.group(1)}{{{body}}}"

    return _RULE.sub(rule, defs)


@lru_cache(maxsize=16)  # a few themes and typographies: each change in the Typography panel is a new one
def reader_css(theme_name: str, typography: Typography = DEFAULT_TYPOGRAPHY) -> str:
    """The reader's style sheet in a theme's colours and the reader's typography, code highlighting included."""
    theme = theme_named(theme_name)
    template = Template((styles_dir() / "reader.css").read_text(encoding="utf-8"))
    values = {**asdict(theme), "body_font": typography.css_families(), "line_spacing": typography.spacing}
    return template.substitute(values) + "\n" + code_css(theme)

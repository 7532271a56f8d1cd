"""Colour themes, shared by the reader's style sheet, exported pages and the Qt palette."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from string import Template

from pygments.formatters import HtmlFormatter

from spacereader.core.i18n import QT_TRANSLATE_NOOP
from spacereader.paths import styles_dir


@dataclass(frozen=True)
class Theme:
    name: str
    label: str
    is_dark: bool
    background: str
    surface: str  # panels, code blocks, table headers
    text: str
    muted: str
    accent: str  # links and the full-article button
    selection: str  # the selected row, under white text
    border: str
    quote: str
    error: str
    warning: str
    tip: str  # a tip callout's bar and title
    code_style: str  # a Pygments style name


THEMES = {
    theme.name: theme
    for theme in (
        Theme("light", QT_TRANSLATE_NOOP("Theme", "Light"),
              False, "#fbfaf7", "#f0eee8", "#24262b", "#6b6f78", "#1f5fae", "#1f5fae", "#dcd9d0",
              "#b8b4a8", "#b3261e", "#8a5a00", "#2e7d32", "friendly"),
        Theme("sepia", QT_TRANSLATE_NOOP("Theme", "Sepia"),
              False, "#f4ecd8", "#e9dfc6", "#3b2f22", "#7a6a55", "#8a4b12", "#8a4b12", "#d6c8a8",
              "#bfa77f", "#9c2a1c", "#7a5200", "#4f6b1f", "friendly"),
        Theme("dark", QT_TRANSLATE_NOOP("Theme", "Dark"),
              True, "#17191d", "#22252b", "#dcdfe4", "#9aa1ad", "#7fb2f0", "#2d5a94", "#353a43",
              "#4a5160", "#f28b82", "#e6b455", "#81c995", "monokai"),
    )
}
DEFAULT_THEME = "light"


def theme_named(name: str) -> Theme:
    return THEMES.get(name, THEMES[DEFAULT_THEME])


@cache
def reader_css(theme_name: str) -> str:
    """The reader's style sheet in a theme's colours, code highlighting included."""
    theme = theme_named(theme_name)
    template = Template((styles_dir() / "reader.css").read_text(encoding="utf-8"))
    code = HtmlFormatter(style=theme.code_style).get_style_defs(".codehilite")
    return template.substitute(asdict(theme)) + "\n" + code

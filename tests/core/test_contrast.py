"""Every theme's text reads on every background it is drawn on, as WCAG 2.1 AA asks (4.5:1), computed from the
theme's own colours and from the style sheet the reader gets; the high-contrast theme reaches AAA (7:1)."""

import re

import pytest

from spacereader.core.contrast import AA_TEXT, contrast_ratio, readable
from spacereader.core.themes import THEMES, code_css, reader_css


def test_the_formula_gives_the_known_ratios():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-too-light grey
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_every_text_colour_reads_on_the_page_and_on_panels(theme):
    assert theme.min_contrast >= AA_TEXT
    for name, colour in theme.text_colours().items():
        for ground in ("background", "surface"):
            ratio = contrast_ratio(colour, getattr(theme, ground))
            assert ratio >= theme.min_contrast, f"{theme.name}: {name} on {ground} is {ratio:.2f}:1"
    assert contrast_ratio(theme.selected_text, theme.selection) >= theme.min_contrast  # the selected row


def test_the_high_contrast_theme_reaches_aaa():
    assert THEMES["high-contrast"].min_contrast >= 7.0


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_every_colour_of_highlighted_code_reads_on_its_background(theme):
    for selector, body in re.findall(r"([^{}]*)\{([^{}]*)\}", code_css(theme)):
        colour = re.search(r"(?<![\w-])color:\s*(#[0-9a-fA-F]{3,6})", body)
        own = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})", body)
        if colour is None:
            continue
        ground = own.group(1) if own and selector.strip() != ".codehilite" else theme.surface
        assert contrast_ratio(colour.group(1), ground) >= theme.min_contrast, f"{theme.name}: {selector.strip()}"


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_the_reader_style_sheet_uses_the_theme_colours(theme):
    css = reader_css(theme.name)
    assert f"color: {theme.text}; background-color: {theme.background}" in css
    assert "$" not in css  # every placeholder filled


def test_a_faint_colour_is_moved_just_far_enough():
    assert readable("#1f5fae", "#ffffff") == "#1f5fae"  # already readable: unchanged
    darker = readable("#a0c0e0", "#ffffff")
    assert contrast_ratio(darker, "#ffffff") >= AA_TEXT
    lighter = readable("#404040", "#000000")
    assert contrast_ratio(lighter, "#000000") >= AA_TEXT

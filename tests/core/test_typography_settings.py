"""The reader's typography and theme in the settings file: typed, with defaults, every value checked on reading."""

import json

import pytest

from spacereader.core.settings import MAX_RECENT_LIBRARIES, Settings, load_settings, save_settings
from spacereader.core.typography import Typography


def test_the_defaults_follow_the_desktop_in_a_serif_at_the_usual_size():
    settings = Settings()
    assert settings.theme == "system"
    assert settings.typography() == Typography("serif", 100, 70, 150)
    assert settings.every_mention is False


def test_a_typography_round_trips(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(theme="high-contrast")
    settings.set_typography(Typography("Noto Sans Mono", 300, 40, 250))
    save_settings(settings, path)
    assert load_settings(path) == settings


@pytest.mark.parametrize(("key", "value"), [
    ("text_size", 301), ("text_size", 49), ("text_size", True), ("text_size", "150"),
    ("line_width", 10), ("line_spacing", 99), ("font_family", ""), ("font_family", "x" * 101),
    ("font_family", "Evil\nFont"), ("theme", "neon"), ("every_mention", 1), ("recent_libraries", [1, 2]),
])
def test_a_value_out_of_bounds_falls_back_to_its_default_alone(tmp_path, key, value):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({key: value, "last_library": "/lib"}), encoding="utf-8")
    loaded = load_settings(path)
    assert getattr(loaded, key) == getattr(Settings(), key)
    assert loaded.last_library == "/lib"


def test_the_older_zoom_steps_become_a_text_size(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"zoom": 3}), encoding="utf-8")
    assert load_settings(path).text_size == 125  # 3 points on 12


def test_a_font_name_cannot_break_out_of_the_style_sheet():
    css = Typography('Evil"; } body { color: red').css_families()
    assert css.startswith('"Evil  body  color: red", "Charter"')
    assert "}" not in css and ";" not in css


def test_recent_libraries_keep_the_last_opened_first_once_each():
    settings = Settings()
    for n in [1, 2, 3, 2]:
        settings.remember_library(f"/lib{n}")
    assert settings.recent_libraries == ["/lib2", "/lib3", "/lib1"]
    for n in range(20):
        settings.remember_library(f"/many{n}")
    assert len(settings.recent_libraries) == MAX_RECENT_LIBRARIES

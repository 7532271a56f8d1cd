"""The command line, as authors and scripts use it: list, profiles, render, check, screenshot, --version."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from spacereader import __version__
from spacereader.cli import main
from tests.helpers import write

HADFIELD = """---
title: Earth from Orbit
author: Daniel Okafor
date: 2023-05-12
lang: en
tags: [ISS, photography]
full_article: https://example.org/earth-from-orbit
summary: Photographs from the station.
---
Chris Hadfield took this one.

![The Nile at night](https://example.org/nile.jpg)
"""
PESQUET = """---
title: Alpha
date: 2021-11-10
lang: fr
astronauts: [mike-massimino]
summary: Pesquet aux commandes.
---
Thomas Pesquet aux commandes.
"""
PROBLEM_LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+): (?P<severity>error|warning): .+$")


def run(capsys, *argv):
    """(exit code, stdout, stderr) as a shell would see them."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit:
        code = exit.code
    out, err = capsys.readouterr()
    if isinstance(code, str):  # Python prints SystemExit("message") to stderr and exits with 1
        return 1, out, err + code
    return code or 0, out, err


@pytest.fixture
def library(tmp_path):
    write(tmp_path / "earth.md", HADFIELD)
    write(tmp_path / "fr" / "alpha.md", PESQUET)
    return tmp_path


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"spacereader {__version__}")


def test_list_shows_each_article_newest_first(capsys, library):
    write(library / "broken.md", "---\ntitle: Broken\ndate: someday\n---\n")
    code, out, _ = run(capsys, "list", library)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert "Earth from Orbit" in lines[0] and "earth.md" in lines[0] and "2023-05-12" in lines[0]
    assert "Alpha" in lines[1] and "fr" in lines[1]
    assert "⚠" in lines[2] and "Broken" in lines[2]


def test_list_json(capsys, library):
    write(library / "broken.md", "---\ntitle: Broken\ndate: someday\n---\n")
    code, out, _ = run(capsys, "list", library, "--json")
    rows = {Path(row["path"]).name: row for row in json.loads(out)}
    assert code == 0 and set(rows) == {"earth.md", "alpha.md", "broken.md"}
    assert all(Path(row["path"]).is_absolute() for row in rows.values())
    assert rows["earth.md"] == {
        "path": str((library / "earth.md").resolve()), "title": "Earth from Orbit", "author": "Daniel Okafor",
        "date": "2023-05-12", "lang": "en", "tags": ["ISS", "photography"], "astronauts": ["chris-hadfield"],
        "full_article": "https://example.org/earth-from-orbit", "problems": [], "saved_copy": None, "saved_at": None,
    }
    assert rows["alpha.md"]["astronauts"] == ["mike-massimino", "thomas-pesquet"]  # declared ones first
    [problem] = rows["broken.md"]["problems"]
    assert problem.startswith("error: line 3:") and "someday" in problem


def test_profiles_json_with_the_articles_that_mention_them(capsys, library):
    code, out, _ = run(capsys, "profiles", library, "--json")
    profiles = {row["id"]: row for row in json.loads(out)}
    assert code == 0 and len(profiles) >= 8
    hadfield = profiles["chris-hadfield"]
    assert (hadfield["name"], hadfield["agency"]) == ("Chris Hadfield", "CSA")
    assert hadfield["mentioned_in"] == [str((library / "earth.md").resolve())]
    assert profiles["thomas-pesquet"]["mentioned_in"] == [str((library / "fr" / "alpha.md").resolve())]
    assert profiles["peggy-whitson"]["mentioned_in"] == []


def assert_standalone_page(html):
    assert "<title>Earth from Orbit</title>" in html
    assert 'href="https://example.org/earth-from-orbit"' in html and "Read the full article" in html
    assert "<style>" in html
    assert not re.search(r"""src\s*=\s*["']?(https?:)?//""", html)  # nothing fetched when opened
    assert "The Nile at night" in html  # the remote image's alt text instead


def test_render_to_standard_output(capsys, library):
    code, out, _ = run(capsys, "render", library / "earth.md")
    assert code == 0
    assert_standalone_page(out)


def test_render_to_a_file(capsys, library, tmp_path):
    out_file = tmp_path / "out" / "earth.html"
    out_file.parent.mkdir()
    code, out, _ = run(capsys, "render", library / "earth.md", "-o", out_file)
    assert code == 0 and "<html" not in out
    assert_standalone_page(out_file.read_text(encoding="utf-8"))


def test_render_a_relative_path(capsys, library, monkeypatch):
    monkeypatch.chdir(library / "fr")
    code, out, _ = run(capsys, "render", "alpha.md")
    assert code == 0 and "<title>Alpha</title>" in out


def problem_lines(out):
    lines = out.splitlines()
    assert all(PROBLEM_LINE.match(line) for line in lines), lines
    return [PROBLEM_LINE.match(line).groupdict() for line in lines]


def test_check_prints_file_line_severity_and_fails_on_an_error(capsys, library):
    bad = write(library / "bad.md", "---\ntitle: Bad\nfull_article: ftp://example.org\n---\n")
    warned = write(library / "warned.md", "---\ntitle: Warned\nsummary: S\ntags: 5\n---\n\nSee [this](gone.md).\n")
    code, out, _ = run(capsys, "check", library)
    found = {(Path(p["file"]).name, p["line"], p["severity"]) for p in problem_lines(out)}
    assert code == 1
    assert found == {("bad.md", "3", "error"), ("warned.md", "4", "warning"), ("warned.md", "7", "warning")}
    assert str(bad.resolve()) in out and str(warned.resolve()) in out


def test_check_with_warnings_only_succeeds(capsys, library):
    write(library / "warned.md", "---\ntitle: Warned\nsummary: S\ntags: 5\n---\n")
    code, out, _ = run(capsys, "check", library)
    assert code == 0
    assert [p["severity"] for p in problem_lines(out)] == ["warning"]


def test_check_the_bundled_library(capsys):
    code, out, _ = run(capsys, "check")
    assert (code, out) == (0, "")


@pytest.mark.parametrize("name, code, severities", [("bad.md", 1, ["error"]), ("warned.md", 0, ["warning"]),
                                                    ("earth.md", 0, [])])
def test_check_a_single_file(capsys, library, name, code, severities):
    write(library / "bad.md", "---\ntitle: Bad\ndate: someday\n---\n")
    write(library / "warned.md", "---\ntitle: Warned\nsummary: S\ntags: 5\n---\n")
    result, out, _ = run(capsys, "check", library / name)
    assert result == code
    assert [p["severity"] for p in problem_lines(out)] == severities
    assert all(Path(p["file"]).name == name for p in problem_lines(out))


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["profiles"], ["check"], ["render"], []])
def test_a_missing_path_is_a_message_not_a_traceback(capsys, tmp_path, command):
    missing = tmp_path / "no-such-library"
    code, out, err = run(capsys, *command, missing)
    assert code != 0
    assert "no-such-library" in err and "no such file" in err
    assert "Traceback" not in out + err


def test_python_dash_m_spacereader(tmp_path):
    result = subprocess.run([sys.executable, "-m", "spacereader", "--version"], capture_output=True, text=True,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"spacereader {__version__}"


# screenshot: draws the real window offscreen, in this process, on pytest-qt's QApplication

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
in_the_qt_application = pytest.mark.usefixtures("qapp")


def png_size(path):
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big"), len(data)


@in_the_qt_application
def test_screenshot_of_an_article(capsys, library, tmp_path):
    out = tmp_path / "shots" / "article.png"
    code, printed, err = run(capsys, "screenshot", out, library, "--article", library / "earth.md", "--size", "1000x700")
    assert code == 0, err
    assert printed.strip() == str(out)
    width, height, size = png_size(out)
    assert (width, height) == (1000, 700)
    assert size > 20_000  # a drawn window, not a blank image


@in_the_qt_application
def test_screenshot_of_a_profile(capsys, library, tmp_path):
    out = tmp_path / "profile.png"
    code, _, err = run(capsys, "screenshot", out, library, "--profile", "chris-hadfield", "--theme", "dark")
    assert code == 0, err
    width, height, size = png_size(out)
    assert (width, height) == (1280, 820)
    assert size > 20_000


@in_the_qt_application
def test_screenshot_of_an_unknown_profile_is_a_message(capsys, library, tmp_path):
    code, _, err = run(capsys, "screenshot", tmp_path / "x.png", library, "--profile", "nobody-at-all")
    assert code == 2 and "nobody-at-all" in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_render_follows_a_symlinked_article(capsys, library):
    (library / "link.md").symlink_to(library / "earth.md")
    code, out, _ = run(capsys, "render", library / "link.md")
    assert code == 0 and "Read the full article" in out


def test_render_never_writes_over_the_article(capsys, library):
    article = library / "earth.md"
    before = article.read_bytes()
    code, _, err = run(capsys, "render", article, "-o", article)
    assert code == 2 and "never writes to articles" in err
    assert article.read_bytes() == before


def test_render_into_a_missing_folder_is_a_message(capsys, library, tmp_path):
    code, _, err = run(capsys, "render", library / "earth.md", "-o", tmp_path / "no" / "page.html")
    assert code == 2 and "cannot write" in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["check", "render"])
def test_a_file_that_is_not_an_article_is_refused(capsys, tmp_path, command):
    notes = write(tmp_path / "notes.txt", "hello")
    code, _, err = run(capsys, command, notes)
    assert code == 2 and "not a Markdown article" in err


def test_check_a_missing_path_exits_2_not_1(capsys, tmp_path):
    assert run(capsys, "check", tmp_path / "nowhere")[0] == 2


def test_check_a_profile_file(capsys, tmp_path):
    profile = write(tmp_path / "astronauts" / "jane-doe.yaml", "name: Jane Doe\nmissions: [12]\n")
    code, out, _ = run(capsys, "check", profile)
    assert code == 0
    assert "jane-doe.yaml:1: warning: `missions`: 1 entries without `name` are ignored" in out


@pytest.mark.parametrize("size", ["800", "wide", "10x10"])
def test_screenshot_size_must_be_width_x_height(capsys, tmp_path, size):
    code, _, err = run(capsys, "screenshot", tmp_path / "x.png", "--size", size)
    assert code == 2 and "WIDTHxHEIGHT" in err


def reader_margin_colour(path):
    """The colour of the reader's right margin, just left of its scroll bar: the page background."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    return image.pixelColor(image.width() - 24, image.height() // 2).name()


@in_the_qt_application
@pytest.mark.parametrize(("theme", "background"), [("light", "#fbfaf7"), ("dark", "#17191d")])
def test_screenshot_draws_the_chosen_theme(capsys, library, tmp_path, theme, background):
    out = tmp_path / f"{theme}.png"
    assert run(capsys, "screenshot", out, library, "--theme", theme)[0] == 0
    assert reader_margin_colour(out) == background


@in_the_qt_application
def test_screenshot_shows_the_chosen_article_or_profile(capsys, library, tmp_path):
    shots = {}
    for name, extra in {"earth": ["--article", library / "earth.md"], "alpha": ["--article", library / "fr" / "alpha.md"],
                        "profile": ["--profile", "thomas-pesquet"]}.items():
        shots[name] = tmp_path / f"{name}.png"
        assert run(capsys, "screenshot", shots[name], library, *extra)[0] == 0
    assert len({path.read_bytes() for path in shots.values()}) == 3


def test_screenshot_below_the_window_minimum_says_so_and_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "screenshot", tmp_path / "small.png", "--size", "300x200")
    assert code == 2 and "below the window's minimum" in err
    assert not (tmp_path / "small.png").exists()

"""A library folder as a whole, the bundled sample library, the link policy, history, settings, and no Qt in core."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import spacereader
from spacereader.core.articles import is_web_url
from spacereader.core.history import History, Location
from spacereader.core.library import load_library, scan
from spacereader.core.links import LinkKind, LinkTarget, article_href, classify
from spacereader.core.settings import Settings, load_settings, save_settings
from spacereader.paths import bundled_library
from tests.helpers import write

PACKAGE = Path(spacereader.__file__).parent
GOOD = "---\ntitle: {}\ndate: 2022-01-01\n---\nText about Pesquet.\n"


# scanning

def test_scan_is_recursive_and_skips_hidden_folders_and_profiles(tmp_path):
    for name in ("top.md", "a/b/deep.markdown", "notes.txt", ".git/x.md", "a/.drafts/draft.md",
                 "astronauts/not-an-article.md", ".hidden-file.md"):
        write(tmp_path / name, GOOD.format(name))
    expected = {tmp_path / "top.md", tmp_path / "a/b/deep.markdown"}
    assert set(scan(tmp_path)) == expected
    assert {a.path for a in load_library(tmp_path).articles} == expected


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path / "good-one.md", GOOD.format("Good One"))
    write(tmp_path / "sub/good-two.md", GOOD.format("Good Two"))
    write(tmp_path / "broken.md", "---\ntitle: [unclosed\n---\n")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    library = load_library(tmp_path)
    by_name = {a.path.name: a for a in library.articles}
    assert set(by_name) == {"good-one.md", "good-two.md", "broken.md", "binary.md"}
    assert by_name["good-one.md"].title == "Good One" and by_name["good-one.md"].problems == []
    assert by_name["good-two.md"].title == "Good Two" and by_name["good-two.md"].problems == []
    assert library.mentions[tmp_path / "sub/good-two.md"] == ("thomas-pesquet",)
    assert by_name["broken.md"].has_errors and by_name["binary.md"].has_errors
    assert {p.path.name for p in library.problems if p.is_error} == {"broken.md", "binary.md"}


def test_an_impossible_date_in_one_file_does_not_stop_the_library(tmp_path):
    write(tmp_path / "good.md", GOOD.format("Good"))
    write(tmp_path / "bad-date.md", "---\ntitle: Bad\ndate: 2021-02-30\n---\n")
    library = load_library(tmp_path)
    assert {a.title for a in library.articles} == {"Good", "Bad"}


# the bundled library

@pytest.fixture(scope="module")
def bundled():
    return load_library(bundled_library())


def test_the_bundled_library_has_enough_articles_in_both_languages(bundled):
    languages = [a.lang for a in bundled.articles]
    assert len(bundled.articles) >= 8
    assert languages.count("fr") >= 3 and languages.count("en") >= 3


def test_every_bundled_article_links_to_its_full_article(bundled):
    assert [a.path.name for a in bundled.articles if not is_web_url(a.full_article)] == []


def test_the_bundled_library_has_no_problems(bundled):
    assert [str(p) for p in bundled.problems] == []


# the link policy

@pytest.mark.parametrize("href, kind, value", [
    ("astronaut:chris-hadfield", LinkKind.ASTRONAUT, "chris-hadfield"),
    (article_href(Path("/library/Été 2021/a b#1.md")), LinkKind.ARTICLE, "/library/Été 2021/a b#1.md"),
    ("#section-2", LinkKind.ANCHOR, "section-2"),
    ("https://www.nasa.gov/feature?x=1#top", LinkKind.EXTERNAL, "https://www.nasa.gov/feature?x=1#top"),
    ("  HTTP://example.org  ", LinkKind.EXTERNAL, "HTTP://example.org"),
    ("javascript:alert(1)", LinkKind.REFUSED, "javascript:alert(1)"),
    ("file:///etc/passwd", LinkKind.REFUSED, "file:///etc/passwd"),
    ("data:text/html,hi", LinkKind.REFUSED, "data:text/html,hi"),
    ("mailto:someone@example.org", LinkKind.REFUSED, "mailto:someone@example.org"),
    ("ftp://example.org/file", LinkKind.REFUSED, "ftp://example.org/file"),
    ("https:no-host", LinkKind.REFUSED, "https:no-host"),
    ("astronaut:", LinkKind.REFUSED, "astronaut:"),
    ("#", LinkKind.REFUSED, "#"),
    ("", LinkKind.REFUSED, ""),
])
def test_classify_each_kind_of_link(href, kind, value):
    assert classify(href) == LinkTarget(kind, value)


# history

A, B, C, D = (Location("article", name) for name in "abcd")


def visited(*locations):
    history = History()
    for location in locations:
        history.visit(location)
    return history


def test_an_empty_history_goes_nowhere():
    history = History()
    assert history.current is None and history.back() is None and history.forward() is None
    assert not history.can_go_back() and not history.can_go_forward()


def test_back_and_forward_walk_the_visited_pages():
    history = visited(A, B, C)
    assert (history.back(), history.back()) == (B, A)
    assert history.back() == A and not history.can_go_back()  # stays on the first page
    assert (history.forward(), history.forward()) == (B, C)
    assert history.forward() == C and not history.can_go_forward()


def test_a_new_visit_drops_the_forward_pages():
    history = visited(A, B, C)
    history.back()
    history.back()
    history.visit(D)
    assert history.current == D and not history.can_go_forward()
    assert history.back() == A and history.back() == A


def test_visiting_the_current_page_again_adds_no_step():
    history = visited(A, B, B)
    assert history.back() == A


# settings

def test_settings_round_trip(tmp_path):
    path = tmp_path / "conf" / "settings.json"
    chosen = Settings(last_library="/lib", last_article="/lib/a.md", theme="dark", text_size=80,
                      window_geometry="AdnQywAD", splitter_sizes=[400, 600], offline_images=True)
    save_settings(chosen, path)
    assert load_settings(path) == chosen
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temporary file left behind


def test_settings_live_in_the_user_config_folder(isolated_user_dirs):
    save_settings(Settings(theme="sepia"))
    assert load_settings().theme == "sepia"
    assert (isolated_user_dirs / "config" / "settings.json").is_file()


def test_missing_settings_are_the_defaults(tmp_path):
    assert load_settings(tmp_path / "nothing.json") == Settings()


@pytest.mark.parametrize("content", [
    b"{not json", b"", b"\xff\xfe\x00 garbage", b"[1, 2]", b"null",
])
def test_a_corrupt_settings_file_gives_defaults_and_is_kept_as_bak(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert load_settings(path) == Settings()
    [backup] = tmp_path.glob("*.bak")
    assert backup.read_bytes() == content


def test_a_wrong_typed_value_falls_back_alone(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "theme": "dark", "text_size": "huge", "last_library": "/lib",
                                "splitter_sizes": [300, "wide"]}))
    loaded = load_settings(path)
    assert (loaded.text_size, loaded.splitter_sizes) == (100, [])
    assert (loaded.theme, loaded.last_library) == ("dark", "/lib")


# no Qt in the core

def test_importing_the_core_and_the_cli_does_not_import_qt():
    code = ("import spacereader.core.library, spacereader.core.pages, spacereader.cli, sys; "
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr


def _imported_modules(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("path", [*sorted((PACKAGE / "core").glob("*.py")), PACKAGE / "paths.py"],
                         ids=lambda p: p.name)
def test_no_core_module_imports_qt(path):
    forbidden = [name for name in _imported_modules(path)
                 if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("spacereader.ui")]
    assert forbidden == []

"""Open in Editor builds the command each editor understands, with the line; no editor is started."""

from __future__ import annotations

from pathlib import Path

import pytest

from spacereader.core.editor import editor_command

FILE = Path("/lib/mission alpha.md")


def command(editor: str, line: int = 12, **more: str) -> list[str] | None:
    return editor_command(FILE, line, {"EDITOR": editor, **more}, which=lambda name: None)


@pytest.mark.parametrize("editor, expected", [
    ("emacs", ["emacs", "+12", str(FILE)]),
    ("emacsclient -c", ["emacsclient", "-c", "+12", str(FILE)]),
    ("gedit", ["gedit", "+12", str(FILE)]),
    ("code", ["code", "--goto", f"{FILE}:12"]),
    ("/usr/bin/codium -n", ["/usr/bin/codium", "-n", "--goto", f"{FILE}:12"]),
    ("subl", ["subl", f"{FILE}:12"]),
    ("kate", ["kate", "-l", "12", str(FILE)]),
    ("mate -w", ["mate", "-w", "-l", "12", str(FILE)]),
    ("leafpad", ["leafpad", str(FILE)]),  # no known way to give it a line: the file alone
])
def test_graphical_editors_get_the_line_their_way(editor, expected):
    assert command(editor) == expected


@pytest.mark.parametrize("editor", ["vim", "nvim", "vi", "nano", "/usr/local/bin/vim"])
def test_terminal_editors_open_in_a_terminal_with_the_line(editor):
    assert command(editor, TERMINAL="xterm") == ["xterm", "-e", editor, "+12", str(FILE)]
    found = editor_command(FILE, 3, {"EDITOR": editor}, which=lambda name: "/usr/bin/" + name)
    assert found == ["x-terminal-emulator", "-e", editor, "+3", str(FILE)]


def test_a_terminal_editor_without_a_terminal_leaves_it_to_the_system():
    assert command("vim") is None


def test_visual_wins_over_editor_and_no_editor_is_the_systems_handler():
    assert editor_command(FILE, 1, {"VISUAL": "gedit", "EDITOR": "vim"})[0] == "gedit"
    assert editor_command(FILE, 1, {}) is None
    assert editor_command(FILE, 1, {"EDITOR": "  "}) is None
    assert editor_command(FILE, 1, {"EDITOR": "'unclosed"}) is None


def test_a_line_before_the_first_is_the_first():
    assert command("gedit", 0) == ["gedit", "+1", str(FILE)]

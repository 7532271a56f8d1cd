"""The command that opens an article in the author's editor at a line: $VISUAL or $EDITOR, with the line for
the editors known to take one, in a terminal for those that need one; None leaves it to the system's handler."""

from __future__ import annotations

import os
import shlex
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

# how each editor is told the line, by the name of its program
_PLUS_LINE = ("vi", "vim", "nvim", "gvim", "nano", "emacs", "emacsclient", "gedit", "micro", "kak", "mousepad", "pluma", "xed")
_COLON_LINE = ("subl", "sublime_text", "atom", "hx", "helix", "zed")
_GOTO = ("code", "code-insiders", "codium", "vscodium")
_DASH_L = ("kate", "kwrite", "mate")
TERMINAL_EDITORS = frozenset(("vi", "vim", "nvim", "nano", "micro", "kak", "hx", "helix"))  # they draw in a terminal


def with_line(program: str, path: Path, line: int) -> list[str]:
    """The arguments that open `path` at `line` (1-based) for this program, or just the path for one we do not know."""
    name, file, line = Path(program).name, str(path), max(1, line)
    if name in _PLUS_LINE:
        return [f"+{line}", file]
    if name in _COLON_LINE:
        return [f"{file}:{line}"]
    if name in _GOTO:
        return ["--goto", f"{file}:{line}"]
    if name in _DASH_L:
        return ["-l", str(line), file]
    return [file]


def editor_command(path: Path, line: int, environ: Mapping[str, str] | None = None,
                   which: Callable[[str], str | None] = shutil.which) -> list[str] | None:
    """$VISUAL, else $EDITOR (each may hold options: `code -n`), with the line; a terminal editor in
    $TERMINAL or x-terminal-emulator, as the window has no terminal of its own. None when there is no editor set,
    or a terminal editor and no terminal: the system's handler opens the file then."""
    environ = os.environ if environ is None else environ
    setting = environ.get("VISUAL") or environ.get("EDITOR") or ""
    try:
        words = shlex.split(setting)
    except ValueError:  # an unclosed quote in the variable
        return None
    if not words:
        return None
    command = words + with_line(words[0], path, line)
    if Path(words[0]).name not in TERMINAL_EDITORS:
        return command
    terminal = environ.get("TERMINAL") or ("x-terminal-emulator" if which("x-terminal-emulator") else "")
    return [*shlex.split(terminal), "-e", *command] if terminal else None

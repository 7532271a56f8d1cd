"""Brings the translations up to date with the code, then builds what the app loads:
`python -m spacereader.translations.build` runs pyside6-lupdate (every marked word of spacereader/ into each
`spacereader_<language>.ts`) and pyside6-lrelease (each .ts into the .qm beside it). A test fails when they are stale."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
LANGUAGES = ("en", "fr")  # English too: its plural forms ("1 article", "2 articles")


def sources() -> list[str]:
    return sorted(str(p.relative_to(PACKAGE.parent)) for p in PACKAGE.rglob("*.py") if "translations" not in p.parts)


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))  # the venv's own, beside its Python


def update(ts: Path) -> None:
    # No source locations: a .ts changes when a word does, not whenever a line moves.
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources(), "-ts", str(ts)],
                   cwd=PACKAGE.parent, check=True, capture_output=True)
    if ts.stem.endswith("_en"):  # the source texts are English: each is its own translation (plurals aside)
        ts.write_text(_UNTRANSLATED.sub(r"\1\n        <translation>\2</translation>", ts.read_text("utf-8")), "utf-8")


_UNTRANSLATED = re.compile(r'(<source>([^<]*)</source>)\n\s*<translation type="unfinished"></translation>')  # text escaped: no <


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> None:
    for language in LANGUAGES:
        ts = HERE / f"spacereader_{language}.ts"
        update(ts)
        release(ts, ts.with_suffix(".qm"))
        print(ts.relative_to(PACKAGE.parent))


if __name__ == "__main__":
    main()

"""A library's files by name, to find what Obsidian's `[[wiki links]]` and `![[embeds]]` name as Obsidian finds it:
by file name anywhere in the library (a note without its extension), a path's end when one is written, and the
nearest file when several share the name."""

from __future__ import annotations

import os
import unicodedata
from collections import defaultdict
from functools import cached_property
from pathlib import Path

from spacereader.core.articles import Article
from spacereader.core.problems import Problem, problem

_NOTE_SUFFIXES = (".md", ".markdown")


def _key(name: str) -> str:
    """Names compare as Obsidian compares them: case aside, accents however the file system composed them."""
    return unicodedata.normalize("NFC", name).casefold()


class NoteNames:
    """Every file under a library's folder (hidden folders aside), by name; the folder is listed when a link is
    first looked for, so a library without wiki links never is."""

    def __init__(self, root: Path, files: list[Path] | None = None):
        self.root, self._files = root, files

    @cached_property
    def _by_name(self) -> dict[str, list[Path]]:
        by_name = defaultdict(list)
        for path in self._listed() if self._files is None else self._files:
            by_name[_key(path.name)].append(path)
            if path.suffix.lower() in _NOTE_SUFFIXES:
                by_name[_key(path.stem)].append(path)
        return dict(by_name)

    def _listed(self) -> list[Path]:
        files = []
        for folder, subfolders, names in os.walk(self.root, onerror=lambda _: None):
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]  # a vault's .obsidian/ among them
            files += [Path(folder, name) for name in names if not name.startswith(".")]
        return files

    def find(self, name: str, folder: Path) -> Path | None:
        """The file a wiki link names, seen from the note in `folder`; None when there is none. `Note` names a
        note before any other file called `Note`; `Folder/Note` only a note whose path ends so."""
        written = name.replace("\\", "/").strip("/")
        if not written:
            return None
        wanted = _key(written).split("/")
        candidates = [p for p in self._by_name.get(wanted[-1], ()) if _ends_with(p, wanted[:-1])]
        if not candidates:
            return None
        notes = [p for p in candidates if p.suffix.lower() in _NOTE_SUFFIXES]
        return min(notes or candidates, key=lambda p: _distance(p, folder))


def _ends_with(path: Path, folders: list[str]) -> bool:
    parents = [_key(part) for part in path.parent.parts]
    return not folders or parents[-len(folders):] == folders


def _distance(path: Path, folder: Path) -> tuple[int, int, str]:
    """Nearest first: the most folders shared with the linking note, then the fewest folders deep, then by name."""
    try:
        shared = len(Path(os.path.commonpath([path.parent, folder])).parts)
    except ValueError:  # one relative, one absolute: nothing shared
        shared = 0
    return -shared, len(path.parts), str(path)


def check_wiki_links(article: Article, notes: NoteNames) -> list[Problem]:
    """A wiki link or embed that names nothing in the library: on the page it is plain text."""
    if any(p.rule.startswith("limit-") for p in article.problems):
        return []  # shown as plain text: it has no links
    links = article.document.wiki_links
    if not links:
        return []  # most articles: the library's folder is not even listed
    folder = article.path.parent
    return [problem(article.path, article.body_line + line, "wiki-embed-missing" if link.is_embed else "wiki-link-missing",
                    name=link.name) for line, link in links if link.name and notes.find(link.name, folder) is None]

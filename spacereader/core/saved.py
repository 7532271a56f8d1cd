"""Saved copies of full articles, under the user's data folder (never beside the articles): one folder per web
address, holding the cleaned page, its plain text for search, and what is known of it (when and where it was
fetched, its title, author and date, the last failure). A failed save never removes an earlier good copy."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from spacereader import paths

log = logging.getLogger(__name__)
_PAGE, _TEXT, _ABOUT = "copy.html", "copy.txt", "about.json"


@dataclass(frozen=True)
class SavedCopy:
    """What is known of one address's copy; `fetched_at` is None while no save of it has worked yet."""

    url: str
    folder: Path
    fetched_at: datetime | None = None
    final_url: str = ""  # after redirects
    title: str = ""
    author: str = ""
    date: str = ""
    failure: str = ""  # why the last save failed; "" if it worked
    failed_at: datetime | None = None

    @property
    def page(self) -> Path | None:
        return self.folder / _PAGE if self.fetched_at is not None else None

    @property
    def site(self) -> str:
        return urlsplit(self.final_url or self.url).hostname or ""

    def size(self) -> int:
        """Bytes on disk, every file of the copy counted."""
        try:
            return sum(f.stat().st_size for f in self.folder.rglob("*") if f.is_file())
        except OSError:
            return 0


def saved_dir() -> Path:
    return paths.data_dir() / "saved"


def key_of(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()[:24]


def saved_texts(urls: list[str]) -> dict[str, str]:
    """The plain text of the saved copy of each of these addresses that has one: for the search index, which asks
    for every article it writes, so the store's folder is listed once and only the copies there are read."""
    store = SavedCopies()
    return {url: text for url, copy in store.found(urls).items() if copy.page and (text := store.text(url))}


class SavedCopies:
    """The store. Each method reads the disk afresh, so a window and a command line can share it."""

    def __init__(self, root: Path | None = None):
        self.root = root or saved_dir()

    def folder(self, url: str) -> Path:
        return self.root / key_of(url)

    def get(self, url: str) -> SavedCopy | None:
        return _read_about(self.folder(url)) if url else None

    def all(self) -> list[SavedCopy]:
        """Every copy and every failed first save, newest first."""
        try:
            folders = [f for f in self.root.iterdir() if f.is_dir()]
        except OSError:
            return []
        found = [copy for f in folders if (copy := _read_about(f)) is not None]
        epoch = datetime.min.replace(tzinfo=timezone.utc)
        return sorted(found, key=lambda c: c.fetched_at or c.failed_at or epoch, reverse=True)

    def keys(self) -> set[str]:
        """The folder names there are: which addresses may have a copy, without reading any."""
        try:
            return {f.name for f in self.root.iterdir()}
        except OSError:
            return set()

    def found(self, urls: list[str]) -> dict[str, SavedCopy]:
        """The copies of these addresses there are, the store's folder listed once."""
        there = self.keys()
        if not there:  # no copy saved at all (the usual case): no address hashed
            return {}
        return {url: copy for url in set(urls) if url and key_of(url) in there and (copy := self.get(url))}

    def page_html(self, url: str) -> str | None:
        copy = self.get(url)
        return _read(copy.page) if copy is not None and copy.page is not None else None

    def text(self, url: str) -> str:
        """The copy's plain text, for search; "" without one."""
        return _read(self.folder(url) / _TEXT) or ""

    def keep(self, url: str, final_url: str, *, title: str, author: str, date: str, html: str, text: str) -> SavedCopy:
        """A new good copy of `url`, in place of any older one."""
        folder = self.folder(url)
        folder.mkdir(parents=True, exist_ok=True)
        _write(folder / _PAGE, html)
        _write(folder / _TEXT, text)
        copy = SavedCopy(url, folder, datetime.now(timezone.utc), final_url, title, author, date)
        _write_about(copy)
        return copy

    def record_failure(self, url: str, message: str) -> SavedCopy:
        """Why the last save failed, kept beside the earlier copy (if any), which stays."""
        folder = self.folder(url)
        folder.mkdir(parents=True, exist_ok=True)
        copy = replace(self.get(url) or SavedCopy(url, folder), failure=message, failed_at=datetime.now(timezone.utc))
        _write_about(copy)
        return copy

    def delete(self, url: str) -> None:
        shutil.rmtree(self.folder(url), ignore_errors=True)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _write(path: Path, text: str) -> None:
    """Beside, then renamed over: a crash never leaves half a copy."""
    handle, temporary = tempfile.mkstemp(prefix=".", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_about(copy: SavedCopy) -> None:
    about = asdict(copy)
    about.pop("folder")
    for name in ("fetched_at", "failed_at"):
        about[name] = about[name].isoformat() if about[name] else None
    _write(copy.folder / _ABOUT, json.dumps(about, ensure_ascii=False, indent=1))


def _read_about(folder: Path) -> SavedCopy | None:
    """None for a folder with no description, or a damaged one (logged): it is then as if never saved."""
    text = _read(folder / _ABOUT)
    if text is None:
        return None
    try:
        about = json.loads(text)
        strings = {k: str(about.get(k) or "") for k in ("final_url", "title", "author", "date", "failure")}
        return SavedCopy(str(about["url"]), folder, _time(about.get("fetched_at")), failed_at=_time(about.get("failed_at")),
                         **strings)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("saved copy %s: %s is damaged (%s)", folder, _ABOUT, exc)
        return None


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None

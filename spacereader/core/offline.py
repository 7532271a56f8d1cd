"""Saving an article's full version for offline reading: one fetch, the readable part kept, the outcome recorded
in the store (a failure beside any earlier good copy, which stays). Shared by the window and `spacereader save`."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from spacereader.core.articles import Article
from spacereader.core.fetch import DEFAULT_LIMITS, IMAGE_LIMITS, FetchFailed, FetchLimits, fetch_image, fetch_page
from spacereader.core.i18n import translate
from spacereader.core.saved import SavedCopies, SavedCopy


@dataclass(frozen=True)
class SaveOutcome:
    article: Article
    copy: SavedCopy | None  # None: the article has no full_article to save
    failure: str = ""  # one line; "" when it worked

    @property
    def saved(self) -> bool:
        return self.copy is not None and not self.failure


MAX_IMAGES = 20
MAX_IMAGE_BYTES = 10 * 1024 * 1024  # all of a copy's images; each at most IMAGE_LIMITS.max_bytes


def save_full_article(article: Article, store: SavedCopies, *, images: bool = False,
                      limits: FetchLimits = DEFAULT_LIMITS) -> SaveOutcome:
    """Fetch the article's `full_article` page and keep its readable part; with `images`, its images too (one
    request each, size-capped), else they show as their alt text. Never raises for what the web does."""
    from spacereader.core.extract import NothingReadable, extract_article  # trafilatura: only when saving

    url = article.full_article
    if not url:
        return SaveOutcome(article, None, translate("Offline", "the article has no full_article link"))
    try:
        page = fetch_page(url, limits)
        folder = store.folder(url)
        keeper = ImageKeeper(folder, replace(limits, max_bytes=IMAGE_LIMITS.max_bytes)) if images else None
        found = extract_article(page.html, page.url, images=keeper, folder=folder if images else None)
    except (FetchFailed, NothingReadable) as exc:
        return SaveOutcome(article, store.record_failure(url, str(exc)), str(exc))
    copy = store.keep(url, page.url, title=found.title, author=found.author, date=found.date, html=found.html,
                      text=found.text)
    return SaveOutcome(article, copy)


def save_all(articles: Iterable[Article], store: SavedCopies, *, images: bool = False,
             on_outcome: Callable[[SaveOutcome, int, int], None] = lambda *_: None,
             stop: Callable[[], bool] = lambda: False, limits: FetchLimits = DEFAULT_LIMITS) -> list[SaveOutcome]:
    """Each article with a full_article saved in turn, one request each; `on_outcome(outcome, done, total)` after
    each; `stop()` asked between two, so a cancel never leaves half a copy."""
    todo = [a for a in articles if a.full_article]
    outcomes = []
    for done, article in enumerate(todo, start=1):
        if stop():
            break
        outcomes.append(save_full_article(article, store, images=images, limits=limits))
        on_outcome(outcomes[-1], done, len(todo))
    return outcomes


class ImageKeeper:
    """Downloads a saved page's images into its copy's folder, up to MAX_IMAGES and MAX_IMAGE_BYTES in all; one that
    fails or is over the cap shows as its alt text. The copy's older images go: the new page names its own."""

    def __init__(self, folder: Path, limits: FetchLimits):
        self.folder, self.limits = folder / "images", limits
        self.kept: dict[str, str | None] = {}
        self.total = 0

    def __call__(self, url: str) -> str | None:
        if not self.kept:  # called only once the page has proved readable: its copy will replace the old one
            shutil.rmtree(self.folder, ignore_errors=True)
        if url not in self.kept:
            self.kept[url] = self._fetch(url) if len(self.kept) < MAX_IMAGES else None
        return self.kept[url]

    def _fetch(self, url: str) -> str | None:
        try:
            data, suffix = fetch_image(url, self.limits)
        except FetchFailed:
            return None
        if self.total + len(data) > MAX_IMAGE_BYTES:
            return None
        self.total += len(data)
        name = f"{len(self.kept) + 1}.{suffix}"
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / name).write_bytes(data)
        return f"images/{name}"

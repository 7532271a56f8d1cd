"""Saving an article's full version for offline reading: one fetch, the readable part kept, the outcome recorded
in the store (a failure beside any earlier good copy, which stays). Shared by the window and `spacereader save`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacereader.core.articles import Article
from spacereader.core.fetch import DEFAULT_LIMITS, FetchFailed, FetchLimits, fetch_page
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


def save_full_article(article: Article, store: SavedCopies, *, images: bool = False,
                      limits: FetchLimits = DEFAULT_LIMITS) -> SaveOutcome:
    """Fetch the article's `full_article` page and keep its readable part. Never raises for what the web does."""
    from spacereader.core.extract import NothingReadable, extract_article  # trafilatura: only when saving

    url = article.full_article
    if not url:
        return SaveOutcome(article, None, translate("Offline", "the article has no full_article link"))
    try:
        page = fetch_page(url, limits)
        found = extract_article(page.html, page.url, images=images)
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

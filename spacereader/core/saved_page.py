"""What an article's page shows of its saved full article: "Save for offline" beside "Read the full article ↗", a
line saying where and when the copy was fetched with a toggle between it and the text we ship, and the copy itself,
cleaned again by the allowlist as it is shown (a copy saved by an older version obeys today's rules).

The toggle and the save are links of the app's own `offline:` scheme. The sanitizer drops any link it does not know,
so an article cannot hold one: only this header does, and a save happens only when the reader clicks it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path

from spacereader.core.articles import Article, parse_iso_date
from spacereader.core.i18n import formats, translate
from spacereader.core.sanitize import LinkContext, sanitize
from spacereader.core.saved import SavedCopies, SavedCopy

OFFLINE_SCHEME = "offline"
SAVE_HREF = f"{OFFLINE_SCHEME}:save"
SHOW_COPY_HREF = f"{OFFLINE_SCHEME}:show-copy"
SHOW_SHIPPED_HREF = f"{OFFLINE_SCHEME}:show-shipped"


@dataclass(frozen=True)
class OfflinePart:
    """Our own markup, every value in it escaped."""

    links: str  # joins the "Read the full article ↗" line
    note: str = ""  # a paragraph under it
    body: str | None = None  # the saved copy, shown instead of the text we ship
    folder: Path | None = None  # the copy's, with its images: the only folder its page loads images from


def offline_part(article: Article, store: SavedCopies, showing_copy: bool) -> OfflinePart | None:
    """On the pages' worker: reads the copy from disk. None for an article with no full article to save."""
    if not article.full_article:
        return None
    copy = store.get(article.full_article)
    if copy is None or copy.page is None:
        why = copy.failure if copy is not None else ""
        failed = translate("Offline", "Could not save the full article: {why}").format(why=why) if why else ""
        return OfflinePart(_link(SAVE_HREF, translate("Offline", "⤓ Save for offline")), _note(escape(failed)))
    again = _link(SAVE_HREF, translate("Offline", "⟳ Save again"))
    if not showing_copy:
        toggle = _link(SHOW_COPY_HREF, translate("Offline", "Read the saved copy"))
        return OfflinePart(toggle + again, _note(_fetched(copy)) + _failure(copy))
    toggle = _link(SHOW_SHIPPED_HREF, translate("Offline", "Show the text shipped with the article"), first=False)
    body = sanitize(store.page_html(copy.url) or "", LinkContext(copy.folder))
    return OfflinePart(again, _note(f"<b>{_fetched(copy)}</b> · {toggle}{_byline(copy)}") + _failure(copy), body,
                       copy.folder)


def _fetched(copy: SavedCopy) -> str:
    when = copy.fetched_at.astimezone() if isinstance(copy.fetched_at, datetime) else None
    text = translate("Offline", "Saved copy · fetched on {date} from {site}").format(
        date=formats().date(when.date()) if when else "", site=copy.site)
    return escape(text)


def _byline(copy: SavedCopy) -> str:
    day = parse_iso_date(copy.date) if copy.date else None
    parts = [copy.title, copy.author, formats().date(day) if day else ""]
    shown = " · ".join(escape(p) for p in parts if p)
    return f"<br>{shown}" if shown else ""


def _failure(copy: SavedCopy) -> str:
    if not copy.failure:
        return ""
    failed = translate("Offline", "The last save failed ({why}); this copy is the one before.").format(why=copy.failure)
    return _note(escape(failed))


def _link(href: str, label: str, first: bool = True) -> str:
    """A button-like link: one beside the full-article line (first) never wraps inside itself."""
    text = escape(label).replace(" ", "&nbsp;") if first else escape(label)
    return f'{"&nbsp;&nbsp;&nbsp; " if first else ""}<a class="offline" href="{href}">{text}</a>'


def _note(html: str) -> str:
    return f'<p class="offline-note">{html}</p>' if html else ""

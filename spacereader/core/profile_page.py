"""An astronaut's page: who they are, their missions, accounts and milestones, and the articles that mention them."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from spacereader.core.articles import Article
from spacereader.core.i18n import formats, plural, translate
from spacereader.core.links import article_href
from spacereader.core.pages import format_date, partial_date, section
from spacereader.core.pagetree import EXTERNAL_MARK
from spacereader.core.profiles import Profile, SocialAccount
from spacereader.core.sanitize import sanitize


def profile_page(profile: Profile, mentioned_in: Iterable[Article]) -> str:
    facts = [escape(f) for f in (profile.agency, profile.nationality) if f]
    if profile.born:
        facts.append(escape(translate("Page", "born {date}").format(date=partial_date(profile.born))))
    html = [f"<h1>{escape(profile.name)}</h1>", f'<p class="meta">{" · ".join(facts)}</p>']
    if profile.summary:
        html.append(f'<p class="summary">{escape(profile.summary)}</p>')
    html += _missions(profile) + _social(profile) + _milestones(profile) + _mentions(list(mentioned_in))
    return sanitize("\n".join(html))


def _missions(profile: Profile) -> list[str]:
    if not profile.missions:
        return []
    rows = "".join(f"<tr><td><b>{escape(m.name)}</b></td><td>{escape(m.years)}</td><td>{escape(m.note)}</td></tr>"
                   for m in profile.missions)
    return [section(translate("Page", "Missions")), _facts_table(rows)]


def _social(profile: Profile) -> list[str]:
    if not profile.social:
        return []
    return [section(translate("Page", "Social accounts")), "<ul>" + "".join(_account(a) for a in profile.social) + "</ul>"]


def _account(account: SocialAccount) -> str:
    handle = escape(account.handle or account.url)
    if account.url:
        handle = f'<a class="external" href="{escape(account.url)}" title="{escape(account.url)}">{handle}{EXTERNAL_MARK}</a>'
    followers = ""
    if account.followers:
        said = _followers(account.followers, partial_date(account.followers_as_of))
        followers = f' <span class="muted">— {escape(said)}</span>'
    return f"<li>{escape(account.network)}: {handle}{followers}</li>"


def _followers(count: int, as_of: str) -> str:
    """1.1 million followers, 241,000 followers: as the interface's locale writes them."""
    if count >= 1_000_000:
        millions = round(count / 1_000_000, 1)
        figure = formats().number(millions, 0 if millions.is_integer() else 1)
        return translate("Page", "{figure} million followers (as of {date})").format(figure=figure, date=as_of)
    return translate("Page", "{count} followers (as of {date})").format(count=formats().number(count), date=as_of)


def _milestones(profile: Profile) -> list[str]:
    if not profile.milestones:
        return []
    rows = "".join(f'<tr><td class="muted">{escape(partial_date(m.date))}</td><td>{escape(m.text)}</td></tr>'
                   for m in profile.milestones)
    return [section(translate("Page", "Milestones")), _facts_table(rows)]


def _facts_table(rows: str) -> str:
    return f'<table class="facts" width="100%" border="0" cellspacing="0">{rows}</table>'


def _mentions(articles: list[Article]) -> list[str]:
    if not articles:
        nobody = translate("Page", "No article of this library mentions them yet.")
        return [section(translate("Page", "Mentioned in")), f'<p class="muted">{escape(nobody)}</p>']
    items = "".join(f'<li><a href="{escape(article_href(a.path))}">{escape(a.title)}</a>'
                    f' <span class="muted">· {escape(format_date(a.date))}</span></li>' for a in articles)
    label = plural(len(articles), translate("Page", "Mentioned in 1 article"), translate("Page", "Mentioned in {count} articles"))
    return [section(label), f"<ul>{items}</ul>"]

"""An astronaut's page: who they are, their missions, accounts and milestones, and the articles that mention them."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from spacereader.core.articles import Article
from spacereader.core.i18n import formats, plural, translate
from spacereader.core.links import article_href, more_mentions_href
from spacereader.core.pages import format_date, partial_date, section
from spacereader.core.pagetree import EXTERNAL_MARK
from spacereader.core.profiles import FollowerCount, Profile, SocialAccount
from spacereader.core.sanitize import sanitize

PORTRAIT_SRC = "portrait"  # the image the reader is given with the page (the picture, or the initials avatar)
PORTRAIT_PX = 112
MENTIONS_SHOWN = 50  # the first ones listed; "Show more" adds as many again, so a page stays quick to make
CHART_WIDTH = 45  # percent of the row the largest count's bar takes, leaving a quarter for its figure
DATE_WIDTH = 30  # percent of the row for the date: "November 2021" on one line


def profile_page(profile: Profile, mentioned_in: Sequence[Article], shown: int = MENTIONS_SHOWN) -> str:
    facts = [escape(f) for f in (profile.agency, profile.nationality.get()) if f]
    if profile.born:
        facts.append(escape(translate("Page", "born {date}").format(date=partial_date(profile.born))))
    portrait = f'<img src="{PORTRAIT_SRC}" width="{PORTRAIT_PX}" height="{PORTRAIT_PX}" align="right" alt="">'
    html = [f"<h1>{escape(profile.name)}</h1>", f'<p class="meta">{portrait}{" · ".join(facts)}</p>']
    if profile.summary:
        html.append(f'<p class="summary">{escape(profile.summary.get())}</p>')
    html += _missions(profile) + _social(profile) + _milestones(profile) + _mentions(profile, mentioned_in, shown)
    return sanitize("\n".join(html))


def _missions(profile: Profile) -> list[str]:
    if not profile.missions:
        return []
    rows = "".join(f"<tr><td><b>{escape(m.name)}</b></td><td>{escape(m.years)}</td><td>{escape(m.note.get())}</td></tr>"
                   for m in profile.missions)
    return [section(translate("Page", "Missions")), _facts_table(rows)]


def _social(profile: Profile) -> list[str]:
    if not profile.social:
        return []
    items = "".join(f"<li>{_account(a)}{_chart(a.counts)}</li>" for a in profile.social)
    return [section(translate("Page", "Social accounts")), f"<ul>{items}</ul>"]


def _account(account: SocialAccount) -> str:
    handle = escape(account.handle or account.url)
    if account.url:
        handle = f'<a class="external" href="{escape(account.url)}" title="{escape(account.url)}">{handle}{EXTERNAL_MARK}</a>'
    followers = ""
    if account.latest:
        said = _followers(account.latest.count, partial_date(account.latest.as_of))
        followers = f' <span class="muted">— {escape(said)}</span>'
    return escape(translate("Page", "{network}: {handle}")).format(network=escape(account.network), handle=handle) + followers


def _followers(count: int, as_of: str) -> str:
    """1.1 million followers, 241,000 followers: as the interface's locale writes them."""
    if count >= 1_000_000:
        return translate("Page", "{figure} million followers (as of {date})").format(figure=_millions(count), date=as_of)
    return translate("Page", "{count} followers (as of {date})").format(count=formats().number(count), date=as_of)


def _millions(count: int) -> str:
    millions = round(count / 1_000_000, 1)
    return formats().number(millions, 0 if millions.is_integer() else 1)


def _chart(counts: Sequence[FollowerCount]) -> str:
    """Several dated counts of one account as bars, one a row: how the audience grew, readable at a glance. Each
    row is a table of its own, since a table's cells in one column share a width."""
    if len(counts) < 2:
        return ""
    top = max(c.count for c in counts) or 1
    rows = "".join(_bar(c, max(1, round(CHART_WIDTH * c.count / top))) for c in counts)
    title = translate("Page", "Followers over time")
    return f'<div class="chart" title="{escape(title)}">{rows}</div>'


def _bar(point: FollowerCount, width: int) -> str:
    figure = _millions(point.count) + " M" if point.count >= 1_000_000 else formats().number(point.count)
    return (f'<table class="chart" width="90%" border="0" cellspacing="2"><tr>'  # 90: inside a list item's indent
            f'<td class="muted" width="{DATE_WIDTH}%">{escape(partial_date(point.as_of))}</td>'
            f'<td class="chart-bar" width="{width}%">&#160;</td>'
            f'<td class="chart-figure" width="{100 - DATE_WIDTH - width}%">{escape(figure)}</td></tr></table>')


def _milestones(profile: Profile) -> list[str]:
    if not profile.milestones:
        return []
    rows = "".join(f'<tr><td class="muted">{escape(partial_date(m.date))}</td><td>{escape(m.text.get())}</td></tr>'
                   for m in profile.milestones)
    return [section(translate("Page", "Milestones")), _facts_table(rows)]


def _facts_table(rows: str) -> str:
    return f'<table class="facts" width="100%" border="0" cellspacing="0">{rows}</table>'


def _mentions(profile: Profile, articles: Sequence[Article], shown: int) -> list[str]:
    if not articles:
        nobody = translate("Page", "No article of this library mentions them yet.")
        return [section(translate("Page", "Mentioned in")), f'<p class="muted">{escape(nobody)}</p>']
    items = "".join(f'<li><a href="{escape(article_href(a.path))}">{escape(a.title)}</a>'
                    f' <span class="muted">· {escape(format_date(a.date))}</span></li>' for a in articles[:shown])
    label = plural(len(articles), translate("Page", "Mentioned in 1 article"), translate("Page", "Mentioned in {count} articles"))
    html = [section(label), f"<ul>{items}</ul>"]
    if len(articles) > shown:
        more = escape(translate("Page", "Show more ({count} not listed)").format(count=formats().number(len(articles) - shown)))
        html.append(f'<p><a href="{escape(more_mentions_href(profile.id, shown + MENTIONS_SHOWN))}">{more}</a></p>')
    return html

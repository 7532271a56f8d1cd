"""Whole pages for the reader: an article with its header, an astronaut profile, a standalone export."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from html import escape
from pathlib import Path

from spacereader.core.articles import Article
from spacereader.core.links import article_href, astronaut_href, export_anchor
from spacereader.core.mentions import MentionMatcher
from spacereader.core.pagetree import EXTERNAL_MARK
from spacereader.core.problems import Problem, shown, warning
from spacereader.core.profiles import Profile, SocialAccount
from spacereader.core.render import render_body
from spacereader.core.sanitize import LinkContext, sanitize
from spacereader.core.themes import THEMES, reader_css

MAX_LISTED_PROBLEMS = 100
LANGUAGES = {"fr": "Français", "en": "English", "de": "Deutsch", "es": "Español", "it": "Italiano"}
# An article's header speaks the article's language (English for any we have no words for).
_WORDS = {
    "en": {"by": "By", "minutes": "{} min read", "full": "Read the full article", "astronauts": "Astronauts",
           "appendix": "Astronauts in this article",
           "callouts": {"note": "Note", "tip": "Tip", "important": "Important", "warning": "Warning", "caution": "Caution"},
           "months": "January February March April May June July August September October November December"},
    "fr": {"by": "Par", "minutes": "{} min de lecture", "full": "Lire l’article complet", "astronauts": "Astronautes",
           "appendix": "Les astronautes de cet article",
           "callouts": {"note": "Remarque", "tip": "Astuce", "important": "Important", "warning": "Attention",
                        "caution": "Prudence"},
           "months": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"},
}


def _words(lang: str) -> dict:
    return _WORDS.get(lang.lower()[:2], _WORDS["en"])


def format_date(value: date | datetime | None, lang: str = "en") -> str:
    if value is None:
        return ""
    day = "1er" if value.day == 1 and lang.startswith("fr") else value.day
    return f"{day} {_words(lang)['months'].split()[value.month - 1]} {value.year}"


def language_name(code: str) -> str:
    return LANGUAGES.get(code.lower(), code.upper())


def article_page(article: Article, profiles: list[Profile], matcher: MentionMatcher, *,
                 root: Path | None = None, for_export: bool = False) -> str:
    """The reader's HTML for an article: problems, header, body. `profiles` are the astronauts it mentions;
    links and images reach no file outside `root`, the library's folder."""
    body = render_body(article.document, matcher, LinkContext(article.path.parent, root, for_export),  # sanitized
                       _words(article.lang)["callouts"])
    problems = list(article.problems)
    if body.problem and body.problem not in (p.message for p in problems):  # found while rendering, not loading
        problems.append(warning(article.path, 0, body.problem))
    head = sanitize(_problems(article.path, problems) + _header(article, profiles, for_export))
    appendix = sanitize(_profile_appendix(profiles, _words(article.lang)["appendix"])) if for_export and profiles else ""
    return "\n".join((head, body.html, appendix))


def _header(article: Article, profiles: list[Profile], for_export: bool) -> str:
    words = _words(article.lang)
    minutes = article.reading_minutes()
    meta = [article.author and f"{words['by']} {escape(article.author)}", escape(format_date(article.date, article.lang)),
            minutes and words["minutes"].format(minutes), article.lang and escape(language_name(article.lang))]
    html = [f"<h1>{escape(article.title)}</h1>", f'<p class="meta">{" · ".join(m for m in meta if m)}</p>']
    if article.tags:
        tags = "&nbsp; ".join(f'<span class="tag">&nbsp;{_unbroken(tag)}&nbsp;</span>' for tag in article.tags)
        html.append(f'<p class="tags">{tags}</p>')
    if article.summary:
        html.append(f'<p class="summary">{escape(article.summary)}</p>')
    if profiles:
        href = (lambda p: f"#{export_anchor(p.id)}") if for_export else (lambda p: astronaut_href(p.id))
        links = ", ".join(f'<a class="astronaut" href="{escape(href(p))}">{escape(p.name)}</a>' for p in profiles)
        html.append(f'<p class="meta">{words["astronauts"]}&nbsp;: {links}</p>' if article.lang.startswith("fr")
                    else f'<p class="meta">{words["astronauts"]}: {links}</p>')
    if article.full_article:
        url = escape(article.full_article)
        html.append(f'<p class="full-article"><a href="{url}" title="{url}">{words["full"]}{EXTERNAL_MARK}</a></p>')
    html.append("<hr>")
    return "\n".join(html)


def _unbroken(text: str) -> str:
    """A tag never wraps inside itself."""
    return escape(text).replace(" ", "&nbsp;")


def _problems(path: Path, problems: list[Problem]) -> str:
    if not problems:
        return ""
    items = "".join(f'<li class="{p.severity.value}">{escape(p.short())}</li>' for p in problems[:MAX_LISTED_PROBLEMS])
    if len(problems) > MAX_LISTED_PROBLEMS:  # a generated file can have a million; `spacereader check` lists them all
        items += f'<li>… and {len(problems) - MAX_LISTED_PROBLEMS:,} more</li>'
    return f'<div class="problems"><p><b>{escape(shown(path.name))}</b> has problems:</p><ul>{items}</ul></div>'


def profile_page(profile: Profile, mentioned_in: Iterable[Article]) -> str:
    facts = [escape(f) for f in (profile.agency, profile.nationality) if f]
    if profile.born:
        facts.append(f"born {escape(profile.born)}")
    html = [f"<h1>{escape(profile.name)}</h1>", f'<p class="meta">{" · ".join(facts)}</p>']
    if profile.summary:
        html.append(f'<p class="summary">{escape(profile.summary)}</p>')
    html += _missions(profile) + _social(profile) + _milestones(profile) + _mentions(list(mentioned_in))
    return sanitize("\n".join(html))


def _section(label: str) -> str:
    return f'<p class="section-label">{escape(label.upper())}</p>'


def _missions(profile: Profile) -> list[str]:
    if not profile.missions:
        return []
    rows = "".join(f"<tr><td><b>{escape(m.name)}</b></td><td>{escape(m.years)}</td><td>{escape(m.note)}</td></tr>"
                   for m in profile.missions)
    return [_section("Missions"), f'<table class="facts" width="100%" border="0" cellspacing="0">{rows}</table>']


def _social(profile: Profile) -> list[str]:
    if not profile.social:
        return []
    return [_section("Social accounts"), "<ul>" + "".join(_account(a) for a in profile.social) + "</ul>"]


def _account(account: SocialAccount) -> str:
    handle = escape(account.handle or account.url)
    if account.url:
        handle = f'<a class="external" href="{escape(account.url)}" title="{escape(account.url)}">{handle}{EXTERNAL_MARK}</a>'
    followers = ""
    if account.followers:
        as_of = escape(account.followers_as_of)
        followers = f' <span class="muted">— {_count(account.followers)} followers (as of {as_of})</span>'
    return f"<li>{escape(account.network)}: {handle}{followers}</li>"


def _count(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} million".replace(".0 ", " ")
    return f"{n:,}".replace(",", "\u202f")


def _milestones(profile: Profile) -> list[str]:
    if not profile.milestones:
        return []
    rows = "".join(f'<tr><td class="muted">{escape(m.date)}</td><td>{escape(m.text)}</td></tr>' for m in profile.milestones)
    return [_section("Milestones"), f'<table class="facts" width="100%" border="0" cellspacing="0">{rows}</table>']


def _mentions(articles: list[Article]) -> list[str]:
    if not articles:
        return [_section("Mentioned in"), '<p class="muted">No article of this library mentions them yet.</p>']
    items = "".join(f'<li><a href="{escape(article_href(a.path))}">{escape(a.title)}</a>'
                    f' <span class="muted">· {escape(format_date(a.date, a.lang))}</span></li>' for a in articles)
    return [_section(f"Mentioned in {len(articles)} article{'s' if len(articles) > 1 else ''}"), f"<ul>{items}</ul>"]


def _profile_appendix(profiles: list[Profile], label: str) -> str:
    cards = [_section(label)]
    for p in profiles:
        facts = " · ".join(escape(f) for f in (p.agency, p.nationality) if f)
        cards.append(f'<h3 id="{escape(export_anchor(p.id))}">{escape(p.name)}</h3><p class="meta">{facts}</p>'
                     f"<p>{escape(p.summary)}</p>")
    return "\n".join(cards)


def standalone_page(article: Article, profiles: list[Profile], matcher: MentionMatcher, root: Path | None = None) -> str:
    """A self-contained HTML file: styles inlined, nothing fetched, light or dark as the browser prefers."""
    dark = reader_css(THEMES["dark"].name)
    return f"""<!DOCTYPE html>
<html lang="{escape(article.lang or 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
<meta name="generator" content="SpaceReader">
<title>{escape(article.title)}</title>
<style>
{reader_css("light")}
body {{ max-width: 40em; margin: 3em auto; padding: 0 1.2em; font-size: 18px; }}
.tag {{ border-radius: 4px; }}
@media (prefers-color-scheme: dark) {{
{dark}
}}
</style>
</head>
<body>
<main>
{article_page(article, profiles, matcher, root=root, for_export=True)}
</main>
</body>
</html>
"""

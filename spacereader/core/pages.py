"""Whole pages for the reader: an article with its header, an astronaut profile, a standalone export."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from pathlib import Path

from spacereader.core.articles import Article
from spacereader.core.filenames import shown
from spacereader.core.i18n import formats, plural, translate
from spacereader.core.links import article_href, astronaut_href, export_anchor, filter_href
from spacereader.core.mentions import MentionMatcher
from spacereader.core.notes import NoteNames
from spacereader.core.pagetree import EXTERNAL_MARK
from spacereader.core.problems import Problem, problem
from spacereader.core.profiles import Profile, date_parts
from spacereader.core.render import render_body
from spacereader.core.sanitize import LinkContext, sanitize
from spacereader.core.saved_page import OfflinePart
from spacereader.core.themes import THEMES, reader_css

MAX_LISTED_PROBLEMS = 100
LANGUAGES = {"fr": "Français", "en": "English", "de": "Deutsch", "es": "Español", "it": "Italiano"}
# A callout with no title of its own is named in the article's language: it is part of the text.
_CALLOUT_TITLES = {
    "en": {"note": "Note", "tip": "Tip", "important": "Important", "warning": "Warning", "caution": "Caution"},
    "fr": {"note": "Remarque", "tip": "Astuce", "important": "Important", "warning": "Attention", "caution": "Prudence"},
}


def format_date(value: date | datetime | None) -> str:
    return formats().date(value) if value is not None else ""


def partial_date(text: str) -> str:
    """A profile's date as written, YYYY, YYYY-MM or YYYY-MM-DD, in the interface's locale."""
    parts = date_parts(text) or ()
    if len(parts) == 3:
        return formats().date(date(*parts))
    return formats().month(*parts) if len(parts) == 2 else text


def language_name(code: str) -> str:
    return LANGUAGES.get(code.lower(), code.upper())


def article_page(article: Article, profiles: list[Profile], matcher: MentionMatcher, *,
                 root: Path | None = None, for_export: bool = False, every_mention: bool = False,
                 offline: OfflinePart | None = None, notes: NoteNames | None = None,
                 linked_from: list[Article] | None = None) -> str:
    """The reader's HTML for an article: problems, header, body, and the notes `linked_from` it. `profiles` are the
    astronauts it mentions; links and images reach no file outside `root`, the library's folder, whose files by
    name are `notes`. An astronaut is a link at their first mention in each section, or at every one. `offline`:
    what the page shows of the article's saved full article, whose copy then replaces the body if the reader asked
    for it."""
    problems = list(article.problems)
    if offline is not None and offline.body is not None:
        body_html = offline.body
    else:
        links = LinkContext(article.path.parent, root, for_export, every_mention, notes)
        body = render_body(article.document, matcher, links,  # sanitized
                           _CALLOUT_TITLES.get(article.lang.lower()[:2], _CALLOUT_TITLES["en"]))
        if body.problem and body.problem[0] not in (p.rule for p in problems):  # found while rendering, not loading
            problems.append(problem(article.path, 0, body.problem[0], **body.problem[1]))
        body_html = body.html
    head = sanitize(_problems(article.path, problems) + _header(article, profiles, for_export))
    if offline is not None and head.endswith("</p>"):  # the header ends with the full-article line: ours join it
        head = head.removesuffix("</p>") + offline.links + "</p>" + offline.note
    appendix = ""
    if for_export and profiles:
        appendix = sanitize(_profile_appendix(profiles, translate("Page", "Astronauts in this article")))
    elif linked_from and not for_export:  # an exported page links to no article
        appendix = sanitize(_backlinks(linked_from))
    return "\n".join((head, "<hr>", body_html, appendix))


def _header(article: Article, profiles: list[Profile], for_export: bool) -> str:
    """In the app, the author and each tag are links that narrow the library to them; on an exported page, text."""
    minutes = article.reading_minutes()
    author = _filter_link("author", article.author, "author", escape(article.author), for_export)
    read = minutes and plural(minutes, translate("Page", "1 min read"), translate("Page", "{count} min read"))
    meta = [article.author and escape(translate("Page", "By {author}")).format(author=author),
            escape(format_date(article.date)), read and escape(read), article.lang and escape(language_name(article.lang))]
    html = [f"<h1>{escape(article.title)}</h1>", f'<p class="meta">{" · ".join(m for m in meta if m)}</p>']
    if article.tags:
        tags = "&nbsp; ".join(_filter_link("tag", tag, "tag", f"&nbsp;{_unbroken(tag)}&nbsp;", for_export)
                              for tag in article.tags)
        html.append(f'<p class="tags">{tags}</p>')
    if article.summary:
        html.append(f'<p class="summary">{escape(article.summary)}</p>')
    if profiles:
        href = (lambda p: f"#{export_anchor(p.id)}") if for_export else (lambda p: astronaut_href(p.id))
        links = ", ".join(f'<a class="astronaut" href="{escape(href(p))}">{escape(p.name)}</a>' for p in profiles)
        label = translate("Page", "Astronauts:")
        html.append(f'<p class="meta">{escape(label)} {links}</p>')
    if article.full_article:
        url, label = escape(article.full_article), escape(translate("Page", "Read the full article"))
        html.append(f'<p class="full-article"><a href="{url}" title="{url}">{label}{EXTERNAL_MARK}</a></p>')
    return "\n".join(html)


def _filter_link(facet: str, value: str, css_class: str, inner: str, for_export: bool) -> str:
    if for_export:
        return f'<span class="{css_class}">{inner}</span>'
    return f'<a class="{css_class}" href="{escape(filter_href(facet, value))}">{inner}</a>'


def _unbroken(text: str) -> str:
    """A tag never wraps inside itself."""
    return escape(text).replace(" ", "&nbsp;")


def _problems(path: Path, problems: list[Problem]) -> str:
    if not problems:
        return ""
    items = "".join(f'<li class="{p.severity.value}">{escape(p.short())}</li>' for p in problems[:MAX_LISTED_PROBLEMS])
    if len(problems) > MAX_LISTED_PROBLEMS:  # a generated file can have a million; `spacereader check` lists them all
        more = translate("Page", "… and {count} more").format(count=formats().number(len(problems) - MAX_LISTED_PROBLEMS))
        items += f"<li>{escape(more)}</li>"
    said = escape(translate("Page", "{file} has problems:")).replace("{file}", f"<b>{escape(shown(path.name))}</b>")
    return f'<div class="problems"><p>{said}</p><ul>{items}</ul></div>'


def _backlinks(articles: list[Article]) -> str:
    items = "".join(f'<li><a href="{escape(article_href(a.path))}">{escape(a.title)}</a></li>'
                    for a in sorted(articles, key=lambda a: a.title.casefold()))
    label = plural(len(articles), translate("Page", "Linked from 1 note"), translate("Page", "Linked from {count} notes"))
    return f"{section(label)}<ul>{items}</ul>"


def section(label: str) -> str:
    return f'<p class="section-label">{escape(label.upper())}</p>'


def _profile_appendix(profiles: list[Profile], label: str) -> str:
    cards = [section(label)]
    for p in profiles:
        facts = " · ".join(escape(f) for f in (p.agency, p.nationality.get()) if f)
        cards.append(f'<h3 id="{escape(export_anchor(p.id))}">{escape(p.name)}</h3><p class="meta">{facts}</p>'
                     f"<p>{escape(p.summary.get())}</p>")
    return "\n".join(cards)


def standalone_page(article: Article, profiles: list[Profile], matcher: MentionMatcher, root: Path | None = None,
                    notes: NoteNames | None = None) -> str:
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
{article_page(article, profiles, matcher, root=root, for_export=True, notes=notes)}
</main>
</body>
</html>
"""

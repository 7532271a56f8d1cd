"""Hostile HTML and links in every spelling an attacker tries: none reaches the reader's page, the exported page, or
the system's browser (`links.classify` decides what the browser is handed). Pages are checked by parsing them
(tests/html_safety.py), not by searching for strings."""

import re
from pathlib import Path

import pytest

from spacereader.core.articles import load_article
from spacereader.core.links import LinkKind, classify
from spacereader.core.mentions import MentionMatcher
from spacereader.core.notes import NoteNames
from spacereader.core.pages import article_page, standalone_page
from spacereader.core.profiles import load_profile_book
from spacereader.core.render import LinkContext, render_markdown
from spacereader.paths import bundled_profiles_dir
from tests.helpers import write
from tests.html_safety import parse, scheme, text_of, unsafe

BOOK = load_profile_book([bundled_profiles_dir()])
MATCHER = MentionMatcher(BOOK.profiles.values())

# Every spelling of a scheme that must never be followed: case, entities (with and without `;`, padded with
# zeros), tabs, newlines and control characters inside or before the scheme, and the schemes that read files.
DANGEROUS_URLS = [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)",
    "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "&#X6a;avascript:alert(1)", "&#0000106avascript:alert(1)",
    "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)", "java&#x09;script:alert(1)", "java&#9;script:alert(1)",
    "java&#10;script:alert(1)", "java&#x0D;script:alert(1)", "java\tscript:alert(1)", "&#x01;javascript:alert(1)",
    "javascript&colon;alert(1)", "javascript&#58;alert(1)", "jav&NewLine;ascript:alert(1)",
    "vbscript:msgbox(1)", "VBScript:msgbox(1)", "livescript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "DATA:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+", "file:///etc/passwd", "FILE:///C:/Windows/win.ini",
    "file://server/share/x.md", "//evil.example/x.md", "\\\\evil.example\\share\\x.md", "/etc/passwd",
    "../../../../../../etc/passwd", "ftp://evil.example/x", "mailto:someone@example.org", "smb://evil.example/share",
    "about:blank", "chrome://settings", "intent://x#Intent;end", "http:evil.example", "https:/evil.example",
]

LINK_FORMS = {
    "markdown": "Before [click me]({}) after.",
    "markdown-angle": "Before [click me](<{}>) after.",
    "markdown-title": 'Before [click me]({} "a title") after.',
    "reference": "Before [click me][r] after.\n\n[r]: {}",
    "raw-html": 'Before <a href="{}">click me</a> after.',
    "raw-html-single-quoted": "Before <a href='{}'>click me</a> after.",
    "raw-html-unquoted": "Before <a href={}>click me</a> after.",
    "raw-html-upper-case": 'Before <A HREF="{}">click me</A> after.',
    "image": "Before ![a picture]({}) after.",
    "image-reference": "Before ![a picture][i] after.\n\n[i]: {}",
    "raw-image": 'Before <img src="{}" alt="a picture"> after.',
    "raw-image-upper-case": 'Before <IMG SRC="{}" ALT="a picture"> after.',
    "wiki-link": "Before [[{}]] after.",
    "wiki-link-shown-text": "Before [[{}|click me]] after.",
    "wiki-link-heading": "Before [[pic.png#{}]] after.",
    "wiki-embed": "Before ![[{}]] after.",
    "wiki-embed-width": "Before ![[{}|300]] after.",
    "hugo-ref": 'Before [click me]({{{{< ref "{}" >}}}}) after.',
    "hugo-relref": "Before [click me]({{{{< relref {} >}}}}) after.",
    "hugo-figure": 'Before {{{{< figure src="{}" alt="a picture" >}}}} after.',
}

RAW_HTML = {
    "script": "<script>alert(1)</script>",
    "script-upper-case": "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "script-split": "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "img-onerror": "<img src=x onerror=alert(1)>",
    "img-onerror-no-space": '<img src="x"onerror="alert(1)">',
    "img-srcset": '<img src="pic.png" srcset="http://evil.example/x.png 2x" alt="p">',
    "svg-onload": "<svg onload=alert(1)>",
    "svg-script": "<svg><script>alert(1)</script></svg>",
    "svg-use-href": '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>',
    "math-xlink": '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "iframe": '<iframe src="https://evil.example/"></iframe>',
    "iframe-srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "object": '<object data="https://evil.example/x.swf"></object>',
    "embed": '<embed src="https://evil.example/x.swf">',
    "applet": '<applet code="x.class"></applet>',
    "style-url": "<style>body{background:url(http://evil.example/x.png)}</style>",
    "style-import": "<style>@import 'http://evil.example/x.css';</style>",
    "style-attribute": '<p style="background:url(http://evil.example/x.png)">styled</p>',
    "style-expression": '<div style="width: expression(alert(1))">styled</div>',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "meta-refresh-web": '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
    "base": '<base href="https://evil.example/">',
    "form": '<form action="https://evil.example/"><input name=q><button formaction="javascript:alert(1)">Go</button></form>',
    "link-stylesheet": '<link rel="stylesheet" href="http://evil.example/x.css">',
    "body-onload": "<body onload=alert(1)>",
    "details-ontoggle": "<details open ontoggle=alert(1)><summary>x</summary></details>",
    "video-source": "<video><source onerror=alert(1)></video>",
    "audio": '<audio src="https://evil.example/x.mp3" autoplay></audio>',
    "table-background": '<table background="http://evil.example/x.png"><tr><td background="http://evil.example/y.png">x</td></tr></table>',
    "safe-link-with-handler": '<a href="https://example.org/" onclick="alert(1)" target="_blank">ok</a>',
    "conditional-comment": "<!--[if IE]><script>alert(1)</script><![endif]-->",
    "noscript-mutation": '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "template": "<template><script>alert(1)</script></template>",
    "textarea-breakout": "<textarea></textarea><script>alert(1)</script></textarea>",
    "cdata": "<![CDATA[<script>alert(1)</script>]]>",
    "processing-instruction": '<?xml-stylesheet href="http://evil.example/x.xsl"?>',
    "attr-list-handler": "[ok](https://example.org/){onclick=alert(1)}",
    "attr-list-href": '[ok](https://example.org/){: href="javascript:alert(1)"}',
    "attr-list-style": '# Title {: style="background:url(http://evil.example/x.png)" }',
    "attr-list-image-src": '![p](pic.png){: src="javascript:alert(1)"}',
    "heading-script": "# <script>alert(1)</script> heading\n\n[TOC]",
    "footnote-link": "Text.[^1]\n\n[^1]: [click](javascript:alert(1))",
    "autolink-javascript": "<javascript:alert(1)>",
    "autolink-upper-case": "<JAVASCRIPT:alert(1)>",
    "autolink-file": "<file:///etc/passwd>",
    "autolink-data": "<data:text/html,<script>alert(1)</script>>",
    "autolink-mail": "<someone@example.org>",
    "code-fence": "```html\n<script>alert(1)</script>\n```",
    "entity-tag": "&lt;script&gt;alert(1)&lt;/script&gt;",
    "wiki-label-html": "[[pic.png|<img src=x onerror=alert(1)>]] ![[pic.png|<script>alert(1)</script>]]",
    "wiki-target-html": '[[<a href="javascript:alert(1)">x</a>]]',
    "shortcode-argument-html": '{{< youtube "<script>alert(1)</script>" >}} {{< x src="<iframe src=https://evil.example/>" >}}',
    "shortcode-title-html": '{{% note title="<img src=x onerror=alert(1)>" %}}\ntext\n{{% /note %}}',
    "shortcode-file-html": '{{< code file="<iframe src=https://evil.example/>" >}}\n<script>alert(1)</script>\n{{< /code >}}',
    "shortcode-box-html": '{{< details summary="<style>@import \'http://evil.example/x.css\';</style>" >}}\nx\n{{< /details >}}',
    "shortcode-escaped-html": "{{</* <script>alert(1)</script> */>}} {{</* x a=\"<script>alert(1)</script>\" */>}}",
}


def pages(tmp_path: Path, body: str, front: str = "---\ntitle: Hostile\n---\n") -> dict[str, str]:
    """The article as the reader shows it, as `spacereader render` exports it (its <main>), and its bare body."""
    root = tmp_path / "library"
    (root / "pic.png").parent.mkdir(parents=True, exist_ok=True)
    (root / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    article = load_article(write(root / "article.md", front + body + "\n"), root)
    profiles = [BOOK.get("chris-hadfield")]
    notes = NoteNames(root)  # wiki links name the library's files
    export = standalone_page(article, profiles, MATCHER, root=root, notes=notes)
    return {
        "reader": article_page(article, profiles, MATCHER, root=root, notes=notes),
        "export": main_of(export),
        "body": render_markdown(article.body, MATCHER, LinkContext(root, root)),
    }


def main_of(document: str) -> str:
    return document[document.index("<main>") + len("<main>"):document.rindex("</main>")]


def assert_safe(tmp_path: Path, html_by_page: dict[str, str]) -> None:
    root = tmp_path / "library"
    for name, html in html_by_page.items():
        assert unsafe(html, root, root) == [], name
        for tag, attrs in parse(html).tags:
            if tag == "a" and attrs.get("href") and classify(attrs["href"]).kind is LinkKind.EXTERNAL:
                assert scheme(attrs["href"]) in ("http", "https"), name  # all the system's browser is ever given


@pytest.mark.parametrize("url", DANGEROUS_URLS)
def test_no_dangerous_link_or_image_reaches_a_page(tmp_path, url):
    shown = pages(tmp_path, "\n\n".join(form.format(url) for form in LINK_FORMS.values()))  # every form at once
    assert_safe(tmp_path, shown)
    assert text_of(shown["reader"]).count("after.") == len(LINK_FORMS)  # the text around each is still there


@pytest.mark.parametrize("raw", RAW_HTML.values(), ids=RAW_HTML.keys())
def test_hostile_raw_html_never_reaches_a_page(tmp_path, raw):
    shown = pages(tmp_path, f"Before\n\n{raw}\n\nAfter the hostile part.\n")
    assert_safe(tmp_path, shown)
    for html in shown.values():
        tags = "".join(re.findall(r"<[^>]*>", html))  # as text on the page, `url(` is harmless
        assert "url(" not in tags and "expression(" not in tags and "<style" not in html  # no style sheet survives
        assert "After the hostile part." in text_of(html)


def test_a_link_that_is_allowed_still_works_beside_the_hostile_ones(tmp_path):
    """The allowlist is not an empty list: web links, astronauts and anchors keep their targets."""
    shown = pages(tmp_path, "[web](https://example.org/) and Chris Hadfield [^1] and ![p](pic.png)\n\n[^1]: A note.")
    hrefs = [attrs.get("href") for tag, attrs in parse(shown["reader"]).tags if tag == "a"]
    assert "https://example.org/" in hrefs and "astronaut:chris-hadfield" in hrefs and "#fn:1" in hrefs
    assert ("img", {"src": "pic.png", "alt": "p"}) in parse(shown["reader"]).tags


def test_wiki_links_and_embeds_reach_nothing_outside_the_library(tmp_path):
    """A wiki link names a file of the library; a path up and out, or a file in it that is a symbolic link to
    one outside, is not a link or an image."""
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "secret.md").write_text("secret", encoding="utf-8")
    (tmp_path / "library" / "att").mkdir(parents=True)
    (tmp_path / "library" / "att" / "leak.png").symlink_to(tmp_path / "secret.png")
    (tmp_path / "library" / "leak.md").symlink_to(tmp_path / "secret.md")
    body = "[[../secret]] [[../secret.md]] ![[../secret.png]] ![[leak.png|200]] [[leak]] ![[/etc/passwd]] [[pic.png]]"
    shown = pages(tmp_path, body)
    assert_safe(tmp_path, shown)
    for html in (shown["reader"], shown["export"]):
        assert "secret" not in "".join(re.findall(r"<[^>]*>", html)) and "leak.png" not in re.findall(r'src="([^"]*)"', html)
        assert not [attrs for tag, attrs in parse(html).tags if tag == "a" and "leak" in (attrs.get("href") or "")]


HOSTILE_FRONT_MATTER = {
    "title": 'title: "</title><script>alert(1)</script><meta http-equiv=refresh content=0;url=https://evil.example>"',
    "lang": "lang: '\"><script>alert(1)</script>'",
    "author": "author: <img src=x onerror=alert(1)>",
    "tags": "tags: ['<a href=javascript:alert(1)>x</a>', '<iframe src=https://evil.example>']",
    "summary": "summary: <style>body{background:url(http://evil.example/x.png)}</style>",
    "full_article": "full_article: javascript:alert(1)",
    "full_article-data": "full_article: data:text/html,<script>alert(1)</script>",
}


@pytest.mark.parametrize("line", HOSTILE_FRONT_MATTER.values(), ids=HOSTILE_FRONT_MATTER.keys())
def test_hostile_front_matter_is_text_on_every_page(tmp_path, line):
    front = f"---\ntitle: Hostile\n{line}\n---\n" if not line.startswith("title:") else f"---\n{line}\n---\n"
    shown = pages(tmp_path, "Body text.", front)
    assert_safe(tmp_path, shown)
    export = standalone_page(load_article(tmp_path / "library" / "article.md"), [], MATCHER, root=tmp_path / "library")
    assert standalone_shell(export) == []


def standalone_shell(document: str) -> list[str]:
    """What is wrong with an exported page outside its <main>: only our own head, with its content policy."""
    outside = document[:document.index("<main>")] + document[document.rindex("</main>"):]
    page = parse(outside)
    found = [f"tag <{tag}>" for tag, _ in page.tags if tag not in {"html", "head", "meta", "title", "style", "body", "main"}]
    metas = [attrs for tag, attrs in page.tags if tag == "meta"]
    found += [f"meta {attrs}" for attrs in metas if set(attrs) - {"charset", "name", "content", "http-equiv"}
              or attrs.get("http-equiv", "content-security-policy").lower() != "content-security-policy"]
    if not any("default-src 'none'" in (attrs.get("content") or "") for attrs in metas):
        found.append("no content security policy")
    return found + [f"not allowed: {other}" for other in page.other if other.lower() != "<!doctype html>"]


def test_the_exported_page_shell_is_only_ours(tmp_path):
    body = "\n\n".join(RAW_HTML.values())
    article = load_article(write(tmp_path / "a.md", f"---\ntitle: T\n---\n{body}\n"))
    document = standalone_page(article, [BOOK.get("chris-hadfield")], MATCHER, root=tmp_path)
    assert standalone_shell(document) == []
    assert unsafe(main_of(document), tmp_path, tmp_path) == []


# what the reader hands to the system's browser: only real web addresses

@pytest.mark.parametrize("href", DANGEROUS_URLS + ["java\nscript:alert(1)", "\x00javascript:alert(1)", "https://", "http://",
                                                   "https:evil.example", "javascript://example.org/%0aalert(1)"])
def test_classify_hands_no_other_link_to_the_browser(href):
    assert classify(href).kind is not LinkKind.EXTERNAL


@pytest.mark.parametrize("href", ["https://example.org/", "HTTP://EXAMPLE.ORG/a?b=c", " https://example.org/x "])
def test_classify_hands_web_links_to_the_browser(href):
    assert classify(href).kind is LinkKind.EXTERNAL

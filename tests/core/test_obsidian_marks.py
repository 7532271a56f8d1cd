"""Obsidian's other marks: callouts of every kind with their folding markers, ==highlights==, %%comments%% and
inline #tags, each as the page shows it, and the index and `check` reading what the page shows."""

import json

import pytest

from spacereader.cli import main
from spacereader.core.articles import load_article
from spacereader.core.library import load_library
from spacereader.core.mentions import MentionMatcher
from spacereader.core.pages import article_page
from tests.helpers import write
from tests.html_safety import parse, text_of

NOBODY = MentionMatcher([])


def page(tmp_path, body, name="note.md"):
    article = load_article(write(tmp_path / name, body + "\n"))
    return article, article_page(article, [], NOBODY, root=tmp_path).split("<hr>", 1)[1]


def callouts(html):
    """(bar class, title) of each callout on a page."""
    tags = parse(html).tags
    bars = [attrs["class"] for tag, attrs in tags if tag == "td" and attrs.get("class", "").startswith("bar-")]
    titles = [attrs["class"] for tag, attrs in tags if tag == "p" and attrs.get("class", "").startswith("title-")]
    return list(zip(bars, titles, strict=True))


CALLOUTS = {  # as written: (its colour, the title shown, the text shown)
    "> [!note] Orbit\n> In orbit.": ("note", "Orbit", "In orbit."),
    "> [!faq]- Why so fast?\n> To stay up.": ("note", "Why so fast?", "To stay up."),  # folded: shown open
    "> [!tip]+ Open by default\n> **Bold** text.": ("tip", "Open by default", "Bold text."),
    "> [!success]\n> Docked.": ("tip", "Success", "Docked."),  # no title: its kind, as Obsidian shows it
    "> [!WARNING]\n> Hot.": ("warning", "Warning", "Hot."),  # GitHub's alert still reads as one
    "> [!bug] Leak\n> A leak.": ("caution", "Leak", "A leak."),
    "> [!my-own-kind] Mine\n> Text.": ("note", "Mine", "Text."),  # a kind of the author's own is a note
    "> [!quote]-\n> Words.": ("note", "Quote", "Words."),
}


@pytest.mark.parametrize("written", CALLOUTS)
def test_obsidian_callouts_show_as_callouts(tmp_path, written):
    kind, title, text = CALLOUTS[written]
    article, html = page(tmp_path, written)
    assert callouts(html) == [(f"bar-{kind}", f"title-{kind}")]
    shown = text_of(html)
    assert title in shown and text in shown
    assert "[!" not in shown and "]-" not in shown and "]+" not in shown
    assert "[!" not in article.document.plain_text and text in article.document.plain_text


def test_a_callout_inside_a_callout(tmp_path):
    _, html = page(tmp_path, "> [!note] Outer\n> Outer text.\n> > [!tip] Inner\n> > Inner text.")
    assert callouts(html) == [("bar-note", "title-note"), ("bar-tip", "title-tip")]


@pytest.mark.parametrize(("written", "shown", "hidden"), [
    ("Before %%a secret%% after.", "Before  after.", "secret"),
    ("Before.\n\n%%\nA whole block\nof notes to self.\n%%\n\nAfter.", "After.", "notes to self"),
    ("Start %%across\ntwo lines%% end.", "Start  end.", "across"),
    ("One %%first%% two %%second%% three.", "One  two  three.", "second"),
])
def test_comments_are_hidden_from_the_page_and_the_index(tmp_path, written, shown, hidden):
    article, html = page(tmp_path, written)
    assert shown in text_of(html) and hidden not in html
    assert hidden not in article.document.plain_text


@pytest.mark.parametrize("written", ["`%%code%%`", "```\n%%fenced%%\n```", "50%% more, once"])
def test_percent_signs_in_code_or_never_closed_stay(tmp_path, written):
    _, html = page(tmp_path, written)
    assert "%%" in text_of(html)


def test_a_comment_keeps_the_lines_of_what_follows(tmp_path):
    article = load_article(write(tmp_path / "n.md", "%%\nnote\n%%\n\n[broken](nowhere.md)\n"))
    assert load_library(tmp_path).examine(article).problems[0].line == 5


def test_a_highlight_is_marked_and_its_words_are_searched(tmp_path):
    article, html = page(tmp_path, "An ==important== word, and `==code==`.")
    assert ("span", {"class": "highlight"}) in parse(html).tags
    assert "An important word" in text_of(html) and "==code==" in text_of(html)
    assert "An important word" in article.document.plain_text


def test_inline_tags_join_the_front_matter_tags(tmp_path):
    article, html = page(tmp_path, "---\ntags: [ISS]\n---\nA #mission note about the #iss and #Space/Walks.\n\n"
                                   "Not `#code`, [a link](#anchor), https://example.org/#part, #2024 or a#b.\n\n"
                                   "```\n#fenced\n```")
    assert article.tags == ("ISS", "mission", "Space/Walks")
    assert "#mission" in text_of(html)  # the text is as written


def test_search_facets_and_list_have_the_inline_tags(tmp_path, capsys):
    write(tmp_path / "a.md", "Text about #orbit and #iss.\n")
    write(tmp_path / "b.md", "---\ntags: [launch]\n---\nOther text.\n")
    assert main(["list", str(tmp_path), "--json"]) == 0
    listed = {row["title"]: row["tags"] for row in json.loads(capsys.readouterr().out)}
    assert listed == {"a": ["orbit", "iss"], "b": ["launch"]}
    assert main(["search", "text", str(tmp_path), "--tag", "orbit", "--json"]) == 0
    assert [hit["title"] for hit in json.loads(capsys.readouterr().out)] == ["a"]

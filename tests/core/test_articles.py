"""Loading one article: front matter in its forms and synonyms, titles, encodings, and broken files."""

import os
from datetime import date, datetime, timedelta, timezone

import pytest

from spacereader.core.articles import load_article
from tests.helpers import write


def load(tmp_path, text, name="article.md"):
    return load_article(write(tmp_path / name, text))


def load_bytes(tmp_path, data, name="article.md"):
    path = tmp_path / name
    path.write_bytes(data)
    return load_article(path)


def kinds(article):
    """(severity, line) of each problem, what an author sees beside the file."""
    return [(p.severity.value, p.line) for p in article.problems]


def test_yaml_front_matter_fills_every_field(tmp_path):
    article = load(tmp_path, """---
title: Réseaux sociaux, à la conquête de l'espace
author: Hélène Marchal
date: 2021-03-14
lang: fr
tags: [réseaux sociaux, ISS]
summary: Deux phrases.
full_article: https://example.org/full
astronauts: [thomas-pesquet]
---
Le corps du texte.
""")
    assert article.problems == []
    assert article.title == "Réseaux sociaux, à la conquête de l'espace"
    assert article.author == "Hélène Marchal"
    assert article.date == date(2021, 3, 14)
    assert (article.lang, article.summary) == ("fr", "Deux phrases.")
    assert article.tags == ("réseaux sociaux", "ISS")
    assert article.full_article == "https://example.org/full"
    assert article.astronauts == ("thomas-pesquet",)
    assert article.body.strip() == "Le corps du texte."
    assert "title:" not in article.body


def test_toml_front_matter_as_hugo_writes_it(tmp_path):
    article = load(tmp_path, """+++
title = "A Year in Space"
author = "Rachel Whitmore"
date = 2024-03-01
lang = "en"
tags = ["ISS", "NASA"]
full_article = "https://example.org/year"
+++
Body.
""")
    assert article.problems == []
    assert (article.title, article.author, article.lang) == ("A Year in Space", "Rachel Whitmore", "en")
    assert article.date == date(2024, 3, 1)
    assert article.tags == ("ISS", "NASA")
    assert article.full_article == "https://example.org/year"
    assert article.body.strip() == "Body."


@pytest.mark.parametrize("key", ["description", "excerpt"])
def test_hugo_and_jekyll_summary_synonyms(tmp_path, key):
    article = load(tmp_path, f"---\ntitle: T\n{key}: A short summary.\n---\nBody\n")
    assert article.summary == "A short summary."


def test_categories_become_tags(tmp_path):
    article = load(tmp_path, "---\ntitle: T\ncategories: [space, ISS]\n---\nBody\n")
    assert article.tags == ("space", "ISS")


def test_jekyll_file_name_prefix_gives_the_date(tmp_path):
    article = load(tmp_path, "---\ntitle: T\n---\nBody\n", name="2019-07-20-moon-landing.md")
    assert article.date == date(2019, 7, 20)
    assert article.problems == []


def test_front_matter_date_wins_over_the_file_name(tmp_path):
    article = load(tmp_path, "---\ntitle: T\ndate: 2021-01-02\n---\n", name="2019-07-20-moon-landing.md")
    assert article.date == date(2021, 1, 2)


@pytest.mark.parametrize("written, expected", [
    ("2021-03-14", date(2021, 3, 14)),
    ("2021-03-14T10:30:00+02:00", datetime(2021, 3, 14, 10, 30, tzinfo=timezone(timedelta(hours=2)))),
    ("'2021-03-14T10:30:00+02:00'", datetime(2021, 3, 14, 10, 30, tzinfo=timezone(timedelta(hours=2)))),
    ("'2021-03-14T08:30:00Z'", datetime(2021, 3, 14, 8, 30, tzinfo=timezone.utc)),
])
def test_iso_dates_and_date_times_with_offsets(tmp_path, written, expected):
    article = load(tmp_path, f"---\ntitle: T\ndate: {written}\n---\n")
    assert article.problems == []
    assert article.date.isoformat() == expected.isoformat()  # the same day or instant, with its offset


def test_title_from_the_first_heading_without_attributes(tmp_path):
    article = load(tmp_path, "---\nauthor: A\n---\n\n# Earth from Orbit {#top .big}\n\nFirst paragraph.\n")
    assert article.title == "Earth from Orbit"
    assert "Earth from Orbit" not in article.body  # the header shows it; the body must not repeat it
    assert "First paragraph." in article.body
    assert article.problems == []


def test_a_heading_inside_a_code_fence_is_not_the_title(tmp_path):
    article = load(tmp_path, "```\n# a shell comment\n```\n\n# Real Title\n")
    assert article.title == "Real Title"
    assert "# a shell comment" in article.body


def test_front_matter_title_wins_and_the_heading_stays_in_the_body(tmp_path):
    article = load(tmp_path, "---\ntitle: From Front Matter\n---\n# A Heading\n")
    assert article.title == "From Front Matter"
    assert "# A Heading" in article.body


def test_no_title_anywhere_uses_the_file_name_as_obsidian_does(tmp_path):
    article = load(tmp_path, "Just a paragraph, no heading.\n", name="untitled-notes.md")
    assert article.title == "untitled-notes"
    assert kinds(article) == []


def test_utf8_with_bom(tmp_path):
    article = load_bytes(tmp_path, "\ufeff---\ntitle: Café spatial\n---\nCorps\n".encode())
    assert article.title == "Café spatial"
    assert article.problems == []


def test_cp1252_bytes_are_read_with_a_warning_on_the_first_bad_line(tmp_path):
    article = load_bytes(tmp_path, "---\ntitle: T\n---\nLa fusée décolle.\n".encode("cp1252"))
    assert "La fusée décolle." in article.body
    assert kinds(article) == [("warning", 4)]
    assert "UTF-8" in article.problems[0].message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_with_a_bom_is_read_with_a_warning(tmp_path, encoding):
    bom = "\ufeff" if encoding != "utf-16" else ""
    article = load_bytes(tmp_path, (bom + "---\ntitle: Été en orbite\n---\nTexte\n").encode(encoding))
    assert article.title == "Été en orbite"
    assert article.body.strip() == "Texte"
    assert [p.severity.value for p in article.problems] == ["warning"]


def test_a_binary_file_is_an_error_not_an_exception(tmp_path):
    article = load_bytes(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", name="photo.md")
    assert article.title == "photo"
    assert [p.severity.value for p in article.problems] == ["error"]
    assert "binary" in article.problems[0].message


@pytest.mark.parametrize("front, line", [
    ("title: T\nauthor: A\nsummary: Colon: inside\n", 4),
    ("title: T\ntags: [a, b\n  c: d\nlang: en\n", 4),
    ("title: T\n\tauthor: tabbed\n", 3),
])
def test_broken_yaml_is_an_error_on_the_right_line(tmp_path, front, line):
    article = load(tmp_path, f"---\n{front}---\nBody\n", name="broken.md")
    assert kinds(article) == [("error", line)]
    assert article.problems[0].rule.startswith("front-matter-")
    assert article.title == "broken"


@pytest.mark.parametrize("front, line", [
    pytest.param('title = "T"\nauthor = = "A"\nlang = "en"\n', 3, id="middle"),
    pytest.param('title = "T"\nlang = "en"\nauthor = \n', 4, id="last-line"),
])
def test_broken_toml_is_an_error_on_the_right_line(tmp_path, front, line):
    article = load(tmp_path, f"+++\n{front}+++\nBody\n")
    assert kinds(article) == [("error", line)]
    assert "TOML" in article.problems[0].message


def test_front_matter_never_closed(tmp_path):
    article = load(tmp_path, "---\ntitle: T\nauthor: A\n\nThe body starts here.\n", name="open.md")
    assert kinds(article) == [("error", 1)]
    assert "never closed" in article.problems[0].message


def test_yaml_that_is_a_list_not_a_mapping(tmp_path):
    article = load(tmp_path, "---\n- title\n- author\n---\n# Heading Title\n")
    assert kinds(article) == [("error", 2)]
    assert article.title == "Heading Title"


def test_tags_of_the_wrong_type_is_a_warning_and_ignored(tmp_path):
    article = load(tmp_path, "---\ntitle: T\ntags: 5\n---\n")
    assert article.tags == ()
    assert kinds(article) == [("warning", 3)]
    assert "tags" in article.problems[0].message


def test_a_date_that_is_not_iso_is_an_error_on_its_line(tmp_path):
    article = load(tmp_path, "---\ntitle: T\nauthor: A\ndate: yesterday\n---\n")
    assert article.date is None
    assert kinds(article) == [("error", 4)]
    assert "yesterday" in article.problems[0].message


@pytest.mark.parametrize("written", ["2021-02-30", "2021-13-01"])
def test_an_impossible_calendar_date_is_an_error_not_an_exception(tmp_path, written):
    article = load(tmp_path, f"---\ntitle: T\ndate: {written}\n---\n")
    assert article.date is None
    assert [p.severity.value for p in article.problems] == ["error"]


@pytest.mark.parametrize("url", ["ftp://example.org/a", "javascript:alert(1)", "example.org/a", "file:///etc/passwd"])
def test_full_article_must_be_http_or_https(tmp_path, url):
    article = load(tmp_path, f"---\ntitle: T\nfull_article: '{url}'\n---\n")
    assert article.full_article == ""
    assert kinds(article) == [("error", 3)]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_line_endings(tmp_path, newline):
    text = "---\ntitle: T\ndate: nope\n---\nLine one\nLine two\n".replace("\n", newline)
    article = load_bytes(tmp_path, text.encode())
    assert article.title == "T"
    assert article.body == "Line one\nLine two\n"
    assert kinds(article) == [("error", 3)]  # line numbers count CR and CRLF like LF


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root (or Windows) can read a chmod 000 file")
def test_an_unreadable_file_is_an_error_not_an_exception(tmp_path):
    path = write(tmp_path / "secret.md", "---\ntitle: T\n---\n")
    path.chmod(0)
    try:
        article = load_article(path)
    finally:
        path.chmod(0o644)
    assert article.title == "secret"
    assert [p.severity.value for p in article.problems] == ["error"]


def test_a_missing_path_is_an_error_not_an_exception(tmp_path):
    article = load_article(tmp_path / "gone.md")
    assert article.title == "gone"
    assert [p.severity.value for p in article.problems] == ["error"]
    assert "cannot be read" in article.problems[0].message

"""`spacereader save`: the library's full articles (or one's) saved for offline reading, one line per article, exit 1
if any failed; `list --json` then names each copy; `search` finds words of the saved copies. Against a server on
127.0.0.1: no real network."""

import json
from pathlib import Path

import pytest

from tests.helpers import article
from tests.test_cli import run
from tests.web_server import WebServer


@pytest.fixture
def web():
    with WebServer() as server:
        yield server


@pytest.fixture
def library(tmp_path, web):
    root = tmp_path / "library"
    article(root, "news.md", "Short.", f"title: The selfie\ndate: 2026-05-12\nfull_article: {web.base}/news")
    article(root, "blog.md", "Short.", f"title: Tweets\ndate: 2024-03-01\nfull_article: {web.base}/blog")
    article(root, "gone.md", "Short.", f"title: Gone\ndate: 2020-01-01\nfull_article: {web.base}/missing")
    article(root, "plain.md", "No link.", "title: Plain")
    return root


def test_save_says_what_became_of_each_article_and_fails_if_one_failed(capsys, library, web):
    code, out, err = run(capsys, "save", library)
    lines = sorted(out.splitlines())
    assert code == 1 and len(lines) == 3, out
    assert lines[0] == "failed  gone.md: the page is not there (HTTP 404)"
    assert lines[1].startswith("saved   blog.md  → ") and lines[2].startswith("saved   news.md  → ")
    assert sorted(web.paths()) == ["/blog", "/missing", "/news"]  # one request per article, none for the one with no link
    assert Path(lines[2].split("→ ")[1]).is_file()


def test_save_one_article(capsys, library, web):
    code, out, _ = run(capsys, "save", "--article", library / "news.md")
    assert code == 0 and out.startswith("saved   news.md  → ")
    assert web.paths() == ["/news"]


def test_an_article_with_no_link_has_nothing_to_save(capsys, library, web):
    code, out, _ = run(capsys, "save", "--article", library / "plain.md")
    assert (code, out) == (1, "failed  plain.md: the article has no full_article link\n")
    assert web.requests == []


def test_list_json_names_the_saved_copy_and_when_it_was_fetched(capsys, library, web):
    run(capsys, "save", "--article", library / "news.md")
    code, out, _ = run(capsys, "list", library, "--json")
    rows = {Path(row["path"]).name: row for row in json.loads(out)}
    assert Path(rows["news.md"]["saved_copy"]).read_text(encoding="utf-8").count("cupola") >= 1
    assert rows["news.md"]["saved_at"].startswith("20")
    assert rows["blog.md"]["saved_copy"] is None and rows["blog.md"]["saved_at"] is None
    assert str(library) not in rows["news.md"]["saved_copy"]  # never beside the articles


def test_search_finds_the_words_of_a_saved_copy(capsys, library, web):
    assert run(capsys, "search", "cupola", library)[0] == 1  # only the saved copy says it
    run(capsys, "save", library)
    code, out, _ = run(capsys, "search", "cupola", library, "--json")
    assert code == 0 and [Path(hit["path"]).name for hit in json.loads(out)] == ["news.md"]
    assert "**cupola**" in json.loads(out)[0]["snippet"]


def test_a_save_never_writes_in_the_library(capsys, library, web):
    before = {p: p.read_bytes() for p in library.rglob("*")}
    run(capsys, "save", library)
    assert {p: p.read_bytes() for p in library.rglob("*")} == before

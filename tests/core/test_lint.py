"""Each authoring rule `check` and the Problems panel apply, with an article that breaks it and one that keeps it,
and the front-matter errors reported on the line where the author made them."""

from __future__ import annotations

from datetime import date

import pytest

from spacereader.core.library import load_library
from spacereader.core.linting import library_report
from tests.helpers import write

TODAY = date(2024, 6, 1)
GOOD = "title: T\nsummary: S\nlang: en\n"


def rules_of(tmp_path, text: str, name: str = "a.md") -> list[tuple[str, int]]:
    write(tmp_path / name, text)
    return [(p.rule, p.line) for p in library_report(load_library(tmp_path), TODAY) if p.path.name == name]


@pytest.mark.parametrize("rule, failing, passing, line", [
    ("lang-invalid", "---\ntitle: T\nsummary: S\nlang: english\n---\n", f"---\n{GOOD}---\n", 4),
    ("lang-invalid", "---\ntitle: T\nsummary: S\nlang: fr_FR\n---\n", "---\ntitle: T\nsummary: S\nlang: pt-BR\n---\n", 4),
    ("summary-missing", "---\ntitle: T\n---\nx\n", f"---\n{GOOD}---\nx\n", 1),
    ("summary-missing", "---\ntitle: T\nsummary: ''\n---\n", "---\ntitle: T\ndescription: Hugo's\n---\n", 3),
    ("full-article-http", f"---\n{GOOD}full_article: http://a.org\n---\n",
     f"---\n{GOOD}full_article: https://a.org\n---\n", 5),
    ("date-future", f"---\n{GOOD}date: 2024-06-02\n---\n", f"---\n{GOOD}date: 2024-06-01\n---\n", 5),
    ("anchor-missing", f"---\n{GOOD}---\n## Launch day\n\nSee [it](#launch).\n",
     f"---\n{GOOD}---\n## Launch day\n\nSee [it](#launch-day).\n", 8),
    ("anchor-missing", f"---\n{GOOD}---\nSee [it](#orbit).\n",
     f"---\n{GOOD}---\n## In orbit {{#orbit}}\n\nSee [it](#orbit) and a note[^1].\n\n[^1]: n\n", 6),
    ("heading-skip", f"---\n{GOOD}---\n## A\n\n#### B\n", f"---\n{GOOD}---\n## A\n\n### B\n\n## C\n", 8),
    ("image-no-alt", f"---\n{GOOD}---\n![](https://a.org/p.png)\n", f"---\n{GOOD}---\n![Earth](https://a.org/p.png)\n", 6),
    ("image-missing-file", f"---\n{GOOD}---\n![Earth](gone.png)\n", f"---\n{GOOD}---\n![Earth](a.md)\n", 6),
    ("link-missing-file", f"---\n{GOOD}---\n[more](gone.md)\n", f"---\n{GOOD}---\n[more](a.md)\n", 6),
    ("astronaut-unknown", f"---\n{GOOD}astronauts: [nobody]\n---\n", f"---\n{GOOD}astronauts: [chris-hadfield]\n---\n", 5),
    ("date-invalid", f"---\n{GOOD}date: someday\n---\n", f"---\n{GOOD}date: 2021-03-14T09:30:00+01:00\n---\n", 5),
    ("full-article-invalid", f"---\n{GOOD}full_article: ftp://a.org\n---\n", f"---\n{GOOD}---\n", 5),
    ("field-not-list", f"---\n{GOOD}tags: {{a: b}}\n---\n", f"---\n{GOOD}tags: [a, b]\n---\n", 5),
    ("field-not-text", f"---\n{GOOD}author: {{a: b}}\n---\n", f"---\n{GOOD}author: [A, B]\n---\n", 5),
    ("lint-ignore-unknown", f"---\n{GOOD}lint-ignore: [date-futur]\n---\n", f"---\n{GOOD}lint-ignore: [date-future]\n---\n", 5),
    ("field-not-list", f"---\n{GOOD}lint-ignore: 5\n---\n", f"---\n{GOOD}lint-ignore: date-future\n---\n", 5),
])
def test_each_rule_fails_its_example_and_passes_the_fixed_one(tmp_path, rule, failing, passing, line):
    assert (rule, line) in rules_of(tmp_path, failing)
    assert rule not in [found for found, _ in rules_of(tmp_path, passing)]


def test_a_good_article_has_nothing_to_say(tmp_path):
    assert rules_of(tmp_path, f"---\n{GOOD}date: 2021-03-14\n---\n## A\n\n![Earth](a.md) [up](#a)\n") == []


def test_duplicate_titles_are_told_each_other_and_ignore_case(tmp_path):
    write(tmp_path / "b.md", f"---\n{GOOD.replace('T', 'Launch Day')}---\n")
    assert ("title-duplicate", 2) in rules_of(tmp_path, f"---\n{GOOD.replace('T', 'launch  day')}---\n")
    problem = next(p for p in library_report(load_library(tmp_path), TODAY) if p.path.name == "b.md")
    assert "a.md" in problem.message


def test_the_front_matter_silences_a_rule_for_its_file_only(tmp_path):
    write(tmp_path / "b.md", "---\ntitle: B\n---\n")
    assert rules_of(tmp_path, "---\ntitle: T\nlint-ignore: [summary-missing]\n---\n") == []
    assert ("summary-missing", 1) in rules_of(tmp_path, "---\ntitle: B\n---\n", "b.md")


def test_a_silenced_rule_of_reading_and_of_the_library_goes_too(tmp_path):
    write(tmp_path / "b.md", f"---\n{GOOD}---\n")
    text = f"---\n{GOOD}lint-ignore: [link-missing-file, title-duplicate]\n---\n[x](gone.md)\n"
    assert rules_of(tmp_path, text) == []


@pytest.mark.parametrize("front, rule, line", [
    pytest.param('title: "Unclosed\nauthor: A\nsummary: S\nlang: en\n', "front-matter-quote", 2, id="double-quote"),
    pytest.param("summary: S\ntitle: 'it''s\nlang: en\n", "front-matter-quote", 3, id="single-quote"),
    pytest.param("title: T\n\tauthor: tabbed\n", "front-matter-tab", 3, id="tab"),
    pytest.param("tags:\n  - a\n - b\nlang: en\n", "front-matter-indent", 4, id="list-out-of-step"),
    pytest.param("title: T\n  author: A\n", "front-matter-indent", 3, id="key-indented"),
])
def test_front_matter_errors_are_on_the_line_the_author_made_them(tmp_path, front, rule, line):
    assert rules_of(tmp_path, f"---\n{front}---\nBody\n") == [(rule, line)]


def test_an_unclosed_quote_message_names_the_quote(tmp_path):
    write(tmp_path / "a.md", "---\ntitle: 'Oops\n---\n")
    assert "'" in library_report(load_library(tmp_path), TODAY)[0].message

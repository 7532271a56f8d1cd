"""A note with no title of its own is titled by its file name, as Obsidian, Zettlr and Jekyll title it; the
zero-width joiners of Persian, Arabic and Indic spelling are never a problem."""

import pytest

from spacereader.cli import main
from spacereader.core.articles import load_article
from spacereader.core.library import load_library
from tests.helpers import write


@pytest.mark.parametrize(("name", "title"), [
    ("Orbital mechanics.md", "Orbital mechanics"),
    ("2021-03-14-first-tweet.md", "first-tweet"),  # Jekyll's date prefix is the date, not the title
    ("2021-03-14.md", "2021-03-14"),  # a daily note: the date is all the name there is
    ("Étoile filante.markdown", "Étoile filante"),
    ("v1.2 notes.md", "v1.2 notes"),
    ("2021-05-01-spacewalk/index.md", "spacewalk"),  # a Hugo page bundle: the folder is the page
    ("Missions/_index.md", "Missions"),
])
def test_the_file_name_is_the_title_and_no_problem(tmp_path, name, title):
    article = load_article(write(tmp_path / name, "Just text, no heading.\n"))
    assert article.title == title
    assert article.problems == []


def test_a_jekyll_prefix_still_gives_the_date(tmp_path):
    article = load_article(write(tmp_path / "2021-03-14-launch.md", "---\nlang: en\n---\nText.\n"))
    assert (article.title, article.day.isoformat()) == ("launch", "2021-03-14")


def test_a_title_or_heading_still_wins_over_the_name(tmp_path):
    assert load_article(write(tmp_path / "a.md", "---\ntitle: Given\n---\n# Heading\n")).title == "Given"
    assert load_article(write(tmp_path / "b.md", "# Heading\n\nText.\n")).title == "Heading"


@pytest.mark.parametrize("name", [
    "می\u200cخواهم.md",  # Persian "I want": the non-joiner keeps می apart from خواهم
    "क्\u200dष.md",  # Devanagari with a zero-width joiner
    "រាប់\u200bពាក្យ.md",  # Khmer "word count": a zero-width space between the words, as Khmer writes them
])
def test_zero_width_joiners_in_a_name_are_spelling_not_a_warning(tmp_path, name, capsys):
    path = write(tmp_path / name, "متن.\n")
    article = load_article(path)
    assert article.problems == []
    assert article.title == path.stem
    assert main(["check", str(tmp_path), "--ignore", "summary-missing"]) == 0  # a note has no summary: advice, not this
    assert capsys.readouterr().out == ""


def test_other_invisible_characters_in_a_name_are_still_warned_about(tmp_path):
    article = load_article(write(tmp_path / "evil\u202egnp.md", "Text.\n"))
    assert [p.rule for p in article.problems] == ["file-name-invisible"]
    assert "\\u202e" in article.title


def test_a_vault_of_untitled_notes_checks_clean(tmp_path, capsys):
    for name in ("Start here.md", "Folder/Nested note.md", "2020-01-01-old.md"):
        write(tmp_path / name, "Some words.\n")
    library = load_library(tmp_path)
    assert sorted(a.title for a in library.articles) == ["Nested note", "Start here", "old"]
    assert library.problems == []
    assert main(["check", str(tmp_path)]) == 0

"""Astronaut profiles (bundled and per library) and finding their mentions in articles."""

import pytest

from spacereader.core.document import read_document
from spacereader.core.library import load_library
from spacereader.core.mentions import MentionMatcher
from spacereader.core.profiles import load_profile, load_profile_book
from spacereader.core.render import LinkContext, render_markdown
from spacereader.paths import bundled_profiles_dir
from tests.helpers import article, write

BUNDLED = sorted(bundled_profiles_dir().glob("*.yaml"))


def profile(library, profile_id, name, aliases=(), extra=""):
    aliases_yaml = "[" + ", ".join(aliases) + "]"
    return write(library / "astronauts" / f"{profile_id}.yaml",
                 f"name: {name}\naliases: {aliases_yaml}\nagency: Test Agency\n{extra}")



@pytest.fixture(scope="module")
def matcher():
    return MentionMatcher(load_profile_book([bundled_profiles_dir()]).profiles.values())


def ids(matcher, text):
    return [profile_id for _, _, profile_id in matcher.finditer(text)]


# profiles

@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_each_bundled_profile_loads_without_problems(path):
    loaded, problems = load_profile(path)
    assert problems == []
    assert loaded.id == path.stem and loaded.name and loaded.agency and loaded.missions


def test_the_bundled_book_has_the_expected_astronauts():
    book = load_profile_book([bundled_profiles_dir()])
    assert book.problems == []
    assert len(book.profiles) >= 8
    assert {"mike-massimino", "chris-hadfield", "thomas-pesquet"} <= set(book.profiles)
    assert book.get("chris-hadfield").name == "Chris Hadfield"


def test_a_library_profile_overrides_a_bundled_one_and_adds_new_ones(tmp_path):
    profile(tmp_path, "chris-hadfield", "Chris Hadfield", extra="summary: Our own text.\n")
    profile(tmp_path, "ada-orbit", "Ada Orbit")
    library = load_library(tmp_path)
    hadfield = library.book.get("chris-hadfield")
    assert (hadfield.agency, hadfield.summary.get()) == ("Test Agency", "Our own text.")
    assert hadfield.source == tmp_path / "astronauts" / "chris-hadfield.yaml"
    assert library.book.get("ada-orbit").name == "Ada Orbit"
    assert "thomas-pesquet" in library.book  # the other bundled profiles stay
    assert library.book.problems == []


def test_a_broken_profile_is_a_problem_and_the_others_still_load(tmp_path):
    write(tmp_path / "astronauts" / "bad-yaml.yaml", "name: Bad\nmissions: [unclosed\n  - x: : y\n")
    profile(tmp_path, "ada-orbit", "Ada Orbit")
    library = load_library(tmp_path)
    assert [(p.path.name, p.severity.value) for p in library.book.problems] == [("bad-yaml.yaml", "error")]
    assert "bad-yaml" not in library.book
    assert "ada-orbit" in library.book and "chris-hadfield" in library.book


def test_followers_without_an_as_of_date_are_a_warning_and_dropped(tmp_path):
    path = profile(tmp_path, "ada-orbit", "Ada Orbit", extra=(
        "social:\n  - network: Mastodon\n    handle: '@ada'\n    url: https://example.org/@ada\n    followers: 5000\n"))
    loaded, problems = load_profile(path)
    assert [p.severity.value for p in problems] == ["warning"]
    assert "followers" in problems[0].message
    assert loaded.social[0].counts == ()
    assert loaded.social[0].handle == "@ada"  # the account itself is kept


# mentions

@pytest.mark.parametrize("text, expected", [
    ("Chris Hadfield sang on the station.", ["chris-hadfield"]),
    ("Hadfield sang on the station.", ["chris-hadfield"]),
    ("Hadfield's guitar", ["chris-hadfield"]),
    ("Hadfield’s guitar", ["chris-hadfield"]),
    ("les photos d’Hadfield", ["chris-hadfield"]),
    ("les photos d'Hadfield", ["chris-hadfield"]),
    ("le vol de l’Haigneré de 2001", ["claudie-haignere"]),
    ("Claudie Haignere, without accents", ["claudie-haignere"]),
    ("Then Haignere flew again", ["claudie-haignere"]),
    ("Thomas Pesquet et Mike Massimino", ["thomas-pesquet", "mike-massimino"]),
])
def test_names_surnames_possessives_and_elisions_are_found(matcher, text, expected):
    assert ids(matcher, text) == expected


@pytest.mark.parametrize("text", ["the Hadfields next door", "Pesquetti is a pasta", "Hadfield2", "Hadfield_x"])
def test_only_whole_words_match(matcher, text):
    assert ids(matcher, text) == []


def test_the_whole_name_is_the_mention(matcher):
    text = "Yesterday Chris Hadfield said"
    [(start, end, _)] = matcher.finditer(text)
    assert text[start:end] == "Chris Hadfield"


@pytest.mark.parametrize("text", ["Chris\nHadfield", "Chris\n   Hadfield", "Chris  Hadfield"])
def test_a_name_split_across_a_line_break(matcher, text):
    assert matcher.ids_in(read_document(f"As {text} said")) == ["chris-hadfield"]
    html = render_markdown(f"As {text} said", matcher, LinkContext(bundled_profiles_dir()))
    assert 'href="astronaut:chris-hadfield"' in html
    assert html.count("<a ") == 1


def test_a_surname_shared_by_two_profiles_is_not_linked_but_full_names_are(tmp_path):
    profile(tmp_path, "ann-lunar", "Ann Lunar")
    profile(tmp_path, "bob-lunar", "Bob Lunar")
    matcher = load_library(tmp_path).matcher
    assert ids(matcher, "Lunar said") == []
    assert ids(matcher, "Ann Lunar and Bob Lunar") == ["ann-lunar", "bob-lunar"]


def test_an_alias_shared_by_two_profiles_is_not_linked(tmp_path):
    profile(tmp_path, "ann-lunar", "Ann Lunar", aliases=["Moonwalker"])
    profile(tmp_path, "bea-solar", "Bea Solar", aliases=["Moonwalker"])
    matcher = load_library(tmp_path).matcher
    assert ids(matcher, "the Moonwalker waved") == []
    assert ids(matcher, "Lunar and Solar") == ["ann-lunar", "bea-solar"]


def test_never_in_code_or_an_existing_link(matcher, tmp_path):
    body = ("Inline `Hadfield` code.\n\n```\nPesquet in a fence\n```\n\n"
            "[Chris Hadfield](https://example.org/ch) already a link.\n\nMassimino in text.\n")
    assert matcher.ids_in(read_document("Inline `Hadfield` code.\n\n```\nPesquet in a fence\n```\n")) == []
    html = render_markdown(body, matcher, LinkContext(tmp_path))
    assert html.count('class="astronaut"') == 1
    assert 'href="astronaut:mike-massimino"' in html
    assert "<code>Hadfield</code>" in html
    assert "astronaut:thomas-pesquet" not in html
    assert 'href="https://example.org/ch"' in html


def test_front_matter_astronauts_add_a_profile_not_named_in_the_text(tmp_path):
    path = article(tmp_path, "koch.md", "No names in this text.", front="title: T\nastronauts: [christina-koch]")
    library = load_library(tmp_path)
    assert library.mentions[path] == ("christina-koch",)
    assert [p.id for p in library.profiles_of(library.article(path))] == ["christina-koch"]
    assert [a.path for a in library.mentioned_in("christina-koch")] == [path]


def test_backlinks_list_exactly_the_articles_that_mention_a_profile(tmp_path):
    first = article(tmp_path, "a.md", "Hadfield took photos.")
    both = article(tmp_path, "b.md", "Pesquet met Chris Hadfield.")
    article(tmp_path, "c.md", "Nobody here, only `Hadfield` in code.")
    article(tmp_path, "d.md", "The Hadfields are neighbours.")
    library = load_library(tmp_path)
    assert {a.path for a in library.mentioned_in("chris-hadfield")} == {first, both}
    assert [a.path for a in library.mentioned_in("thomas-pesquet")] == [both]
    assert library.mentioned_in("peggy-whitson") == []

"""The Astronauts tab's list: filtered as the reader types, sorted as they choose, and in a library of their own,
the profiles no article mentions behind "Show all"."""

from spacereader.core.library import load_library
from spacereader.core.roster import roster
from spacereader.paths import bundled_library
from tests.helpers import article


def names(listed):
    return [row.profile.name for row in listed.rows]


def own_library(tmp_path):
    article(tmp_path, "a.md", "Chris Hadfield sang; Thomas Pesquet took photos.", "title: A")
    article(tmp_path, "b.md", "Thomas Pesquet again.", "title: B")
    return load_library(tmp_path)


def test_in_a_library_of_ones_own_profiles_no_article_mentions_wait_behind_show_all(tmp_path):
    library = own_library(tmp_path)
    listed = roster(library)
    assert names(listed) == ["Chris Hadfield", "Thomas Pesquet"]
    assert listed.hidden == len(library.book.profiles) - 2
    everyone = roster(library, show_all=True)
    assert len(everyone.rows) == len(library.book.profiles) and everyone.hidden == 0


def test_sorted_by_number_of_articles_most_first_then_by_name(tmp_path):
    listed = roster(own_library(tmp_path), sort="articles")
    assert [(row.profile.name, row.articles) for row in listed.rows] == [("Thomas Pesquet", 2), ("Chris Hadfield", 1)]


def test_sorted_by_agency_then_surname():
    listed = roster(load_library(bundled_library()), sort="agency")
    agencies = [row.profile.agency for row in listed.rows]
    assert agencies == sorted(agencies)
    assert names(listed)[:1] == ["Jean-Loup Chrétien"]  # CNES comes first


def test_the_filter_ignores_case_and_accents_and_looks_at_agency_and_nationality():
    library = load_library(bundled_library())
    assert names(roster(library, "chretien")) == ["Jean-Loup Chrétien"]
    assert names(roster(library, "csa")) == ["Chris Hadfield"]
    assert set(names(roster(library, "italian"))) == {"Samantha Cristoforetti"}


def test_a_library_that_mentions_nobody_still_lists_everyone(tmp_path):
    article(tmp_path, "a.md", "Nobody here.", "title: A")
    library = load_library(tmp_path)
    assert len(roster(library).rows) == len(library.book.profiles)

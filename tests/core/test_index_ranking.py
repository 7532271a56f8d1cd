"""The search's best matches taken without walking every match: the same as ranking every match and cutting,
newest first among equals, and a half-typed word finding every word it starts, new ones included."""

import pytest

from spacereader.core import indexsearch, vocabulary
from spacereader.core.index import SearchIndex, indexed_library
from spacereader.core.library import empty_library
from tests.helpers import article

QUERIES = ["station", "stat", "orbit", "orbite basse", "Pesquet", "photo", "station orbite", '"la station"',
           "Station spatiale", "équipage", "equip", "zorglub", "sta orb"]


@pytest.fixture(scope="module")
def library_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("ranking")
    words = ["station", "stations", "orbite", "orbital", "équipage", "photo", "photographie", "basse", "spatiale"]
    for number in range(60):
        chosen = [words[(number * step) % len(words)] for step in (1, 2, 5)]
        title = f"{chosen[0].title()} {number}" if number % 3 == 0 else f"Note {number}"
        tags = "[photo]" if number % 7 == 0 else "[]"
        date = f"date: 20{10 + number % 12:02d}-0{1 + number % 9}-1{number % 10}\n" if number % 11 else ""
        body = f"La {' '.join(chosen)} de Thomas Pesquet.\n" if number % 4 == 0 else f"Une {' '.join(chosen)}.\n"
        article(root, f"{number % 5}/n{number}.md", body, f"title: {title}\ntags: {tags}\n{date}")
    return root


@pytest.fixture(scope="module")
def index(library_root):
    _, index = indexed_library(library_root)
    yield index
    index.close()


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("limit", [1, 5, 20])
def test_the_best_few_are_the_first_of_every_match_ranked(index, query, limit):
    everything = list(index.ranking(query).items())
    assert list(index.ranking(query, limit=limit).items()) == everything[:limit]
    assert [(hit.path, hit.score) for hit in index.search(query, limit)] == everything[:limit]


@pytest.mark.parametrize("lookups", [0, 1, 1000])
def test_rows_checked_one_by_one_or_all_at_once_give_the_same_best(index, monkeypatch, lookups):
    everything = {query: list(index.ranking(query).items())[:20] for query in QUERIES}
    monkeypatch.setattr(indexsearch, "_LOOKUPS", lookups)
    monkeypatch.setattr(indexsearch, "_LONG_WALK", 0)
    assert {query: list(index.ranking(query, limit=20).items()) for query in QUERIES} == everything


def test_equal_scores_go_newest_first_then_by_title_and_undated_last(tmp_path):
    for name, title, date in [("a.md", "Zénith", "2020-05-01"), ("b.md", "Aube", "2020-05-01"),
                              ("c.md", "Midi", "2020-05-01"), ("d.md", "Avant", "2021-01-01"),
                              ("e.md", "Sans date", None), ("f.md", "Ancien", "1969-07-20")]:
        article(tmp_path, name, "Une orbite.", f"title: {title}" + (f"\ndate: {date}" if date else ""))
    library, index = indexed_library(tmp_path)
    ranked = [path.name for path in index.ranking("orbite")]  # in the text only: every match scores the same
    assert ranked == ["d.md", "b.md", "c.md", "a.md", "f.md", "e.md"]
    assert ranked == [a.path.name for a in library.articles]  # the library's own order
    index.close()


def test_a_word_first_written_after_the_last_count_is_found_by_its_start(tmp_path):
    article(tmp_path, "old.md", "Nothing new.", "title: Old")
    _, index = indexed_library(tmp_path)
    article(tmp_path, "new.md", "A zymurgical experiment on the station.", "title: New")
    index.update()
    assert [path.name for path in index.ranking("zymurg")] == ["new.md"]
    index.close()


def test_a_prefix_of_more_words_than_are_listed_finds_them_all(tmp_path, monkeypatch):
    for number, word in enumerate(["orbit", "orbital", "orbite", "orbiter", "orbits"]):
        article(tmp_path, f"{word}.md", f"The {word} of number {number}.", f"title: T{number}")
    _, index = indexed_library(tmp_path)
    monkeypatch.setattr(vocabulary, "MAX_EXPANSION", 2)  # FTS5 merges the prefix itself
    assert len(index.ranking("orbi")) == 5 and len(index.search("orbi")) == 5
    index.close()


def test_counts_made_as_files_are_written_are_those_a_recount_finds(library_root, tmp_path):
    index = SearchIndex(empty_library(library_root), location=tmp_path / "index.sqlite")
    index.update()  # 60 files: one thread, which counts each word as it writes
    written = sorted(index.db.execute("SELECT word, articles FROM words"))
    vocabulary.recount(index.db)
    assert sorted(index.db.execute("SELECT word, articles FROM words")) == written
    index.close()


def test_a_row_id_taken_by_another_connection_meanwhile_is_not_taken_twice(tmp_path):
    article(tmp_path, "a.md", "First.", "title: Same start one\ndate: 2020-01-01")
    first = SearchIndex(empty_library(tmp_path))
    first.update()  # knows the ids in use from now on
    article(tmp_path, "b.md", "Second.", "title: Same start two\ndate: 2020-01-01")
    second = SearchIndex(empty_library(tmp_path))
    second.update()  # takes b's id
    article(tmp_path, "c.md", "Third.", "title: Same start three\ndate: 2020-01-01")
    assert [a.path.name for a in first.update().articles] == ["c.md"]  # the id it would take is b's
    assert {path.name for path in first.ranking("same")} == {"a.md", "b.md", "c.md"}
    first.close()
    second.close()

"""The search index as a library's reader relies on it: in step with the files, rebuilt when damaged or stale,
forgiving about accents, elisions and half-typed words, and combined with the facet filters."""

import datetime
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spacereader.core.browse import Browse, visible
from spacereader.core.facets import Filters, facet_counts
from spacereader.core.index import SearchIndex, index_file, indexed_library
from spacereader.core.library import empty_library
from spacereader.core.searchtext import HIT_END, HIT_START, fts_query
from tests.helpers import article, write


def found(index: SearchIndex, query: str) -> set[str]:
    """The names of the files a query finds."""
    return {path.name for path in index.ranking(query)}


def reopened(root: Path) -> SearchIndex:
    """The index as the next run of the app finds it, before it looks at the disk."""
    return SearchIndex(empty_library(root))


def names(update) -> list[str]:
    return sorted(a.path.name for a in update.articles)


def touch_later(path: Path) -> None:
    """A new modification time for sure, whatever the file system's clock resolution."""
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 2_000_000_000))


@pytest.fixture
def root(tmp_path) -> Path:
    library = tmp_path / "library"
    article(library, "alpha.md", "The alpha mission reached the station.", "title: Alpha")
    article(library, "beta.md", "Beta flew a telescope.", "title: Beta")
    article(library, "deep/gamma.md", "Gamma stayed on the ground.", "title: Gamma")
    return library


@pytest.fixture
def index(root):
    library = empty_library(root)
    index = SearchIndex(library)
    index.update()
    yield index
    index.close()


# keeping in step with the files

def test_the_first_update_reads_everything_and_the_next_reads_nothing(root):
    library = empty_library(root)
    index = SearchIndex(library)
    assert names(index.update()) == ["alpha.md", "beta.md", "gamma.md"]
    second = index.update()
    assert second.articles == [] and second.removed == []
    assert found(index, "ground") == {"gamma.md"}
    index.close()


def test_a_changed_file_is_read_again_alone_and_search_sees_its_new_words(root, index):
    path = article(root, "alpha.md", "The omega mission reached the station.", "title: Alpha")  # same size as before
    touch_later(path)
    assert names(index.update()) == ["alpha.md"]
    assert found(index, "omega") == {"alpha.md"}
    assert found(index, "\"alpha mission\"") == set()  # the old words are gone


def test_a_removed_file_leaves_search_and_the_cache(root, index):
    (root / "beta.md").unlink()
    update = index.update()
    assert update.removed == [root / "beta.md"]
    assert found(index, "telescope") == set()
    index.close()
    again = reopened(root)
    assert sorted(a.path.name for a in again.cached().articles) == ["alpha.md", "gamma.md"]
    again.close()


def test_the_library_drops_a_removed_file_when_it_applies_an_update(root):
    library, index = indexed_library(root)
    (root / "beta.md").unlink()
    library.apply(index.update())
    index.close()
    assert sorted(a.title for a in library.articles) == ["Alpha", "Gamma"]
    assert library.article(root / "beta.md") is None


def test_a_file_saved_by_renaming_is_found_under_its_new_name_only(root, index):
    os.replace(root / "beta.md", root / "deep" / "beta-final.md")
    update = index.update()
    assert update.removed == [root / "beta.md"] and names(update) == ["beta-final.md"]
    assert found(index, "telescope") == {"beta-final.md"}


def test_a_new_file_in_a_new_subfolder_is_found(root, index):
    article(root, "2024/march/delta.md", "Delta docked with the station.", "title: Delta")
    assert names(index.update()) == ["delta.md"]
    assert found(index, "docked") == {"delta.md"}


def test_folders_named_like_articles_and_hidden_files_are_not_indexed(root, index):
    (root / "notes.md").mkdir()
    article(root, ".draft.md", "A secret telescope.", "title: Draft")
    assert index.update().articles == []
    assert found(index, "telescope") == {"beta.md"}


# rebuilding an index that cannot be trusted

def damage_garbage(data: bytes) -> bytes:
    return bytes(range(256)) * (len(data) // 256)


def damage_truncated_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def damage_truncated_header(data: bytes) -> bytes:
    return data[:50]


def damage_emptied(data: bytes) -> bytes:
    return b""


@pytest.mark.parametrize("damage", [damage_garbage, damage_truncated_half, damage_truncated_header, damage_emptied])
def test_a_corrupt_index_file_is_rebuilt_without_an_error(root, damage):
    _, index = indexed_library(root)
    index.close()
    location = index_file(root)
    location.write_bytes(damage(location.read_bytes()))
    library, index = indexed_library(root)
    assert sorted(a.title for a in library.articles) == ["Alpha", "Beta", "Gamma"]
    assert {hit.title for hit in index.search("the")} == {"Alpha", "Gamma"}
    index.close()


def test_damage_to_any_page_of_the_index_never_stops_a_search(root):
    """Whatever part of the file is damaged (its tables, its full-text index), opening, updating and searching
    never raise, and the search answers in full."""
    for number in range(20):
        article(root, f"more/{number}.md", f"Extra article number {number} about the station.", f"title: More {number}")
    _, index = indexed_library(root)
    index.close()
    location = index_file(root)
    healthy = location.read_bytes()
    page = 4096
    for start in range(page, len(healthy), page):  # the first page is the header: covered above
        location.write_bytes(healthy[:start] + bytes(page) + healthy[start + page:])
        library, index = indexed_library(root)
        hits = index.search("station", limit=100)
        index.close()
        assert len(library.articles) == 23, f"page at {start}"
        assert len(hits) == 21, f"page at {start}"


def test_an_index_from_another_schema_version_is_rebuilt(root):
    _, index = indexed_library(root)
    index.close()
    with sqlite3.connect(index_file(root)) as db:
        db.execute("PRAGMA user_version = 999")
    db.close()
    again = reopened(root)
    assert again.cached().articles == []
    assert names(again.update()) == ["alpha.md", "beta.md", "gamma.md"]
    assert found(again, "telescope") == {"beta.md"}
    again.close()


def test_a_new_profile_in_the_library_is_found_in_articles_indexed_before_it(root):
    article(root, "orbit.md", "Commander Orbiteuse docked the capsule.", "title: Docking day")
    library, index = indexed_library(root)
    index.close()
    assert library.mentions[root / "orbit.md"] == ()
    write(root / "astronauts" / "ada-orbit.yaml", "name: Ada Orbit\naliases: [Orbiteuse]\nagency: Test Agency\n")
    library, index = indexed_library(root)
    assert library.mentions[root / "orbit.md"] == ("ada-orbit",)
    assert [a.title for a in library.mentioned_in("ada-orbit")] == ["Docking day"]
    assert found(index, "ada") == {"orbit.md"}  # her name is searchable though the text only has her nickname
    index.close()


def test_the_cache_gives_back_what_the_first_update_read(root):
    article(root, "hadfield.md", "Chris Hadfield sang. See [the photo](missing.png).",
            "title: Guitar in orbit\nauthor: Ada Writer\ndate: 2013-05-12\nlang: en\ntags: [ISS, music]\nsummary: A song.\n"
            "astronauts: [nobody-known]\nfull_article: https://example.org/song\n")
    article(root, "broken.md", "Text.", "title: Broken\ndate: someday\n")
    first, index = indexed_library(root)
    index.close()
    library = empty_library(root)
    again = SearchIndex(library)
    library.apply(again.cached())
    again.close()

    def described(lib):
        return {a.path: (a.title, a.author, a.date, a.lang, a.tags, a.summary, a.full_article, a.astronauts,
                         a.problems, lib.mentions.get(a.path)) for a in lib.articles}

    assert described(library) == described(first)
    hadfield = library.article(root / "hadfield.md")
    assert hadfield.date == datetime.date(2013, 5, 12) and hadfield.tags == ("ISS", "music")
    assert library.mentions[hadfield.path] == ("chris-hadfield",)
    assert sorted(p.line for p in hadfield.problems) == [8, 11]  # the unknown astronaut id, the missing image
    assert any("nobody-known" in p.message for p in hadfield.problems)
    assert any("missing.png" in p.message for p in hadfield.problems)
    assert library.article(root / "broken.md").problems


# what a reader types

@pytest.fixture
def french(tmp_path):
    root = tmp_path / "fr"
    article(root, "accent.md", "Un voyage vers l’Espacé lointain.", "title: Voyage")
    article(root, "apostrophe.md", "La sortie dans l'espace a duré six heures.", "title: Sortie")
    article(root, "curly.md", "Le retour de l’espace fut rude.", "title: Retour")
    article(root, "pesquet.md", "Thomas Pésquet et son télescope préféré.", "title: Proxima")
    article(root, "together.md", "La station spatiale internationale accueille l’équipage.", "title: Amarrage")
    article(root, "apart.md", "La station tourne; la vie spatiale y est rude.", "title: Orbite")
    library, index = indexed_library(root)
    yield index
    index.close()


@pytest.mark.parametrize(("query", "expected"), [
    ("espace", {"accent.md", "apostrophe.md", "curly.md"}),
    ("ESPACE", {"accent.md", "apostrophe.md", "curly.md"}),
    ("l'espace", {"accent.md", "apostrophe.md", "curly.md"}),
    ("l’espace", {"accent.md", "apostrophe.md", "curly.md"}),
    ("pesquet", {"pesquet.md"}),
    ("pesq", {"pesquet.md"}),
    ("télesc", {"pesquet.md"}),
    ("telesc", {"pesquet.md"}),
    ("PÉSQUET TÉLESCOPE", {"pesquet.md"}),
    ('"station spatiale"', {"together.md"}),
    ("station spatiale", {"together.md", "apart.md"}),
    ("station telescope", set()),  # every word must be there
    ("d'équipage", {"together.md"}),
    ("rude", {"curly.md", "apart.md"}),
])
def test_accents_case_elisions_prefixes_and_phrases(french, query, expected):
    assert found(french, query) == expected


def test_a_phrase_typed_with_french_quotes_is_a_phrase(french):
    assert found(french, "« station spatiale »") == {"together.md"}


QUERY_PARTS = st.sampled_from(["AND", "OR", "NOT", "NEAR", '"', "“", "»", "*", "(", ")", ":", "^", "-", "+", "'",
                               "’", "l’", "qu'", "{", "}", "title:", "espace", "station", "\\", "\x00", "é", "_"])


@given(st.lists(QUERY_PARTS | st.text(max_size=6), max_size=8).map(lambda parts: "".join(parts)))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_anything_typed_searches_without_an_error_and_keeps_the_index(french, text):
    # the same index for every input: a search must leave it as it was
    fts_query(text)
    french.search(text)
    assert found(french, "espace") == {"accent.md", "apostrophe.md", "curly.md"}


# ranking and snippets

def test_a_match_in_the_title_ranks_above_a_match_in_the_text(tmp_path):
    article(tmp_path, "body.md", "The crew tested the new airlock today after lunch.", "title: A long day")
    article(tmp_path, "title.md", "The crew tested the new hatch today after lunch.", "title: The airlock")
    _, index = indexed_library(tmp_path)
    assert [hit.path.name for hit in index.search("airlock")] == ["title.md", "body.md"]
    index.close()


def test_a_snippet_marks_the_matched_words_and_has_no_markup(tmp_path):
    article(tmp_path, "marked.md", "Six hours **outside** the station, see [the video](https://example.org/v.mp4)"
            " and <b>photos</b>.\n\n```\ncode_outside = 1\n```\n", "title: Walk")
    _, index = indexed_library(tmp_path)
    [hit] = index.search("outsi")
    index.close()
    assert f"{HIT_START}outside{HIT_END}" in hit.snippet
    assert "the video" in hit.snippet and "photos" in hit.snippet
    for markup in ("**", "https", "example.org", "](", "<b>", "code_outside", "```"):
        assert markup not in hit.snippet


# search combined with the facets

@pytest.fixture
def mixed(tmp_path):
    root = tmp_path / "mixed"
    article(root, "en-2021.md", "Station work. Chris Hadfield sang.",
            "title: Station English 2021\nlang: en\ndate: 2021-03-01\ntags: [ISS]\n")
    article(root, "fr-2021.md", "La station et Thomas Pesquet.",
            "title: Station française 2021\nlang: fr\ndate: 2021-06-01\ntags: [ISS, photo]\n")
    article(root, "fr-2019.md", "La station en 2019.",
            "title: Station française 2019\nlang: fr\ndate: 2019-01-01\ntags: [photo]\n")
    article(root, "fr-2023.md", "La Lune, sans la st-ation.", "title: Lune 2023\nlang: fr\ndate: 2023-01-01\ntags: [ISS]\n")
    library, index = indexed_library(root)
    yield library, index
    index.close()


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(), {"en-2021.md", "fr-2021.md", "fr-2019.md"}),
    (Filters(lang="fr"), {"fr-2021.md", "fr-2019.md"}),
    (Filters(tag="ISS"), {"en-2021.md", "fr-2021.md"}),
    (Filters(tag="ISS", lang="fr"), {"fr-2021.md"}),
    (Filters(astronaut="thomas-pesquet"), {"fr-2021.md"}),
    (Filters(astronaut="chris-hadfield", lang="fr"), set()),
    (Filters(since=2020), {"en-2021.md", "fr-2021.md"}),
    (Filters(until=2020), {"fr-2019.md"}),
    (Filters(since=2019, until=2019, tag="photo"), {"fr-2019.md"}),
])
def test_search_and_filters_narrow_together(mixed, filters, expected):
    library, index = mixed
    listed = visible(library, Browse(ranking=index.ranking("station"), filters=filters))
    assert {a.path.name for a in listed} == expected


def test_search_results_are_listed_best_first_until_sorted_by_a_column(mixed):
    library, index = mixed
    ranking = index.ranking("2021 station")
    best_first = [a.path.name for a in visible(library, Browse(ranking=ranking))]
    assert best_first == [path.name for path in ranking] and set(best_first) == {"en-2021.md", "fr-2021.md"}
    by_title = visible(library, Browse(ranking=ranking, sort="title", descending=False, by_relevance=False))
    assert [a.title for a in by_title] == ["Station English 2021", "Station française 2021"]


def test_facet_counts_say_what_each_choice_would_keep(mixed):
    library, _ = mixed

    def counts(filters):
        return facet_counts(library.articles, lambda a: library.mentions.get(a.path, ()), filters)

    everything = counts(Filters())
    assert everything.lang == {"fr": 3, "en": 1}
    assert everything.tag == {"ISS": 3, "photo": 2}
    assert everything.year == {2021: 2, 2019: 1, 2023: 1}
    french = counts(Filters(lang="fr"))
    assert french.lang == {"fr": 3, "en": 1}  # choosing English instead would keep the English one
    assert french.tag == {"ISS": 2, "photo": 2}  # the other facets count French articles only
    assert french.astronaut == {"thomas-pesquet": 1}
    both = counts(Filters(lang="fr", tag="photo"))
    assert both.lang == {"fr": 2}  # English has no photo tag: choosing it would keep nothing
    assert both.tag == {"ISS": 2, "photo": 2}
    assert both.year == {2021: 1, 2019: 1}


@pytest.mark.skipif(os.name != "posix", reason="file names as bytes are a POSIX thing")
def test_a_file_name_that_is_not_utf8_is_indexed_found_and_cached(tmp_path):
    odd = Path(os.fsdecode(bytes(tmp_path / "caf") + b"\xe9.md"))
    article(tmp_path, odd.name, "Le café de Samantha Cristoforetti.", "title: Un café en orbite")
    library, index = indexed_library(tmp_path)
    assert [path.name for path in index.ranking("café")] == [odd.name]
    [cached] = reopened(tmp_path).cached().articles
    assert cached.path == odd and cached.title == "Un café en orbite"
    [hit] = index.search("café")
    assert hit.title == "Un café en orbite" and HIT_START in hit.snippet
    assert "not valid UTF-8" in cached.problems[0].message  # the name, said once, not a crash of the whole index


def test_a_link_to_nothing_is_listed_with_what_is_wrong(tmp_path):
    article(tmp_path, "good.md", "Text.", "title: Fine")
    (tmp_path / "dangling.md").symlink_to(tmp_path / "gone.md")
    library, _ = indexed_library(tmp_path)
    dangling = library.article(library.root / "dangling.md")
    assert dangling is not None and dangling.has_errors
    assert "cannot be read" in dangling.problems[0].message


def test_a_cache_folder_that_cannot_be_made_still_gives_a_working_index(tmp_path, monkeypatch):
    from spacereader import paths

    blocker = write(tmp_path / "not-a-folder", "a file where the cache folder should be")
    monkeypatch.setattr(paths, "cache_dir", lambda: blocker / "cache")
    library_root = tmp_path / "library"
    article(library_root, "a.md", "Stars.", "title: Cosmos")
    library, index = indexed_library(library_root)
    assert found(index, "stars") == {"a.md"} and not index.location.is_relative_to(blocker)


def test_a_busy_index_is_not_taken_for_a_damaged_one(tmp_path):
    article(tmp_path, "a.md", "Stars.", "title: Cosmos")
    _, index = indexed_library(tmp_path)
    article(tmp_path, "b.md", "Tails.", "title: Comets")
    holder = sqlite3.connect(index.location, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another SpaceReader, writing
    index.db.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(sqlite3.OperationalError):
        index.update()  # said, not hidden: the window shows it in the status bar, the command exits 2
    holder.execute("COMMIT")
    holder.close()
    assert index.resets == 0 and found(index, "stars") == {"a.md"}  # nothing was thrown away
    index.update()
    assert found(index, "tails") == {"b.md"}


def test_updates_merged_keep_the_last_word_on_each_file(tmp_path):
    from spacereader.core.articles import Article
    from spacereader.core.index import IndexUpdate

    first, second = Article(tmp_path / "a.md", "A"), Article(tmp_path / "b.md", "B")
    read_again = Article(tmp_path / "b.md", "B, edited")
    merged = IndexUpdate.merged([
        IndexUpdate([first, second], {first.path: ("x",), second.path: ()}),
        IndexUpdate(removed=[first.path]),  # then deleted
        IndexUpdate([read_again], {read_again.path: ("y",)}),
    ])
    assert [a.title for a in merged.articles] == ["B, edited"] and merged.removed == [first.path]
    assert merged.mentions == {read_again.path: ("y",)}


def test_a_problem_of_a_rule_no_longer_known_is_damage_and_the_index_is_filled_again(root, index):
    with sqlite3.connect(index.location) as db:  # as a cache written by a version with a rule since removed
        db.execute("""UPDATE articles SET problems = '[[1, "a-rule-since-removed", []]]' WHERE path LIKE '%alpha.md'""")
    again = reopened(root)
    assert [a.problems for a in again.cached().articles] == []  # not a crash when the list shows the article
    assert names(again.update()) == ["alpha.md", "beta.md", "gamma.md"] and again.resets == 1
    again.close()


def test_a_stamp_of_the_wrong_type_is_damage_and_the_index_is_filled_again(root, index):
    with sqlite3.connect(index.location) as db:
        db.execute("UPDATE articles SET size = 'large' WHERE path LIKE '%alpha.md'")
    again = reopened(root)
    assert names(again.update()) == ["alpha.md", "beta.md", "gamma.md"] and again.resets == 1
    assert found(again, "station") == {"alpha.md"}
    again.close()

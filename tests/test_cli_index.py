"""The commands that answer from the index (search, list, profiles): the same answers as the app's, from a
library whose files did not change without reading any of them, nor importing what reads them."""

import json
import os
import subprocess
import sys

import pytest

from spacereader.core.index import SearchIndex
from spacereader.core.library import empty_library
from tests.helpers import article, many_articles, write
from tests.test_cli import run

QUERIES = ["station", "stat", "Espace", "l’espace", "station orbite", '"la station"', "hadfield", "Chris Hadfield",
           "ISS", "nothing-like-this"]


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "library"
    many_articles(root, 60, front=lambda n: f"title: Note {n % 7}\ndate: 20{10 + n % 12}-0{1 + n % 9}-1{n % 10}\n"
                  f"tags: [{'ISS' if n % 3 else 'Lune'}]\nlang: {'fr' if n % 2 else 'en'}",
                  body=lambda n: ("Chris Hadfield " if n % 5 == 0 else "") + "la station " * (n % 4)
                  + ("et l’Espace, en orbite." if n % 2 else "nothing else."))
    article(root, "titled.md", "Rien.", "title: La station au loin\ndate: 2001-01-01")
    return root


@pytest.mark.parametrize("query", QUERIES)
def test_the_commands_best_matches_are_the_apps_in_its_order(capsys, library, query):
    code, out, _ = run(capsys, "search", query, library, "--json", "--limit", "25")
    cli = json.loads(out) if out.strip() else []
    index = SearchIndex(empty_library(library))  # as the window's search worker has it
    index.update()
    ranking = list(index.ranking(query).items())[:25]
    index.close()
    assert [(row["path"], row["score"]) for row in cli] == [(str(path), round(score, 3)) for path, score in ranking]
    assert code == (0 if ranking else 1)


def test_list_and_profiles_are_the_librarys_as_the_app_reads_it(capsys, library):
    app = empty_library(library)
    index = SearchIndex(app)
    app.apply(index.update())
    index.close()
    for _ in range(2):  # indexing, then from the index
        listed = json.loads(run(capsys, "list", library, "--json")[1])
        assert [row["path"] for row in listed] == [str(a.path) for a in app.articles]
        assert [row["astronauts"] for row in listed] == [list(app.mentions[a.path]) for a in app.articles]
        profiles = json.loads(run(capsys, "profiles", library, "--json")[1])
        assert {row["id"]: row["mentioned_in"] for row in profiles} == {
            p.id: [str(a.path) for a in app.mentioned_in(p.id)] for p in app.book.sorted()}


def test_a_file_changed_since_the_last_command_is_read_again_by_the_next(capsys, library):
    run(capsys, "list", library, "--json")
    write(library / "titled.md", "---\ntitle: Un autre titre, plus long\ndate: 2001-01-01\n---\nRien.\n")
    listed = json.loads(run(capsys, "list", library, "--json")[1])
    assert listed[-1]["title"] == "Un autre titre, plus long"
    (library / "titled.md").unlink()
    assert len(json.loads(run(capsys, "list", library, "--json")[1])) == 60


def modules_after(tmp_path, *argv) -> set[str]:
    """The modules a command imported, in a fresh interpreter with its own cache folder."""
    code = ("import sys; from spacereader.cli import main; main(sys.argv[1:]);"
            " print('MODULES', ' '.join(sys.modules), file=sys.stderr)")
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"))
    done = subprocess.run([sys.executable, "-c", code, *map(str, argv)], env=env, capture_output=True, text=True)
    return set(done.stderr.split("MODULES", 1)[1].split())


def test_a_command_on_an_unchanged_library_reads_no_article_and_imports_no_reader(tmp_path, library):
    modules_after(tmp_path, "list", library)  # the first run indexes
    readers = {"spacereader.core.articles", "spacereader.core.document", "markdown", "yaml", "PySide6",
               "multiprocessing"}
    for command in (["search", "station"], ["list", "--json"]):
        modules = modules_after(tmp_path, *command, library)
        assert "spacereader.core.index" in modules and not readers & modules, command
    assert "spacereader.core.articles" not in modules_after(tmp_path, "profiles", library)
    # nor, for a search, the problems' dataclasses: `dataclasses` and `inspect` were a tenth of its time
    assert not {"dataclasses", "spacereader.core.problems"} & modules_after(tmp_path, "search", "station", library)


def test_a_profile_file_changed_but_not_its_names_reads_no_article_again(library):
    write(library / "astronauts" / "ada-orbit.yaml", "name: Ada Orbit\nsummary: Before.\n")
    first = SearchIndex(empty_library(library))
    assert len(first.update().articles) == 61
    first.close()
    write(library / "astronauts" / "ada-orbit.yaml", "name: Ada Orbit\nsummary: After, a longer summary.\n")
    assert SearchIndex.at(library).update().articles == []
    write(library / "astronauts" / "ada-orbit.yaml", "name: Ada Orbit\naliases: [Orbiteuse]\n")
    assert len(SearchIndex.at(library).update().articles) == 61  # her names changed: mentions may have

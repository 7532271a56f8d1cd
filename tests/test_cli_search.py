"""`spacereader search`, as authors and scripts use it: best first, filters, JSON, exit codes, and the cache."""

import json
import os
from pathlib import Path

import pytest

from spacereader.core.index import index_file
from spacereader.core.searchtext import HIT_END, HIT_START
from tests.helpers import article
from tests.test_cli import run


@pytest.fixture
def library(tmp_path) -> Path:
    root = tmp_path / "library"
    article(root, "walk.md", "Six hours outside the **station**. See [the video](https://example.org/walk.mp4).",
            "title: The spacewalk\nlang: en\ndate: 2021-03-01\ntags: [ISS, EVA]")
    article(root, "fr/sortie.md", "Thomas Pesquet travaille hors de la station, dans l’Espace.",
            "title: La sortie\nlang: fr\ndate: 2021-06-01\ntags: [ISS]")
    article(root, "fr/lune.md", "Pas de station ici, mais un spacewalk lunaire.",
            "title: La Lune\nlang: fr\ndate: 2019-01-01\ntags: [Lune]")
    article(root, "other.md", "Nothing about space here.", "title: Gardening\nlang: en\ndate: 2023-01-01")
    return root


def search_json(capsys, *argv) -> tuple[int, list[dict]]:
    code, out, err = run(capsys, "search", *argv, "--json")
    assert "Traceback" not in err
    return code, json.loads(out) if out.strip() else []


def test_text_output_lists_each_match_with_its_score_path_and_marked_snippet(capsys, library):
    code, out, _ = run(capsys, "search", "spacewalk", library)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4  # a line for the article, one for its snippet, for each of the two
    assert "The spacewalk" in lines[0] and "(walk.md)" in lines[0]  # in the title: best first
    assert "La Lune" in lines[2] and f"(fr{os.sep}lune.md)" in lines[2]
    assert "**spacewalk**" in lines[3]
    assert HIT_START not in out and HIT_END not in out


def test_json_gives_path_title_score_and_snippet_only(capsys, library):
    code, rows = search_json(capsys, "station", library)
    assert code == 0
    assert {row["title"] for row in rows} == {"The spacewalk", "La sortie", "La Lune"}
    for row in rows:
        assert set(row) == {"path", "title", "score", "snippet"}
        assert Path(row["path"]).is_absolute() and Path(row["path"]).is_file()
        assert "**station**" in row["snippet"]
        assert "https" not in row["snippet"] and "](" not in row["snippet"]
    scores = [row["score"] for row in rows]
    assert scores == sorted(scores, reverse=True)


def test_limit_keeps_the_best(capsys, library):
    _, everything = search_json(capsys, "station", library)
    code, best = search_json(capsys, "station", library, "--limit", "2")
    assert code == 0 and best == everything[:2]


@pytest.mark.parametrize(("options", "titles"), [
    (["--lang", "fr"], {"La sortie", "La Lune"}),
    (["--tag", "ISS"], {"The spacewalk", "La sortie"}),
    (["--tag", "ISS", "--lang", "fr"], {"La sortie"}),
    (["--astronaut", "thomas-pesquet"], {"La sortie"}),
    (["--since", "2020"], {"The spacewalk", "La sortie"}),
    (["--until", "2020"], {"La Lune"}),
    (["--since", "2021", "--until", "2021", "--lang", "en"], {"The spacewalk"}),
])
def test_filters_narrow_the_matches(capsys, library, options, titles):
    code, rows = search_json(capsys, "station", library, *options)
    assert code == 0 and {row["title"] for row in rows} == titles


def test_accents_and_elisions_do_not_matter(capsys, library):
    _, rows = search_json(capsys, "PÉSQ l'espace", library)
    assert [row["title"] for row in rows] == ["La sortie"]
    _, rows = search_json(capsys, "pesquet lune", library)
    assert rows == []  # every word must be found


@pytest.mark.parametrize(("query", "options"), [
    ("zeppelin", []), ("zeppelin", ["--json"]), ("station", ["--tag", "EVA", "--lang", "fr"]),
])
def test_nothing_found_exits_1_and_prints_no_match(capsys, library, query, options):
    code, out, err = run(capsys, "search", query, library, *options)
    assert code == 1
    assert out.strip() in ("", "[]") and "Traceback" not in err


OPERATORS = 'station AND "  OR NOT (* :'  # FTS5 syntax: here plain words, a phrase left open, and punctuation


def test_a_query_of_operators_is_searched_as_words_not_an_error(capsys, library):
    """`AND` and the phrase `"OR NOT` are words that must be there, like any others; `(* :` is no word at all."""
    code, out, err = run(capsys, "search", OPERATORS, library)
    assert (code, out, err) == (1, "", "")  # no article holds "and…" and "or not"
    article(library, "logic.md", "The station and its crew: to be or not to be (in orbit).", "title: Logic\nlang: en")
    code, rows = search_json(capsys, OPERATORS, library)
    assert code == 0 and [row["title"] for row in rows] == ["Logic"]


def test_a_missing_folder_exits_2_with_a_message(capsys, tmp_path):
    code, out, err = run(capsys, "search", "station", tmp_path / "no-such-library")
    assert code == 2 and out == ""
    assert "no-such-library" in err and "no such file" in err


def test_a_second_run_answers_from_the_cache_and_reads_a_changed_file_again(capsys, library):
    assert search_json(capsys, "gardening", library)[0] == 0
    assert index_file(library).is_file()
    path = library / "other.md"
    status = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("Gardening", "Astronomy"), encoding="utf-8")
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))  # same size, same time: taken as unchanged
    assert search_json(capsys, "gardening", library)[0] == 0  # from the cache: the file was not read again
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 2_000_000_000))  # saved again, later
    assert search_json(capsys, "gardening", library)[0] == 1
    code, rows = search_json(capsys, "astronomy", library)
    assert code == 0 and [row["title"] for row in rows] == ["Astronomy"]
    (library / "other.md").unlink()
    assert search_json(capsys, "astronomy", library)[0] == 1


def test_a_corrupt_cache_is_rebuilt_by_the_next_search(capsys, library):
    assert search_json(capsys, "station", library)[0] == 0
    index_file(library).write_bytes(b"not a database at all" * 500)
    code, rows = search_json(capsys, "station", library)
    assert code == 0 and len(rows) == 3

"""Input that broke earlier versions: each case is what an author or a stranger's file could really contain."""

import os

import pytest

from spacereader.core.articles import load_article
from spacereader.core.checks import check_local_links
from spacereader.core.document import read_document
from spacereader.core.library import load_library
from spacereader.core.mentions import MentionMatcher
from spacereader.core.pages import article_page
from spacereader.core.profiles import load_profile, load_profile_book
from spacereader.core.settings import Settings, load_settings
from spacereader.paths import bundled_profiles_dir
from tests.helpers import write
from tests.html_safety import parse

MATCHER = MentionMatcher(load_profile_book([bundled_profiles_dir()]).profiles.values())

ALIAS_BOMB = "\n".join(
    ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
)


def mentioned(text):
    return [profile_id for _, _, profile_id in MATCHER.finditer(text)]


def test_a_yaml_alias_bomb_is_refused_not_expanded(tmp_path):
    article = load_article(write(tmp_path / "bomb.md", f"---\ntitle: Bomb\n{ALIAS_BOMB}\nfull_article: *a8\n---\nx\n"))
    [problem] = [p for p in article.problems if p.is_error]
    assert "aliases" in problem.message and len(problem.message) < 200


def test_a_profile_with_aliases_is_refused_too(tmp_path):
    profile, problems = load_profile(write(tmp_path / "bomb.yaml", f"name: Bomb\n{ALIAS_BOMB}\n"))
    assert profile is None and "aliases" in problems[0].message


@pytest.mark.parametrize(("line", "field", "value"), [
    ("lang: no", "lang", "no"),
    ("tags: [on, off, yes]", "tags", ("on", "off", "yes")),
])
def test_yaml_1_1_words_stay_words(tmp_path, line, field, value):
    article = load_article(write(tmp_path / "a.md", f"---\ntitle: T\n{line}\n---\nx\n"))
    assert getattr(article, field) == value
    assert article.problems == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_a_problem_not_a_hang(tmp_path):
    write(tmp_path / "good.md", "---\ntitle: Good\n---\nx\n")
    os.mkfifo(tmp_path / "pipe.md")
    library = load_library(tmp_path)
    pipe = library.article(tmp_path.resolve() / "pipe.md")
    assert "not a regular file" in pipe.problems[0].message
    assert library.article(tmp_path.resolve() / "good.md").problems == []


@pytest.mark.parametrize("sizes", [[10**12, 5], [True, 300], [-(10**9), 1]])
def test_absurd_splitter_sizes_fall_back_to_the_default(tmp_path, sizes):
    path = write(tmp_path / "settings.json", f'{{"theme": "dark", "splitter_sizes": {str(sizes).lower()}}}')
    settings = load_settings(path)
    assert (settings.theme, settings.splitter_sizes) == ("dark", Settings().splitter_sizes)


@pytest.mark.parametrize("src", ["{outside}", "file://{outside}", "../outside.png", "..\\\\outside.png", "..\\outside.png"])
def test_images_outside_the_library_are_not_shown(tmp_path, src):
    """Every target exists (a file outside, or one whose name holds a backslash), so only the policy can refuse it;
    an image inside, on the same page, shows."""
    png = b"\x89PNG\r\n\x1a\n"
    (tmp_path / "outside.png").write_bytes(png)
    library_root = tmp_path / "library"
    library_root.mkdir()
    (library_root / "inside.png").write_bytes(png)
    if os.name == "posix":  # names here; on Windows a path up and out
        for name in ("..\\outside.png", "..\\\\outside.png"):
            (library_root / name).write_bytes(png)
    src = src.format(outside=(tmp_path / "outside.png").as_posix())
    body = f'![secret]({src}) <img src="{src}" alt="raw"> ![inside](inside.png)'
    path = write(library_root / "a.md", f"---\ntitle: T\n---\n{body}\n")
    library = load_library(library_root)
    article = library.article(path.resolve())
    html = article_page(article, [], library.matcher, root=library.root)
    assert [attrs["src"] for tag, attrs in parse(html).tags if tag == "img"] == ["inside.png"]
    assert "[secret]" in html and "[raw]" in html


@pytest.mark.parametrize(("text", "expected"), [
    ("NASA sent Mark Kelly up", []),  # another person with the surname
    ("then Robert Koch said", []),
    ("Avec Hadfield, on part.", ["chris-hadfield"]),  # a capital at a sentence start proves nothing
    ("Les photos d’Hadfield", ["chris-hadfield"]),
    ("the crew. Pesquet said", ["thomas-pesquet"]),
    ("astronaut Scott Kelly", ["scott-kelly"]),
])
def test_a_surname_after_another_first_name_is_someone_else(text, expected):
    assert mentioned(text) == expected


def test_a_name_in_an_html_comment_is_not_a_mention():
    assert MATCHER.ids_in(read_document("Draft <!-- ask Scott Kelly --> text")) == []


def test_a_missing_reference_link_target_is_reported_but_footnotes_are_not(tmp_path):
    article = load_article(write(tmp_path / "a.md", "---\ntitle: T\n---\nSee [x][1].[^n]\n\n[1]: gone.md\n[^n]: A note.\n"))
    [problem] = check_local_links(article)
    assert (problem.line, problem.message) == (6, "link points to a missing file: gone.md")

"""Nothing in an article runs: YAML tags that would build Python objects (or anything but plain values) are
refused with a message naming the tag, and refusing them has no side effect, in front matter and in profiles."""

from pathlib import Path

import pytest

import spacereader.core.frontmatter as frontmatter
from spacereader.core.articles import load_article
from spacereader.core.library import load_library
from spacereader.core.profiles import load_profile
from tests.helpers import write


def tags(made: Path) -> list[tuple[str, str]]:
    """(value, the tag as the message shows it): each would do something if a loader obeyed it."""
    return [
        (f'!!python/object/apply:os.mkdir ["{made}"]', "!!python/object/apply:os.mkdir"),
        (f'!!python/object/new:pathlib.Path ["{made}"]', "!!python/object/new:pathlib.Path"),
        ("!!python/object:spacereader.core.settings.Settings {zoom: 3}", "!!python/object:spacereader.core.settings.Settings"),
        ("!!python/name:os.system", "!!python/name:os.system"),
        ("!!python/module:shutil", "!!python/module:shutil"),
        ("!rocket {fuel: kerosene}", "!rocket"),
        ("!!binary aGVsbG8=", "!!binary"),
    ]


@pytest.mark.parametrize("index", range(7))
def test_a_tag_in_front_matter_is_refused_with_its_name_and_does_nothing(tmp_path, index):
    made = tmp_path / "made-by-yaml"
    value, shown = tags(made)[index]
    front = f"title: Tagged\nsummary: fine\nfull_article: {value}"
    path = write(tmp_path / "lib" / "tagged.md", f"---\n{front}\n---\n# Tagged\n\nThe text.\n")
    article = load_article(path)
    assert [(p.line, p.message) for p in article.problems if p.is_error] == [
        (4, f"front matter is ignored: the YAML tag {shown} is not supported (only plain values are read)")]
    assert not made.exists()
    assert article.title == "Tagged" and article.summary == "" and article.full_article == ""  # the heading, no meta
    assert "The text." in article.body


def test_a_tag_nested_deep_in_a_list_is_refused_too(tmp_path):
    made = tmp_path / "made-by-yaml"
    front = f'title: T\ntags:\n  - ok\n  - [a, !!python/object/apply:os.mkdir ["{made}"]]'
    path = write(tmp_path / "tagged.md", f"---\n{front}\n---\nx\n")
    [problem] = load_article(path).problems
    assert problem.line == 5 and "!!python/object/apply:os.mkdir" in problem.message
    assert not made.exists()


def test_a_tagged_profile_is_refused_and_the_library_still_opens(tmp_path):
    made = tmp_path / "made-by-yaml"
    root = tmp_path / "lib"
    write(root / "astronauts" / "evil.yaml", f'name: !!python/object/apply:os.mkdir ["{made}"]\nagency: ESA\n')
    write(root / "a.md", "---\ntitle: Fine\n---\nChris Hadfield sang.\n")
    profile, problems = load_profile(root / "astronauts" / "evil.yaml")
    assert profile is None
    assert [(p.line, p.message) for p in problems] == [
        (1, "profile is not valid YAML: the YAML tag !!python/object/apply:os.mkdir is not supported "
            "(only plain values are read)")]
    library = load_library(root)
    assert [a.title for a in library.articles] == ["Fine"] and library.book.get("chris-hadfield") is not None
    assert not made.exists()


@pytest.mark.parametrize(("line", "value"), [("summary: !!str 1969", "1969"), ('summary: ! "quoted"', "quoted")])
def test_plain_tags_still_read(tmp_path, line, value):
    article = load_article(write(tmp_path / "a.md", f"---\ntitle: T\n{line}\n---\nx\n"))
    assert article.problems == [] and article.summary == value


@pytest.mark.parametrize("line", ["lang: !!int twelve", "title: !!float high", "date: !!timestamp 2021-02-30"])
def test_a_plain_tag_on_a_value_it_does_not_fit_is_that_files_problem(tmp_path, line):
    root = tmp_path / "lib"
    write(root / "good.md", "---\ntitle: Good\n---\nx\n")
    path = write(root / "odd.md", f"---\ntitle: Odd\n{line}\n---\nx\n")
    library = load_library(root)  # once, `!!int twelve` raised out of the loader and no library opened
    [problem] = library.article(path.resolve()).problems
    assert problem.is_error and problem.message.startswith("front matter is ")
    assert library.article((root / "good.md").resolve()).problems == []


def test_the_safe_loader_alone_builds_no_object(tmp_path, monkeypatch):
    """The second layer by itself: with the tag check switched off, the loader still obeys no Python tag."""
    monkeypatch.setattr(frontmatter, "_PLAIN_TAGS", AnyTag())
    made = tmp_path / "made-by-yaml"
    for value in (f'!!python/object/apply:os.mkdir ["{made}"]', "!!python/name:os.system", "!rocket {a: 1}"):
        with pytest.raises(frontmatter.YAMLProblem, match="could not determine a constructor"):
            frontmatter.load_yaml(f"title: T\nx: {value}\n")
    assert not made.exists()


class AnyTag:
    def __contains__(self, tag: str) -> bool:
        return True

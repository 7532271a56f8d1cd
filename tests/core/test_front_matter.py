"""Front matter as `spacereader check` reports it: where it ends, where the body starts, each key's line, and for
front matter that cannot be read, the message an author sees, on the line they must fix."""

from pathlib import Path

import pytest

from spacereader.core.frontmatter import YAMLProblem, load_yaml, split
from spacereader.core.problems import problem

ALIASES = "front matter is ignored: it uses YAML aliases (*name), which SpaceReader does not expand"


@pytest.mark.parametrize(("text", "errors"), [
    ("---\n- a\n- b\n---\nx", [(2, "front matter is ignored: it must be `key: value` lines, not a list")]),
    ("---\njust text\n---\nx", [(2, "front matter is ignored: it must be `key: value` lines, not a line of text")]),
    ("---\n42\n---\nx", [(2, "front matter is ignored: it must be `key: value` lines, not 42")]),
    ("---\ntitle: T\na: &x 1\nb: *x\n---\nb", [(4, ALIASES)]),
    ("---\ntitle: [a\n---\nx", [(3, "front matter is not valid YAML: did not find expected ',' or ']'")]),
    ("---\ntitle: T\nx: !!int zz\n---\nx", [(2, "front matter is not valid YAML: invalid literal for int() with base 10: 'zz'")]),
    ("+++\ntitle = \n+++\nx", [(2, "front matter is not valid TOML: Invalid value")]),
    ("+++\ntitle = \"a\"\nx", [(1, "front matter opened with `+++` is never closed (add a `+++` line after it)")]),
    ("---\ntitle: a\nx", [(1, "front matter opened with `---` is never closed (add a `---` line after it)")]),
    ("---\n\nx: b\x07c\ntitle: A\nlang: en\n---\nx",  # one line, on the character's line (the parser gives only an offset)
     [(3, "front matter is not valid YAML: unacceptable character #x0007: control characters are not allowed")]),
])
def test_front_matter_that_cannot_be_read_says_why_on_its_line(text, errors):
    front = split(text)
    said = [(line, problem(Path("a.md"), line, rule, **args).message) for line, rule, args, _column in front.errors]
    assert (front.meta, said) == ({}, errors)


def test_front_matter_never_closed_is_all_body_from_the_first_line():
    front = split("---\ntitle: a\nx")
    assert (front.body, front.body_line) == ("---\ntitle: a\nx", 1)


def test_yaml_problems_say_what_and_where():
    with pytest.raises(YAMLProblem) as alias:
        load_yaml("a: &x 1\nb: *x\n")
    assert (alias.value.line, alias.value.reason) == (2, "YAML aliases (*name) are not supported")
    with pytest.raises(YAMLProblem) as syntax:
        load_yaml("a: 1\nb: [unclosed\n")
    assert syntax.value.line == 3 and syntax.value.reason.startswith("did not find expected")
    with pytest.raises(YAMLProblem) as value:
        load_yaml("a: !!float high\n")
    assert (value.value.line, value.value.reason) == (1, "could not convert string to float: 'high'")


@pytest.mark.parametrize(("text", "meta", "body_line", "body"), [
    ("plain\ntext", {}, 1, "plain\ntext"),
    ("", {}, 1, ""),
    (" ---\ntitle: A\n---\nx", {}, 1, " ---\ntitle: A\n---\nx"),  # not at the start of the line: no front matter
    ("---  \ntitle: A\n...\nbody", {"title": "A"}, 4, "body"),  # YAML's own end marker, spaces after the opener
    ("---\ntitle: A\n  ---\nmore: 1\n---  \nbody", {"title": "A ---", "more": 1}, 6, "body"),  # an indented --- is text
    ("---\n---\nbody", {}, 3, "body"),
    ("+++\ntitle = \"A\"\n+++\n\nbody", {"title": "A"}, 4, "\nbody"),
])
def test_where_the_front_matter_ends_and_the_body_starts(text, meta, body_line, body):
    front = split(text)
    assert (front.meta, front.body_line, front.body, front.errors) == (meta, body_line, body, [])


def test_each_key_is_found_on_its_line_whatever_its_case():
    front = split("---\nTitle: A\n\n  nested: 1\nsummary_2: s\nfull-article = x\n---\nx")
    assert front.key_lines == {"Title": 2, "summary_2": 5, "full-article": 6}

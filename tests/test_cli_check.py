"""`spacereader check` as authors put it in CI: its JSON, --strict, --ignore, the rules a file silences, the exit
status, and the README's rule table, which must say what core/rules.py says."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from spacereader.cli import main
from spacereader.core.rules import RULES
from tests.helpers import write

README = Path(__file__).parent.parent / "README.md"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def library(tmp_path):
    write(tmp_path / "clean.md", "---\ntitle: Clean\nsummary: S\nlang: en\n---\n## A\n")
    write(tmp_path / "warned.md", "---\ntitle: Warned\nsummary: S\nlang: en\n---\n![](https://a.org/a.png)\n")
    return tmp_path


def test_json_is_an_array_of_file_line_column_severity_rule_message(capsys, library):
    write(library / "broken.md", "---\ntitle: 'open\nsummary: S\n---\n")
    code, out, _ = run(capsys, "check", library, "--format", "json")
    found = json.loads(out)
    assert code == 1
    assert all(set(p) == {"file", "line", "column", "severity", "rule", "message"} for p in found)
    by_rule = {p["rule"]: p for p in found}
    assert by_rule["front-matter-quote"]["line"] == 2 and by_rule["front-matter-quote"]["severity"] == "error"
    assert by_rule["front-matter-quote"]["column"] == len("title: ") + 1  # the quote that opened it
    assert by_rule["image-no-alt"]["column"] == 0  # not known
    assert Path(by_rule["image-no-alt"]["file"]).name == "warned.md"
    assert by_rule["image-no-alt"]["message"].startswith("image https://a.org/a.png has no alt text")


def test_json_of_a_clean_library_is_an_empty_array(capsys, library):
    assert run(capsys, "check", library / "clean.md", "--format", "json")[:2] == (0, "[]\n")


def test_text_lines_end_with_the_rule_id(capsys, library):
    code, out, _ = run(capsys, "check", library)
    assert code == 0
    assert re.fullmatch(r".*warned\.md:6: warning: image https://a\.org/a\.png has no alt text.* \[image-no-alt\]\n", out)


def test_warnings_fail_only_with_strict(capsys, library):
    assert run(capsys, "check", library)[0] == 0
    assert run(capsys, "check", library, "--strict")[0] == 1
    assert run(capsys, "check", library / "clean.md", "--strict")[0] == 0


def test_ignore_drops_a_rule_and_may_be_repeated(capsys, library):
    write(library / "http.md", "---\ntitle: H\nsummary: S\nfull_article: http://a.org\n---\n")
    assert run(capsys, "check", library, "--strict", "--ignore", "image-no-alt")[0] == 1
    code, out, _ = run(capsys, "check", library, "--strict", "--ignore", "image-no-alt", "--ignore", "full-article-http")
    assert (code, out) == (0, "")


def test_an_unknown_rule_to_ignore_is_a_usage_error(capsys, library):
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "check", library, "--ignore", "no-such-rule")
    assert exit_.value.code == 2
    assert "no rule 'no-such-rule'" in capsys.readouterr().err


def test_a_file_silences_a_rule_in_its_front_matter(capsys, library):
    write(library / "warned.md", "---\ntitle: Warned\nsummary: S\nlint-ignore: [image-no-alt]\n---\n![](https://a.org/a.png)\n")
    assert run(capsys, "check", library, "--strict")[:2] == (0, "")


def test_exit_2_for_a_path_that_is_not_there_or_not_an_article(capsys, tmp_path):
    assert run(capsys, "check", tmp_path / "nowhere")[0] == 2
    assert run(capsys, "check", write(tmp_path / "notes.txt", "x"))[0] == 2


def readme_rules() -> dict[str, tuple[str, str, str]]:
    """The README's rule table: id → (severity, message, example)."""
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| (error|warning) \| (.+?) \| (.+?) \|$", README.read_text(), re.M)
    return {rule: (severity, message, example) for rule, severity, message, example in rows}


def test_the_readme_table_has_every_rule_with_its_severity_message_and_an_example():
    table = readme_rules()
    assert sorted(table) == sorted(RULES)
    for rule in RULES.values():
        severity, message, example = table[rule.id]
        assert severity == rule.severity.value, rule.id
        assert message.replace("\\|", "|") == rule.message.replace("{{", "{").replace("}}", "}"), rule.id
        assert example.strip("` "), rule.id


def test_checking_one_article_finds_another_with_its_title(capsys, library):
    write(library / "again.md", "---\ntitle: clean\nsummary: S\n---\n")
    code, out, _ = run(capsys, "check", library / "again.md", "--format", "json")
    assert [(p["rule"], p["line"]) for p in json.loads(out)] == [("title-duplicate", 2)]
    assert "clean.md" in json.loads(out)[0]["message"]

"""The translations: up to date with the code, complete, their placeholders kept, and every marked word written so
that Qt's extraction tool finds it."""

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from spacereader.translations import build

TRANSLATED = ("en", "fr")  # every message has a translation (English: itself, and its plural forms)
CALLS = {"tr": 1, "translate": 2, "QT_TRANSLATE_NOOP": 2}  # the function, and how many leading literal arguments
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")


def messages(ts: Path):
    for message in ET.parse(ts).getroot().iter("message"):
        yield message, message.find("source").text, message.find("translation")


def test_the_ts_files_hold_exactly_the_words_of_the_code(tmp_path):
    for language in build.LANGUAGES:
        committed = build.HERE / f"spacereader_{language}.ts"
        fresh = tmp_path / committed.name
        shutil.copy(committed, fresh)
        build.update(fresh)
        assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
            f"{committed.name} is stale: run `python -m spacereader.translations.build` and translate what it adds")


def test_the_qm_files_are_built_from_the_ts_files(tmp_path):
    for language in build.LANGUAGES:
        ts = build.HERE / f"spacereader_{language}.ts"
        build.release(ts, tmp_path / "fresh.qm")
        assert (tmp_path / "fresh.qm").read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.with_suffix('.qm').name} is stale: run `python -m spacereader.translations.build`")


@pytest.mark.parametrize("language", build.LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language):
    for message, source, translation in messages(build.HERE / f"spacereader_{language}.ts"):
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete") or (
            language not in TRANSLATED and message.get("numerus") != "yes"), f"{language}: not translated: {source!r}"
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms if translation.get("type") != "unfinished" else []:
            assert form.strip(), f"{language}: empty translation of {source!r}"
            assert sorted(set(PLACEHOLDER.findall(form))) == sorted(set(PLACEHOLDER.findall(source))), (
                f"{language}: {form!r} does not keep the placeholders of {source!r}")


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = getattr(func, "id", "")
            if isinstance(func, ast.Attribute):  # self.tr, QCoreApplication.translate; not bytes.translate
                name = func.attr if func.attr == "tr" or getattr(func.value, "id", "") == "QCoreApplication" else ""
            if name in CALLS:
                yield name, node


def test_every_marked_word_is_a_literal_outside_f_strings():
    """pyside6-lupdate reads only literal texts, never inside an f-string, and drops a call with a keyword."""
    for path in sorted(build.PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_f_strings = {id(call) for joined in ast.walk(tree) if isinstance(joined, ast.JoinedStr)
                            for _, call in _calls(joined)}
        for name, call in _calls(tree):
            where = f"{path.relative_to(build.PACKAGE.parent)}:{call.lineno}"
            literal = call.args[:CALLS[name]]
            assert len(literal) == CALLS[name] and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                                       for a in literal), f"{where}: {name}() of a text that is not a literal"
            assert id(call) not in inside_f_strings, f"{where}: {name}() inside an f-string"
            assert not call.keywords, f"{where}: {name}() with a keyword argument"
            owner = getattr(call.func, "value", None)
            assert name != "tr" or getattr(owner, "id", "self") == "self", (
                f"{where}: another object's tr() (lupdate files it under the wrong context): use translate()")

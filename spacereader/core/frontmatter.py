"""Splitting front matter (YAML between `---`, or TOML between `+++` as Hugo writes it) from the body."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml

from spacereader.core.rules import KINDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when PyYAML has it
_FENCES = {"---": ("yaml", ("---", "...")), "+++": ("toml", ("+++",))}
_TOML_LINE = re.compile(r"at line (\d+)")


class _Loader(_SafeLoader):
    """Safe loading as authors expect it: dates stay text (we parse them, so `2021-02-30` is a clear error),
    and only true/false are booleans (`lang: no` is Norwegian, not False)."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers
                if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
        for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
    }


_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


class YAMLProblem(ValueError):
    def __init__(self, line: int, reason: str, kind: str = "", quote: str = "", column: int = 0):
        super().__init__(reason)
        self.line, self.reason = line, reason  # line: 1-based, within the YAML text
        self.kind, self.quote = kind, quote  # kind: "quote", "tab", "indent" or "" (any other)
        self.column = column  # 1-based; 0 when the parser does not say


class YAMLAliasRefused(YAMLProblem):
    """Valid YAML that we will not read: an alias."""


class YAMLTagRefused(YAMLProblem):
    """Valid YAML that we will not read: a tag that builds something other than plain values."""

    def __init__(self, line: int, tag: str):
        super().__init__(line, f"the YAML tag {tag} is not supported (only plain values are read)")
        self.tag = tag


_CORE = "tag:yaml.org,2002:"
_PLAIN_TAGS = {"!", *(_CORE + name for name in ("str", "int", "float", "bool", "null", "seq", "map"))}


def load_yaml(text: str) -> Any:
    """Parse YAML or raise YAMLProblem. Aliases are refused: front matter never needs them, and a few
    nested ones (a "billion laughs") would expand into gigabytes. So are tags other than the plain types
    (`!!python/object:…`, `!!binary`, `!rocket`): the safe loader builds none of Python's objects anyway, and
    here none is even tried."""
    try:
        _refuse_aliases_and_tags(yaml.parse(text, Loader=_Loader))
        return yaml.load(text, Loader=_Loader)
    except YAMLProblem:
        raise
    except yaml.YAMLError as exc:
        raise _located(exc, text) from None
    except (ValueError, OverflowError) as exc:  # a plain tag on a value it does not fit: `!!int twelve`
        raise YAMLProblem(1, str(exc)) from None


# what the parsers (the C one and the Python one) say of a line indented out of step with its neighbours
_INDENTATION = ("expected <block end>", "mapping values are not allowed", "did not find expected key",
                "did not find expected '-' indicator")


def _located(exc: yaml.YAMLError, text: str) -> YAMLProblem:
    """The error where the author made it: an unclosed quote where it opened (the parser stops at the end of the
    text), a tab where it is, a line out of step with its neighbours where it starts."""
    reason = getattr(exc, "problem", None) or str(exc).split("\n")[0]
    mark, context = getattr(exc, "problem_mark", None), getattr(exc, "context", None) or ""
    opened = getattr(exc, "context_mark", None)
    if context == "while scanning a quoted scalar" and opened is not None:
        quote = text.split("\n")[opened.line][opened.column:opened.column + 1]
        return YAMLProblem(opened.line + 1, reason, "quote", quote, opened.column + 1)
    if mark is None:
        return YAMLProblem(_line_of(exc, text), reason)
    if "tab" in reason or "'\\t'" in reason:
        return YAMLProblem(mark.line + 1, reason, "tab", column=mark.column + 1)
    if reason.startswith(_INDENTATION):
        return YAMLProblem(mark.line + 1, reason, "indent", column=mark.column + 1)
    return YAMLProblem(mark.line + 1, reason, column=mark.column + 1)


def _line_of(exc: yaml.YAMLError, text: str) -> int:
    """Where the parser stopped; a character it will not read (a control character) has only an offset."""
    if (mark := getattr(exc, "problem_mark", None)) is not None:
        return mark.line + 1
    return text.count("\n", 0, getattr(exc, "position", None) or 0) + 1


def _refuse_aliases_and_tags(events: Iterable[yaml.Event]) -> None:
    for event in events:
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent):
            raise YAMLAliasRefused(line, "YAML aliases (*name) are not supported")
        if (tag := getattr(event, "tag", None)) is not None and tag not in _PLAIN_TAGS:
            raise YAMLTagRefused(line, tag.replace(_CORE, "!!"))


@dataclass
class FrontMatter:
    meta: dict[str, Any]
    body: str
    body_line: int  # the file's line number of the body's first line
    key_lines: dict[str, int] = field(default_factory=dict)  # key → its line in the file
    # (line, rule, the message's arguments, column: 0 when not known)
    errors: list[tuple[int, str, dict, int]] = field(default_factory=list)


def split(text: str) -> FrontMatter:
    lines = text.split("\n")
    opener = lines[0].rstrip() if lines else ""
    if opener not in _FENCES:
        return FrontMatter({}, text, 1)
    kind, closers = _FENCES[opener]
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in closers), None)
    if end is None:
        closing = closers[0]
        return FrontMatter({}, text, 1, errors=[(1, "front-matter-unclosed", {"opener": opener, "closer": closing}, 1)])
    source = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1:])
    meta, errors = _parse_yaml(source) if kind == "yaml" else _parse_toml(source)
    return FrontMatter(meta, body, end + 2, _key_lines(lines[1:end]), errors)


def _parse_yaml(source: str) -> tuple[dict, list[tuple[int, str, dict, int]]]:
    try:
        meta = load_yaml(source)
    except YAMLAliasRefused as exc:
        return {}, [(exc.line + 1, "front-matter-alias", {}, 0)]
    except YAMLTagRefused as exc:
        return {}, [(exc.line + 1, "front-matter-tag", {"tag": exc.tag}, 0)]
    except YAMLProblem as exc:
        if exc.kind:
            args = {"quote": exc.quote} if exc.kind == "quote" else {}
            return {}, [(exc.line + 1, f"front-matter-{exc.kind}", args, exc.column)]
        return {}, [(exc.line + 1, "front-matter-yaml", {"reason": exc.reason}, exc.column)]
    if meta is None:
        return {}, []
    if not isinstance(meta, dict):
        return {}, [(2, "front-matter-not-mapping", {"kind": _what(meta)}, 0)]
    return {str(k): v for k, v in meta.items()}, []


def _what(value: Any) -> str:
    if isinstance(value, list):
        return KINDS["list"]
    return KINDS["text"] if isinstance(value, str) else repr(value)


def _parse_toml(source: str) -> tuple[dict, list[tuple[int, str, dict, int]]]:
    try:
        return tomllib.loads(source), []
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        # tomllib says "at end of document" for an error on the last line
        line = int(found.group(1)) if found else len(source.rstrip("\n").split("\n"))
        reason = str(exc).split(" (at ")[0]
        return {}, [(line + 1, "front-matter-toml", {"reason": reason}, 0)]


def _key_lines(lines: list[str]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for number, line in enumerate(lines, start=2):
        found = re.match(r"([A-Za-z_][\w-]*)\s*[:=]", line)
        if found:
            keys.setdefault(found.group(1), number)
    return keys

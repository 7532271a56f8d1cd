"""Hugo's shortcodes, read: `{{< name args >}}` and `{{% name args %}}`, paired with a `{{< /name >}}` or single,
and escaped as `{{</* name */>}}` to show one literally. What each is on the page: a callout, a code block with its
file name, a box labelled with its name, or (single) a small labelled placeholder. The document takes its lines from
here, so the page, the index and `check` read them alike."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from spacereader.core.inline import CODE_SPAN

SHORTCODE = re.compile(
    r"\{\{(?P<open>[<%])(?P<escaped>/\*)?[ \t]*(?P<closing>/)?[ \t]*(?P<name>[\w.-]+)"
    r"(?P<args>(?:\"[^\"\n]*\"|`[^`\n]*`|[^\"`\n}]|\}(?!\}))*?)[ \t]*(?P<single>/)?[ \t]*(?(escaped)\*/)[ \t]*[>%]\}\}")
_UNFINISHED = re.compile(r"\{\{[<%](?:(?![>%]\}\}).)*$")  # an opening whose arguments go on over the next lines
_MAX_LINES = 30  # how far a shortcode's arguments may run
_ARGUMENT = re.compile(r"(?:([\w-]+)=)?(\"[^\"\n]*\"|`[^`\n]*`|[^\s\"`]+)")
CALLOUT_NAMES = {"note": "note", "notes": "note", "info": "note", "tip": "tip", "tips": "tip", "hint": "tip",
                 "important": "important", "warning": "warning", "warn": "warning", "caution": "caution",
                 "danger": "caution", "error": "caution"}
_KIND_NAMES = {"alert", "admonition", "notice", "callout", "callouts"}  # their kind is an argument: `notice tip`
_CODE_NAMES = {"highlight", "code", "code-toggle", "codeblock", "code-block", "snippet"}
_TITLE_KEYS = ("title", "summary", "header", "name")
_LABEL_LENGTH = 60


@dataclass(frozen=True)
class Shortcode:
    name: str
    positional: tuple[str, ...] = ()
    named: tuple[tuple[str, str], ...] = ()
    closing: bool = False
    single: bool = False  # written self-closing: `{{< name />}}`
    percent: bool = False  # written `{{% name %}}`: its text is Markdown to Hugo

    def closing_mark(self) -> str:
        return f"{{{{% /{self.name} %}}}}" if self.percent else f"{{{{< /{self.name} >}}}}"

    def get(self, *keys: str) -> str:
        return next((value for key, value in self.named if key in keys), "")

    @property
    def kind(self) -> str | None:
        """The callout kind a note/tip/warning-like shortcode shows as; None for any other."""
        if self.name.lower() in CALLOUT_NAMES:
            return CALLOUT_NAMES[self.name.lower()]
        if self.name.lower() in _KIND_NAMES:
            written = (self.get("type", "color", "kind", "class", "theme") or next(iter(self.positional), "")).lower()
            return CALLOUT_NAMES.get(written, "note")
        return None

    @property
    def is_code(self) -> bool:
        return self.name.lower() in _CODE_NAMES

    @property
    def title(self) -> str:
        given = self.get(*_TITLE_KEYS)
        if not given and self.name.lower() in _KIND_NAMES and len(self.positional) > 1:
            given = self.positional[1]  # `{{% notice tip "A title" %}}`
        return given

    def label(self) -> str:
        """A box's or placeholder's label: its name, with its title or first values."""
        values = [self.title] if self.title else list(self.positional) + [v for k, v in self.named if k not in ("lang",)]
        label = f"{self.name}: {', '.join(v for v in values if v)}" if any(values) else self.name
        return label if len(label) <= _LABEL_LENGTH else label[:_LABEL_LENGTH - 1] + "…"

    @property
    def file(self) -> str:
        return self.get("file", "filename")

    @property
    def language(self) -> str:
        """A code-like one's language: `highlight go`, `lang="go"`, or its file's extension."""
        first = self.positional[0] if self.name.lower() == "highlight" and self.positional else ""
        written = self.get("lang", "language") or first
        return written or (self.file.rpartition(".")[2] if "." in self.file else "")


def shortcode(found: re.Match) -> Shortcode:
    positional, named = [], []
    for key, value in _ARGUMENT.findall(found["args"] or ""):
        value = value[1:-1] if value[:1] in "\"`" else value
        (named.append((key.lower(), value)) if key else positional.append(value))
    return Shortcode(found["name"], tuple(positional), tuple(named), bool(found["closing"]), bool(found["single"]),
                     found["open"] == "%")


@dataclass
class Shortcodes:
    """A body's shortcodes: the paired ones on lines of their own, by line, and those never closed."""

    blocks: dict[int, tuple[Shortcode, int]] = field(default_factory=dict)  # opening line → (shortcode, closing line)
    unclosed: list[tuple[int, Shortcode]] = field(default_factory=list)


def read_shortcodes(lines: list[str], code: set[int]) -> Shortcodes:
    """Read and rewrite a body's lines in place: a shortcode alone on its line opening or closing a pair is a block,
    its line blanked; any other shown inline (its placeholder, or nothing around the text it holds); escaped ones
    literal. In code, only the escaped ones change. Line numbers stay."""
    found = Shortcodes()
    opened: list[tuple[int, Shortcode]] = []
    for index, line in enumerate(lines):
        if "{{" not in line and "*/" not in line:  # `*/>}}` ends an escaped one over lines
            continue
        in_code = index in code or any(written.is_code for _, written in opened)  # a code-like one holds code
        if not in_code and _UNFINISHED.search(line):
            line = _joined(lines, index, code)
        alone = SHORTCODE.fullmatch(line.strip())
        if in_code and not (alone and alone["closing"] and opened and opened[-1][1].is_code):
            lines[index] = _unescaped_marks(line)
            continue
        if alone and not alone["escaped"] and not alone["single"]:
            written = shortcode(alone)
            lines[index] = ""
            if not written.closing:
                opened.append((index, written))
            elif (at := _innermost(opened, written.name)) is not None:
                found.blocks[opened[at][0]] = (opened[at][1], index)
                _singles(opened[at + 1:], lines, found)  # opened inside it and never closed: single ones
                del opened[at:]
            continue
        spans = [span.span() for span in CODE_SPAN.finditer(line)] if "`" in line else []
        lines[index] = SHORTCODE.sub(lambda match, spans=spans: _inline(match, spans), line)
    _singles(opened, lines, found)
    return found


def _joined(lines: list[str], start: int, code: set[int]) -> str:
    """A shortcode whose arguments run over several lines, on its first line (the others blanked, so line numbers
    stay); the line as it is when it is never finished."""
    for end in range(start + 1, min(start + _MAX_LINES, len(lines))):
        if end in code:
            break
        if ">}}" in lines[end] or "%}}" in lines[end]:
            lines[start] = " ".join(line.strip() for line in lines[start:end + 1])
            lines[start + 1:end + 1] = [""] * (end - start)
            return lines[start]
    return lines[start]


def _unescaped_marks(line: str) -> str:
    """In code, an escaped shortcode's marks as Hugo shows them, on one line or over several."""
    if "/*" not in line and "*/" not in line:
        return line
    for written, shown in (("{{</*", "{{<"), ("{{%/*", "{{%"), ("*/>}}", ">}}"), ("*/%}}", "%}}")):
        line = line.replace(written, shown)
    return line


def _innermost(opened: list[tuple[int, Shortcode]], name: str) -> int | None:
    return next((i for i in range(len(opened) - 1, -1, -1) if opened[i][1].name == name), None)


def _singles(opened: list[tuple[int, Shortcode]], lines: list[str], found: Shortcodes) -> None:
    """Openings never closed: placeholders, and warned about when of a kind that holds text (a note, code)."""
    for index, written in opened:
        lines[index] = _placeholder(written)
        if written.kind or written.is_code:
            found.unclosed.append((index, written))


def _inline(found: re.Match, code_spans: list[tuple[int, int]]) -> str:
    if any(start <= found.start() < end for start, end in code_spans):  # code shows what is written
        return _unescaped_marks(found.group(0))
    if found["escaped"]:
        return escape(_literal(found))
    written = shortcode(found)
    if written.name.lower() in ("ref", "relref") and written.positional:
        return written.positional[0]  # where the link goes: `[text]({{< ref "page.md" >}})`
    if written.closing or not written.single and _holds_text(found):
        return ""  # the marks of an inline pair: its text stays
    return _placeholder(written)


def _holds_text(found: re.Match) -> bool:
    """An inline opening followed on its line by its closing."""
    return f"/{found['name']}" in found.string[found.end():].replace(" ", "")


def _placeholder(written: Shortcode) -> str:
    if written.name.lower() == "figure" and (src := written.get("src") or next(iter(written.positional), "")):
        return _figure(written, src)
    return f'<span class="shortcode">[{escape(written.label())}]</span>'


def _figure(written: Shortcode, src: str) -> str:
    """Hugo's figure as an image (the page shows it under the rules of every image) and its caption."""
    caption = written.get("caption", "title")
    image = f'<img src="{escape(src)}" alt="{escape(written.get("alt") or caption or "image")}">'
    return image + (f' <span class="shortcode">{escape(caption)}</span>' if caption else "")


def _literal(found: re.Match) -> str:
    """`{{</* name */>}}` as Hugo shows it: `{{< name >}}`."""
    text = found.group(0)
    inner = text[3:-3].strip().removeprefix("/*").removesuffix("*/").strip()
    return f"{text[:3]} {inner} {text[-3:]}"

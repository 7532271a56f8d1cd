"""Every problem SpaceReader can find in a file, by rule id: how bad it is and what it says. A message is a
template marked for translation: `check` prints it in English, the window in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from spacereader.core.i18n import QT_TRANSLATE_NOOP as _


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    message: str  # `{name}` placeholders, filled from the problem's arguments
    translated_args: tuple[str, ...] = ()  # arguments that are themselves marked texts (a reason, a kind)


ERROR, WARNING = Severity.ERROR, Severity.WARNING
PLAIN = _("Problem", "the article is shown as plain text")

RULES: dict[str, Rule] = {rule.id: rule for rule in (
    # reading the file
    Rule("file-unreadable", ERROR, _("Problem", "cannot be read: {reason}"), ("reason",)),
    Rule("file-not-regular", ERROR, _("Problem", "not a regular file (a pipe, device or folder)")),
    Rule("file-too-large", ERROR, _("Problem", "file is too large ({size} MB; the limit is {limit} MB)")),
    Rule("file-binary", ERROR, _("Problem", "not a text file (it contains binary data)")),
    Rule("file-empty", ERROR, _("Problem", "the file is empty")),
    Rule("file-outside-library", ERROR,
         _("Problem", "a symbolic link to a file outside the library ({target}); it is not read")),
    Rule("file-crashed-reader", ERROR,
         _("Problem", "reading this file stopped or hung the process that read it; it is left out until it changes")),
    Rule("file-read-failed", ERROR, _("Problem", "could not be read ({reason})")),
    Rule("encoding-cp1252", WARNING, _("Problem", "not valid UTF-8; read as Windows-1252 (cp1252)")),
    Rule("encoding-utf16", WARNING, _("Problem", "encoded as UTF-16; save it as UTF-8")),
    Rule("encoding-utf16-no-bom", WARNING,
         _("Problem", "encoded as UTF-16 (with no byte-order mark); save it as UTF-8")),
    Rule("encoding-utf16-broken", ERROR, _("Problem", "not a text file: broken UTF-16")),
    Rule("file-name-not-utf8", WARNING,
         _("Problem", "the file name is not valid UTF-8 (it shows as {name}); rename the file")),
    Rule("file-name-invisible", WARNING,
         _("Problem", "the file name holds a line break or another invisible control character "
                      "(it shows as {name}); rename the file")),
    # front matter
    Rule("front-matter-unclosed", ERROR,
         _("Problem", "front matter opened with `{opener}` is never closed (add a `{closer}` line after it)")),
    Rule("front-matter-yaml", ERROR, _("Problem", "front matter is not valid YAML: {reason}")),
    Rule("front-matter-toml", ERROR, _("Problem", "front matter is not valid TOML: {reason}")),
    Rule("front-matter-alias", ERROR,
         _("Problem", "front matter is ignored: it uses YAML aliases (*name), which SpaceReader does not expand")),
    Rule("front-matter-tag", ERROR,
         _("Problem", "front matter is ignored: the YAML tag {tag} is not supported (only plain values are read)")),
    Rule("front-matter-not-mapping", ERROR,
         _("Problem", "front matter is ignored: it must be `key: value` lines, not {kind}"), ("kind",)),
    Rule("field-not-text", WARNING, _("Problem", "`{key}` should be text, not {kind}; it is ignored"), ("kind",)),
    Rule("field-not-list", WARNING,
         _("Problem", "`{key}` should be a list of words, not {kind}; it is ignored"), ("kind",)),
    Rule("title-not-text", WARNING, _("Problem", "`title` should be text, not {kind}"), ("kind",)),
    Rule("date-invalid", ERROR,
         _("Problem", "`date` is not an ISO date or date-time (like 2021-03-14): {value}")),
    Rule("full-article-invalid", ERROR, _("Problem", "`full_article` must be an http(s) URL, not {value}")),
    Rule("astronaut-unknown", ERROR,
         _("Problem", "unknown astronaut {id} in `astronauts:` (no profile has that id)")),
    # the body
    Rule("link-missing-file", WARNING, _("Problem", "link points to a missing file: {target}")),
    Rule("image-missing-file", WARNING, _("Problem", "image points to a missing file: {target}")),
    Rule("limit-nesting", WARNING,
         _("Problem", "quotes and lists nested {levels} deep (the limit is {limit}); {plain}"), ("plain",)),
    Rule("limit-brackets", WARNING,
         _("Problem", "more than {limit} `[` brackets nested or left open in a paragraph; {plain}"), ("plain",)),
    Rule("limit-spaces", WARNING, _("Problem", "more than {limit} spaces in a row on a line; {plain}"), ("plain",)),
    Rule("limit-braces", WARNING,
         _("Problem", "more than {limit} `{{` braces left open on a line; {plain}"), ("plain",)),
    Rule("limit-ampersands", WARNING,
         _("Problem", "more than {limit} `&` characters (or no-break spaces) in a paragraph; {plain}"), ("plain",)),
    Rule("limit-html-nesting", WARNING,
         _("Problem", "more than {limit} HTML tags nested or left open; {plain}"), ("plain",)),
    Rule("limit-tables", WARNING,
         _("Problem", "tables nested {levels} deep (the limit is {limit}); {plain}"), ("plain",)),
    Rule("limit-recursion", WARNING, _("Problem", "too deeply nested to format; {plain}"), ("plain",)),
    Rule("limit-time", WARNING, _("Problem", "took more than {seconds} seconds to format; {plain}"), ("plain",)),
    # astronaut profiles
    Rule("profile-yaml", ERROR, _("Problem", "profile is not valid YAML: {reason}")),
    Rule("profile-file-name", ERROR,
         _("Problem", "profile file name must be a lowercase ASCII slug like chris-hadfield.yaml, not {name}")),
    Rule("profile-not-mapping", ERROR, _("Problem", "profile must be `key: value` lines")),
    Rule("profile-no-name", ERROR, _("Problem", "profile has no `name`")),
    Rule("profile-id-mismatch", WARNING, _("Problem", "`id` {id} differs from the file name; the file name wins")),
    Rule("profile-field-not-text", WARNING, _("Problem", "`{key}` should be text")),
    Rule("profile-entries-ignored", WARNING, _("Problem", "`{key}`: {count} entries without `{required}` are ignored")),
    Rule("profile-url-invalid", WARNING, _("Problem", "social account url must be http(s), not {url}")),
    Rule("profile-followers-invalid", WARNING,
         _("Problem", "`followers` needs a whole number and a `followers_as_of` date; it is ignored")),
    Rule("profile-date-invalid", WARNING, _("Problem", "`{key}` should be YYYY, YYYY-MM or YYYY-MM-DD, not {value}")),
    # sites and vaults: Obsidian's wiki links and embeds, Hugo's shortcodes
    Rule("wiki-link-missing", WARNING,
         _("Problem", "wiki link to nothing: no note or file of the library is named {name}; it shows as plain text")),
    Rule("wiki-embed-missing", WARNING, _("Problem", "embed of nothing: no file of the library is named {name}")),
    Rule("shortcode-unclosed", WARNING,
         _("Problem", "the shortcode {name} is opened and never closed (add {closing} after its text)")),
)}

# words that fill a {kind} or {reason}: marked here so they are translated with the message
KINDS = {"mapping": _("Problem", "a mapping"), "list": _("Problem", "a list"), "bool": _("Problem", "true/false"),
         "text": _("Problem", "a line of text")}
REASONS = {"missing": _("Problem", "no such file (moved or deleted?)"), "denied": _("Problem", "permission denied"),
           "loop": _("Problem", "a symbolic link that leads back to itself")}

"""Every problem SpaceReader can find in a file, by rule id: how bad it is and what it says. A message is a
template marked for translation: `check` prints it in English, the window in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from spacereader.core.i18n import QT_TRANSLATE_NOOP


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
PLAIN = QT_TRANSLATE_NOOP("Problem", "the article is shown as plain text")

RULES: dict[str, Rule] = {rule.id: rule for rule in (
    # reading the file
    Rule("file-unreadable", ERROR, QT_TRANSLATE_NOOP("Problem", "cannot be read: {reason}"), ("reason",)),
    Rule("file-not-regular", ERROR, QT_TRANSLATE_NOOP("Problem", "not a regular file (a pipe, device or folder)")),
    Rule("file-too-large", ERROR, QT_TRANSLATE_NOOP("Problem", "file is too large ({size} MB; the limit is {limit} MB)")),
    Rule("file-binary", ERROR, QT_TRANSLATE_NOOP("Problem", "not a text file (it contains binary data)")),
    Rule("file-empty", ERROR, QT_TRANSLATE_NOOP("Problem", "the file is empty")),
    Rule("file-outside-library", ERROR,
         QT_TRANSLATE_NOOP("Problem", "a symbolic link to a file outside the library ({target}); it is not read")),
    Rule("file-crashed-reader", ERROR,
         QT_TRANSLATE_NOOP("Problem", "reading this file stopped or hung the process that read it; "
                                      "it is left out until it changes")),
    Rule("file-read-failed", ERROR, QT_TRANSLATE_NOOP("Problem", "could not be read ({reason})")),
    Rule("encoding-cp1252", WARNING, QT_TRANSLATE_NOOP("Problem", "not valid UTF-8; read as Windows-1252 (cp1252)")),
    Rule("encoding-utf16", WARNING, QT_TRANSLATE_NOOP("Problem", "encoded as UTF-16; save it as UTF-8")),
    Rule("encoding-utf16-no-bom", WARNING,
         QT_TRANSLATE_NOOP("Problem", "encoded as UTF-16 (with no byte-order mark); save it as UTF-8")),
    Rule("encoding-utf16-broken", ERROR, QT_TRANSLATE_NOOP("Problem", "not a text file: broken UTF-16")),
    Rule("file-name-not-utf8", WARNING,
         QT_TRANSLATE_NOOP("Problem", "the file name is not valid UTF-8 (it shows as {name}); rename the file")),
    Rule("file-name-invisible", WARNING,
         QT_TRANSLATE_NOOP("Problem", "the file name holds a line break or another invisible control character "
                      "(it shows as {name}); rename the file")),
    # front matter
    Rule("front-matter-unclosed", ERROR,
         QT_TRANSLATE_NOOP("Problem", "front matter opened with `{opener}` is never closed (add a `{closer}` line after it)")),
    Rule("front-matter-yaml", ERROR, QT_TRANSLATE_NOOP("Problem", "front matter is not valid YAML: {reason}")),
    Rule("front-matter-quote", ERROR,
         QT_TRANSLATE_NOOP("Problem", "a quoted value opened here with {quote} is never closed: end it with {quote} on "
                                      "this line")),
    Rule("front-matter-tab", ERROR,
         QT_TRANSLATE_NOOP("Problem", "a tab in the front matter: YAML indents and separates with spaces only; use spaces")),
    Rule("front-matter-indent", ERROR,
         QT_TRANSLATE_NOOP("Problem", "this line is indented unlike the lines above it, or holds a `: ` in an unquoted value: "
                      "line it up with its neighbours, or put the value in quotes")),
    Rule("front-matter-toml", ERROR, QT_TRANSLATE_NOOP("Problem", "front matter is not valid TOML: {reason}")),
    Rule("front-matter-alias", ERROR,
         QT_TRANSLATE_NOOP("Problem", "front matter is ignored: it uses YAML aliases (*name), "
                                      "which SpaceReader does not expand")),
    Rule("front-matter-tag", ERROR,
         QT_TRANSLATE_NOOP("Problem", "front matter is ignored: the YAML tag {tag} is not supported "
                                      "(only plain values are read)")),
    Rule("front-matter-not-mapping", ERROR,
         QT_TRANSLATE_NOOP("Problem", "front matter is ignored: it must be `key: value` lines, not {kind}"), ("kind",)),
    Rule("field-not-text", WARNING, QT_TRANSLATE_NOOP("Problem", "`{key}` should be text, not {kind}; it is ignored"), ("kind",)),
    Rule("field-not-list", WARNING,
         QT_TRANSLATE_NOOP("Problem", "`{key}` should be a list of words, not {kind}; it is ignored"), ("kind",)),
    Rule("title-not-text", WARNING, QT_TRANSLATE_NOOP("Problem", "`title` should be text, not {kind}"), ("kind",)),
    Rule("date-invalid", ERROR,
         QT_TRANSLATE_NOOP("Problem", "`date` is not an ISO date or date-time (like 2021-03-14): {value}")),
    Rule("date-future", WARNING,
         QT_TRANSLATE_NOOP("Problem", "`date` {value} is in the future: correct it, or silence the rule for an article "
                                      "written ahead")),
    Rule("lang-invalid", WARNING,
         QT_TRANSLATE_NOOP("Problem", "`lang` {value} is not a language code: write one like en, fr or pt-BR (BCP 47)")),
    Rule("summary-missing", WARNING,
         QT_TRANSLATE_NOOP("Problem", "no summary: add `summary:` to the front matter, one or two sentences for the library")),
    Rule("full-article-http", WARNING,
         QT_TRANSLATE_NOOP("Problem", "`full_article` is an http: address, which is not encrypted: use https: if the "
                                      "site has it")),
    Rule("title-duplicate", WARNING,
         QT_TRANSLATE_NOOP("Problem", "another article has the same title ({other}): give each article a title of its own")),
    Rule("lint-ignore-unknown", WARNING,
         QT_TRANSLATE_NOOP("Problem", "`lint-ignore` names no rule {id}: write a rule id as check prints it")),
    Rule("full-article-invalid", ERROR, QT_TRANSLATE_NOOP("Problem", "`full_article` must be an http(s) URL, not {value}")),
    Rule("astronaut-unknown", ERROR,
         QT_TRANSLATE_NOOP("Problem", "unknown astronaut {id} in `astronauts:` (no profile has that id)")),
    # the body
    Rule("link-missing-file", WARNING, QT_TRANSLATE_NOOP("Problem", "link points to a missing file: {target}")),
    Rule("image-missing-file", WARNING, QT_TRANSLATE_NOOP("Problem", "image points to a missing file: {target}")),
    Rule("image-no-alt", WARNING,
         QT_TRANSLATE_NOOP("Problem", "image {target} has no alt text: say what it shows between the brackets, ![like "
                                      "this]({target})")),
    Rule("anchor-missing", WARNING,
         QT_TRANSLATE_NOOP("Problem", "link to #{anchor}, which no heading has: link to a heading's anchor, like #{example}")),
    Rule("heading-skip", WARNING,
         QT_TRANSLATE_NOOP("Problem", "heading of level {level} after one of level {previous}: use level {expected} here")),
    Rule("limit-nesting", WARNING,
         QT_TRANSLATE_NOOP("Problem", "quotes and lists nested {levels} deep (the limit is {limit}); {plain}"), ("plain",)),
    Rule("limit-brackets", WARNING,
         QT_TRANSLATE_NOOP("Problem", "more than {limit} `[` brackets nested or left open in a paragraph; {plain}"), ("plain",)),
    Rule("limit-spaces", WARNING,
         QT_TRANSLATE_NOOP("Problem", "more than {limit} spaces in a row on a line; {plain}"), ("plain",)),
    Rule("limit-braces", WARNING,
         QT_TRANSLATE_NOOP("Problem", "more than {limit} `{{` braces left open on a line; {plain}"), ("plain",)),
    Rule("limit-ampersands", WARNING,
         QT_TRANSLATE_NOOP("Problem", "more than {limit} `&` characters (or no-break spaces) in a paragraph; {plain}"),
         ("plain",)),
    Rule("limit-html-nesting", WARNING,
         QT_TRANSLATE_NOOP("Problem", "more than {limit} HTML tags nested or left open; {plain}"), ("plain",)),
    Rule("limit-tables", WARNING,
         QT_TRANSLATE_NOOP("Problem", "tables nested {levels} deep (the limit is {limit}); {plain}"), ("plain",)),
    Rule("limit-recursion", WARNING, QT_TRANSLATE_NOOP("Problem", "too deeply nested to format; {plain}"), ("plain",)),
    Rule("limit-time", WARNING, QT_TRANSLATE_NOOP("Problem", "took more than {seconds} seconds to format; {plain}"), ("plain",)),
    # astronaut profiles
    Rule("profile-yaml", ERROR, QT_TRANSLATE_NOOP("Problem", "profile is not valid YAML: {reason}")),
    Rule("profile-file-name", ERROR,
         QT_TRANSLATE_NOOP("Problem", "profile file name must be a lowercase ASCII slug like chris-hadfield.yaml, not {name}")),
    Rule("profile-not-mapping", ERROR, QT_TRANSLATE_NOOP("Problem", "profile must be `key: value` lines")),
    Rule("profile-no-name", ERROR, QT_TRANSLATE_NOOP("Problem", "profile has no `name`")),
    Rule("profile-id-mismatch", WARNING,
         QT_TRANSLATE_NOOP("Problem", "`id` {id} differs from the file name; the file name wins")),
    Rule("profile-field-not-text", WARNING, QT_TRANSLATE_NOOP("Problem", "`{key}` should be text")),
    Rule("profile-entries-ignored", WARNING,
         QT_TRANSLATE_NOOP("Problem", "`{key}`: {count} entries without `{required}` are ignored")),
    Rule("profile-url-invalid", WARNING, QT_TRANSLATE_NOOP("Problem", "social account url must be http(s), not {url}")),
    Rule("profile-followers-invalid", WARNING,
         QT_TRANSLATE_NOOP("Problem", "`followers` needs a whole number and a `followers_as_of` date; it is ignored")),
    Rule("profile-date-invalid", WARNING,
         QT_TRANSLATE_NOOP("Problem", "`{key}` should be YYYY, YYYY-MM or YYYY-MM-DD, not {value}")),
    Rule("profile-text-languages", WARNING,
         QT_TRANSLATE_NOOP("Problem", "`{key}`: these entries are not a language code (en, fr, …) with its text "
                                      "and are ignored: {entries}")),
    Rule("profile-one-language", WARNING,
         QT_TRANSLATE_NOOP("Problem", "the library's articles are in English and French, but these fields are in one "
                                      "language only: {keys} (write them as `summary: {{en: …, fr: …}}`)")),
    Rule("portrait-outside", WARNING,
         QT_TRANSLATE_NOOP("Problem", "the portrait {name} leads outside its folder; the initials show instead")),
    Rule("portrait-too-large", WARNING,
         QT_TRANSLATE_NOOP("Problem", "the portrait {name} is larger than {limit} MB; the initials show instead")),
    Rule("portrait-not-a-file", WARNING,
         QT_TRANSLATE_NOOP("Problem", "the portrait {name} is not a file that can be read; the initials show instead")),
    # sites and vaults: Obsidian's wiki links and embeds, Hugo's shortcodes
    Rule("wiki-link-missing", WARNING,
         QT_TRANSLATE_NOOP("Problem", "wiki link to nothing: no note or file of the library is named {name}; it shows "
                                      "as plain text")),
    Rule("wiki-embed-missing", WARNING, QT_TRANSLATE_NOOP("Problem", "embed of nothing: no file of the library is named {name}")),
    Rule("shortcode-unclosed", WARNING,
         QT_TRANSLATE_NOOP("Problem", "the shortcode {name} is opened and never closed (add {closing} after its text)")),
)}

# words that fill a {kind} or {reason}: marked here so they are translated with the message
KINDS = {"mapping": QT_TRANSLATE_NOOP("Problem", "a mapping"), "list": QT_TRANSLATE_NOOP("Problem", "a list"),
         "bool": QT_TRANSLATE_NOOP("Problem", "true/false"), "text": QT_TRANSLATE_NOOP("Problem", "a line of text")}
REASONS = {"missing": QT_TRANSLATE_NOOP("Problem", "no such file (moved or deleted?)"),
           "denied": QT_TRANSLATE_NOOP("Problem", "permission denied"),
           "loop": QT_TRANSLATE_NOOP("Problem", "a symbolic link that leads back to itself")}

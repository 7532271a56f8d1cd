"""A profile's text in one or more languages: a plain string, or a mapping of language code to text, shown in the
interface's language when it is there, else in English, else in whichever language is given."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacereader.core.i18n import formats

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")  # en, fr: the codes an article's `lang:` uses
UNSTATED = ""  # the language of a plain string: the author did not say


@dataclass(frozen=True)
class Text:
    variants: tuple[tuple[str, str], ...] = ()  # (language, text), in the author's order

    def __bool__(self) -> bool:
        return bool(self.variants)

    def get(self, language: str | None = None) -> str:
        """The text in `language` (the interface's by default), else English, else the first one given."""
        chosen = dict(self.variants)
        for wanted in (language or formats().language, "en"):
            if wanted in chosen:
                return chosen[wanted]
        return self.variants[0][1] if self.variants else ""

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(language for language, _ in self.variants)


def plain(text: str) -> Text:
    return Text(((UNSTATED, text),)) if text else Text()


def read_text_value(value: Any) -> tuple[Text, list[str] | None]:
    """A YAML value as Text, with the mapping's entries that are not a language code with its text (the rest is
    kept); None for a value that is neither text nor a mapping."""
    if value is None:
        return Text(), []
    if isinstance(value, list):
        return Text(), None
    if not isinstance(value, dict):
        return plain(str(value).strip()), []
    variants, wrong = [], []
    for language, text in value.items():
        language = str(language).strip()
        if not _LANGUAGE.match(language) or isinstance(text, dict | list) or text is None:
            wrong.append(language)
        elif str(text).strip():
            variants.append((language, str(text).strip()))
    return Text(tuple(variants)), wrong

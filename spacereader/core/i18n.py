"""The interface's language, for the words and numbers the core puts on a page: the core marks its words for
Qt's translation tools and formats dates and numbers through whatever the window installed; without a window
(the command line, tests) everything stays English.

Words are marked where they are written, as literals, so `pyside6-lupdate` finds them: `translate("Page",
"Missions")`, or `QT_TRANSLATE_NOOP("Problem", "…")` for a text kept now and translated when shown. Placeholders
are `{name}`, filled with `.format()` after translating; a call to translate is never inside an f-string (lupdate
does not look there). lupdate reads plural forms only from Qt's own `self.tr(text, "", n)`: the core says a count
with two messages, one for 1 and one for more (`plural`), which is right for English and French."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

_MONTHS = "January February March April May June July August September October November December".split()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


def _english(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Formats:
    """Dates and numbers as the interface's locale writes them. This default is English (as in Britain:
    day month year); the window installs one made from QLocale."""

    language: str = "en"

    def date(self, value: date) -> str:
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"

    def month(self, year: int, month: int) -> str:
        return f"{_MONTHS[month - 1]} {year}"

    def number(self, value: int | float, decimals: int = 0) -> str:
        return f"{value:,.{decimals}f}"


_translator: Callable[..., str] = _english
_formats: Formats = Formats()


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def translate_marked(context: str, text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP where it was written, translated now that it is shown."""
    return _translator(context, text)


def plural(count: int, one: str, more: str) -> str:
    """`one` (already translated) for a single thing, else `more`, with `{count}` written in the locale's way."""
    return (one if count == 1 else more).format(count=_formats.number(count))


def formats() -> Formats:
    return _formats


def install(translator: Callable[..., str] | None, new_formats: Formats | None) -> None:
    """The window's translator (QCoreApplication.translate) and formats; None puts English back."""
    global _translator, _formats
    _translator = translator or _english
    _formats = new_formats or Formats()

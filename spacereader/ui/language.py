"""The interface's language: Qt's translators for our words and Qt's own, the locale for dates and numbers, and
the same for the words the core writes on pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from spacereader.core import i18n

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
LANGUAGES = {"en": "English", "fr": "Français"}  # each name in its own language, as a language menu shows it
_installed: list[QTranslator] = []


def chosen_language(setting: str) -> str:
    """The language a setting asks for; "" follows the system, and anything we have no words for is English."""
    code = setting or QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


class QtFormats(i18n.Formats):
    """Dates and numbers written by QLocale, for the core's pages."""

    def _locale(self) -> QLocale:
        return QLocale(self.language)

    def date(self, value: date) -> str:
        return self._locale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")

    def month(self, year: int, month: int) -> str:
        return self._locale().toString(QDate(year, month, 1), "MMMM yyyy")

    def number(self, value: int | float, decimals: int = 0) -> str:
        locale = self._locale()
        return locale.toString(float(value), "f", decimals) if decimals else locale.toString(int(round(value)))


def install_language(code: str) -> None:
    """Make `code` ("en", "fr") the interface's language for every window made from now on."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for name, folder in (("spacereader", str(TRANSLATIONS)),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{code}", folder):  # English has its own file too: its plural forms
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(code))
    i18n.install(QCoreApplication.translate, QtFormats(code))

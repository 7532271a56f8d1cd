"""The window in French and in English: menus, list, status bar, article header, problems and profiles; dates and
numbers as each locale writes them; the language switched from the View menu and remembered."""

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMenu, QWidget

from spacereader.core import i18n
from spacereader.core.settings import Settings, load_settings
from spacereader.paths import bundled_library
from spacereader.ui.app import reopen_in_language
from spacereader.ui.language import chosen_language, install_language
from spacereader.ui.main_window import MainWindow
from tests.helpers import article
from tests.ui.conftest import open_window

# Words the English window shows that a French one must not.
ENGLISH = ("Open Library", "Search titles", "All tags", "All astronauts", "All languages", "Any time", "Favourites",
           "Title", "Author", "Astronauts", "By ", "min read", "Read the full article", "has problems",
           "error:", "warning:", "front matter is not valid", "Back", "Forward", "&File", "&View", "Light Theme")


def visible_words(window) -> list[str]:
    """Every text the window puts on screen (menus included, and the page shown in the reader)."""
    texts = [window.windowTitle(), window.statusBar().currentMessage(), window.reader.toPlainText()]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QMenu):
            texts.append(widget.title())
            texts += [action.text() for action in widget.actions()]
        texts.append(widget.toolTip())
    model = window.articles.table.model()
    texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for combo in window.articles.facets.combos.values() if hasattr(window.articles, "facets") else ():
        texts += [combo.itemText(i) for i in range(combo.count())]
    return texts


@pytest.fixture
def french(qapp):
    install_language("fr")
    yield
    install_language("en")


@pytest.fixture
def library(tmp_path):
    article(tmp_path, "alpha.md", "Thomas Pesquet " + "mot " * 400,
            "title: Alpha\nauthor: Camille Laurent\ndate: 2024-05-12\nlang: fr\nfull_article: https://example.org/a")
    article(tmp_path, "broken.md", "x", "title: [unclosed")
    return tmp_path


def test_the_french_window_shows_no_english_word(qtbot, french, library):
    window = open_window(qtbot, library)
    window.show_article(library / "alpha.md")
    window.wait_for_page()
    said = "\n".join(visible_words(window))
    for word in ENGLISH:
        assert not re.search(rf"(?<![\w-]){re.escape(word)}", said), f"{word!r} in the French window"
    for word in ("Ouvrir une bibliothèque", "Rechercher", "Par Camille Laurent", "12 mai 2024", "min de lecture",
                 "Lire l’article complet", "Titre", "Mots-clés"):
        assert word in said


def test_a_problem_is_said_in_french_in_the_reader(qtbot, french, library):
    window = open_window(qtbot, library)
    window.show_article(library / "broken.md")
    window.wait_for_page()
    text = window.reader.toPlainText()
    assert "broken.md a des problèmes" in text
    assert "erreur : ligne 3 : l’en-tête n’est pas du YAML valide" in text


def test_a_profile_in_french_has_french_dates_and_numbers(qtbot, french):
    window = open_window(qtbot, bundled_library())
    window.show_profile("thomas-pesquet")
    window.wait_for_page()
    text = window.reader.toPlainText()
    assert "naissance : 27 février 1978" in text
    assert re.search(r"\d[\d\u202f\xa0]* abonnés \(", text) or "million d’abonnés" in text
    assert "born" not in text and "as of" not in text and "followers" not in text  # the profile in French too


def test_dates_and_numbers_follow_the_locale(qapp):
    install_language("fr")
    assert (i18n.formats().date(date(2024, 5, 1)), i18n.formats().number(241000)) == ("1 mai 2024", "241\u202f000")
    assert i18n.formats().number(1.1, 1) == "1,1"
    install_language("en")
    assert (i18n.formats().date(date(2024, 5, 1)), i18n.formats().number(241000)) == ("1 May 2024", "241,000")
    assert i18n.formats().number(1.1, 1) == "1.1"


def test_plural_forms_in_each_language(qtbot, library):
    window = open_window(qtbot, library)
    window.status.show_counts(window.library)
    assert window.status.count_label.text().startswith("2 articles")
    install_language("fr")
    window.status.show_counts(window.library)
    assert window.status.count_label.text().startswith("2 articles")
    assert "1 avec des problèmes" in window.status.count_label.text()


def test_the_language_menu_switches_and_is_remembered(qtbot, library):
    window = MainWindow(Settings(), persist=True)  # not qtbot's: the switch deletes it
    window.open_library(library, library / "alpha.md")
    window.wait_for_indexing()
    french_action = next(a for a in window.commands.languages.actions() if a.data() == "fr")
    replacements = []
    window.language_chosen.connect(lambda code: replacements.append(reopen_in_language(window, code)))
    french_action.trigger()
    new = replacements[0]
    qtbot.addWidget(new)
    new.wait_for_page()
    assert load_settings().language == "fr"
    assert "Par Camille Laurent" in new.reader.toPlainText()  # the same article, now in French
    assert [m.title() for m in new.menuBar().findChildren(QMenu)][:1] == ["&Fichier"]
    new.close()


def test_the_system_language_is_followed_unless_one_is_chosen(monkeypatch):
    assert chosen_language("fr") == "fr"
    assert chosen_language("xx") == "en"  # a language we have no words for
    assert chosen_language("") in ("en", "fr")
    assert QApplication.instance() is not None

"""Writing statistics: words, reading time, headings, links, and a reading ease that knows English and French."""

from __future__ import annotations

from spacereader.core.articles import load_article
from spacereader.core.writing import reading_ease, writing_stats
from tests.helpers import article


def test_counts_words_headings_and_links_but_not_images(tmp_path):
    path = article(tmp_path, "a.md", "## One\n\nThe crew [rose](https://a.org) at dawn.\n\n## Two\n\n![Earth](e.png)\n",
                   "title: T\nlang: en")
    stats = writing_stats(load_article(path))
    # the headings and the alt text are words a reader reads
    assert (stats.words, stats.minutes, stats.headings, stats.links) == (8, 1, 2, 1)


def test_short_plain_sentences_read_easier_than_long_learned_ones():
    easy = reading_ease("The cat sat. The dog ran. We had fun.", "en")
    hard = reading_ease("Extravehicular activities necessitate comprehensive, meticulously coordinated "
                        "preparations involving international organisations.", "en")
    assert easy > 80 > 20 > hard


def test_french_has_its_own_formula_and_syllables():
    easy = reading_ease("Le chat dort. Il fait beau. On va voir la mer.", "fr")
    hard = reading_ease("L'internationalisation des télécommunications spatiales nécessite une "
                        "coordination interinstitutionnelle particulièrement rigoureuse.", "fr")
    assert easy > 80 > 20 > hard
    assert reading_ease("Le chat dort.", "fr-CA") == reading_ease("Le chat dort.", "fr")


def test_no_score_without_a_known_language_or_words():
    assert reading_ease("Der Hund schläft.", "de") is None
    assert reading_ease("", "en") is None
    assert reading_ease("Some words.", "") is None

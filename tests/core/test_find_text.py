"""Find in page, as the core finds: the same folding as the library search, spans of the page's own text."""

from spacereader.core.findtext import FoldedText, utf16_spans
from spacereader.core.searchtext import query_words


def found(text: str, query: str, **options) -> list[str]:
    return [text[start:end] for start, end in FoldedText.of(text).find(query, **options)]


def test_every_match_is_found_whatever_its_case_and_accents():
    text = "Espacé, l’espace et L'ESPACE : l'espace."
    assert found(text, "espace") == ["Espacé", "espace", "ESPACE", "espace"]
    assert found(text, "ESPACÉ") == ["Espacé", "espace", "ESPACE", "espace"]


def test_an_apostrophe_matches_either_kind():
    assert found("l’orbite puis l'orbite", "l'orbite") == ["l’orbite", "l'orbite"]


def test_matches_do_not_overlap_and_come_in_order():
    assert FoldedText.of("aaaa").find("aa") == [(0, 2), (2, 4)]


def test_spans_stay_true_when_folding_changes_the_length():
    text = "Straße ﬁnale, Straße"  # ß folds to ss, the ligature ﬁ to fi
    assert found(text, "strasse") == ["Straße", "Straße"]
    assert found(text, "finale") == ["ﬁnale"]


def test_nothing_is_found_for_an_empty_query_or_in_an_empty_text():
    assert FoldedText.of("text").find("") == []
    assert FoldedText.of("").find("x") == []


def test_word_start_skips_matches_inside_a_word():
    assert found("station, Spacestation, stations", "station", word_start=True) == ["station", "station"]


def test_a_library_query_shows_its_words_and_phrases_where_the_page_has_them():
    text = "Thomas Pesquet aboard the station. Pesquet's photos of l’espace."
    spans = FoldedText.of(text).find_words('pesquet "the station" l’espace')
    assert [text[s:e] for s, e in spans] == ["Pesquet", "the station", "Pesquet", "espace"]
    assert query_words('l’espace "  la   lune " x') == ["espace", "la lune", "x"]


def test_positions_count_as_qt_counts_them_past_an_emoji():
    text = "🚀 launch 🚀 launch"
    spans = FoldedText.of(text).find("launch")
    assert utf16_spans(text, spans) == [(3, 9), (13, 19)]
    assert utf16_spans("é launch", [(2, 8)]) == [(2, 8)]

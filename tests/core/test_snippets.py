"""A result's snippet: the words around its matches, found as the index finds them (prefix, no case, no accents)."""

from spacereader.core.searchtext import HIT_END, HIT_START
from spacereader.core.snippets import snippet

TEXT = ("Le 12 avril, l’équipage a partagé une photo de la Station spatiale internationale en orbite basse. Les "
        "astronautes à bord de la\nstation préparent une sortie dans l'espace. Plus tard, l'orbiteur a rejoint une "
        "orbite plus haute, au-dessus de la Terre.")


def marked(text: str) -> list[str]:
    return [part.split(HIT_END)[0] for part in text.split(HIT_START)[1:]]


def test_a_prefix_marks_the_whole_word_whatever_its_case_and_accents():
    assert marked(snippet([TEXT], "EQUIP")) == ["équipage"]
    assert marked(snippet([TEXT], "terre")) == ["Terre"]


def test_a_word_is_matched_at_its_start_only():
    assert snippet([TEXT], "quipage") == ""


def test_a_phrase_is_marked_whole_across_a_line_break_and_the_snippet_is_one_line():
    found = snippet([TEXT], '"à bord de la station"')
    assert marked(found) == ["à bord de la station"] and "\n" not in found


def test_the_place_with_most_of_the_query_words_is_chosen_and_cut_with_ellipses():
    found = snippet([TEXT], "orbite haute")
    assert marked(found) == ["orbiteur", "orbite", "haute"]  # not the first "orbite", which has no "haute" near
    assert found.startswith("…") and found.endswith("…")
    assert len(found.split()) <= 16


def test_the_start_of_a_text_has_no_leading_ellipsis():
    assert snippet([TEXT], "avril").startswith("Le 12 " + HIT_START)


def test_a_word_missing_from_the_text_does_not_keep_the_others_from_showing():
    assert marked(snippet([TEXT], "zorglub sortie")) == ["sortie"]


def test_the_first_text_holding_a_match_gives_the_snippet():
    assert marked(snippet(["", "Nothing to see here.", "A summary about the Moon."], "moon")) == ["Moon"]
    assert snippet(["Nothing to see here.", "Nor here."], "moon") == ""


def test_a_phrase_is_found_across_punctuation_as_the_index_finds_it():
    assert marked(snippet(["They reached the station, then slept."], '"station then"')) == ["station, then"]
    assert marked(snippet(["Mission control’s countdown began."], "control’s countdown")) == ["control’s", "countdown"]


def test_a_word_too_short_to_be_a_prefix_is_marked_whole_only():
    assert marked(snippet(["Le lancement de la fusée."], "la fusée")) == ["la", "fusée"]


def test_a_match_deep_in_a_long_text_is_found_and_shown_with_its_neighbours():
    text = "filler words here. " * 20_000 + "The cupola window faced Earth."
    found = snippet([text], "cupola")
    assert marked(found) == ["cupola"] and "window faced Earth" in found

"""A problem's line is found on the page by its words, and the block in view leads back to its line."""

from __future__ import annotations

from spacereader.core.document import read_document
from spacereader.core.sourcelines import line_of_text, texts_to_find, visible_text

BODY = "## Launch *day*\n\nThe rocket [rose](https://a.org) at dawn.\n\n![](x.png)\n\n- a **list** item here\n"


def test_visible_text_is_the_words_without_marks():
    assert visible_text("## Launch *day*") == "Launch day"
    assert visible_text("- a **list** item here") == "a list item here"
    assert visible_text("1. First `step`") == "First step"


def test_a_line_without_words_is_found_by_the_lines_before_it_up_to_its_heading():
    document = read_document(BODY)
    assert texts_to_find(document, 2) == ("Launch day", ["The rocket rose at dawn.", "Launch day"])
    assert texts_to_find(document, 4) == ("Launch day", ["The rocket rose at dawn.", "Launch day"])
    assert texts_to_find(read_document("Before any heading.\n"), 0) == (None, ["Before any heading."])


def test_the_block_in_view_leads_back_to_its_line():
    document = read_document(BODY)
    assert line_of_text(document, "The rocket rose at dawn.") == 2
    assert line_of_text(document, "a list item here") == 6
    assert line_of_text(document, "not in the article") is None

"""Calmer links: an astronaut is a link at the first mention in each section (from one heading to the next), the
other mentions plain text; a setting makes every mention a link again. The header's list links them all."""

import re

from spacereader.core.library import load_library
from spacereader.core.pages import article_page
from tests.helpers import write

BODY = """Scott Kelly flew for a year. Kelly posted daily, and *Kelly* answered questions.

> Kelly said the station was home.

## Back on Earth

Kelly came home. Chris Hadfield had sung; Kelly wrote a book, and so did Hadfield.

### Later

Kelly retired.
"""


def page(tmp_path, every_mention=False) -> str:
    path = write(tmp_path / "kelly.md", "---\ntitle: A year\n---\n" + BODY)
    library = load_library(tmp_path)
    article = library.article(path)
    return article_page(article, library.profiles_of(article), library.matcher, every_mention=every_mention)


def body_links(html: str, profile_id: str) -> list[str]:
    body = html.split("<hr>", 1)[1]  # after the header, which lists every astronaut once
    return re.findall(rf'<a class="astronaut" href="astronaut:{profile_id}">([^<]*)</a>', body)


def test_an_astronaut_is_linked_at_the_first_mention_of_each_section(tmp_path):
    html = page(tmp_path)
    assert body_links(html, "scott-kelly") == ["Scott Kelly", "Kelly", "Kelly"]  # intro, Back on Earth, Later
    assert body_links(html, "chris-hadfield") == ["Chris Hadfield"]


def test_the_other_mentions_stay_in_the_text_as_plain_words(tmp_path):
    html = re.sub(r"</?span>", "", page(tmp_path))  # a mention no longer linked is a bare span: no look of its own
    assert "Kelly posted daily" in html and "<em>Kelly</em>" in html  # not dropped, not a link
    assert "and so did Hadfield." in html


def test_the_setting_links_every_mention(tmp_path):
    html = page(tmp_path, every_mention=True)
    assert len(body_links(html, "scott-kelly")) == 7
    assert len(body_links(html, "chris-hadfield")) == 2


def test_the_header_still_links_every_astronaut_of_the_article(tmp_path):
    header = page(tmp_path).split("<hr>", 1)[0]
    assert 'href="astronaut:scott-kelly"' in header and 'href="astronaut:chris-hadfield"' in header


def test_header_tags_and_author_link_to_the_library_filter(tmp_path):
    path = write(tmp_path / "a.md", "---\ntitle: T\nauthor: Camille Laurent\ntags: [réseaux sociaux, ISS]\n---\nText.\n")
    library = load_library(tmp_path)
    header = article_page(library.article(path), [], library.matcher).split("<hr>", 1)[0]
    assert 'href="filter:tag/r%C3%A9seaux%20sociaux"' in header and 'href="filter:tag/ISS"' in header
    assert '<a class="author" href="filter:author/Camille%20Laurent">Camille Laurent</a>' in header
    exported = article_page(library.article(path), [], library.matcher, for_export=True).split("<hr>", 1)[0]
    assert "filter:" not in exported  # a page outside the app has no library to filter


def test_a_filter_link_names_a_tag_or_an_author_and_nothing_else():
    from spacereader.core.links import LinkKind, classify, filter_href, filter_of

    target = classify(filter_href("tag", "réseaux sociaux/ISS"))
    assert target.kind is LinkKind.FILTER and filter_of(target.value) == ("tag", "réseaux sociaux/ISS")
    for href in ("filter:", "filter:lang/fr", "filter:tag", "filter:tag/x?y=1"):
        assert classify(href).kind is LinkKind.REFUSED

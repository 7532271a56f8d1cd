"""A saved full article is searched with the article that links to it: when the index first reads the article, when
the article changes, and from the moment a copy is saved or deleted."""

import os

from spacereader.core.index import indexed_library
from spacereader.core.saved import SavedCopies
from tests.helpers import article

URL = "https://orbit.example.org/selfie"


def keep(text: str) -> None:
    SavedCopies().keep(URL, URL, title="T", author="", date="", html=f"<p>{text}</p>", text=text)


def found(root, query: str) -> list[str]:
    _, index = indexed_library(root)
    try:
        return [hit.path.name for hit in index.search(query)]
    finally:
        index.close()


def test_an_article_read_after_its_copy_was_saved_is_found_by_the_copy(tmp_path):
    keep("the seven windows of the cupola")
    article(tmp_path, "selfie.md", "Short.", f"title: Selfie\nfull_article: {URL}")
    article(tmp_path, "other.md", "Short.", "title: Other")
    assert found(tmp_path, "cupola") == ["selfie.md"]


def test_a_copy_saved_or_deleted_later_is_searched_from_then_on(tmp_path):
    path = article(tmp_path, "selfie.md", "Short.", f"title: Selfie\nfull_article: {URL}")
    assert found(tmp_path, "cupola") == []
    keep("the seven windows of the cupola")
    library, index = indexed_library(tmp_path)
    index.refresh_saved([URL])
    assert [h.path.name for h in index.search("cupola")] == ["selfie.md"]
    os.utime(path, ns=(1, 1))  # the article changes: read again, its copy with it
    index.update()
    assert [h.path.name for h in index.search("cupola")] == ["selfie.md"]
    SavedCopies().delete(URL)
    index.refresh_saved([URL])
    assert index.search("cupola") == []
    index.close()

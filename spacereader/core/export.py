"""Saving an article as a standalone HTML page, somewhere that is never an article."""

from __future__ import annotations

from pathlib import Path

from spacereader.core.articles import Article, is_article_file
from spacereader.core.library import Library
from spacereader.core.pages import standalone_page


class ExportRefused(ValueError):
    """The chosen file is an article: SpaceReader never writes to articles."""


def exported_page(library: Library, article: Article) -> str:
    return standalone_page(article, library.profiles_in(article), library.matcher, library.root, library.notes)


def export_article(library: Library, article: Article, out: Path) -> None:
    """Raises ExportRefused for an article's name, OSError when the file cannot be written."""
    if is_article_file(out) or is_article_file(_resolved(out)) or (out.exists() and out.samefile(article.path)):
        raise ExportRefused(f"{out.name} is a Markdown article; SpaceReader never writes to articles. Choose an .html name")
    out.write_text(exported_page(library, article), encoding="utf-8")


def _resolved(out: Path) -> Path:
    """Where writing to out lands: a link named .html may lead to an article."""
    try:
        return out.resolve()
    except (OSError, RuntimeError):  # a loop of links: writing will fail on its own
        return out

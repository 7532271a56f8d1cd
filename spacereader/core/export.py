"""Saving an article as a standalone HTML page, somewhere that is never an article."""

from __future__ import annotations

from pathlib import Path

from spacereader.core.articles import Article, is_article_file
from spacereader.core.embed import embed_images
from spacereader.core.library import Library
from spacereader.core.pages import standalone_page


class ExportRefused(ValueError):
    """The chosen file is an article: SpaceReader never writes to articles."""


def exported_page(library: Library, article: Article, link_images: bool = False) -> str:
    """Self-contained, the library's images inside it; with `link_images`, they stay links relative to the article."""
    page = standalone_page(article, library.profiles_in(article), library.matcher, library.root, library.notes)
    return page if link_images else embed_images(page, article.path.parent, library.root)


def export_article(library: Library, article: Article, out: Path, link_images: bool = False) -> None:
    """Raises ExportRefused for an article's name, OSError when the file cannot be written."""
    refuse_articles(out, article.path, "Choose an .html name")
    out.write_text(exported_page(library, article, link_images), encoding="utf-8")


def refuse_articles(out: Path, article: Path, hint: str) -> None:
    """ExportRefused if writing to `out` would write to an article (by its name, a link, or the article itself)."""
    if is_article_file(out) or is_article_file(_resolved(out)) or (out.exists() and out.samefile(article)):
        raise ExportRefused(f"{out.name} is a Markdown article; SpaceReader never writes to articles. {hint}")


def _resolved(out: Path) -> Path:
    """Where writing to out lands: a link named .html may lead to an article."""
    try:
        return out.resolve()
    except (OSError, RuntimeError):  # a loop of links: writing will fail on its own
        return out

"""Heading anchors: the ids Python-Markdown's toc gives headings, so a `#link` made for the author's site works
here too; read by the one Markdown reading and by the page's tree."""

from __future__ import annotations


def slugify(text: str) -> str:
    from markdown.extensions.toc import slugify as toc_slugify  # the ids toc gives, as authors' sites do

    return toc_slugify(text, "-")


class Anchors:
    """The ids a page's headings have taken: a taken one gets `_1`, `_2`… as toc gives them, in time that does not
    grow with how many headings share it (toc's own loop would take minutes over 100,000)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self._next: dict[str, int] = {}

    def claim(self, anchor: str) -> str:
        if anchor and anchor not in self._taken:
            self._taken.add(anchor)
            return anchor
        number = self._next.get(anchor, 1)
        while f"{anchor}_{number}" in self._taken:
            number += 1
        self._next[anchor] = number + 1
        self._taken.add(f"{anchor}_{number}")
        return f"{anchor}_{number}"

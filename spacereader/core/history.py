"""Back and forward across the pages a reader visited, as a browser does."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    kind: str  # "article" or "profile"
    key: str  # the article's path or the profile's id


class History:
    def __init__(self) -> None:
        self._pages: list[Location] = []
        self._index = -1

    @property
    def current(self) -> Location | None:
        return self._pages[self._index] if self._pages else None

    def visit(self, location: Location) -> None:
        if location == self.current:
            return
        del self._pages[self._index + 1:]  # a new visit drops the forward pages
        self._pages.append(location)
        self._index = len(self._pages) - 1

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._pages) - 1

    def back(self) -> Location | None:
        if self.can_go_back():
            self._index -= 1
        return self.current

    def forward(self) -> Location | None:
        if self.can_go_forward():
            self._index += 1
        return self.current

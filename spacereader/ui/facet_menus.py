"""The facet menus above the list (tag, astronaut, language, years): what the reader chose, and the choices with
how many articles each would keep."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from spacereader.core.browse import fold
from spacereader.core.facets import FACETS, FacetCounts, Filters
from spacereader.core.i18n import formats
from spacereader.core.library import Library


class FacetMenus(QObject):
    changed = Signal()  # the reader chose another value in a menu

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.combos = {facet: QComboBox(parent) for facet in FACETS}
        for facet, combo in self.combos.items():
            # The menus share the row and shrink with it: they must not widen the library at the reader's cost.
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("All tags…") + 30)
            combo.setToolTip(self._labels(facet)[1])
            combo.setAccessibleName(self._labels(facet)[2])
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached by Tab in every style, not only by a click
            combo.activated.connect(self.changed)

    def _labels(self, facet: str) -> tuple[str, str, str]:
        """The "all" choice, the tooltip, and the menu's name for a screen reader."""
        return {
            "tag": (self.tr("All tags"), self.tr("Only articles with this tag"), self.tr("Tag")),
            "astronaut": (self.tr("All astronauts"), self.tr("Only articles that mention this astronaut"),
                          self.tr("Astronaut")),
            "lang": (self.tr("All languages"), self.tr("Only articles in this language"), self.tr("Language")),
            "year": (self.tr("Any time"), self.tr("Only articles from these years"), self.tr("Years")),
        }[facet]

    def choose(self, facet: str, value: object) -> None:
        """Keep only the articles with this value, as if the reader had chosen it in the menu."""
        combo = self.combos[facet]
        if combo.findData(value) < 0:
            combo.addItem(str(value), value)  # not counted yet: the next listing gives it its count
        combo.setCurrentIndex(combo.findData(value))
        self.changed.emit()

    def filters(self) -> Filters:
        values = {facet: combo.currentData() for facet, combo in self.combos.items()}
        year_from, year_to = values["year"] or (None, None)
        return Filters(values["tag"] or "", values["astronaut"] or "", values["lang"] or "", year_from, year_to)

    def fill(self, counts: FacetCounts, library: Library) -> None:
        def name(profile_id: str) -> str:
            profile = library.book.get(profile_id)
            return profile.name if profile else profile_id

        self._fill("tag", _counted(counts.tag, str), str)
        self._fill("astronaut", _counted(counts.astronaut, name), name)
        self._fill("lang", _counted(counts.lang, str.upper), str.upper)
        self._fill("year", _year_choices(counts.year), lambda span: f"{span[0]}–{span[1]}")

    def _fill(self, facet: str, choices: list[tuple[str, object]], label: Callable[[object], str]) -> None:
        """A facet menu's choices as (text, value); what the reader chose stays, even if nothing matches now."""
        combo = self.combos[facet]
        chosen = combo.currentData()
        combo.blockSignals(True)  # its own signals: filling is not choosing
        combo.clear()
        combo.addItem(self._labels(facet)[0], None)
        for text, value in choices:
            combo.addItem(text, value)
        if chosen is not None and combo.findData(chosen) < 0:
            combo.addItem(f"{label(chosen)}  ({formats().number(0)})", chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)


def _counted(counts, label: Callable[[object], str]) -> list[tuple[str, object]]:
    """Most articles first, then by name."""
    ordered = sorted(counts.items(), key=lambda item: (-item[1], fold(label(item[0]))))
    return [(f"{label(value)}  ({formats().number(count)})", value) for value, count in ordered]


def _year_choices(counts) -> list[tuple[str, tuple[int, int]]]:
    """Each decade, then its years, newest first: a range is one choice."""
    choices = []
    for decade in sorted({year // 10 * 10 for year in counts}, reverse=True):
        years = sorted((y for y in counts if decade <= y < decade + 10), reverse=True)
        choices.append((f"{decade}–{decade + 9}  ({formats().number(sum(counts[y] for y in years))})", (decade, decade + 9)))
        choices += [(f"    {year}  ({formats().number(counts[year])})", (year, year)) for year in years]
    return choices

"""View › Typography…: the reader's font, text size, line width and line spacing, applied as they change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
)

from spacereader.core.typography import SANS, SERIF, SIZE, SPACING, WIDTH, Typography

_CHOSEN = "chosen"  # the family kind for a font of the user's own choice


class TypographyPanel(QDialog):
    changed = Signal(object)  # a Typography, as the reader should set its text now

    def __init__(self, typography: Typography, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Typography"))
        self.family_kind = QComboBox(self)
        self.family_kind.addItem(self.tr("Serif"), SERIF)
        self.family_kind.addItem(self.tr("Sans serif"), SANS)
        self.family_kind.addItem(self.tr("A font of your choice"), _CHOSEN)
        self.font_choice = QFontComboBox(self)
        self.text_size = self._spin(SIZE, 10, self.tr(" %"))
        self.line_width = self._spin(WIDTH, 5, self.tr(" characters"))
        self.line_spacing = self._spin(SPACING, 10, self.tr(" %"))
        names = {self.family_kind: self.tr("Font"), self.font_choice: self.tr("Chosen font"),
                 self.text_size: self.tr("Text size"), self.line_width: self.tr("Line width"),
                 self.line_spacing: self.tr("Line spacing")}
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self._lay_out(names)
        self.show_typography(typography)
        for signal in (self.family_kind.activated, self.font_choice.currentFontChanged, self.text_size.valueChanged,
                       self.line_width.valueChanged, self.line_spacing.valueChanged):
            signal.connect(self._changed)

    def _spin(self, limits: tuple[int, int, int], step: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self, minimum=limits[0], maximum=limits[1], singleStep=step, suffix=suffix)
        spin.setKeyboardTracking(False)  # typing "150" is one change, not three
        return spin

    def _lay_out(self, names: dict) -> None:
        form = QFormLayout()
        for widget, name in names.items():
            form.addRow(self.tr("{name}:").format(name=name), widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.rejected.connect(self.close)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self._reset())
        defaults.setAccessibleName(self.tr("Restore the default typography"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def show_typography(self, typography: Typography) -> None:
        """The widgets set to a typography, without announcing it as a change."""
        widgets = (self.family_kind, self.font_choice, self.text_size, self.line_width, self.line_spacing)
        for widget in widgets:
            widget.blockSignals(True)
        chosen = typography.family not in (SERIF, SANS)
        self.family_kind.setCurrentIndex(self.family_kind.findData(_CHOSEN if chosen else typography.family))
        if chosen:
            self.font_choice.setCurrentFont(QFont(typography.family))
        self.font_choice.setEnabled(chosen)
        self.text_size.setValue(typography.size)
        self.line_width.setValue(typography.width)
        self.line_spacing.setValue(typography.spacing)
        for widget in widgets:
            widget.blockSignals(False)

    def typography(self) -> Typography:
        kind = self.family_kind.currentData()
        family = self.font_choice.currentFont().family() if kind == _CHOSEN else kind
        return Typography(family, self.text_size.value(), self.line_width.value(), self.line_spacing.value())

    def _changed(self) -> None:
        self.font_choice.setEnabled(self.family_kind.currentData() == _CHOSEN)
        self.changed.emit(self.typography())

    def _reset(self) -> None:
        self.show_typography(Typography())
        self._changed()

"""A field whose grey hint is shown whole or not at all: Qt cuts a placeholder that is wider
than its field without a "…" ("le total du TPE ; vide : comme"), which reads as a different
sentence. A larger text size or a longer language on a small till leaves some fields too
narrow for their hint: there it goes to the tooltip and the accessible description, which
always hold it whole."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit

MARGINS = 8  # the frame's and the text's margins, both sides


class HintField(QLineEdit):
    def __init__(self, hint: str = "", parent=None):
        super().__init__(parent)
        self.hint = ""
        self.set_hint(hint)

    def set_hint(self, hint: str) -> None:
        self.hint = hint
        self.setToolTip(hint)
        if not self.accessibleName():  # a screen reader's name for it, whatever its width
            self.setAccessibleName(hint)
        self.setAccessibleDescription(hint)
        self._follow()

    def fits(self) -> bool:
        room = self.contentsRect().width() - MARGINS
        return QFontMetrics(self.font()).horizontalAdvance(self.hint) <= room

    def _follow(self) -> None:
        shown = self.hint if self.fits() else ""
        if self.placeholderText() != shown:
            self.setPlaceholderText(shown)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._follow()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._follow()

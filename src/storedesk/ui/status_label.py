"""A status bar word that gives way on a small till: at 1024 px a German or French status bar
needs more room than the screen has, and the window must never be wider than the screen.

What a clerk must read whole (who is signed in, the station, the shift, the events waiting
or rejected) keeps its width; the rest (the network's detail, the last sync) may shrink to a
few letters and ends with "…". Shortened, the whole sentence is its tooltip and
its accessible name: a screen reader and a pointing finger still get all of it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel

SHORTEST = "○ Offl…"  # what a shrinking word keeps at least: the network's sign and a start


class StatusLabel(QLabel):
    """A one-line label that may shrink (`shrinks`): drawn cut with "…" and its whole text as
    the tooltip. `text()` stays the whole sentence; `shown()` is what the screen draws."""

    def __init__(self, shrinks: bool = False, parent=None):
        super().__init__("", parent)
        self._shrinks = shrinks
        self._tip = ""  # a tooltip of its own (the events': why they were rejected)

    # ---- what it says, and whether it may give way --------------------------------------
    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._follow()

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt's name)
        self._tip = tip
        self._follow()

    def shown(self) -> str:
        """The text as drawn at the label's width: the whole text, or its start and "…"."""
        room = self._room()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def elided(self) -> bool:
        return self.shown() != self.text()

    # ---- size and drawing ---------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        whole = super().minimumSizeHint()
        if not self._shrinks:
            return whole
        least = self.fontMetrics().horizontalAdvance(SHORTEST) + self._chrome() + 4  # "…" drawn apart
        return QSize(min(whole.width(), least), whole.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._follow()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.elided():
            super().paintEvent(event)
            return
        # the background (a fault's red) is the style sheet's, painted before this: only the text
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.style().drawItemText(
            painter, rect, int(align), self.palette(), self.isEnabled(), self.shown(), self.foregroundRole()
        )

    def _chrome(self) -> int:
        """What surrounds the text: the contents margins, the frame and the margin."""
        cm = self.contentsMargins()
        return cm.left() + cm.right() + 2 * self.frameWidth() + 2 * self.margin()

    def _room(self) -> int:
        return max(0, self.contentsRect().width() - 2 * self.margin())

    def _follow(self) -> None:
        """The tooltip and accessible name say the whole text whenever the screen shows less."""
        whole = self.text()
        if self.elided():
            super().setToolTip(f"{whole}\n{self._tip}" if self._tip else whole)
            self.setAccessibleName(whole)
        else:
            super().setToolTip(self._tip)
            self.setAccessibleName("")

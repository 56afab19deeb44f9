"""The shift screen's side column: the open shift's figures (X) or the Z just closed, and the
card terminal's total typed right under the card's figure.

Each figure is a row of its own, its caption on the left and its amount on the right: a short
caption leaves its amount the rest of the row ("Difference  0,00 € (exact)" whole in large
type), a long one wraps first. Only when a row has no room left does its amount shrink, and
it never gets cut. So the column can give up width to the drawer count at a larger text size
(125 %, 150 %) and still show every figure whole on a small till."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..i18n import noop
from . import theme
from .hint_field import HintField
from .palette import ACCENT_BLUE, INK
from .sale.totals import FitLabel
from .style import BASE_PX, look, scaled, text_size
from .translation import tr

FIGURES = [
    ("sales", noop("shift", "Sales")),
    ("float", noop("shift", "Opening float")),
    ("cash", noop("shift", "+ Cash sales (net of change)")),
    ("paid_in", noop("shift", "+ Paid in")),
    ("paid_out", noop("shift", "− Paid out")),
    ("expected", noop("shift", "= Expected in the drawer")),
    ("counted", noop("shift", "Counted")),
    ("difference", noop("shift", "Difference")),
    ("card", noop("shift", "Card: expected / counted")),
]
LARGE = ("expected", "difference")  # the figures a manager looks for first: large and bold
LARGE_PX = 26  # their type at the standard text size


def ink(label: QWidget, colour: str) -> None:
    """A label's text colour (palette.py's name, in the station's theme), its font untouched:
    a figure that fits its row keeps the size it was fitted to."""
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, QColor(theme.colour(colour)))
    label.setPalette(pal)


class Figure(FitLabel):
    """An amount that asks for its whole width in its own type, and makes do with less by
    shrinking (down to `least_px`), never by being cut."""

    def __init__(self, full_px: int, bold: bool = False, least_px: int | None = None):
        super().__init__("–", full_px, least_px or scaled(12))
        font = self.font()
        font.setBold(bold)
        font.setPixelSize(full_px)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _width_at(self, px: int) -> int:
        font = self._full_font()
        font.setPixelSize(px)
        m = self.contentsMargins()
        return QFontMetrics(font).horizontalAdvance(self.text()) + m.left() + m.right() + 2

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._width_at(self.full_px), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._width_at(self.least_px), super().sizeHint().height())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.updateGeometry()  # a longer amount asks its row for more room


class FiguresPanel(QFrame):
    """Title, why the figures are hidden (a clerk counts blind), the figures, the card terminal's
    total, and the last report made on this screen."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        if text_size() > 100:
            box.setSpacing(2)  # twelve rows in the larger type: the screen still fits a small till
        self.title = QLabel("")
        self.title.setWordWrap(True)
        look(self.title, 18, True, ACCENT_BLUE)
        box.addWidget(self.title)
        # Why the figures are hidden, said once, in the approval dialog's own words
        self.blind = QLabel("")
        self.blind.setObjectName("totalCaption")
        self.blind.setWordWrap(True)
        self.blind.hide()
        box.addWidget(self.blind)
        self.fig: dict[str, Figure] = {}
        for key, caption in FIGURES:
            cap = QLabel(tr("shift", caption))
            cap.setObjectName("totalCaption")
            cap.setWordWrap(True)  # a long caption takes two lines before its amount shrinks
            large = key in LARGE
            value = Figure(scaled(LARGE_PX) if large else scaled(BASE_PX), bold=large, least_px=scaled(BASE_PX))
            if large:
                ink(value, INK)
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(cap, 1)
            row.addWidget(value)
            box.addLayout(row)
            self.fig[key] = value
        self.card_label = QLabel(tr("shift", "Card terminal total"))
        self.card = HintField()
        self.card.setAccessibleName(self.card_label.text())
        self.card.set_hint(tr("shift", "the card terminal's total; empty: as expected"))
        card_row = QHBoxLayout()
        card_row.setSpacing(8)
        card_row.addWidget(self.card_label)
        card_row.addWidget(self.card, 1)
        box.addLayout(card_row)
        self.last = QLabel(tr("shift", "Last report: none yet"))
        self.last.setObjectName("totalCaption")
        self.last.setWordWrap(True)
        box.addWidget(self.last)
        box.addStretch(1)

    def clear(self) -> None:
        """No figures to show: a dash for each."""
        for label in self.fig.values():
            label.setText("–")
        ink(self.fig["difference"], INK)

"""The drawer count: one field per note and coin (pieces), its amount beside it, the total.
Notes on the left, coins on the right; Enter goes to the next field, also from an empty one
(empty counts 0), so the next count typed lands where the clerk thinks. The field being typed
is marked: yellow, with its denomination in bold blue and an arrow."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import get_decimal_symbol
from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.cash import CashCount, count_cash, denominations
from ..domain.errors import DomainError
from ..i18n import noop
from ..i18n.formats import store_locale
from .ops import message_of
from .palette import ACCENT_BLUE, FOCUS_YELLOW, WHITE
from .sale.totals import FitLabel
from .style import BASE_PX, scaled
from .translation import tr
from .widgets import money

FOCUS_BASE, FOCUS_INK = FOCUS_YELLOW, ACCENT_BLUE  # the field being typed: yellow; its label: blue


def face(d: Decimal, currency: str) -> str:
    """€50 for a note, €0.50 for a coin ("50 €", "0,50 €" in French)."""
    text = money(d, currency)
    cents = get_decimal_symbol(store_locale()) + "00"
    return text.replace(cents, "", 1) if d == d.to_integral_value() else text


class CashCountPanel(QWidget):
    changed = Signal()

    def __init__(self, currency: str, parent=None):
        super().__init__(parent)
        self.currency = currency
        self.fields: dict[Decimal, QLineEdit] = {}
        self.amounts: dict[Decimal, QLabel] = {}
        self.labels: dict[Decimal, QLabel] = {}
        self.current: Decimal | None = None  # the denomination being typed
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)  # eight rows of touch-sized fields: the shift screen fits 768 px
        denoms = denominations(currency)
        groups = (
            (0, noop("cash", "Notes"), [d for d in denoms if d >= 5]),
            (4, noop("cash", "Coins"), [d for d in denoms if d < 5]),
        )
        for col, heading, group in groups:
            for i, text in enumerate((heading, noop("cash", "Pieces"), noop("cash", "Amount"))):
                head = QLabel(tr("cash", text))
                head.setObjectName("totalCaption")
                head.setAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    if i != 1
                    else Qt.AlignmentFlag.AlignCenter
                )
                grid.addWidget(head, 0, col + i)
            for row, d in enumerate(group, start=1):
                label = QLabel(face(d, currency))
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                bold = QFont(label.font())
                bold.setBold(True)  # room for the marked form: the grid never shifts
                label.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(f"▶ {face(d, currency)}") + 4)
                field = QLineEdit()
                # digits only, and empty is a complete answer: a QIntValidator held back the
                # Enter of an empty field (Intermediate), so the focus stayed put
                field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), field))
                field.setPlaceholderText("0")
                field.setAlignment(Qt.AlignmentFlag.AlignRight)
                field.setMaximumWidth(100)
                field.setAccessibleName(tr("cash", "pieces of {face}", face=face(d, currency)))
                field.textChanged.connect(self._changed)
                field.installEventFilter(self)
                amount = QLabel("")
                amount.setMinimumWidth(100)
                amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(label, row, col)
                grid.addWidget(field, row, col + 1)
                grid.addWidget(amount, row, col + 2)
                self.fields[d] = field
                self.amounts[d] = amount
                self.labels[d] = label
        grid.setColumnMinimumWidth(3, 36)  # air between notes and coins
        order = [self.fields[d] for d in denoms]
        for a, b in zip(order, order[1:] + order[:1], strict=True):
            a.returnPressed.connect(b.setFocus)
        # the total in large type, smaller rather than cut when long ("Wechselgeld-Bestand 1.234,50 €")
        self.total = FitLabel("", scaled(24), least_px=scaled(BASE_PX))
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = QFont(self.total.font())
        font.setBold(True)
        self.total.setFont(font)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(grid)
        notes, coins = (group for _col, _heading, group in groups)
        if len(notes) < len(coins):  # under the notes, beside the last coins: the screen fits 768 px
            grid.addWidget(self.total, len(coins), 0, 1, 3)
        else:
            box.addWidget(self.total)
        self.caption = tr("cash", "Counted")
        self._plain_field = QPalette(self.first().palette())
        self._plain_label = QPalette(self.labels[denoms[0]].palette())
        self._changed()

    def eventFilter(self, obj, event):
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            denom = next((d for d, f in self.fields.items() if f is obj), None)
            if denom is not None:
                self._mark(denom, event.type() == QEvent.Type.FocusIn)
        return super().eventFilter(obj, event)

    def _mark(self, denom: Decimal, on: bool) -> None:
        """Make the field being typed unmistakable (palette, not a style sheet: see style.py)."""
        field, label = self.fields[denom], self.labels[denom]
        pal = QPalette(self._plain_field)
        if on:
            pal.setColor(QPalette.ColorRole.Base, QColor(FOCUS_BASE))
            pal.setColor(QPalette.ColorRole.Highlight, QColor(FOCUS_INK))  # Fusion draws the focus frame in it
            pal.setColor(QPalette.ColorRole.HighlightedText, QColor(WHITE))
        field.setPalette(pal)
        lpal = QPalette(self._plain_label)
        if on:
            lpal.setColor(QPalette.ColorRole.WindowText, QColor(FOCUS_INK))
        label.setPalette(lpal)
        font = QFont(label.font())
        font.setBold(on)
        label.setFont(font)
        label.setText(("▶ " if on else "") + face(denom, self.currency))
        self.current = denom if on else (None if self.current == denom else self.current)

    def count(self) -> CashCount:
        """What is typed, validated by the domain (raises DomainError)."""
        return count_cash({d: f.text() for d, f in self.fields.items()}, self.currency)

    def line_edits(self) -> list[QLineEdit]:
        return list(self.fields.values())

    def first(self) -> QLineEdit:
        return next(iter(self.fields.values()))

    def clear(self) -> None:
        for f in self.fields.values():
            f.blockSignals(True)
            f.clear()
            f.blockSignals(False)
        self._changed()

    def set_caption(self, caption: str) -> None:
        self.caption = caption
        self._changed()

    def _changed(self, *_) -> None:
        try:
            count = self.count()
        except DomainError as exc:
            self.total.setText(message_of(exc))
        else:
            for d, n in count.pieces:
                self.amounts[d].setText(f"= {money(d * n, self.currency)}" if n else "")
            self.total.setText(f"{self.caption} {money(count.total, self.currency)}")
        self.changed.emit()

"""The drawer count: one field per note and coin (pieces), its amount beside it, the total.
Notes on the left, coins on the right; Enter goes to the next field."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIntValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.cash import CashCount, count_cash, denominations
from ..domain.errors import DomainError
from .ops import message_of
from .widgets import money


def face(d: Decimal, currency: str) -> str:
    """€50 for a note, €0.50 for a coin."""
    text = money(d, currency)
    return text[:-3] if d == d.to_integral_value() and text.endswith(".00") else text


class CashCountPanel(QWidget):
    changed = Signal()

    def __init__(self, currency: str, parent=None):
        super().__init__(parent)
        self.currency = currency
        self.fields: dict[Decimal, QLineEdit] = {}
        self.amounts: dict[Decimal, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        denoms = denominations(currency)
        groups = ((0, "Notes", [d for d in denoms if d >= 5]), (4, "Coins", [d for d in denoms if d < 5]))
        for col, heading, group in groups:
            for i, text in enumerate((heading, "Pieces", "Amount")):
                head = QLabel(text)
                head.setObjectName("totalCaption")
                head.setAlignment(Qt.AlignRight | Qt.AlignVCenter if i != 1 else Qt.AlignCenter)
                grid.addWidget(head, 0, col + i)
            for row, d in enumerate(group, start=1):
                label = QLabel(face(d, currency))
                label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
                field = QLineEdit()
                field.setValidator(QIntValidator(0, 99999, field))
                field.setPlaceholderText("0")
                field.setAlignment(Qt.AlignRight)
                field.setMaximumWidth(100)
                field.setAccessibleName(f"pieces of {face(d, currency)}")
                field.textChanged.connect(self._changed)
                amount = QLabel("")
                amount.setMinimumWidth(100)
                amount.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
                grid.addWidget(label, row, col)
                grid.addWidget(field, row, col + 1)
                grid.addWidget(amount, row, col + 2)
                self.fields[d] = field
                self.amounts[d] = amount
        grid.setColumnMinimumWidth(3, 36)  # air between notes and coins
        order = [self.fields[d] for d in denoms]
        for a, b in zip(order, order[1:] + order[:1]):
            a.returnPressed.connect(b.setFocus)
        self.total = QLabel("")
        self.total.setAlignment(Qt.AlignRight)
        font = QFont(self.total.font())
        font.setPixelSize(24)
        font.setBold(True)
        self.total.setFont(font)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(grid)
        box.addWidget(self.total)
        self.caption = "Counted"
        self._changed()

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

"""Table model of the basket: voided lines stay visible, struck through.

A QStandardItemModel keeps the cells in C++: painting a basket costs no Python calls,
which keeps scan-to-line within one frame.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from ..domain.money_format import fmt_qty
from .palette import FAINT_GREY
from .widgets import money
from .wording import plural

COLUMNS = ("Item", "Qty", "Price", "Discount", "Amount")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_STRUCK = QFont()
_STRUCK.setStrikeOut(True)
_GREY = QBrush(QColor(FAINT_GREY))


def basket_summary(lines: int, items: Decimal) -> str:
    """Under the total: "1 line · 1 item", "3 lines · 2.5 items" (a weighed item counts its kg)."""
    return f"{plural(lines, 'line')} · {plural(items, 'item')}"


class BasketModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(list(COLUMNS))
        self.rows: list[tuple] = []  # (line_id, name, qty, price, discount, amount, voided, note)
        self.currency = "EUR"

    def set_view(self, view) -> None:
        """Show a services.basket.BasketView."""
        self.currency = view.basket.currency
        priced = {p.line.line_id: p for p in view.totals.lines}
        rows = []
        for ln in view.basket.lines:
            p = priced.get(ln.line_id)
            note = " (price changed)" if ln.price_override is not None else ""
            if p is None:
                rows.append((ln.line_id, ln.name, ln.quantity, ln.effective_price, None, None, True, " (voided)"))
            else:
                disc = p.line_discount + p.basket_discount
                rows.append((ln.line_id, ln.name, ln.quantity, ln.effective_price, disc, p.amount, False, note))
        self.rows = rows
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(self._texts(row)):
                item = self.item(r, c)
                if item is None:
                    item = QStandardItem()
                    item.setEditable(False)
                    if c:
                        item.setTextAlignment(_RIGHT)
                    self.setItem(r, c, item)
                if item.text() != text:
                    item.setText(text)
                voided = row[6]
                if bool(item.data(Qt.ItemDataRole.UserRole)) != voided:
                    item.setData(voided, Qt.ItemDataRole.UserRole)
                    item.setFont(_STRUCK if voided else QFont())
                    item.setForeground(_GREY if voided else QBrush())

    def _texts(self, row: tuple) -> tuple[str, ...]:
        _id, name, qty, price, disc, amount, _voided, note = row
        return (
            name + note,
            fmt_qty(qty),
            money(price, self.currency),
            money(-disc, self.currency) if disc else "",
            money(amount, self.currency) if amount is not None else "void",
        )

    def line_id(self, row: int) -> str | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def row_of(self, line_id: str | None) -> int:
        for i, r in enumerate(self.rows):
            if r[0] == line_id:
                return i
        return -1

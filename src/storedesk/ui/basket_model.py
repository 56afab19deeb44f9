"""Table model of the basket: voided lines stay visible, struck through."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..adapters.printing.money_format import fmt_qty
from .widgets import money

COLUMNS = ("Item", "Qty", "Price", "Discount", "Amount")


class BasketModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple] = []  # (line_id, name, qty, price, discount, amount, voided, note)
        self.currency = "EUR"

    def set_view(self, view) -> None:
        """Show a services.basket.BasketView."""
        self.beginResetModel()
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
        self.endResetModel()

    def line_id(self, row: int) -> str | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def row_of(self, line_id: str | None) -> int:
        for i, r in enumerate(self.rows):
            if r[0] == line_id:
                return i
        return -1

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        _id, name, qty, price, disc, amount, voided, note = self.rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == 0:
                return name + note
            if col == 1:
                return fmt_qty(qty)
            if col == 2:
                return money(price, self.currency)
            if col == 3:
                return money(-disc, self.currency) if disc else ""
            if col == 4:
                return money(amount, self.currency) if amount is not None else "void"
        if role == Qt.TextAlignmentRole and col > 0:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ForegroundRole and voided:
            return QBrush(QColor("#9aa5b1"))
        return None

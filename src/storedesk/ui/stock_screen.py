"""Stock: on-hand per product and the movements behind it. Negative stock is shown in red."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..adapters.printing.money_format import fmt_qty
from ..services import stock
from .ops import Ops, message_of
from .widgets import MessageLine
from .style import decorate


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
    return t


class StockScreen(QWidget):
    navigate = Signal(str)

    def __init__(self, ops: Ops, cfg, parent=None):
        super().__init__(parent)
        self.ops, self.cfg = ops, cfg
        self._asked = 0
        self.rows = []
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find by name or SKU (empty: lowest stock first)")
        self.field.textChanged.connect(self.refresh)
        self.field.returnPressed.connect(self.refresh)
        self.products = _table(["SKU", "Product", "On hand"])
        head = self.products.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.Fixed)
        head.resizeSection(2, 140)
        self.products.currentCellChanged.connect(lambda row, *_: self._history(row))
        self.moves = _table(["When", "Quantity", "Reason", "Document", "Station"])
        self.message = MessageLine()
        back = QPushButton("Esc\nBack to sale")
        back.clicked.connect(lambda: self.navigate.emit("sale"))
        title = QLabel("Stock")
        title.setObjectName("title")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(back)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.field)
        layout.addWidget(self.products, 3)
        layout.addWidget(QLabel("Movements of the selected product (newest first)"))
        layout.addWidget(self.moves, 2)
        layout.addWidget(self.message)
        sc = QShortcut(QKeySequence(Qt.Key_Escape), self)
        sc.setContext(Qt.WidgetWithChildrenShortcut)
        sc.activated.connect(lambda: self.navigate.emit("sale"))
        self.field.installEventFilter(self)
        decorate(self)

    def eventFilter(self, obj, event):
        if obj is self.field and event.type() == event.Type.KeyPress and event.key() in (Qt.Key_Up, Qt.Key_Down):
            row = self.products.currentRow() + (1 if event.key() == Qt.Key_Down else -1)
            if 0 <= row < self.products.rowCount():
                self.products.setCurrentCell(row, 0)
            return True
        return super().eventFilter(obj, event)

    def showEvent(self, event):
        super().showEvent(event)
        self.field.setFocus()
        self.refresh()

    def refresh(self, *_):
        self._asked += 1
        asked = self._asked
        self.ops.call(stock.stock_list, self.field.text(), 200, ok=lambda rows: self._show(asked, rows),
                      err=lambda e: self.message.show_error(message_of(e)))

    def _show(self, asked, rows) -> None:
        if asked != self._asked:
            return
        self.rows = rows
        self.products.setRowCount(len(rows))
        for i, r in enumerate(rows):
            qty = QTableWidgetItem(fmt_qty(r.on_hand))
            qty.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            if r.on_hand < 0:
                qty.setForeground(QBrush(QColor("#c81e1e")))
            self.products.setItem(i, 0, QTableWidgetItem(r.sku))
            self.products.setItem(i, 1, QTableWidgetItem(r.name))
            self.products.setItem(i, 2, qty)
        if rows:
            self.products.setCurrentCell(0, 0)
        self.message.show_info(f"{len(rows)} products shown" if rows else "No product matches")

    def _history(self, row: int) -> None:
        if not (0 <= row < len(self.rows)):
            return
        self.ops.call(stock.history, self.rows[row].product_id, ok=self._show_moves,
                      err=lambda e: self.message.show_error(message_of(e)))

    def _show_moves(self, moves) -> None:
        self.moves.setRowCount(len(moves))
        for i, m in enumerate(moves):
            cells = [f"{self.cfg.local(m.at):%Y-%m-%d %H:%M}", fmt_qty(m.quantity), m.reason, m.doc_ref, m.station]
            for j, text in enumerate(cells):
                self.moves.setItem(i, j, QTableWidgetItem(text))

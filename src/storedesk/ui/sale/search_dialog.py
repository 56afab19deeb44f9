"""F2: find a product by name or SKU as you type; arrows and Enter choose. It shows the first
matches and says how many match in all when there are more ("20 of 1,204 products shown: type
more"; counted up to services.catalog.COUNT_CAP, then "of more than 10,000")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from ...domain.money import from_minor
from ...services import catalog
from ..ops import Ops, message_of
from ..style import decorate
from ..translation import tr
from ..widgets import MessageLine, money, shown_of

LIMIT = 20  # results shown; how many match in all is counted only when more do


class SearchDialog(QDialog):
    def __init__(self, ops: Ops, currency: str, initial: str = "", parent=None):
        super().__init__(parent)
        self.ops = ops
        self.currency = currency
        self.chosen_sku: str | None = None
        self._asked = 0
        self.setWindowTitle(tr("sale", "Find a product"))
        self.setMinimumSize(640, 480)
        self.field = QLineEdit(initial)
        self.field.setPlaceholderText(tr("sale", "Type a name or SKU…"))
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        title = QLabel(tr("sale", "Find a product  (↑ ↓ choose, Enter add, Esc close)"))
        layout.addWidget(title)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self._choose)
        self.results.itemDoubleClicked.connect(lambda _i: self._choose())
        if initial:
            self._search(initial)
        decorate(self)

    def _search(self, text: str) -> None:
        self._asked += 1
        asked = self._asked
        self.ops.call(
            catalog.search_counted,
            text,
            LIMIT,
            ok=lambda found: self._show(asked, found),
            err=lambda e: self.message.show_error(message_of(e)),
        )

    def _show(self, asked: int, found: catalog.Matches) -> None:
        if asked != self._asked:  # a newer keystroke already asked again
            return
        rows = found.rows
        self.results.clear()
        for p in rows:
            item = QListWidgetItem(
                f"{p.name}   ·   {p.sku}   ·   {money(from_minor(p.price_minor, self.currency), self.currency)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, p.sku)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
            self.message.show_info(
                shown_of(len(rows), found.total, found.capped)
                if found.more
                else tr("sale", "%n product(s) found", n=len(rows))
            )
        elif self.field.text().strip():
            self.message.show_info(tr("sale", "No product matches"))
        else:
            self.message.clear_message()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[event.key()]
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)

    def _choose(self) -> None:
        item = self.results.currentItem()
        if item is None:
            self.message.show_error(tr("sale", "Nothing chosen"))
            return
        self.chosen_sku = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

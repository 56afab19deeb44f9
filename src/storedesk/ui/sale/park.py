"""F9: park the current sale, or recall a parked one (the one open is then parked, not dropped).

Each parked sale is listed once: its number (#1 the oldest, as the counter's messages name
it), when it was parked, by whom, how many items (when the service says), and its total.
The label the service writes for a sale parked without a name ("Ana 20:07 5.06") repeats
the time and the total: only the clerk is taken from it. A sale with a payment already taken
is not parked half paid (the service refuses too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from ...i18n.formats import fmt_time
from ...services import basket as basket_svc
from ..style import decorate
from ..translation import tr
from ..widgets import money
from .basket_table import items_text

if TYPE_CHECKING:
    from .screen import SaleScreen

# services/basket.park's own label: "{clerk} {HH:MM} {total}"
_AUTO_LABEL = re.compile(r"^(?P<who>.+?) \d{1,2}:\d{2} -?\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class ParkedSale:
    basket_id: str
    who: str  # the clerk, or the name the sale was parked under
    at: str  # UTC, ISO 8601
    total: Decimal
    items: Decimal | None = None  # None: the service did not say
    number: int | None = None  # services/basket.ParkedBasket.number

    @classmethod
    def from_row(cls, row) -> ParkedSale:
        """A services/basket.ParkedBasket, or (basket id, label, parked at, total[, items])."""
        if hasattr(row, "basket_id"):
            basket_id, label, at, total = row.basket_id, row.label, row.parked_at, row.total
            rest, number = [row.items], row.number
        else:
            (basket_id, label, at, total, *rest), number = row, None
        match = _AUTO_LABEL.match(label or "")
        return cls(basket_id, match["who"] if match else (label or ""), at, total, rest[0] if rest else None, number)

    def text(self, currency: str, local_time) -> str:
        parts = [fmt_time(local_time(self.at)), self.who or "—"]
        if self.number is not None:
            parts.insert(0, f"#{self.number}")
        if self.items is not None:
            parts.append(items_text(self.items))
        parts.append(money(self.total, currency))
        return "   ·   ".join(parts)


class ParkDialog(QDialog):
    PARK, RECALL = "park", "recall"

    def __init__(self, parked: list, can_park: bool, currency: str, local_time, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("sale", "Park or recall a sale"))
        self.setMinimumSize(560, 380)
        self.choice: tuple[str, str | None] | None = None
        self.sales = [ParkedSale.from_row(row) for row in parked]
        self.list = QListWidget()
        for sale in self.sales:
            item = QListWidgetItem(sale.text(currency, local_time))
            item.setData(Qt.ItemDataRole.UserRole, sale.basket_id)
            self.list.addItem(item)
        if parked:
            self.list.setCurrentRow(0)
        self.park_btn = QPushButton(tr("sale", "Park this sale  (F9)"))
        self.park_btn.setEnabled(can_park)
        self.recall_btn = QPushButton(tr("sale", "Recall selected  (Enter)"))
        self.recall_btn.setProperty("primary", True)
        self.recall_btn.setEnabled(bool(parked))
        close = QPushButton(tr("sale", "Close  (Esc)"))
        self.park_btn.clicked.connect(self.park)
        self.recall_btn.clicked.connect(self.recall)
        close.clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.recall())
        buttons = QHBoxLayout()
        for b in (self.park_btn, self.recall_btn, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.heading(len(parked))))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        decorate(self)

    def heading(self, count: int) -> str:
        """How many sales are parked, and what each line of the list says."""
        if not count:
            return tr("sale", "No parked sales")
        if any(s.number is not None for s in self.sales):
            return tr("sale", "Parked sales: {count}  (number · parked at · by · items · total)", count=count)
        if any(s.items is not None for s in self.sales):
            return tr("sale", "Parked sales: {count}  (parked at · by · items · total)", count=count)
        return tr("sale", "Parked sales: {count}  (parked at · by · total)", count=count)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_F9 and self.park_btn.isEnabled():
            self.park()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.recall()
        else:
            super().keyPressEvent(event)

    def park(self) -> None:
        self.choice = (self.PARK, None)
        self.accept()

    def recall(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.choice = (self.RECALL, item.data(Qt.ItemDataRole.UserRole))
            self.accept()


def park_or_recall(screen: SaleScreen) -> None:
    """F9 on the counter: list the parked sales, then park the open one or recall the chosen."""
    if screen.taken:  # they belong to this sale: it cannot be set aside half paid (the service refuses too)
        screen.message.show_error(tr("sale", "A payment is already taken on this sale: F10 or F12 completes it first"))
        return

    def got(parked):
        cfg = screen.cfg
        dlg = ParkDialog(parked, not screen.shown.basket.is_empty, cfg.currency, cfg.local, screen)

        def done(code):
            if code != QDialog.DialogCode.Accepted or not dlg.choice:
                return
            kind, parked_id = dlg.choice
            if kind == ParkDialog.PARK:
                screen.ops.call(
                    basket_svc.park,
                    screen.clerk,
                    screen.shown.basket_id,
                    ok=lambda v: _parked(screen, v),
                    err=screen.error,
                )
            else:  # a recall names the parked sale
                assert parked_id is not None
                chosen = next(p for p in dlg.sales if p.basket_id == parked_id)
                screen.ops.call(
                    basket_svc.recall,
                    screen.clerk,
                    screen.shown.basket_id,
                    parked_id,
                    ok=lambda view: _recalled(screen, view, chosen),
                    err=screen.error,
                )

        screen.open_dialog(dlg, done)

    screen.ops.call(basket_svc.parked, ok=got, err=screen.error)


def _parked(screen: SaleScreen, view) -> None:
    screen.show_view(view)
    screen.message.show_ok(tr("sale", "Sale parked as #{number}. F9 brings it back.", number=view.parked_as))


def _recalled(screen: SaleScreen, view, sale: ParkedSale) -> None:
    """Say what happened to both baskets: the one open was not dropped, it was parked. The sale
    recalled is named as the list showed it (time, by whom, total), not by its number: the
    numbers move once it leaves the list ("parked as #1; recalled #1" named two sales)."""
    cfg = screen.cfg
    values: dict[str, Any] = {
        "at": fmt_time(cfg.local(sale.at)),
        "who": sale.who or "—",
        "total": money(sale.total, cfg.currency),
    }
    screen.show_view(view)
    if view.parked_as is not None:
        screen.message.show_ok(
            tr(
                "sale",
                "Recalled the sale parked at {at} ({who}, {total}). Your basket was parked as #{number}.",
                number=view.parked_as,
                **values,
            )
        )
    else:
        screen.message.show_ok(tr("sale", "Recalled the sale parked at {at} ({who}, {total}).", **values))
    screen.scan.setFocus()

"""Ctrl+O at the counter: order for the customer what the shelf does not have (the endless aisle,
services/aisle.py). The dialog asks the hub where the product is available, lets the clerk choose
delivered home (with the address) or collected here or at another store, the quantity and who it
is for, and puts the ordered line on the basket once the hub says it can be promised.

Both questions go to the hub through Ops (the network lane): the dialog never waits on it. Offline,
it says the item cannot be ordered now and adds nothing (its Add key stays off).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.aisle import PICKUP, SHIP, LineOrder
from ...domain.errors import DomainError
from ...domain.money_format import fmt_qty
from ...domain.scan import parse_quantity
from ...services import aisle
from ...services.context import User
from ..ops import Ops
from ..style import decorate
from ..translation import text, tr
from ..widgets import MessageLine, money, typed_number

HERE, ELSEWHERE = "here", "elsewhere"


class AisleDialog(QDialog):
    """`code`: the product to start with (the selected line's SKU, or what was typed)."""

    def __init__(
        self,
        ops: Ops,
        user_of: Callable[[], User | None],
        basket_id: str,
        currency: str,
        code: str = "",
        parent=None,
    ):
        super().__init__(parent)
        self.ops, self.user_of, self.basket_id, self.currency = ops, user_of, basket_id, currency
        self.offer: aisle.Offer | None = None
        self.view = None  # services.basket.BasketView, once the line is on the basket
        self._asked = 0
        self.setWindowTitle(tr("aisle", "Order for the customer"))
        self.setMinimumWidth(880)

        self.code = QLineEdit(code)
        self.code.setPlaceholderText(tr("aisle", "Scan or type the product, then Enter"))
        self.code.returnPressed.connect(self.check)
        check = QPushButton(tr("aisle", "Where is it?"))
        check.clicked.connect(self.check)
        self.product = QLabel()
        self.places = QListWidget()
        self.places.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.places.setMinimumHeight(110)

        self.ship = QRadioButton(tr("aisle", "Deliver home"))
        self.here = QRadioButton(tr("aisle", "Collect here"))
        self.elsewhere = QRadioButton(tr("aisle", "Collect at another store"))
        self.choice = QButtonGroup(self)
        for button in (self.ship, self.here, self.elsewhere):
            self.choice.addButton(button)
            button.toggled.connect(self._chosen)
        self.store = QComboBox()
        self.quantity = QLineEdit("1")

        self.customer = {k: QLineEdit() for k in ("name", "phone", "email")}
        self.address = {k: QLineEdit() for k in ("line1", "line2", "postcode", "city", "country")}
        self.address["country"].setMaxLength(2)

        left = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(check)
        left.addLayout(row)
        left.addWidget(self.product)
        left.addWidget(self.places, 1)
        left.addWidget(self.ship)
        left.addWidget(self.here)
        left.addWidget(self.elsewhere)
        left.addWidget(self.store)
        qty = QFormLayout()
        qty.addRow(tr("aisle", "Quantity"), self.quantity)
        left.addLayout(qty)

        who = QFormLayout()
        who.addRow(tr("aisle", "Customer"), self.customer["name"])
        who.addRow(tr("aisle", "Phone"), self.customer["phone"])
        who.addRow(tr("aisle", "Email"), self.customer["email"])
        who.addRow(tr("aisle", "Street"), self.address["line1"])
        who.addRow(tr("aisle", "Address line 2"), self.address["line2"])
        who.addRow(tr("aisle", "Postcode"), self.address["postcode"])
        who.addRow(tr("aisle", "City"), self.address["city"])
        who.addRow(tr("aisle", "Country (FR, DE…)"), self.address["country"])

        sides = QGridLayout()
        sides.addLayout(left, 0, 0)
        right = QWidget()
        right.setLayout(who)
        sides.addWidget(right, 0, 1)
        sides.setColumnStretch(0, 1)
        sides.setColumnStretch(1, 1)

        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add = self.buttons.addButton(tr("aisle", "Add to the sale"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("aisle", "Cancel"))
        self.buttons.accepted.connect(self.order)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(sides, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._show_offer(None)
        decorate(self)
        if code.strip():
            self.check()

    # ---- where it is ------------------------------------------------------------------------
    def check(self) -> None:
        self._asked += 1
        asked = self._asked
        self._show_offer(None)
        self.message.show_info(tr("aisle", "Asking the hub where it is available…"))
        self.ops.call(
            aisle.offer,
            self.code.text().strip(),
            ok=lambda offer: self._offered(asked, offer),
            err=lambda exc: self._refused(asked, exc),
        )

    def _offered(self, asked: int, offer: aisle.Offer) -> None:
        if asked == self._asked:
            self._show_offer(offer)
            if self.add.isEnabled():  # an instruction (info); "available nowhere" stays an error
                self.message.show_info(tr("aisle", "Choose how the customer gets it, then Add to the sale"))

    def _refused(self, asked: int, exc: BaseException) -> None:
        if asked == self._asked:
            self._show_offer(None)
            self.message.show_error(text(exc))

    def _show_offer(self, offer: aisle.Offer | None) -> None:
        self.offer = offer
        self.places.clear()
        self.store.clear()
        if offer is None:
            self.product.setText("")
            for button in (self.ship, self.here, self.elsewhere):
                button.setEnabled(False)
            self.add.setEnabled(False)
            self._chosen()
            return
        self.product.setText(
            tr(
                "aisle",
                "{name} · {sku} · {price}",
                name=offer.name,
                sku=offer.sku,
                price=money(offer.price, self.currency),
            )
        )
        self.places.addItem(tr("aisle", "Delivered home: {quantity} available", quantity=fmt_qty(offer.ship)))
        for p in offer.places:
            self.places.addItem(
                tr(
                    "aisle",
                    "{code} {name}: {quantity} available",
                    code=p.code,
                    name=p.name,
                    quantity=fmt_qty(p.available),
                )
            )
        others = [p for p in offer.places if p.code != offer.here]
        for p in others:
            self.store.addItem(f"{p.code} {p.name}", p.code)
        self.ship.setEnabled(offer.ship > 0)
        self.here.setEnabled(offer.pickup_at(offer.here) > 0)
        self.elsewhere.setEnabled(bool(others))
        first = next((b for b in (self.ship, self.here, self.elsewhere) if b.isEnabled()), None)
        if first is None:
            self.message.show_error(tr("aisle", "{name} is available nowhere in the chain", name=offer.name))
        else:
            first.setChecked(True)
        self.add.setEnabled(first is not None)
        self._chosen()

    def _chosen(self) -> None:
        shipping = self.ship.isChecked() and self.ship.isEnabled()
        for field in self.address.values():
            field.setEnabled(shipping)
        self.store.setEnabled(self.elsewhere.isChecked() and self.elsewhere.isEnabled())

    # ---- the order line ---------------------------------------------------------------------
    def line_order(self) -> LineOrder:
        assert self.offer is not None
        customer = {k: f.text() for k, f in self.customer.items()}
        if self.ship.isChecked():
            return LineOrder(SHIP, customer, delivery={k: f.text() for k, f in self.address.items()})
        store = self.offer.here if self.here.isChecked() else str(self.store.currentData() or "")
        return LineOrder(PICKUP, customer, pickup_store=store)

    def order(self) -> None:
        user = self.user_of()
        if self.offer is None or user is None:
            return
        try:
            qty: Decimal = parse_quantity(typed_number(self.quantity.text()))
        except DomainError as exc:
            self.message.show_error(text(exc))
            return
        self.add.setEnabled(False)
        self.message.show_info(tr("aisle", "Asking the hub…"))
        self.ops.call(
            aisle.add_order_line,
            user,
            self.basket_id,
            self.offer.sku,
            qty,
            self.line_order(),
            ok=self._added,
            err=self._not_added,
        )

    def _added(self, view) -> None:
        self.view = view
        self.accept()

    def _not_added(self, exc: BaseException) -> None:
        self.add.setEnabled(self.offer is not None)
        self.message.show_error(text(exc))

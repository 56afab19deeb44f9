"""The counter: scan, adjust, take the money. Keyboard first; the scan field keeps focus, and
every key of the key bar acts from it too (a scanner types there; the window's shortcuts only
fire while the window is active).

This module holds the screen and the changes to the basket's lines (F2 search, F4 quantity,
F7 price, F8 discount, Del void). A quantity or total above the store's limits asks the clerk,
or a supervisor (sale/limits.py); a price, a discount or a void the clerk may not make asks a
manager's PIN (keyed_panel.KeyedPanel.gated). Beside the basket: sale/totals.py; the money:
sale/checkout.py; F9: sale/park.py.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from ...domain.basket import Discount
from ...domain.errors import DomainError
from ...domain.gift_cards import GiftCardProduct
from ...domain.money import parse_amount
from ...domain.money_format import fmt_qty
from ...domain.scan import parse_quantity
from ...domain.tenders import Tender
from ...services import basket as basket_svc
from ...services import customers, gift_cards
from ...services.basket import BasketView
from ...services.context import User
from .. import keymap
from ..dialogs import DiscountDialog, QuantityDialog, ValueDialog
from ..keyed_panel import KeyedPanel, beside, column
from ..ops import Ops
from ..style import decorate
from ..translation import text, tr
from ..widgets import typed_number
from .aisle_dialog import AisleDialog
from .basket_table import BasketModel, BasketTable
from .checkout import Checkout
from .customer_dialog import CustomerDialog, customer_label, customer_text
from .gift_card_dialog import GiftCardBalanceDialog, GiftCardSaleDialog
from .limits import within_limits
from .park import park_or_recall
from .search_dialog import SearchDialog
from .totals import TotalsPanel

KEYS = keymap.SALE
# Ctrl+L is the main window's own shortcut (it locks from every screen): the scan field acts
# on it when the window-level shortcut does not fire (the window not active yet).
WINDOW_KEYS = ("lock",)


class SaleScreen(KeyedPanel):
    sale_completed = Signal(object)  # services.sale.SaleResult
    basket_shown = Signal()  # the table shows the latest basket (tests and benchmarks wait on it)
    navigate = Signal(str)  # "stock" | "lock" | ...: the keys of other screens

    def __init__(self, ops: Ops, cfg, data_dir: Path, parent=None):
        # 19 keys: three rows of seven (two rows of ten are wider than a 1024 px till in French)
        super().__init__(ops, cfg, lambda: self._user, KEYS, parent, per_row=7, window_keys=WINDOW_KEYS)
        self._user: User | None = None
        self.data_dir = Path(data_dir)
        self.view: BasketView | None = None
        self.next_quantity: Decimal | None = None  # "3" then F4: the next scan counts 3
        self.checkout = Checkout(self)

        self.scan = QLineEdit()
        self.scan.setPlaceholderText(tr("sale", "Scan a barcode, or type a code and Enter  (3*code = 3 pieces)"))
        self.scan.returnPressed.connect(self.on_scan)
        self.model = BasketModel(self)
        self.table = BasketTable(self.model)
        self.totals = TotalsPanel()
        # The money side's labels, as the screen's users read them (the tests).
        self.total, self.tendered, self.details = self.totals.total, self.totals.tendered, self.totals.details
        self.change, self.last_sale = self.totals.change, self.totals.last_sale

        # the message line under the basket (not across the screen), the totals beside both
        self.customer_line = customer_label()  # the sale's customer (Ctrl+K), hidden without one
        left = column(self.scan, self.customer_line, (self.table, 1), self.message)
        column((beside(left, self.totals), 1), self.keys, parent=self)
        self.watch(self.scan)
        decorate(self)

    # ---- life cycle ------------------------------------------------------------------
    @property
    def user(self) -> User | None:
        """Who is signed in; None while the till is locked (the main window clears it)."""
        return self._user

    @user.setter
    def user(self, user: User | None) -> None:
        self._user = user

    def start(self, user) -> None:
        """A user signed in (or unlocked): show the station's open basket, restored if any."""
        self.user = user
        self.scan.setFocus()
        self.ops.call(basket_svc.current, user, ok=self.show_view, err=self.error)

    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(0, self.scan.setFocus)

    def focus_home(self) -> QWidget:
        return self.scan

    def eventFilter(self, obj, event):
        # Up/Down in the scan field move the selected line, so focus never leaves the field.
        if obj is self.scan and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.table.step(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(obj, event)

    # ---- showing ---------------------------------------------------------------------
    @property
    def shown(self) -> BasketView:
        """The basket on screen: every action on it runs after start() showed one."""
        assert self.view is not None
        return self.view

    @property
    def taken(self) -> list[Tender]:
        """The payments taken on the open sale, as kept on its basket."""
        return self.view.basket.taken_tenders if self.view is not None else []

    def show_view(self, view) -> None:
        self.view = view
        self.model.set_view(view)
        self.totals.show_basket(view, self.cfg.cash_step)
        self.customer_line.setText(customer_text(view.basket.customer))
        self.customer_line.setVisible(view.basket.customer is not None)
        self.table.follow(view.changed_line_id)
        self.basket_shown.emit()

    # ---- the payment flow (sale/checkout.py), as the main window and the benchmarks use it
    @property
    def completing(self) -> bool:
        return self.checkout.completing

    @property
    def last_receipt(self) -> Path | None:
        return self.checkout.last_receipt

    def exact_cash(self) -> None:
        self.checkout.exact_cash()

    def completed_elsewhere(self, result) -> None:
        """The basket was sold by another screen (an exchange on the Returns screen): print its
        receipt and start the next basket, as after a payment here."""
        self.checkout.completing = True
        self.checkout.completed(result)

    # ---- actions ---------------------------------------------------------------------
    def trigger(self, action: str) -> None:
        if self.user is None or self.dialog is not None:
            return
        handler = {
            "search": self.open_search,
            "quantity": self.open_quantity,
            "price": self.open_price,
            "discount": self.open_discount,
            "void": self.void_line,
            "park": lambda: park_or_recall(self),
            "pay": self.checkout.open_payment,
            "exact": self.exact_cash,
            "reprint": self.checkout.reprint,
            "order": self.open_order,
            "gift_card": self.open_gift_card,
            "customer": self.open_customer,
        }.get(action)
        if handler:
            handler()
        else:
            self.navigate.emit(action)

    def on_scan(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if not text or self.view is None:
            return
        if self.completing:
            self.checkout.held_scans.append(text)  # replayed on the next basket once the sale is saved
            return
        user = self.user
        if user is not None and customers.is_issued_card(text):  # a loyalty card: its customer on the sale
            self.ops.call(customers.attach_card, user, self.shown.basket_id, text, ok=self._attached, err=self.error)
            return
        qty, self.next_quantity = self.next_quantity, None
        if self.change.text():
            self.change.setText("")
        within_limits(self, basket_svc.add_scan, self.view.basket_id, text, qty, ok=self._scanned)

    def error(self, exc) -> None:
        if isinstance(exc, GiftCardProduct):  # scanned a gift card: its code and amount first
            self.sell_gift_card(exc.sku)
            return
        super().error(exc)

    def sell_gift_card(self, sku: str, code: str = "") -> None:
        """The gift card dialog (sale/gift_card_dialog.py); its line once added."""
        if self.view is None or self.completing or self.dialog is not None:
            return
        dlg = GiftCardSaleDialog(
            self.ops,
            lambda: self.user,
            self.shown.basket_id,
            self.cfg.currency,
            sku,
            code,
            self,
            most=self.cfg.gift_card_max,  # the store's gift_card_max
        )

        def done(result):
            if result == QDialog.DialogCode.Accepted and dlg.view is not None:
                self._scanned(dlg.view)

        self.open_dialog(dlg, done)

    def open_gift_card(self) -> None:
        """Ctrl+G: a gift card's balance; F2 there reloads it on this sale."""
        if self.view is None or self.completing:
            return
        dlg = GiftCardBalanceDialog(self.ops, self.cfg.currency, self)

        def done(result):
            if result == QDialog.DialogCode.Accepted and dlg.reload_code:
                code = dlg.reload_code
                self.ops.call(gift_cards.card_product, ok=lambda sku: self.sell_gift_card(sku, code), err=self.error)

        self.open_dialog(dlg, done)

    def _attached(self, view) -> None:
        self.show_view(view)
        if view.basket.customer is not None:
            self.message.show_ok(customer_text(view.basket.customer))

    def open_customer(self) -> None:
        """Ctrl+K: find, create, attach or detach the sale's customer (sale/customer_dialog.py)."""
        if self.view is None or self.completing:
            return
        dlg = CustomerDialog(self.ops, lambda: self.user, self.shown.basket_id, self.shown.basket.customer, self)

        def done(result):
            if result == QDialog.DialogCode.Accepted and dlg.view is not None:
                self.show_view(dlg.view)

        self.open_dialog(dlg, done)

    def _scanned(self, view) -> None:
        self.show_view(view)
        line = next((ln for ln in view.basket.lines if ln.line_id == view.changed_line_id), None)
        if line is not None:
            self.message.show_ok(f"{line.name}  ×{fmt_qty(line.quantity)}")
        elif view.note is not None:  # a coupon put on the sale or taken off (services/basket.add_scan)
            self.message.show_ok(text(view.note))

    def _changed(self, view) -> None:
        self.show_view(view)
        self.message.show_ok(tr("sale", "Done"))
        self.scan.setFocus()

    def _needs_line(self) -> str | None:
        line_id = self.table.selected_line
        row = self.model.row_of(line_id)
        if not line_id or row < 0:
            self.message.show_error(tr("sale", "Select a line first (↑ ↓)"))
            return None
        if self.model.rows[row][6]:
            self.message.show_error(tr("sale", "That line is voided"))
            return None
        return line_id

    def open_quantity(self) -> None:
        typed = self.scan.text().strip()
        if typed:  # "3" then F4: the next scan counts 3
            try:
                self.next_quantity = parse_quantity(typed_number(typed))  # "2,5" in French
            except DomainError as exc:
                self.error(exc)
                return
            self.scan.clear()
            self.message.show_info(tr("sale", "Next scan × {quantity}", quantity=fmt_qty(self.next_quantity)))
            return
        line_id = self._needs_line()
        if not line_id:
            return
        dlg = QuantityDialog(self)

        def done(code):
            if code == QDialog.DialogCode.Accepted:
                within_limits(
                    self, basket_svc.set_quantity, self.shown.basket_id, line_id, dlg.value(), ok=self._changed
                )

        self.open_dialog(dlg, done)

    def open_price(self) -> None:
        line_id = self._needs_line()
        if not line_id:
            return
        dlg = ValueDialog(
            tr("sale", "Change price"),
            tr("sale", "New unit price"),
            "",
            tr("sale", "Price changes are recorded with your name"),
            self,
        )

        def done(code):
            if code == QDialog.DialogCode.Accepted:
                price = typed_number(dlg.value())  # typed in the store's locale: "2,50" in French
                self.gated(basket_svc.override_price, self.shown.basket_id, line_id, price, ok=self._changed)

        self.open_dialog(dlg, done)

    def open_discount(self) -> None:
        if self.view is None or self.view.basket.is_empty:
            self.message.show_error(tr("sale", "Scan something before giving a discount"))
            return
        dlg = DiscountDialog(has_line=self.table.active_line() is not None, parent=self)
        line_id = self.table.selected_line

        def done(code):
            if code != QDialog.DialogCode.Accepted:
                return
            try:
                value = parse_amount(dlg.value() or "0", self.cfg.currency)
                discount = Discount(dlg.kind(), value) if value else None
            except DomainError as exc:
                self.error(exc)
                return
            if dlg.target() == "line":
                self.gated(basket_svc.discount_line, self.shown.basket_id, line_id, discount, ok=self._changed)
            else:
                self.gated(basket_svc.discount_basket, self.shown.basket_id, discount, ok=self._changed)

        self.open_dialog(dlg, done)

    def void_line(self) -> None:
        line_id = self._needs_line()
        if line_id:
            self.gated(basket_svc.void_line, self.shown.basket_id, line_id, ok=self._changed)

    def open_search(self) -> None:
        dlg = SearchDialog(self.ops, self.cfg.currency, self.scan.text().strip(), self)
        self.scan.clear()

        def done(code):
            if code == QDialog.DialogCode.Accepted and dlg.chosen_sku:
                qty, self.next_quantity = self.next_quantity, None
                within_limits(self, basket_svc.add_scan, self.shown.basket_id, dlg.chosen_sku, qty, ok=self._scanned)

        self.open_dialog(dlg, done)

    def open_order(self) -> None:
        """Ctrl+O: order for the customer what the shelf lacks (sale/aisle_dialog.py): the code
        typed, else the selected line's product."""
        if self.view is None or self.completing:
            return
        typed = self.scan.text().strip()
        self.scan.clear()
        row = self.model.row_of(self.table.active_line())
        code = typed or (self.view.basket.lines[row].sku if row >= 0 else "")
        dlg = AisleDialog(self.ops, lambda: self.user, self.shown.basket_id, self.cfg.currency, code, self)

        def done(code):
            if code == QDialog.DialogCode.Accepted and dlg.view is not None:
                self.show_view(dlg.view)
                self.message.show_ok(tr("sale", "Ordered line added: it is paid with this sale"))

        self.open_dialog(dlg, done)

"""The counter: scan, adjust, take the money. Keyboard first; the scan field keeps focus."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.basket import Discount
from ..domain.errors import DomainError, PermissionDenied
from ..domain.money import parse_amount
from ..domain.scan import parse_quantity
from ..domain.tenders import CASH, Tender, remaining
from ..services import basket as basket_svc
from ..services import receipts, sale, station
from ..services.pending_receipts import ReceiptNotWritten
from .basket_model import BasketModel
from .dialogs import DiscountDialog, OverrideDialog, ValueDialog
from .ops import Ops, message_after, message_of
from .park_dialog import ParkDialog
from .payment_dialog import PaymentDialog
from .voucher_bridge import VoucherBridge
from .search_dialog import SearchDialog
from .widgets import KeyBar, MessageLine, money
from .style import decorate

KEYS = [
    ("search", "F2", "Search"),
    ("quantity", "F4", "Quantity"),
    ("price", "F7", "Price"),
    ("discount", "F8", "Discount"),
    ("void", "Del", "Void line"),
    ("park", "F9", "Park / recall"),
    ("pay", "F10", "Payment"),
    ("exact", "F12", "Exact cash"),
    ("reprint", "Ctrl+P", "Reprint"),
    ("stock", "F5", "Stock"),
    ("sync", "F6", "Sync"),
    ("shift", "F11", "Shift"),
    ("pickup", "F3", "Pickup"),
    ("returns", "Ctrl+R", "Returns"),
    ("lock", "Ctrl+L", "Lock"),
]
SHORTCUTS = {
    "search": Qt.Key_F2, "quantity": Qt.Key_F4, "price": Qt.Key_F7, "discount": Qt.Key_F8,
    "void": Qt.Key_Delete, "park": Qt.Key_F9, "pay": Qt.Key_F10, "exact": Qt.Key_F12,
    "reprint": "Ctrl+P", "stock": Qt.Key_F5, "sync": Qt.Key_F6, "shift": Qt.Key_F11, "returns": "Ctrl+R",
    "pickup": Qt.Key_F3,
}
# Keys the scan field acts on itself when the window-level shortcuts do not fire (the
# window not active yet, just after a dialog closed). Ctrl+L is the main window's.
FIELD_KEYS = {**SHORTCUTS, "lock": "Ctrl+L"}


class SaleScreen(QWidget):
    sale_completed = Signal(object)  # services.sale.SaleResult
    basket_shown = Signal()  # the table shows the latest basket (tests and benchmarks wait on it)
    navigate = Signal(str)  # "stock" | "lock"

    def __init__(self, ops: Ops, cfg, data_dir: Path, parent=None):
        super().__init__(parent)
        self.ops, self.cfg, self.data_dir = ops, cfg, Path(data_dir)
        self.user = None
        self.view = None  # services.basket.BasketView
        self.selected_line: str | None = None
        self.completing = False
        self.pending_tenders: list[Tender] = []
        self.vouchers = VoucherBridge(ops, lambda: self.view.basket_id if self.view else "",
                                      lambda text: self.message.show_error(text))
        self.next_quantity: Decimal | None = None
        self.held_scans: list[str] = []
        self.dialog: QDialog | None = None
        self.last_receipt: Path | None = None

        self.scan = QLineEdit()
        self.scan.setPlaceholderText("Scan a barcode, or type a code and Enter  (3*code = 3 pieces)")
        self.scan.returnPressed.connect(self.on_scan)
        self.model = BasketModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setFocusPolicy(Qt.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        # No scroll bar: the newest line is always scrolled into view and ↑ ↓ (or the wheel,
        # or a finger) move through the rest. Repainting a scroll bar whose range changes on
        # every scan cost 2-3 ms; one appearing at the 17th line re-laid out the whole table.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        big = self.table.font()
        big.setPixelSize(17)
        self.table.setFont(big)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col, width in ((1, 80), (2, 110), (3, 110), (4, 120)):  # fixed: no re-measuring per scan
            header.setSectionResizeMode(col, QHeaderView.Fixed)
            header.resizeSection(col, width)
        self.table.clicked.connect(lambda idx: self._select(self.model.line_id(idx.row())))
        self.message = MessageLine()
        self.total_caption = QLabel("Total")
        self.total_caption.setObjectName("totalCaption")
        self.total = QLabel(money(Decimal(0)))
        self.total.setObjectName("total")
        self.total.setAlignment(Qt.AlignRight)
        self.details = QLabel("")
        self.details.setObjectName("totalCaption")
        self.details.setAlignment(Qt.AlignRight)
        self.details.setWordWrap(True)
        self.change = QLabel("")
        self.change.setObjectName("change")
        self.change.setAlignment(Qt.AlignRight)
        self.last_sale = QLabel("")
        self.last_sale.setObjectName("totalCaption")
        self.last_sale.setAlignment(Qt.AlignRight)
        self.last_sale.setWordWrap(True)
        self.keys = KeyBar(KEYS, per_row=8)  # 16 keys: two rows fit a 1280 px till
        self.keys.triggered.connect(self.trigger)

        side = QFrame()
        side.setMinimumWidth(300)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.total_caption, 0, Qt.AlignRight)
        side_layout.addWidget(self.total)
        side_layout.addWidget(self.details)
        side_layout.addStretch(1)
        side_layout.addWidget(self.change)
        side_layout.addWidget(self.last_sale)
        left = QVBoxLayout()
        left.addWidget(self.scan)
        left.addWidget(self.table, 1)
        left.addWidget(self.message)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addWidget(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.keys)

        for action, key in SHORTCUTS.items():
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda a=action: self.trigger(a))
        self.scan.installEventFilter(self)
        decorate(self)

    # ---- life cycle ------------------------------------------------------------------
    def start(self, user) -> None:
        """A user signed in (or unlocked): show the station's open basket, restored if any."""
        self.user = user
        self.scan.setFocus()
        self.ops.call(basket_svc.current, user, ok=self.show_view, err=self._error)

    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(0, self.scan.setFocus)

    def eventFilter(self, obj, event):
        if obj is not self.scan or event.type() != event.Type.KeyPress:
            return super().eventFilter(obj, event)
        key = event.key()
        # Up/Down in the scan field move the selected line, so focus never leaves the field.
        if key in (Qt.Key_Up, Qt.Key_Down):
            row = self.model.row_of(self.selected_line) + (1 if key == Qt.Key_Down else -1)
            if 0 <= row < self.model.rowCount():
                self._select(self.model.line_id(row))
            return True
        # The window-level shortcuts only fire while the window is active; a key typed into
        # the scan field (a scanner, or the window just after a dialog closed) still acts.
        for action, shortcut in FIELD_KEYS.items():
            if QKeySequence(key | event.modifiers().value) == QKeySequence(shortcut):
                self.trigger(action)
                return True
        return super().eventFilter(obj, event)

    # ---- showing ---------------------------------------------------------------------
    def show_view(self, view) -> None:
        self.view = view
        self.model.set_view(view)
        t = view.totals
        cur = view.basket.currency
        self.total.setText(money(t.total, cur))
        parts = [f"{len(view.basket.active_lines)} lines · {t.item_count.normalize():f} items"]
        if t.discount_total:
            parts.append(f"discounts {money(-t.discount_total, cur)}")
        parts.append(f"of which VAT {money(t.tax, cur)}" if view.basket.prices_include_tax else f"+ VAT {money(t.tax, cur)}")
        self.details.setText("\n".join(parts))
        if view.changed_line_id:
            self._select(view.changed_line_id)
        elif self.model.row_of(self.selected_line) < 0:
            self._select(self.model.line_id(self.model.rowCount() - 1))
        else:
            self._select(self.selected_line)
        self.basket_shown.emit()

    def _select(self, line_id: str | None) -> None:
        self.selected_line = line_id
        row = self.model.row_of(line_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _error(self, exc) -> None:
        self.message.show_error(message_of(exc))
        self.scan.setFocus()

    # ---- actions ---------------------------------------------------------------------
    def trigger(self, action: str) -> None:
        if self.user is None or self.dialog is not None:
            return
        handler = {
            "search": self.open_search, "quantity": self.open_quantity, "price": self.open_price,
            "discount": self.open_discount, "void": self.void_line, "park": self.open_park,
            "pay": self.open_payment, "exact": self.exact_cash, "reprint": self.reprint,
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
            self.held_scans.append(text)  # replayed on the next basket once the sale is saved
            return
        qty, self.next_quantity = self.next_quantity, None
        if self.change.text():
            self.change.setText("")
        self.ops.call(basket_svc.add_scan, self.user, self.view.basket_id, text, qty,
                      ok=self._scanned, err=self._error)

    def _scanned(self, view) -> None:
        self.show_view(view)
        line = next((ln for ln in view.basket.lines if ln.line_id == view.changed_line_id), None)
        if line is not None:
            self.message.show_ok(f"{line.name}  ×{line.quantity.normalize():f}")

    def _gated(self, fn, *args, reason: str = "", **kwargs) -> None:
        """Run a permission-checked basket action; on refusal ask a manager's PIN and retry once."""

        def refused(exc):
            if isinstance(exc, PermissionDenied):
                dlg = OverrideDialog(exc.message, self)

                def done(code):
                    self.dialog = None
                    if code == QDialog.Accepted:
                        self.ops.call(fn, self.user, *args, approver=dlg.credentials(), **kwargs,
                                      ok=self._changed, err=self._error)
                    self.scan.setFocus()

                self._open(dlg, done)
            else:
                self._error(exc)

        self.ops.call(fn, self.user, *args, **kwargs, ok=self._changed, err=refused)

    def _changed(self, view) -> None:
        self.show_view(view)
        self.message.show_ok("Done")
        self.scan.setFocus()

    def _open(self, dlg: QDialog, on_finished) -> None:
        self.dialog = dlg
        dlg.finished.connect(on_finished)
        dlg.open()

    def _needs_line(self) -> str | None:
        if not self.selected_line or self.model.row_of(self.selected_line) < 0:
            self.message.show_error("Select a line first (↑ ↓)")
            return None
        row = self.model.rows[self.model.row_of(self.selected_line)]
        if row[6]:
            self.message.show_error("That line is voided")
            return None
        return self.selected_line

    def open_quantity(self) -> None:
        typed = self.scan.text().strip()
        if typed:  # "3" then F4: the next scan counts 3
            try:
                self.next_quantity = parse_quantity(typed)
            except DomainError as exc:
                self._error(exc)
                return
            self.scan.clear()
            self.message.show_info(f"Next scan × {self.next_quantity.normalize():f}")
            return
        line_id = self._needs_line()
        if not line_id:
            return
        dlg = ValueDialog("Quantity", "New quantity", "", "Type the quantity and Enter", self)

        def done(code):
            self.dialog = None
            if code == QDialog.Accepted:
                self.ops.call(basket_svc.set_quantity, self.user, self.view.basket_id, line_id, dlg.value(),
                              ok=self._changed, err=self._error)
            self.scan.setFocus()

        self._open(dlg, done)

    def open_price(self) -> None:
        line_id = self._needs_line()
        if not line_id:
            return
        dlg = ValueDialog("Change price", "New unit price", "", "Price changes are recorded with your name", self)

        def done(code):
            self.dialog = None
            if code == QDialog.Accepted:
                self._gated(basket_svc.override_price, self.view.basket_id, line_id, dlg.value())
            self.scan.setFocus()

        self._open(dlg, done)

    def open_discount(self) -> None:
        if self.view is None or self.view.basket.is_empty:
            self.message.show_error("Scan something before giving a discount")
            return
        dlg = DiscountDialog(has_line=self._line_is_active(), parent=self)
        line_id = self.selected_line

        def done(code):
            self.dialog = None
            if code != QDialog.Accepted:
                self.scan.setFocus()
                return
            try:
                value = parse_amount(dlg.value() or "0", self.cfg.currency)
                discount = Discount(dlg.kind(), value) if value else None
            except DomainError as exc:
                self._error(exc)
                return
            if dlg.target() == "line":
                self._gated(basket_svc.discount_line, self.view.basket_id, line_id, discount)
            else:
                self._gated(basket_svc.discount_basket, self.view.basket_id, discount)

        self._open(dlg, done)

    def _line_is_active(self) -> bool:
        row = self.model.row_of(self.selected_line)
        return row >= 0 and not self.model.rows[row][6]

    def void_line(self) -> None:
        line_id = self._needs_line()
        if line_id:
            self._gated(basket_svc.void_line, self.view.basket_id, line_id)

    def open_search(self) -> None:
        dlg = SearchDialog(self.ops, self.cfg.currency, self.scan.text().strip(), self)
        self.scan.clear()

        def done(code):
            self.dialog = None
            if code == QDialog.Accepted and dlg.chosen_sku:
                qty, self.next_quantity = self.next_quantity, None
                self.ops.call(basket_svc.add_scan, self.user, self.view.basket_id, dlg.chosen_sku, qty,
                              ok=self._scanned, err=self._error)
            self.scan.setFocus()

        self._open(dlg, done)

    def open_park(self) -> None:
        def got(parked):
            dlg = ParkDialog(parked, not self.view.basket.is_empty, self.cfg.currency, self.cfg.local, self)

            def done(code):
                self.dialog = None
                if code == QDialog.Accepted and dlg.choice:
                    kind, parked_id = dlg.choice
                    if kind == ParkDialog.PARK:
                        self.ops.call(basket_svc.park, self.user, self.view.basket_id, ok=self._parked, err=self._error)
                    else:
                        self.ops.call(basket_svc.recall, self.user, self.view.basket_id, parked_id,
                                      ok=self._changed, err=self._error)
                self.scan.setFocus()

            self._open(dlg, done)

        self.ops.call(basket_svc.parked, ok=got, err=self._error)

    def _parked(self, view) -> None:
        self.show_view(view)
        self.message.show_ok("Sale parked. F9 brings it back.")

    # ---- payment ---------------------------------------------------------------------
    def _ready_to_pay(self) -> bool:
        if self.view is None or self.view.basket.is_empty:
            self.message.show_error("The basket is empty")
            return False
        return not self.completing

    def open_payment(self) -> None:
        if not self._ready_to_pay():
            return
        dlg = PaymentDialog(self.view.totals.total, self.cfg.currency, self.cfg.cash_step, self.pending_tenders, self,
                            vouchers=self.vouchers)

        def done(code):
            self.dialog = None
            self.pending_tenders = list(dlg.tenders)
            if code == QDialog.Accepted:
                self.complete(list(dlg.tenders))
            elif self.pending_tenders:
                self.message.show_info("Payments taken so far are kept; F10 to go on")
            self.scan.setFocus()

        self._open(dlg, done)

    def exact_cash(self) -> None:
        """F12: the customer hands over exactly what is due, in cash (after any card taken)."""
        if not self._ready_to_pay():
            return
        _exact, cash_left = remaining(self.view.totals.total, self.pending_tenders, self.cfg.cash_step, self.cfg.currency)
        tenders = list(self.pending_tenders)
        if cash_left > 0:
            tenders.append(Tender(CASH, cash_left))
        self.complete(tenders)

    def complete(self, tenders: list[Tender]) -> None:
        if self.completing:  # a second F12 / Enter while the first is saving
            return
        self.completing = True
        self.ops.call(sale.complete_sale, self.user, self.view.basket_id, tenders, ok=self._completed, err=self._not_completed)

    def _completed(self, result) -> None:
        self.pending_tenders = []
        self.vouchers.forget()
        cur = self.cfg.currency
        self.change.setText(f"Change {money(result.change, cur)}" if result.change else "No change")
        self.last_sale.setText(f"Last sale {result.receipt_no} · {money(result.amount_due, cur)}")
        self.message.show_ok(f"Sale {result.receipt_no} saved. Printing receipt…")
        self.sale_completed.emit(result)
        self.ops.call(receipts.print_receipt, self.data_dir, result.sale_id, ok=self._printed,
                      err=lambda e: self._not_printed(result, e))
        self.ops.call(basket_svc.current, self.user, ok=self._next_basket, err=self._error)
        # While the customer takes the receipt: fold the WAL into the database, so that no
        # scan ever pays for a checkpoint.
        self.ops.call(station.tidy_up, err=lambda e: None)

    def completed_elsewhere(self, result) -> None:
        """The basket was sold by another screen (an exchange on the Returns screen): print its
        receipt and start the next basket, as after a payment here."""
        self.completing = True
        self._completed(result)

    def _printed(self, path) -> None:
        self.last_receipt = path
        self.message.show_ok(f"Receipt {path.stem} printed")

    def _not_printed(self, result, exc) -> None:
        """The sale is saved whatever happened to its receipt: say so first, so that nobody
        rings it up again (a full disk: the receipt is written by itself once there is room)."""
        if isinstance(exc, ReceiptNotWritten):
            text = exc.message
            self.last_sale.setText(f"{self.last_sale.text()}\nReceipt not written yet ({exc.reason}); "
                                   f"it is written by itself once there is room")
        else:
            text = message_after(f"Sale {result.receipt_no} is saved; its receipt was not printed:", exc)
            text += " Ctrl+P prints a copy."
        self.message.show_error(text)

    def _next_basket(self, view) -> None:
        self.completing = False
        self.show_view(view)
        held, self.held_scans = self.held_scans, []
        for text in held:
            self.scan.setText(text)
            self.on_scan()

    def _not_completed(self, exc) -> None:
        self.completing = False
        self._error(exc)

    def reprint(self) -> None:
        self.ops.call(receipts.reprint_last, self.data_dir, self.user, ok=self._printed, err=self._error)

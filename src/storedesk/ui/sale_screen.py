"""The counter: scan, adjust, take the money. Keyboard first; the scan field keeps focus.

The total and the change are shown whole at any till width (their type shrinks, they never
clip); payments already taken are kept on the basket (services/basket.take_tender), so they stay
on screen with what is still due until the sale is paid, after a restart or a lock too;
a quantity or total above the store's limits asks the clerk, or a supervisor (domain/limits.py).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.basket import Discount
from ..domain.errors import DomainError, PermissionDenied
from ..domain.limits import APPROVE, QUANTITY, NeedsApproval, NeedsConfirmation
from ..domain.money import parse_amount
from ..domain.money_format import fmt_qty
from ..domain.scan import parse_quantity
from ..domain.tenders import CARD, CASH, EXCHANGE, VOUCHER, Tender, remaining
from ..services import basket as basket_svc
from ..services import receipts, sale, station
from ..services.basket import BasketView
from ..services.context import User
from ..services.pending_receipts import ReceiptNotWritten
from .basket_model import BasketModel, basket_summary
from .dialogs import ConfirmDialog, DiscountDialog, OverrideDialog, QuantityDialog, ValueDialog
from .ops import Ops, message_after, message_of
from .palette import INFO_BLUE
from .park_dialog import ParkDialog
from .payment_dialog import PaymentDialog
from .search_dialog import SearchDialog
from .style import LABELS as STYLE_LABELS
from .style import decorate
from .voucher_bridge import VoucherBridge
from .widgets import KeyBar, MessageLine, Shortcut, money

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
SHORTCUTS: dict[str, Shortcut] = {
    "search": Qt.Key.Key_F2,
    "quantity": Qt.Key.Key_F4,
    "price": Qt.Key.Key_F7,
    "discount": Qt.Key.Key_F8,
    "void": Qt.Key.Key_Delete,
    "park": Qt.Key.Key_F9,
    "pay": Qt.Key.Key_F10,
    "exact": Qt.Key.Key_F12,
    "reprint": "Ctrl+P",
    "stock": Qt.Key.Key_F5,
    "sync": Qt.Key.Key_F6,
    "shift": Qt.Key.Key_F11,
    "returns": "Ctrl+R",
    "pickup": Qt.Key.Key_F3,
}
# Keys the scan field acts on itself when the window-level shortcuts do not fire (the
# window not active yet, just after a dialog closed). Ctrl+L is the main window's.
FIELD_KEYS = {**SHORTCUTS, "lock": "Ctrl+L"}
# A payment taken before the sale is paid, as the line under the total names it.
TENDER_WORDS = {
    CASH: "Cash {amount}",
    CARD: "Card {amount}",
    VOUCHER: "Voucher {amount}",
    EXCHANGE: "Exchange {amount}",
}


class FitLabel(QLabel):
    """One line of large type that shrinks to the width the layout gives it and never clips:
    a total of €123,456,789.00 keeps its "€" at a 1024 px till. Its height stays that of the
    full size, so a shrinking amount never moves the rest of the screen. Measuring a short
    text costs microseconds, and the font is set only when its size changes."""

    def __init__(self, text: str, full_px: int, least_px: int = 12, parent=None):
        super().__init__(text, parent)
        self.full_px, self.least_px = full_px, least_px
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # the text never widens the panel

    def _full_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(self.full_px)
        return font

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        return QSize(0, QFontMetrics(self._full_font()).height() + m.top() + m.bottom())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        font = self._full_font()
        px = self.full_px
        need = QFontMetrics(font).horizontalAdvance(self.text())
        if width > 0 and need > width:
            px = max(self.least_px, px * width // need)
            font.setPixelSize(px)
            while px > self.least_px and QFontMetrics(font).horizontalAdvance(self.text()) > width:
                px -= 1
                font.setPixelSize(px)
        if self.font().pixelSize() != px:
            self.setFont(font)


class SaleScreen(QWidget):
    sale_completed = Signal(object)  # services.sale.SaleResult
    basket_shown = Signal()  # the table shows the latest basket (tests and benchmarks wait on it)
    navigate = Signal(str)  # "stock" | "lock"

    def __init__(self, ops: Ops, cfg, data_dir: Path, parent=None):
        super().__init__(parent)
        self.ops, self.cfg, self.data_dir = ops, cfg, Path(data_dir)
        self.user: User | None = None
        self.view: BasketView | None = None
        self.selected_line: str | None = None
        self.completing = False
        # The payment dialog's way to keep payments on the basket and to redeem vouchers.
        self.message = MessageLine()
        self.vouchers = VoucherBridge(
            ops,
            lambda: self.view.basket_id if self.view else "",
            lambda text: self.message.show_error(text),
            user_of=lambda: self.user,
            on_view=self._kept_view,
        )
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
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        # No scroll bar: the newest line is always scrolled into view and ↑ ↓ (or the wheel,
        # or a finger) move through the rest. Repainting a scroll bar whose range changes on
        # every scan cost 2-3 ms; one appearing at the 17th line re-laid out the whole table.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        big = self.table.font()
        big.setPixelSize(17)
        self.table.setFont(big)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 80), (2, 110), (3, 110), (4, 120)):  # fixed: no re-measuring per scan
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, width)
        self.table.clicked.connect(lambda idx: self._select(self.model.line_id(idx.row())))
        self.total_caption = QLabel("Total")
        self.total_caption.setObjectName("totalCaption")
        self.total = FitLabel(money(Decimal(0)), STYLE_LABELS["total"][0])
        self.total.setObjectName("total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tendered = QLabel("")  # payments taken before Esc, and what is still due
        self.tendered.setObjectName("tendered")
        self.tendered.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tendered.setWordWrap(True)
        self.details = QLabel("")
        self.details.setObjectName("totalCaption")
        self.details.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.details.setWordWrap(True)
        self.change = FitLabel("", STYLE_LABELS["change"][0])
        self.change.setObjectName("change")
        self.change.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.last_sale = QLabel("")
        self.last_sale.setObjectName("totalCaption")
        self.last_sale.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.last_sale.setWordWrap(True)
        self.keys = KeyBar(KEYS, per_row=8)  # 16 keys: two rows fit a 1280 px till
        self.keys.triggered.connect(self.trigger)

        side = QFrame()
        side.setMinimumWidth(300)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.total_caption, 0, Qt.AlignmentFlag.AlignRight)
        side_layout.addWidget(self.total)
        side_layout.addWidget(self.tendered)
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
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda a=action: self.trigger(a))
        self.scan.installEventFilter(self)
        decorate(self)
        font = QFont(self.tendered.font())
        font.setPixelSize(18)
        font.setBold(True)
        self.tendered.setFont(font)
        pal = self.tendered.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(INFO_BLUE))
        self.tendered.setPalette(pal)

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
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.model.row_of(self.selected_line) + (1 if key == Qt.Key.Key_Down else -1)
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
    @property
    def shown(self) -> BasketView:
        """The basket on screen: every action on it runs after start() showed one."""
        assert self.view is not None
        return self.view

    @property
    def clerk(self) -> User:
        """Who sells: the screen takes keys only while someone is signed in."""
        assert self.user is not None
        return self.user

    def show_view(self, view) -> None:
        self.view = view
        self.model.set_view(view)
        t = view.totals
        cur = view.basket.currency
        self.total.setText(money(t.total, cur))
        self._show_tendered()
        parts = [basket_summary(len(view.basket.active_lines), t.item_count)]
        if t.discount_total:
            parts.append(f"discounts {money(-t.discount_total, cur)}")
        parts.append(
            f"of which VAT {money(t.tax, cur)}" if view.basket.prices_include_tax else f"+ VAT {money(t.tax, cur)}"
        )
        self.details.setText("\n".join(parts))
        if view.changed_line_id:
            self._select(view.changed_line_id)
        elif self.model.row_of(self.selected_line) < 0:
            self._select(self.model.line_id(self.model.rowCount() - 1))
        else:
            self._select(self.selected_line)
        self.basket_shown.emit()

    @property
    def taken(self) -> list[Tender]:
        """The payments taken on the open sale, as kept on its basket."""
        return self.view.basket.taken_tenders if self.view is not None else []

    def _kept_view(self, view) -> None:
        """A payment was kept on (or given back from) the basket on screen: show it as stored."""
        if self.view is not None and view is not None and view.basket_id == self.view.basket_id:
            self.show_view(view)

    def _show_tendered(self) -> None:
        """Payments taken so far (a card before Esc), read from the basket as stored, and what
        is still due, until the sale is paid."""
        taken = self.taken
        if not taken:
            self.tendered.setText("")
            return
        cur = self.shown.basket.currency
        exact_left, cash_left = remaining(self.shown.totals.total, taken, self.cfg.cash_step, cur)
        parts = [TENDER_WORDS.get(t.kind, "{amount}").format(amount=money(t.amount, cur)) for t in taken]
        if cash_left != exact_left:
            parts.append(f"Still due {money(exact_left, cur)} (in cash {money(cash_left, cur)})")
        else:
            parts.append(f"Still due {money(exact_left, cur)}")
        self.tendered.setText(" · ".join(parts))

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
            "search": self.open_search,
            "quantity": self.open_quantity,
            "price": self.open_price,
            "discount": self.open_discount,
            "void": self.void_line,
            "park": self.open_park,
            "pay": self.open_payment,
            "exact": self.exact_cash,
            "reprint": self.reprint,
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
        self._limited(basket_svc.add_scan, self.view.basket_id, text, qty, ok=self._scanned)

    def _scanned(self, view) -> None:
        self.show_view(view)
        line = next((ln for ln in view.basket.lines if ln.line_id == view.changed_line_id), None)
        if line is not None:
            self.message.show_ok(f"{line.name}  ×{line.quantity.normalize():f}")

    def _limited(self, fn, *args, ok, **kwargs) -> None:
        """Run a basket change the store's limits may stop (domain/limits.py): above a first
        limit the clerk is asked (Enter alone says no), above a second a supervisor's PIN; the
        same change is then made again with the answer, which the service checks too."""

        def refused(exc):
            if isinstance(exc, NeedsConfirmation):
                self._confirm_limit(exc, lambda: self._limited(fn, *args, ok=ok, **{**kwargs, "confirmed": True}))
            elif isinstance(exc, NeedsApproval):
                self._approve_limit(
                    exc,
                    lambda creds: self._limited(fn, *args, ok=ok, **{**kwargs, "confirmed": True, "approver": creds}),
                )
            else:
                self._error(exc)

        self.ops.call(fn, self.user, *args, **kwargs, ok=ok, err=refused)

    @staticmethod
    def _limit_sentence(c, currency: str) -> str:
        if c.what == QUANTITY:
            return f"{fmt_qty(c.value)} × {c.name} is more than {fmt_qty(c.limit)} on one line."
        return f"The sale total becomes {money(c.value, currency)}, more than {money(c.limit, currency)}."

    def _confirm_limit(self, exc: NeedsConfirmation, again) -> None:
        """ "500 × Apples?" in large type, then why it is asked; Enter alone answers no."""
        QApplication.beep()
        first, cur = exc.crossings[0], exc.currency
        question = "Is that really what the customer is buying?"
        if first.what == QUANTITY:
            title, heading = "Check the quantity", f"{fmt_qty(first.value)} × {first.name}?"
            detail = f"That is more than {fmt_qty(first.limit)} on one line."
        else:
            title, heading = "Check the sale total", f"A sale of {money(first.value, cur)}?"
            detail = f"That is more than {money(first.limit, cur)}."
        note = " ".join([*(self._limit_sentence(c, cur) for c in exc.crossings[1:]), question])
        dlg = ConfirmDialog(title, heading, detail, note, self)

        def done(code):
            self.dialog = None
            if code == QDialog.DialogCode.Accepted:
                again()
            else:
                self.message.show_info("Nothing was changed.")
            self.scan.setFocus()

        self._open(dlg, done)

    def _approve_limit(self, exc: NeedsApproval, again) -> None:
        # The limit that needs the approval, in the store's amounts, ending as every refusal does,
        # so that the dialog names the role to ask in its own words (OverrideDialog.for_refusal).
        first = next(c for c in exc.crossings if c.level == APPROVE)
        reason = self._limit_sentence(first, exc.currency).rstrip(".") + "; a manager can authorise it"
        dlg = OverrideDialog.for_refusal(PermissionDenied(reason, exc.permission), self)

        def done(code):
            self.dialog = None
            if code == QDialog.DialogCode.Accepted:
                again(dlg.credentials())
            else:
                self.message.show_info("Nothing was changed.")
            self.scan.setFocus()

        self._open(dlg, done)

    def _gated(self, fn, *args, reason: str = "", **kwargs) -> None:
        """Run a permission-checked basket action; on refusal ask for the approval it needs
        (a supervisor's or a manager's PIN, as the dialog names it) and retry once."""

        def refused(exc):
            if isinstance(exc, PermissionDenied):
                dlg = OverrideDialog.for_refusal(exc, self)

                def done(code):
                    self.dialog = None
                    if code == QDialog.DialogCode.Accepted:
                        self.ops.call(
                            fn,
                            self.user,
                            *args,
                            approver=dlg.credentials(),
                            **kwargs,
                            ok=self._changed,
                            err=self._error,
                        )
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
        dlg = QuantityDialog(self)

        def done(code):
            self.dialog = None
            if code == QDialog.DialogCode.Accepted:
                self._limited(basket_svc.set_quantity, self.shown.basket_id, line_id, dlg.value(), ok=self._changed)
            self.scan.setFocus()

        self._open(dlg, done)

    def open_price(self) -> None:
        line_id = self._needs_line()
        if not line_id:
            return
        dlg = ValueDialog("Change price", "New unit price", "", "Price changes are recorded with your name", self)

        def done(code):
            self.dialog = None
            if code == QDialog.DialogCode.Accepted:
                self._gated(basket_svc.override_price, self.shown.basket_id, line_id, dlg.value())
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
            if code != QDialog.DialogCode.Accepted:
                self.scan.setFocus()
                return
            try:
                value = parse_amount(dlg.value() or "0", self.cfg.currency)
                discount = Discount(dlg.kind(), value) if value else None
            except DomainError as exc:
                self._error(exc)
                return
            if dlg.target() == "line":
                self._gated(basket_svc.discount_line, self.shown.basket_id, line_id, discount)
            else:
                self._gated(basket_svc.discount_basket, self.shown.basket_id, discount)

        self._open(dlg, done)

    def _line_is_active(self) -> bool:
        row = self.model.row_of(self.selected_line)
        return row >= 0 and not self.model.rows[row][6]

    def void_line(self) -> None:
        line_id = self._needs_line()
        if line_id:
            self._gated(basket_svc.void_line, self.shown.basket_id, line_id)

    def open_search(self) -> None:
        dlg = SearchDialog(self.ops, self.cfg.currency, self.scan.text().strip(), self)
        self.scan.clear()

        def done(code):
            self.dialog = None
            if code == QDialog.DialogCode.Accepted and dlg.chosen_sku:
                qty, self.next_quantity = self.next_quantity, None
                self._limited(basket_svc.add_scan, self.shown.basket_id, dlg.chosen_sku, qty, ok=self._scanned)
            self.scan.setFocus()

        self._open(dlg, done)

    def open_park(self) -> None:
        if self.taken:  # they belong to this sale: it cannot be set aside half paid (the service refuses too)
            self.message.show_error("A payment is already taken on this sale: F10 or F12 completes it first")
            return

        def got(parked):
            dlg = ParkDialog(parked, not self.shown.basket.is_empty, self.cfg.currency, self.cfg.local, self)

            def done(code):
                self.dialog = None
                if code == QDialog.DialogCode.Accepted and dlg.choice:
                    kind, parked_id = dlg.choice
                    if kind == ParkDialog.PARK:
                        self.ops.call(
                            basket_svc.park, self.clerk, self.shown.basket_id, ok=self._parked, err=self._error
                        )
                    else:  # a recall names the parked sale
                        assert parked_id is not None
                        number = next((p.number for p in dlg.sales if p.basket_id == parked_id), None)
                        self.ops.call(
                            basket_svc.recall,
                            self.clerk,
                            self.shown.basket_id,
                            parked_id,
                            ok=lambda view: self._recalled(view, number),
                            err=self._error,
                        )
                self.scan.setFocus()

            self._open(dlg, done)

        self.ops.call(basket_svc.parked, ok=got, err=self._error)

    def _parked(self, view) -> None:
        self.show_view(view)
        self.message.show_ok(f"Sale parked as #{view.parked_as}. F9 brings it back.")

    def _recalled(self, view, number: int | None) -> None:
        """Say what happened to both baskets: the one open was not dropped, it was parked."""
        self.show_view(view)
        if view.parked_as is not None:
            self.message.show_ok(f"Your basket was parked as #{view.parked_as}; recalled #{number}.")
        else:
            self.message.show_ok(f"Recalled #{number}.")
        self.scan.setFocus()

    # ---- payment ---------------------------------------------------------------------
    def _ready_to_pay(self) -> bool:
        if self.view is None or self.view.basket.is_empty:
            self.message.show_error("The basket is empty")
            return False
        return not self.completing

    def open_payment(self) -> None:
        if not self._ready_to_pay():
            return
        if self.taken and remaining(self.shown.totals.total, self.taken, self.cfg.cash_step, self.cfg.currency)[0] == 0:
            self.complete([])  # the payments kept already pay it all (a card saved as Esc was pressed)
            return
        dlg = PaymentDialog(
            self.shown.totals.total,
            self.cfg.currency,
            self.cfg.cash_step,
            self.taken,
            self,
            vouchers=self.vouchers,
            tender_margin=self.cfg.cash_tender_margin,
            store=self.vouchers,
        )

        def done(code):
            self.dialog = None
            self._show_tendered()
            if code == QDialog.DialogCode.Accepted:  # the payments kept on the basket count from there
                self.complete(dlg.final_tenders(), cash_confirmed=dlg.cash_confirmed)
            elif self.taken:
                self.message.show_info("The payments taken are kept: F10 goes on, F12 takes the rest in cash")
            self.scan.setFocus()

        self._open(dlg, done)

    def exact_cash(self) -> None:
        """F12: the customer hands over exactly what is due, in cash (after any card taken)."""
        if not self._ready_to_pay():
            return
        _exact, cash_left = remaining(self.shown.totals.total, self.taken, self.cfg.cash_step, self.cfg.currency)
        self.complete([Tender(CASH, cash_left)] if cash_left > 0 else [])  # with the payments kept on the basket

    def complete(self, tenders: list[Tender], cash_confirmed: bool = False) -> None:
        """`tenders`: the final payments; those kept on the basket are counted by the service.
        `cash_confirmed`: the clerk said yes to a cash amount above the ceiling (payment dialog)."""
        if self.completing:  # a second F12 / Enter while the first is saving
            return
        self.completing = True
        self.ops.call(
            sale.complete_sale,
            self.clerk,
            self.shown.basket_id,
            tenders,
            cash_confirmed,
            ok=self._completed,
            err=self._not_completed,
        )

    def _completed(self, result) -> None:
        self.tendered.setText("")
        cur = self.cfg.currency
        self.change.setText(f"Change {money(result.change, cur)}" if result.change else "No change")
        self.last_sale.setText(f"Last sale {result.receipt_no} · {money(result.amount_due, cur)}")
        self.message.show_ok(f"Sale {result.receipt_no} saved. Printing receipt…")
        self.sale_completed.emit(result)
        self.ops.call(
            receipts.print_receipt,
            self.data_dir,
            result.sale_id,
            ok=self._printed,
            err=lambda e: self._not_printed(result, e),
        )
        if self.user is None:
            # The till was locked while the sale was saving: the next sign-in opens the next basket
            # (for whoever signs in), and the scans held meanwhile were the locked-out clerk's.
            self.completing = False
            self.held_scans = []
        else:
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
            self.last_sale.setText(
                f"{self.last_sale.text()}\nReceipt not written yet ({exc.reason}); "
                f"it is written by itself once there is room"
            )
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

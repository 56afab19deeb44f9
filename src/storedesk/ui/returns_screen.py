"""Returns: take goods back against a receipt (or without one, with a manager), pay the
refund to the original tenders or as store credit, print the return receipt.

Keyboard first; the field keeps focus. In the field:
- a receipt number (scanned from the receipt's barcode, or typed) + Enter looks the sale up;
- a small number (1-999, decimals for weighed lines) + Enter sets how many of the selected
  line come back; + and - (field empty) add or take one; ↑ ↓ choose the line;
- in no-receipt mode, a product barcode or SKU (3*code for three) + Enter adds the item.
Every service call runs on the database worker through Ops (DESIGN: no DB or network on
the GUI thread); the preview is recomputed by the service after each change, so what the
screen shows is exactly what F12 will pay.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import PermissionDenied
from ..domain.money import from_minor
from ..domain.money_format import fmt_qty
from ..domain.permissions import LABELS, Perm
from ..domain.returns import DAMAGED, ORIGINAL, REASONS, RESTOCK, STORE_CREDIT, refundable
from ..services.context import User
from ..services.pending_receipts import ReceiptNotWritten, disk_problem
from ..services.returns import complete, exchange, flags, lookup, no_receipt, planning, printing
from ..services.returns.no_receipt import NoReceiptItem
from ..services.returns.planning import ReturnLineIn
from .dialogs import OverrideDialog
from .ops import Ops, message_after, message_of
from .palette import ACCENT_BLUE, DISABLED_FACE, ERROR_BACKGROUND, ERROR_RED, FAINT_GREY, INK, OK_GREEN, WARNING_AMBER
from .payment_dialog import PaymentDialog
from .returns_dialogs import REASON_KEYS, ReasonDialog
from .style import decorate
from .widgets import KeyBar, MessageLine, Shortcut, money, readable_columns

KEYS = [
    ("new", "F2", "New return"),
    ("all", "F3", "All lines"),
    ("more", "+", "One more"),
    ("less", "−", "One less"),
    ("condition", "F4", "Condition"),
    ("reason", "F7", "Reason"),
    ("refund_to", "F8", "To credit"),
    ("exchange", "F6", "Exchange"),
    ("no_receipt", "F9", "No receipt"),
    ("flags", "F10", "Flags"),
    ("ack", "F11", "Acknowledge"),
    ("complete", "F12", "Complete"),
    ("reprint", "Ctrl+P", "Reprint"),
    ("back", "Esc", "Sale"),
]
SHORTCUTS: dict[str, Shortcut] = {
    "new": Qt.Key.Key_F2,
    "all": Qt.Key.Key_F3,
    "condition": Qt.Key.Key_F4,
    "reason": Qt.Key.Key_F7,
    "refund_to": Qt.Key.Key_F8,
    "no_receipt": Qt.Key.Key_F9,
    "flags": Qt.Key.Key_F10,
    "exchange": Qt.Key.Key_F6,
    "ack": Qt.Key.Key_F11,
    "complete": Qt.Key.Key_F12,
    "reprint": "Ctrl+P",
    "back": Qt.Key.Key_Escape,
}
RECEIPT_COLUMNS = ["#", "Product", "Sold", "Already back", "Can return", "Paid", "Return now", "Condition", "Refund"]
NO_RECEIPT_COLUMNS = ["#", "Product", "", "", "", "Price", "Return now", "Condition", "Refund"]
FLAG_COLUMNS = ["Flagged", "Return", "Original receipt", "What the hub found", "Acknowledged"]
LINE_SAMPLES = {0: "99", 2: "99", 3: "99", 4: "99", 5: "€99.99", 6: "99", 7: "Damaged", 8: "€99.99"}
FLAG_SAMPLES = {0: "2026-12-31", 1: "PAR01-T1-R000000", 2: "PAR01-T1-000000", 4: "2026-12-31"}  # times wrap
_QUANTITY = re.compile(r"^\d{1,3}([.,]\d{1,3})?$")  # a receipt number always has letters and dashes
TENDER_WORDS = {"cash": "cash", "card": "card", "store_credit": "store credit"}
ACTION_HINT = {
    "cash": "give the customer the cash",
    "card": "the card refund goes back to the card",
    "store_credit": "give the customer the printed voucher",
}
# A completed refund, one line per tender: what the clerk does with each amount.
HANDOVER_WORDS = {"cash": "Give in cash", "card": "Back to card", "store_credit": "On the voucher"}


def _look(label: QLabel, px: int, bold: bool, colour: str) -> None:
    font = QFont(label.font())
    font.setPixelSize(px)
    font.setBold(bold)
    label.setFont(font)
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(pal)


def _item(text: str, right: bool = False, colour: str | None = None, bold: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if colour:
        it.setForeground(QBrush(QColor(colour)))
    if bold:
        f = it.font()
        f.setBold(True)
        it.setFont(f)
    return it


def _table(columns: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(columns)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps focus; ↑ ↓ move the selection
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(36)
    big = t.font()
    big.setPixelSize(17)
    t.setFont(big)
    return t


class ReturnsScreen(QWidget):
    navigate = Signal(str)  # "sale"
    shown = Signal()  # the table and the preview on screen are up to date (tests wait on it)
    return_completed = Signal(object)  # services.returns.complete.ReturnResult
    exchanged = Signal(object)  # services.sale.SaleResult of an exchange's new sale

    def __init__(self, ops: Ops, cfg, data_dir: Path, parent=None):
        super().__init__(parent)
        self.ops, self.cfg, self.data_dir = ops, cfg, Path(data_dir)
        self.user: User | None = None
        self.dialog: QDialog | None = None
        self.mode = "receipt"  # receipt | no_receipt | flags
        self.sale: lookup.ReturnableSale | None = None
        self.qty: dict[int, Decimal] = {}  # receipt mode: line_no -> quantity coming back
        self.cond: dict[int, str] = {}
        self.items: list[dict] = []  # no-receipt mode: {sku, name, price, qty, cond}
        self.reason: str | None = None
        self.refund_to = ORIGINAL
        self.preview: planning.RefundPreview | None = None  # for what is chosen now
        # () -> (basket id, total) of the counter's basket, or None: the new items of an exchange
        self.exchange_basket = lambda: None
        self._retry = self._run_complete  # what a manager's approval re-runs
        self.row = 0
        self.completing = False
        self.flag_rows: list[tuple] = []
        self.last_result = None
        self.handover = None  # the return just completed, shown big until the next one starts
        self.last_pdf: Path | None = None
        self._asked = 0
        self.pending = False  # a preview is on its way for the choice on screen
        # the last choice the service accepted, while a newer one is checked
        self._accepted: tuple[dict[int, Decimal], dict[int, str], list[dict], str] | None = None
        self._complete_when_ready = False
        self._before_flags = "receipt"

        title = QLabel("Returns")
        title.setObjectName("title")
        self.mode_label = QLabel("")
        self.offline = QLabel("OFFLINE — only this station's sales")
        self.offline.setAutoFillBackground(True)
        pal = self.offline.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(ERROR_BACKGROUND))
        self.offline.setPalette(pal)
        self.offline.setContentsMargins(10, 4, 10, 4)
        self.offline.hide()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.mode_label)
        head.addStretch(1)
        head.addWidget(self.offline)

        self.field = QLineEdit()
        self.field.returnPressed.connect(self.on_enter)
        self.sale_info = QLabel("")
        self.sale_info.setWordWrap(True)
        self.hint = QLabel("")
        self.hint.setObjectName("totalCaption")
        self.hint.setWordWrap(True)
        self.lines = _table(RECEIPT_COLUMNS)  # its columns: readable_columns, after decorate below
        self.lines.cellClicked.connect(lambda r, _c: self._select(r))
        self.flags_table = _table(FLAG_COLUMNS)
        self.flags_table.setWordWrap(True)
        self.flags_table.cellClicked.connect(lambda r, _c: self.flags_table.selectRow(r))
        self.middle = QStackedWidget()
        self.middle.addWidget(self.lines)
        self.middle.addWidget(self.flags_table)

        self.side = side = QFrame()
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side.setMinimumWidth(260)  # a 1024 px till: the lines' columns need the rest
        side.setMaximumWidth(400)
        sl = QVBoxLayout(side)
        self.total_caption = QLabel("Refund")
        self.total_caption.setObjectName("totalCaption")
        self.total = QLabel(money(Decimal(0), cfg.currency))
        self.total.setObjectName("total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.parts = QLabel("")
        self.parts.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.parts.setWordWrap(True)
        self.refund_to_label = QLabel("")
        self.refund_to_label.setWordWrap(True)
        self.reason_label = QLabel("")
        self.reason_label.setWordWrap(True)
        self.approvals = QLabel("")
        self.approvals.setWordWrap(True)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.voucher = QLabel("")
        self.voucher.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.voucher.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.voucher.setWordWrap(True)
        for w in (self.total_caption,):
            sl.addWidget(w, 0, Qt.AlignmentFlag.AlignRight)
        sl.addWidget(self.total)
        sl.addWidget(self.parts)
        sl.addSpacing(8)
        sl.addWidget(self.refund_to_label)
        sl.addWidget(self.reason_label)
        sl.addWidget(self.approvals)
        sl.addStretch(1)
        sl.addWidget(self.result)
        sl.addWidget(self.voucher)

        left = QVBoxLayout()
        left.addWidget(self.field)
        left.addWidget(self.sale_info)
        left.addWidget(self.middle, 1)
        left.addWidget(self.hint)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addWidget(side, 1)
        self.message = MessageLine()
        self.keys = KeyBar(KEYS, per_row=7)
        self.keys.triggered.connect(self.trigger)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(top, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.keys)

        for action, key in SHORTCUTS.items():
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda a=action: self.trigger(a))
        self.field.installEventFilter(self)
        decorate(self)
        # Every column readable on a 1024 px till: each as wide as its caption (of two lines at
        # most: "Already / back") and a typical value, or its contents; the name takes the rest.
        readable_columns(self.lines, LINE_SAMPLES, stretch=1, stretch_sample="Test Apples 1 kg", wrap=True, bold=True)
        readable_columns(
            self.flags_table, FLAG_SAMPLES, stretch=3, stretch_sample="Returned twice", wrap=True, fixed=True
        )
        for btn in self.keys.buttons.values():  # a key that cannot act now looks it
            p = btn.palette()
            p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(FAINT_GREY))
            btn.setPalette(p)
        self.keys.buttons["complete"].setProperty("primary", True)
        decorate(self.keys)
        done = self.keys.buttons["complete"]
        p = done.palette()
        p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(DISABLED_FACE))
        p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(FAINT_GREY))
        done.setPalette(p)
        _look(self.mode_label, 20, True, ACCENT_BLUE)
        _look(self.offline, 18, True, ERROR_RED)
        _look(self.sale_info, 16, False, INK)
        _look(self.parts, 18, True, INK)
        _look(self.refund_to_label, 16, False, INK)
        _look(self.reason_label, 16, False, INK)
        _look(self.approvals, 16, True, WARNING_AMBER)
        _look(self.result, 16, True, OK_GREEN)
        _look(self.voucher, 26, True, ACCENT_BLUE)
        self._show()

    # ---- life cycle ------------------------------------------------------------------
    def start(self, user) -> None:
        """Shown for `user` (the main window passes the signed-in user each time). A return
        half done by the same user stays on screen; another user starts afresh."""
        if self.user is not None and user.id != self.user.id:
            self._reset(keep_result=False)
        self.user = user
        self.field.setFocus()
        if self.mode == "flags":
            self.load_flags()
        self._show()

    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(0, self._focus)

    def _focus(self) -> None:
        if self.dialog is None:
            self.field.setFocus()

    def eventFilter(self, obj, event):
        if obj is not self.field or event.type() != event.Type.KeyPress:
            return super().eventFilter(obj, event)
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move(1 if key == Qt.Key.Key_Down else -1)
            return True
        # + and - act on the selected line when nothing is typed (a receipt number's dashes
        # come after letters, so a scan is never taken for a key).
        if not self.field.text() and key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus):
            self.trigger("more" if key == Qt.Key.Key_Plus else "less")
            return True
        # Window shortcuts only fire while the window is active; a key in the field still acts.
        typed = QKeySequence(key | event.modifiers().value)
        for action, shortcut in SHORTCUTS.items():
            if typed == QKeySequence(shortcut):
                self.trigger(action)
                return True
        return super().eventFilter(obj, event)

    # ---- actions ---------------------------------------------------------------------
    def trigger(self, action: str) -> None:
        if self.dialog is not None:
            return
        if action == "back":
            self.navigate.emit("sale")
            return
        if self.user is None:
            return
        btn = self.keys.buttons.get(action)
        if btn is not None and not btn.isEnabled():  # the key of a greyed button says why
            self.message.show_info(
                "F10 closes the flags first"
                if self.mode == "flags"
                else "F10 shows the flags first"
                if action == "ack"
                else "Nothing chosen to return yet"
                if action == "complete"
                else "F3 takes every line of a scanned receipt"
            )
            return
        handler = {
            "new": self.new_return,
            "all": self.all_lines,
            "more": lambda: self.step(1),
            "less": lambda: self.step(-1),
            "condition": self.toggle_condition,
            "reason": self.ask_reason,
            "refund_to": self.toggle_refund_to,
            "no_receipt": self.toggle_no_receipt,
            "flags": self.toggle_flags,
            "ack": self.acknowledge,
            "complete": self.complete,
            "reprint": self.reprint,
            "exchange": self.exchange,
        }.get(action)
        if handler:
            handler()
        if self.dialog is None:
            self.field.setFocus()

    def on_enter(self) -> None:
        text = self.field.text().strip()
        if self.mode == "flags":
            self.field.clear()
            if text:
                self.message.show_error("Flags are shown: F10 goes back to the return")
            return
        if not text:
            if self._has_choice():
                self.message.show_info("F12 completes the refund")
            return
        if _QUANTITY.match(text) and self._has_rows():
            self.field.clear()
            try:
                q = Decimal(text.replace(",", "."))
            except ArithmeticError:  # pragma: no cover - the pattern only lets numbers through
                self.message.show_error(f"'{text}' is not a quantity")
                return
            self.set_quantity(q)
            return
        self.field.clear()
        if self.mode == "receipt":
            self.lookup(text)
        else:
            self.add_item(text)

    # ---- receipt mode ---------------------------------------------------------------------
    def lookup(self, ref: str) -> None:
        self.message.show_info(f"Looking up receipt {ref.upper()}…")
        self.ops.call(lookup.find_sale, ref, ok=self._found, err=self._error)

    def _found(self, sale) -> None:
        self._asked += 1
        self.pending, self._accepted, self._complete_when_ready = False, None, False
        self.handover = None
        self.sale = sale
        self.qty, self.cond = {}, {}
        self.preview = None
        self.row = next((i for i, ln in enumerate(sale.lines) if refundable(ln) > 0), 0)
        left = sum((refundable(ln) for ln in sale.lines), Decimal(0))
        if left == 0:
            self.message.show_error(f"Receipt {sale.ref}: everything on it was already returned")
        else:
            self.message.show_ok(f"Receipt {sale.ref}: choose what comes back (↑ ↓, + or a number, Enter)")
        self._show()

    def _lines_in(self, qty=None, cond=None) -> list[ReturnLineIn]:
        qty = self.qty if qty is None else qty
        cond = self.cond if cond is None else cond
        return [ReturnLineIn(n, q, cond.get(n, RESTOCK)) for n, q in sorted(qty.items()) if q > 0]

    def _items_in(self, items=None) -> list[NoReceiptItem]:
        return [
            NoReceiptItem(it["sku"], it["qty"], it["cond"])
            for it in (self.items if items is None else items)
            if it["qty"] > 0
        ]

    def _has_rows(self) -> bool:
        return (self.mode == "receipt" and self.sale is not None) or (self.mode == "no_receipt" and bool(self.items))

    def _has_choice(self) -> bool:
        return bool(self._lines_in()) if self.mode == "receipt" else bool(self._items_in())

    def _apply(self, qty=None, cond=None, items=None, refund_to=None, done_text: str = "") -> None:
        """Show a changed choice at once and ask the service for its preview. Quick key
        presses build on each other; if the service refuses (a quantity above what is
        left, a refund the tenders cannot take), the choice goes back to the last one it
        accepted: a refused change changes nothing."""
        if self._accepted is None:
            self._accepted = (dict(self.qty), dict(self.cond), [dict(it) for it in self.items], self.refund_to)
        self.qty = dict(self.qty if qty is None else qty)
        self.cond = dict(self.cond if cond is None else cond)
        self.items = [dict(it) for it in (self.items if items is None else items)]
        self.refund_to = self.refund_to if refund_to is None else refund_to
        self._asked += 1
        asked = self._asked
        self.pending = True
        self._show()

        def ok(pre):
            if asked != self._asked:
                return
            if self.mode == "no_receipt" and pre is not None:
                pre = pre[1]
            self.preview, self.pending, self._accepted = pre, False, None
            if done_text:
                self.message.show_ok(done_text)
            self._show()
            if self._complete_when_ready:
                self._complete_when_ready = False
                self.complete()

        def err(exc):
            if asked != self._asked:
                return
            if self._accepted is not None:
                self.qty, self.cond, self.items, self.refund_to = self._accepted
            self.pending, self._accepted, self._complete_when_ready = False, None, False
            self._show()
            self._error(exc)

        if self.mode == "receipt":
            lines = self._lines_in()
            if not lines:
                ok(None)
                return
            assert self.sale is not None  # lines chosen: from the sale shown
            self.ops.call(planning.preview, self.sale, lines, self.refund_to, ok=ok, err=err)
        else:
            its = self._items_in()
            if not its:
                ok(None)
                return
            self.ops.call(no_receipt.no_receipt_preview, its, self.refund_to, ok=ok, err=err)

    def _current_line(self):
        if self.sale is None or not self.sale.lines:
            return None
        self.row = max(0, min(self.row, len(self.sale.lines) - 1))
        return self.sale.lines[self.row]

    def set_quantity(self, q: Decimal) -> None:
        if self.mode == "receipt":
            ln = self._current_line()
            if ln is None:
                return
            qty = dict(self.qty)
            qty[ln.line_no] = q
            if q == 0:
                qty.pop(ln.line_no, None)
            self._apply(qty=qty, done_text=f"{ln.name}: {fmt_qty(q)} coming back" if q else f"{ln.name}: not returned")
        elif self.items:
            items = [dict(it) for it in self.items]
            it = items[max(0, min(self.row, len(items) - 1))]
            it["qty"] = q
            if q == 0:
                items.remove(it)
            self._apply(
                items=items, done_text=f"{it['name']}: {fmt_qty(q)} coming back" if q else f"{it['name']} removed"
            )

    def step(self, delta: int) -> None:
        if self.mode == "receipt":
            ln = self._current_line()
            if ln is None:
                self.message.show_error("Scan the receipt first")
                return
            now = self.qty.get(ln.line_no, Decimal(0))
            left = refundable(ln)
            new = max(Decimal(0), now + delta)
            if delta > 0 and now >= left:
                self.message.show_error(
                    f"{ln.name}: only {fmt_qty(left)} can come back"
                    + ("" if left else " — it was already returned in full")
                )
                return
            new = min(new, left)
            self.set_quantity(new)
        elif self.items:
            it = self.items[max(0, min(self.row, len(self.items) - 1))]
            self.set_quantity(max(Decimal(0), it["qty"] + delta))
        else:
            self.message.show_error("Scan the item that comes back first")

    def all_lines(self) -> None:
        if self.mode != "receipt" or self.sale is None:
            self.message.show_error(
                "Scan the receipt first" if self.mode == "receipt" else "F3 takes every line of a receipt"
            )
            return
        qty = {ln.line_no: refundable(ln) for ln in self.sale.lines if refundable(ln) > 0}
        if not qty:
            self.message.show_error(f"Receipt {self.sale.ref}: everything on it was already returned")
            return
        self._apply(qty=qty, done_text="Everything still returnable is coming back")

    def toggle_condition(self) -> None:
        if self.mode == "receipt":
            ln = self._current_line()
            if ln is None:
                self.message.show_error("Scan the receipt first")
                return
            cond = dict(self.cond)
            cond[ln.line_no] = DAMAGED if cond.get(ln.line_no, RESTOCK) == RESTOCK else RESTOCK
            word = "damaged: written off" if cond[ln.line_no] == DAMAGED else "back on the shelf"
            if ln.line_no not in self.qty:
                self.cond = cond
                self.message.show_ok(f"{ln.name}: {word}")
                self._show()
                return
            self._apply(cond=cond, done_text=f"{ln.name}: {word}")
        elif self.items:
            items = [dict(it) for it in self.items]
            it = items[max(0, min(self.row, len(items) - 1))]
            it["cond"] = DAMAGED if it["cond"] == RESTOCK else RESTOCK
            self._apply(
                items=items,
                done_text=f"{it['name']}: "
                + ("damaged: written off" if it["cond"] == DAMAGED else "back on the shelf"),
            )

    def toggle_refund_to(self) -> None:
        new = STORE_CREDIT if self.refund_to == ORIGINAL else ORIGINAL
        words = (
            "store credit (a voucher)"
            if new == STORE_CREDIT
            else ("the original payments" if self.mode == "receipt" else "cash")
        )
        if not self._has_choice():
            self.refund_to = new
            self.message.show_ok(f"Refund to {words}")
            self._show()
            return
        self._apply(refund_to=new, done_text=f"Refund to {words}")

    def ask_reason(self, then=None) -> None:
        dlg = ReasonDialog(self.reason, self)
        self.dialog = dlg

        def done(code):
            self.dialog = None
            if code == QDialog.DialogCode.Accepted and dlg.chosen:
                self.reason = dlg.chosen
                self._show()
                if then is not None:
                    then()
                else:
                    self.message.show_ok(f"Reason: {REASONS[self.reason]}")
            self.field.setFocus()

        dlg.finished.connect(done)
        dlg.open()

    # ---- no receipt ------------------------------------------------------------------------
    def toggle_no_receipt(self) -> None:
        self.handover = None
        self._asked += 1
        self.pending, self._accepted, self._complete_when_ready = False, None, False
        if self.mode == "no_receipt":
            self.mode = "receipt"
            self.refund_to = ORIGINAL
            self.items = []
            self.preview = None
            self.message.show_info("With a receipt: scan the receipt's barcode or type its number")
        else:
            self.mode = "no_receipt"
            self.sale, self.qty, self.cond, self.items, self.preview = None, {}, {}, [], None
            self.refund_to = STORE_CREDIT
            self.row = 0
            self.message.show_info(
                "No receipt: scan each item that comes back. A manager approves; the refund is the lowest recent price."
            )
        self._show()

    def add_item(self, text: str) -> None:
        def found(answer):
            self.handover = None
            product, q = answer
            items = [dict(it) for it in self.items]
            same = next((it for it in items if it["sku"] == product.sku), None)
            if same is not None:
                same["qty"] += q or Decimal(1)
                self.row = items.index(same)
            else:
                items.append(
                    {
                        "sku": product.sku,
                        "name": product.name,
                        "qty": q or Decimal(1),
                        "cond": RESTOCK,
                        "price": from_minor(product.price_minor, self.cfg.currency),
                    }
                )
                self.row = len(items) - 1
            self._apply(items=items, done_text=f"{product.name} ×{fmt_qty((same or items[-1])['qty'])}")

        self.ops.call(no_receipt.find_return_item, text, ok=found, err=self._error)

    # ---- completing --------------------------------------------------------------------------
    def complete(self) -> None:
        if self.completing:
            return
        if self.mode == "flags":
            self.message.show_error("F10 goes back to the return first")
            return
        if not self._has_choice():
            self.message.show_error(
                "Nothing chosen to return: scan the receipt, then ↑ ↓ and + (or a number)"
                if self.mode == "receipt"
                else "Scan the items that come back first"
            )
            return
        if self.pending:  # F12 right after a key: complete once the service has checked it
            self._complete_when_ready = True
            self.message.show_info("Working out the refund…")
            return
        if self.preview is None:
            self.message.show_error("Choose again what comes back (↑ ↓ and +)")
            return
        if self.reason is None:
            self.ask_reason(then=self.complete)
            return
        self.completing = True
        self._retry = self._run_complete
        self._run_complete(None)

    # ---- exchange: the returned goods pay for the new items scanned at the counter --------
    def exchange(self) -> None:
        """F6: return what is chosen and sell the counter's basket in one go, netting the money;
        the customer pays only the difference (payment dialog), or gets the rest back."""
        if self.completing or self.dialog is not None:
            return
        if self.mode != "receipt":
            self.message.show_error("An exchange starts from a receipt: F9 goes back to receipt returns")
            return
        basket = self.exchange_basket()
        if basket is None:
            self.message.show_error("Scan the new items at the counter first (Esc), then Ctrl+R, the receipt, and F6")
            return
        if not self._has_choice() or self.preview is None or self.pending:
            self.message.show_error("Choose what comes back first (↑ ↓ and +)")
            return
        if self.reason is None:
            self.ask_reason(then=self.exchange)
            return
        basket_id, new_total = basket
        credit = self.preview.total
        if new_total <= credit:
            self._start_exchange(basket_id, [])
            return
        dlg = PaymentDialog(
            new_total - credit,
            self.cfg.currency,
            self.cfg.cash_step,
            parent=self,
            tender_margin=self.cfg.cash_tender_margin,
        )
        dlg.setWindowTitle(
            f"Exchange: the new items cost {money(new_total, self.cfg.currency)}, "
            f"{money(credit, self.cfg.currency)} comes back"
        )
        self.dialog = dlg

        def done(code):
            self.dialog = None
            if code == QDialog.DialogCode.Accepted:
                self._start_exchange(basket_id, list(dlg.tenders), dlg.cash_confirmed)
            else:
                self.message.show_info("Exchange not done: nothing was saved")
            self.field.setFocus()

        dlg.finished.connect(done)
        dlg.open()

    def _start_exchange(self, basket_id: str, tenders: list, cash_confirmed: bool = False) -> None:
        self.completing = True
        self._retry = lambda approver: self._run_exchange(basket_id, tenders, approver, cash_confirmed)
        self._run_exchange(basket_id, tenders, None, cash_confirmed)

    def _run_exchange(self, basket_id: str, tenders: list, approver, cash_confirmed: bool = False) -> None:
        # the keys act while someone is signed in; an exchange starts from a sale, with a reason
        assert self.user is not None and self.sale is not None and self.reason is not None
        self.ops.call(
            exchange.complete_exchange,
            self.user,
            self.sale,
            self._lines_in(),
            self.reason,
            basket_id,
            tenders,
            approver=approver,
            cash_confirmed=cash_confirmed,
            ok=self._exchange_done,
            err=self._not_completed,
        )

    def _exchange_done(self, result) -> None:
        self._completed(result.ret)
        cur = self.cfg.currency
        due = result.sale.amount_due - result.netted
        back = result.credit - result.netted
        text = f"Exchange done: new sale {result.sale.receipt_no}; the returned goods paid {money(result.netted, cur)}"
        if due > 0:
            text += f", the customer paid {money(due, cur)}" + (
                f" (change {money(result.sale.change, cur)})" if result.sale.change else ""
            )
        if back > 0:
            text += f", {money(back, cur)} goes back to the customer"
        self.message.show_ok(text)
        self.exchanged.emit(result.sale)

    def _run_complete(self, approver) -> None:
        assert self.user is not None and self.reason is not None  # complete() asked for the reason
        if self.mode == "receipt":
            assert self.sale is not None  # a receipt return's lines come from the sale shown
            self.ops.call(
                complete.complete_return,
                self.user,
                self.sale,
                self._lines_in(),
                self.reason,
                self.refund_to,
                approver=approver,
                ok=self._completed,
                err=self._not_completed,
            )
        else:
            self.ops.call(
                no_receipt.complete_no_receipt_return,
                self.user,
                self._items_in(),
                self.reason,
                self.refund_to,
                approver=approver,
                ok=self._completed,
                err=self._not_completed,
            )

    def _not_completed(self, exc) -> None:
        if isinstance(exc, PermissionDenied):
            needed = self._approval_words() or message_of(exc)
            dlg = OverrideDialog(f"{needed}. A manager enters their name and PIN.", self)
            self.dialog = dlg

            def done(code):
                self.dialog = None
                if code == QDialog.DialogCode.Accepted:
                    self._retry(dlg.credentials())
                else:
                    self.completing = False
                    self.message.show_info("Not refunded: a manager's approval is needed")
                self.field.setFocus()

            dlg.finished.connect(done)
            dlg.open()
            return
        self.completing = False
        self._error(exc)
        if self.mode == "receipt" and self.sale is not None and getattr(exc, "code", "") == "over_return":
            # someone else returned part of it meanwhile: show the counts as they are now
            ref, kept = self.sale.ref, self.message.text()
            self.ops.call(lookup.find_sale, ref, ok=lambda s: self._refreshed(s, kept), err=lambda e: None)

    def _refreshed(self, sale, text) -> None:
        self.sale, self.qty, self.preview = sale, {}, None
        self._show()
        self.message.show_error(f"{text}. Counts updated; choose again.")

    def _completed(self, result) -> None:
        self.completing = False
        self.last_result = self.handover = result
        cur = self.cfg.currency
        handed = sum((p.amount for p in result.parts), Decimal(0))
        parts = ", ".join(f"{TENDER_WORDS.get(p.kind, p.kind)} {money(p.amount, cur)}" for p in result.parts)
        todo = "; ".join(ACTION_HINT[k] for k in dict.fromkeys(p.kind for p in result.parts) if k in ACTION_HINT)
        text = f"Refund {money(handed, cur)}: {parts or 'nothing to pay'}"
        if result.voucher_code:
            text += f" — voucher {result.voucher_code}"
        if todo:
            text += f" — {todo}"
        self.message.show_ok(text)
        self.result.setText(
            f"Return {result.return_no} done · {money(handed, cur)}"
            + (" · offline" if result.offline else "")
            + "\nPrinting the return receipt…"
        )
        self.voucher.setText(f"Store credit voucher\n{result.voucher_code}" if result.voucher_code else "")
        self.return_completed.emit(result)
        self.ops.call(
            printing.print_return_receipt,
            self.data_dir,
            result.return_id,
            ok=self._printed,
            err=self._not_printed,
        )
        mode = self.mode
        self._reset(keep_result=True)
        self.mode = mode
        if mode == "no_receipt":
            self.refund_to = STORE_CREDIT
        self._show()

    def _printed(self, path: Path) -> None:
        self.last_pdf = path
        if self.last_result is not None:
            cur = self.cfg.currency
            handed = sum((p.amount for p in self.last_result.parts), Decimal(0))
            self.result.setText(
                f"Return {self.last_result.return_no} done · {money(handed, cur)}\nReceipt printed (Ctrl+P reprints)"
            )

    def _not_printed(self, exc) -> None:
        """The return is saved whatever happened to its receipt: say so once, first."""
        no = self.last_result.return_no if self.last_result is not None else ""
        if isinstance(exc, ReceiptNotWritten):  # says what is saved and what to do, itself
            text = exc.message
            note = (
                f"Return {no} done. Receipt not written yet ({exc.reason}); it is written by itself once there is room"
            )
        else:
            reason = f"{disk_problem(exc)}." if isinstance(exc, OSError) else None  # the disk, in a clerk's words
            saved = f"Return {no} is saved; its receipt was not printed:"
            text = f"{saved} {reason}" if reason else message_after(saved, exc)
            text += " Ctrl+P prints a copy."
            note = f"Return {no} done. Receipt not printed: Ctrl+P prints a copy"
        self.result.setText(note)  # the side panel keeps it short: the message line says why
        self.message.show_error(text)

    def reprint(self) -> None:
        self.ops.call(
            printing.reprint_last_return,
            self.data_dir,
            self.user,
            ok=self._reprinted,
            err=self._error,
        )

    def _reprinted(self, path: Path) -> None:
        self._printed(path)
        self.message.show_ok(f"Copy of {path.stem.removesuffix('-copy')} printed")

    def new_return(self) -> None:
        mode = self.mode if self.mode != "flags" else "receipt"
        self._reset(keep_result=False)
        self.mode = mode
        self.refund_to = STORE_CREDIT if mode == "no_receipt" else ORIGINAL
        self.message.show_info(
            "Scan the receipt's barcode or type its number" if mode == "receipt" else "Scan each item that comes back"
        )
        self._show()

    def _reset(self, keep_result: bool) -> None:
        self._asked += 1
        self.pending, self._accepted, self._complete_when_ready = False, None, False
        self.mode = "receipt"
        self.sale, self.qty, self.cond, self.items, self.preview = None, {}, {}, [], None
        self.reason, self.refund_to, self.row, self.completing = None, ORIGINAL, 0, False
        if not keep_result:
            self.handover = None
            self.result.setText("")
            self.voucher.setText("")

    # ---- flags ---------------------------------------------------------------------------
    def toggle_flags(self) -> None:
        if self.mode == "flags":
            self.mode = self._before_flags
            self.message.clear_message()
            self._show()
            return
        self._before_flags = self.mode
        self.mode = "flags"
        self._show()
        self.load_flags()

    def load_flags(self, announce: bool = True) -> None:
        self.ops.call(flags.flags, ok=lambda rows: self._show_flags(rows, announce), err=self._error)

    def _show_flags(self, rows, announce: bool = True) -> None:
        self.flag_rows = rows
        t = self.flags_table
        t.setRowCount(len(rows))
        unseen = 0
        for i, (_fid, return_no, original, detail, flagged_at, seen_at) in enumerate(rows):
            colour = None if seen_at else ERROR_RED
            unseen += 0 if seen_at else 1
            cells = [
                f"{self.cfg.local(flagged_at):%Y-%m-%d %H:%M}" if flagged_at else "",
                return_no,
                original,
                detail,
                f"{self.cfg.local(seen_at):%Y-%m-%d %H:%M}" if seen_at else "NOT YET",
            ]
            for j, text in enumerate(cells):
                t.setItem(i, j, _item(text, colour=colour, bold=not seen_at and j == 4))
        t.resizeRowsToContents()
        if rows:
            first = next((i for i, r in enumerate(rows) if not r[5]), 0)
            t.selectRow(first)
        if announce:
            self.message.show_info(
                f"{len(rows)} over-returns flagged by the hub, {unseen} not acknowledged. ↑ ↓ choose, F11 acknowledges "
                "(manager)"
                if rows
                else "No over-return flagged by the hub"
            )
        self.shown.emit()

    def acknowledge(self) -> None:
        if self.mode != "flags":
            self.message.show_error("F10 shows the flags first")
            return
        row = self.flags_table.currentRow()
        if not (0 <= row < len(self.flag_rows)):
            self.message.show_error("No flag chosen")
            return
        flag = self.flag_rows[row]
        if flag[5]:
            self.message.show_info(f"{flag[1]} was already acknowledged")
            return

        def done(name):
            self.message.show_ok(f"Flag on {flag[1]} acknowledged by {name}")
            self.load_flags(announce=False)

        def refused(exc):
            if isinstance(exc, PermissionDenied):
                dlg = OverrideDialog("A manager acknowledges an over-return flag", self)
                self.dialog = dlg

                def closed(code):
                    self.dialog = None
                    if code == QDialog.DialogCode.Accepted:
                        self.ops.call(
                            flags.acknowledge_flag_as,
                            self.user,
                            flag[0],
                            dlg.credentials(),
                            ok=done,
                            err=self._error,
                        )
                    self.field.setFocus()

                dlg.finished.connect(closed)
                dlg.open()
            else:
                self._error(exc)

        self.ops.call(flags.acknowledge_flag_as, self.user, flag[0], ok=done, err=refused)

    # ---- showing ---------------------------------------------------------------------------
    def _error(self, exc) -> None:
        self.message.show_error(message_of(exc))
        self.field.setFocus()

    def _move(self, delta: int) -> None:
        if self.mode == "flags":
            row = self.flags_table.currentRow() + delta
            if 0 <= row < self.flags_table.rowCount():
                self.flags_table.selectRow(row)
            return
        n = len(self.sale.lines) if (self.mode == "receipt" and self.sale) else len(self.items)
        if n:
            self._select(max(0, min(self.row + delta, n - 1)))

    def _select(self, row: int) -> None:
        if self.mode == "flags":
            return
        self.row = row
        if 0 <= row < self.lines.rowCount():
            self.lines.selectRow(row)
            first_cell = self.lines.item(row, 0)
            if first_cell is not None:
                self.lines.scrollToItem(first_cell)

    def _approval_words(self) -> str:
        if self.preview is None or not self.preview.approvals:
            return ""
        words = [LABELS[Perm(p)] for p in self.preview.approvals]
        return "Needs a manager to " + " and ".join(words)

    def _show(self) -> None:
        mode = self.mode
        self.middle.setCurrentWidget(self.flags_table if mode == "flags" else self.lines)
        self.side.setVisible(mode != "flags")
        for col in (2, 3, 4):
            self.lines.setColumnHidden(col, mode == "no_receipt")
        self.mode_label.setText(
            {
                "receipt": "With a receipt",
                "no_receipt": "NO RECEIPT — a manager approves",
                "flags": "Over-returns flagged by the hub",
            }[mode]
        )
        _look(self.mode_label, 20, True, WARNING_AMBER if mode == "no_receipt" else ACCENT_BLUE)
        self.field.setPlaceholderText(
            {
                "receipt": (
                    "Scan the receipt's barcode or type its number, then Enter"
                    if self.sale is None
                    else "Number + Enter: how many of the selected line come back · or scan another receipt"
                ),
                "no_receipt": "Scan each item that comes back (3*code for three) · a number + Enter sets the quantity",
                "flags": "↑ ↓ choose a flag · F11 acknowledges it · F10 back to the return",
            }[mode]
        )
        self.offline.setVisible(mode == "receipt" and self.sale is not None and not self.sale.online)
        self._show_rows()
        self._show_preview()
        enabled = {
            "receipt": {"all": self.sale is not None, "ack": False, "complete": self._has_choice()},
            "no_receipt": {"all": False, "ack": False, "complete": self._has_choice()},
            "flags": {a: a in ("flags", "ack", "back", "reprint") for a in self.keys.buttons},
        }[mode]
        for action, btn in self.keys.buttons.items():
            btn.setEnabled(enabled.get(action, True))
        self.keys.buttons["no_receipt"].setText("F9\nWith receipt" if mode == "no_receipt" else "F9\nNo receipt")
        self.keys.buttons["flags"].setText("F10\nClose flags" if mode == "flags" else "F10\nFlags")
        self.keys.buttons["refund_to"].setText(
            "F8\nTo credit"
            if self.refund_to == ORIGINAL
            else ("F8\nTo original" if mode != "no_receipt" else "F8\nTo cash")
        )
        if mode != "flags":
            self.shown.emit()

    def _show_rows(self) -> None:
        cur = self.cfg.currency
        t = self.lines
        if self.mode == "receipt":
            t.setHorizontalHeaderLabels(RECEIPT_COLUMNS)
            s = self.sale
            if s is None:
                t.setRowCount(0)
                self.sale_info.setText("")
                self.hint.setText(
                    "Scan the receipt's barcode (or type its number) and Enter. No receipt? F9. "
                    "Over-returns flagged by the hub: F10."
                )
                return
            paid = ", ".join(
                f"{TENDER_WORDS.get(tn.kind, tn.kind)} {money(tn.amount, cur)}" for tn in s.settlement.tenders
            )
            sold = self.cfg.local(s.sold_at).strftime("%Y-%m-%d %H:%M")
            where = f"station {s.station}" + ("" if s.store == self.cfg.store_code else f", store {s.store}")
            self.sale_info.setText(
                f"<b>Receipt {s.ref}</b> · sold {sold} at {where} · total "
                f"{money(s.settlement.total, cur)} · paid {paid}"
            )
            t.setRowCount(len(s.lines))
            planned = {p.line_no: p for p in self.preview.plan.lines} if self.preview is not None else {}
            for i, ln in enumerate(s.lines):
                left = refundable(ln)
                q = self.qty.get(ln.line_no, Decimal(0))
                cond = self.cond.get(ln.line_no, RESTOCK)
                grey = FAINT_GREY if left == 0 else None
                p = planned.get(ln.line_no)
                cells = [
                    _item(str(ln.line_no), colour=grey),
                    _item(ln.name + ("  (all returned)" if left == 0 else ""), colour=grey),
                    _item(fmt_qty(ln.quantity), True, grey),
                    _item(fmt_qty(ln.returned_quantity) if ln.returned_quantity else "–", True, grey),
                    _item(fmt_qty(left), True, grey or OK_GREEN, bold=left > 0),
                    _item(money(ln.gross, cur), True, grey),
                    _item(fmt_qty(q) if q else "", True, ACCENT_BLUE, bold=True),
                    _item(
                        ("Damaged" if cond == DAMAGED else "Restock") if q or cond == DAMAGED else "",
                        colour=ERROR_RED if cond == DAMAGED else INK,
                        bold=cond == DAMAGED,
                    ),
                    _item(money(p.refund, cur) if p and p.quantity == q else ("…" if q else ""), True, INK, bold=True),
                ]
                for j, cell in enumerate(cells):
                    t.setItem(i, j, cell)
            self.hint.setText(
                "↑ ↓ choose a line · + / − or a number + Enter: how many come back · F3 all · "
                "F4 restock / damaged (written off) · F7 reason · F8 refund to · F12 complete"
            )
        elif self.mode == "no_receipt":
            t.setHorizontalHeaderLabels(NO_RECEIPT_COLUMNS)
            self.sale_info.setText(
                "<b>No receipt.</b> Refund at the lowest price of the last days, as store "
                "credit (F8: cash). A manager approves every no-receipt return."
            )
            t.setRowCount(len(self.items))
            planned = {p.line_no: p for p in self.preview.plan.lines} if self.preview is not None else {}
            for i, it in enumerate(self.items):
                p = planned.get(i + 1)
                cells = [
                    _item(str(i + 1)),
                    _item(f"{it['name']}   ·  {it['sku']}"),
                    _item(""),
                    _item(""),
                    _item(""),
                    _item(money(it["price"], cur), True),
                    _item(fmt_qty(it["qty"]), True, ACCENT_BLUE, bold=True),
                    _item(
                        "Damaged" if it["cond"] == DAMAGED else "Restock",
                        colour=ERROR_RED if it["cond"] == DAMAGED else INK,
                        bold=it["cond"] == DAMAGED,
                    ),
                    _item(money(p.refund, cur) if p and p.quantity == it["qty"] else "…", True, INK, bold=True),
                ]
                for j, c in enumerate(cells):
                    t.setItem(i, j, c)
            self.hint.setText(
                "Scan items · ↑ ↓ choose · + / − or a number + Enter: quantity · F4 restock / "
                "damaged · F7 reason · F8 store credit / cash · F12 complete"
            )
        else:
            self.sale_info.setText(
                "Returns the hub found over-returned (another station returned the same line "
                "while this one was offline). They also show on the Z report."
            )
            self.hint.setText("↑ ↓ choose · F11 acknowledge (manager) · F10 back to the return")
            return
        n = t.rowCount()
        if n:
            self._select(max(0, min(self.row, n - 1)))

    def _handover_words(self, parts) -> list[str]:
        """Each tender of a completed refund with its own amount: "Give in cash  €1.49" (one short
        line each in the side panel; the card's reference is on the return receipt)."""
        return [f"{HANDOVER_WORDS.get(p.kind, p.kind)}  {money(p.amount, self.cfg.currency)}" for p in parts]

    def _part_words(self, parts) -> list[str]:
        out = []
        for p in parts:
            label = {"cash": "Cash", "card": "Card", "store_credit": "Store credit"}.get(p.kind, p.kind)
            if p.kind == "card" and p.reference:
                label += f" ref {p.reference}"
            out.append(f"{label}  {money(p.amount, self.cfg.currency)}")
        return out

    def _show_preview(self) -> None:
        cur = self.cfg.currency
        pre = self.preview
        if self.mode == "flags":
            self.total_caption.setText("Refund")
        done = self.handover if not self._has_choice() and self.sale is None else None
        if pre is None and done is not None:  # just completed: what to hand over stays in sight
            kinds = {p.kind for p in done.parts}
            # "give the customer" only when all of it is cash in hand; a card share is not given
            self.total_caption.setText("Just refunded: give the customer" if kinds == {"cash"} else "Just refunded")
            self.total.setText(money(sum((p.amount for p in done.parts), Decimal(0)), cur))
            self.parts.setText("\n".join(self._handover_words(done.parts)) or "Nothing to pay out")
            self.approvals.setText("")
        elif pre is None:
            self.total.setText(money(Decimal(0), cur))
            self.total_caption.setText("Refund")
            self.parts.setText("")
            self.approvals.setText("")
        else:
            handed = pre.handed_out
            self.total_caption.setText("Refund to pay out")
            self.total.setText(money(handed, cur))
            lines = self._part_words(pre.parts)
            rounding = sum((p.rounding for p in pre.parts), Decimal(0))
            if rounding:
                lines.append(f"(cash rounding {money(rounding, cur)})")
            self.parts.setText("\n".join(lines) or "Nothing to pay out")
            words = self._approval_words()
            self.approvals.setText(f"⚠ {words}" if words else "")
        busy = (
            self.mode == "no_receipt" or self.sale is not None or self.reason is not None or self.refund_to != ORIGINAL
        )
        self.refund_to_label.setVisible(busy)
        self.reason_label.setVisible(busy)
        if self.mode == "no_receipt":
            to = "Store credit voucher" if self.refund_to == STORE_CREDIT else "Cash from the drawer"
        else:
            to = (
                "Store credit voucher"
                if self.refund_to == STORE_CREDIT
                else "Original payments (cash to cash, card to card)"
            )
        self.refund_to_label.setText(f"Refund to: <b>{to}</b> (F8)")
        if self.reason:
            self.reason_label.setText(f"Reason: <b>{REASONS[self.reason]}</b> (F7)")
        else:
            self.reason_label.setText(
                f"Reason: <span style='color:{ERROR_RED}'><b>not chosen yet</b></span> (F7, or asked at F12)"
            )


__all__ = ["ReturnsScreen", "KEYS", "SHORTCUTS", "REASON_KEYS"]

"""Stock (F5): on-hand per product and the movements behind it (negative stock in red), and
the store's stock work: receiving (F2), adjustments (F3), counts (F4), transfers (F7), low and
negative stock (F8), "where else is it in stock?" (F9, asked of the hub off the GUI thread),
labels (F10) and reorder points (F12). Every action has a key shown on a button.

Constructed as StockScreen(ops, cfg) by the main window. The signed-in user comes from
`start(user)` when the window calls it, else from the window's `user` attribute.

The movements pane always belongs to the highlighted product, whatever moved the highlight
(typing, arrows, a refresh); a message about the list goes when the list changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import from_minor
from ..domain.money_format import fmt_money, fmt_qty
from ..i18n import noop
from ..i18n.formats import fmt_datetime
from ..services.stock import adjust, ledger, printing, reorder, transfer
from . import keymap, theme
from .count_screen import CountScreen
from .keyed_panel import KeyedPanel
from .ops import Ops
from .palette import ERROR_RED
from .receiving_screen import ReceivingScreen
from .stock_dialogs import AdjustDialog, LabelsDialog, ReorderDialog, TransferDialog, ask_where_else, reason_name
from .style import decorate
from .translation import tr
from .widgets import SideBySide, fill, readable_columns, shown_of, table
from .wording import number

LIST_LIMIT = 200  # products on screen at once; more matches say how many: "200 of 1,204 … type more"
MOVES_CAPTION = noop("stock", "Movements of the selected product (newest first)")
# Typical values: no column gets narrower than these (nor than its caption)
PRODUCT_SAMPLES = {0: "SKU0000000", 2: "−99,999.999"}
MOVE_SAMPLES = {0: "31/12/2026 23:59", 1: "−9,999.999", 2: "Transfer out", 3: "RCV-PAR01-T1-000000", 4: "T1"}
LOW_SAMPLES = {0: "SKU0000000", 2: "−9,999", 3: "9,999", 4: "9,999"}
NAME_SAMPLE = "Product Name Sample"
KEYS = keymap.STOCK


def _table(headers: list[str]):
    t = table(headers, 1)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return t


class StockPanel(KeyedPanel):
    """The product list with its movements, the lists of low and negative stock, and the
    actions on the selected product."""

    def __init__(self, ops: Ops, cfg, user_fn, parent=None):
        super().__init__(ops, cfg, user_fn, KEYS, parent)  # nine keys: two rows (keyed_panel.KeyedPanel)
        self._asked = 0
        self._moves_asked = 0
        self._list_note = ""  # the message that describes the list, cleared when the list changes
        self.rows: list[ledger.StockRow] = []
        self.more = False  # more products match than the list shows
        self.total, self.capped = 0, False  # how many match in all (counted up to a cap)
        self.showing_lists = False
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("stock", "Find by name or SKU (empty: lowest stock first)"))
        self.field.textChanged.connect(self.refresh)
        self.field.returnPressed.connect(self.refresh)
        sku, product, on_hand = tr("stock", "SKU"), tr("stock", "Product"), tr("stock", "On hand")
        self.products = table([sku, product, on_hand], 1)
        self.products.currentCellChanged.connect(lambda row, *_: self._history(row))
        self.moves = _table(
            [
                tr("stock", "When"),
                tr("stock", "Quantity"),
                tr("stock", "Reason"),
                tr("stock", "Document"),
                tr("stock", "Station"),
            ]
        )
        self.low = table([sku, product, on_hand, tr("stock", "Reorder point"), tr("stock", "Suggested order")], 1)
        self.negative = table([sku, product, on_hand], 1)
        self.lists = SideBySide()  # one above the other when a larger type needs the width
        for caption, t in (
            (tr("stock", "Low stock (at or below the reorder point)"), self.low),
            (tr("stock", "Negative stock (sold more than the ledger holds)"), self.negative),
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(caption))
            box.addWidget(t)
            self.lists.add(box)
        self.lists.hide()
        self.caption = QLabel(tr("stock", MOVES_CAPTION))
        title = QLabel(tr("stock", "Stock"))
        title.setObjectName("title")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        self.arrange(top, self.field, (self.products, 3), self.caption, (self.moves, 2), (self.lists, 2))
        self.watch(self.field)
        self.field.installEventFilter(self)
        decorate(self)
        readable_columns(self.products, PRODUCT_SAMPLES, stretch=1, stretch_sample=NAME_SAMPLE)
        move_samples = {**MOVE_SAMPLES, 2: tr("stock", MOVE_SAMPLES[2])}
        readable_columns(self.moves, move_samples, stretch=3, stretch_sample="")
        # two lists side by side: "Reorder point" and "Suggested order" take two lines
        readable_columns(self.low, LOW_SAMPLES, stretch=1, stretch_sample=NAME_SAMPLE, wrap=True)
        readable_columns(self.negative, LOW_SAMPLES, stretch=1, stretch_sample=NAME_SAMPLE)

    def eventFilter(self, obj, event):
        if (
            obj is self.field
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            row = self.products.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.products.rowCount():
                self.products.setCurrentCell(row, 0)
            return True
        return super().eventFilter(obj, event)

    # ---- product list --------------------------------------------------------------------
    def refresh(self, *_, keep_message: bool = False):
        self._asked += 1
        asked = self._asked
        # how many match in all is counted (up to a cap) only when more match than are shown
        self.ops.call(
            ledger.stock_page,
            self.field.text(),
            LIST_LIMIT,
            ok=lambda page: self._show(asked, page, keep_message),
            err=self.error,
        )

    def _show(self, asked, page: ledger.StockPage, keep_message: bool = False) -> None:
        if asked != self._asked:
            return
        rows = page.rows
        self.rows, self.more, self.total, self.capped = rows, page.more, page.total, page.capped
        self.products.blockSignals(True)  # the movements are asked once, below
        self.products.setRowCount(len(rows))
        for i, r in enumerate(rows):
            qty = QTableWidgetItem(fmt_qty(r.on_hand))
            qty.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r.on_hand < 0:
                qty.setForeground(theme.brush(ERROR_RED))
            self.products.setItem(i, 0, QTableWidgetItem(r.sku))
            self.products.setItem(i, 1, QTableWidgetItem(r.name))
            self.products.setItem(i, 2, qty)
        if rows:
            self.products.setCurrentCell(0, 0)
        self.products.blockSignals(False)
        self._history(self.products.currentRow())  # even when the highlight stayed on row 0
        if not keep_message:
            self._say_list(self._rows_note())
        self.done.emit()

    def _rows_note(self) -> str:
        n = len(self.rows)
        if self.more and not self.field.text().strip():  # the lowest stock first, of every product
            if self.capped:
                return tr(
                    "stock",
                    "The {shown} lowest of more than %n product(s) shown: type a name or SKU",
                    n=self.total,
                    shown=number(n),
                )
            return tr(
                "stock", "The {shown} lowest of %n product(s) shown: type a name or SKU", n=self.total, shown=number(n)
            )
        if self.more:
            return shown_of(n, self.total, self.capped)
        return tr("stock", "%n product(s) shown", n=n) if n else tr("stock", "No product matches")

    def _say_list(self, text: str) -> None:
        self._list_note = text
        self.message.show_info(text)

    def _forget_list_note(self) -> None:
        """The list changed: a message that described the old one goes."""
        if self._list_note and self.message.text() == self._list_note:
            self.message.clear_message()
        self._list_note = ""

    def _history(self, row: int) -> None:
        self._moves_asked += 1
        asked = self._moves_asked
        if not (0 <= row < len(self.rows)):
            self.caption.setText(tr("stock", MOVES_CAPTION))
            self.moves.setRowCount(0)
            return
        product = self.rows[row]
        self.ops.call(
            ledger.history, product.product_id, ok=lambda moves: self._show_moves(asked, product, moves), err=self.error
        )

    def _show_moves(self, asked: int, product, moves) -> None:
        if asked != self._moves_asked:  # the highlight moved on since
            return
        self.caption.setText(
            tr("stock", "Movements of {product} ({sku}), newest first", product=product.name, sku=product.sku)
        )
        fill(
            self.moves,
            [
                [fmt_datetime(self.cfg.local(m.at)), fmt_qty(m.quantity), reason_name(m.reason), m.doc_ref, m.station]
                for m in moves
            ],
        )

    def selected(self):
        row = self.products.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # ---- actions -----------------------------------------------------------------------
    def trigger(self, action: str) -> None:
        if self.dialog is not None:
            return
        sel = self.selected()
        if action in ("back", "receive", "count"):
            self.back.emit() if action == "back" else self.parent_screen().show_page(action)
        elif action == "adjust":
            self._adjust(sel)
        elif action == "transfer":
            self._transfer(sel)
        elif action == "lists":
            self._toggle_lists()
        elif action == "where":
            self._where(sel)
        elif action == "labels":
            self._labels(sel)
        elif action == "reorder":
            self._reorder(sel)

    def parent_screen(self) -> StockScreen:
        w = self.parentWidget()
        while w is not None and not isinstance(w, StockScreen):
            w = w.parentWidget()
        assert w is not None, "the panel is built by a StockScreen and never leaves it"
        return w

    def _need(self, sel) -> bool:
        if sel is None:
            self.message.show_error(tr("stock", "Select a product first (type its name or SKU)"))
            return False
        return True

    def _adjust(self, sel) -> None:
        dlg = AdjustDialog(sel.sku if sel else "", self)

        def finished(code):
            if code == QDialog.DialogCode.Accepted:
                self.gated(adjust.adjust, *dlg.values(), ok=self._adjusted)

        self.open_dialog(dlg, finished)

    def _adjusted(self, r) -> None:
        values = {
            "doc": r.doc_no,
            "product": r.name,
            "quantity": fmt_qty(r.quantity),
            "reason": reason_name(r.reason),
            "value": fmt_money(from_minor(r.value_minor, self.cfg.currency), self.cfg.currency),
            "on_hand": fmt_qty(r.on_hand),
        }
        if r.approved_by:
            text = tr(
                "stock",
                "{doc}: {product} {quantity} ({reason}, {value}), approved by {approver}. On hand now {on_hand}",
                approver=r.approved_by,
                **values,
            )
        else:
            text = tr("stock", "{doc}: {product} {quantity} ({reason}, {value}). On hand now {on_hand}", **values)
        self.message.show_ok(text)
        self.refresh(keep_message=True)

    def _transfer(self, sel) -> None:
        dlg = TransferDialog(sel.sku if sel else "", self)

        def finished(code):
            if code == QDialog.DialogCode.Accepted:
                store, lines, note = dlg.values()
                self.gated(transfer.transfer_out, store, lines, note, ok=self._transferred)

        self.open_dialog(dlg, finished)

    def _transferred(self, r) -> None:
        self.message.show_ok(
            tr(
                "stock",
                "{doc} sent to {store}: %n product(s) left the stock. {store} receives it through the hub",
                n=len(r.lines),
                doc=r.doc_no,
                store=r.to_store,
            )
        )
        self.refresh(keep_message=True)

    def _toggle_lists(self) -> None:
        self.showing_lists = not self.showing_lists
        self.lists.setVisible(self.showing_lists)
        self.moves.setVisible(not self.showing_lists)
        self.caption.setVisible(not self.showing_lists)
        self._forget_list_note()
        if not self.showing_lists:
            self._say_list(self._rows_note())
        if self.showing_lists:
            self.ops.call(reorder.low_stock, 500, ok=self._show_low, err=self.error)
            self.ops.call(reorder.negative_stock, 500, ok=self._show_negative, err=self.error)

    def _show_low(self, rows) -> None:
        fill(
            self.low,
            [[r.sku, r.name, fmt_qty(r.on_hand), fmt_qty(r.reorder_point), fmt_qty(r.suggested)] for r in rows],
            right_from=2,
        )

    def _show_negative(self, rows) -> None:
        fill(
            self.negative,
            [[r.sku, r.name, fmt_qty(r.on_hand)] for r in rows],
            right_from=2,
            colours=[ERROR_RED] * len(rows),
        )
        if self.showing_lists:  # F8 pressed again before the answer: the lists are gone
            self._say_list(
                tr(
                    "stock",
                    "%n product(s) low, {negative} negative. F8 goes back",
                    n=self.low.rowCount(),
                    negative=number(len(rows)),
                )
            )
        self.done.emit()

    def _where(self, sel) -> None:
        if not self._need(sel):
            return
        dlg = ask_where_else(self, self.ops, self.cfg, sel.sku, on_answer=self.done.emit)
        self.open_dialog(dlg, lambda _code: None)

    def _labels(self, sel) -> None:
        def got(waiting):
            dlg = LabelsDialog(sel.sku if sel else tr("stock", "(no product selected)"), len(waiting), self)

            def finished(code):
                if code != QDialog.DialogCode.Accepted:
                    return
                choice = dlg.choice()
                if choice == "changes":
                    self.ops.call(printing.price_change_labels, ok=lambda r: self._labelled(r[0], r[1]), err=self.error)
                elif self._need(sel):
                    self.ops.call(
                        printing.labels_for,
                        [sel.sku],
                        choice,
                        dlg.copies_count(),
                        ok=lambda p: self._labelled(p, dlg.copies_count()),
                        err=self.error,
                    )

            self.open_dialog(dlg, finished)

        self.ops.call(printing.pending_price_changes, ok=got, err=self.error)

    def _labelled(self, path, n) -> None:
        self.message.show_ok(tr("stock", "%n label(s) saved: {path}", n=n, path=path))
        self.done.emit()

    def _reorder(self, sel) -> None:
        if not self._need(sel):
            return
        dlg = ReorderDialog(sel.sku, self)

        def finished(code):
            if code == QDialog.DialogCode.Accepted:
                self.ops.call(
                    reorder.set_reorder_point,
                    self.user,
                    sel.sku,
                    *dlg.values(),
                    ok=lambda _r: self._reorder_saved(sel.sku),
                    err=self.error,
                )

        self.open_dialog(dlg, finished)

    def _reorder_saved(self, sku: str) -> None:
        self.message.show_ok(tr("stock", "Reorder point of {sku} saved", sku=sku))
        self.done.emit()


class StockScreen(QWidget):
    """The F5 screen: the stock panel, and the receiving and count screens it opens."""

    navigate = Signal(str)

    def __init__(self, ops: Ops, cfg, parent=None):
        super().__init__(parent)
        self.ops, self.cfg = ops, cfg
        self._user = None
        self.pages = QStackedWidget()
        self.panel = StockPanel(ops, cfg, self.current_user)
        self.receiving = ReceivingScreen(ops, cfg, self.current_user)
        self.count = CountScreen(ops, cfg, self.current_user)
        for page in (self.panel, self.receiving, self.count):
            self.pages.addWidget(page)
        self.panel.back.connect(lambda: self.navigate.emit("sale"))
        self.receiving.back.connect(lambda: self.show_page("stock"))
        self.count.back.connect(lambda: self.show_page("stock"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        # the old names, for callers of the first stock screen
        self.field, self.products, self.moves, self.message = (
            self.panel.field,
            self.panel.products,
            self.panel.moves,
            self.panel.message,
        )

    def close_dialogs(self) -> None:
        """Reject any dialog open on the stock screens (the window is being locked)."""
        for page in (self.panel, self.receiving, self.count):
            if page.dialog is not None:
                page.dialog.reject()

    def start(self, user) -> None:
        """The main window may pass the signed-in user (else its `user` attribute is read)."""
        self._user = user

    def current_user(self):
        if self._user is not None:
            return self._user
        return getattr(self.window(), "user", None)

    @property
    def rows(self):
        return self.panel.rows

    def refresh(self, *_):
        self.panel.refresh()

    def show_page(self, name: str) -> None:
        page = {"stock": self.panel, "receive": self.receiving, "count": self.count}[name]
        self.pages.setCurrentWidget(page)
        if page is self.panel:
            self.panel.field.setFocus()
            self.panel.refresh()

    def showEvent(self, event):
        super().showEvent(event)
        if self.pages.currentWidget() is self.panel:
            self.panel.field.setFocus()
            self.panel.refresh()

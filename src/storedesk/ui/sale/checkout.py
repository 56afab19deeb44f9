"""Taking the money at the counter: F10 opens the payment dialog, F12 takes exact cash, and what
follows a saved sale (its receipt printed, the next basket opened).

Payments taken before the sale is paid are kept on the basket (ui/voucher_bridge.py), so the
sale counts them from there. Scans made while a sale is being saved are held and replayed on the
next basket; a second F12 or Enter while the first is saving does nothing. A sale is saved
whatever happens to its receipt, and the counter says so first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from ...domain.tenders import CASH, Tender, remaining
from ...services import aisle, receipts, sale, station
from ...services import basket as basket_svc
from ...services.pending_receipts import ReceiptNotWritten
from ..ops import message_after
from ..payment_dialog import PaymentDialog
from ..translation import tr
from ..voucher_bridge import VoucherBridge

if TYPE_CHECKING:
    from .screen import SaleScreen


class Checkout:
    """The sale screen's payment flow; `screen` holds the basket shown and the widgets."""

    def __init__(self, screen: SaleScreen):
        self.screen = screen
        self.completing = False  # a sale is being saved
        self.held_scans: list[str] = []  # scanned meanwhile: they go on the next basket
        self.last_receipt: Path | None = None
        # The payment dialog's way to keep payments on the basket and to redeem vouchers.
        self.vouchers = VoucherBridge(
            screen.ops,
            lambda: screen.view.basket_id if screen.view else "",
            user_of=lambda: screen.user,
            on_view=self._kept_view,
        )

    def _kept_view(self, view) -> None:
        """A payment was kept on (or given back from) the basket on screen: show it as stored."""
        shown = self.screen.view
        if shown is not None and view is not None and view.basket_id == shown.basket_id:
            self.screen.show_view(view)

    def _ready_to_pay(self) -> bool:
        view = self.screen.view
        if view is None or view.basket.is_empty:
            self.screen.message.show_error(tr("sale", "The basket is empty"))
            return False
        return not self.completing

    def open_payment(self) -> None:
        if not self._ready_to_pay():
            return
        s, cfg = self.screen, self.screen.cfg
        total, taken = s.shown.totals.total, s.taken
        if taken and remaining(total, taken, cfg.cash_step, cfg.currency)[0] == 0:
            self.complete([])  # the payments kept already pay it all (a card saved as Esc was pressed)
            return
        dlg = PaymentDialog(
            total,
            cfg.currency,
            cfg.cash_step,
            taken,
            s,
            tender_margin=cfg.cash_tender_margin,
            store=self.vouchers,
        )

        def done(code):
            s.totals.show_tendered(s.shown, cfg.cash_step)
            if code == QDialog.DialogCode.Accepted:  # the payments kept on the basket count from there
                self.complete(dlg.final_tenders(), cash_confirmed=dlg.cash_confirmed)
            elif s.taken:
                s.message.show_info(tr("sale", "The payments taken are kept: F10 goes on, F12 takes the rest in cash"))

        s.open_dialog(dlg, done)

    def exact_cash(self) -> None:
        """F12: the customer hands over exactly what is due, in cash (after any card taken)."""
        if not self._ready_to_pay():
            return
        cfg = self.screen.cfg
        _exact, cash_left = remaining(self.screen.shown.totals.total, self.screen.taken, cfg.cash_step, cfg.currency)
        self.complete([Tender(CASH, cash_left)] if cash_left > 0 else [])  # with the payments kept on the basket

    def complete(self, tenders: list[Tender], cash_confirmed: bool = False) -> None:
        """`tenders`: the final payments; those kept on the basket are counted by the service.
        `cash_confirmed`: the clerk said yes to a cash amount above the ceiling (payment dialog)."""
        if self.completing:  # a second F12 / Enter while the first is saving
            return
        self.completing = True
        s = self.screen
        # A basket with ordered lines (the endless aisle) asks the hub for their orders first.
        ordering = any(ln.order is not None for ln in s.shown.basket.active_lines)
        s.ops.call(
            aisle.complete if ordering else sale.complete_sale,
            s.clerk,
            s.shown.basket_id,
            tenders,
            cash_confirmed,
            ok=self.completed,
            err=self._not_completed,
        )

    def completed(self, result) -> None:
        """The sale is saved (here, or by another screen: an exchange on the Returns screen):
        show its change, print its receipt and open the next basket."""
        s = self.screen
        s.totals.show_sale(result, s.cfg.currency)
        s.message.show_ok(tr("sale", "Sale {number} saved. Printing receipt…", number=result.receipt_no))
        s.sale_completed.emit(result)
        s.ops.call(
            receipts.print_receipt,
            s.data_dir,
            result.sale_id,
            ok=self._printed,
            err=lambda e: self._not_printed(result, e),
        )
        if s.user is None:
            # The till was locked while the sale was saving: the next sign-in opens the next basket
            # (for whoever signs in), and the scans held meanwhile were the locked-out clerk's.
            self.completing = False
            self.held_scans = []
        else:
            s.ops.call(basket_svc.current, s.user, ok=self._next_basket, err=s.error)
        # While the customer takes the receipt: fold the WAL into the database, so that no
        # scan ever pays for a checkpoint.
        s.ops.call(station.tidy_up, err=lambda e: None)

    def _printed(self, path) -> None:
        self.last_receipt = path
        self.screen.message.show_ok(tr("sale", "Receipt {number} printed", number=path.stem))

    def _not_printed(self, result, exc) -> None:
        """The sale is saved whatever happened to its receipt: say so first, so that nobody
        rings it up again (a full disk: the receipt is written by itself once there is room)."""
        if isinstance(exc, ReceiptNotWritten):
            text = exc.message
            self.screen.totals.receipt_waits(exc)
        else:
            saved = tr("sale", "Sale {number} is saved; its receipt was not printed:", number=result.receipt_no)
            text = tr("sale", "{problem} Ctrl+P prints a copy.", problem=message_after(saved, exc))
        self.screen.message.show_error(text)

    def _next_basket(self, view) -> None:
        self.completing = False
        self.screen.show_view(view)
        held, self.held_scans = self.held_scans, []
        for text in held:
            self.screen.scan.setText(text)
            self.screen.on_scan()

    def _not_completed(self, exc) -> None:
        self.completing = False
        self.screen.error(exc)

    def reprint(self) -> None:
        s = self.screen
        s.ops.call(receipts.reprint_last, s.data_dir, s.user, ok=self._reprinted, err=s.error)

    def _reprinted(self, path) -> None:
        """A reprint is a numbered duplicate (issue 19): its file is `<number>-copy-<n>.pdf`."""
        self.last_receipt = path
        number, _, duplicate = path.stem.rpartition("-copy-")
        self.screen.message.show_ok(
            tr("sale", "Receipt {number} printed again: duplicate no. {duplicate}", number=number, duplicate=duplicate)
        )

"""Completing a return from the Returns screen: F12 pays the refund (a manager's PIN when the
service asks for one, then the retry), F6 exchanges the returned goods for the counter's
basket (the customer pays only the difference), then the return receipt is printed and
Ctrl+P prints a copy. The calls keep the screen's state (`ReturnsState`) and render it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.errors import PermissionDenied
from ...services.pending_receipts import ReceiptNotWritten
from ...services.returns import complete, exchange, lookup, no_receipt, printing
from ..dialogs import OverrideDialog
from ..ops import message_after, message_of
from ..payment_dialog import PaymentDialog
from ..translation import text, tr
from . import view
from .state import RECEIPT

if TYPE_CHECKING:
    from .screen import ReturnsScreen


class Completion:
    """F12, F6 and Ctrl+P of `screen`."""

    def __init__(self, screen: ReturnsScreen):
        self.screen = screen
        self.state = screen.state
        self._retry = self._run_complete  # what a manager's approval re-runs

    @property
    def _currency(self) -> str:
        return self.screen.cfg.currency

    def complete(self) -> None:
        st, screen = self.state, self.screen
        if st.completing:
            return
        blocked = st.why_not_complete()
        if blocked is not None:
            screen.say(blocked)
            return
        if st.reason is None:
            screen.ask_reason(then=self.complete)
            return
        st.completing = True
        self._retry = self._run_complete
        self._run_complete(None)

    def _run_complete(self, approver) -> None:
        st, screen = self.state, self.screen
        assert screen.user is not None and st.reason is not None  # complete() asked for the reason
        if st.mode == RECEIPT:
            assert st.sale is not None  # a receipt return's lines come from the sale shown
            screen.ops.call(
                complete.complete_return,
                screen.user,
                st.sale,
                st.lines_in(),
                st.reason,
                st.refund_to,
                approver=approver,
                ok=self._completed,
                err=self._not_completed,
            )
        else:
            screen.ops.call(
                no_receipt.complete_no_receipt_return,
                screen.user,
                st.items_in(),
                st.reason,
                st.refund_to,
                approver=approver,
                ok=self._completed,
                err=self._not_completed,
            )

    # ---- exchange: the returned goods pay for the new items scanned at the counter --------
    def exchange(self) -> None:
        """F6: return what is chosen and sell the counter's basket in one go, netting the money;
        the customer pays only the difference (payment dialog), or gets the rest back."""
        st, screen = self.state, self.screen
        if st.completing or screen.dialog is not None:
            return
        basket = screen.exchange_basket()
        blocked = st.why_not_exchange(basket)
        if blocked is not None:
            screen.say(blocked)
            return
        if st.reason is None:
            screen.ask_reason(then=self.exchange)
            return
        assert st.preview is not None and basket is not None  # why_not_exchange: both there
        basket_id, new_total = basket
        credit = st.preview.total
        if new_total <= credit:
            self._start_exchange(basket_id, [])
            return
        cfg = screen.cfg
        dlg = PaymentDialog(
            new_total - credit, cfg.currency, cfg.cash_step, parent=screen, tender_margin=cfg.cash_tender_margin
        )
        dlg.setWindowTitle(view.exchange_title(new_total, credit, cfg.currency, tr))

        def done(code):
            if code == PaymentDialog.DialogCode.Accepted:
                self._start_exchange(basket_id, list(dlg.tenders), dlg.cash_confirmed)
            else:
                screen.message.show_info(tr("returns", "Exchange not done: nothing was saved"))

        screen.open_dialog(dlg, done)

    def _start_exchange(self, basket_id: str, tenders: list, cash_confirmed: bool = False) -> None:
        self.state.completing = True
        self._retry = lambda approver: self._run_exchange(basket_id, tenders, approver, cash_confirmed)
        self._run_exchange(basket_id, tenders, None, cash_confirmed)

    def _run_exchange(self, basket_id: str, tenders: list, approver, cash_confirmed: bool = False) -> None:
        st, screen = self.state, self.screen
        # the keys act while someone is signed in; an exchange starts from a sale, with a reason
        assert screen.user is not None and st.sale is not None and st.reason is not None
        screen.ops.call(
            exchange.complete_exchange,
            screen.user,
            st.sale,
            st.lines_in(),
            st.reason,
            basket_id,
            tenders,
            approver=approver,
            cash_confirmed=cash_confirmed,
            ok=self._exchange_done,
            err=self._not_completed,
        )

    def _exchange_done(self, result) -> None:
        self._completed(result.ret)
        self.screen.message.show_ok(view.exchange_said(result, self._currency, tr))
        self.screen.exchanged.emit(result.sale)

    # ---- answers -------------------------------------------------------------------------
    def _not_completed(self, exc) -> None:
        st, screen = self.state, self.screen
        if isinstance(exc, PermissionDenied):
            needed = st.approval_words() or message_of(exc)
            screen.approve(
                OverrideDialog(tr("returns", "{needed}. A manager enters their name and PIN.", needed=needed), screen),
                lambda approver: self._retry(approver),
                self._not_approved,
            )
            return
        st.completing = False
        screen.error(exc)
        if st.mode == RECEIPT and st.sale is not None and getattr(exc, "code", "") == "over_return":
            # someone else returned part of it meanwhile: show the counts as they are now
            ref, kept = st.sale.ref, screen.message.text()
            screen.ops.call(lookup.find_sale, ref, ok=lambda s: self._refreshed(s, kept), err=lambda e: None)

    def _not_approved(self) -> None:
        self.state.completing = False
        self.screen.message.show_info(tr("returns", "Not refunded: a manager's approval is needed"))

    def _refreshed(self, sale, text) -> None:
        self.state.refreshed(sale)
        self.screen.show_state()
        self.screen.message.show_error(tr("returns", "{problem}. Counts updated; choose again.", problem=text))

    def _completed(self, result) -> None:
        st, screen = self.state, self.screen
        screen.message.show_ok(view.completed_said(result, self._currency, tr))
        st.completed(result)
        st.result_text = view.result_note(result, self._currency, printed=False, tr=tr)
        screen.return_completed.emit(result)
        screen.ops.call(
            printing.print_return_receipt,
            screen.data_dir,
            result.return_id,
            ok=self._printed,
            err=self._not_printed,
        )
        screen.show_state()

    def _printed(self, path: Path) -> None:
        st = self.state
        st.printed(path)
        if st.last_result is not None:
            st.result_text = view.result_note(st.last_result, self._currency, printed=True, tr=tr)
            self.screen.side.show_result(st.result_text, st.voucher_text)

    def _not_printed(self, exc) -> None:
        """The return is saved whatever happened to its receipt: say so once, first."""
        no = self.state.last_return_no
        if isinstance(exc, ReceiptNotWritten):  # says what is saved and what to do, itself
            said = text(exc)
            note = tr(
                "returns",
                "Return {return_no} done. Receipt not written yet ({reason}); "
                "it is written by itself once there is room",
                return_no=no,
                reason=text(exc.reason),
            )
        else:
            saved = tr("returns", "Return {return_no} is saved; its receipt was not printed:", return_no=no)
            said = tr("returns", "{problem} Ctrl+P prints a copy.", problem=message_after(saved, exc))
            note = tr("returns", "Return {return_no} done. Receipt not printed: Ctrl+P prints a copy", return_no=no)
        self.state.result_text = note  # the side panel keeps it short: the message line says why
        self.screen.side.show_result(note, self.state.voucher_text)
        self.screen.message.show_error(said)

    def reprint(self) -> None:
        self.screen.ops.call(
            printing.reprint_last_return,
            self.screen.data_dir,
            self.screen.user,
            ok=self._reprinted,
            err=self.screen.error,
        )

    def _reprinted(self, path: Path) -> None:
        self._printed(path)
        self.screen.message.show_ok(
            tr("returns", "Copy of {return_no} printed", return_no=path.stem.partition("-copy")[0])
        )

"""Handing a ready order over (F10 on the pickup desk), step by step: ask the hub first (a
customer may have cancelled online a moment ago), verify the customer (pickup code or ID) and
what they take, take the payment when the order is paid at pickup, then hand over and print
the slip. Each step waits for the one before it through Ops; a step the clerk cancels, or an
order that is no longer ready, stops there with nothing handed over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain import pickup as dp
from ...services.pickup import handover, hub_check, queues, slips
from ..ops import message_after
from ..payment_dialog import PaymentDialog
from ..translation import text, tr
from ..widgets import money
from .dialogs import HandoverDialog

if TYPE_CHECKING:
    from .screen import PickupScreen


class HandoverSteps:
    """The handover of the screen's open order; `start()` is the first step."""

    def __init__(self, screen: PickupScreen):
        self.screen = screen

    def start(self) -> None:
        """Ask the hub first (online: a cancellation shows at once), then verify and hand over."""
        s = self.screen
        order_id = s.opened.id
        s.message.show_info(tr("pickup", "Checking the order with the hub…"))

        def checked(stop_message):
            s.ops.call(queues.order, order_id, ok=lambda v: self._fresh(v, stop_message), err=s.error)

        s.ops.call(hub_check.check_with_hub, order_id, ok=checked, err=lambda e: checked(None))

    def _fresh(self, view, stop_message=None) -> None:
        """The order as it is now (the puller may have cancelled it meanwhile)."""
        s = self.screen
        s.show_order(view)
        if stop_message:
            s.message.show_error(text(stop_message))
        elif view.status != dp.READY:
            s.hint(view)
            number = view.order.number
            if view.status == dp.CANCELLED:
                s.message.show_error(
                    tr(
                        "pickup",
                        "Order {number} is cancelled: do not hand it over. F8 returns its items to the shelf",
                        number=number,
                    )
                )
            elif view.status == dp.EXPIRED:
                s.message.show_error(
                    tr(
                        "pickup",
                        "Order {number} is expired: do not hand it over. F8 returns its items to the shelf",
                        number=number,
                    )
                )
        else:
            self._verify()
        s.shown.emit()

    def _verify(self) -> None:
        s = self.screen
        view = s.view
        if view is None or view.status != dp.READY:
            return
        dlg = HandoverDialog(view, s)

        def finished(result):
            if not result:
                return
            code, idc = dlg.verification()
            selection = dlg.selection()
            if view.order.payment == dp.PAY_AT_PICKUP:
                s.ops.call(
                    handover.handover_total,
                    view.id,
                    selection,
                    ok=lambda total: self._pay(view, code, idc, selection, total),
                    err=s.error,
                )
            else:
                self._hand_over(view, code, idc, selection, None)

        s.open_dialog(dlg, finished)

    def _pay(self, view, code, idc, selection, total) -> None:
        s = self.screen
        cfg = s.cfg
        dlg = PaymentDialog(total, cfg.currency, cfg.cash_step, parent=s, tender_margin=cfg.cash_tender_margin)

        def finished(result):
            if result:
                self._hand_over(view, code, idc, selection, list(dlg.tenders), dlg.cash_confirmed)
            else:
                s.message.show_info(tr("pickup", "Payment cancelled: nothing was handed over"))

        s.open_dialog(dlg, finished)

    def _hand_over(self, view, code, idc, selection, tenders, cash_confirmed: bool = False) -> None:
        s = self.screen
        s.ops.call(
            handover.hand_over,
            s.clerk,
            view.id,
            code,
            idc,
            selection,
            tenders,
            cash_confirmed=cash_confirmed,
            ok=self._handed,
            err=s.error,
        )

    def _handed(self, res) -> None:
        s = self.screen
        if res.status == dp.COLLECTED:
            said = [tr("pickup", "Order {number} collected", number=res.number)]
        elif res.status == dp.PARTIAL:
            said = [tr("pickup", "Order {number} partly collected", number=res.number)]
        else:
            said = [tr("pickup", "Order {number}: {state}", number=res.number, state=res.status)]
        if res.receipt_no:
            said.append(tr("pickup", "receipt {receipt}", receipt=res.receipt_no))
        if res.change:
            said.append(tr("pickup", "change {amount}", amount=money(res.change, s.cfg.currency)))
        s.message.show_ok(" · ".join(said))
        s.handed_over.emit(res)
        s.ops.call(
            slips.print_handover,
            s.data_dir,
            res.order_id,
            ok=self._printed,
            err=lambda e: self._not_printed(res.number, e),
        )
        s.open_order(res.order_id, quiet=True)
        s.refresh_counts()
        s.refresh_list()

    def _printed(self, paths) -> None:
        self.screen.last_pdf = paths[0]
        self.screen.shown.emit()

    def _not_printed(self, number: str, exc) -> None:
        """The handover is saved whatever happened to its slip: never "Nothing was saved"."""
        s = self.screen
        said = message_after(
            tr("pickup", "Order {number} is handed over; its slip was not printed:", number=number), exc
        )
        if isinstance(exc, OSError):
            said = tr("pickup", "{problem} Tell the manager.", problem=said)
        s.message.show_error(said)
        s.shown.emit()

"""The payment dialog's way to the hub for store credit: services/vouchers.py on the worker
thread (never on the GUI thread), remembering which tender holds which redemption so that
removing the payment gives the amount back to the voucher."""

from __future__ import annotations

from ..services import vouchers
from .ops import Ops, message_of


class VoucherBridge:
    def __init__(self, ops: Ops, ref_of, on_error):
        self.ops = ops
        self.ref_of = ref_of  # () -> the basket's reference, told to the hub with the redemption
        self.on_error = on_error
        self.redemptions: dict[int, str] = {}  # id(tender) -> redemption id

    def redeem(self, code: str, amount, ok, err) -> None:
        def taken(redemption):
            self.redemptions[id(redemption.tender)] = redemption.redemption_id
            ok(redemption)

        self.ops.call(vouchers.redeem, code, amount, self.ref_of(), ok=taken, err=lambda exc: err(message_of(exc)))

    def cancel(self, tender) -> None:
        rid = self.redemptions.pop(id(tender), None)
        if rid:
            self.ops.call(vouchers.cancel, rid, err=lambda exc: self.on_error(message_of(exc)))

    def forget(self) -> None:
        """The sale completed: its redemptions are final."""
        self.redemptions.clear()

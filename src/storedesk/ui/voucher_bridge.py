"""The payment dialog's way to the open basket and to the hub, from the sale screen: every
payment taken before the sale completes (a card the terminal approved, cash towards the rest,
a voucher the hub redeemed, with its redemption id) is kept on the basket through a service
call on the worker thread (never on the GUI thread) before the dialog goes on, so a restart or
a lock never loses it; removing it gives a voucher's amount back at the hub. The hub is asked
on the network lane (services/vouchers.py are hub calls), so a slow hub holds up no scan."""

from __future__ import annotations

from ..services import basket as basket_svc
from ..services import gift_cards, loyalty, vouchers
from .ops import Ops, message_of


class VoucherBridge:
    def __init__(self, ops: Ops, ref_of, user_of, on_view=lambda view: None):
        self.ops = ops
        self.ref_of = ref_of  # () -> the open basket's id (told to the hub with a redemption)
        self.user_of = user_of  # () -> the signed-in user
        self.on_view = on_view  # the basket as stored after a payment was kept or given back

    def _shown(self, ok):
        def done(view):
            self.on_view(view)
            ok(view)

        return done

    def take(self, tender, ok, err) -> None:
        """Keep a card or cash payment on the basket; `ok(view)` once it is stored."""
        self.ops.call(
            basket_svc.take_tender,
            self.user_of(),
            self.ref_of(),
            tender,
            ok=self._shown(ok),
            err=lambda exc: err(message_of(exc)),
        )

    def _redeem(self, service, *args, ok, err) -> None:
        """A tender taken at the hub and kept on the basket in one call (services/hub_tender.py:
        the hub asked on the network lane, the basket written on the worker); `ok(redemption)`,
        whose `view` is the basket it is kept on."""

        def taken(redemption):
            self.on_view(redemption.view)
            ok(redemption)

        self.ops.call(service, self.user_of(), self.ref_of(), *args, ok=taken, err=lambda exc: err(message_of(exc)))

    def redeem(self, code: str, amount, ok, err) -> None:
        """A voucher's amount taken at the hub and kept on the basket (services/vouchers.py)."""
        self._redeem(vouchers.redeem_for_basket, code, amount, ok=ok, err=err)

    def redeem_points(self, amount, ok, err) -> None:
        """The sale's customer's points taken at the hub and kept on the basket (services/loyalty.py)."""
        self._redeem(loyalty.redeem_for_basket, amount, ok=ok, err=err)

    def redeem_gift_card(self, code: str, amount, up_to, ok, err) -> None:
        """A gift card's balance taken at the hub and kept on the basket (services/gift_cards.py);
        `amount` None: what is left (`up_to`) or the card's balance, whichever is less."""
        self._redeem(gift_cards.redeem_for_basket, code, amount, up_to, ok=ok, err=err)

    def give_back(self, ok, err) -> None:
        """Remove the last payment kept on the basket (a voucher's amount goes back to it at the hub)."""
        self.ops.call(
            vouchers.give_back_last,
            self.user_of(),
            self.ref_of(),
            ok=self._shown(ok),
            err=lambda exc: err(message_of(exc)),
        )

"""Store credit as a tender: a voucher's balance lives at the hub (any station may redeem it),
so a redemption is taken at the hub BEFORE the sale completes, and given back if the clerk
removes the payment. At the counter the redemption is kept on the open basket at once, with its
redemption id (redeem_for_basket), so a restart does not lose it. Offline, vouchers cannot be
taken: the clerk is told so plainly.

These are hub calls (services/hub_call.py): the hub is asked off the database worker, and the
till goes on meanwhile. So the basket is never ahead of the hub: a redemption is kept on the
basket only after the hub's yes (and given back if the sale changed meanwhile), and a voucher
payment is taken off the basket BEFORE the hub is asked to give it back (and put back if the
hub says no), so a sale completed meanwhile never counts a voucher payment the hub returned."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from ..adapters.hub_client import HubClient, HubRefused
from ..domain.errors import DomainError, PaymentError
from ..domain.money import from_minor
from ..domain.money_format import fmt_money
from ..domain.permissions import Perm, require
from ..domain.tenders import GIFT_CARD, POINTS, VOUCHER, TakenTender
from ..i18n import Message, msg
from . import basket as basket_svc
from . import gift_cards, hub_tender, loyalty
from .context import User, config
from .hub_call import Steps, hub_call
from .hub_tender import Redemption
from .sync import NotRegistered, client_for

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

A = TypeVar("A")
log = logging.getLogger(__name__)


def _code(text: str) -> str:
    code = (text or "").strip().upper()
    if not code or len(code) > 64 or not all(c.isalnum() or c == "-" for c in code):
        raise PaymentError(msg("vouchers", "Scan or type the voucher's code (letters, digits and dashes)"))
    return code


def _client(uow: UnitOfWork):
    try:
        return client_for(uow)
    except NotRegistered:
        raise PaymentError(msg("vouchers", "Vouchers are kept at the hub, and this station has no hub")) from None


def _ask(
    uow: UnitOfWork, code: str, offline: Message, ask: Callable[[HubClient], A], wanted: Decimal | None = None
) -> Steps[A]:
    """Ask the hub with a fresh client (`ask(client)`, off the database worker); its refusals and
    silences become clerk messages."""
    return (
        yield from hub_tender.ask(
            _client(uow),
            ask,
            offline=offline,
            refusal=lambda client, exc: _refusal(client, code, exc, config(uow).currency, wanted),
            malformed=msg("vouchers", "The hub's answer about this voucher is malformed"),
            error=PaymentError,
        )
    )


def _refusal(client: HubClient, code: str, exc: HubRefused, currency: str, wanted: Decimal | None) -> Steps[Message]:
    """The hub's refusal in the clerk's words: an unknown voucher, one used up, one with less
    left than asked (its balance is asked again, to say how much), else the hub's own words."""
    if exc.status == 404:
        return msg("vouchers", "Voucher {code} is not known", code=code)
    if exc.status == 409:
        left, its_currency = yield from hub_tender.balance_left(client.voucher, code, currency)
        if its_currency != currency:
            return msg(
                "vouchers",
                "Voucher {code} is in {currency}: this store takes {ours}",
                code=code,
                currency=its_currency,
                ours=currency,
            )
        if left == 0:
            return msg("vouchers", "Voucher {code} is already used: nothing is left on it", code=code)
        if left > 0 and (wanted is None or from_minor(left, currency) < wanted):
            balance = fmt_money(from_minor(left, currency), currency)
            return msg("vouchers", "Voucher {code} has only {balance} left", code=code, balance=balance)
    return msg("vouchers", "Voucher {code}: the hub refused ({detail})", code=code, detail=exc.detail)


@hub_call
def balance(uow: UnitOfWork, code: str) -> Steps[Decimal]:
    code = _code(code)
    cur = config(uow).currency
    offline = msg("vouchers", "The hub cannot be reached: vouchers cannot be checked offline")
    return (yield from _ask(uow, code, offline, lambda c: from_minor(int(c.voucher(code)["balance_minor"]), cur)))


@hub_call
def redeem(uow: UnitOfWork, code: str, amount: Decimal, ref: str) -> Steps[Redemption]:
    """Take `amount` off the voucher at the hub; the Tender then pays the sale like a card (the
    caller holds it: its intent is settled)."""
    taken = yield from _redeem(uow, code, amount, ref)
    hub_tender.answered(uow, taken.redemption_id)
    return taken


def _redeem(uow: UnitOfWork, code: str, amount: Decimal, ref: str) -> Steps[Redemption]:
    """Take `amount` off the voucher at the hub under a recorded intent (services/hub_tender.take),
    left open for the caller to keep."""
    code = _code(code)
    cur = config(uow).currency
    if not isinstance(amount, Decimal) or amount <= 0:
        raise PaymentError(msg("vouchers", "The amount to take from the voucher must be more than zero"))
    return (
        yield from hub_tender.take_money(
            uow,
            VOUCHER,
            code,
            amount,
            cur,
            ref,
            lambda client: client.redeem_voucher,
            client_of=lambda: _client(uow),
            unsure=msg(
                "vouchers",
                "No answer from the hub: vouchers cannot be taken offline. If the hub took it, the till gives it back",
            ),
            refusal=lambda client, exc: _refusal(client, code, exc, cur, amount),
            malformed=msg("vouchers", "The hub's answer about this voucher is malformed"),
            error=PaymentError,
        )
    )


@hub_call
def cancel(uow: UnitOfWork, redemption_id: str) -> Steps[None]:
    """Give a redemption back (the clerk removed the voucher payment)."""
    yield from hub_tender.ask(
        _client(uow),
        lambda client: client.cancel_redemption(redemption_id),
        offline=msg("vouchers", "The hub cannot be reached: the voucher payment stays taken; try again later"),
        refusal=hub_tender.in_words(
            lambda detail: msg("vouchers", "The hub did not give the voucher payment back ({detail})", detail=detail)
        ),
    )


@hub_call
def redeem_for_basket(uow: UnitOfWork, user: User, basket_id: str, code: str, amount: Decimal) -> Steps[Redemption]:
    """Redeem at the hub and keep the voucher payment on the open basket with its redemption id,
    as soon as the hub said yes: from then on, a restart or a lock does not lose it. If it
    cannot be kept (the sale changed meanwhile), the hub gives the amount back to the voucher."""
    require(user.role, Perm.SELL)  # rule 9: before the hub is asked; an auditor changes nothing
    taken = yield from _redeem(uow, code, amount, basket_id)
    view = yield from hub_tender.keep_on_basket(
        uow, user, basket_id, taken.tender, taken.redemption_id, lambda: _client(uow)
    )
    return replace(taken, view=view)


@hub_call
def give_back_last(uow: UnitOfWork, user: User, basket_id: str) -> Steps[basket_svc.BasketView]:
    """Remove the last payment taken on the basket (services/basket.give_back_tender). A voucher's
    is taken off the basket first, then given back to the voucher at the hub; if the hub cannot
    say yes, it is put back on the basket and stays taken."""
    require(user.role, Perm.SELL)  # rule 9: before the hub is asked; an auditor changes nothing
    last = basket_svc.last_taken(uow, basket_id)
    if last is None:
        raise PaymentError(msg("vouchers", "No payment is taken on this sale"))
    view = basket_svc.give_back_tender(uow, user, basket_id, last)
    give_back = _CANCELS.get(last.tender.kind)
    if give_back is not None and last.redemption_id:
        try:
            yield from give_back(uow, last.redemption_id)
        except DomainError:
            _put_back(uow, user, basket_id, last)
            raise
    return view


# Each tender taken at the hub, given back there by its own kind's cancel (services/hub_tender.py).
_CANCELS: dict[str, hub_tender.Cancel] = {
    VOUCHER: cancel.steps,
    GIFT_CARD: gift_cards.cancel.steps,  # a gift card's balance (services/gift_cards.py)
    POINTS: loyalty.cancel.steps,  # loyalty points (services/loyalty.py)
}


def _put_back(uow: UnitOfWork, user: User, basket_id: str, last: TakenTender) -> None:
    """The hub kept the voucher payment: it goes back on the basket, unless the sale changed
    meanwhile; then only the hub's records hold it, with this basket's id."""
    try:
        basket_svc.take_tender(uow, user, basket_id, last.tender, last.redemption_id)
    except DomainError as exc:
        log.warning("voucher payment %s kept at the hub, not on the sale: %s", last.redemption_id, exc.message)
        cfg = config(uow)
        raise DomainError(
            msg(
                "vouchers",
                "The hub did not give the voucher payment back, and the sale changed meanwhile: "
                "voucher {code} keeps {amount} taken; tell the manager",
                code=last.tender.reference,
                amount=fmt_money(last.tender.amount, cfg.currency),
            )
        ) from None

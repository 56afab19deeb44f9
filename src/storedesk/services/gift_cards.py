"""Gift cards at the till: a card's balance, redeeming it as a tender, giving a redemption back.

The balance lives at the hub (hub/gift_cards/), so like store-credit vouchers (vouchers.py) a
redemption is taken at the hub BEFORE the sale completes and kept on the open basket with its
redemption id at once; removing the payment gives it back at the hub. Offline, a gift card can be
neither checked nor taken: the clerk is told so plainly. A card the hub refuses for its balance is
refused with that balance (never a card with nothing left "accepted", Odoo #135393).

Selling a card is a basket line (services/basket.add_gift_card); the hub activates it when the
sale's event arrives. These are hub calls (services/hub_call.py): the hub is asked off the
database worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from ..adapters.gift_cards_repo import GiftCardsRepo
from ..adapters.hub_client import HubClient, HubRefused
from ..domain import gift_cards as cards
from ..domain.errors import BasketError, DomainError, PaymentError
from ..domain.money import from_minor, to_minor
from ..domain.money_format import fmt_money
from ..domain.permissions import Perm, require
from ..domain.tenders import GIFT_CARD
from ..i18n import Message, msg
from . import basket as basket_svc
from . import hub_tender
from .context import User, config, utcnow
from .hub_call import Steps, hub_call
from .hub_tender import Redemption
from .sync import NotRegistered, client_for

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

A = TypeVar("A")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Balance:
    code: str
    balance: Decimal
    currency: str


def _code(text: str) -> str:
    try:
        return cards.parse_code(text)
    except DomainError as exc:
        raise PaymentError(exc.text) from None


def _client(uow: UnitOfWork):
    try:
        return client_for(uow)
    except NotRegistered:
        raise PaymentError(msg("giftcards", "Gift cards are kept at the hub, and this station has no hub")) from None


def _ask(uow: UnitOfWork, code: str, offline: Message, ask: Callable[[HubClient], A]) -> Steps[A]:
    """Ask the hub (`ask(client)`, off the database worker); refusals become clerk messages."""
    return (
        yield from hub_tender.ask(
            _client(uow),
            ask,
            offline=offline,
            refusal=lambda client, exc: _refusal(client, code, exc, config(uow).currency),
            malformed=msg("giftcards", "The hub's answer about this gift card is malformed"),
            error=PaymentError,
        )
    )


def _refusal(client: HubClient, code: str, exc: HubRefused, currency: str) -> Steps[Message]:
    """The hub's refusal in the clerk's words, with the card's balance when that is the reason."""
    shown = cards.mask(code)
    if exc.status == 404:
        return msg("giftcards", "Gift card {code} is not known or not activated yet", code=shown)
    if exc.status == 409:
        left, its_currency = yield from hub_tender.balance_left(client.gift_card, code, currency)
        if its_currency != currency:
            return msg(
                "giftcards",
                "Gift card {code} is in {currency}: this store takes {ours}",
                code=shown,
                currency=its_currency,
                ours=currency,
            )
        if left >= 0:
            balance = fmt_money(from_minor(left, currency), currency)
            if left == 0:
                return msg(
                    "giftcards", "Gift card {code} has nothing left (balance {balance})", code=shown, balance=balance
                )
            return msg("giftcards", "Gift card {code} has only {balance} left", code=shown, balance=balance)
    return msg("giftcards", "Gift card {code}: the hub refused ({detail})", code=shown, detail=exc.detail)


@hub_call
def balance(uow: UnitOfWork, code: str) -> Steps[Balance]:
    """A card's balance at the hub (online only)."""
    code = _code(code)
    cur = config(uow).currency
    offline = msg("giftcards", "The hub cannot be reached: gift cards cannot be checked offline")

    def ask(client: HubClient) -> Balance:
        data = client.gift_card(code)
        return Balance(code, from_minor(int(data["balance_minor"]), str(data["currency"])), str(data["currency"]))

    found = yield from _ask(uow, code, offline, ask)
    if found.currency != cur:
        raise PaymentError(
            msg(
                "giftcards",
                "Gift card {code} is in {currency}: this store takes {ours}",
                code=cards.mask(code),
                currency=found.currency,
                ours=cur,
            )
        )
    return found


@hub_call
def redeem(uow: UnitOfWork, code: str, amount: Decimal, ref: str) -> Steps[Redemption]:
    """Take `amount` off the card at the hub, atomically; the Tender then pays the sale (the
    caller holds it: its intent is settled)."""
    taken = yield from _redeem(uow, code, amount, ref)
    hub_tender.answered(uow, taken.redemption_id)
    return taken


def _redeem(uow: UnitOfWork, code: str, amount: Decimal, ref: str) -> Steps[Redemption]:
    """Take `amount` off the card at the hub under a recorded intent (services/hub_tender.take),
    left open for the caller to keep."""
    code = _code(code)
    cur = config(uow).currency
    if not isinstance(amount, Decimal) or amount <= 0:
        raise PaymentError(msg("giftcards", "The amount to take from the gift card must be more than zero"))
    return (
        yield from hub_tender.take_money(
            uow,
            GIFT_CARD,
            code,
            amount,
            cur,
            ref,
            lambda client: client.redeem_gift_card,
            client_of=lambda: _client(uow),
            unsure=msg(
                "giftcards",
                "No answer from the hub: gift cards cannot be taken offline. "
                "If the hub took it, the till gives it back",
            ),
            refusal=lambda client, exc: _refusal(client, code, exc, cur),
            malformed=msg("giftcards", "The hub's answer about this gift card is malformed"),
            error=PaymentError,
        )
    )


@hub_call
def cancel(uow: UnitOfWork, redemption_id: str) -> Steps[None]:
    """Give a redemption back (the clerk removed the gift card payment)."""
    yield from hub_tender.ask(
        _client(uow),
        lambda client: client.cancel_gift_card_redemption(redemption_id),
        offline=msg("giftcards", "The hub cannot be reached: the gift card payment stays taken; try again later"),
        refusal=hub_tender.in_words(
            lambda detail: msg("giftcards", "The hub did not give the gift card payment back ({detail})", detail=detail)
        ),
    )


def card_product(uow: UnitOfWork) -> str:
    """The SKU of the catalog's gift card product (a reload is sold as it)."""
    with uow.read() as tx:
        sku = GiftCardsRepo(tx.conn).product_sku()
    if sku is None:
        raise BasketError(msg("giftcards", "The catalog has no gift card product"))
    return sku


def gift_card_skus(uow: UnitOfWork, skus: list[str]) -> set[str]:
    """Which of `skus` are gift card products in the station's catalog."""
    with uow.read() as tx:
        return {sku for sku in set(skus) if (p := tx.catalog.by_sku(sku)) is not None and p.kind == cards.KIND}


def _remember(uow: UnitOfWork, basket_id: str, taken: Redemption) -> None:
    """The hub's answer kept for the receipt (the card's balance after this payment)."""
    cur = config(uow).currency
    t = taken.tender
    with uow.write() as tx:
        GiftCardsRepo(tx.conn).redeemed(
            taken.redemption_id,
            basket_id,
            t.reference,
            to_minor(t.amount, cur),
            to_minor(taken.balance_after, cur),
            utcnow(),
        )


def _refuse_on_card_sale(uow: UnitOfWork, basket_id: str) -> None:
    """A sale that sells a gift card is not paid with one (checked before the hub is asked)."""
    with uow.read() as tx:
        basket = basket_svc._load_open(tx, basket_id)
    if any(ln.gift_card for ln in basket.active_lines):
        raise PaymentError(msg("giftcards", "A gift card cannot be paid with a gift card"))


@hub_call
def redeem_for_basket(
    uow: UnitOfWork, user: User, basket_id: str, code: str, amount: Decimal | None, up_to: Decimal | None = None
) -> Steps[Redemption]:
    """Redeem at the hub and keep the payment on the open basket with its redemption id as soon as
    the hub said yes; if it cannot be kept (the sale changed meanwhile), the hub gives it back.
    `amount` None: what is left to pay (`up_to`) or the card's balance, whichever is less."""
    require(user.role, Perm.SELL)  # rule 9: before the hub is asked; an auditor changes nothing
    _refuse_on_card_sale(uow, basket_id)
    if amount is None:
        found = yield from balance.steps(uow, code)
        if found.balance <= 0:
            shown = fmt_money(found.balance, found.currency)
            raise PaymentError(
                msg(
                    "giftcards",
                    "Gift card {code} has nothing left (balance {balance})",
                    code=cards.mask(found.code),
                    balance=shown,
                )
            )
        amount = found.balance if up_to is None else min(up_to, found.balance)
    taken = yield from _redeem(uow, code, amount, basket_id)
    view = yield from hub_tender.keep_on_basket(
        uow, user, basket_id, taken.tender, taken.redemption_id, lambda: _client(uow)
    )
    try:
        _remember(uow, basket_id, taken)
    except DomainError as exc:  # only the receipt's balance line is lost: the payment is kept
        log.warning("gift card balance after %s not kept for the receipt: %s", taken.redemption_id, exc.message)
    return replace(taken, view=view)

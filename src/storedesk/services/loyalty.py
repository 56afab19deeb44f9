"""Loyalty points at the till (issue 18): what a sale earns, and points as a tender.

- Earning (`record_sale`, called by services/sale.write_sale in the sale's transaction): the
  points the sale earns under the loyalty rules of the station's promotions document
  (domain/pricing/loyalty.py), put in the sale event's "customer" block and in sale_customers.
  The hub credits them when the event reaches it (exactly once), so a sale made offline earns at
  sync. Points paid with points earn nothing.
- Redeeming (`redeem_for_basket`): the hub takes the points first (serialised there, so two
  stations cannot spend the same points), then the payment is kept on the open basket with its
  redemption id, like a voucher (services/vouchers.py); offline it is refused plainly. Giving
  it back (`cancel`) returns the points at the hub.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from ..adapters.customers_repo import CustomersRepo, SaleCustomerRow
from ..domain.basket import Basket, BasketTotals
from ..domain.errors import PaymentError
from ..domain.money import ZERO, from_minor, to_minor
from ..domain.permissions import Perm, require
from ..domain.pricing.loyalty import (
    EarnLine,
    LoyaltyRules,
    LoyaltyRulesError,
    points_for,
    sale_points,
    value_of,
)
from ..domain.tenders import POINTS, Tender
from ..i18n import msg
from . import basket as basket_svc
from . import hub_tender, promotions
from .context import User, config
from .hub_call import Steps, hub_call
from .sync import NotRegistered, client_for

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork


@dataclass(frozen=True)
class PointsRedemption:
    tender: Tender
    redemption_id: str
    points: int
    balance_after: int
    view: object = None  # services.basket.BasketView: the basket it is kept on


def rules(tx: Tx) -> LoyaltyRules | None:
    """The loyalty rules in force (the promotions document's "loyalty" block, read once per
    version with the promotions: services/promotions.py), or None."""
    return promotions.loyalty_rules(tx)


def earn_lines(totals: BasketTotals) -> list[EarnLine]:
    return [
        EarnLine(p.gross, p.line.category or None, tuple(pid for pid, _ in p.promotions), bool(p.line.gift_card))
        for p in totals.lines
    ]


def record_sale(tx: Tx, basket: Basket, totals: BasketTotals, tenders: Sequence[Tender], sale_id: str) -> dict | None:
    """The sale's "customer" block for the event (None without a customer), its row written."""
    customer = basket.customer
    if customer is None:
        return None
    paid_in_points = sum((t.amount for t in tenders if t.kind == POINTS), ZERO)
    found = rules(tx)
    redeemed = sum(_points_paid(t.amount, found) for t in tenders if t.kind == POINTS)
    earned = sale_points(customer, earn_lines(totals), found, paid_in_points)
    repo = CustomersRepo(tx.conn)
    cached = repo.get(customer.id)
    known = cached.points if cached is not None else None
    balance = known + earned if known is not None else None
    worth = to_minor(value_of(earned, found), basket.currency)
    repo.add_sale(SaleCustomerRow(sale_id, customer.id, customer.card, earned, redeemed, balance, worth))
    if known is not None:
        repo.set_points(customer.id, known + earned)
    return {
        "id": customer.id,
        "card": customer.card,
        "points_earned": earned,
        "points_redeemed": redeemed,
        "earned_value_minor": worth,
    }


def _points_paid(amount: Decimal, found: LoyaltyRules | None) -> int:
    """The points a points payment of `amount` cost (as redeem_for_basket worked them out)."""
    try:
        return points_for(amount, found)
    except LoyaltyRulesError:
        return 0


def _client(uow: UnitOfWork):
    try:
        return client_for(uow)
    except NotRegistered:
        raise PaymentError(msg("loyalty", "Points are kept at the hub, and this station has no hub")) from None


@hub_call
def redeem_for_basket(uow: UnitOfWork, user: User, basket_id: str, amount: Decimal) -> Steps[PointsRedemption]:
    """Pay `amount` of the open sale with its customer's points: taken at the hub, then kept on
    the basket; if the basket cannot keep it, the points are given back at the hub."""
    require(user.role, Perm.SELL)  # rule 9: before the hub is asked; an auditor changes nothing
    cfg = config(uow)
    with uow.read() as tx:
        basket = basket_svc._load_open(tx, basket_id)
        found = rules(tx)
    customer = basket.customer
    if customer is None:
        raise PaymentError(msg("loyalty", "Attach the customer to the sale first (Ctrl+K)"))
    if not isinstance(amount, Decimal) or amount <= 0:
        raise PaymentError(msg("loyalty", "The amount to pay with points must be more than zero"))
    try:
        points = points_for(amount, found)
    except LoyaltyRulesError as exc:
        raise PaymentError(exc.text) from None
    minor = to_minor(amount, cfg.currency)
    # the intent names the customer by id, never by card number (an erasure leaves nothing there)
    asked = hub_tender.intent(POINTS, customer.id, minor, basket_id)
    rid = asked.redemption_id
    left = yield from hub_tender.take(
        uow,
        asked,
        lambda client: int(client.redeem_points(customer.id, rid, points, minor, basket_id)["points_balance"]),
        client_of=lambda: _client(uow),
        unsure=msg(
            "loyalty",
            "No answer from the hub: points cannot be redeemed offline. If the hub took them, the till gives them back",
        ),
        refusal=hub_tender.in_words(
            lambda detail: msg("loyalty", "The hub refused the points: {detail}", detail=detail)
        ),
        error=PaymentError,
    )
    tender = Tender(POINTS, amount, customer.card or customer.id)
    taken = PointsRedemption(tender, rid, points, left)
    view = yield from hub_tender.keep_on_basket(uow, user, basket_id, tender, rid, lambda: _client(uow))
    with uow.write(durable=False) as tx:
        CustomersRepo(tx.conn).set_points(customer.id, left)
    return replace(taken, view=view)


@hub_call
def cancel(uow: UnitOfWork, redemption_id: str) -> Steps[None]:
    """Give a points redemption back at the hub (the clerk removed the points payment)."""
    yield from hub_tender.ask(
        _client(uow),
        lambda client: client.cancel_points(redemption_id),
        offline=msg("loyalty", "The hub cannot be reached: the points payment stays taken; try again later"),
        refusal=hub_tender.in_words(
            lambda detail: msg("loyalty", "The hub did not give the points back ({detail})", detail=detail)
        ),
    )


def points_value(uow: UnitOfWork, points: int) -> Decimal:
    """What `points` pay under the rules in force (0 when points cannot be redeemed)."""
    cfg = config(uow)
    with uow.read() as tx:
        found = rules(tx)
    if found is None:
        return ZERO
    return from_minor(to_minor(found.point_value * points, cfg.currency), cfg.currency)

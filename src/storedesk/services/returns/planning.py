"""What a return would refund, to which tenders, with which approvals: checked against the
window, the categories and the products' units before anything is written (nothing changes).

The refund approval follows the refunding user's role: its own `refund_limit` when the store set
one (`storedesk user limits ROLE --set refund_limit=20`, the Manager screen's F10, or the hub's
`limit.<role>.refund_limit`), higher or lower than the store's `refund_limit` setting, which
applies to a role without one (domain/permissions.py StoreLimits.refund_limit says why)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.repositories import to_milli
from ...domain.errors import DomainError
from ...domain.money import ZERO, from_minor, to_minor
from ...domain.return_loyalty import ShareLine, part_of, returned_share, with_return
from ...domain.returns import (
    ORIGINAL,
    RefundPart,
    ReturnError,
    ReturnPlan,
    ReturnRequest,
    allocate_refund,
    approvals_needed,
    check_condition,
    plan_return,
    within_window,
)
from ...domain.tenders import POINTS
from ...domain.units import check_quantity_for
from ...i18n import msg
from ..auth import store_limits
from ..context import config, utcnow
from ..gift_cards import gift_card_skus
from .lookup import ReturnableSale, policy

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


@dataclass(frozen=True)
class ReturnLineIn:
    line_no: int  # the sold line (receipt) or a position (no receipt)
    quantity: Decimal
    condition: str = "restock"


@dataclass(frozen=True)
class PointsBack:
    """What a return of a sale made for a customer does to the points (issue 18), in proportion
    to the goods coming back (domain/return_loyalty.py). The hub moves the points itself when the
    return's event arrives; these are the station's figures, for the receipt and the Z."""

    value: Decimal = ZERO  # what the sale paid in points, of this return: not refunded in money
    card: str = ""
    taken: int = 0  # points the sale earned, taken back
    given: int = 0  # points the sale was paid with, given back
    customer_id: str = ""

    @property
    def moves(self) -> bool:
        return bool(self.value or self.taken or self.given)


@dataclass(frozen=True)
class RefundPreview:
    plan: ReturnPlan
    parts: tuple[RefundPart, ...]
    approvals: tuple[str, ...]  # Perm values a manager must approve
    offline: bool
    points: PointsBack = field(default_factory=PointsBack)

    @property
    def points_back(self) -> Decimal:
        """Paid in points: goes back to the loyalty card, never in money or store credit."""
        return self.points.value

    @property
    def paid_out(self) -> Decimal:
        """What the refund pays in money or store credit: the total less what goes back as points."""
        return self.plan.total - self.points.value

    @property
    def total(self) -> Decimal:
        return self.plan.total

    @property
    def handed_out(self) -> Decimal:
        return sum((p.amount for p in self.parts), ZERO)


def now_dt(now: str) -> datetime:
    return datetime.fromisoformat(now)


def _check_units(uow: UnitOfWork, sale: ReturnableSale, plan) -> None:
    """Each quantity coming back as its product's unit takes it (domain/units.py: pieces whole,
    weighed or measured goods to their decimals). A line sold before units were checked (2.5
    pieces) may give its fraction back: what was sold is a fact, never rewritten."""
    with uow.read() as tx:
        for p in plan.lines:
            product = tx.catalog.by_sku(p.sku)
            if product is None:
                continue
            try:
                check_quantity_for(sale.line(p.line_no).quantity, product.unit, p.name)
            except DomainError:
                continue  # sold as a fraction the unit does not take: old data
            check_quantity_for(p.quantity, product.unit, p.name)


def role_refund_limit(uow: UnitOfWork, role: str, store_limit: Decimal) -> Decimal:
    """The largest refund `role` gives without a manager's approval in this store ("": the
    store's `store_limit`)."""
    return store_limits(uow).refund_limit(role, store_limit) if role else store_limit


def preview(
    uow: UnitOfWork,
    sale: ReturnableSale,
    lines: list[ReturnLineIn],
    refund_to: str = ORIGINAL,
    now: str | None = None,
    role: str = "",
) -> RefundPreview:
    """What this return would refund, to which tenders, and which approvals it needs when
    someone of `role` refunds it (the module docstring; "": the store's refund limit).
    Raises OverReturn/ReturnError (nothing changes) when it cannot be done."""
    cfg = config(uow)
    pol = policy(uow)
    now = now or utcnow()
    cards = gift_card_skus(uow, [sale.line(ln.line_no).sku for ln in lines])
    for ln in lines:
        sold = sale.line(ln.line_no)
        if sold.sku in cards:  # money on a card the hub activated, maybe spent already (issue 18)
            raise ReturnError(
                msg(
                    "returns",
                    "Line {line} ({item}): a gift card sold is not refunded; what is on it stays on the card",
                    line=sold.line_no,
                    item=sold.name or sold.sku,
                )
            )
        check_condition(ln.condition, sold.label)
        if not pol.returnable(sold.category):
            raise ReturnError(
                msg(
                    "returns",
                    "Line {line} ({item}): {category} cannot be returned",
                    line=sold.line_no,
                    item=sold.name or sold.sku,
                    category=sold.category,
                )
            )
        if not within_window(
            now_dt(sale.sold_at), now_dt(now), pol.window_days, pol.category_days or {}, sold.category, cfg.tz
        ):
            raise ReturnError(
                msg(
                    "returns",
                    "Line {line} ({item}): the return window (%n day(s)) is over for this sale",
                    n=pol.window_days,
                    line=sold.line_no,
                    item=sold.name or sold.sku,
                )
            )
    plan = plan_return(sale.lines, ReturnRequest((ln.line_no, ln.quantity) for ln in lines), sale.currency)
    _check_units(uow, sale, plan)
    points = points_part(uow, sale, plan)
    parts = allocate_refund(
        plan.total - points.value,
        sale.settlement,
        refund_to,
        already_refunded=sale.refunded,
        cash_step=cfg.cash_step,
        currency=sale.currency,
    )
    limit = role_refund_limit(uow, role, pol.refund_limit)
    approvals = approvals_needed(pol, plan.total, parts, False, limit)
    return RefundPreview(plan, tuple(parts), tuple(approvals), not sale.online, points)


def share_lines(uow: UnitOfWork, sale: ReturnableSale) -> list[ShareLine]:
    """The sale's lines that earned points (gift card lines never do), as the share sees them."""
    cards = gift_card_skus(uow, [ln.sku for ln in sale.lines])
    return [
        ShareLine(ln.line_no, to_minor(ln.gross, sale.currency), to_milli(ln.quantity))
        for ln in sale.lines
        if ln.sku not in cards
    ]


def points_part(uow: UnitOfWork, sale: ReturnableSale, plan: ReturnPlan) -> PointsBack:
    """What this return does to the sale's points (domain/return_loyalty.py: the share of the
    goods coming back, rounded down, all of it once every line is back): the value paid in
    points and the points given back to the card, the points earned taken back. Nothing for a
    sale made for nobody and not paid with points."""
    paid = [t for t in sale.settlement.tenders if t.kind == POINTS]
    who = sale.customer
    if not paid and who is None:
        return PointsBack()
    lines = share_lines(uow, sale)
    before = {ln.line_no: to_milli(ln.returned_quantity) for ln in sale.lines}
    after = with_return(before, {p.line_no: to_milli(p.quantity) for p in plan.lines})
    was, now = returned_share(lines, before), returned_share(lines, after)
    value = part_of(sum(to_minor(t.amount, sale.currency) for t in paid), was, now)
    return PointsBack(
        min(from_minor(value, sale.currency), plan.total),
        (who.card if who else "") or (paid[0].reference if paid else ""),
        part_of(who.earned, was, now) if who else 0,
        part_of(who.redeemed, was, now) if who else 0,
        who.customer_id if who else "",
    )

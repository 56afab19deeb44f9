"""What a return would refund, to which tenders, with which approvals: checked against the
window, the categories and the products' units before anything is written (nothing changes).

The refund approval follows the refunding user's role: its own `refund_limit` when the store set
one (`storedesk user limits ROLE --set refund_limit=20`, the Manager screen's F10, or the hub's
`limit.<role>.refund_limit`), higher or lower than the store's `refund_limit` setting, which
applies to a role without one (domain/permissions.py StoreLimits.refund_limit says why)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from ...domain.errors import DomainError
from ...domain.money import ZERO
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
class RefundPreview:
    plan: ReturnPlan
    parts: tuple[RefundPart, ...]
    approvals: tuple[str, ...]  # Perm values a manager must approve
    offline: bool

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
    parts = allocate_refund(
        plan.total,
        sale.settlement,
        refund_to,
        already_refunded=sale.refunded,
        cash_step=cfg.cash_step,
        currency=sale.currency,
    )
    limit = role_refund_limit(uow, role, pol.refund_limit)
    approvals = approvals_needed(pol, plan.total, parts, False, limit)
    return RefundPreview(plan, tuple(parts), tuple(approvals), not sale.online)

"""Exchanges: a return and a new sale in one visit and one transaction, the returned goods'
value paying the new basket first.

A hub call (services/hub_call.py): while the hub grants the return, the till goes on, so the
write checks that the counter's sale is still the one the exchange was worked out for."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.hub_client import HubClient
from ...domain.money_format import fmt_money
from ...domain.permissions import Perm, require
from ...domain.returns import ORIGINAL, RefundPart, ReturnError, allocate_refund, approvals_needed, check_reason
from ...domain.tenders import Tender
from ...i18n import msg
from ..context import User, config
from ..hub_call import Steps, hub_call
from .complete import ReturnResult, approving_manager, hub_grant, release_grant, write_return
from .lookup import RECEIPT, ReturnableSale, policy
from .planning import RefundPreview, ReturnLineIn, preview, role_refund_limit

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork


@dataclass(frozen=True)
class ExchangeResult:
    ret: ReturnResult
    sale: object  # services.sale.SaleResult
    credit: Decimal  # what the returned goods were worth
    netted: Decimal  # of it, used to pay the new sale


@hub_call
def complete_exchange(
    uow: UnitOfWork,
    user: User,
    sale: ReturnableSale,
    lines: list[ReturnLineIn],
    reason: str,
    basket_id: str,
    tenders: list[Tender],
    approver: tuple[str, str] | None = None,
    client: HubClient | None = None,
    cash_confirmed: bool = False,
) -> Steps[ExchangeResult]:
    """A return and a new sale in one visit, in ONE transaction, netting the money.

    The returned goods' value pays the new basket first (tender "exchange", referencing the
    return); the customer pays only the difference with `tenders`, or, when the new basket
    costs less, the rest is refunded to the original tenders like any return.
    `cash_confirmed`: the clerk confirmed cash above the ceiling (services/sale.write_sale checks it).
    A counter sale with a payment already taken on it is completed at the counter first.
    """
    from ...domain.returns import EXCHANGE
    from ..basket import _load_open
    from ..sale import write_sale

    require(user.role, Perm.RETURN)
    require(user.role, Perm.SELL)
    check_reason(reason)
    cfg = config(uow)
    cur = sale.currency
    with uow.read() as tx:
        new_basket = _load_open(tx, basket_id)
    if new_basket.taken:
        raise ReturnError(
            msg(
                "returns",
                "A payment of {amount} is already taken on the counter's sale: complete it at the counter "
                "first (F12 takes the rest in cash), then do the exchange",
                amount=fmt_money(new_basket.taken_total, cur),
            )
        )
    new_total = new_basket.totals().total
    base = preview(uow, sale, lines, ORIGINAL)
    credit = base.paid_out  # what was paid in points goes back to the card, not into the new sale
    netted = min(credit, new_total)
    rest = allocate_refund(
        credit - netted,
        sale.settlement,
        ORIGINAL,
        already_refunded=sale.refunded,
        cash_step=cfg.cash_step,
        currency=cur,
    )
    parts = ((RefundPart(EXCHANGE, netted),) if netted > 0 else ()) + tuple(rest)
    # Only money leaving the store counts against the refund limit: the netted part stays in the till.
    pol = policy(uow)
    limit = role_refund_limit(uow, user.role, pol.refund_limit)  # the refunding user's role, as a return
    pre = RefundPreview(
        base.plan,
        parts,
        tuple(approvals_needed(pol, credit - netted, parts, False, limit)),
        base.offline,
        base.points,
    )
    if netted < new_total and not tenders:
        raise ReturnError(
            msg(
                "returns",
                "The new items cost {amount} more than the returned ones: take a payment",
                amount=fmt_money(new_total - netted, cur),
            )
        )
    manager = approving_manager(uow, user, pre.approvals, approver)
    grant_id, offline = yield from hub_grant(uow, sale, pre, client)

    def then(tx: Tx, cfg_, now, return_no):
        now_open = _load_open(tx, basket_id)  # the till went on while the hub granted the return
        if now_open.totals().total != new_total or now_open.taken:
            raise ReturnError(
                msg(
                    "returns",
                    "The counter's sale changed while the hub was asked: nothing was done; "
                    "look at it and exchange again",
                )
            )
        tendered = ([Tender(EXCHANGE, netted, return_no)] if netted > 0 else []) + list(tenders)
        return write_sale(tx, cfg_, user, basket_id, tendered, now, cash_confirmed=cash_confirmed)

    try:
        result = write_return(
            uow,
            user,
            manager,
            sale,
            lines,
            pre,
            reason,
            grant_id,
            offline,
            RECEIPT,
            basket_id,
            then=then,
        )
    except BaseException:
        yield from release_grant(uow, grant_id, client)
        raise
    ret, sold = result
    return ExchangeResult(ret, sold, credit, netted)

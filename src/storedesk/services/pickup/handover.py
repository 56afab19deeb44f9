"""The handover: the customer's code or an ID check, all or some of the lines, paid online or
paid here through the sale path, in one transaction that re-reads the order under the write
lock (a cancellation applied a moment earlier stops it)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.repositories import NewMovement, to_milli
from ...domain import pickup as dp
from ...domain.basket import Basket, BasketLine
from ...domain.errors import PaymentError
from ...domain.money import from_minor
from ...domain.money_format import fmt_money
from ...domain.pickup import IdCheck, PickLine, PickupError
from ...domain.tenders import Tender
from ...i18n import msg
from .. import tax_rates
from ..context import User, config, utcnow
from ..fiscal import due
from .events import check_clerk, journal_action, release_held, save_lines, status_event, write_movements
from .queues import load_order

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork
    from ..sale import SaleResult


NOT_ON_SALE = msg("pickup", "{name} is not on sale before {day}, the day its tax rate starts; nothing was handed over")


@dataclass(frozen=True)
class HandoverResult:
    order_id: str
    number: str
    status: str
    collected: dict[int, Decimal]
    sale_id: str | None = None
    receipt_no: str | None = None
    total: Decimal = Decimal(0)
    change: Decimal = Decimal(0)
    repeated: bool = False


def handover_total(uow: UnitOfWork, order_id: str, selection: dict[int, Decimal] | None = None) -> Decimal:
    """What the customer pays for what they take (pay at pickup), before cash rounding."""
    cfg = config(uow)
    with uow.read() as tx:
        order, lines = load_order(tx, order_id)
        plan, _status = dp.plan_handover(lines, selection)
        if order.payment != dp.PAY_AT_PICKUP:
            return Decimal(0)
        return _basket(tx, cfg, lines, plan).totals().total


def _refuse_before_tax_day(tx: Tx, lines: list[PickLine], plan: dict[int, Decimal], now: str) -> None:
    """A web order may hold a product whose tax code starts on a later day (services/tax_rates.py):
    it is not handed over before that day, as the counter does not sell it; a rate whose day has
    begun is made current first, so a line paid here takes it."""
    tax_rates.switch_due(tx, now)
    for ln in lines:
        product = tx.catalog.by_id(ln.product_id) if plan.get(ln.line_no) else None
        if product is not None:
            tax_rates.refuse_before_day(tx, product.tax_code, ln.name, now, NOT_ON_SALE, PickupError)


def _basket(tx: Tx, cfg, lines: list[PickLine], plan: dict[int, Decimal]) -> Basket:
    basket = Basket(cfg.currency, cfg.prices_include_tax)
    for ln in lines:
        qty = plan.get(ln.line_no)
        if not qty:
            continue
        product = tx.catalog.by_id(ln.product_id)
        assert product is not None  # an order's line names a product of the catalog (never deleted)
        basket.add(
            BasketLine(
                product_id=ln.product_id,
                sku=ln.sku,
                name=ln.name,
                unit_price=from_minor(ln.unit_price_minor, cfg.currency),
                quantity=qty,
                tax_code=product.tax_code,
                tax_rate=product.tax_rate,
                category=product.category,
            ),
            merge=False,
        )
    return basket


def _write_sale(
    tx: Tx, cfg, user: User, order, basket: Basket, tenders: list[Tender], now: str, cash_confirmed: bool = False
) -> SaleResult:
    """Pay at pickup through the counter's own sale path (services/sale.write_sale), inside the
    handover's transaction: the order's basket is written and completed in the same
    transaction (the sale screen never sees it open), then sale, lines, taxes, payments,
    receipt number, stock movements ("sale": stock goes down here and only here), journal and
    outbox exactly as for a sale at the counter."""
    from ..sale import write_sale

    basket_id = f"pickup-{order.id}"
    tx.baskets.insert(basket_id, basket, user.id, now)
    return write_sale(tx, cfg, user, basket_id, tenders, now, cash_confirmed=cash_confirmed, with_promotions=False)


def hand_over(
    uow: UnitOfWork,
    user: User,
    order_id: str,
    code: str | None = None,
    id_check: IdCheck | None = None,
    selection: dict[int, Decimal] | None = None,
    tenders: list[Tender] | None = None,
    now: str | None = None,
    cash_confirmed: bool = False,
) -> HandoverResult:
    """Give the customer all lines (selection None) or some. Verified by the pickup code or an
    ID check. `cash_confirmed`: the clerk confirmed cash above the ceiling (services/sale.write_sale).
    Releases the order's reservation; stock goes out once: a "pickup" movement for an order paid
    online, or the sale's own movements for one paid here (same path as the counter).

    The order is re-read under the write lock: a cancellation applied meanwhile (the puller, or
    check_with_hub) stops the handover with a clear message and changes nothing."""
    check_clerk(user)
    cfg = config(uow)
    if code is None and id_check is None:
        raise PickupError(msg("pickup", "Verify the customer: type or scan the pickup code, or record the ID shown"))
    if tenders:  # paid here: a sale, the first document of a day closes what ended (issue 19)
        due.close_before_document(uow, now or utcnow())
    with uow.write() as tx:
        now = now or tx.stamp(cfg.station_code, utcnow).at  # read under the write lock (a sale may be written)
        order, lines = load_order(tx, order_id)
        if order.fulfilment == "ship":
            raise PickupError(
                msg(
                    "pickup",
                    "Order {number} is shipped to the customer: it is not handed over here",
                    number=order.number,
                )
            )
        if order.status in (dp.COLLECTED, dp.PARTIAL):
            return HandoverResult(
                order.id,
                order.number,
                order.status,
                {ln.line_no: ln.collected for ln in lines if ln.collected},
                order.sale_id,
                order.receipt_no,
                repeated=True,
            )
        plan, status = dp.plan_handover(lines, selection)
        _refuse_before_tax_day(tx, lines, plan, now)
        status = dp.transition(order.status, "hand_over" if status == dp.COLLECTED else "hand_over_part", order.number)
        if code is not None:
            if not dp.verify_code(order.pickup_code, code):
                raise PickupError(
                    msg("pickup", "That pickup code does not match this order. Ask the customer again, or check an ID")
                )
            check = {"method": "code"}
        else:
            assert id_check is not None  # one of the two, checked before the transaction
            check = id_check.wire()
        for ln in lines:
            ln.collected = plan.get(ln.line_no, Decimal(0))
        held = tx.pickup.held_for_order(order_id)
        # Everything set aside is released: what the customer takes leaves through the stock
        # movement below, what they leave goes back on the shelf.
        release_held(tx, cfg, order_id, held, now)
        sale_id = receipt_no = None
        total = change = Decimal(0)
        if order.payment == dp.PAY_AT_PICKUP:
            if not tenders:
                total = _basket(tx, cfg, lines, plan).totals().total
                raise PaymentError(
                    msg(
                        "pickup",
                        "Take the payment first: {total} to pay at pickup",
                        total=fmt_money(total, cfg.currency),
                    )
                )
            sold = _write_sale(tx, cfg, user, order, _basket(tx, cfg, lines, plan), tenders, now, cash_confirmed)
            sale_id, receipt_no, total, change = sold.sale_id, sold.receipt_no, sold.total, sold.change
        else:
            moves = [
                NewMovement(
                    uuid.uuid4().hex,
                    ln.product_id,
                    -to_milli(ln.collected),
                    "pickup",
                    order.number,
                    cfg.station_code,
                    now,
                )
                for ln in lines
                if ln.collected > 0
            ]
            write_movements(tx, cfg, moves, {ln.product_id: ln.sku for ln in lines}, now)
        journal_action(
            tx,
            cfg,
            user,
            order,
            "pickup_handover",
            now,
            status=status,
            payment=order.payment,
            paid_minor=order.paid_minor,
            receipt_no=receipt_no,
            id_check=check,
            customer=order.customer_name,
            lines=[{"line": ln.line_no, "sku": ln.sku, "collected": str(ln.collected)} for ln in lines],
        )
        save_lines(tx, order_id, lines)
        tx.pickup.set_status(
            order_id,
            status,
            now,
            closed_at=now,
            id_check=json.dumps(check, sort_keys=True),
            sale_id=sale_id,
            receipt_no=receipt_no,
        )
        tx.pickup.add_history(
            order_id,
            status,
            now,
            user.username,
            "station",
            "code verified" if code is not None else f"ID checked: {check['document']}",
        )
        # On the wire a handover is "collected" with each line's collected quantity: the hub
        # cancels what was not taken (hub/orders/events.py). The hub's "partially_collected"
        # keeps the rest open at the store for a later visit; here the rest goes back on the
        # shelf at once (its reservation was just released), so the order is closed.
        status_event(tx, cfg, user, order, dp.COLLECTED, lines, now, check, receipt_no)
        return HandoverResult(order_id, order.number, status, plan, sale_id, receipt_no, total, change)

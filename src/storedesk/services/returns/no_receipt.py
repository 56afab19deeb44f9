"""Returns without a receipt: the item scanned at the desk, priced at the lowest price paid
lately, refunded in cash or store credit, always with a manager's approval."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from ...domain.gift_cards import KIND as GIFT_CARD_KIND
from ...domain.money import ZERO, from_minor
from ...domain.permissions import Perm, require
from ...domain.returns import (
    CASH,
    ORIGINAL,
    STORE_CREDIT,
    ReturnError,
    ReturnRequest,
    SoldLine,
    allocate_refund,
    approvals_needed,
    check_condition,
    check_reason,
    no_receipt_price,
    plan_return,
)
from ...domain.scan import parse_scan
from ...domain.tenders import Settlement, Tender
from ...domain.units import check_quantity_for
from ...i18n import msg
from .. import tax_rates
from ..catalog import find_scanned
from ..context import User, config, utcnow
from .complete import ReturnResult, approving_manager, write_return
from .lookup import LOCAL, NO_RECEIPT, ReturnableSale, policy
from .planning import RefundPreview, ReturnLineIn, now_dt

if TYPE_CHECKING:
    from ...adapters.repositories import Product
    from ...adapters.uow import UnitOfWork


# A product whose tax code starts on a later day (services/tax_rates.py) was never sold here.
NOT_ON_SALE = msg("returns", "{name} is not on sale before {day}, the day its tax rate starts; it cannot be returned")


@dataclass(frozen=True)
class NoReceiptItem:
    sku: str
    quantity: Decimal
    condition: str = "restock"


class ReturnItem(NamedTuple):
    """A product scanned at the return desk (a tuple too: the returns screen unpacks it)."""

    product: Product
    quantity: Decimal | None  # `3*code` gives one; None: not said


class NoReceiptPreview(NamedTuple):
    """A no-receipt return as it would be refunded (a tuple too: callers unpack it)."""

    sale: ReturnableSale  # the items, as a sale to return from
    preview: RefundPreview
    product_ids: dict[str, int]  # sku -> product id


def find_return_item(uow: UnitOfWork, text: str) -> ReturnItem:
    """A product scanned or typed at the return desk (no receipt). `3*code` gives a quantity,
    as at the counter. Raises UnknownBarcode / MalformedBarcode."""
    scan = parse_scan(text)
    with uow.read() as tx:
        product = find_scanned(tx, scan)
    if scan.quantity is not None:
        check_quantity_for(scan.quantity, product.unit, product.name)
    return ReturnItem(product, scan.quantity)


def no_receipt_preview(
    uow: UnitOfWork, items: list[NoReceiptItem], refund_to: str = STORE_CREDIT, now: str | None = None
) -> NoReceiptPreview:
    """A no-receipt return priced at the lowest of today's price and the lowest price paid
    in the policy's look-back days; refunded in cash or store credit."""
    cfg = config(uow)
    pol = policy(uow)
    now = now or utcnow()
    if not items:
        raise ReturnError(msg("returns", "Scan at least one item to return"))
    since = (now_dt(now) - timedelta(days=pol.no_receipt_days)).astimezone(UTC).isoformat()
    lines, ids = [], {}
    with uow.read() as tx:
        for no, it in enumerate(items, start=1):
            product = tx.catalog.by_sku(it.sku)
            if product is None:
                raise ReturnError(msg("returns", "Unknown SKU {sku}", sku=it.sku))
            tax_rates.refuse_before_day(tx, product.tax_code, product.name, now, NOT_ON_SALE, ReturnError)
            if product.kind == GIFT_CARD_KIND:  # the money is on a card, maybe spent already (issue 18)
                raise ReturnError(
                    msg(
                        "returns",
                        "{item}: a gift card sold is not refunded; what is on it stays on the card",
                        item=product.name,
                    )
                )
            if not pol.returnable(product.category):
                raise ReturnError(
                    msg(
                        "returns", "{item}: {category} cannot be returned", item=product.name, category=product.category
                    )
                )
            low = tx.returns.lowest_unit_price(product.id, since)
            unit = no_receipt_price(
                from_minor(product.price_minor, cfg.currency),
                from_minor(low, cfg.currency) if low is not None else None,
            )
            if not isinstance(it.quantity, Decimal) or it.quantity <= 0:
                raise ReturnError(msg("returns", "{item}: the quantity must be more than zero", item=product.name))
            check_quantity_for(it.quantity, product.unit, product.name)
            gross = (unit * it.quantity).quantize(Decimal("0.01"))
            lines.append(
                SoldLine(
                    no,
                    product.sku,
                    product.name,
                    it.quantity,
                    gross,
                    product.tax_code,
                    product.tax_rate,
                    category=product.category,
                    weighed=True,
                )
            )
            ids[product.sku] = product.id
    gross_total = sum((ln.gross for ln in lines), ZERO)
    # No original payment: cash is paid out of the drawer, or store credit; refunds are exact.
    settlement = Settlement(gross_total, ZERO, ZERO, (Tender(CASH, gross_total),) if gross_total > 0 else ())
    sale = ReturnableSale(
        "", "", cfg.store_code, cfg.station_code, now, cfg.currency, tuple(lines), settlement, {}, LOCAL, False
    )
    plan = plan_return(lines, ReturnRequest((ln.line_no, ln.quantity) for ln in lines), cfg.currency)
    parts = allocate_refund(
        plan.total, settlement, refund_to if refund_to == STORE_CREDIT else ORIGINAL, currency=cfg.currency
    )
    pre = RefundPreview(plan, tuple(parts), tuple(approvals_needed(pol, plan.total, parts, True)), False)
    return NoReceiptPreview(sale, pre, ids)


def complete_no_receipt_return(
    uow: UnitOfWork,
    user: User,
    items: list[NoReceiptItem],
    reason: str,
    refund_to: str = STORE_CREDIT,
    approver: tuple[str, str] | None = None,
) -> ReturnResult:
    """Always needs a manager's approval (or a manager doing it) and a reason."""
    require(user.role, Perm.RETURN)
    check_reason(reason)
    sale, pre, ids = no_receipt_preview(uow, items, refund_to)
    manager = approving_manager(uow, user, pre.approvals, approver)
    lines_in = [
        ReturnLineIn(no, it.quantity, check_condition(it.condition, it.sku)) for no, it in enumerate(items, start=1)
    ]
    return write_return(uow, user, manager, sale, lines_in, pre, reason, "", True, NO_RECEIPT, product_ids=ids)

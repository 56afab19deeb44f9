"""What a return is made against: a station's receipt, or a web order collected in a store.

Both look alike to the return desk and to the arbiter (grants.py): numbered lines with what
was sold and paid, and the payments. A web order (paid online) counts what the customer
collected; its lines are priced as ordered, tax from the catalog, and it was paid by one
"online" payment that a refund goes back to (the ERP settles it with the payment provider).
An order paid at pickup was sold through a station's receipt: that receipt is what comes back.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, select
from sqlalchemy.engine import Connection

from ..models import products
from ..orders.models import order_lines, orders
from ..sales.models import sale_lines, sale_payments, sales

RECEIPT, WEB_ORDER = "receipt", "web_order"
ONLINE = "online"
COLLECTED = ("collected", "partially_collected")


@dataclass(frozen=True)
class DocLine:
    line: int
    sku: str
    name: str
    quantity_milli: int
    gross_minor: int
    tax_code: str
    tax_rate: str
    unit_price_minor: int
    discount_minor: int
    tax_minor: int


@dataclass(frozen=True)
class Doc:
    kind: str  # receipt | web_order
    id: str  # sale id or order id
    ref: str  # receipt number or order number
    store: str
    station: str
    at: str
    currency: str
    prices_include_tax: bool
    change_minor: int
    total_minor: int
    rounding_minor: int
    lines: tuple[DocLine, ...]
    payments: tuple[tuple[str, int, str], ...]  # (kind, amount, reference)


def document(conn: Connection, ref: str, lock: bool = False) -> Doc | None:
    """The receipt or web order numbered `ref`; `lock` holds its row (grants on it queue)."""
    return _receipt(conn, ref, lock) or _web_order(conn, ref, lock)


def _receipt(conn: Connection, ref: str, lock: bool) -> Doc | None:
    # Numbers are unique per (store, station, number). A number another store took before the
    # hub checked ownership (h0006) may still sit beside the owner's: the owner's comes first.
    own = case((sales.c.receipt_no.like(sales.c.store + "-" + sales.c.station + "-%"), 0), else_=1)
    q = select(sales).where(sales.c.receipt_no == ref).order_by(own, sales.c.at)
    sale = conn.execute(q.with_for_update() if lock else q).first()
    if sale is None:
        return None
    lines = tuple(
        DocLine(
            ln.line,
            ln.sku,
            ln.name,
            int(ln.quantity_milli),
            int(ln.gross_minor),
            ln.tax_code,
            ln.tax_rate,
            int(ln.unit_price_minor),
            int(ln.discount_minor),
            int(ln.tax_minor),
        )
        for ln in conn.execute(
            select(sale_lines).where(sale_lines.c.sale_id == sale.sale_id).order_by(sale_lines.c.line)
        )
    )
    pays = tuple(
        (p.kind, int(p.amount_minor), p.reference)
        for p in conn.execute(
            select(sale_payments).where(sale_payments.c.sale_id == sale.sale_id).order_by(sale_payments.c.position)
        )
    )
    return Doc(
        RECEIPT,
        sale.sale_id,
        sale.receipt_no,
        sale.store,
        sale.station,
        sale.at,
        sale.currency,
        bool(sale.prices_include_tax),
        int(sale.change_minor),
        int(sale.total_minor),
        int(sale.rounding_minor),
        lines,
        pays,
    )


def _web_order(conn: Connection, ref: str, lock: bool) -> Doc | None:
    q = select(orders).where(orders.c.number == ref, orders.c.payment == "paid_online", orders.c.status.in_(COLLECTED))
    order = conn.execute(q.with_for_update() if lock else q).first()
    if order is None:
        return None
    rows = conn.execute(
        select(order_lines, products.c.tax_code, products.c.tax_rate)
        .join(products, products.c.sku == order_lines.c.sku, isouter=True)
        .where(order_lines.c.order_id == order.id, order_lines.c.collected_milli > 0)
        .order_by(order_lines.c.line)
    ).all()
    lines = []
    for r in rows:
        gross = int(
            (Decimal(int(r.unit_price_minor)) * int(r.collected_milli) / 1000).to_integral_value(rounding=ROUND_HALF_UP)
        )
        rate = r.tax_rate or "0"
        tax = int((Decimal(gross) * Decimal(rate) / (100 + Decimal(rate))).to_integral_value(rounding=ROUND_HALF_UP))
        lines.append(
            DocLine(
                r.line,
                r.sku,
                r.name,
                int(r.collected_milli),
                gross,
                r.tax_code or "",
                rate,
                int(r.unit_price_minor),
                0,
                tax,
            )
        )
    total = sum(ln.gross_minor for ln in lines)
    return Doc(
        WEB_ORDER,
        order.id,
        order.number,
        order.store or order.pickup_store,
        "",
        order.updated_at,
        order.currency,
        True,
        0,
        total,
        0,
        tuple(lines),
        ((ONLINE, total, order.number),),
    )

"""Candidates for routing from the database: every store's on-hand (the movement ledger, as
stock.py sums it), reservations and safety stock, for the SKUs of one order.

Reserved = what open orders routed to the store still have to hand over (ordered - cancelled -
collected), for statuses in states.OPEN_AT_STORE. The order being routed is left out, so
re-routing it does not count its own reservation against it. Three queries per order whatever
the number of stores: sums over the (sku, store) index and over order_lines' sku index.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..models import stock_movements, stores
from ..models_orders import order_lines, orders, pickup_stores
from .routing import Candidate
from .states import OPEN_AT_STORE

DEFAULT_SAFETY_MILLI = 0
DEFAULT_HOLD_DAYS = 7
DEFAULT_REMINDER_DAYS = 2


def store_settings(conn: Connection, code: str) -> dict:
    row = conn.execute(select(pickup_stores).where(pickup_stores.c.store == code)).first()
    if row is None:
        return {"safety_stock_milli": DEFAULT_SAFETY_MILLI, "hold_days": DEFAULT_HOLD_DAYS,
                "reminder_days": DEFAULT_REMINDER_DAYS}
    return {"safety_stock_milli": row.safety_stock_milli, "hold_days": row.hold_days,
            "reminder_days": row.reminder_days}


def _dec(text: str | None) -> Decimal | None:
    return Decimal(text) if text not in (None, "") else None


def candidates(conn: Connection, skus: list[str], exclude_order: str | None = None) -> list[Candidate]:
    skus = sorted(set(skus))
    on_hand: dict[str, dict] = {}
    for r in conn.execute(select(stock_movements.c.store, stock_movements.c.sku,
                                 func.sum(stock_movements.c.quantity_milli))
                          .where(stock_movements.c.sku.in_(skus))
                          .group_by(stock_movements.c.store, stock_movements.c.sku)):
        on_hand.setdefault(r[0], {})[r[1]] = int(r[2])
    reserved: dict[str, dict] = {}
    q = (select(orders.c.store, order_lines.c.sku,
                func.sum(order_lines.c.quantity_milli - order_lines.c.cancelled_milli
                         - order_lines.c.collected_milli))
         .select_from(order_lines.join(orders, orders.c.id == order_lines.c.order_id))
         .where(order_lines.c.sku.in_(skus), orders.c.status.in_(OPEN_AT_STORE), orders.c.store.is_not(None))
         .group_by(orders.c.store, order_lines.c.sku))
    if exclude_order is not None:
        q = q.where(orders.c.id != exclude_order)
    for r in conn.execute(q):
        reserved.setdefault(r[0], {})[r[1]] = int(r[2])
    out = []
    for s in conn.execute(select(stores.c.code, stores.c.lat, stores.c.lon, pickup_stores.c.safety_stock_milli)
                          .select_from(stores.outerjoin(pickup_stores, pickup_stores.c.store == stores.c.code))
                          .order_by(stores.c.code)):
        safety = s.safety_stock_milli if s.safety_stock_milli is not None else DEFAULT_SAFETY_MILLI
        out.append(Candidate(s.code, _dec(s.lat), _dec(s.lon), on_hand.get(s.code, {}), reserved.get(s.code, {}),
                             safety))
    return out

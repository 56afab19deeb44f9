"""Candidates for routing from the database: every store's on-hand (the movement ledger, as
stock.py sums it), reservations and safety stock, for the SKUs of one order.

Reserved = what open orders routed to the store still have to hand over (ordered - cancelled -
collected), for statuses in states.OPEN_AT_STORE. The order being routed is left out, so
re-routing it does not count its own reservation against it. Three queries per order whatever
the number of stores: sums over the (sku, store) index and over order_lines' sku index.
Stores that never held one of the order's SKUs are left out early (they cannot cover it).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import bindparam, select, text
from sqlalchemy.engine import Connection

from ..models_orders import pickup_stores
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


# Built once: routing runs these for every order, and text() skips most of Core's per-call work.
_ON_HAND = text("SELECT store, sku, SUM(quantity_milli) FROM stock_movements WHERE sku IN :skus "
                "GROUP BY store, sku").bindparams(bindparam("skus", expanding=True))
_RESERVED = text("SELECT o.store, l.sku, SUM(l.quantity_milli - l.cancelled_milli - l.collected_milli) "
                 "FROM order_lines l JOIN orders o ON o.id = l.order_id "
                 "WHERE l.sku IN :skus AND o.status IN :open AND o.store IS NOT NULL AND o.id <> :exclude "
                 "GROUP BY o.store, l.sku").bindparams(bindparam("skus", expanding=True),
                                                       bindparam("open", expanding=True))
_STORES = text("SELECT s.code, s.lat, s.lon, p.safety_stock_milli FROM stores s "
               "LEFT JOIN pickup_stores p ON p.store = s.code ORDER BY s.code")


def store_rows(conn: Connection) -> list[tuple]:
    """(code, lat, lon, safety milli) of every store; a batch of orders reads it once."""
    return [(code, _dec(lat), _dec(lon), DEFAULT_SAFETY_MILLI if safety is None else safety)
            for code, lat, lon, safety in conn.execute(_STORES).fetchall()]


def candidates(conn: Connection, skus: list[str], exclude_order: str | None = None,
               stores: list[tuple] | None = None, chosen: str | None = None) -> list[Candidate]:
    """The chosen store, and every store whose ledger holds each of `skus` (a store where a SKU
    never moved has none of it, so it cannot cover an order for it)."""
    skus = sorted(set(skus))
    on_hand: dict[str, dict] = {}
    for store, sku, qty in conn.execute(_ON_HAND, {"skus": skus}).fetchall():
        on_hand.setdefault(store, {})[sku] = int(qty)
    reserved: dict[str, dict] = {}
    for store, sku, qty in conn.execute(_RESERVED, {"skus": skus, "open": list(OPEN_AT_STORE),
                                                     "exclude": exclude_order or ""}).fetchall():
        reserved.setdefault(store, {})[sku] = int(qty)
    empty: dict = {}
    return [Candidate(code, lat, lon, on_hand.get(code, empty), reserved.get(code, empty), safety)
            for code, lat, lon, safety in (stores if stores is not None else store_rows(conn))
            if code == chosen or len(on_hand.get(code, empty)) == len(skus)]

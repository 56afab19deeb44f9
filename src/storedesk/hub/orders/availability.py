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

from sqlalchemy import select, text
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


# Routing runs these for every order: plain driver SQL (cached per dialect and number of SKUs)
# skips SQLAlchemy's compilation and expanding-IN work, which cost more than SQLite's own.
_OPEN = ", ".join(f"'{s}'" for s in OPEN_AT_STORE)  # constants of states.py, never user input
_SQL: dict = {}


def _sql(dialect: str, n: int) -> tuple[str, str]:
    key = (dialect, n)
    if key not in _SQL:
        mark = "?" if dialect == "sqlite" else "%s"
        marks = ", ".join([mark] * n)
        _SQL[key] = (
            f"SELECT store, sku, SUM(quantity_milli) FROM stock_movements WHERE sku IN ({marks}) "
            f"GROUP BY store, sku",
            f"SELECT o.store, l.sku, SUM(l.quantity_milli - l.cancelled_milli - l.collected_milli) "
            f"FROM order_lines l JOIN orders o ON o.id = l.order_id "
            f"WHERE l.sku IN ({marks}) AND o.status IN ({_OPEN}) AND o.store IS NOT NULL AND o.id <> {mark} "
            f"GROUP BY o.store, l.sku")
    return _SQL[key]


_STORES = text("SELECT s.code, s.lat, s.lon, p.safety_stock_milli FROM stores s "
               "LEFT JOIN pickup_stores p ON p.store = s.code ORDER BY s.code")


def store_rows(conn: Connection) -> list[tuple]:
    """(code, lat, lon, safety milli) of every store; a batch of orders reads it once."""
    return [(code, _dec(lat), _dec(lon), DEFAULT_SAFETY_MILLI if safety is None else safety)
            for code, lat, lon, safety in conn.execute(_STORES).fetchall()]


def candidates(conn: Connection, skus: list[str], exclude_order: str | None = None,
               stores: list[tuple] | None = None, chosen: str | None = None,
               ledger: dict | None = None) -> list[Candidate]:
    """The chosen store, and every store whose ledger holds each of `skus` (a store where a SKU
    never moved has none of it, so it cannot cover an order for it). `stores` (store_rows) and
    `ledger` (a dict this fills: sku -> its on-hand rows) let a batch of orders read each once."""
    skus = sorted(set(skus))
    on_hand: dict[str, dict] = {}
    on_hand_sql, reserved_sql = _sql(conn.dialect.name, len(skus))
    if ledger is None:
        rows = conn.exec_driver_sql(on_hand_sql, tuple(skus)).fetchall()
    else:  # a batch: each SKU's ledger sums once (no movement is written while orders are made)
        missing = [sku for sku in skus if sku not in ledger]
        if missing:
            for sku in missing:
                ledger[sku] = []
            for row in conn.exec_driver_sql(_sql(conn.dialect.name, len(missing))[0], tuple(missing)).fetchall():
                ledger[row[1]].append(row)
        rows = [row for sku in skus for row in ledger[sku]]
    for store, sku, qty in rows:
        on_hand.setdefault(store, {})[sku] = int(qty)
    reserved: dict[str, dict] = {}
    for store, sku, qty in conn.exec_driver_sql(reserved_sql, (*skus, exclude_order or "")).fetchall():
        reserved.setdefault(store, {})[sku] = int(qty)
    empty: dict = {}
    return [Candidate(code, lat, lon, on_hand.get(code, empty), reserved.get(code, empty), safety)
            for code, lat, lon, safety in (stores if stores is not None else store_rows(conn))
            if code == chosen or len(on_hand.get(code, empty)) == len(skus)]

"""Candidates for routing from the database: every store's on-hand (stock_balances, the movement
ledger's sum that stock/ledger.py keeps with every insert), reservations and safety stock, for the
SKUs of one order. Pickup routing sees stores only (a warehouse cannot hand an order over):
`kinds` (locations/kinds.py) says which locations a caller wants.

Reserved = what open orders routed to the store still have to hand over (ordered - cancelled -
collected), for statuses in states.OPEN_AT_STORE. The order being routed is left out, so
re-routing it does not count its own reservation against it. Three queries per order whatever
the number of stores: sums over the (sku, store) index and over order_lines' sku index.
Stores that never held one of the order's SKUs are left out early (they cannot cover it).
A batch of orders (POST /v1/orders/batch) reads each SKU's sums once (Batch) and adds the
reservations of the orders it routes itself; a test checks it routes exactly like one by one.

`reserved` is the same sum for GET /v1/availability (hub/availability/).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from ..locations.kinds import PICKUP
from .models import pickup_stores
from .routing import Candidate
from .states import OPEN_AT_STORE

DEFAULT_SAFETY_MILLI = 0
DEFAULT_HOLD_DAYS = 7
DEFAULT_REMINDER_DAYS = 2


def store_settings(conn: Connection, code: str) -> dict:
    row = conn.execute(select(pickup_stores).where(pickup_stores.c.store == code)).first()
    if row is None:
        return {
            "safety_stock_milli": DEFAULT_SAFETY_MILLI,
            "hold_days": DEFAULT_HOLD_DAYS,
            "reminder_days": DEFAULT_REMINDER_DAYS,
        }
    return {
        "safety_stock_milli": row.safety_stock_milli,
        "hold_days": row.hold_days,
        "reminder_days": row.reminder_days,
    }


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
            f"SELECT store, sku, on_hand_milli FROM stock_balances WHERE sku IN ({marks})",
            f"SELECT o.store, l.sku, SUM(l.quantity_milli - l.cancelled_milli - l.collected_milli) "
            f"FROM order_lines l JOIN orders o ON o.id = l.order_id "
            f"WHERE l.sku IN ({marks}) AND o.status IN ({_OPEN}) AND o.store IS NOT NULL AND o.id <> {mark} "
            f"GROUP BY o.store, l.sku",
        )
    return _SQL[key]


_STORES = text(
    "SELECT s.code, s.lat, s.lon, p.safety_stock_milli, s.kind FROM stores s "
    "LEFT JOIN pickup_stores p ON p.store = s.code ORDER BY s.code"
)


def store_rows(conn: Connection, kinds: tuple[str, ...] = PICKUP) -> list[tuple]:
    """(code, lat, lon, safety milli) of every location of `kinds`; a batch of orders reads it once."""
    return [
        (code, _dec(lat), _dec(lon), DEFAULT_SAFETY_MILLI if safety is None else safety)
        for code, lat, lon, safety, kind in conn.execute(_STORES).fetchall()
        if kind in kinds
    ]


def reserved(conn: Connection, skus: list[str]) -> dict[tuple[str, str], int]:
    """{(location, sku): milli} still to hand over by the open orders routed there."""
    reserved_sql = _sql(conn.dialect.name, len(skus))[1]
    return {(store, sku): int(qty) for store, sku, qty in conn.exec_driver_sql(reserved_sql, (*skus, "")).fetchall()}


class Batch:
    """What a batch of orders (one transaction) reads once: the stores, and per SKU its ledger
    sums and reservations. Valid because the batch writes no stock movement, and each order it
    routes adds its own lines to `reserved` (reserve) once it is written."""

    def __init__(self, conn: Connection, kinds: tuple[str, ...] = PICKUP):
        self.stores = store_rows(conn, kinds)
        self.currencies: dict[str, str] = dict(conn.exec_driver_sql("SELECT code, currency FROM stores").fetchall())
        self.on_hand: dict[str, dict] = {}  # sku -> {store: milli}
        self.reserved: dict[str, dict] = {}
        self.no: int | None = None  # the last order number given in this batch

    def load(self, conn: Connection, skus: list[str]) -> None:
        missing = [sku for sku in skus if sku not in self.on_hand]
        if not missing:
            return
        on_hand_sql, reserved_sql = _sql(conn.dialect.name, len(missing))
        for sku in missing:
            self.on_hand[sku], self.reserved[sku] = {}, {}
        for store, sku, qty in conn.exec_driver_sql(on_hand_sql, tuple(missing)).fetchall():
            self.on_hand[sku][store] = int(qty)
        for store, sku, qty in conn.exec_driver_sql(reserved_sql, (*missing, "")).fetchall():
            self.reserved[sku][store] = int(qty)

    def reserve(self, store: str, lines: list[dict]) -> None:
        for ln in lines:
            left = ln["quantity_milli"] - ln["cancelled_milli"] - ln["collected_milli"]
            if ln["sku"] in self.reserved and left > 0:
                per = self.reserved[ln["sku"]]
                per[store] = per.get(store, 0) + left


def candidates(
    conn: Connection,
    skus: list[str],
    exclude_order: str | None = None,
    chosen: str | None = None,
    batch: Batch | None = None,
    kinds: tuple[str, ...] = PICKUP,
) -> list[Candidate]:
    """The chosen store, and every store whose ledger holds each of `skus` (a store where a SKU
    never moved has none of it, so it cannot cover an order for it)."""
    skus = sorted(set(skus))
    on_hand: dict[str, dict] = {}
    reserved: dict[str, dict] = {}
    if batch is None:
        on_hand_sql, reserved_sql = _sql(conn.dialect.name, len(skus))
        for store, sku, qty in conn.exec_driver_sql(on_hand_sql, tuple(skus)).fetchall():
            on_hand.setdefault(store, {})[sku] = int(qty)
        for store, sku, qty in conn.exec_driver_sql(reserved_sql, (*skus, exclude_order or "")).fetchall():
            reserved.setdefault(store, {})[sku] = int(qty)
        stores = store_rows(conn, kinds)
    else:
        batch.load(conn, skus)
        for sku in skus:
            for store, qty in batch.on_hand[sku].items():
                on_hand.setdefault(store, {})[sku] = qty
            for store, qty in batch.reserved[sku].items():
                reserved.setdefault(store, {})[sku] = qty
        stores = batch.stores
    empty: dict = {}
    n = len(skus)
    return [
        Candidate(code, lat, lon, on_hand.get(code, empty), reserved.get(code, empty), safety)
        for code, lat, lon, safety in stores
        if code == chosen or len(on_hand.get(code, empty)) == n
    ]

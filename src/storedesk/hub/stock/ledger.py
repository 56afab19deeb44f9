"""On-hand by location from the movement ledger: "where else is it in stock" (DESIGN rule 5).

The ledger (`stock_movements`) is the truth; `stock_balances` holds its sum per (sku, location),
updated by `add_to_balances` in the same transaction as every ledger insert (ingest.py's write of
"stock_movements" events, erp.py's snapshots and movements), so a reader takes one row per
location instead of summing millions. h0013 filled it from the ledger; `balance_drift` compares
the two (tests, and anyone who doubts).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..models import products, stock_movements, stores
from ..values import milli_text
from .models import stock_balances

_UPSERT = (
    "INSERT INTO stock_balances (sku, store, on_hand_milli, movements) VALUES ({m}, {m}, {m}, {m}) "
    "ON CONFLICT (sku, store) DO UPDATE SET "
    "on_hand_milli = stock_balances.on_hand_milli + excluded.on_hand_milli, "
    "movements = stock_balances.movements + excluded.movements"
)


def add_to_balances(conn: Connection, movements: Iterable[dict]) -> None:
    """Add ledger rows just inserted (dicts with "sku", "store", "quantity_milli") to the balances,
    in the caller's transaction. One upsert per (sku, location), in sorted order (two PostgreSQL
    transactions then wait for each other instead of deadlocking)."""
    sums: dict[tuple[str, str], list[int]] = {}
    for m in movements:
        s = sums.setdefault((m["sku"], m["store"]), [0, 0])
        s[0] += m["quantity_milli"]
        s[1] += 1
    if not sums:
        return
    sql = _UPSERT.format(m="?" if conn.dialect.name == "sqlite" else "%s")
    conn.exec_driver_sql(sql, [(sku, store, q, n) for (sku, store), (q, n) in sorted(sums.items())])


def balances(conn: Connection, store: str, skus: list[str]) -> dict[str, int]:
    """On-hand milli of `skus` at one location (a SKU that never moved there is left out)."""
    c = stock_balances.c
    q = select(c.sku, c.on_hand_milli).where(c.store == store, c.sku.in_(skus))
    return {r.sku: int(r.on_hand_milli) for r in conn.execute(q)}


def balance_drift(conn: Connection) -> list[tuple]:
    """(sku, location, ledger sum, balance) wherever the two differ: [] when they agree."""
    c = stock_movements.c
    ledger = {
        (r.sku, r.store): (int(r.qty), int(r.n))
        for r in conn.execute(
            select(c.sku, c.store, func.sum(c.quantity_milli).label("qty"), func.count().label("n")).group_by(
                c.sku, c.store
            )
        )
    }
    held = {(r.sku, r.store): (int(r.on_hand_milli), int(r.movements)) for r in conn.execute(select(stock_balances))}
    return [
        (*key, ledger.get(key), held.get(key))
        for key in sorted(set(ledger) | set(held))
        if ledger.get(key) != held.get(key)
    ]


def on_hand(conn: Connection, sku: str) -> dict | None:
    """{"sku", "known_product", "stores": [{"store", "name", "kind", "on_hand", "movements"}]} for
    every location (zero where nothing moved); None when the SKU is neither in the catalog nor the
    ledger."""
    b = stock_balances.c
    sums = {
        r.store: (int(r.on_hand_milli), int(r.movements))
        for r in conn.execute(select(b.store, b.on_hand_milli, b.movements).where(b.sku == sku))
    }
    known = conn.execute(select(products.c.sku).where(products.c.sku == sku)).first() is not None
    if not sums and not known:
        return None
    out = []
    s = stores.c
    for r in conn.execute(select(s.code, s.name, s.kind, s.lat, s.lon).order_by(s.code)):
        qty, n = sums.get(r.code, (0, 0))
        out.append(
            {
                "store": r.code,
                "name": r.name,
                "kind": r.kind,
                "lat": r.lat,
                "lon": r.lon,
                "on_hand": milli_text(qty),
                "movements": n,
            }
        )
    return {"sku": sku, "known_product": known, "stores": out}

"""On-hand by store from the movement ledger: "where else is it in stock" (DESIGN rule 5).

The hub keeps no balance table: a sum over the (sku, store) index is cheap, and a sum can
never drift from the ledger it is made of.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..models import products, stock_movements, stores
from ..values import milli_text


def on_hand(conn: Connection, sku: str) -> dict | None:
    """{"sku", "known_product", "stores": [{"store", "name", "on_hand", "movements"}]} for every
    store (zero where nothing moved); None when the SKU is neither in the catalog nor the ledger."""
    sums = {
        r.store: (int(r.qty), int(r.n))
        for r in conn.execute(
            select(
                stock_movements.c.store,
                func.sum(stock_movements.c.quantity_milli).label("qty"),
                func.count().label("n"),
            )
            .where(stock_movements.c.sku == sku)
            .group_by(stock_movements.c.store)
        )
    }
    known = conn.execute(select(products.c.sku).where(products.c.sku == sku)).first() is not None
    if not sums and not known:
        return None
    out = []
    for s in conn.execute(select(stores.c.code, stores.c.name, stores.c.lat, stores.c.lon).order_by(stores.c.code)):
        qty, n = sums.get(s.code, (0, 0))
        out.append(
            {"store": s.code, "name": s.name, "lat": s.lat, "lon": s.lon, "on_hand": milli_text(qty), "movements": n}
        )
    return {"sku": sku, "known_product": known, "stores": out}

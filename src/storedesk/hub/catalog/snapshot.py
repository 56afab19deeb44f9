"""The catalog as it stands, for a new station's first load (GET /v1/catalog/snapshot, api.py):
one page of products by SKU, with the scheduled prices of those products, the dated tax rates, and
the feed's position when the page was read.

A new station loads every page, then pulls the feed from its start with `catalog_to` = the first
page's position (feed.page): the "product" and "pending_price" items up to it are left out, since
the snapshot holds their effect; everything else (staff, settings, orders, movements...) and
every item after it comes as usual. Each page is read in one transaction (repeatable read on
PostgreSQL, one read transaction on SQLite), position and rows together. A later page is read
later, so it may already show a change made after the first page's position: that change's own
feed item comes after the position and is applied again, which changes nothing (a product item
carries the product's whole state). Nothing made before the position is missed, nothing after it
is skipped.
"""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Engine

from ..models import feed_items, products
from ..settings import tax
from . import service
from .models import pending_prices

MAX_PAGE = 10_000


@contextmanager
def snapshot_conn(engine: Engine):
    """One read transaction that sees one state of the database throughout."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def position(conn: Connection) -> int:
    """The feed's last committed sequence number (commit order is sequence order: db.write_tx)."""
    return conn.execute(select(func.coalesce(func.max(feed_items.c.seq), 0))).scalar_one()


def page(conn: Connection, after: str, limit: int) -> dict:
    """Products with a SKU after `after`, in SKU order: {"position", "products", "pending_prices",
    "tax_rates", "next", "more"} (sync/wire.py's catalog snapshot)."""
    at = position(conn)
    cols = [products.c[k] for k in service.FIELDS]
    rows = conn.execute(select(*cols).where(products.c.sku > after).order_by(products.c.sku).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    items = [service.feed_data(r._asdict()) for r in rows]
    waiting = []
    if rows:
        pp = pending_prices.c
        waiting = [
            {"sku": r.sku, "price_minor": r.price_minor, "currency": r.currency, "valid_from": r.valid_from}
            for r in conn.execute(
                select(pp.sku, pp.valid_from, pp.price_minor, pp.currency)
                .where(pp.folded_at.is_(None), pp.sku > after, pp.sku <= rows[-1].sku)
                .order_by(pp.sku, pp.valid_from)
            )
        ]
    return {
        "position": str(at),
        "products": items,
        "pending_prices": waiting,
        "tax_rates": [t.feed_data() for t in tax.listed(conn)],
        "next": rows[-1].sku if rows else after,
        "more": more,
    }

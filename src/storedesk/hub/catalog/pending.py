"""Prices with a later valid_from at the hub (h0010 pending_prices): kept per (sku, valid_from),
sent once to every station as a "pending_price" feed item (each station switches when its own
store's clock shows valid_from: services/prices.py), and folded into the hub's own products row
once valid_from has come in every store, before any catalog write (service.upsert): so a product
item the hub sends later carries the price in force, and a price written after the due time (an
ERP's PUT, an import) stays the last word at the hub as it does at the stations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import bindparam, select, tuple_
from sqlalchemy.engine import Connection

from ...domain.price_schedule import wall_clock
from ..feed import add_items
from ..models import products, stores
from ..times import zone
from .models import pending_prices

CHUNK = 500


@dataclass(frozen=True)
class Scheduled:
    """A price for later: valid_from is the store's local date-time "YYYY-MM-DDTHH:MM"."""

    sku: str
    valid_from: str
    price_minor: int
    currency: str

    def feed_data(self) -> dict:
        """The "pending_price" feed item (sync/wire.py)."""
        return {
            "sku": self.sku,
            "price_minor": self.price_minor,
            "currency": self.currency,
            "valid_from": self.valid_from,
        }


def everywhere_clock(conn: Connection, now: datetime | None = None) -> str:
    """What the latest of the stores' clocks shows (to the minute): a time it has shown has come in
    every store. No store yet: UTC."""
    moment = now or datetime.now(UTC)
    zones = [r.timezone for r in conn.execute(select(stores.c.timezone).distinct())]
    return min((wall_clock(moment, zone(z)) for z in zones), default=wall_clock(moment, UTC))


def fold_due(conn: Connection, now_text: str, now: datetime | None = None) -> int:
    """The hub's products take the scheduled prices due in every store, oldest first (no feed item:
    the stations switch by themselves). Returns how many."""
    due = conn.execute(
        select(pending_prices.c.sku, pending_prices.c.valid_from, pending_prices.c.price_minor)
        .where(pending_prices.c.folded_at.is_(None), pending_prices.c.valid_from <= everywhere_clock(conn, now))
        .order_by(pending_prices.c.valid_from, pending_prices.c.sku)
    ).all()
    if due:  # one statement each, executed for every row in order: the latest price of a SKU wins
        conn.execute(
            products.update()
            .where(products.c.sku == bindparam("b_sku"))
            .values(price_minor=bindparam("b_price"), updated_at=now_text),
            [{"b_sku": r.sku, "b_price": r.price_minor} for r in due],
        )
        conn.execute(
            pending_prices.update()
            .where(pending_prices.c.sku == bindparam("b_sku"), pending_prices.c.valid_from == bindparam("b_from"))
            .values(folded_at=now_text),
            [{"b_sku": r.sku, "b_from": r.valid_from} for r in due],
        )
    return len(due)


def schedule(conn: Connection, rows: Sequence[Scheduled], now_text: str) -> int:
    """Keep each price for later and feed it to every station; the same price again for the same
    time changes nothing and sends nothing. Call inside db.write_tx(feed=True). Returns how many
    were new or changed."""
    have: dict[tuple[str, str], int] = {}
    for i in range(0, len(rows), CHUNK):
        keys = [(r.sku, r.valid_from) for r in rows[i : i + CHUNK]]
        cols = (pending_prices.c.sku, pending_prices.c.valid_from, pending_prices.c.price_minor)
        for old in conn.execute(
            select(*cols).where(tuple_(pending_prices.c.sku, pending_prices.c.valid_from).in_(keys))
        ):
            have[(old.sku, old.valid_from)] = old.price_minor
    new = [r for r in rows if (r.sku, r.valid_from) not in have]
    changed = [r for r in rows if have.get((r.sku, r.valid_from), r.price_minor) != r.price_minor]
    if new:
        conn.execute(
            pending_prices.insert(),
            [{**_values(r), "created_at": now_text, "updated_at": now_text, "folded_at": None} for r in new],
        )
    for r in changed:
        conn.execute(
            pending_prices.update()
            .where(pending_prices.c.sku == r.sku, pending_prices.c.valid_from == r.valid_from)
            .values(price_minor=r.price_minor, currency=r.currency, updated_at=now_text, folded_at=None)
        )
    add_items(conn, [(None, None, "pending_price", r.feed_data()) for r in new + changed], now_text)
    return len(new) + len(changed)


def _values(r: Scheduled) -> dict:
    return {"sku": r.sku, "valid_from": r.valid_from, "price_minor": r.price_minor, "currency": r.currency}

"""The feed: what each station pulls with `after=<cursor>` (DESIGN rule 7).

An item addressed to store NULL goes to every station (catalog changes); an item with an
origin station is not sent back to the station it came from (its own stock movements).
The cursor is the item's sequence number; db.write_tx keeps commit order == seq order.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from . import db
from .models import feed_items

_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode  # made once


def add_items(conn: Connection, items: Sequence[tuple[str | None, str | None, str, dict]], now: str) -> None:
    """Append (store, origin_station, kind, data) items. Call inside db.write_tx(feed=True)."""
    if items:
        db.insert_many(
            conn,
            feed_items,
            [
                {
                    "store": store,
                    "origin_station": origin,
                    "kind": kind,
                    "data": _canonical(data),
                    "created_at": now,
                }
                for store, origin, kind, data in items
            ],
        )


CATALOG_KINDS = ("product", "pending_price")  # what a catalog snapshot stands for (catalog/snapshot.py)


def page(conn: Connection, store: str, station: str, after: int, limit: int, catalog_to: int = 0) -> dict:
    """The station's next items after `after`: {"items", "next", "more"} as wire.py defines.
    `catalog_to`: the station loaded the catalog snapshot taken at that position, so the catalog
    items up to it are left out (every item up to it is committed, so a last page moves past it)."""
    loaded = [or_(feed_items.c.seq > catalog_to, feed_items.c.kind.not_in(CATALOG_KINDS))] if catalog_to > after else []
    rows = conn.execute(
        select(feed_items.c.seq, feed_items.c.kind, feed_items.c.data)
        .where(
            feed_items.c.seq > after,
            or_(feed_items.c.store.is_(None), feed_items.c.store == store),
            or_(feed_items.c.origin_station.is_(None), feed_items.c.origin_station != station),
            *loaded,
        )
        .order_by(feed_items.c.seq)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    items = [{"cursor": str(r.seq), "kind": r.kind, "data": json.loads(r.data)} for r in rows]
    last = int(items[-1]["cursor"]) if items else after
    return {"items": items, "next": str(last if more else max(last, catalog_to)), "more": more}

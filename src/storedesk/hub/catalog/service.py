"""Catalog import (PUT /v1/products, api.py): upsert by SKU; every new or changed product becomes one
feed item for all stores, so stations receive only what changed. All or nothing: the request
was validated as a whole before this runs, and it commits once.

"unit" (domain/units.py) is optional: a product imported without it keeps the unit it has, and
one that never had a unit (NULL) is sold by the piece; its feed item then carries no "unit", so
a station keeps its own (for a new product there: pieces)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Engine

from .. import db
from ..feed import add_items
from ..models import products
from ..times import utcnow_text
from . import pending

FIELDS = ("sku", "name", "barcodes", "price_minor", "currency", "tax_code", "tax_rate", "category", "active", "unit")
CHUNK = 500


def _stored_form(p: dict) -> dict:
    row = {k: p.get(k) for k in FIELDS}
    row["barcodes"] = json.dumps(list(p["barcodes"]), separators=(",", ":"), ensure_ascii=False)
    return row


def feed_data(row: dict) -> dict:
    """A product row as the feed's "product" item (wire.py)."""
    data = {k: row[k] for k in FIELDS}
    data["barcodes"] = json.loads(row["barcodes"]) if isinstance(row["barcodes"], str) else list(row["barcodes"])
    data["active"] = bool(row["active"])
    if data["unit"] is None:
        del data["unit"]
    return data


def upsert(engine: Engine, items: list[dict], scheduled: Sequence[pending.Scheduled] = ()) -> dict:
    """Insert or update `items` (already validated), and keep the `scheduled` prices for later, in
    one transaction. Scheduled prices due in every store are folded in first (pending.py), so the
    prices written now stay the last word. Returns counts by outcome."""
    rows = [_stored_form(p) for p in items]

    def write(conn) -> dict:
        pending.fold_due(conn, utcnow_text())
        done = _upsert(conn, rows)
        if scheduled:
            done["scheduled"] = pending.schedule(conn, scheduled, utcnow_text())
        return done

    return db.run_write(engine, write, feed=True)


def fold_due(engine: Engine) -> int:
    """The hub's products take the scheduled prices due in every store (pending.fold_due)."""
    return db.run_write(engine, lambda conn: pending.fold_due(conn, utcnow_text()))


def _upsert(conn, rows: list[dict]) -> dict:
    now = utcnow_text()
    current = {}
    for i in range(0, len(rows), CHUNK):
        skus = [r["sku"] for r in rows[i : i + CHUNK]]
        for old in conn.execute(select(*[products.c[k] for k in FIELDS]).where(products.c.sku.in_(skus))):
            current[old.sku] = {k: getattr(old, k) for k in FIELDS}
    created, updated, changed = [], [], []  # changed: both, in the order the ERP sent them
    for row in rows:
        old = current.get(row["sku"])
        if old is not None and row["unit"] is None:
            row["unit"] = old["unit"]  # not sent: the unit stays as it was
        if old is None:
            created.append(row)
            changed.append(row)
        elif any(old[k] != row[k] for k in FIELDS):
            updated.append(row)
            changed.append(row)
    if created:
        conn.execute(products.insert(), [{**r, "updated_at": now} for r in created])
    if updated:
        stmt = (
            products.update()
            .where(products.c.sku == bindparam("b_sku"))
            .values(**{k: bindparam(f"b_{k}") for k in FIELDS if k != "sku"}, updated_at=bindparam("b_updated_at"))
        )
        conn.execute(stmt, [{**{f"b_{k}": v for k, v in r.items()}, "b_updated_at": now} for r in updated])
    add_items(conn, [(None, None, "product", feed_data(r)) for r in changed], now)
    return {
        "received": len(rows),
        "created": len(created),
        "updated": len(updated),
        "unchanged": len(rows) - len(created) - len(updated),
    }

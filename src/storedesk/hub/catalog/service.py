"""Catalog import (PUT /v1/products, api.py): upsert by SKU; every new or changed product becomes one
feed item for all stores, so stations receive only what changed. All or nothing: the request
was validated as a whole before this runs, and it commits once.

"unit" (domain/units.py) is optional: a product imported without it keeps the unit it has, and
one that never had a unit (NULL) is sold by the piece; its feed item then carries no "unit", so
a station keeps its own (for a new product there: pieces)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Engine

from .. import db
from ..feed import add_items
from ..models import products
from ..settings import tax
from ..times import utcnow_text
from . import categories, pending

FIELDS = (
    "sku",
    "name",
    "barcodes",
    "price_minor",
    "currency",
    "tax_code",
    "tax_rate",
    "category",
    "active",
    "unit",
    "kind",  # "gift_card" | "goods" (issue 18); NULL: never sent, goods; left out of the feed item then
)
CHUNK = 900  # SKUs per query for the stored rows (bound variables)
_compact = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode  # json.dumps's, made once


def _stored_form(p: dict) -> dict:
    row = {k: p.get(k) for k in FIELDS}
    row["barcodes"] = _compact(list(p["barcodes"]))
    return row


def feed_data(row: dict, barcodes: list[str] | None = None) -> dict:
    """A product row as the feed's "product" item (wire.py); `barcodes`: the row's, as a list."""
    data = {k: row[k] for k in FIELDS}
    if barcodes is None:
        barcodes = json.loads(row["barcodes"]) if isinstance(row["barcodes"], str) else list(row["barcodes"])
    data["barcodes"] = barcodes
    data["active"] = bool(row["active"])
    for optional in ("unit", "kind"):  # never sent: the item leaves it out, a station keeps its own
        if data[optional] is None:
            del data[optional]
    return data


def upsert(
    engine: Engine, items: list[dict], scheduled: Sequence[pending.Scheduled] = (), *, check_categories: bool = True
) -> dict:
    """Insert or update `items` (already validated), and keep the `scheduled` prices for later, in
    one transaction. Scheduled prices due in every store are folded in first (pending.py), so the
    prices written now stay the last word. Returns counts by outcome. Unprocessable, nothing
    written, when the hub lists categories and an item names another (categories.py);
    `check_categories=False`: the rows were checked already (a file's rows, import_file.py, whose
    products left without a category column keep theirs)."""
    rows = [_stored_form(p) for p in items]
    barcodes = [list(p["barcodes"]) for p in items]

    def write(conn) -> dict:
        if check_categories:
            categories.refuse_unlisted(conn, rows)
        pending.fold_due(conn, utcnow_text())
        tax.products_from_table(conn, rows, datetime.now(UTC))  # the tax table's rate, once it has the code
        done = _upsert(conn, rows, barcodes)
        if scheduled:
            done["scheduled"] = pending.schedule(conn, scheduled, utcnow_text())
        return done

    return db.run_write(engine, write, feed=True)


def fold_due(engine: Engine) -> int:
    """The hub's products take the scheduled prices due in every store (pending.fold_due)."""
    return db.run_write(engine, lambda conn: pending.fold_due(conn, utcnow_text()))


def _stored(conn, skus: list[str]) -> dict[str, dict]:
    """The products the hub has among `skus`, as stored."""
    current = {}
    cols = [products.c[k] for k in FIELDS]
    for i in range(0, len(skus), CHUNK):
        for old in conn.execute(select(*cols).where(products.c.sku.in_(skus[i : i + CHUNK]))):
            current[old[0]] = dict(zip(FIELDS, old, strict=True))
    return current


def _upsert(conn, rows: list[dict], barcodes: list[list[str]]) -> dict:
    now = utcnow_text()
    current = _stored(conn, [r["sku"] for r in rows])
    created, updated, changed = [], [], []  # changed: both, in the order the ERP sent them
    for row, codes in zip(rows, barcodes, strict=True):
        old = current.get(row["sku"])
        if old is None:
            created.append(row)
            changed.append((row, codes))
            continue
        for optional in ("unit", "kind"):
            if row[optional] is None:
                row[optional] = old[optional]  # not sent: it stays as it was
        if old != row:
            updated.append(row)
            changed.append((row, codes))
    db.insert_many(conn, products, [{**r, "updated_at": now} for r in created])
    if updated:
        stmt = (
            products.update()
            .where(products.c.sku == bindparam("b_sku"))
            .values(**{k: bindparam(f"b_{k}") for k in FIELDS if k != "sku"}, updated_at=bindparam("b_updated_at"))
        )
        conn.execute(stmt, [{**{f"b_{k}": v for k, v in r.items()}, "b_updated_at": now} for r in updated])
    add_items(conn, [(None, None, "product", feed_data(r, codes)) for r, codes in changed], now)
    return {
        "received": len(rows),
        "created": len(created),
        "updated": len(updated),
        "unchanged": len(rows) - len(created) - len(updated),
    }

"""Advance shipping notices from the ERP (PUT /v1/asns): upsert by (store, number).

A new or changed notice becomes one "asn" feed item for the stations of its store
(services/stock/feed.py documents the item). A notice already received is not changed (409).
A notice for a warehouse is refused (422): no station receives it; the ERP sends a warehouse's
stock as movements or snapshots (erp.py).
All or nothing: one refused notice refuses the request, and nothing of it is kept. The ASN is
closed by a station's "receiving" event (transfers.py).
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Engine

from .. import db
from ..errors import Conflict, Unprocessable
from ..feed import add_items
from ..locations.kinds import WAREHOUSE
from ..models import stores
from ..times import utcnow_text
from .models import asns


def feed_data(row: dict) -> dict:
    """An ASN row as the feed's "asn" item (and GET /v1/asns' entries)."""
    return {
        "asn_id": row["id"],
        "store": row["store"],
        "number": row["number"],
        "supplier": row["supplier"],
        "expected_at": row["expected_at"],
        "status": row["status"],
        "received_by_station": None,
        "lines": json.loads(row["lines"]),
    }


def _require_store(conn: Connection, code: str) -> None:
    """An ASN is received by a store's station: refuse an unknown code and a warehouse (no station
    would ever receive it; its stock comes from the ERP's movements and snapshots)."""
    row = conn.execute(select(stores.c.kind).where(stores.c.code == code)).first()
    if row is None:
        raise Unprocessable(f"unknown store {code!r}")
    if row.kind == WAREHOUSE:
        raise Unprocessable(
            f"{code} is a warehouse: no station receives its ASNs. Send its stock as movements "
            "(POST /v1/stock/movements) or a snapshot (PUT /v1/stock/snapshots)"
        )


def upsert(engine: Engine, notices: list) -> dict:
    """Store `notices` (api.AsnIn, already validated). Answer: {"received", "created", "updated",
    "unchanged", "asns": [{"number", "asn_id", "status"}]}."""
    return db.run_write(engine, lambda conn: _upsert(conn, notices), feed=True)


def _upsert(conn: Connection, notices: list) -> dict:
    now = utcnow_text()
    counts = {"received": len(notices), "created": 0, "updated": 0, "unchanged": 0}
    answered: list[dict] = []  # {"number", "asn_id", "status"} per notice, in order
    items = []
    for a in notices:
        _require_store(conn, a.store)
        lines = json.dumps([ln.model_dump() for ln in a.lines], separators=(",", ":"), ensure_ascii=False)
        old = conn.execute(select(asns).where(asns.c.store == a.store, asns.c.number == a.number)).first()
        if old is None:
            row = {
                "id": uuid.uuid4().hex,
                "store": a.store,
                "number": a.number,
                "supplier": a.supplier,
                "expected_at": a.expected_at,
                "status": "open",
                "lines": lines,
                "created_at": now,
                "updated_at": now,
            }
            conn.execute(asns.insert().values(**row))
            counts["created"] += 1
        elif (old.supplier, old.expected_at, old.lines) == (a.supplier, a.expected_at, lines):
            counts["unchanged"] += 1
            answered.append({"number": a.number, "asn_id": old.id, "status": old.status})
            continue
        elif old.status != "open":
            raise Conflict(f"ASN {a.number} of {a.store} is already {old.status}; send a new number")
        else:
            conn.execute(
                update(asns)
                .where(asns.c.id == old.id)
                .values(supplier=a.supplier, expected_at=a.expected_at, lines=lines, updated_at=now)
            )
            row = {**dict(old._mapping), "supplier": a.supplier, "expected_at": a.expected_at, "lines": lines}
            counts["updated"] += 1
        items.append((a.store, None, "asn", feed_data(row)))
        answered.append({"number": a.number, "asn_id": row["id"], "status": row["status"]})
    add_items(conn, items, now)
    return {**counts, "asns": answered}


def listed(conn: Connection, store: str, status: str | None) -> list[dict]:
    """A store's notices, oldest first, optionally of one status."""
    q = select(asns).where(asns.c.store == store).order_by(asns.c.created_at)
    if status:
        q = q.where(asns.c.status == status)
    return [{**feed_data(dict(r._mapping)), "received_by_station": r.received_station} for r in conn.execute(q)]

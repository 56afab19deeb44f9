"""A warehouse's stock from the ERP: movements (POST /v1/stock/movements) and snapshots
(PUT /v1/stock/snapshots), into the same ledger as stores' stations, under the same rules.

Ledger rules, as for a station's "stock_movements" event (movements.py): every movement has a
global id; one already held with the same content is skipped, the same id with other content
is refused; quantities are nonzero decimal strings; on-hand may go negative (shown, never
hidden). The rows name station "ERP" (a warehouse has no station) and come with an `events` row
of kind "erp_stock_movements" / "erp_stock_snapshot" (the ledger's event_id), so the ledger
keeps who brought each row. The balances (ledger.add_to_balances) move in the same transaction.

A snapshot says what the ERP counted at a moment: each listed SKU's on-hand becomes that
quantity through one "snapshot" movement of the difference (none when it already agrees);
`complete: true` also brings every unlisted SKU the location holds to zero. The snapshot's id
is its idempotency key: sent again unchanged it is answered "unchanged" (its differences are
not applied twice); the same id with other content is refused (409).

A warehouse's ship order (orders/events.erp_shipment): when the ERP reports it shipped, the
hub writes its "ship" movements itself (`ship_out`), in the same transaction, under the ERP's
shipment event; the ERP must not post them again through /v1/stock/movements.

Only warehouses: a store's stock is its stations' (they count and receive it, and would never
hear of an ERP movement). All or nothing per request. Refusals are for the integrator, in English.
"""

from __future__ import annotations

import uuid
import zlib
from typing import Annotated

from pydantic import BaseModel, Field, field_validator
from sqlalchemy import select, text
from sqlalchemy.engine import Connection, Engine

from .. import db
from ..errors import Conflict, Unprocessable
from ..ingest import canonical, load_store, payload_hash
from ..locations.kinds import WAREHOUSE
from ..locations.service import kind_of
from ..models import events, stock_movements
from ..times import business_date, parse_instant, utc_text, utcnow_text
from ..validation import UUID_HEX, once
from ..values import milli_text, quantity_milli
from . import ledger, movements
from .models import stock_balances

ERP_STATION = "ERP"
MAX_LINES = 20_000
LOCATION_LOCK = 0x5D02  # pg_advisory_xact_lock(class, crc32(location)): one ERP writer per location


def _uuid(v: str) -> str:
    if not UUID_HEX.match(v):
        raise ValueError("must be a uuid in lowercase hex (32 characters)")
    return v


def _instant(v: str) -> str:
    return utc_text(parse_instant(v))


def _qty(v: str, nonzero: bool) -> int:
    milli = quantity_milli(v)
    if nonzero and milli == 0:
        raise ValueError("must not be zero")
    if not nonzero and milli < 0:
        raise ValueError("must not be negative")
    return milli


class ErpMovement(BaseModel):
    id: Annotated[str, Field(min_length=32, max_length=32)]
    sku: str = Field(min_length=1, max_length=64)
    quantity: str = Field(description="decimal string, nonzero, at most 3 decimals (negative: out)")
    reason: str = Field(min_length=1, max_length=32)
    doc_ref: str = Field(default="", max_length=64)
    at: str = Field(max_length=40)

    _id = field_validator("id")(_uuid)
    _at = field_validator("at")(_instant)

    @field_validator("quantity")
    @classmethod
    def _q(cls, v: str) -> str:
        return milli_text(_qty(v, nonzero=True))


class ErpMovementsIn(BaseModel):
    location: str = Field(min_length=1, max_length=32)
    movements: list[ErpMovement] = Field(min_length=1, max_length=MAX_LINES)

    @field_validator("movements")
    @classmethod
    def _once(cls, v: list[ErpMovement]) -> list[ErpMovement]:
        once((m.id for m in v), "movements", "id")
        return v


class SnapshotLine(BaseModel):
    sku: str = Field(min_length=1, max_length=64)
    quantity: str = Field(description="decimal string >= 0, at most 3 decimals")

    @field_validator("quantity")
    @classmethod
    def _q(cls, v: str) -> str:
        return milli_text(_qty(v, nonzero=False))


class SnapshotIn(BaseModel):
    id: str = Field(min_length=32, max_length=32, description="uuid hex: the snapshot's idempotency key")
    location: str = Field(min_length=1, max_length=32)
    at: str = Field(max_length=40, description="when the ERP counted (ISO 8601 with offset)")
    complete: bool = Field(default=False, description="true: SKUs not listed are at zero")
    lines: list[SnapshotLine] = Field(max_length=MAX_LINES)

    _id = field_validator("id")(_uuid)
    _at = field_validator("at")(_instant)

    @field_validator("lines")
    @classmethod
    def _once(cls, v: list[SnapshotLine]) -> list[SnapshotLine]:
        once((ln.sku for ln in v), "lines", "sku")
        return v


class SnapshotsIn(BaseModel):
    snapshots: list[SnapshotIn] = Field(min_length=1, max_length=50)


# --------------------------------------------------------------------------- shared
def _warehouse(conn: Connection, code: str) -> None:
    kind = kind_of(conn, code)
    if kind is None:
        raise Unprocessable(f"unknown location {code!r}")
    if kind != WAREHOUSE:
        raise Unprocessable(
            f"{code} is a store: its stock comes from its stations (counts, receivings), not from the ERP"
        )
    if conn.dialect.name == "postgresql":
        key = zlib.crc32(code.encode()) - 2**31  # int4
        conn.execute(text("SELECT pg_advisory_xact_lock(:c, :k)"), {"c": LOCATION_LOCK, "k": key})


def _record(conn: Connection, location: str, kind: str, event_id: str, body: dict, rows: list[dict], at: str) -> None:
    """The events row, the ledger rows and their balances, in the caller's transaction."""
    record_event(conn, location, kind, event_id, body, at)
    add_movements(conn, event_id, rows)


def record_event(conn: Connection, location: str, kind: str, event_id: str, body: dict, at: str) -> None:
    """The events row of something the ERP sent for a warehouse (station "ERP")."""
    payload = canonical(body)
    tz = load_store(conn, location).tz
    conn.execute(
        events.insert(),
        {
            "id": event_id,
            "kind": kind,
            "store": location,
            "station": ERP_STATION,
            "created_at": None,
            "occurred_at": at,
            "business_date": business_date(parse_instant(at), tz),
            "doc_ref": None,
            "payload": payload,
            "payload_sha256": payload_hash(kind, payload),
            "status": "accepted",
            "reason": "",
            "received_at": utcnow_text(),
        },
    )


def add_movements(conn: Connection, event_id: str, rows: list[dict]) -> None:
    """Ledger rows of the warehouse brought by the event `event_id`, and their balances."""
    rows = [{**r, "event_id": event_id} for r in rows]
    db.insert_many(conn, stock_movements, rows)
    ledger.add_to_balances(conn, rows)


def ship_out(
    conn: Connection, location: str, event_id: str, number: str, shipped: list[tuple[int, str, int]], at: str
) -> list[dict]:
    """A warehouse's order left (the ERP reported it shipped, orders/events.erp_shipment): one
    "ship" movement per line, negative, doc_ref the order number, under the ERP's shipment event.
    `shipped`: (line, sku, quantity milli that left). The ids derive from the event and the line,
    so the same shipment never moves the stock twice. The ERP does not post these itself."""
    _warehouse(conn, location)  # and one ERP writer per location (a snapshot reads the balances)
    rows = [
        {
            "id": uuid.uuid5(uuid.UUID(event_id), f"ship line {line}").hex,
            "store": location,
            "station": ERP_STATION,
            "sku": sku,
            "quantity_milli": -milli,
            "reason": "ship",
            "doc_ref": number,
            "at": at,
        }
        for line, sku, milli in shipped
        if milli > 0
    ]
    add_movements(conn, event_id, rows)
    return rows


# --------------------------------------------------------------------------- movements
def post_movements(engine: Engine, body: ErpMovementsIn) -> dict:
    """Record the ERP's movements of a warehouse. Answer {"received", "recorded", "unchanged"}."""
    return db.run_write(engine, lambda conn: _post_movements(conn, body))


def _post_movements(conn: Connection, body: ErpMovementsIn) -> dict:
    _warehouse(conn, body.location)
    rows: list[dict] = [
        {
            "id": m.id,
            "store": body.location,
            "station": ERP_STATION,
            "sku": m.sku,
            "quantity_milli": quantity_milli(m.quantity),
            "reason": m.reason,
            "doc_ref": m.doc_ref,
            "at": m.at,
        }
        for m in body.movements
    ]
    held = movements.held_in_db(conn, [m.id for m in body.movements])
    fresh = []
    for r in rows:
        old = held.get(r["id"])
        if old is None:
            fresh.append(r)
        elif old[1] != movements.content(r):
            raise Conflict(f"movement {r['id']} was already received with other content; send it under a new id")
    if fresh:
        data = {"location": body.location, "movements": [m.model_dump() for m in body.movements]}
        _record(conn, body.location, "erp_stock_movements", uuid.uuid4().hex, data, fresh, body.movements[0].at)
    return {"received": len(rows), "recorded": len(fresh), "unchanged": len(rows) - len(fresh)}


# --------------------------------------------------------------------------- snapshots
def put_snapshots(engine: Engine, body: SnapshotsIn) -> dict:
    """Apply the ERP's snapshots, in order. Answer {"received", "applied", "unchanged",
    "snapshots": [{"id", "location", "status", "movements"}]}."""
    return db.run_write(engine, lambda conn: _put_snapshots(conn, body))


def _put_snapshots(conn: Connection, body: SnapshotsIn) -> dict:
    answered = [_snapshot(conn, s) for s in body.snapshots]
    applied = sum(a["status"] == "applied" for a in answered)
    return {"received": len(answered), "applied": applied, "unchanged": len(answered) - applied, "snapshots": answered}


def _snapshot(conn: Connection, s: SnapshotIn) -> dict:
    _warehouse(conn, s.location)
    data = s.model_dump()
    payload = canonical(data)
    digest = payload_hash("erp_stock_snapshot", payload)
    prior = conn.execute(select(events.c.payload_sha256, events.c.kind).where(events.c.id == s.id)).first()
    if prior is not None:
        if prior.payload_sha256 != digest:
            raise Conflict(f"snapshot {s.id} was already received with other content; send it under a new id")
        return {"id": s.id, "location": s.location, "status": "unchanged", "movements": 0}
    counted = {ln.sku: quantity_milli(ln.quantity) for ln in s.lines}
    b = stock_balances.c
    held = conn.execute(select(b.sku, b.on_hand_milli).where(b.store == s.location))
    have = {r.sku: int(r.on_hand_milli) for r in held if s.complete or r.sku in counted}
    rows = []
    for sku in sorted(set(counted) | set(have)):
        delta = counted.get(sku, 0) - have.get(sku, 0)
        if delta:
            rows.append(
                {
                    "id": uuid.uuid5(uuid.UUID(s.id), sku).hex,
                    "store": s.location,
                    "station": ERP_STATION,
                    "sku": sku,
                    "quantity_milli": delta,
                    "reason": "snapshot",
                    "doc_ref": s.id,
                    "at": s.at,
                }
            )
    _record(conn, s.location, "erp_stock_snapshot", s.id, data, rows, s.at)
    return {"id": s.id, "location": s.location, "status": "applied", "movements": len(rows)}

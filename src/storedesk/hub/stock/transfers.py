"""Transfers between stores and receivings: the event handlers (registered in handlers.HANDLERS)
and the list of GET /v1/transfers.

"transfer" (the sending station's transfer-out document, services/stock/transfer.py):
    {"store", "station", "transfer_id", "number", "to_store", "at", "user", "note",
     "lines": [{"sku", "name", "quantity"}]}
  -> a `transfers` row, and a "transfer" feed item for every station of `to_store`:
     {"transfer_id", "number", "from_store", "from_station", "to_store", "at", "status": "sent",
      "lines": [{"sku", "name", "quantity"}]}
  The transfer-out movements come in the same station transaction's "stock_movements" event,
  so the hub's stock view (GET /v1/stock) already shows the goods leaving the sender.
"receiving" (a delivery posted at a station):
    {"store", "station", "delivery_id", "source": "asn"|"transfer"|"typed", "reference",
     "number", "at", "user", "lines": [{"sku", "expected", "received"}]}
  -> closes the ASN (status "received") or the transfer, and tells the store's OTHER stations
     with an "asn" / "transfer" feed item of status "received", so it is not received twice.
"""

from __future__ import annotations

import json

from sqlalchemy import or_, select, update
from sqlalchemy.engine import Connection

from ..feed import add_items
from ..models import stores
from ..ownership import NotOwned
from ..times import utc_text
from ..validation import (
    Invalid,
    StoreFacts,
    _fields,
    _instant,
    _list,
    _obj,
    _owner,
    _quantity,
    _text,
    _uuid,
)
from ..values import milli_text
from .models import asns, transfers

TRANSFER_FIELDS = ("store", "station", "transfer_id", "number", "to_store", "at", "lines")
RECEIVING_FIELDS = ("store", "station", "delivery_id", "source", "reference", "number", "at", "lines")


def _transfer_lines(p: dict) -> list[dict]:
    out, seen = [], set()
    for i, raw in enumerate(_list(p, "lines", "transfer", non_empty=True), start=1):
        where = f"lines[{i}]"
        ln = _obj(raw, where)
        _fields(ln, ("sku", "quantity"), where)
        sku = _text(ln, "sku", where, 64)
        if sku in seen:
            raise Invalid(f"{where}.sku {sku} appears twice")
        seen.add(sku)
        qty = _quantity(ln, "quantity", where)
        if qty <= 0:
            raise Invalid(f"{where}.quantity must be positive")
        raw_name = ln.get("name")
        name = raw_name if isinstance(raw_name, str) else ""
        out.append({"sku": sku, "name": name[:200], "quantity": milli_text(qty)})
    return out


def apply_transfer(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    p = _obj(payload, "payload")
    _fields(p, TRANSFER_FIELDS, "transfer")
    _owner(p, store, station)
    tid = _uuid(p, "transfer_id", "transfer")
    number = _text(p, "number", "transfer", 64)
    to_store = _text(p, "to_store", "transfer", 32)
    if to_store == store.code:
        raise Invalid("transfer.to_store is the sending store itself")
    if conn.execute(select(stores.c.code).where(stores.c.code == to_store)).first() is None:
        raise Invalid(f"transfer.to_store: unknown store {to_store!r} at the hub")
    at = utc_text(_instant(p, "at", "transfer"))
    lines = _transfer_lines(p)
    if conn.execute(select(transfers.c.id).where(transfers.c.id == tid)).first() is not None:
        raise Invalid(f"transfer {tid} was already received in another event")
    if (
        conn.execute(
            select(transfers.c.id).where(  # numbers are per station (ownership.py)
                transfers.c.from_store == store.code, transfers.c.from_station == station, transfers.c.number == number
            )
        ).first()
        is not None
    ):
        raise Invalid(f"transfer number {number} was already received in another event")
    conn.execute(
        transfers.insert().values(
            id=tid,
            event_id=event_id,
            number=number,
            from_store=store.code,
            from_station=station,
            to_store=to_store,
            at=at,
            lines=json.dumps(lines, separators=(",", ":"), ensure_ascii=False),
            status="sent",
        )
    )
    add_items(
        conn,
        [
            (
                to_store,
                None,
                "transfer",
                {
                    "transfer_id": tid,
                    "number": number,
                    "from_store": store.code,
                    "from_station": station,
                    "to_store": to_store,
                    "at": at,
                    "status": "sent",
                    "lines": lines,
                },
            )
        ],
        now,
    )


def apply_receiving(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    p = _obj(payload, "payload")
    _fields(p, RECEIVING_FIELDS, "receiving")
    _owner(p, store, station)
    did = _uuid(p, "delivery_id", "receiving")
    source = p["source"]
    if source not in ("asn", "transfer", "typed"):
        raise Invalid(f"receiving.source: unknown {source!r}")
    _text(p, "number", "receiving", 64)
    _instant(p, "at", "receiving")
    for i, raw in enumerate(_list(p, "lines", "receiving", non_empty=True), start=1):
        ln = _obj(raw, f"lines[{i}]")
        _fields(ln, ("sku", "expected", "received"), f"lines[{i}]")
        _quantity(ln, "expected", f"lines[{i}]")
        _quantity(ln, "received", f"lines[{i}]")
    if source == "asn":
        row = conn.execute(select(asns.c.store, asns.c.status).where(asns.c.id == did)).first()
        if row is None:
            return  # an ASN this hub never sent (typed at the station with the same id?): keep the event only
        if row.store != store.code:  # name none of the other store's data
            raise NotOwned(f"receiving: ASN {did} is a delivery of another store, not of {store.code}")
        if row.status == "open":
            conn.execute(
                update(asns)
                .where(asns.c.id == did)
                .values(status="received", received_event_id=event_id, received_station=station, updated_at=now)
            )
            add_items(
                conn,
                [
                    (
                        store.code,
                        station,
                        "asn",
                        {"asn_id": did, "store": store.code, "status": "received", "received_by_station": station},
                    )
                ],
                now,
            )
    elif source == "transfer":
        row = conn.execute(select(transfers.c.to_store, transfers.c.status).where(transfers.c.id == did)).first()
        if row is None or row.to_store != store.code:
            raise NotOwned(f"receiving: transfer {did} was not sent to store {store.code}")
        if row.status == "sent":
            conn.execute(
                update(transfers)
                .where(transfers.c.id == did)
                .values(status="received", received_event_id=event_id, received_station=station, received_at=now)
            )
            add_items(
                conn,
                [(store.code, station, "transfer", {"transfer_id": did, "to_store": store.code, "status": "received"})],
                now,
            )


def listed(conn: Connection, store: str) -> list[dict]:
    """Transfers sent from or to `store`, oldest first (GET /v1/transfers)."""
    q = (
        select(transfers)
        .where(or_(transfers.c.from_store == store, transfers.c.to_store == store))
        .order_by(transfers.c.at)
    )
    return [
        {
            "transfer_id": r.id,
            "number": r.number,
            "from_store": r.from_store,
            "from_station": r.from_station,
            "to_store": r.to_store,
            "at": r.at,
            "status": r.status,
            "received_station": r.received_station,
            "received_at": r.received_at,
            "lines": json.loads(r.lines),
        }
        for r in conn.execute(q)
    ]

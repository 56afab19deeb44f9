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
from typing import Annotated, Any

from pydantic import Field, model_validator
from sqlalchemy import Table, or_, select, update
from sqlalchemy.engine import Connection

from ..feed import add_items
from ..models import stores
from ..ownership import NotOwned, party
from ..times import utc_text
from ..validation import (
    Given,
    Instant,
    Invalid,
    Payload,
    Quantity,
    StoreFacts,
    Uuid,
    once,
    one_of,
    parse,
    quantity,
    text,
)
from ..values import milli_text
from .models import asns, transfers

Text64 = Annotated[str, text(64)]


class TransferLine(Payload):
    sku: Text64
    quantity: Annotated[int, quantity("positive")]
    name: Any = ""  # optional; kept (up to 200 characters) when it is a string


class Transfer(Payload):
    store: Given
    station: Given
    transfer_id: Uuid
    number: Text64
    to_store: Annotated[str, text(32)]
    at: Instant
    lines: list[TransferLine] = Field(min_length=1)

    @model_validator(mode="after")
    def _skus_once(self) -> Transfer:
        once((ln.sku for ln in self.lines), "lines", "sku")
        return self


class ReceivedLine(Payload):
    sku: Given
    expected: Quantity
    received: Quantity


class Receiving(Payload):
    store: Given
    station: Given
    delivery_id: Uuid
    source: Annotated[str, one_of("asn", "transfer", "typed")]
    reference: Given
    number: Text64
    at: Instant
    lines: list[ReceivedLine] = Field(min_length=1)


def apply_transfer(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    t = parse(Transfer, payload, "transfer")
    party(payload, store.code, station)
    tid, number, to_store = t.transfer_id, t.number, t.to_store
    if to_store == store.code:
        raise Invalid("transfer.to_store is the sending store itself")
    if conn.execute(select(stores.c.code).where(stores.c.code == to_store)).first() is None:
        raise Invalid(f"transfer.to_store: unknown store {to_store!r} at the hub")
    if conn.execute(select(transfers.c.id).where(transfers.c.id == tid)).first() is not None:
        raise Invalid(f"transfer {tid} was already received in another event")
    mine = (transfers.c.from_store == store.code) & (transfers.c.from_station == station)  # numbers are per station
    if conn.execute(select(transfers.c.id).where(mine, transfers.c.number == number)).first() is not None:
        raise Invalid(f"transfer number {number} was already received in another event")
    lines = [
        {
            "sku": ln.sku,
            "name": (ln.name if isinstance(ln.name, str) else "")[:200],
            "quantity": milli_text(ln.quantity),
        }
        for ln in t.lines
    ]
    sent = {"number": number, "from_store": store.code, "from_station": station, "to_store": to_store}
    sent |= {"at": utc_text(t.at), "status": "sent"}
    text_lines = json.dumps(lines, separators=(",", ":"), ensure_ascii=False)
    conn.execute(transfers.insert().values(id=tid, event_id=event_id, lines=text_lines, **sent))
    add_items(conn, [(to_store, None, "transfer", {"transfer_id": tid, **sent, "lines": lines})], now)


def apply_receiving(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    r = parse(Receiving, payload, "receiving")
    party(payload, store.code, station)
    did, by = r.delivery_id, (store.code, station, event_id, now)
    if r.source == "asn":
        row = conn.execute(select(asns.c.store, asns.c.status).where(asns.c.id == did)).first()
        if row is None:
            return  # an ASN this hub never sent (typed at the station with the same id?): keep the event only
        if row.store != store.code:  # name none of the other store's data
            raise NotOwned(f"receiving: ASN {did} is a delivery of another store, not of {store.code}")
        if row.status == "open":
            item = {"asn_id": did, "store": store.code, "status": "received", "received_by_station": station}
            _received(conn, asns, did, {"updated_at": now}, "asn", item, by)
    elif r.source == "transfer":
        row = conn.execute(select(transfers.c.to_store, transfers.c.status).where(transfers.c.id == did)).first()
        if row is None or row.to_store != store.code:
            raise NotOwned(f"receiving: transfer {did} was not sent to store {store.code}")
        if row.status == "sent":
            item = {"transfer_id": did, "to_store": store.code, "status": "received"}
            _received(
                conn, transfers, did, {"received_at": now}, "transfer", item, (store.code, station, event_id, now)
            )


def _received(conn: Connection, table: Table, did: str, when: dict, kind: str, item: dict, by: tuple) -> None:
    """Close an ASN or a transfer as received by the event's station (`by`: store, station, event id,
    now), and tell the store's other stations with a feed item, so it is not received twice."""
    store_code, station, event_id, now = by
    values = {"status": "received", "received_event_id": event_id, "received_station": station, **when}
    conn.execute(update(table).where(table.c.id == did).values(**values))
    add_items(conn, [(store_code, station, kind, item)], now)


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

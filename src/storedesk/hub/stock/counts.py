"""Event handlers of stock counts scanned from several stations of a store (issue 7),
registered in handlers.HANDLERS.

"count_started" / "count_scans" / "count_closed" (see sync/wire.py for the payloads):
  validated strictly, then relayed UNCHANGED as a feed item of the same name to the store's
  other stations (origin_station = the sender, so it is not sent back). The hub keeps no count
  state beyond the events themselves: stations merge scans by their global id, and only the
  station that started a count (its "origin") approves it and posts the corrections.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator
from sqlalchemy.engine import Connection

from ..feed import add_items
from ..ownership import party
from ..validation import Given, Instant, Invalid, Payload, Quantity, StoreFacts, Uuid, once, one_of, parse, text

MAX_SCANS = 1000  # per event
Text64 = Annotated[str, text(64)]


class CountHead(Payload):
    """What every count event names: the count, its document number and the station that started it."""

    store: Given
    station: Given
    count_id: Uuid
    doc_no: Text64
    kind: Annotated[str, one_of("cycle", "full")]
    started_at: Instant
    origin: Annotated[str, text(32)]
    note: Annotated[str | None, text(200, allow_empty=True)] = None
    started_by: Annotated[str | None, text(64, allow_empty=True)] = None


class Scan(Payload):
    id: Uuid
    sku: Text64
    quantity: Quantity
    at: Instant
    user: Text64


class CountScans(CountHead):
    scans: list[Scan] = Field(min_length=1, max_length=MAX_SCANS)

    @model_validator(mode="after")
    def _ids_once(self) -> CountScans:
        once((sc.id for sc in self.scans), "scans", "id")
        return self


class CountClosed(CountHead):
    status: Annotated[str, one_of("approved", "cancelled")]
    at: Instant
    user: Annotated[str, text(64, allow_empty=True)]


def _checked(model: type[CountHead], payload, store: StoreFacts, station: str, kind: str) -> CountHead:
    head = parse(model, payload, kind)
    party(payload, store.code, station)
    return head


def _relay(conn: Connection, store: StoreFacts, station: str, kind: str, payload: dict, now: str) -> None:
    """The event, unchanged, to the store's other stations."""
    add_items(conn, [(store.code, station, kind, payload)], now)


def apply_count_started(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    if _checked(CountHead, payload, store, station, "count_started").origin != station:
        raise Invalid("count_started.origin must be the station that starts the count")
    _relay(conn, store, station, "count_started", payload, now)


def apply_count_scans(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    _checked(CountScans, payload, store, station, "count_scans")
    _relay(conn, store, station, "count_scans", payload, now)


def apply_count_closed(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    if _checked(CountClosed, payload, store, station, "count_closed").origin != station:
        raise Invalid("count_closed: only the station that started the count closes it")
    _relay(conn, store, station, "count_closed", payload, now)

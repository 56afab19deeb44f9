"""Event kinds applied by feature modules, beside ingest.py's fast-path kinds (ingest.OWN: sale,
stock_movements, shift_close).

HANDLERS maps an event kind to "package.module:function". ingest.py calls it as
`function(conn, store: validation.StoreFacts, station: str, event_id: str, payload, now: str)`
inside the event's own SAVEPOINT, right after the event row was written (so rows may refer to
events.id). It validates the payload with its kind's pydantic model (validation.parse), and raises
validation.Invalid(reason) to reject the event: its writes are rolled back
and the rejection is stored. Feed items may be added with feed.add_items (the batch holds the feed
lock). A batch holding any of these kinds is applied event by event (no multi-row fast path).

Before any handler runs, ingest.py checks the event against ownership.DOCUMENTS: a new kind must
be declared there too (where its payload names its store, station and document numbers), or
every event of it is refused; tests/hub/test_document_ownership.py checks every kind of
wire.EVENT_KINDS has a declaration, and tests/hub/test_registries.py that every entry here
resolves to a function of that signature. A handler that reads a document the hub already holds (a
grant, an ASN, an order) checks that it is the token's with ownership.belongs / NotOwned.
"""

from __future__ import annotations

from functools import cache
from pkgutil import resolve_name

HANDLERS: dict[str, str] = {
    "pickup_status": "storedesk.hub.orders.events:apply_pickup_status",
    "return": "storedesk.hub.returns.events:apply_return",
    "transfer": "storedesk.hub.stock.transfers:apply_transfer",
    "receiving": "storedesk.hub.stock.transfers:apply_receiving",
    **{k: f"storedesk.hub.stock.counts:apply_{k}" for k in ("count_started", "count_scans", "count_closed")},
    "staff_pin": "storedesk.hub.staff.events:apply_staff_pin",
}


@cache
def handler(kind: str):
    """The function HANDLERS names for `kind`, imported on first use (KeyError: no handler)."""
    return resolve_name(HANDLERS[kind])

"""Click-and-collect at the hub: web orders, routing, states, station pickup events, notifications.

Modules: api (HTTP routes), models (tables), intake (POST body checks), routing (rules as data,
pure), availability (candidates from the ledger), states (transition table), repo (rows, history,
JSON shapes), service (create, route, cancel), events (pickup_status), notify (outbox, senders),
expiry (tick), settings (per store), ship (ship-from-store: capacity, split parts, parcels),
store_orders (the endless aisle: a till's orders paid in its sale, channel "store:<code>"; wire.py).

Wire details beyond sync/wire.py (all additive; no field of wire.py is renamed or dropped):
- order_id: 32 lowercase hex (a uuid made by the hub). number: "W" + 6 digits ("W000042"),
  gapless per hub, unique. pickup_code: 6 digits ("004217"), not unique across orders: check it
  together with the order.
- "order" feed item: wire.py's fields, plus "pickup_store" (the customer's choice; "store" is
  where it is routed), "expires_at" (null until ready), and per line "ordered" (quantity as
  ordered). A line's "quantity" is what the store must hand over (ordered - cancelled); a line
  fully cancelled is left out. Sent again with a higher "version" whenever the hub changes the
  order's content (rejected quantities cancelled): apply it when version > the one you hold.
  "due_at": before ready, the day it should be ready (created + 1 day); after ready, expires_at.
  total_minor: sum of quantity x unit price per line, half up; paid_minor: total when
  paid_online, else 0 (plus what was collected at the desk, once the hub hears of it).
- "order_status" feed item: wire.py's fields plus "number" and "store". A store the order was
  re-routed AWAY from gets status "cancelled" with "rerouted_to": the new store (stop, return
  the goods to the shelf). Statuses it carries: cancelled (customer online, or no store can
  supply), expired (hub's tick: return to shelf), and the station statuses other stations of
  the same store reported (not fed back to the sender).
- pickup_status event: see events.py (absolute line quantities; "rejected" status allowed).
- "by" in order_status and history: "hub", "channel <token name>" or "station <STORE>/<STATION>".
- GET /v1/orders/{id} (id or number; channel that placed it, ERP, or a station of the store it
  is routed to; else 403; 404 unknown): the order as the feed item, plus "updated_at",
  "ready_at", "idempotency_key", "conflict" (null, or the text of what contradicted a central
  decision), lines with quantity (AS ORDERED here) / picked / rejected / reason / collected /
  cancelled / remaining, "routing" (each decision: at, rule, action, store, reason) and
  "history" (each change: version, at, recorded_at, from, to, by, by_kind, user, event_id,
  reason). POST /v1/orders answers the same body (201 new, 200 repeat of its key).
- POST /v1/orders/batch {"orders": [body, ...]} (1..500): one transaction, each order on its
  own: {"results": [{"status": 201|200|409|422, "order": {...} | "detail": "..."}]}.
- POST /v1/orders/{id}/cancel {"reason": "..."} (JSON body, may be {}): 200 the order; 409 when
  collected, cancelled or expired; 403 another channel's order.
- Ship-from-store (issue 17; ship.py, intake.py, wire.py): POST /v1/orders with "fulfilment":
  "ship", "delivery" and "allow_split". The feed's "order" item and GET carry "fulfilment" and
  "delivery"; GET of a ship order adds "allow_split", "parcels" [{number, weight_g, carrier,
  tracking, packed_at, shipped_at}], "parent" ({order_id, number} of a part) and "parts" (of a
  split order: [{order_id, number, store, status, lines, parcels}]); its lines add "shipped".
  Cancelling a split order cancels its open parts.
"""

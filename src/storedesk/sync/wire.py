"""The wire contract between stations and the hub (plain data; no HTTP or SQL here).

All bodies are JSON. Money is an integer of minor units with an ISO 4217 currency code;
quantities are decimal strings ("1", "0.250", "-2"); times are ISO 8601 UTC strings.

POST /v1/events                      (station token)
    request:  {"events": [Event, ...]}            1..MAX_BATCH events
    Event:    {"id": "<uuid hex, the idempotency key>", "kind": KIND, "created_at": "...",
               "payload": {...}}
    response: 200 {"results": [{"id": ..., "status": "accepted" | "duplicate" | "rejected"
                                 | "conflict", "reason": "..."}]}   one per event, same order
              "duplicate": the id was seen with the same kind and payload: the first answer
              stands. "conflict": the id was seen with a different payload (HTTP 409 when
              the batch holds one event). "rejected": the payload does not validate (reason).
              Each event is applied on its own (a savepoint per event when a batch must be
              replayed), and the batch is on disk before the hub answers.
              A repeat of a rejected event gets the first "rejected" answer. A duplicate is the
              same id with the same kind and canonical payload (created_at is not compared).
              Kinds listed in EVENT_KINDS that this hub cannot apply yet are "rejected" and not
              stored, so they are accepted once the hub learns them (the station retries them
              with `storedesk sync --retry-rejected`).
    An event whose store, station or document number is not the token's is "rejected" alone,
    with the reason (hub/ownership.py); the rest of the batch is applied. 403 only for a token
    that is not a station token.
    409 when the batch holds one event and it is a conflict (same {"results": [...]} body).
    413 body over 5 MB; 415 not JSON; 422 malformed envelope (ids are 32 lowercase hex).

GET /v1/feed?after=CURSOR&limit=N    (station token; CURSOR "0" at first, N <= MAX_FEED)
    response: {"items": [FeedItem, ...], "next": "<cursor>", "more": bool}
    FeedItem: {"cursor": "<cursor>", "kind": FEED_KIND, "data": {...}}
    Items concern the calling station: catalog changes (all stores), web orders routed to
    its store, stock movements of the other stations of its store, central status changes.
    Quantities come back normalised ("0.250" -> "0.25") and times as UTC with microseconds:
    compare quantities as Decimals, never as strings.

POST /v1/orders                      (station token: the endless aisle, issue 17; hub/orders/store_orders.py)
    A till orders for its customer, who pays in the till's sale.
    request:  {"order_id": "<32 lowercase hex, made by the station: the idempotency key>",
               "channel": "store:<the token's store>"   optional; any other channel -> 403,
               "payment": "paid_in_store",
               "paid_in_store": {"station": "<the token's station>", "sale_ref": "<the basket/sale id, 1-64>"},
               "currency": "<the till store's currency>",   required,
               "customer": {"name", "email", "phone"},       a name and an email or a phone,
               "fulfilment": "ship" | "pickup",
               "pickup_store": "<store code>"   pickup only: this store or another,
               "delivery": {...}, "allow_split": false       ship only, as a channel's ship order,
               "lines": [{"sku", "quantity": "1", "unit_price_minor": 1250, "name"?}]}
              No "idempotency_key": the order_id is it. "paid_in_store" is for station tokens only
              (a channel token sending it: 403).
    response: 201 new; 200 a repeat of the order_id with the same body (a retry): GET /v1/orders/{id}'s
              body ("order_id" is the station's, "number" "W000123", "channel" "store:PAR01",
              "payment" "paid_in_store", "paid_minor" == "total_minor", "paid_in_store": {"store",
              "station", "sale_ref"}, history[0] by "station PAR01/T1" with the reason
              "ordered at the till PAR01/T1 (sale <sale_ref>)") plus
              "destinations": [{"line", "sku", "quantity", "store", "number"}] where each line goes
              (one row per line; per part of a split ship order, "number" the part's "W000123-1").
              Routing: pickup as a channel's (the chosen store, else the nearest store that has every
              line), ship by the ship rules (nearest store or warehouse with stock, capacity, split).
              409 {"detail"} (translated: the station sends Accept-Language) when no location can
              promise every line (routing found none): NOTHING is created; sell nothing.
              409 the order_id was used with another body. 403 another store's channel or another
              station in paid_in_store. 422 a malformed body (English detail, as for channels).
    The money is the till's sale: its "sale" event (the ordered lines are ordinary sale lines at the
    price charged; extra line fields are ignored by the hub) is what day totals, tenders and exports
    count; the order never adds to them. The till writes NO stock movement for the ordered lines:
    the goods leave the fulfilling location when it hands them over or ships them.
    Feed: the fulfilling store's "order" item has "payment": "paid_online" (already paid: nothing to
    take at the desk, so every station applies it) and "paid_in_store": {"store", "station",
    "sale_ref"}; "channel" is "store:PAR01".
POST /v1/orders/{id}/cancel          (station token: its own till order whose sale did not complete)
    request:  {"sale_ref": "<the same sale_ref>", "reason": "..." optional}
    response: 200 the order, cancelled (also for a repeat: already cancelled); 403 an order of
              another store's channel or of another sale_ref; 404 unknown; 409 (translated) once
              anything was picked, packed, shipped or collected (or its store started picking).

Event payloads (KIND: payload):
    "sale":            SALE_FIELDS, see services/sale.py (lines, taxes, payments, totals)
    "stock_movements": {"store", "station", "movements": [{"id", "sku", "quantity", "reason",
                        "doc_ref", "at"}]}
    "shift_close":     a Z's totals, see domain/shift_report.totals_event (store, station,
                        currency, shift_id, shift_no, z_no, business_date, closed_at, sales_count,
                        gross/net/tax_minor, taxes, tenders, cash expected/counted/difference, ...)
    "pickup_status":   {"store", "station", "order_id", "status", "at", "user", "lines": [{"line",
                        "picked", "rejected", "reason", "collected"}], "id_check", "receipt_no"}
                        status: accepted | picking | ready | collected | partially_collected |
                        expired (returned to shelf); rejected lines carry a reason (out_of_stock,
                        damaged, mismatch). See hub/orders for how the hub applies it.
                        Ship orders (fulfilment "ship"): accepted | picking | "rejected" (lines, with
                        a reason: the hub re-routes the order, as for pickup) | packed | shipped.
                        packed: + "parcels": [{"number": 1, "weight_g": 1200}] (1..999, grams 1..1000000);
                        shipped (final): + "parcels": [{"number", "weight_g", "carrier", "tracking"}]
                        (carrier 1-64 chars, "manual" for a typed tracking number; tracking 1-100).
                        "parcels" is absolute (replaces the list the hub holds), allowed with packed
                        and shipped only. shipped with no lines ships all still to send; lines may
                        carry "shipped" (absolute, like "collected"): the rest is cancelled. The hub
                        rejects packed/shipped for a pickup order and ready/collected/
                        partially_collected/expired for a ship order. Stock: at shipped the station
                        writes ONE stock movement per line, reason "ship" (quantity negative,
                        doc_ref the order number), in the same transaction as the shipped event
                        and before it in the outbox; the hub's reservation ends at shipped.
    "return":          a return document, see services/returns/complete.py and hub/returns/events.py.
    "transfer":        a transfer-out document for another store, see services/stock/transfer.py.
    "receiving":       a delivery received against an advance shipping notice (ASN).
    "count_started":   a stock count started at the sending station, for the store's other stations:
                        {"store", "station", "count_id", "doc_no", "kind": "cycle"|"full", "note",
                        "started_at", "origin" (= station: it approves the count), "started_by"}
    "count_scans":     scans of a count made at the sending station: the count_started header
                        ("origin" = the station that started it) + "scans": [{"id" (uuid hex, the
                        scan's global id), "sku", "quantity", "at", "user"}]   quantity may be 0 or < 0
    "count_closed":    the origin station approved or cancelled the count: the header + {"status":
                        "approved"|"cancelled", "at", "user"}. See hub/stock/counts.py, services/stock/counts.py.
    "staff_pin":       a member the hub manages chose their own PIN at first sign-in at the sending
                        station: {"store", "station", "username", "pin_hash" (domain/auth.py scrypt;
                        never a PIN), "pin_rev" (the hub's PIN version it replaces), "at"}. The hub
                        keeps it and sends a "staff" item to the store's other stations; when the hub
                        set a newer PIN meanwhile, that one wins (hub/staff/events.py)
Feed kinds (FEED_KIND: data):
    "product":         {"sku", "name", "barcodes": [...], "price_minor", "currency",
                        "tax_code", "tax_rate", "category", "active", "unit"}
                        unit: "pc" | "kg" | "l" | "m" (domain/units.py); absent from an older hub:
                        the station keeps the product's unit ('pc' for a new product)
    "stock_movement":  {"id", "store", "station", "sku", "quantity", "reason", "doc_ref", "at"}
    "order":           a web order routed to the store: {"order_id", "number", "store", "channel",
                        "created_at", "due_at", "customer": {"name", "email", "phone"}, "currency",
                        "payment": "paid_online" | "pay_at_pickup", "paid_minor", "total_minor",
                        "pickup_code", "status", "version", "lines": [{"line", "sku", "name",
                        "quantity", "unit_price_minor"}], "fulfilment": "pickup" | "ship",
                        "delivery": null | {"name", "line1", "line2"?, "postcode", "city",
                        "country" (ISO 3166 alpha-2), "phone"?, "email"?, "lat"?, "lon"? (decimal
                        text)}}   absent "fulfilment" (an older hub): "pickup". A ship order has
                        "pickup_store": null and is paid online. A part of a split order is an order
                        of its own, numbered "<parent number>-<part>" ("W000123-1"): ship it as any.
    "order_status":    a central change of an order: {"order_id", "status", "at", "by", "reason",
                        "version"} (the customer cancelled online, the hub re-routed or expired it)
    "transfer":        stock sent to this store by another one (its transfer-out document)
    "asn":             an advance shipping notice: a delivery expected at this store
    "return_flag":     an over-return the hub detected at sync, for the manager and the Z report
    "count_started", "count_scans", "count_closed": the events of the same name, relayed unchanged to
                        the OTHER stations of the sender's store (merged by count id and scan id;
                        see services/stock/feed.py)
    "staff":           a member of the store's staff as the hub manages them (hub/staff/): {"store",
                        "username", "name", "role", "active", "pin_hash" (domain/auth.py scrypt; never
                        a PIN), "pin_change_required", "rev" (+1 at every change), "pin_rev" (+1 at
                        every PIN set)}. The hub's user wins over the station's own of that username
                        (services/staff_feed.py)
    "pending_price":   a price from a later date: {"sku", "price_minor", "currency", "valid_from"}
                        valid_from: the store's local date-time "YYYY-MM-DDTHH:MM", the same text for
                        every store; each station switches when its own store's clock shows it
                        (domain/price_schedule.py, services/prices.py). The product item comes first.
    "store_settings":  every setting the hub manages for the store (`storedesk-hub store-settings`):
                        {"store", "settings": {KEY: VALUE}} (domain/store_settings.py checks each, at
                        the hub and again at the station; a key absent is the station's own again;
                        services/store_settings_feed.py)
    "tax_rate":        a tax code's rate from a local date on (`storedesk-hub tax set`): {"code", "rate"
                        (percent as decimal text), "label", "valid_from": "YYYY-MM-DD"}; each station
                        switches at the start of that day in its store's time zone (services/tax_rates.py)
    "promotions":      the chain's promotions document in force (`PUT /v1/promotions`, `storedesk-hub
                        promotions import`): {"version": sha256 of the text, "document": canonical JSON
                        text}; the station reads it again with its own currency and time zone, puts it in
                        force whole or quarantines it (services/promotions_feed.py)
"""

MAX_BATCH = 500
MAX_FEED = 1000
EVENT_KINDS = (
    "sale",
    "stock_movements",
    "void",
    "return",
    "shift_close",
    "pickup_status",
    "transfer",
    "receiving",
    "count_started",
    "count_scans",
    "count_closed",
    "staff_pin",
)
RESULT_STATUSES = ("accepted", "duplicate", "rejected", "conflict")
FEED_KINDS = (
    "product",
    "stock_movement",
    "order",
    "order_status",
    "transfer",
    "asn",
    "return_flag",
    "count_started",
    "count_scans",
    "count_closed",
    "staff",
    "pending_price",
    "store_settings",
    "tax_rate",
    "promotions",
    "customer_erased",  # a customer erased at the hub: out of every station's recent customers (issue 18)
)
SALE_FIELDS = (
    "type",
    "receipt_no",
    "sale_id",
    "at",
    "store",
    "station",
    "user",
    "currency",
    "prices_include_tax",
    "lines",
    "taxes",
    "payments",
    "total_minor",
    "rounding_minor",
    "change_minor",
    "discount_minor",
    "voided_lines",
    "overrides",
)
SALE_LINE_FIELDS = (
    "line",
    "sku",
    "name",
    "quantity",
    "unit_price_minor",
    "discount_minor",
    "tax_code",
    "tax_rate",
    "tax_minor",
    "gross_minor",
)

"""Web orders (click-and-collect): orders, lines, routing decisions, state history, notifications
outbox, and each store's pickup settings (safety stock, hold time).

Tables on the hub's shared metadata (models.py imports this module so Alembic's comparison sees
them). Same conventions as models.py: money BIGINT minor units, quantities BIGINT thousandths,
instants UTC ISO text. Store coordinates are already on `stores` (lat/lon as decimal text), so
only what routing adds per store lives in `pickup_stores`; a store without a row there gets the
defaults (no safety stock, 7 days' hold, a reminder 2 days before expiry).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

from .. import columns as col
from ..models import metadata

pickup_stores = Table(
    "pickup_stores",
    metadata,
    col.store(primary_key=True),
    *col.milli("safety_stock_milli"),  # kept back from web orders, per SKU
    Column("hold_days", Integer, nullable=False),  # a ready order expires after this many days
    Column("reminder_days", Integer, nullable=False),  # remind the customer this long before expiry
    Column("updated_at", String(col.TIME), nullable=False),
    Column("ship_capacity", Integer),  # ship orders routed here per local day; NULL: no limit (h0014)
)

orders = Table(
    "orders",
    metadata,
    Column("id", String(col.ID), primary_key=True),  # uuid hex, made by the hub
    Column("no", BigInteger, unique=True),  # 1, 2, ... -> number "W000001"; NULL for a split order's part
    Column("number", String(32), nullable=False, unique=True),
    Column("channel", String(200), nullable=False),  # the channel token's name
    Column("idempotency_key", String(200), nullable=False),
    Column("request_sha256", String(64), nullable=False),  # of the canonical request body
    col.store("pickup_store", nullable=True),  # the customer's choice; NULL for a ship order
    col.store(nullable=True),  # where it is routed; NULL: not routed
    Column("status", String(32), nullable=False),
    Column("version", Integer, nullable=False),  # +1 on every change; feed items carry it
    Column("currency", String(3), nullable=False),
    Column("payment", String(16), nullable=False),  # paid_online | pay_at_pickup | paid_in_store
    *col.minor("total_minor"),  # of the lines still to hand over or handed over
    *col.minor("paid_minor"),
    Column("customer_name", String(200), nullable=False),
    Column("customer_email", String(254), nullable=False),
    Column("customer_phone", String(32), nullable=False),
    Column("pickup_code", String(16), nullable=False),
    *col.times("created_at", "updated_at"),
    Column("due_at", String(col.TIME)),
    Column("ready_at", String(col.TIME)),
    Column("expires_at", String(col.TIME)),
    Column("conflict", Text),  # set when facts from a store contradict a central decision
    # ship-from-store (h0014): "pickup" | "ship"; the delivery address (canonical JSON); a split's parts
    Column("fulfilment", String(8), nullable=False, server_default="pickup"),
    Column("delivery", Text),
    Column("allow_split", Boolean, nullable=False, server_default=false()),
    Column("part", Integer),  # 1, 2, ... in its parent (number "W000123-1")
    Column("parent_id", String(col.ID), ForeignKey("orders.id"), index=True),
    # a till's order (h0016, store_orders.py): the station whose sale paid it, and that sale's ref
    Column("sale_station", String(col.CODE)),
    Column("sale_ref", String(64)),
    UniqueConstraint("channel", "idempotency_key"),
    Index(None, "store", "status"),
    Index(None, "status", "expires_at"),
)

order_lines = Table(
    "order_lines",
    metadata,
    *col.part_of("order_id", "orders.id"),
    *col.product(),
    *col.milli("quantity_milli"),  # as ordered
    *col.minor("unit_price_minor"),
    *col.milli("picked_milli", "rejected_milli"),
    Column("reject_reason", String(32)),
    *col.milli("collected_milli"),
    *col.milli("cancelled_milli"),  # no longer to be handed over
    Index(None, "sku"),
)

order_parcels = Table(
    "order_parcels",
    metadata,
    *col.part_of("order_id", "orders.id", "number"),
    Column("weight_g", Integer, nullable=False),
    Column("carrier", String(64)),  # set when shipped
    Column("tracking", String(100)),
    Column("packed_at", String(col.TIME)),
    Column("shipped_at", String(col.TIME)),
)

order_routing = Table(
    "order_routing",
    metadata,
    *col.order_record(),
    Column("at", String(col.TIME), nullable=False),
    Column("rule", String(64), nullable=False),
    Column("action", String(32), nullable=False),  # route | needs_transfer | cancel | rejected
    Column("store", String(col.CODE)),
    Column("reason", Text, nullable=False),
    Index(None, "order_id"),
    Index(None, "store", "at"),  # ship orders routed to a store per day (capacity, h0014)
)

order_history = Table(
    "order_history",
    metadata,
    *col.order_record(),
    Column("version", Integer, nullable=False),
    Column("at", String(col.TIME), nullable=False),  # when it happened (the station's clock for its facts)
    Column("recorded_at", String(col.TIME), nullable=False),  # when the hub learnt it
    Column("from_status", String(32)),
    Column("to_status", String(32), nullable=False),
    Column("actor_kind", String(16), nullable=False),  # channel | station | hub
    Column("actor", String(200), nullable=False),
    Column("user_name", String(64)),
    Column("event_id", String(col.ID), ForeignKey("events.id")),
    Column("reason", Text, nullable=False),
    Index(None, "order_id"),
)

notifications = Table(
    "notifications",
    metadata,
    *col.order_record(),
    Column("kind", String(16), nullable=False),  # ready | reminder | expired
    Column("medium", String(8), nullable=False),  # email | sms
    Column("recipient", String(254), nullable=False),
    Column("subject", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", String(col.TIME), nullable=False),
    Column("sent_at", String(col.TIME)),
    Column("sender", String(200)),
    UniqueConstraint("order_id", "kind"),
    Index(None, "sent_at"),
)

notify_deliveries = Table(
    "notify_deliveries",
    metadata,
    Column("notification_id", col.SEQ, ForeignKey("notifications.id"), primary_key=True, autoincrement=False),
    Column("status", String(16), nullable=False),  # pending | sending | delivered | failed
    Column("tries", Integer, nullable=False),
    Column("next_try_at", String(col.TIME), nullable=False),
    Column("claimed_by", String(64)),  # the notify process sending it (status sending)
    Column("claimed_until", String(col.TIME)),  # after this a crashed sender's claim is taken over
    Column("last_error", Text),
    Column("delivered_at", String(col.TIME)),
    Column("updated_at", String(col.TIME), nullable=False),
    Index(None, "status", "next_try_at"),
)

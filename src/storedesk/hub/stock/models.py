"""Store stock documents: advance shipping notices and transfers between stores.

Tables on the hub's shared metadata (models.py imports this module so Alembic's comparison sees them).

asns: a delivery the ERP announced for a store (PUT /v1/asns), sent to the store's stations
  as an "asn" feed item; closed when a station posts a "receiving" event for it.
transfers: a "transfer" event of the sending store (its transfer-out document), sent to the
  destination store's stations as a "transfer" feed item; closed by their "receiving" event.
stock_balances: on-hand per (sku, location), the ledger's sum kept with every insert (ledger.py).
Quantities inside `lines` are decimal strings (the wire's form), never floats.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, String, Table, Text, UniqueConstraint

from .. import columns as col
from ..models import metadata

asns = Table(
    "asns",
    metadata,
    Column("id", String(col.ID), primary_key=True),
    col.store(),
    Column("number", String(64), nullable=False),
    Column("supplier", String(200), nullable=False),
    Column("expected_at", String(col.TIME)),
    Column("status", String(16), nullable=False),  # open | received | cancelled
    Column("lines", Text, nullable=False),  # JSON [{"sku", "quantity"}]
    *col.times("created_at", "updated_at"),
    Column("received_event_id", String(col.ID)),
    Column("received_station", String(col.CODE)),
    UniqueConstraint("store", "number"),
    Index(None, "store", "status"),
)

transfers = Table(
    "transfers",
    metadata,
    Column("id", String(col.ID), primary_key=True),  # the sending station's transfer id
    col.event(),
    Column("number", String(64), nullable=False),  # unique per sending station (h0006)
    col.store("from_store"),
    col.station("from_station"),
    col.store("to_store"),
    Column("at", String(col.TIME), nullable=False),
    Column("lines", Text, nullable=False),  # JSON [{"sku", "name", "quantity"}]
    Column("status", String(16), nullable=False),  # sent | received
    Column("received_event_id", String(col.ID)),
    Column("received_station", String(col.CODE)),
    Column("received_at", String(col.TIME)),
    UniqueConstraint("from_store", "from_station", "number"),  # a number belongs to its station (ownership.py)
    Index(None, "to_store", "status"),
)

# On-hand per (sku, location): the sum of stock_movements, kept in the transaction of every ledger
# insert (ledger.add_to_balances) and filled from the ledger by h0013. `movements` counts the rows.
stock_balances = Table(
    "stock_balances",
    metadata,
    Column("sku", String(col.SKU), primary_key=True),
    col.store(primary_key=True),
    *col.milli("on_hand_milli"),
    Column("movements", BigInteger, nullable=False),
    sqlite_with_rowid=False,  # the (sku, store) key is the table: a SKU's rows are read together
)

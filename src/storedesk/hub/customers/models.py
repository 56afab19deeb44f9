"""Customers and their loyalty points (issue 18), on the hub's shared metadata (models.py imports
this module so Alembic's comparison sees the tables; migration h0018).

- `customers`: the customer master. Nothing more than the issue allows: name, phone, email, loyalty
  card number, group, consent to be contacted and its date. Phone, email and card are unique (NULL
  for none); an erased customer keeps only its id and `erased_at` (service.erase).
- `loyalty_ledger`: every change of a customer's points, one row per operation, its id the
  operation's idempotency key: "e" + sale id (earned by a sale, written by the sale's ingest),
  the station's redemption id (redeemed, negative), "c" + redemption id (a redemption given back),
  "a" + uuid (an adjustment). The balance is the sum; it never goes below zero (loyalty.redeem
  takes only what the sum covers, under the customer's row lock).
- `sale_customers`: which customer a received sale was made for (its card as printed, cleared by
  an erasure) and the points it earned.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, ForeignKey, Index, String, Table

from .. import columns as col
from ..models import metadata

CARD = 64

customers = Table(
    "customers",
    metadata,
    Column("id", String(col.ID), primary_key=True),
    Column("card", String(CARD), unique=True),
    Column("name", String(200), nullable=False),
    Column("phone", String(32), unique=True),
    Column("email", String(254), unique=True),
    Column("customer_group", String(col.CODE), nullable=False),
    Column("consent", Boolean, nullable=False),
    Column("consent_at", String(col.TIME)),
    *col.times("created_at", "updated_at"),
    Column("erased_at", String(col.TIME)),
)

loyalty_ledger = Table(
    "loyalty_ledger",
    metadata,
    Column("op_id", String(40), primary_key=True),
    Column("customer_id", String(col.ID), nullable=False),
    Column("kind", String(16), nullable=False),  # earn | redeem | cancel | adjust
    Column("points", BigInteger, nullable=False),  # signed
    Column("value_minor", BigInteger, nullable=False),  # what redeemed points paid (0 otherwise)
    Column("currency", String(3)),
    col.store(nullable=True),
    Column("station", String(col.CODE)),
    Column("sale_id", String(col.ID)),
    Column("ref", String(64), nullable=False),  # receipt number / basket id / reason
    Column("at", String(col.TIME), nullable=False),
    Index(None, "customer_id"),
    Index(None, "store", "at"),
)

sale_customers = Table(
    "sale_customers",
    metadata,
    Column("sale_id", String(col.ID), ForeignKey("sales.sale_id"), primary_key=True),
    Column("customer_id", String(col.ID), nullable=False),
    Column("card", String(CARD)),
    Column("points_earned", BigInteger, nullable=False),
    Column("points_redeemed", BigInteger, nullable=False),
    Column("earned_value_minor", BigInteger, nullable=False),  # the points earned, at the point value then
    Index(None, "customer_id"),
)

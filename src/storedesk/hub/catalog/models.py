"""The catalog's scheduled prices (h0010) and category list (h0012), on the hub's shared metadata
(models.py imports this module so Alembic's comparison sees them). See hub/catalog/pending.py and
hub/catalog/categories.py."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, String, Table

from .. import columns as col
from ..models import metadata

pending_prices = Table(
    "pending_prices",
    metadata,
    Column("sku", String(col.SKU), ForeignKey("products.sku"), primary_key=True),
    Column("valid_from", String(16), primary_key=True),  # the store's local date-time, "2026-03-01T00:00"
    *col.minor("price_minor"),
    Column("currency", String(3), nullable=False),
    *col.times("created_at", "updated_at"),
    Column("folded_at", String(col.TIME)),  # the hub's products row took the price (due in every store)
    Index(None, "folded_at", "valid_from"),
)

categories = Table(
    "categories",
    metadata,
    Column("name", String(100), primary_key=True),  # as products.category carries it (no foreign key)
    *col.times("created_at", "updated_at"),
)

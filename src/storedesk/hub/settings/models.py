"""The hub's store settings and dated tax rates (h0011), on the hub's shared metadata (models.py
imports this module so Alembic's comparison sees them)."""

from __future__ import annotations

from sqlalchemy import Column, Date, String, Table, Text

from .. import columns as col
from ..models import metadata

store_settings = Table(
    "store_settings",
    metadata,
    col.store(primary_key=True),
    Column("key", String(64), primary_key=True),  # a key of domain/store_settings.py STORE_KEYS
    Column("value", Text, nullable=False),  # as checked by the station's rule
    *col.times("updated_at"),
)

tax_rates = Table(
    "tax_rates",
    metadata,
    Column("code", String(16), primary_key=True),
    Column("valid_from", Date, primary_key=True),  # the stores' local date the rate starts
    Column("rate", String(16), nullable=False),  # percent as decimal text ("20", "5.5")
    Column("label", String(40), nullable=False),
    *col.times("created_at"),
)

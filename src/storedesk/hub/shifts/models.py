"""The shift_closes table, on the hub's shared metadata (models.py imports this module so Alembic's
comparison sees it): one row per station's Z, money in BIGINT minor units."""

from __future__ import annotations

from sqlalchemy import Column, Date, ForeignKey, Index, Integer, String, Table, UniqueConstraint

from .. import columns as col
from ..models import metadata

shift_closes = Table(
    "shift_closes",
    metadata,
    Column("event_id", String(col.ID), ForeignKey("events.id"), primary_key=True),
    col.store(),
    col.station(),
    Column("shift_id", String(col.ID), nullable=False, unique=True),
    Column("z_no", Integer, nullable=False),
    Column("business_date", Date, nullable=False),
    Column("closed_at", String(col.TIME), nullable=False),
    Column("sales_count", Integer, nullable=False),
    *col.minor("gross_minor", "cash_expected_minor", "cash_counted_minor", "cash_difference_minor"),
    UniqueConstraint("store", "station", "z_no"),
    Index(None, "store", "business_date"),
)

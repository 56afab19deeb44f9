"""The shift_closes table, on the hub's shared metadata (models.py imports this module so Alembic's
comparison sees it): one row per station's Z, money in BIGINT minor units."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Date, ForeignKey, Index, Integer, String, Table, UniqueConstraint

from ..models import CODE, ID, TIME, metadata

shift_closes = Table(
    "shift_closes",
    metadata,
    Column("event_id", String(ID), ForeignKey("events.id"), primary_key=True),
    Column("store", String(CODE), ForeignKey("stores.code"), nullable=False),
    Column("station", String(CODE), nullable=False),
    Column("shift_id", String(ID), nullable=False, unique=True),
    Column("z_no", Integer, nullable=False),
    Column("business_date", Date, nullable=False),
    Column("closed_at", String(TIME), nullable=False),
    Column("sales_count", Integer, nullable=False),
    Column("gross_minor", BigInteger, nullable=False),
    Column("cash_expected_minor", BigInteger, nullable=False),
    Column("cash_counted_minor", BigInteger, nullable=False),
    Column("cash_difference_minor", BigInteger, nullable=False),
    UniqueConstraint("store", "station", "z_no"),
    Index(None, "store", "business_date"),
)

"""The staff table, on the hub's shared metadata (models.py imports this module so Alembic's
comparison sees it): one row per (store, username), the PIN as its scrypt hash only."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Integer, String, Table

from .. import columns as col
from ..models import metadata

staff = Table(
    "staff",
    metadata,
    col.store(primary_key=True),
    Column("username", String(24), primary_key=True),  # domain/staff.py USERNAME
    Column("name", String(60), nullable=False),  # domain/staff.py NAME_LENGTH
    Column("role", String(16), nullable=False),  # clerk | supervisor | manager
    Column("active", Boolean, nullable=False),
    Column("pin_hash", String(200), nullable=False),  # domain/auth.py hash_pin; never a PIN
    Column("pin_change_required", Boolean, nullable=False),  # a one-time PIN the person replaces
    Column("rev", Integer, nullable=False),  # +1 at every change: the feed item's version
    Column("pin_rev", Integer, nullable=False),  # +1 at every PIN set
    *col.times("created_at", "updated_at"),
)

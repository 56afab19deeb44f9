"""The promotions tables (h0017), on the hub's shared metadata (models.py imports this module so
Alembic's comparison sees them).

- `promotion_versions`: one row per document put in force (the latest row is the one in force),
  its version (SHA-256 of the canonical text the stations receive), when and who.
- `sale_line_promotions`: what each promotion gave each line of a received sale (the sale event's
  per-line "promotions"), written in the sale's ingest transaction; the day totals read it.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKeyConstraint, Integer, String, Table, Text

from .. import columns as col
from ..models import metadata

promotion_versions = Table(
    "promotion_versions",
    metadata,
    Column("id", col.SEQ, primary_key=True, autoincrement=True),  # the latest is in force
    Column("version", String(64), nullable=False),  # sha256 hex of `document`
    Column("document", Text, nullable=False),  # canonical JSON text, as fed to the stations
    Column("promotions", Integer, nullable=False),  # how many promotions it holds
    Column("updated_by", String(200), nullable=False),  # "erp:<token name>" | "cli"
    *col.times("updated_at"),
)

sale_line_promotions = Table(
    "sale_line_promotions",
    metadata,
    Column("sale_id", String(col.ID), primary_key=True),
    Column("line", Integer, primary_key=True),
    Column("promotion_id", String(200), primary_key=True),
    *col.minor("amount_minor"),
    ForeignKeyConstraint(["sale_id", "line"], ["sale_lines.sale_id", "sale_lines.line"]),
)

"""The sales tables, on the hub's shared metadata (models.py imports this module so Alembic's
comparison sees them): one row per receipt, its lines, its tax table and its payments, as the
station sent them (events.py checks them). The day totals and exports read them too (reports/),
and a return desk looks a receipt up by its number (returns/docs.py).

Same conventions as models.py: money BIGINT minor units, quantities BIGINT thousandths, instants
UTC ISO text.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Index, Integer, String, Table, Text, UniqueConstraint

from .. import columns as col
from ..models import metadata

sales = Table(
    "sales",
    metadata,
    *col.received_document("sale_id", "receipt_no"),
    *col.business_day(),
    Column("prices_include_tax", Boolean, nullable=False),
    *col.minor("total_minor", "rounding_minor", "change_minor", "discount_minor"),
    Column("voided_lines", Integer, nullable=False),
    Column("overrides", Text, nullable=False),  # JSON list, as sent
    UniqueConstraint("store", "station", "receipt_no"),  # a number belongs to its station (ownership.py)
    Index(None, "store", "business_date"),
    Index(None, "receipt_no"),  # a return desk looks a receipt up by its number
)

sale_lines = Table(
    "sale_lines",
    metadata,
    *col.part_of("sale_id", "sales.sale_id"),
    *col.product(),
    *col.milli("quantity_milli"),
    *col.minor("unit_price_minor", "discount_minor"),
    *col.tax(),
    *col.minor("tax_minor", "gross_minor"),
)

sale_taxes = Table("sale_taxes", metadata, *col.tax_rows("sale_id", "sales.sale_id"))

sale_payments = Table(
    "sale_payments",
    metadata,
    *col.part_of("sale_id", "sales.sale_id", "position"),
    Column("kind", String(col.CODE), nullable=False),
    *col.minor("amount_minor"),
    Column("reference", String(128), nullable=False),
)

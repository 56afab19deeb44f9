"""The sales tables, on the hub's shared metadata (models.py imports this module so Alembic's
comparison sees them): one row per receipt, its lines, its tax table and its payments, as the
station sent them (events.py checks them). The day totals and exports read them too (reports/),
and a return desk looks a receipt up by its number (returns/docs.py).

Same conventions as models.py: money BIGINT minor units, quantities BIGINT thousandths, instants
UTC ISO text.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint

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

# A tender taken at the hub (a voucher's, a gift card's or points' redemption: hub/redemptions.py)
# used up by the sale it paid, once that sale is received (h0021; paid_at_hub.py): from then on it
# is never given back. One sale per redemption: (kind, redemption_id) is the key.
redemptions_consumed = Table(
    "redemptions_consumed",
    metadata,
    Column("kind", String(col.CODE), primary_key=True),  # voucher | gift_card | points (the payment's kind)
    Column("redemption_id", String(col.ID), primary_key=True),
    Column("sale_id", String(col.ID), ForeignKey("sales.sale_id"), nullable=False),
    Column("position", Integer, nullable=False),  # the sale's payment it paid
    Column("receipt_no", String(col.NUMBER), nullable=False),
    col.store(),
    col.station(),
    *col.minor("amount_minor"),
    *col.times("consumed_at"),
    Index(None, "sale_id"),
)

# A payment of a received sale that names a redemption which does not back it (unknown, of another
# kind, station, amount or code, given back, or already used by another sale): the sale is kept (the
# customer paid; a fiscal document is never lost), the mismatch recorded here once per payment for a
# manager (`storedesk-hub export payment-mismatches`) and logged as a warning (h0021; paid_at_hub.py).
sale_payment_mismatches = Table(
    "sale_payment_mismatches",
    metadata,
    *col.part_of("sale_id", "sales.sale_id", "position"),
    Column("kind", String(col.CODE), nullable=False),
    Column("redemption_id", String(col.ID), nullable=False),
    col.store(),
    col.station(),
    Column("receipt_no", String(col.NUMBER), nullable=False),
    Column("currency", String(3), nullable=False),
    *col.minor("amount_minor"),  # what the payment says it paid
    Column("reason", String(255), nullable=False),
    *col.times("created_at"),
    Index(None, "redemption_id"),
)

"""Returns: return grants (arbitration of returned quantities per sold line), received returns,
over-return flags, store-credit vouchers and their redemptions.

Tables on the hub's shared metadata (models.py imports this module so Alembic's comparison sees
them). Same conventions as models.py: money BIGINT minor units, quantities BIGINT thousandths,
instants UTC ISO text (fixed width, so they compare as text).

What a sold line has "returned" = the lines of accepted receipt returns that point at it
(return_lines.original_line of returns whose original_ref is the sale's receipt number) +
the lines of ACTIVE, unexpired grants on the sale. A grant stops counting when it is consumed
(its return's lines count instead), released, or expired.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from .. import columns as col
from ..models import metadata

REF = 64  # receipt / return / order numbers
VOUCHER_CODE = 64

return_grants = Table(
    "return_grants",
    metadata,
    Column("grant_id", String(col.ID), primary_key=True),  # the station's uuid: the idempotency key
    col.store(),  # the returning store
    col.station(),
    Column("sale_id", String(col.ID), nullable=False),  # a sale id or a web order id (docs.py)
    Column("ref", String(REF), nullable=False),  # the receipt or order number
    Column("status", String(16), nullable=False),  # active | consumed | released
    Column("request_sha256", String(64), nullable=False),  # of the normalised request
    Column("answer", Text, nullable=False),  # the 200 answer (JSON), replayed to a repeat
    *col.times("created_at", "expires_at"),
    Column("closed_at", String(col.TIME)),  # consumed or released
    Column("return_id", String(col.ID)),  # the return that consumed it
    Index(None, "sale_id", "status"),
)

return_grant_lines = Table(
    "return_grant_lines",
    metadata,
    *col.part_of("grant_id", "return_grants.grant_id"),  # line: the sold line
    *col.milli("quantity_milli"),
)

returns = Table(
    "returns",
    metadata,
    *col.received_document("return_id", "return_no"),
    Column("approver", String(64), nullable=False),
    *col.business_day(),
    Column("kind", String(16), nullable=False),  # receipt | no_receipt | web_order
    Column("original_ref", String(REF), nullable=False),  # receipt or order number; '' without
    Column("original_sale_id", String(col.ID), nullable=False),  # as sent; not a foreign key (may be unknown)
    Column("original_store", String(col.CODE), nullable=False),
    Column("grant_id", String(col.ID), nullable=False),  # '' when offline
    Column("grant_consumed", Boolean, nullable=False),  # the grant was active and this return used it
    Column("offline", Boolean, nullable=False),
    Column("reason", String(200), nullable=False),
    *col.minor("net_minor", "tax_minor"),
    *col.minor("total_minor"),  # exact refund value
    *col.minor("rounding_minor"),  # cash rounding of the refund
    UniqueConstraint("store", "station", "return_no"),  # a number belongs to its station (ownership.py)
    Index(None, "original_ref"),
    Index(None, "store", "business_date"),
)

return_lines = Table(
    "return_lines",
    metadata,
    *col.part_of("return_id", "returns.return_id"),
    Column("original_line", Integer, nullable=False),  # the sold line (0 without an original)
    *col.product(),
    *col.milli("quantity_milli"),
    *col.minor("refund_minor"),
    *col.tax(),
    Column("condition", String(16), nullable=False),  # restock | damaged
)

return_taxes = Table("return_taxes", metadata, *col.tax_rows("return_id", "returns.return_id"))

return_payments = Table(
    "return_payments",
    metadata,
    *col.part_of("return_id", "returns.return_id", "position"),
    Column("kind", String(col.CODE), nullable=False),  # cash | card | store_credit
    *col.minor("amount_minor"),  # handed to the customer
    *col.minor("rounding_minor"),  # amount - exact share (cash only)
    Column("reference", String(128), nullable=False),  # card terminal ref, or the voucher code
)

return_flags = Table(
    "return_flags",
    metadata,
    Column("flag_id", String(col.ID), primary_key=True),
    Column("return_id", String(col.ID), ForeignKey("returns.return_id"), nullable=False),
    col.store(),  # the return's store
    col.station(),
    Column("return_no", String(REF), nullable=False),
    Column("original_ref", String(REF), nullable=False),
    Column("detail", Text, nullable=False),
    Column("at", String(col.TIME), nullable=False),  # when the hub flagged it
    Index(None, "store", "at"),
)

vouchers = Table(
    "vouchers",
    metadata,
    Column("code", String(VOUCHER_CODE), primary_key=True),
    Column("currency", String(3), nullable=False),
    *col.minor("issued_minor", "balance_minor"),
    col.store(),  # issuing store
    Column("return_id", String(col.ID), ForeignKey("returns.return_id"), nullable=False),  # issued by
    *col.times("created_at", "updated_at"),
)

voucher_redemptions = Table(
    "voucher_redemptions",
    metadata,
    Column("redemption_id", String(col.ID), primary_key=True),  # the station's uuid: the idempotency key
    Column("code", String(VOUCHER_CODE), ForeignKey("vouchers.code"), nullable=False),
    col.store(),
    col.station(),
    *col.minor("amount_minor"),
    Column("ref", String(REF), nullable=False),  # the receipt / basket it paid
    *col.minor("balance_after_minor"),  # replayed to a repeat
    Column("created_at", String(col.TIME), nullable=False),
    Column("cancelled_at", String(col.TIME)),
    Index(None, "code"),
)

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
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from ..models import CODE, ID, TIME, metadata

REF = 64  # receipt / return / order numbers
VOUCHER_CODE = 64

return_grants = Table(
    "return_grants",
    metadata,
    Column("grant_id", String(ID), primary_key=True),  # the station's uuid: the idempotency key
    Column("store", String(CODE), ForeignKey("stores.code"), nullable=False),  # the returning store
    Column("station", String(CODE), nullable=False),
    Column("sale_id", String(ID), nullable=False),  # a sale id or a web order id (docs.py)
    Column("ref", String(REF), nullable=False),  # the receipt or order number
    Column("status", String(16), nullable=False),  # active | consumed | released
    Column("request_sha256", String(64), nullable=False),  # of the normalised request
    Column("answer", Text, nullable=False),  # the 200 answer (JSON), replayed to a repeat
    Column("created_at", String(TIME), nullable=False),
    Column("expires_at", String(TIME), nullable=False),
    Column("closed_at", String(TIME)),  # consumed or released
    Column("return_id", String(ID)),  # the return that consumed it
    Index(None, "sale_id", "status"),
)

return_grant_lines = Table(
    "return_grant_lines",
    metadata,
    Column("grant_id", String(ID), ForeignKey("return_grants.grant_id"), primary_key=True),
    Column("line", Integer, primary_key=True),  # the sold line
    Column("quantity_milli", BigInteger, nullable=False),
)

returns = Table(
    "returns",
    metadata,
    Column("return_id", String(ID), primary_key=True),
    Column("event_id", String(ID), ForeignKey("events.id"), nullable=False, unique=True),
    Column("return_no", String(REF), nullable=False),  # unique per station (h0006)
    Column("store", String(CODE), ForeignKey("stores.code"), nullable=False),
    Column("station", String(CODE), nullable=False),
    Column("user_name", String(64), nullable=False),
    Column("approver", String(64), nullable=False),
    Column("at", String(TIME), nullable=False),
    Column("business_date", Date, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("kind", String(16), nullable=False),  # receipt | no_receipt | web_order
    Column("original_ref", String(REF), nullable=False),  # receipt or order number; '' without
    Column("original_sale_id", String(ID), nullable=False),  # as sent; not a foreign key (may be unknown)
    Column("original_store", String(CODE), nullable=False),
    Column("grant_id", String(ID), nullable=False),  # '' when offline
    Column("grant_consumed", Boolean, nullable=False),  # the grant was active and this return used it
    Column("offline", Boolean, nullable=False),
    Column("reason", String(200), nullable=False),
    Column("net_minor", BigInteger, nullable=False),
    Column("tax_minor", BigInteger, nullable=False),
    Column("total_minor", BigInteger, nullable=False),  # exact refund value
    Column("rounding_minor", BigInteger, nullable=False),  # cash rounding of the refund
    UniqueConstraint("store", "station", "return_no"),  # a number belongs to its station (ownership.py)
    Index(None, "original_ref"),
    Index(None, "store", "business_date"),
)

return_lines = Table(
    "return_lines",
    metadata,
    Column("return_id", String(ID), ForeignKey("returns.return_id"), primary_key=True),
    Column("line", Integer, primary_key=True),
    Column("original_line", Integer, nullable=False),  # the sold line (0 without an original)
    Column("sku", String(64), nullable=False),
    Column("name", String(200), nullable=False),
    Column("quantity_milli", BigInteger, nullable=False),
    Column("refund_minor", BigInteger, nullable=False),
    Column("tax_code", String(16), nullable=False),
    Column("tax_rate", String(16), nullable=False),
    Column("condition", String(16), nullable=False),  # restock | damaged
)

return_taxes = Table(
    "return_taxes",
    metadata,
    Column("return_id", String(ID), ForeignKey("returns.return_id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("code", String(16), nullable=False),
    Column("rate", String(16), nullable=False),
    Column("net_minor", BigInteger, nullable=False),
    Column("tax_minor", BigInteger, nullable=False),
    Column("gross_minor", BigInteger, nullable=False),
)

return_payments = Table(
    "return_payments",
    metadata,
    Column("return_id", String(ID), ForeignKey("returns.return_id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("kind", String(CODE), nullable=False),  # cash | card | store_credit
    Column("amount_minor", BigInteger, nullable=False),  # handed to the customer
    Column("rounding_minor", BigInteger, nullable=False),  # amount - exact share (cash only)
    Column("reference", String(128), nullable=False),  # card terminal ref, or the voucher code
)

return_flags = Table(
    "return_flags",
    metadata,
    Column("flag_id", String(ID), primary_key=True),
    Column("return_id", String(ID), ForeignKey("returns.return_id"), nullable=False),
    Column("store", String(CODE), ForeignKey("stores.code"), nullable=False),  # the return's store
    Column("station", String(CODE), nullable=False),
    Column("return_no", String(REF), nullable=False),
    Column("original_ref", String(REF), nullable=False),
    Column("detail", Text, nullable=False),
    Column("at", String(TIME), nullable=False),  # when the hub flagged it
    Index(None, "store", "at"),
)

vouchers = Table(
    "vouchers",
    metadata,
    Column("code", String(VOUCHER_CODE), primary_key=True),
    Column("currency", String(3), nullable=False),
    Column("issued_minor", BigInteger, nullable=False),
    Column("balance_minor", BigInteger, nullable=False),
    Column("store", String(CODE), ForeignKey("stores.code"), nullable=False),  # issuing store
    Column("return_id", String(ID), ForeignKey("returns.return_id"), nullable=False),  # issued by
    Column("created_at", String(TIME), nullable=False),
    Column("updated_at", String(TIME), nullable=False),
)

voucher_redemptions = Table(
    "voucher_redemptions",
    metadata,
    Column("redemption_id", String(ID), primary_key=True),  # the station's uuid: the idempotency key
    Column("code", String(VOUCHER_CODE), ForeignKey("vouchers.code"), nullable=False),
    Column("store", String(CODE), ForeignKey("stores.code"), nullable=False),
    Column("station", String(CODE), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("ref", String(REF), nullable=False),  # the receipt / basket it paid
    Column("balance_after_minor", BigInteger, nullable=False),  # replayed to a repeat
    Column("created_at", String(TIME), nullable=False),
    Column("cancelled_at", String(TIME)),
    Index(None, "code"),
)

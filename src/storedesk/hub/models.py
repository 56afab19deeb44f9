"""The hub's shared tables (SQLAlchemy Core) and the metadata of every table, the feature packages'
included. Alembic migrations create them; a test checks the two agree.

Money is BIGINT minor units and quantities BIGINT thousandths: no Float or Numeric column
exists, so no amount is ever rounded by a driver. Instants are UTC ISO text (see times.py).
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
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

ID = 32  # a uuid in hex, as stations make them
CODE = 32
TIME = 40

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT identity.
SEQ = BigInteger().with_variant(Integer(), "sqlite")

stores = Table(
    "stores",
    metadata,
    Column("code", String(CODE), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("timezone", String(64), nullable=False),
    # Decimal degrees as text ("48.8566"): exact, and no float column in the schema.
    Column("lat", String(16)),
    Column("lon", String(16)),
    Column("created_at", String(TIME), nullable=False),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", SEQ, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # station | channel | erp
    Column("store", String(CODE), ForeignKey("stores.code")),
    Column("station", String(CODE)),
    Column("name", String(200), nullable=False),
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("created_at", String(TIME), nullable=False),
    Column("revoked_at", String(TIME)),
    Index(None, "store", "station"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(ID), primary_key=True),  # the station's uuid: the idempotency key
    Column("kind", String(CODE), nullable=False),
    Column("store", String(CODE), ForeignKey("stores.code"), nullable=False),
    Column("station", String(CODE), nullable=False),
    Column("created_at", String(TIME)),  # the station's clock, as sent
    Column("occurred_at", String(TIME)),  # UTC time of the business fact (sale time...)
    Column("business_date", Date),  # its day in the store's time zone
    Column("doc_ref", String(64)),  # receipt number, when there is one
    Column("payload", Text, nullable=False),  # canonical JSON
    Column("payload_sha256", String(64), nullable=False),  # of kind + canonical JSON
    Column("status", String(16), nullable=False),  # accepted | rejected
    Column("reason", Text, nullable=False),
    Column("received_at", String(TIME), nullable=False),
    Index(None, "store", "business_date", "status"),
    Index(None, "store", "station", "id"),  # a station reads back its own events (stations/api.py)
)

sales = Table(
    "sales",
    metadata,
    Column("sale_id", String(ID), primary_key=True),
    Column("event_id", String(ID), ForeignKey("events.id"), nullable=False, unique=True),
    Column("receipt_no", String(64), nullable=False),  # unique per station (h0006), read by number
    Column("store", String(CODE), ForeignKey("stores.code"), nullable=False),
    Column("station", String(CODE), nullable=False),
    Column("user_name", String(64), nullable=False),
    Column("at", String(TIME), nullable=False),
    Column("business_date", Date, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("prices_include_tax", Boolean, nullable=False),
    Column("total_minor", BigInteger, nullable=False),
    Column("rounding_minor", BigInteger, nullable=False),
    Column("change_minor", BigInteger, nullable=False),
    Column("discount_minor", BigInteger, nullable=False),
    Column("voided_lines", Integer, nullable=False),
    Column("overrides", Text, nullable=False),  # JSON list, as sent
    UniqueConstraint("store", "station", "receipt_no"),  # a number belongs to its station (ownership.py)
    Index(None, "store", "business_date"),
    Index(None, "receipt_no"),  # a return desk looks a receipt up by its number
)

sale_lines = Table(
    "sale_lines",
    metadata,
    Column("sale_id", String(ID), ForeignKey("sales.sale_id"), primary_key=True),
    Column("line", Integer, primary_key=True),
    Column("sku", String(64), nullable=False),
    Column("name", String(200), nullable=False),
    Column("quantity_milli", BigInteger, nullable=False),
    Column("unit_price_minor", BigInteger, nullable=False),
    Column("discount_minor", BigInteger, nullable=False),
    Column("tax_code", String(16), nullable=False),
    Column("tax_rate", String(16), nullable=False),
    Column("tax_minor", BigInteger, nullable=False),
    Column("gross_minor", BigInteger, nullable=False),
)

sale_taxes = Table(
    "sale_taxes",
    metadata,
    Column("sale_id", String(ID), ForeignKey("sales.sale_id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("code", String(16), nullable=False),
    Column("rate", String(16), nullable=False),
    Column("net_minor", BigInteger, nullable=False),
    Column("tax_minor", BigInteger, nullable=False),
    Column("gross_minor", BigInteger, nullable=False),
)

sale_payments = Table(
    "sale_payments",
    metadata,
    Column("sale_id", String(ID), ForeignKey("sales.sale_id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("kind", String(CODE), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("reference", String(128), nullable=False),
)

stock_movements = Table(
    "stock_movements",
    metadata,
    Column("id", String(ID), primary_key=True),  # global uuid: stores converge by set union
    Column("event_id", String(ID), ForeignKey("events.id"), nullable=False),
    Column("store", String(CODE), ForeignKey("stores.code"), nullable=False),
    Column("station", String(CODE), nullable=False),
    Column("sku", String(64), nullable=False),
    Column("quantity_milli", BigInteger, nullable=False),
    Column("reason", String(CODE), nullable=False),
    Column("doc_ref", String(64), nullable=False),
    Column("at", String(TIME), nullable=False),
    Index(None, "sku", "store"),
)

products = Table(
    "products",
    metadata,
    Column("sku", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("barcodes", Text, nullable=False),  # JSON list of strings
    Column("price_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("tax_code", String(16), nullable=False),
    Column("tax_rate", String(16), nullable=False),
    Column("category", String(100), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("updated_at", String(TIME), nullable=False),
    Column("unit", String(8)),  # "pc" | "kg" | "l" | "m"; NULL: never sent, sold by the piece (h0008)
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("seq", SEQ, primary_key=True, autoincrement=True),  # the cursor
    Column("store", String(CODE), ForeignKey("stores.code")),  # NULL: every store
    Column("origin_station", String(CODE)),  # not fed back to the station it came from
    Column("kind", String(CODE), nullable=False),
    Column("data", Text, nullable=False),  # JSON object
    Column("created_at", String(TIME), nullable=False),
    Index(None, "store", "seq"),
)

# The feature packages put their tables on the same metadata (each in its models.py); importing
# them here lets Alembic's comparison (tests/hub/test_schema.py) see every table.
from .orders import models as orders_models  # noqa: E402,F401
from .returns import models as returns_models  # noqa: E402,F401
from .shifts.models import shift_closes  # noqa: E402,F401  (read by reports/ too)
from .stock import models as stock_models  # noqa: E402,F401

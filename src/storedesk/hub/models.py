"""The hub's shared tables (SQLAlchemy Core) and the metadata of every table, the feature packages'
included. Alembic migrations create them; a test checks the two agree.

Money is BIGINT minor units and quantities BIGINT thousandths: no Float or Numeric column
exists, so no amount is ever rounded by a driver. Instants are UTC ISO text (see times.py). The
columns that mean the same in several tables (a store, money, a document's lines...) are made by
columns.py.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, Index, MetaData, String, Table, Text

from . import columns as col

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

stores = Table(
    "stores",
    metadata,
    Column("code", String(col.CODE), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("timezone", String(64), nullable=False),
    # Decimal degrees as text ("48.8566"): exact, and no float column in the schema.
    Column("lat", String(16)),
    Column("lon", String(16)),
    Column("created_at", String(col.TIME), nullable=False),
    # "store" (a shop with stations) | "warehouse" (no station: stock from the ERP) (h0013)
    Column("kind", String(16), nullable=False, server_default="store"),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", col.SEQ, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # station | channel | erp
    col.store(nullable=True),
    Column("station", String(col.CODE)),
    Column("name", String(200), nullable=False),
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("created_at", String(col.TIME), nullable=False),
    Column("revoked_at", String(col.TIME)),
    Index(None, "store", "station"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(col.ID), primary_key=True),  # the station's uuid: the idempotency key
    Column("kind", String(col.CODE), nullable=False),
    col.store(),
    col.station(),
    Column("created_at", String(col.TIME)),  # the station's clock, as sent
    Column("occurred_at", String(col.TIME)),  # UTC time of the business fact (sale time...)
    Column("business_date", Date),  # its day in the store's time zone
    Column("doc_ref", String(64)),  # receipt number, when there is one
    Column("payload", Text, nullable=False),  # canonical JSON
    Column("payload_sha256", String(64), nullable=False),  # of kind + canonical JSON
    Column("status", String(16), nullable=False),  # accepted | rejected
    Column("reason", Text, nullable=False),
    Column("received_at", String(col.TIME), nullable=False),
    Index(None, "store", "business_date", "status"),
    Index(None, "store", "station", "id"),  # a station reads back its own events (stations/api.py)
)

stock_movements = Table(
    "stock_movements",
    metadata,
    Column("id", String(col.ID), primary_key=True),  # global uuid: stores converge by set union
    col.event(unique=False),
    col.store(),
    col.station(),
    Column("sku", String(col.SKU), nullable=False),
    *col.milli("quantity_milli"),
    Column("reason", String(col.CODE), nullable=False),
    Column("doc_ref", String(64), nullable=False),
    Column("at", String(col.TIME), nullable=False),
    Index(None, "sku", "store"),
)

products = Table(
    "products",
    metadata,
    Column("sku", String(col.SKU), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("barcodes", Text, nullable=False),  # JSON list of strings
    *col.minor("price_minor"),
    Column("currency", String(3), nullable=False),
    *col.tax(),
    Column("category", String(100), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("updated_at", String(col.TIME), nullable=False),
    Column("unit", String(8)),  # "pc" | "kg" | "l" | "m"; NULL: never sent, sold by the piece (h0008)
    Column("kind", String(16)),  # "gift_card"; NULL: goods (h0019)
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("seq", col.SEQ, primary_key=True, autoincrement=True),  # the cursor
    col.store(nullable=True),  # NULL: every store
    Column("origin_station", String(col.CODE)),  # not fed back to the station it came from
    Column("kind", String(col.CODE), nullable=False),
    Column("data", Text, nullable=False),  # JSON object
    Column("created_at", String(col.TIME), nullable=False),
    Index(None, "store", "seq"),
)

# The feature packages put their tables on the same metadata (each in its models.py); importing
# them here lets Alembic's comparison (tests/hub/test_schema.py) see every table.
from .catalog import models as catalog_models  # noqa: E402,F401
from .customers import models as customers_models  # noqa: E402,F401
from .fiscal import models as fiscal_models  # noqa: E402,F401
from .gift_cards import models as gift_card_models  # noqa: E402,F401
from .orders import models as orders_models  # noqa: E402,F401
from .promotions import models as promotions_models  # noqa: E402,F401
from .returns import models as returns_models  # noqa: E402,F401
from .sales import models as sales_models  # noqa: E402,F401
from .settings import models as settings_models  # noqa: E402,F401
from .shifts.models import shift_closes  # noqa: E402,F401  (read by reports/ too)
from .staff import models as staff_models  # noqa: E402,F401
from .stations import models as stations_models  # noqa: E402,F401
from .stock import models as stock_models  # noqa: E402,F401

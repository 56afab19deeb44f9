"""The columns that mean the same in every hub table that has them, for models.py and the features'
models.py: `col.store()`, `col.minor("total_minor", ...)`, `*col.part_of("sale_id", "sales.sale_id")`.

One definition per meaning: a store's code is always String(CODE) referring to stores.code, money
always BIGINT minor units, a quantity BIGINT thousandths, an instant UTC ISO text (times.py). Each
call makes new Column objects (a Column belongs to one table); the Alembic comparison
(tests/hub/test_schema.py) checks the tables still match the migrations.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Column, Date, ForeignKey, Integer, String

ID = 32  # a uuid in hex, as stations make them
CODE = 32
TIME = 40
SKU = 64
NUMBER = 64  # a station's document number (receipt, return, transfer...)

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT identity.
SEQ = BigInteger().with_variant(Integer(), "sqlite")


def store(name: str = "store", nullable: bool = False, **kw: Any) -> Column:
    """A store's code (stores.code): the document's store unless the name says otherwise."""
    return Column(name, String(CODE), ForeignKey("stores.code"), nullable=nullable, **kw)


def station(name: str = "station") -> Column:
    """A station's code within its store (the station that made the document)."""
    return Column(name, String(CODE), nullable=False)


def event(unique: bool = True) -> Column:
    """The event that brought the row (events.id); a document comes in exactly one event."""
    return Column("event_id", String(ID), ForeignKey("events.id"), nullable=False, unique=unique or None)


def minor(*names: str) -> list[Column]:
    """Money: BIGINT minor units, never NULL."""
    return [Column(name, BigInteger, nullable=False) for name in names]


def milli(*names: str) -> list[Column]:
    """Quantities: BIGINT thousandths (1.5 kg = 1500), never NULL."""
    return [Column(name, BigInteger, nullable=False) for name in names]


def times(*names: str) -> list[Column]:
    """Instants every row has (UTC ISO text)."""
    return [Column(name, String(TIME), nullable=False) for name in names]


def product() -> list[Column]:
    """What names a product on a document line, as it was sold (or ordered): SKU and name."""
    return [Column("sku", String(SKU), nullable=False), Column("name", String(200), nullable=False)]


def tax(prefix: str = "tax_") -> list[Column]:
    """A tax code and its rate as decimal text ("20", "5.5")."""
    return [Column(f"{prefix}code", String(16), nullable=False), Column(f"{prefix}rate", String(16), nullable=False)]


def part_of(owner: str, parent: str, number: str = "line") -> list[Column]:
    """The key of a document's part: the document's id (`parent`, "table.column") and the part's
    number within it (a line, a position)."""
    return [
        Column(owner, String(ID), ForeignKey(parent), primary_key=True),
        Column(number, Integer, primary_key=True),
    ]


def tax_rows(owner: str, parent: str) -> list[Column]:
    """A received document's tax table: one row per rate, net + tax = gross (validation.tax_rows
    writes them, for sales and returns alike)."""
    return [*part_of(owner, parent, "position"), *tax(prefix=""), *minor("net_minor", "tax_minor", "gross_minor")]


def received_document(id_name: str, number: str) -> list[Column]:
    """The head of a numbered document a station sends in an event (a sale, a return): its id, the
    event, its number (unique per station: h0006, ownership.py), its store and station, the clerk."""
    return [
        Column(id_name, String(ID), primary_key=True),
        event(),
        Column(number, String(NUMBER), nullable=False),
        store(),
        station(),
        Column("user_name", String(64), nullable=False),
    ]


def business_day() -> list[Column]:
    """When a received document happened, its day in the store's time zone, and its currency."""
    return [
        Column("at", String(TIME), nullable=False),
        Column("business_date", Date, nullable=False),
        Column("currency", String(3), nullable=False),
    ]


def order_record() -> list[Column]:
    """The key of a web order's records (its routing decisions, its history, its notifications): a
    sequence, and the order (orders/models.py)."""
    return [
        Column("id", SEQ, primary_key=True, autoincrement=True),
        Column("order_id", String(ID), ForeignKey("orders.id"), nullable=False),
    ]

"""Documents are unique per (store, station, number) (issue 12).

Revision ID: h0006
Revises: h0005

A receipt, return or transfer number was unique on its own, so the first token to send a
number held it, whoever made it: another store's token could take "S2-T2-000004" and S2's real
4th sale was then refused. The hub now refuses numbers that are not the sender's (ownership.py),
and each number is unique per (store, station, number): a number already taken by another
store before this upgrade no longer blocks its owner. Receipts keep an index on the number
alone (a return desk looks them up by number).

SQLite cannot drop a constraint: batch_alter_table copies the table into a new one. `sales` and
`returns` are parents of other tables' foreign keys, and the hub's connection has them ON
inside the migration's transaction, so dropping a table that still has rows would fail. Their
rows are set aside first, the (now empty) table is rebuilt, and the rows are put back; foreign
keys are deferred to the commit meanwhile (PRAGMA defer_foreign_keys, reset at COMMIT), where
SQLite checks that every child row has its parent again.
"""

import sqlalchemy as sa
from alembic import op

revision = "h0006"
down_revision = "h0005"

# table: (old unique constraint, its columns, new unique constraint, its columns)
CHANGES = (
    ("sales", "uq_sales_receipt_no", ["receipt_no"],
     "uq_sales_store_station_receipt_no", ["store", "station", "receipt_no"]),
    ("returns", "uq_returns_return_no", ["return_no"],
     "uq_returns_store_station_return_no", ["store", "station", "return_no"]),
    ("transfers", "uq_transfers_number", ["number"],
     "uq_transfers_from_store_from_station_number", ["from_store", "from_station", "number"]),
)
SALES_NUMBER_INDEX = "ix_sales_receipt_no"


def _swap(table: str, drop: str, create: str, columns: list[str]) -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    keep = f"_h0006_{table}"
    names = ""
    if sqlite:
        names = ", ".join(f'"{c["name"]}"' for c in sa.inspect(bind).get_columns(table))
        op.execute("PRAGMA defer_foreign_keys = ON")
        op.execute(f'CREATE TEMP TABLE "{keep}" AS SELECT {names} FROM "{table}"')
        op.execute(f'DELETE FROM "{table}"')
    with op.batch_alter_table(table) as batch:
        batch.drop_constraint(drop, type_="unique")
        batch.create_unique_constraint(create, columns)
    if sqlite:
        op.execute(f'INSERT INTO "{table}" ({names}) SELECT {names} FROM "{keep}"')
        op.execute(f'DROP TABLE "{keep}"')


def upgrade():
    for table, old, _old_cols, new, new_cols in CHANGES:
        _swap(table, old, new, new_cols)
    op.create_index(SALES_NUMBER_INDEX, "sales", ["receipt_no"])


def downgrade():
    """Fails if two stations' documents now share a number (that is what the upgrade allows)."""
    op.drop_index(SALES_NUMBER_INDEX, table_name="sales")
    for table, old, old_cols, new, _new_cols in CHANGES:
        _swap(table, new, old, old_cols)

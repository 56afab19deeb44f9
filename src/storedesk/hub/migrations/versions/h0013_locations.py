"""Warehouses beside stores, and on-hand balances kept with the ledger (issue 17).

Revision ID: h0013
Revises: h0012

`stores.kind`: "store" (a shop with stations) or "warehouse" (`storedesk-hub add-warehouse`: no
station; its stock comes from the ERP, hub/stock/erp.py). Every row already there is a store.

`stock_balances`: on-hand per (sku, location), the sum of `stock_movements`, kept in the same
transaction as every ledger insert (hub/stock/ledger.py), so availability (GET /v1/availability)
and routing read one row per location instead of summing the ledger. Filled here from the
ledger as it stands. `movements` counts the ledger rows summed (GET /v1/stock shows it).
"""

import sqlalchemy as sa
from alembic import op

revision = "h0013"
down_revision = "h0012"


def upgrade():
    with op.batch_alter_table("stores") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="store"))
    op.create_table(
        "stock_balances",
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("on_hand_milli", sa.BigInteger(), nullable=False),
        sa.Column("movements", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sku", "store", name="pk_stock_balances"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_stock_balances_store_stores"),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO stock_balances (sku, store, on_hand_milli, movements) "
        "SELECT sku, store, SUM(quantity_milli), COUNT(*) FROM stock_movements GROUP BY sku, store"
    )


def downgrade():
    op.drop_table("stock_balances")
    with op.batch_alter_table("stores") as batch:
        batch.drop_column("kind")

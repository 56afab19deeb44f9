"""Orders a store's till places for its customers (issue 17, endless aisle).

Revision ID: h0016
Revises: h0015

A till orders for its customer with its station token (hub/orders/store_orders.py): the order's
channel is "store:<code>", its payment "paid_in_store" (the customer paid in the till's sale), and
two new columns say which sale paid it: orders.sale_station (the till) and orders.sale_ref (the
till's basket/sale id, which the till gives again to cancel the order when its sale did not
complete). Both are NULL for every other order. orders.id of a till's order is the station's uuid.
"""

import sqlalchemy as sa
from alembic import op

revision = "h0016"
down_revision = "h0015"


def upgrade():
    op.add_column("orders", sa.Column("sale_station", sa.String(32), nullable=True))
    op.add_column("orders", sa.Column("sale_ref", sa.String(64), nullable=True))


def downgrade():
    # plain ALTER TABLE ... DROP COLUMN: PostgreSQL, and SQLite >= 3.35 (neither column is indexed)
    op.execute("ALTER TABLE orders DROP COLUMN sale_ref")
    op.execute("ALTER TABLE orders DROP COLUMN sale_station")

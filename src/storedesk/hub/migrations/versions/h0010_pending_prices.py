"""Prices with a later valid_from (issue 15): pending_prices.

Revision ID: h0010
Revises: h0009

`storedesk-hub catalog import` keeps a row's price whose valid_from is still to come here, one row
per (sku, valid_from), and sends it to every station as a "pending_price" feed item; each station
switches when its own store's clock shows valid_from (the store's local date-time to the minute,
"2026-03-01T00:00", the same text for every store: domain/price_schedule.py). `folded_at`: when the
hub's own products row took the price, once valid_from had come in every store (hub/catalog/pending.py).
"""

import sqlalchemy as sa
from alembic import op

revision = "h0010"
down_revision = "h0009"


def upgrade():
    op.create_table(
        "pending_prices",
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("valid_from", sa.String(16), nullable=False),
        sa.Column("price_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("folded_at", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("sku", "valid_from", name="pk_pending_prices"),
        sa.ForeignKeyConstraint(["sku"], ["products.sku"], name="fk_pending_prices_sku_products"),
    )
    op.create_index("ix_pending_prices_folded_at_valid_from", "pending_prices", ["folded_at", "valid_from"])


def downgrade():
    op.drop_index("ix_pending_prices_folded_at_valid_from", table_name="pending_prices")
    op.drop_table("pending_prices")

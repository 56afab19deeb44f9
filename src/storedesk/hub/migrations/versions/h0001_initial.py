"""Hub schema: stores, tokens, events, sales, stock ledger, catalog, feed.

Revision ID: h0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "h0001"
down_revision = None

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade():
    op.create_table(
        "stores",
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("lat", sa.String(16)),
        sa.Column("lon", sa.String(16)),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_stores"),
    )
    op.create_table(
        "tokens",
        sa.Column("id", SEQ, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("store", sa.String(32)),
        sa.Column("station", sa.String(32)),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("revoked_at", sa.String(40)),
        sa.PrimaryKeyConstraint("id", name="pk_tokens"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_tokens_store_stores"),
        sa.UniqueConstraint("token_sha256", name="uq_tokens_token_sha256"),
    )
    op.create_index("ix_tokens_store_station", "tokens", ["store", "station"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("created_at", sa.String(40)),
        sa.Column("occurred_at", sa.String(40)),
        sa.Column("business_date", sa.Date()),
        sa.Column("doc_ref", sa.String(64)),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("payload_sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_events_store_stores"),
    )
    op.create_index("ix_events_store_business_date_status", "events", ["store", "business_date", "status"])
    op.create_table(
        "sales",
        sa.Column("sale_id", sa.String(32), nullable=False),
        sa.Column("event_id", sa.String(32), nullable=False),
        sa.Column("receipt_no", sa.String(64), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("prices_include_tax", sa.Boolean(), nullable=False),
        sa.Column("total_minor", sa.BigInteger(), nullable=False),
        sa.Column("rounding_minor", sa.BigInteger(), nullable=False),
        sa.Column("change_minor", sa.BigInteger(), nullable=False),
        sa.Column("discount_minor", sa.BigInteger(), nullable=False),
        sa.Column("voided_lines", sa.Integer(), nullable=False),
        sa.Column("overrides", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sale_id", name="pk_sales"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_sales_event_id_events"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_sales_store_stores"),
        sa.UniqueConstraint("event_id", name="uq_sales_event_id"),
        sa.UniqueConstraint("receipt_no", name="uq_sales_receipt_no"),
    )
    op.create_index("ix_sales_store_business_date", "sales", ["store", "business_date"])
    op.create_table(
        "sale_lines",
        sa.Column("sale_id", sa.String(32), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("unit_price_minor", sa.BigInteger(), nullable=False),
        sa.Column("discount_minor", sa.BigInteger(), nullable=False),
        sa.Column("tax_code", sa.String(16), nullable=False),
        sa.Column("tax_rate", sa.String(16), nullable=False),
        sa.Column("tax_minor", sa.BigInteger(), nullable=False),
        sa.Column("gross_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sale_id", "line", name="pk_sale_lines"),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.sale_id"], name="fk_sale_lines_sale_id_sales"),
    )
    op.create_table(
        "sale_taxes",
        sa.Column("sale_id", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("rate", sa.String(16), nullable=False),
        sa.Column("net_minor", sa.BigInteger(), nullable=False),
        sa.Column("tax_minor", sa.BigInteger(), nullable=False),
        sa.Column("gross_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sale_id", "position", name="pk_sale_taxes"),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.sale_id"], name="fk_sale_taxes_sale_id_sales"),
    )
    op.create_table(
        "sale_payments",
        sa.Column("sale_id", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("sale_id", "position", name="pk_sale_payments"),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.sale_id"], name="fk_sale_payments_sale_id_sales"),
    )
    op.create_table(
        "stock_movements",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("event_id", sa.String(32), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("doc_ref", sa.String(64), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stock_movements"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_stock_movements_event_id_events"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_stock_movements_store_stores"),
    )
    op.create_index("ix_stock_movements_sku_store", "stock_movements", ["sku", "store"])
    op.create_table(
        "products",
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("barcodes", sa.Text(), nullable=False),
        sa.Column("price_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("tax_code", sa.String(16), nullable=False),
        sa.Column("tax_rate", sa.String(16), nullable=False),
        sa.Column("category", sa.String(100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("sku", name="pk_products"),
    )
    op.create_table(
        "feed_items",
        sa.Column("seq", SEQ, autoincrement=True, nullable=False),
        sa.Column("store", sa.String(32)),
        sa.Column("origin_station", sa.String(32)),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_feed_items"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_feed_items_store_stores"),
    )
    op.create_index("ix_feed_items_store_seq", "feed_items", ["store", "seq"])


def downgrade():
    for table in ("feed_items", "products", "stock_movements", "sale_payments", "sale_taxes", "sale_lines",
                  "sales", "events", "tokens", "stores"):
        op.drop_table(table)

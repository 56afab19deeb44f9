"""Tables of models_orders.py: web orders for click-and-collect, their lines, routing decisions,
status history, the notifications outbox and each store's pickup settings.

Revision ID: h0003
Revises: h0002
"""

import sqlalchemy as sa
from alembic import op

revision = "h0003"
down_revision = "h0002"

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
T = 40


def upgrade():
    op.create_table(
        "pickup_stores",
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("safety_stock_milli", sa.BigInteger(), nullable=False),
        sa.Column("hold_days", sa.Integer(), nullable=False),
        sa.Column("reminder_days", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(T), nullable=False),
        sa.PrimaryKeyConstraint("store", name="pk_pickup_stores"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_pickup_stores_store_stores"),
    )
    op.create_table(
        "orders",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("no", sa.BigInteger(), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(200), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=False),
        sa.Column("request_sha256", sa.String(64), nullable=False),
        sa.Column("pickup_store", sa.String(32), nullable=False),
        sa.Column("store", sa.String(32), nullable=True),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("payment", sa.String(16), nullable=False),
        sa.Column("total_minor", sa.BigInteger(), nullable=False),
        sa.Column("paid_minor", sa.BigInteger(), nullable=False),
        sa.Column("customer_name", sa.String(200), nullable=False),
        sa.Column("customer_email", sa.String(254), nullable=False),
        sa.Column("customer_phone", sa.String(32), nullable=False),
        sa.Column("pickup_code", sa.String(16), nullable=False),
        sa.Column("created_at", sa.String(T), nullable=False),
        sa.Column("updated_at", sa.String(T), nullable=False),
        sa.Column("due_at", sa.String(T), nullable=True),
        sa.Column("ready_at", sa.String(T), nullable=True),
        sa.Column("expires_at", sa.String(T), nullable=True),
        sa.Column("conflict", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_orders"),
        sa.ForeignKeyConstraint(["pickup_store"], ["stores.code"], name="fk_orders_pickup_store_stores"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_orders_store_stores"),
        sa.UniqueConstraint("no", name="uq_orders_no"),
        sa.UniqueConstraint("number", name="uq_orders_number"),
        sa.UniqueConstraint("channel", "idempotency_key", name="uq_orders_channel_idempotency_key"),
    )
    op.create_index("ix_orders_store_status", "orders", ["store", "status"])
    op.create_index("ix_orders_status_expires_at", "orders", ["status", "expires_at"])
    op.create_table(
        "order_lines",
        sa.Column("order_id", sa.String(32), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("unit_price_minor", sa.BigInteger(), nullable=False),
        sa.Column("picked_milli", sa.BigInteger(), nullable=False),
        sa.Column("rejected_milli", sa.BigInteger(), nullable=False),
        sa.Column("reject_reason", sa.String(32), nullable=True),
        sa.Column("collected_milli", sa.BigInteger(), nullable=False),
        sa.Column("cancelled_milli", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("order_id", "line", name="pk_order_lines"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name="fk_order_lines_order_id_orders"),
    )
    op.create_index("ix_order_lines_sku", "order_lines", ["sku"])
    op.create_table(
        "order_routing",
        sa.Column("id", SEQ, autoincrement=True, nullable=False),
        sa.Column("order_id", sa.String(32), nullable=False),
        sa.Column("at", sa.String(T), nullable=False),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("store", sa.String(32), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_order_routing"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name="fk_order_routing_order_id_orders"),
    )
    op.create_index("ix_order_routing_order_id", "order_routing", ["order_id"])
    op.create_table(
        "order_history",
        sa.Column("id", SEQ, autoincrement=True, nullable=False),
        sa.Column("order_id", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(T), nullable=False),
        sa.Column("recorded_at", sa.String(T), nullable=False),
        sa.Column("from_status", sa.String(32), nullable=True),
        sa.Column("to_status", sa.String(32), nullable=False),
        sa.Column("actor_kind", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("user_name", sa.String(64), nullable=True),
        sa.Column("event_id", sa.String(32), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_order_history"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name="fk_order_history_order_id_orders"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_order_history_event_id_events"),
    )
    op.create_index("ix_order_history_order_id", "order_history", ["order_id"])
    op.create_table(
        "notifications",
        sa.Column("id", SEQ, autoincrement=True, nullable=False),
        sa.Column("order_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("medium", sa.String(8), nullable=False),
        sa.Column("recipient", sa.String(254), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(T), nullable=False),
        sa.Column("sent_at", sa.String(T), nullable=True),
        sa.Column("sender", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_notifications"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name="fk_notifications_order_id_orders"),
        sa.UniqueConstraint("order_id", "kind", name="uq_notifications_order_id_kind"),
    )
    op.create_index("ix_notifications_sent_at", "notifications", ["sent_at"])


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")

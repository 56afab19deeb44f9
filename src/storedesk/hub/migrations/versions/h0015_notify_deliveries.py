"""Notifications that reach people (issue 17): each notification's delivery.

Revision ID: h0015
Revises: h0014

`notify_deliveries`: one row per notification (hub/orders/deliveries.py): pending, sending (claimed
by one `storedesk-hub notify` process until `claimed_until`), delivered or failed; how many tries,
when the next one is due and the last error. A row is claimed by an UPDATE in its own transaction,
so several hub processes never send the same notification twice once it is delivered. A row is
made at a notification's first try (until then: pending, due). The notifications already sent get
theirs now (delivered), so the table tells every delivery; those waiting get a pending one.
"""

import sqlalchemy as sa
from alembic import op

revision = "h0015"
down_revision = "h0014"

T = 40


def upgrade():
    op.create_table(
        "notify_deliveries",
        sa.Column("notification_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("next_try_at", sa.String(T), nullable=False),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("claimed_until", sa.String(T), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("delivered_at", sa.String(T), nullable=True),
        sa.Column("updated_at", sa.String(T), nullable=False),
        sa.PrimaryKeyConstraint("notification_id", name="pk_notify_deliveries"),
        sa.ForeignKeyConstraint(
            ["notification_id"], ["notifications.id"], name="fk_notify_deliveries_notification_id_notifications"
        ),
    )
    op.create_index("ix_notify_deliveries_status_next_try_at", "notify_deliveries", ["status", "next_try_at"])
    op.execute(
        "INSERT INTO notify_deliveries (notification_id, status, tries, next_try_at, delivered_at, updated_at) "
        "SELECT id, CASE WHEN sent_at IS NULL THEN 'pending' ELSE 'delivered' END, "
        "CASE WHEN sent_at IS NULL THEN 0 ELSE 1 END, created_at, sent_at, created_at FROM notifications"
    )


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")

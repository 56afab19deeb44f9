"""Chain staff: the users the hub manages for each store (issue 15).

Revision ID: h0009
Revises: h0008

`storedesk-hub staff add|list|disable|enable|role|pin-reset` (hub/staff/) keeps one row per
(store, username) and sends each change to the store's stations as a "staff" feed item. Only
the PIN's scrypt hash is kept (domain/auth.py, the scheme the stations verify), never a PIN.
`rev` grows by one at every change and `pin_rev` at every PIN set: a station applies an item
only when it is newer than what it holds, and keeps a PIN the person chose at first sign-in
until the hub sets another. Staff are disabled, never deleted.
"""

import sqlalchemy as sa
from alembic import op

revision = "h0009"
down_revision = "h0008"


def upgrade():
    op.create_table(
        "staff",
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("username", sa.String(24), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("pin_change_required", sa.Boolean(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("pin_rev", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("store", "username", name="pk_staff"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_staff_store_stores"),
    )


def downgrade():
    op.drop_table("staff")

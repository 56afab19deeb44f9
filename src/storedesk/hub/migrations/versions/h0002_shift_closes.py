"""Shift closes (Z totals) sent by stations, for the ERP's day totals.

Revision ID: h0002
Revises: h0001
"""

import sqlalchemy as sa
from alembic import op

revision = "h0002"
down_revision = "h0001"


def upgrade():
    op.create_table(
        "shift_closes",
        sa.Column("event_id", sa.String(32), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("shift_id", sa.String(32), nullable=False),
        sa.Column("z_no", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.String(40), nullable=False),
        sa.Column("sales_count", sa.Integer(), nullable=False),
        sa.Column("gross_minor", sa.BigInteger(), nullable=False),
        sa.Column("cash_expected_minor", sa.BigInteger(), nullable=False),
        sa.Column("cash_counted_minor", sa.BigInteger(), nullable=False),
        sa.Column("cash_difference_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name="pk_shift_closes"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_shift_closes_event_id_events"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_shift_closes_store_stores"),
        sa.UniqueConstraint("shift_id", name="uq_shift_closes_shift_id"),
        sa.UniqueConstraint("store", "station", "z_no", name="uq_shift_closes_store_station_z_no"),
    )
    op.create_index("ix_shift_closes_store_business_date", "shift_closes", ["store", "business_date"])


def downgrade():
    op.drop_index("ix_shift_closes_store_business_date", "shift_closes")
    op.drop_table("shift_closes")

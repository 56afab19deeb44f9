"""Tables of models_stock.py: advance shipping notices and transfers between stores.

Revision ID: h0005
Revises: h0004
"""

import sqlalchemy as sa
from alembic import op

revision = "h0005"
down_revision = "h0004"


def upgrade():
    op.create_table(
        "asns",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("supplier", sa.String(200), nullable=False),
        sa.Column("expected_at", sa.String(40), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("received_event_id", sa.String(32), nullable=True),
        sa.Column("received_station", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_asns"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_asns_store_stores"),
        sa.UniqueConstraint("store", "number", name="uq_asns_store_number"),
    )
    op.create_index("ix_asns_store_status", "asns", ["store", "status"])
    op.create_table(
        "transfers",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("event_id", sa.String(32), nullable=False),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("from_store", sa.String(32), nullable=False),
        sa.Column("from_station", sa.String(32), nullable=False),
        sa.Column("to_store", sa.String(32), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("received_event_id", sa.String(32), nullable=True),
        sa.Column("received_station", sa.String(32), nullable=True),
        sa.Column("received_at", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_transfers"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_transfers_event_id_events"),
        sa.ForeignKeyConstraint(["from_store"], ["stores.code"], name="fk_transfers_from_store_stores"),
        sa.ForeignKeyConstraint(["to_store"], ["stores.code"], name="fk_transfers_to_store_stores"),
        sa.UniqueConstraint("event_id", name="uq_transfers_event_id"),
        sa.UniqueConstraint("number", name="uq_transfers_number"),
    )
    op.create_index("ix_transfers_to_store_status", "transfers", ["to_store", "status"])


def downgrade():
    op.drop_index("ix_transfers_to_store_status", "transfers")
    op.drop_table("transfers")
    op.drop_index("ix_asns_store_status", "asns")
    op.drop_table("asns")

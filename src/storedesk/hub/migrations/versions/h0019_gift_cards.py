"""Gift cards at the hub (issue 18): cards and their balance operations, and a product's kind.

Revision ID: h0019
Revises: h0018

- gift_cards / gift_card_ops: see hub/gift_cards/models.py.
- products.kind: "gift_card" for a product that sells gift cards; NULL = goods (as before).
"""

import sqlalchemy as sa
from alembic import op

revision = "h0019"
down_revision = "h0018"


def upgrade():
    op.create_table(
        "gift_cards",
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("balance_minor", sa.BigInteger(), nullable=False),
        sa.Column("loaded_minor", sa.BigInteger(), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("sale_id", sa.String(32), nullable=False),
        sa.Column("activated_at", sa.String(40), nullable=False),
        sa.Column("last_used_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_gift_cards"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_gift_cards_store_stores"),
    )
    op.create_table(
        "gift_card_ops",
        sa.Column("op_id", sa.String(64), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("balance_after_minor", sa.BigInteger(), nullable=False),
        sa.Column("ref", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("cancelled_at", sa.String(40)),
        sa.PrimaryKeyConstraint("op_id", name="pk_gift_card_ops"),
        sa.ForeignKeyConstraint(["code"], ["gift_cards.code"], name="fk_gift_card_ops_code_gift_cards"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_gift_card_ops_store_stores"),
    )
    op.create_index("ix_gift_card_ops_code", "gift_card_ops", ["code"])
    op.add_column("products", sa.Column("kind", sa.String(16), nullable=True))


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")

"""Gift card loads the hub refused (issue 18): a sale that sold a card the hub could not load.

Revision ID: h0020
Revises: h0019

- gift_card_exceptions: see hub/gift_cards/models.py. The sale itself is kept (the customer paid
  and the station recorded it); the card is left as it was and the refusal is recorded here, once
  per sale line, for a manager to settle (`storedesk-hub export gift-cards`).
"""

import sqlalchemy as sa
from alembic import op

revision = "h0020"
down_revision = "h0019"


def upgrade():
    op.create_table(
        "gift_card_exceptions",
        sa.Column("op_id", sa.String(64), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("sale_id", sa.String(32), nullable=False),
        sa.Column("ref", sa.String(64), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(255), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name="pk_gift_card_exceptions"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_gift_card_exceptions_store_stores"),
    )
    op.create_index("ix_gift_card_exceptions_code", "gift_card_exceptions", ["code"])


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")

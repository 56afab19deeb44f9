"""A tender taken at the hub is used up by the sale it paid (issue 18): it cannot be given back after.

Revision ID: h0021
Revises: h0020

- redemptions_consumed: a voucher's, gift card's or points' redemption used by a received sale
  whose payment named it (its redemption_id), once per redemption (hub/sales/models.py). A
  cancellation of it is refused from then on (409, hub/redemptions.py).
- sale_payment_mismatches: a received sale's payment whose redemption does not back it; the sale is
  kept and the mismatch listed for a manager (`storedesk-hub export payment-mismatches`).
"""

import sqlalchemy as sa
from alembic import op

revision = "h0021"
down_revision = "h0020"


def upgrade():
    op.create_table(
        "redemptions_consumed",
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("redemption_id", sa.String(32), nullable=False),
        sa.Column("sale_id", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("receipt_no", sa.String(64), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("consumed_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("kind", "redemption_id", name="pk_redemptions_consumed"),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.sale_id"], name="fk_redemptions_consumed_sale_id_sales"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_redemptions_consumed_store_stores"),
    )
    op.create_index("ix_redemptions_consumed_sale_id", "redemptions_consumed", ["sale_id"])
    op.create_table(
        "sale_payment_mismatches",
        sa.Column("sale_id", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("redemption_id", sa.String(32), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("receipt_no", sa.String(64), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(255), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("sale_id", "position", name="pk_sale_payment_mismatches"),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.sale_id"], name="fk_sale_payment_mismatches_sale_id_sales"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_sale_payment_mismatches_store_stores"),
    )
    op.create_index("ix_sale_payment_mismatches_redemption_id", "sale_payment_mismatches", ["redemption_id"])


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")

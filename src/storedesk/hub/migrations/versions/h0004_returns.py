"""Tables of models_returns.py: return grants, returns, over-return flags, vouchers.

Revision ID: h0004
Revises: h0003
"""

import sqlalchemy as sa
from alembic import op

revision = "h0004"
down_revision = "h0003"


def upgrade():
    op.create_table(
        "return_grants",
        sa.Column("grant_id", sa.String(32), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("sale_id", sa.String(32), nullable=False),
        sa.Column("ref", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("request_sha256", sa.String(64), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("expires_at", sa.String(40), nullable=False),
        sa.Column("closed_at", sa.String(40)),
        sa.Column("return_id", sa.String(32)),
        sa.PrimaryKeyConstraint("grant_id", name="pk_return_grants"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_return_grants_store_stores"),
    )
    op.create_index("ix_return_grants_sale_id_status", "return_grants", ["sale_id", "status"])
    op.create_table(
        "return_grant_lines",
        sa.Column("grant_id", sa.String(32), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("grant_id", "line", name="pk_return_grant_lines"),
        sa.ForeignKeyConstraint(["grant_id"], ["return_grants.grant_id"],
                                name="fk_return_grant_lines_grant_id_return_grants"),
    )
    op.create_table(
        "returns",
        sa.Column("return_id", sa.String(32), nullable=False),
        sa.Column("event_id", sa.String(32), nullable=False),
        sa.Column("return_no", sa.String(64), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("approver", sa.String(64), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("original_ref", sa.String(64), nullable=False),
        sa.Column("original_sale_id", sa.String(32), nullable=False),
        sa.Column("original_store", sa.String(32), nullable=False),
        sa.Column("grant_id", sa.String(32), nullable=False),
        sa.Column("grant_consumed", sa.Boolean(), nullable=False),
        sa.Column("offline", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("net_minor", sa.BigInteger(), nullable=False),
        sa.Column("tax_minor", sa.BigInteger(), nullable=False),
        sa.Column("total_minor", sa.BigInteger(), nullable=False),
        sa.Column("rounding_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("return_id", name="pk_returns"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_returns_event_id_events"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_returns_store_stores"),
        sa.UniqueConstraint("event_id", name="uq_returns_event_id"),
        sa.UniqueConstraint("return_no", name="uq_returns_return_no"),
    )
    op.create_index("ix_returns_original_ref", "returns", ["original_ref"])
    op.create_index("ix_returns_store_business_date", "returns", ["store", "business_date"])
    op.create_table(
        "return_lines",
        sa.Column("return_id", sa.String(32), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("original_line", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("refund_minor", sa.BigInteger(), nullable=False),
        sa.Column("tax_code", sa.String(16), nullable=False),
        sa.Column("tax_rate", sa.String(16), nullable=False),
        sa.Column("condition", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("return_id", "line", name="pk_return_lines"),
        sa.ForeignKeyConstraint(["return_id"], ["returns.return_id"], name="fk_return_lines_return_id_returns"),
    )
    op.create_table(
        "return_taxes",
        sa.Column("return_id", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("rate", sa.String(16), nullable=False),
        sa.Column("net_minor", sa.BigInteger(), nullable=False),
        sa.Column("tax_minor", sa.BigInteger(), nullable=False),
        sa.Column("gross_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("return_id", "position", name="pk_return_taxes"),
        sa.ForeignKeyConstraint(["return_id"], ["returns.return_id"], name="fk_return_taxes_return_id_returns"),
    )
    op.create_table(
        "return_payments",
        sa.Column("return_id", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("rounding_minor", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("return_id", "position", name="pk_return_payments"),
        sa.ForeignKeyConstraint(["return_id"], ["returns.return_id"], name="fk_return_payments_return_id_returns"),
    )
    op.create_table(
        "return_flags",
        sa.Column("flag_id", sa.String(32), nullable=False),
        sa.Column("return_id", sa.String(32), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("return_no", sa.String(64), nullable=False),
        sa.Column("original_ref", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("flag_id", name="pk_return_flags"),
        sa.ForeignKeyConstraint(["return_id"], ["returns.return_id"], name="fk_return_flags_return_id_returns"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_return_flags_store_stores"),
    )
    op.create_index("ix_return_flags_store_at", "return_flags", ["store", "at"])
    op.create_table(
        "vouchers",
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("issued_minor", sa.BigInteger(), nullable=False),
        sa.Column("balance_minor", sa.BigInteger(), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("return_id", sa.String(32), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_vouchers"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_vouchers_store_stores"),
        sa.ForeignKeyConstraint(["return_id"], ["returns.return_id"], name="fk_vouchers_return_id_returns"),
    )
    op.create_table(
        "voucher_redemptions",
        sa.Column("redemption_id", sa.String(32), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("station", sa.String(32), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("ref", sa.String(64), nullable=False),
        sa.Column("balance_after_minor", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("cancelled_at", sa.String(40)),
        sa.PrimaryKeyConstraint("redemption_id", name="pk_voucher_redemptions"),
        sa.ForeignKeyConstraint(["code"], ["vouchers.code"], name="fk_voucher_redemptions_code_vouchers"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_voucher_redemptions_store_stores"),
    )
    op.create_index("ix_voucher_redemptions_code", "voucher_redemptions", ["code"])


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")

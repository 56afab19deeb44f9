"""Customers and loyalty at the hub (issue 18): the customer master, the points ledger, and the
customer of each received sale (hub/customers/models.py says what each holds).

Revision ID: h0018
Revises: h0017
"""

import sqlalchemy as sa
from alembic import op

revision = "h0018"
down_revision = "h0017"

T = 40


def upgrade():
    op.create_table(
        "customers",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("card", sa.String(64), nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(32), nullable=True),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("customer_group", sa.String(32), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("consent_at", sa.String(T), nullable=True),
        sa.Column("created_at", sa.String(T), nullable=False),
        sa.Column("updated_at", sa.String(T), nullable=False),
        sa.Column("erased_at", sa.String(T), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_customers"),
        sa.UniqueConstraint("card", name="uq_customers_card"),
        sa.UniqueConstraint("phone", name="uq_customers_phone"),
        sa.UniqueConstraint("email", name="uq_customers_email"),
    )
    op.create_table(
        "loyalty_ledger",
        sa.Column("op_id", sa.String(40), nullable=False),
        sa.Column("customer_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("value_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=True),
        sa.Column("store", sa.String(32), nullable=True),
        sa.Column("station", sa.String(32), nullable=True),
        sa.Column("sale_id", sa.String(32), nullable=True),
        sa.Column("ref", sa.String(64), nullable=False),
        sa.Column("at", sa.String(T), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name="pk_loyalty_ledger"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_loyalty_ledger_store_stores"),
    )
    op.create_index("ix_loyalty_ledger_customer_id", "loyalty_ledger", ["customer_id"])
    op.create_index("ix_loyalty_ledger_store_at", "loyalty_ledger", ["store", "at"])
    op.create_table(
        "sale_customers",
        sa.Column("sale_id", sa.String(32), nullable=False),
        sa.Column("customer_id", sa.String(32), nullable=False),
        sa.Column("card", sa.String(64), nullable=True),
        sa.Column("points_earned", sa.BigInteger(), nullable=False),
        sa.Column("points_redeemed", sa.BigInteger(), nullable=False),
        sa.Column("earned_value_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sale_id", name="pk_sale_customers"),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.sale_id"], name="fk_sale_customers_sale_id_sales"),
    )
    op.create_index("ix_sale_customers_customer_id", "sale_customers", ["customer_id"])


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")

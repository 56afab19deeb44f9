"""Promotions at the hub (issue 18).

Revision ID: h0017
Revises: h0016

- `promotion_versions`: a row per promotions document put in force (`PUT /v1/promotions`,
  `storedesk-hub promotions import`); the latest row is the one in force, the rows before it its
  history. `version` is the SHA-256 of `document` (canonical JSON text, exactly what the stations
  receive in the "promotions" feed item and store as theirs).
- `sale_line_promotions`: what each promotion gave each line of a received sale (the sale event's
  optional per-line "promotions"), for the day totals' discounts by promotion.
"""

import sqlalchemy as sa
from alembic import op

revision = "h0017"
down_revision = "h0016"


def upgrade():
    op.create_table(
        "promotion_versions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("promotions", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_promotion_versions"),
    )
    op.create_table(
        "sale_line_promotions",
        sa.Column("sale_id", sa.String(32), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("promotion_id", sa.String(200), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sale_id", "line", "promotion_id", name="pk_sale_line_promotions"),
        sa.ForeignKeyConstraint(
            ["sale_id", "line"],
            ["sale_lines.sale_id", "sale_lines.line"],
            name="fk_sale_line_promotions_sale_id_sale_lines",
        ),
    )


def downgrade():
    op.drop_table("sale_line_promotions")
    op.drop_table("promotion_versions")

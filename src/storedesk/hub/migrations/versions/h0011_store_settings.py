"""Store settings and tax rates managed at the hub (issue 15).

Revision ID: h0011
Revises: h0010

- `store_settings`: the settings the hub manages for each store (`storedesk-hub store-settings
  STORE --set KEY=VALUE`), checked with the station's own rules (domain/store_settings.py) and
  sent to every station of the store through the feed ("store_settings" items).
- `tax_rates`: each tax code's rate from a local date on (`storedesk-hub tax set CODE RATE
  --valid-from DATE`). A rate is never changed from a day that has begun: a new rate starts on a
  later day, and every sale keeps the rate it was sold at. Sent to every station ("tax_rate").
"""

import sqlalchemy as sa
from alembic import op

revision = "h0011"
down_revision = "h0010"

T = 40


def upgrade():
    op.create_table(
        "store_settings",
        sa.Column("store", sa.String(32), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(T), nullable=False),
        sa.PrimaryKeyConstraint("store", "key", name="pk_store_settings"),
        sa.ForeignKeyConstraint(["store"], ["stores.code"], name="fk_store_settings_store_stores"),
    )
    op.create_table(
        "tax_rates",
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate", sa.String(16), nullable=False),
        sa.Column("label", sa.String(40), nullable=False),
        sa.Column("created_at", sa.String(T), nullable=False),
        sa.PrimaryKeyConstraint("code", "valid_from", name="pk_tax_rates"),
    )


def downgrade():
    op.drop_table("tax_rates")
    op.drop_table("store_settings")

"""The unit a product is sold in, on the hub's catalog (issue 13).

Revision ID: h0008
Revises: h0007

PUT /v1/products takes an optional "unit" per product: "pc" (by the piece, whole quantities),
"kg", "l" or "m" (weighed or measured, decimals to the unit's precision; domain/units.py).
NULL means the ERP never said: the product is sold by the piece, and its feed item carries no
"unit", so a station keeps the unit it has (hub/catalog.py). An import without "unit" leaves
a stored unit as it was. Existing rows get NULL: nothing the ERP sent before is changed.
"""

import sqlalchemy as sa
from alembic import op

revision = "h0008"
down_revision = "h0007"


def upgrade():
    op.add_column("products", sa.Column("unit", sa.String(8), nullable=True))


def downgrade():
    with op.batch_alter_table("products") as batch:
        batch.drop_column("unit")

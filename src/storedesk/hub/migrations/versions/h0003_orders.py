"""Tables of models_orders.py.

Revision ID: h0003
Revises: h0002
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "h0003"
down_revision = "h0002"


def upgrade():
    pass


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")

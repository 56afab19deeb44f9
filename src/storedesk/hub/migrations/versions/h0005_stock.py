"""Tables of models_stock.py.

Revision ID: h0005
Revises: h0004
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "h0005"
down_revision = "h0004"


def upgrade():
    pass


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")

"""Tables of models_returns.py.

Revision ID: h0004
Revises: h0003
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "h0004"
down_revision = "h0003"


def upgrade():
    pass


def downgrade():
    raise NotImplementedError("the hub schema is never downgraded; restore a backup instead")

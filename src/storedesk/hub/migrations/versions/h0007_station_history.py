"""What a restored station reads back of its own documents (issue 12).

Revision ID: h0007
Revises: h0006
"""

from alembic import op  # noqa: F401

revision = "h0007"
down_revision = "h0006"


def upgrade():
    pass


def downgrade():
    pass

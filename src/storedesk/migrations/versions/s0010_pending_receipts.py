"""Receipts whose PDF could not be written yet (issue 12).

Revision ID: s0010
Revises: s0009
"""

from alembic import op

revision = "s0010"
down_revision = "s0009"

STATEMENTS: list[str] = []


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

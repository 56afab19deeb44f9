"""Restore from backup: what the station knows it must catch up from the hub (issue 12).

Revision ID: s0008
Revises: s0007
"""

from alembic import op

revision = "s0008"
down_revision = "s0007"

STATEMENTS: list[str] = []


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

"""Every fiscal document in exactly one Z (issue 12).

Revision ID: s0009
Revises: s0008
"""

from alembic import op

revision = "s0009"
down_revision = "s0008"

STATEMENTS: list[str] = []


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

"""Reserved slot: chain staff from the hub (issue 15). Empty until that work lands here.

Revision ID: s0013
Revises: s0012
"""

from alembic import op

revision = "s0013"
down_revision = "s0012"

STATEMENTS: list[str] = []


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

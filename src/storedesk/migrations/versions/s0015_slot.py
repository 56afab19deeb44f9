"""Reserved slot: store settings from the hub (issue 15). Empty until that work lands here.

Revision ID: s0015
Revises: s0014
"""

from alembic import op

revision = "s0015"
down_revision = "s0014"

STATEMENTS: list[str] = []


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

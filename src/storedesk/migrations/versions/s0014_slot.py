"""Reserved slot: prices with a future valid_from (issue 15). Empty until that work lands here.

Revision ID: s0014
Revises: s0013
"""

from alembic import op

revision = "s0014"
down_revision = "s0013"

STATEMENTS: list[str] = []


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

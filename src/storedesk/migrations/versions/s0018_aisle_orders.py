"""Endless aisle at the counter (issue 17): a slot reserved for this feature, empty until it lands.

Revision ID: s0018
Revises: s0017
"""

from alembic import op

revision = "s0018"
down_revision = "s0017"

STATEMENTS: list[str] = []


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

"""Fiscal closings per day, month and year (issue 19): a slot reserved for this feature, empty until it lands.

Revision ID: s0027
Revises: s0026
"""

from alembic import op

revision = "s0027"
down_revision = "s0026"

STATEMENTS: list[str] = []


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

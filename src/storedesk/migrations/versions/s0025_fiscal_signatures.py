"""Fiscal signatures at the station (issue 19): a slot reserved for this feature, empty until it lands.

Revision ID: s0025
Revises: s0024
"""

from alembic import op

revision = "s0025"
down_revision = "s0024"

STATEMENTS: list[str] = []


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

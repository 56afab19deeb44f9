"""Customers and loyalty at the station (issue 18): a slot reserved for this feature, empty until it lands.

Revision ID: s0020
Revises: s0019
"""

from alembic import op

revision = "s0020"
down_revision = "s0019"

STATEMENTS: list[str] = []


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

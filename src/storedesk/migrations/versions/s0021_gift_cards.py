"""Gift cards at the station (issue 18): a slot reserved for this feature, empty until it lands.

Revision ID: s0021
Revises: s0020
"""

from alembic import op

revision = "s0021"
down_revision = "s0020"

STATEMENTS: list[str] = []


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

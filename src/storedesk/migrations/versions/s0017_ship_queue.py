"""The station's "To ship" queue (issue 17): a slot reserved for this feature, empty until it lands.

Revision ID: s0017
Revises: s0016
"""

from alembic import op

revision = "s0017"
down_revision = "s0016"

STATEMENTS: list[str] = []


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

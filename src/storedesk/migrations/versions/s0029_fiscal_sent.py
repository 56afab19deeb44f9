"""What of the journal and the archives the hub has (issue 19): a slot reserved for this feature, empty until it lands.

Revision ID: s0029
Revises: s0028
"""

from alembic import op

revision = "s0029"
down_revision = "s0028"

STATEMENTS: list[str] = []


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

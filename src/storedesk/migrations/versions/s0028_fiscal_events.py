"""Fiscal events: reprint counts and the software's runs (issue 19): a slot reserved for this feature, empty until it lands.

Revision ID: s0028
Revises: s0027
"""

from alembic import op

revision = "s0028"
down_revision = "s0027"

STATEMENTS: list[str] = []


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

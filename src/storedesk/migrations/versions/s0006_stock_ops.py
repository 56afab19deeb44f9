"""Store stock operations: expected deliveries and receipts, adjustments, counts (snapshots per product at the first counted unit), transfers, reorder points.

Revision ID: s0006
Revises: s0005
"""

from alembic import op  # noqa: F401

revision = "s0006"
down_revision = "s0005"

STATEMENTS: list[str] = []


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

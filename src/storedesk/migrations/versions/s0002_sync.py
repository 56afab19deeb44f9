"""Sync state: the feed cursor and sync health, quarantined feed items, hub answers on events.

Revision ID: s0002
Revises: s0001
"""

from alembic import op

revision = "s0002"
down_revision = "s0001"


def upgrade():
    op.execute("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
    op.execute(
        "CREATE TABLE feed_quarantine ("
        " id INTEGER PRIMARY KEY, cursor TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL,"
        " reason TEXT NOT NULL, received_at TEXT NOT NULL)"
    )
    op.execute("ALTER TABLE outbox ADD COLUMN reason TEXT")  # the hub's words on a rejected event
    op.execute("ALTER TABLE outbox ADD COLUMN last_attempt_at TEXT")


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

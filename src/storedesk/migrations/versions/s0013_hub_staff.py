"""Chain staff: users the hub manages, beside the station's own (issue 15).

Revision ID: s0013
Revises: s0012

`storedesk-hub staff ...` sends a store's staff to its stations as "staff" feed items
(services/staff_feed.py), so a clerk signs in at any till of the store.

- `users.origin`: 'station' (made here, by `storedesk init` or `storedesk user add`) or 'hub'
  (the hub manages them: `storedesk user` refuses to change them, the hub's items do). Every
  existing user is 'station'. The hub's user wins: an item for a username the station already
  has makes that user the hub's (same row, so their sales and shifts stay theirs).
- `users.hub_rev`, `users.hub_pin_rev`: the newest item applied and the newest PIN the hub set
  (0 for the station's own users). An older or repeated item changes nothing, and a PIN the
  person chose at first sign-in stays until the hub sets another.
"""

from alembic import op

revision = "s0013"
down_revision = "s0012"

STATEMENTS: list[str] = [
    "ALTER TABLE users ADD COLUMN origin TEXT NOT NULL DEFAULT 'station' CHECK (origin IN ('station', 'hub'))",
    "ALTER TABLE users ADD COLUMN hub_rev INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE users ADD COLUMN hub_pin_rev INTEGER NOT NULL DEFAULT 0",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

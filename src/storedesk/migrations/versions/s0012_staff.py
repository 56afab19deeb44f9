"""Staff at the station: a PIN to change at first sign-in, and users are never deleted (issue 15).

Revision ID: s0012
Revises: s0011

Users were made only by `storedesk init`; managers now add, disable, re-enable, reset and
re-role them (`storedesk user ...`, services/staff.py), every change journaled.

- `users.pin_change_required`: 1 after a PIN reset given "to change at first sign-in" (the
  person then chooses their own PIN); 0 for every existing user.
- A user is disabled (`active = 0`), never deleted: sales, shifts, overrides and the journal
  name them. A trigger refuses DELETE, as the journal's do.

Role limits (largest discount, price override, no-sale, void) are settings rows
(`limit.<role>.<key>`, domain/permissions.py), so they need no table.
"""

from alembic import op

revision = "s0012"
down_revision = "s0011"

STATEMENTS: list[str] = [
    "ALTER TABLE users ADD COLUMN pin_change_required INTEGER NOT NULL DEFAULT 0",
    """CREATE TRIGGER users_never_deleted BEFORE DELETE ON users
BEGIN
  SELECT RAISE(ABORT, 'users are never deleted: disable them instead');
END""",
]


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

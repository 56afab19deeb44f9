"""The read-only auditor role (issue 19, "Inspection").

Revision ID: s0030
Revises: s0029

- users.role accepts 'auditor' besides 'clerk', 'supervisor' and 'manager' (domain/permissions.py
  ALL_ROLES): an inspector's or an accountant's sign-in, who views and prints and changes nothing.

SQLite cannot alter a CHECK constraint, and rebuilding `users` would mean dropping a table that
every sale, shift and override refers to. A wider CHECK changes nothing on disk, so the table's
definition is rewritten in place, as SQLite's documentation describes for such changes
("Making Other Kinds Of Table Schema Changes"): in the migration's transaction, with the schema
cookie bumped so that every connection reads the new definition.
"""

from alembic import op

revision = "s0030"
down_revision = "s0029"

OLD_CHECK = "CHECK (role IN ('clerk','supervisor','manager'))"
NEW_CHECK = "CHECK (role IN ('clerk','supervisor','manager','auditor'))"


def upgrade() -> None:
    bind = op.get_bind()
    cookie = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema=ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'users'",
        (OLD_CHECK, NEW_CHECK),
    )
    bind.exec_driver_sql(f"PRAGMA schema_version={int(cookie) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema=OFF")
    sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'").scalar()
    if NEW_CHECK not in (sql or ""):  # a users table not made by s0001: stop before anything else changes
        raise RuntimeError("s0030: the users table's role check was not the one expected; nothing changed")


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

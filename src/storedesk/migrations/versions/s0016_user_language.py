"""Each user's own screen language (issue 16).

Revision ID: s0016
Revises: s0015

- `users.language`: the language a user's screens are in ("de" for a German-speaking clerk in a
  Paris store), or NULL for none of their own: then the system's, else the store's. The customer's
  papers follow the store's language whoever prints them.
"""

from alembic import op

revision = "s0016"
down_revision = "s0015"

STATEMENTS: list[str] = [
    "ALTER TABLE users ADD COLUMN language TEXT CHECK (language IS NULL OR length(language) BETWEEN 2 AND 8)",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

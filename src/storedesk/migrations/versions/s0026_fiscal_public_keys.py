"""Every signing key a station had (issue 19, "Security": verify with an older key).

Revision ID: s0026
Revises: s0025

- fiscal_public_keys: one row per station key that signed (fingerprint, algorithm, public PEM,
  the journal seq of the "signing_key" entry that introduced it, when). Written the first time a
  key signs (adapters/journal_signing.py), in that entry's transaction; the same public key is in
  the journal entry itself, so the chain carries it. `storedesk journal verify` checks each
  signature with the key that made it, so a station whose key was replaced (a new machine, a
  lost data folder) still verifies its older documents. Permanent: UPDATE and DELETE refused.
"""

from alembic import op

revision = "s0026"
down_revision = "s0025"

STATEMENTS: list[str] = [
    """CREATE TABLE fiscal_public_keys (
  fingerprint TEXT PRIMARY KEY,
  algorithm TEXT NOT NULL,
  public_pem TEXT NOT NULL,
  first_seq INTEGER NOT NULL,
  created_at TEXT NOT NULL
)""",
    """CREATE TRIGGER fiscal_public_keys_no_update BEFORE UPDATE ON fiscal_public_keys
BEGIN SELECT RAISE(ABORT, 'fiscal_public_keys are permanent: UPDATE refused'); END""",
    """CREATE TRIGGER fiscal_public_keys_no_delete BEFORE DELETE ON fiscal_public_keys
BEGIN SELECT RAISE(ABORT, 'fiscal_public_keys are permanent: DELETE refused'); END""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

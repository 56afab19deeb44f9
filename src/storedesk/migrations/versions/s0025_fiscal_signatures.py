"""Fiscal signatures at the station (issue 19, "Security").

Revision ID: s0025
Revises: s0024

- journal_signatures: one row per signed journal entry (its seq), written in the document's own
  transaction when the store's fiscal country signs documents: the ECDSA P-256 signature (base64
  of r||s) of the entry's seq and hash, by the station key whose fingerprint is `key_fingerprint`
  (first 16 hex of SHA-256 of its DER public key). Permanent: UPDATE and DELETE refused, like the
  journal itself. A separate table: the journal's rows and their hash stay as they were, and a
  store that does not sign has no rows here. The private key is never in the database.
"""

from alembic import op

revision = "s0025"
down_revision = "s0024"

STATEMENTS: list[str] = [
    """CREATE TABLE journal_signatures (
  seq INTEGER PRIMARY KEY REFERENCES journal(seq),
  algorithm TEXT NOT NULL,
  key_fingerprint TEXT NOT NULL,
  signature TEXT NOT NULL
)""",
    """CREATE TRIGGER journal_signatures_no_update BEFORE UPDATE ON journal_signatures
BEGIN SELECT RAISE(ABORT, 'journal_signatures are permanent: UPDATE refused'); END""",
    """CREATE TRIGGER journal_signatures_no_delete BEFORE DELETE ON journal_signatures
BEGIN SELECT RAISE(ABORT, 'journal_signatures are permanent: DELETE refused'); END""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

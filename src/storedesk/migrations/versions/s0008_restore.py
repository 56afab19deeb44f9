"""Restore from backup: what the station knows it must catch up from the hub (issue 12).

Revision ID: s0008
Revises: s0007

- restores: one row per `storedesk restore --from FILE`, written into the restored database
  itself. While a row is 'pending' the station refuses every numbered document (sale, return,
  shift, drawer move, stock document, Z): its counters may be behind numbers the hub has
  already seen (rule 11). `storedesk restore --resume` catches up from the hub and marks it
  'done' (outcome 'hub'); without a hub the manager records a journaled gap instead (outcome
  'gap', `gap_text` is the line the next Z prints). `detail` is JSON: what was recovered, how
  the counters moved. Kept forever (an audit trail of restores).
"""

from alembic import op

revision = "s0008"
down_revision = "s0007"

STATEMENTS: list[str] = [
    """CREATE TABLE restores (
  id INTEGER PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('pending', 'done')),
  started_at TEXT NOT NULL,
  backup_file TEXT NOT NULL,
  backup_sha256 TEXT NOT NULL,
  kept_aside TEXT NOT NULL,
  backup_last_seq INTEGER NOT NULL,
  backup_last_at TEXT,
  finished_at TEXT,
  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('hub', 'gap')),
  detail TEXT NOT NULL DEFAULT '{}',
  gap_text TEXT NOT NULL DEFAULT ''
)""",
    "CREATE INDEX ix_restores_pending ON restores(status) WHERE status = 'pending'",
    "CREATE TRIGGER restores_no_delete BEFORE DELETE ON restores "
    "BEGIN SELECT RAISE(ABORT, 'restores rows are permanent: DELETE refused'); END",
    "CREATE TRIGGER restores_done_is_final BEFORE UPDATE ON restores WHEN old.status = 'done' "
    "BEGIN SELECT RAISE(ABORT, 'a finished restore is history: UPDATE refused'); END",
]


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

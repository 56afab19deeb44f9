"""Counts scanned from several stations of a store (issue 7).

Revision ID: s0007
Revises: s0006

- count_sync: one row per count known to this station: the station that started it (the only
  one that approves or cancels it), who started it, and how it was closed (by whom, where).
  A count started on another station is announced by the hub feed ("count_started") and gets
  a `counts` row here too (created_by: the local user of the same name, else the first user;
  the real starter's name is count_sync.started_by).
- count_scan_log: every scan of a count, this station's and the other stations', by its global
  id (uuid): the union of sets that the variance is computed from. A scan that arrives after
  the count was closed is kept with late = 1 and never posted. Permanent.
  count_lines stays the per-product summary (counted so far, scans, snapshot_at = the EARLIEST
  first-scan time across stations); count_scans (s0006) keeps the local scans with their user id.
"""

from alembic import op

revision = "s0007"
down_revision = "s0006"

STATEMENTS: list[str] = [
    """CREATE TABLE count_sync (
  count_id TEXT PRIMARY KEY REFERENCES counts(id),
  origin_station TEXT NOT NULL,
  started_by TEXT NOT NULL DEFAULT '',
  closed_at TEXT,
  closed_by TEXT,
  closed_station TEXT
) WITHOUT ROWID""",
    """CREATE TABLE count_scan_log (
  id TEXT PRIMARY KEY,
  count_id TEXT NOT NULL REFERENCES counts(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity_milli INTEGER NOT NULL,
  station_code TEXT NOT NULL,
  user_name TEXT NOT NULL,
  counted_at TEXT NOT NULL,
  late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
  received_at TEXT NOT NULL
) WITHOUT ROWID""",
    "CREATE INDEX ix_count_scan_log_count ON count_scan_log(count_id, product_id, counted_at)",
]


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER count_scan_log_no_{verb.lower()} BEFORE {verb} ON count_scan_log "
            f"BEGIN SELECT RAISE(ABORT, 'count_scan_log rows are permanent: {verb} refused'); END"
        )


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

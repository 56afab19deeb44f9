"""Shifts, cash drawer moves and Z reports.

Revision ID: s0003
Revises: s0002

- shifts: one row per shift, numbered without gaps per station; a partial unique index
  allows one open shift per station. Once closed, a shift row is permanent.
- cash_moves: paid in, paid out and no-sale drawer opens, each with a reason (permanent).
- z_reports: the frozen totals of a closed shift, numbered without gaps per station
  (permanent). `first_number`/`last_number` bound the receipt numbers it covers.
"""

from alembic import op

revision = "s0003"
down_revision = "s0002"

TABLES = [
    """CREATE TABLE shifts (
  id TEXT PRIMARY KEY,
  number INTEGER NOT NULL,
  station_code TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  opened_by INTEGER NOT NULL REFERENCES users(id),
  float_counts TEXT NOT NULL,
  float_minor INTEGER NOT NULL CHECK (float_minor >= 0),
  receipt_floor INTEGER NOT NULL DEFAULT 0,
  closed_at TEXT,
  closed_by INTEGER REFERENCES users(id),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  UNIQUE (station_code, number)
) WITHOUT ROWID""",
    "CREATE UNIQUE INDEX ux_shifts_one_open ON shifts(station_code) WHERE status = 'open'",
    """CREATE TABLE cash_moves (
  id TEXT PRIMARY KEY,
  doc_no TEXT NOT NULL UNIQUE,
  shift_id TEXT NOT NULL REFERENCES shifts(id),
  kind TEXT NOT NULL CHECK (kind IN ('paid_in','paid_out','no_sale')),
  amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
  reason TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  approver_id INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL
) WITHOUT ROWID""",
    "CREATE INDEX ix_cash_moves_shift ON cash_moves(shift_id, created_at)",
    """CREATE TABLE z_reports (
  station_code TEXT NOT NULL,
  number INTEGER NOT NULL,
  shift_id TEXT NOT NULL UNIQUE REFERENCES shifts(id),
  created_at TEXT NOT NULL,
  business_date TEXT NOT NULL,
  currency TEXT NOT NULL,
  totals TEXT NOT NULL,
  counted TEXT NOT NULL,
  counted_cash_minor INTEGER NOT NULL,
  expected_cash_minor INTEGER NOT NULL,
  sales_count INTEGER NOT NULL,
  first_number INTEGER,
  last_number INTEGER NOT NULL,
  period_total_minor INTEGER NOT NULL,
  grand_total_minor INTEGER NOT NULL,
  last_journal_seq INTEGER NOT NULL,
  last_journal_hash TEXT NOT NULL,
  journal_seq INTEGER NOT NULL,
  pdf_path TEXT NOT NULL,
  PRIMARY KEY (station_code, number)
) WITHOUT ROWID""",
    # A Z aggregates its sales by shift (and sales made while no shift was open, by number).
    "CREATE INDEX ix_sales_shift ON sales(shift_id, number)",
]

TRIGGERS = [
    # A closed shift is history; an open one may only be closed (its opening facts stay).
    """CREATE TRIGGER shifts_no_update BEFORE UPDATE ON shifts
WHEN old.status = 'closed' OR new.id IS NOT old.id OR new.number IS NOT old.number
  OR new.station_code IS NOT old.station_code OR new.opened_at IS NOT old.opened_at
  OR new.opened_by IS NOT old.opened_by OR new.float_counts IS NOT old.float_counts
  OR new.float_minor IS NOT old.float_minor OR new.receipt_floor IS NOT old.receipt_floor
BEGIN SELECT RAISE(ABORT, 'shifts rows are permanent once closed: UPDATE refused'); END""",
    "CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts "
    "BEGIN SELECT RAISE(ABORT, 'shifts rows are permanent: DELETE refused'); END",
]
IMMUTABLE = ("cash_moves", "z_reports")


def upgrade():
    for statement in TABLES + TRIGGERS:
        op.execute(statement)
    for table in IMMUTABLE:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are permanent: {verb} refused'); END"
            )


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

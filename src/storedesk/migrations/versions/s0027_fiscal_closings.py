"""Fiscal closings per day, month and fiscal year (issue 19, "Storage").

Revision ID: s0027
Revises: s0026

- fiscal_closings: one row per closing a signing country's station made (services/fiscal/closings.py),
  written in the transaction of its journal entry (kind "fiscal_close", doc_ref = doc_no, signed
  like every entry at a French station): kind day|month|year, period ("2026-11-05", "2026-11",
  "2026": a fiscal year is named by the calendar year of its first month), doc_no
  ("DAY-2026-11-05", "MONTH-2026-11", "YEAR-2026"), when, the journal seq of its entry, the
  period's total and the perpetual grand total of its kind (integer minor units), the number of
  documents, and every figure as canonical JSON (totals by tax rate, counts, first and last
  document numbers). `open_seq`: for a day closing, the lowest journal seq the next day closing
  must look at again (a document written before this closing but dated after its day); a
  month's or a year's: its own seq. UNIQUE(kind, period): a period closes once. Permanent:
  UPDATE and DELETE refused, like the journal.
"""

from alembic import op

revision = "s0027"
down_revision = "s0026"

STATEMENTS: list[str] = [
    """CREATE TABLE fiscal_closings (
  seq INTEGER PRIMARY KEY REFERENCES journal(seq),
  kind TEXT NOT NULL CHECK (kind IN ('day', 'month', 'year')),
  period TEXT NOT NULL,
  doc_no TEXT NOT NULL UNIQUE,
  closed_at TEXT NOT NULL,
  currency TEXT NOT NULL,
  total_minor INTEGER NOT NULL,
  perpetual_minor INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  open_seq INTEGER NOT NULL,
  figures TEXT NOT NULL,
  UNIQUE (kind, period)
)""",
    """CREATE TRIGGER fiscal_closings_no_update BEFORE UPDATE ON fiscal_closings
BEGIN SELECT RAISE(ABORT, 'fiscal_closings are permanent: UPDATE refused'); END""",
    """CREATE TRIGGER fiscal_closings_no_delete BEFORE DELETE ON fiscal_closings
BEGIN SELECT RAISE(ABORT, 'fiscal_closings are permanent: DELETE refused'); END""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

"""Every fiscal document in exactly one Z (issue 12).

Revision ID: s0009
Revises: s0008

The one rule (DESIGN rule 12): each sale, return and drawer move (paid in, paid out,
no-sale) carries `z_no`, the Z period it was stamped with in its own write transaction: the
station's Z counter + 1 (`counters` row 'z:<station>'), shift open or not. Z number N covers
exactly the documents with z_no = N. A trigger refuses any new document whose z_no is not
the station's open period, so no writer can put one between two Zs.

Existing databases: each document goes to the Z that already counted it, by the rules the
Zs were made with (a sale: its shift's Z, or with no shift, the Z whose receipt range held
it; a return: its shift's Z, or with no shift, the Z of the first shift opened after it and
after the previous close; a drawer move: its shift's Z). A document that no Z counted (a
sale before the station's first shift, a return that slipped between two Zs) goes to the
open period: the next Z. Frozen Zs are not touched.

The documents stay permanent: the UPDATE triggers are dropped only for the one back-fill
and made again, word for word, in the same transaction.
"""

from alembic import op

revision = "s0009"
down_revision = "s0008"

DOCUMENTS = ("sales", "returns", "cash_moves")


def _open_period(station_sql: str) -> str:
    return f"(coalesce((SELECT c.value FROM counters c WHERE c.name = 'z:' || {station_sql}), 0) + 1)"


def _no_update(table: str) -> str:
    return (f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} rows are permanent: UPDATE refused'); END")


BACKFILL = [
    f"""UPDATE sales SET z_no = coalesce(
  (SELECT z.number FROM z_reports z WHERE z.shift_id = sales.shift_id),
  (SELECT z.number FROM z_reports z JOIN shifts sh ON sh.id = z.shift_id
    WHERE sales.shift_id IS NULL AND z.station_code = sales.station_code
      AND sales.number > sh.receipt_floor AND sales.number <= z.last_number
    ORDER BY z.number LIMIT 1),
  {_open_period('sales.station_code')})""",
    f"""UPDATE returns SET z_no = coalesce(
  (SELECT z.number FROM z_reports z WHERE z.shift_id = returns.shift_id),
  (SELECT z.number FROM z_reports z JOIN shifts sh ON sh.id = z.shift_id
    WHERE returns.shift_id IS NULL AND sh.station_code = returns.station_code
      AND returns.created_at < sh.opened_at
      AND returns.created_at > coalesce((SELECT max(p.closed_at) FROM shifts p WHERE p.station_code = sh.station_code
                                         AND p.closed_at IS NOT NULL AND p.closed_at <= sh.opened_at), '')
    ORDER BY z.number LIMIT 1),
  {_open_period('returns.station_code')})""",
    f"""UPDATE cash_moves SET z_no = coalesce(
  (SELECT z.number FROM z_reports z WHERE z.shift_id = cash_moves.shift_id),
  {_open_period('(SELECT sh.station_code FROM shifts sh WHERE sh.id = cash_moves.shift_id)')})""",
]

GUARDS = [
    f"""CREATE TRIGGER sales_z_period BEFORE INSERT ON sales
WHEN new.z_no IS NOT {_open_period('new.station_code')}
BEGIN SELECT RAISE(ABORT, 'a sale must carry the open Z period (rule 12): refused'); END""",
    f"""CREATE TRIGGER returns_z_period BEFORE INSERT ON returns
WHEN new.z_no IS NOT {_open_period('new.station_code')}
BEGIN SELECT RAISE(ABORT, 'a return must carry the open Z period (rule 12): refused'); END""",
    f"""CREATE TRIGGER cash_moves_z_period BEFORE INSERT ON cash_moves
WHEN new.z_no IS NOT {_open_period('(SELECT sh.station_code FROM shifts sh WHERE sh.id = new.shift_id)')}
BEGIN SELECT RAISE(ABORT, 'a drawer move must carry the open Z period (rule 12): refused'); END""",
]

STATEMENTS: list[str] = (
    [f"ALTER TABLE {t} ADD COLUMN z_no INTEGER" for t in DOCUMENTS]
    + [f"DROP TRIGGER {t}_no_update" for t in DOCUMENTS]
    + BACKFILL
    + [_no_update(t) for t in DOCUMENTS]
    + GUARDS
    + [
        # A Z sums its period's documents: by station and period.
        "CREATE INDEX ix_sales_z ON sales(station_code, z_no, number)",
        "CREATE INDEX ix_returns_z ON returns(station_code, z_no)",
        "CREATE INDEX ix_cash_moves_z ON cash_moves(z_no)",
    ]
)


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

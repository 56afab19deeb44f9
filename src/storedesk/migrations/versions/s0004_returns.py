"""Returns: return documents (gapless per station), their lines, refund payments, and store-credit vouchers known locally.

Revision ID: s0004
Revises: s0003
"""

from alembic import op  # noqa: F401

revision = "s0004"
down_revision = "s0003"

# A return is a fiscal document like a sale: numbered without gaps per station
# (PAR01-T1-R000001), immutable once written, tied to the sale it takes back (by receipt
# number; the sale may be another station's or another store's, known through the hub).
# return_lines.original_line is the sold line: summing it over all returns gives the
# quantity already returned per line at this station (the hub arbitrates across stations).
STATEMENTS: list[str] = [
    """CREATE TABLE returns (
  id TEXT PRIMARY KEY,
  return_no TEXT NOT NULL UNIQUE,
  number INTEGER NOT NULL,
  store_code TEXT NOT NULL,
  station_code TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  approver_id INTEGER REFERENCES users(id),
  shift_id TEXT,
  created_at TEXT NOT NULL,
  currency TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('receipt', 'no_receipt', 'web_order')),
  original_ref TEXT NOT NULL DEFAULT '',
  original_sale_id TEXT NOT NULL DEFAULT '',
  original_store TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL,
  net_minor INTEGER NOT NULL,
  tax_minor INTEGER NOT NULL,
  total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
  rounding_minor INTEGER NOT NULL DEFAULT 0,
  grant_id TEXT NOT NULL DEFAULT '',
  offline INTEGER NOT NULL DEFAULT 0,
  exchange_basket_id TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID""",
    "CREATE INDEX ix_returns_original ON returns(original_ref)",
    "CREATE INDEX ix_returns_created ON returns(created_at)",
    "CREATE INDEX ix_returns_shift ON returns(shift_id)",
    """CREATE TABLE return_lines (
  return_id TEXT NOT NULL REFERENCES returns(id),
  line_no INTEGER NOT NULL,
  original_line INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id),
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  category TEXT NOT NULL DEFAULT '',
  quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
  refund_minor INTEGER NOT NULL CHECK (refund_minor >= 0),
  tax_code TEXT NOT NULL,
  tax_rate TEXT NOT NULL,
  condition TEXT NOT NULL CHECK (condition IN ('restock', 'damaged')),
  PRIMARY KEY (return_id, line_no)
) WITHOUT ROWID""",
    """CREATE TABLE return_taxes (
  return_id TEXT NOT NULL REFERENCES returns(id),
  tax_code TEXT NOT NULL,
  rate TEXT NOT NULL,
  net_minor INTEGER NOT NULL,
  tax_minor INTEGER NOT NULL,
  gross_minor INTEGER NOT NULL,
  PRIMARY KEY (return_id, tax_code)
) WITHOUT ROWID""",
    """CREATE TABLE return_payments (
  return_id TEXT NOT NULL REFERENCES returns(id),
  line_no INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'store_credit', 'exchange', 'online')),
  amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
  rounding_minor INTEGER NOT NULL DEFAULT 0,
  reference TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (return_id, line_no)
) WITHOUT ROWID""",
    # Over-returns the hub found at sync (an offline return that another station's return
    # made too much). Kept for the manager and the Z report; `seen_by` once acknowledged.
    """CREATE TABLE return_flags (
  id TEXT PRIMARY KEY,
  return_no TEXT NOT NULL,
  original_ref TEXT NOT NULL,
  detail TEXT NOT NULL,
  flagged_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  seen_by INTEGER REFERENCES users(id),
  seen_at TEXT
) WITHOUT ROWID""",
]
for _table in ("returns", "return_lines", "return_taxes", "return_payments"):
    for _verb in ("UPDATE", "DELETE"):
        STATEMENTS.append(
            f"CREATE TRIGGER {_table}_no_{_verb.lower()} BEFORE {_verb} ON {_table} "
            f"BEGIN SELECT RAISE(ABORT, '{_table} rows are permanent: {_verb} refused'); END"
        )


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

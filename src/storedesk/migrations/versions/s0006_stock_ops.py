"""Store stock operations: expected deliveries and receipts, adjustments, counts (snapshots per product at the first counted unit), transfers, reorder points.

Revision ID: s0006
Revises: s0005

- deliveries / delivery_lines: what is expected (an ASN from the hub feed, a transfer sent by
  another store, or typed in) and what was scanned against it. Posting writes the movements.
- stock_adjustments: one row per adjustment (reason code, who, who approved); its movement is
  in the ledger. Permanent.
- counts / count_lines / count_scans: a cycle or full count. A line's snapshot (expected on-hand)
  is taken in the transaction of its FIRST scan; every scan is its own row (who, where, when).
- transfers / transfer_lines: stock sent to another store (direction 'out'); an incoming one is
  an expected delivery (source 'transfer').
- reorder_points: the low-stock threshold per product.
- price_changes: filled by a trigger whenever a product's price changes (the hub feed's
  product items), for the price labels to print.
"""

from alembic import op

revision = "s0006"
down_revision = "s0005"

STATEMENTS: list[str] = [
    """CREATE TABLE deliveries (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL CHECK (source IN ('asn','transfer','typed')),
  reference TEXT NOT NULL,
  supplier TEXT NOT NULL DEFAULT '',
  expected_at TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','received','closed_elsewhere')),
  doc_no TEXT UNIQUE,
  created_at TEXT NOT NULL,
  received_at TEXT,
  received_by INTEGER REFERENCES users(id),
  station_code TEXT
) WITHOUT ROWID""",
    "CREATE INDEX ix_deliveries_status ON deliveries(status, created_at)",
    """CREATE TABLE delivery_lines (
  delivery_id TEXT NOT NULL REFERENCES deliveries(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  expected_milli INTEGER NOT NULL DEFAULT 0 CHECK (expected_milli >= 0),
  received_milli INTEGER NOT NULL DEFAULT 0 CHECK (received_milli >= 0),
  position INTEGER NOT NULL,
  PRIMARY KEY (delivery_id, product_id)
) WITHOUT ROWID""",
    """CREATE TABLE stock_adjustments (
  id TEXT PRIMARY KEY,
  doc_no TEXT NOT NULL UNIQUE,
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity_milli INTEGER NOT NULL CHECK (quantity_milli <> 0),
  reason TEXT NOT NULL CHECK (reason IN ('damaged','theft','found','expired','sample','own_use')),
  note TEXT NOT NULL DEFAULT '',
  value_minor INTEGER NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  approver_id INTEGER REFERENCES users(id),
  movement_id TEXT NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID""",
    """CREATE TABLE counts (
  id TEXT PRIMARY KEY,
  doc_no TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('cycle','full')),
  note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','approved','cancelled')),
  created_at TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users(id),
  approved_at TEXT,
  approved_by INTEGER REFERENCES users(id)
) WITHOUT ROWID""",
    "CREATE INDEX ix_counts_status ON counts(status, created_at)",
    """CREATE TABLE count_lines (
  count_id TEXT NOT NULL REFERENCES counts(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  snapshot_milli INTEGER NOT NULL,
  snapshot_at TEXT NOT NULL,
  counted_milli INTEGER NOT NULL DEFAULT 0,
  scans INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (count_id, product_id)
) WITHOUT ROWID""",
    """CREATE TABLE count_scans (
  id INTEGER PRIMARY KEY,
  count_id TEXT NOT NULL REFERENCES counts(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity_milli INTEGER NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  station_code TEXT NOT NULL,
  counted_at TEXT NOT NULL
)""",
    "CREATE INDEX ix_count_scans_count ON count_scans(count_id, product_id)",
    """CREATE TABLE transfers (
  id TEXT PRIMARY KEY,
  doc_no TEXT NOT NULL UNIQUE,
  to_store TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  user_id INTEGER NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
) WITHOUT ROWID""",
    """CREATE TABLE transfer_lines (
  transfer_id TEXT NOT NULL REFERENCES transfers(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
  movement_id TEXT NOT NULL,
  PRIMARY KEY (transfer_id, product_id)
) WITHOUT ROWID""",
    """CREATE TABLE reorder_points (
  product_id INTEGER PRIMARY KEY REFERENCES products(id),
  reorder_point_milli INTEGER NOT NULL CHECK (reorder_point_milli >= 0),
  reorder_qty_milli INTEGER NOT NULL DEFAULT 0 CHECK (reorder_qty_milli >= 0)
)""",
    """CREATE TABLE price_changes (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  old_price_minor INTEGER NOT NULL,
  new_price_minor INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  printed_at TEXT
)""",
    "CREATE INDEX ix_price_changes_unprinted ON price_changes(printed_at, id)",
    """CREATE TRIGGER products_price_change AFTER UPDATE OF price_minor ON products
WHEN old.price_minor <> new.price_minor BEGIN
  INSERT INTO price_changes(product_id, old_price_minor, new_price_minor, changed_at)
  VALUES (new.id, old.price_minor, new.price_minor, strftime('%Y-%m-%dT%H:%M:%f000+00:00', 'now'));
END""",
    # The negative-stock list and the stock screen's "lowest first" read balances in order.
    "CREATE INDEX ix_stock_balances_on_hand ON stock_balances(on_hand_milli)",
]

PERMANENT = ("stock_adjustments", "transfers", "transfer_lines", "count_scans")


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)
    for table in PERMANENT:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are permanent: {verb} refused'); END"
            )


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

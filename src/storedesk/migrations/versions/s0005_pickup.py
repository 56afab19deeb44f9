"""Click-and-collect at the station: web orders from the hub feed, their lines, pick results, status history, and the reservation ledger (reserve/release movements that do not change on-hand).

Revision ID: s0005
Revises: s0004

- pickup_orders: one row per web order routed to this store (the hub's order id). `version`
  is the hub's version last applied (a feed item with a version not above it changes nothing).
  A rowid table so that the FTS5 index of customer name, email, phone and number can point at it.
- pickup_lines: the ordered lines with what was picked, rejected (with the reason) and collected.
- pickup_history: every status change, from the station or from the hub (permanent).
- pickup_rejections: each rejection with its reason and the stock movement it caused, if any
  (damaged: a write-off; out_of_stock: a count correction; mismatch: none) (permanent).
- stock_reservations: the reservation ledger. +quantity reserves (order ready), -quantity
  releases (handed over, returned to shelf). Global ids like stock movements; on-hand never
  changes through it; rows are permanent. stock_reserved is its running balance per product,
  updated in the same transaction. Available = on-hand - reserved.
"""

from alembic import op  # noqa: F401

revision = "s0005"
down_revision = "s0004"

STATEMENTS: list[str] = [
    """CREATE TABLE pickup_orders (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  number TEXT NOT NULL,
  store_code TEXT NOT NULL,
  channel TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  due_at TEXT,
  customer_name TEXT NOT NULL,
  customer_email TEXT NOT NULL DEFAULT '',
  customer_phone TEXT NOT NULL DEFAULT '',
  phone_digits TEXT NOT NULL DEFAULT '',
  phone_rev TEXT NOT NULL DEFAULT '',
  currency TEXT NOT NULL,
  payment TEXT NOT NULL CHECK (payment IN ('paid_online', 'pay_at_pickup')),
  paid_minor INTEGER NOT NULL CHECK (paid_minor >= 0),
  total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
  pickup_code TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('routed', 'accepted', 'picking', 'ready', 'collected',
    'partially_collected', 'cancelled', 'expired', 'rejected')),
  version INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  accepted_at TEXT,
  ready_at TEXT,
  closed_at TEXT,
  returned_at TEXT,
  status_reason TEXT NOT NULL DEFAULT '',
  sale_id TEXT,
  receipt_no TEXT,
  id_check TEXT
)""",
    "CREATE INDEX ix_pickup_orders_status ON pickup_orders(status, due_at)",
    "CREATE INDEX ix_pickup_orders_ready ON pickup_orders(status, ready_at)",
    "CREATE INDEX ix_pickup_orders_number ON pickup_orders(number)",
    "CREATE INDEX ix_pickup_orders_updated ON pickup_orders(status, updated_at)",
    "CREATE INDEX ix_pickup_orders_code ON pickup_orders(pickup_code)",
    # the phone's digits reversed: "ends with 5432" is a range scan on "2345..."
    "CREATE INDEX ix_pickup_orders_phone ON pickup_orders(phone_rev)",
    # cancelled or expired after ready, items still set aside: the return-to-shelf list
    "CREATE INDEX ix_pickup_orders_unreturned ON pickup_orders(updated_at) "
    "WHERE status IN ('cancelled', 'expired') AND returned_at IS NULL AND ready_at IS NOT NULL",
    "CREATE INDEX ix_pickup_orders_email ON pickup_orders(customer_email COLLATE NOCASE)",
    """CREATE VIRTUAL TABLE pickup_orders_fts USING fts5(
  number, customer_name, customer_email, phone_digits, content='pickup_orders', content_rowid='seq',
  prefix='2 3', tokenize='unicode61 remove_diacritics 2'
)""",
    """CREATE TRIGGER pickup_orders_fts_ai AFTER INSERT ON pickup_orders BEGIN
  INSERT INTO pickup_orders_fts(rowid, number, customer_name, customer_email, phone_digits)
  VALUES (new.seq, new.number, new.customer_name, new.customer_email, new.phone_digits);
END""",
    """CREATE TRIGGER pickup_orders_fts_au AFTER UPDATE OF number, customer_name, customer_email, phone_digits
ON pickup_orders BEGIN
  INSERT INTO pickup_orders_fts(pickup_orders_fts, rowid, number, customer_name, customer_email, phone_digits)
  VALUES ('delete', old.seq, old.number, old.customer_name, old.customer_email, old.phone_digits);
  INSERT INTO pickup_orders_fts(rowid, number, customer_name, customer_email, phone_digits)
  VALUES (new.seq, new.number, new.customer_name, new.customer_email, new.phone_digits);
END""",
    "CREATE TRIGGER pickup_orders_no_delete BEFORE DELETE ON pickup_orders "
    "BEGIN SELECT RAISE(ABORT, 'pickup_orders rows are permanent: DELETE refused'); END",
    """CREATE TABLE pickup_lines (
  order_id TEXT NOT NULL REFERENCES pickup_orders(id),
  line_no INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id),
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
  unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
  picked_milli INTEGER NOT NULL DEFAULT 0 CHECK (picked_milli >= 0),
  rejected_milli INTEGER NOT NULL DEFAULT 0 CHECK (rejected_milli >= 0),
  reject_reason TEXT CHECK (reject_reason IS NULL OR reject_reason IN ('out_of_stock', 'damaged', 'mismatch')),
  collected_milli INTEGER NOT NULL DEFAULT 0 CHECK (collected_milli >= 0),
  CHECK (picked_milli + rejected_milli <= quantity_milli),
  CHECK (collected_milli <= picked_milli),
  PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID""",
    "CREATE INDEX ix_pickup_lines_product ON pickup_lines(product_id)",
    """CREATE TABLE pickup_history (
  id INTEGER PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES pickup_orders(id),
  status TEXT NOT NULL,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('station', 'hub')),
  detail TEXT NOT NULL DEFAULT ''
)""",
    "CREATE INDEX ix_pickup_history_order ON pickup_history(order_id, id)",
    """CREATE TABLE pickup_rejections (
  id TEXT PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES pickup_orders(id),
  line_no INTEGER NOT NULL,
  quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
  reason TEXT NOT NULL CHECK (reason IN ('out_of_stock', 'damaged', 'mismatch')),
  movement_id TEXT,
  user_id INTEGER NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
) WITHOUT ROWID""",
    "CREATE INDEX ix_pickup_rejections_order ON pickup_rejections(order_id)",
    """CREATE TABLE stock_reservations (
  id TEXT PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity_milli INTEGER NOT NULL CHECK (quantity_milli <> 0),
  kind TEXT NOT NULL CHECK (kind IN ('reserve', 'release')),
  order_id TEXT NOT NULL,
  line_no INTEGER NOT NULL,
  station_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK ((kind = 'reserve' AND quantity_milli > 0) OR (kind = 'release' AND quantity_milli < 0))
) WITHOUT ROWID""",
    "CREATE INDEX ix_reservations_product ON stock_reservations(product_id, created_at)",
    "CREATE INDEX ix_reservations_order ON stock_reservations(order_id, line_no)",
    """CREATE TABLE stock_reserved (
  product_id INTEGER PRIMARY KEY REFERENCES products(id),
  reserved_milli INTEGER NOT NULL CHECK (reserved_milli >= 0)
)""",
]

IMMUTABLE = ("pickup_history", "pickup_rejections", "stock_reservations")


def upgrade():
    for statement in STATEMENTS:
        op.execute(statement)
    for table in IMMUTABLE:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are permanent: {verb} refused'); END"
            )


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

"""Station schema: catalog, users, baskets, sales, stock ledger, journal, outbox.

Revision ID: s0001
Revises:
"""

import sqlite3

from alembic import op

revision = "s0001"
down_revision = None

TABLES = """
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE tax_rates (code TEXT PRIMARY KEY, rate TEXT NOT NULL, label TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  category_id INTEGER REFERENCES categories(id),
  price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
  tax_code TEXT NOT NULL REFERENCES tax_rates(code),
  unit TEXT NOT NULL DEFAULT 'pc',
  plu TEXT UNIQUE,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE barcodes (code TEXT PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products(id)) WITHOUT ROWID;
CREATE INDEX ix_barcodes_product ON barcodes(product_id);
CREATE VIRTUAL TABLE products_fts USING fts5(
  name, sku, content='products', content_rowid='id', prefix='2 3', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER products_fts_ai AFTER INSERT ON products BEGIN
  INSERT INTO products_fts(rowid, name, sku) VALUES (new.id, new.name, new.sku);
END;
CREATE TRIGGER products_fts_ad AFTER DELETE ON products BEGIN
  INSERT INTO products_fts(products_fts, rowid, name, sku) VALUES ('delete', old.id, old.name, old.sku);
END;
CREATE TRIGGER products_fts_au AFTER UPDATE OF name, sku ON products BEGIN
  INSERT INTO products_fts(products_fts, rowid, name, sku) VALUES ('delete', old.id, old.name, old.sku);
  INSERT INTO products_fts(rowid, name, sku) VALUES (new.id, new.name, new.sku);
END;

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('clerk','supervisor','manager')),
  pin_hash TEXT NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE baskets (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('open','parked','completed','cancelled')),
  user_id INTEGER REFERENCES users(id),
  label TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  sale_id TEXT
) WITHOUT ROWID;
CREATE INDEX ix_baskets_status ON baskets(status, updated_at);

CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;

CREATE TABLE sales (
  id TEXT PRIMARY KEY,
  receipt_no TEXT NOT NULL UNIQUE,
  number INTEGER NOT NULL,
  store_code TEXT NOT NULL,
  station_code TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  shift_id TEXT,
  basket_id TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  currency TEXT NOT NULL,
  prices_include_tax INTEGER NOT NULL,
  subtotal_minor INTEGER NOT NULL,
  discount_minor INTEGER NOT NULL,
  net_minor INTEGER NOT NULL,
  tax_minor INTEGER NOT NULL,
  total_minor INTEGER NOT NULL,
  rounding_minor INTEGER NOT NULL,
  change_minor INTEGER NOT NULL,
  voided_lines INTEGER NOT NULL DEFAULT 0,
  overrides TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;
CREATE INDEX ix_sales_created ON sales(created_at);
CREATE TABLE sale_lines (
  sale_id TEXT NOT NULL REFERENCES sales(id),
  line_no INTEGER NOT NULL,
  product_id INTEGER NOT NULL,
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  category TEXT NOT NULL DEFAULT '',
  quantity_milli INTEGER NOT NULL,
  unit_price_minor INTEGER NOT NULL,
  price_overridden INTEGER NOT NULL DEFAULT 0,
  line_discount_minor INTEGER NOT NULL,
  basket_discount_minor INTEGER NOT NULL,
  amount_minor INTEGER NOT NULL,
  tax_code TEXT NOT NULL,
  tax_rate TEXT NOT NULL,
  tax_minor INTEGER NOT NULL,
  gross_minor INTEGER NOT NULL,
  PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;
CREATE TABLE sale_taxes (
  sale_id TEXT NOT NULL REFERENCES sales(id),
  tax_code TEXT NOT NULL,
  rate TEXT NOT NULL,
  net_minor INTEGER NOT NULL,
  tax_minor INTEGER NOT NULL,
  gross_minor INTEGER NOT NULL,
  PRIMARY KEY (sale_id, tax_code)
) WITHOUT ROWID;
CREATE TABLE sale_payments (
  sale_id TEXT NOT NULL REFERENCES sales(id),
  line_no INTEGER NOT NULL,
  kind TEXT NOT NULL,
  amount_minor INTEGER NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;

CREATE TABLE stock_movements (
  id TEXT PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity_milli INTEGER NOT NULL,
  reason TEXT NOT NULL,
  doc_ref TEXT NOT NULL DEFAULT '',
  station_code TEXT NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_movements_product ON stock_movements(product_id, created_at);
CREATE TABLE stock_balances (product_id INTEGER PRIMARY KEY REFERENCES products(id), on_hand_milli INTEGER NOT NULL);

CREATE TABLE journal (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  doc_ref TEXT NOT NULL,
  created_at TEXT NOT NULL,
  payload TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','duplicate','rejected')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  sent_at TEXT
);
CREATE INDEX ix_outbox_status ON outbox(status, seq);

CREATE TABLE overrides (
  id INTEGER PRIMARY KEY,
  action TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  approver_id INTEGER NOT NULL REFERENCES users(id),
  doc_ref TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
"""

IMMUTABLE = ("journal", "sales", "sale_lines", "sale_taxes", "sale_payments", "stock_movements")


def split_sql(script: str) -> list[str]:
    """Split a script into complete statements (trigger bodies contain semicolons)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return out


def upgrade():
    for statement in split_sql(TABLES):
        op.execute(statement)
    for table in IMMUTABLE:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are permanent: {verb} refused'); END"
            )


def downgrade():
    raise NotImplementedError("the station schema is never downgraded; restore a backup instead")

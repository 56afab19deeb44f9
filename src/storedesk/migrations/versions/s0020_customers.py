"""Customers and loyalty at the station (issue 18).

Revision ID: s0020
Revises: s0019

- customer_cache: the customers this station found, created or sold to lately, as the hub gave
  them (the hub is the master): the offline search looks here, and says it is the station's
  recent customers. Refreshed on every hub answer; an erased customer is removed (feed kind
  "customer_erased"); trimmed to the most recent (services/customers.py).
- sale_customers: the customer of each completed sale made for one: the card as printed, the
  points the sale earned (credited by the hub when the sale reaches it) and redeemed, and the
  balance the receipt printed (NULL when it was not known), and what the points earned are worth
  at the point value in force then (the Z's figure). Written in the sale's transaction,
  permanent like sale_line_orders (s0018), except that an erasure clears the card.
"""

from alembic import op

revision = "s0020"
down_revision = "s0019"

STATEMENTS: list[str] = [
    """CREATE TABLE customer_cache (
  id TEXT PRIMARY KEY,
  card TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  customer_group TEXT NOT NULL DEFAULT '',
  points INTEGER,
  seen_at TEXT NOT NULL
)""",
    "CREATE INDEX customer_cache_seen ON customer_cache (seen_at)",
    "CREATE INDEX customer_cache_card ON customer_cache (card)",
    """CREATE TABLE sale_customers (
  sale_id TEXT PRIMARY KEY REFERENCES sales(id),
  customer_id TEXT NOT NULL,
  card TEXT NOT NULL DEFAULT '',
  points_earned INTEGER NOT NULL CHECK (points_earned >= 0),
  points_redeemed INTEGER NOT NULL CHECK (points_redeemed >= 0),
  balance INTEGER,
  earned_value_minor INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID""",
    "CREATE INDEX sale_customers_customer ON sale_customers (customer_id)",
    """CREATE TRIGGER sale_customers_no_update BEFORE UPDATE ON sale_customers
WHEN NEW.card <> '' OR NEW.sale_id IS NOT OLD.sale_id OR NEW.customer_id IS NOT OLD.customer_id
  OR NEW.points_earned IS NOT OLD.points_earned OR NEW.points_redeemed IS NOT OLD.points_redeemed
  OR NEW.balance IS NOT OLD.balance OR NEW.earned_value_minor IS NOT OLD.earned_value_minor
BEGIN SELECT RAISE(ABORT, 'sale_customers are permanent: only an erasure clears the card'); END""",
    """CREATE TRIGGER sale_customers_no_delete BEFORE DELETE ON sale_customers
BEGIN SELECT RAISE(ABORT, 'sale_customers are permanent: DELETE refused'); END""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

"""Prices with a later valid_from (issue 15): pending_prices, the prices a station switches to by
itself when its store's clock shows their time, online or not (services/prices.py).

Revision ID: s0014
Revises: s0013

- valid_from: the store's local date-time to the minute, "2026-03-01T00:00" (domain/price_schedule.py),
  compared as text with what the store's clock shows.
- applied_at: when the station switched the product's price (UTC); an applied row is kept, so an
  item that comes twice from the feed does not switch an old price back in.
- label_printed_at: the shelf label was printed beforehand; the price_changes row the switch makes
  (trigger products_price_change) is then marked printed with it, and no second label waits.
"""

from alembic import op

revision = "s0014"
down_revision = "s0013"

STATEMENTS: list[str] = [
    """CREATE TABLE pending_prices (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  valid_from TEXT NOT NULL CHECK (length(valid_from) = 16),
  price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
  received_at TEXT NOT NULL,
  label_printed_at TEXT,
  applied_at TEXT,
  UNIQUE (product_id, valid_from)
)""",
    "CREATE INDEX ix_pending_prices_waiting ON pending_prices(applied_at, valid_from)",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

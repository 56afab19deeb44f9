"""The station's "To ship" queue (issue 17): web orders the hub routes here to be shipped to the
customer rather than collected, and the parcels they leave in.

Revision ID: s0017
Revises: s0016

- pickup_orders.fulfilment: "pickup" (every order before this revision) or "ship"; the desk's
  pickup queues read "pickup" orders only, the To ship queue "ship" orders only.
- pickup_orders.delivery: a ship order's delivery address as the hub sent it (JSON object:
  name, line1, line2, postcode, city, country, phone, email), NULL for pickup.
- pickup_orders.packed_at / shipped_at: when the order was packed into its parcels, and when it
  left the store (its stock movements "ship" are written then, once). A packed ship order's
  station status is "ready" (its items are set aside, as a ready pickup order's) and a shipped
  one's "collected" (closed): the status column's CHECK is kept as it is (SQLite cannot change it
  without rebuilding the table its search index and the lines point at); the desk names them
  "Packed" and "Shipped".
- pickup_parcels: the parcels of a packed order (number 1..N, weight in grams, carrier, tracking
  number, when its label was printed). Rows change until the order is shipped, then never.
"""

from alembic import op

revision = "s0017"
down_revision = "s0016"

STATEMENTS: list[str] = [
    "ALTER TABLE pickup_orders ADD COLUMN fulfilment TEXT NOT NULL DEFAULT 'pickup' "
    "CHECK (fulfilment IN ('pickup', 'ship'))",
    "ALTER TABLE pickup_orders ADD COLUMN delivery TEXT CHECK (delivery IS NULL OR json_valid(delivery))",
    "ALTER TABLE pickup_orders ADD COLUMN packed_at TEXT",
    "ALTER TABLE pickup_orders ADD COLUMN shipped_at TEXT",
    "CREATE INDEX ix_pickup_orders_fulfilment ON pickup_orders(fulfilment, status, due_at)",
    """CREATE TABLE pickup_parcels (
  order_id TEXT NOT NULL REFERENCES pickup_orders(id),
  number INTEGER NOT NULL CHECK (number >= 1),
  weight_g INTEGER NOT NULL CHECK (weight_g > 0),
  carrier TEXT NOT NULL DEFAULT 'manual',
  tracking TEXT NOT NULL DEFAULT '',
  label_printed_at TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (order_id, number)
) WITHOUT ROWID""",
    # a shipped order's parcels are its record of what left the store: never changed again
    """CREATE TRIGGER pickup_parcels_shipped_no_update BEFORE UPDATE ON pickup_parcels
WHEN (SELECT shipped_at FROM pickup_orders WHERE id = old.order_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'pickup_parcels of a shipped order are permanent: UPDATE refused'); END""",
    """CREATE TRIGGER pickup_parcels_shipped_no_delete BEFORE DELETE ON pickup_parcels
WHEN (SELECT shipped_at FROM pickup_orders WHERE id = old.order_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'pickup_parcels of a shipped order are permanent: DELETE refused'); END""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

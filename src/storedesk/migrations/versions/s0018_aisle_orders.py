"""Endless aisle at the counter (issue 17): the sale lines a customer paid for here but that the
chain delivers home or hands over at a store, with the hub's order for each.

Revision ID: s0018
Revises: s0017

- sale_line_orders: one row per ordered line of a completed sale (its sale_id and line_no), the
  hub's order (order_id, number such as W000042), how it reaches the customer ("ship" with the
  delivery address as JSON, or "pickup" with the store where it is collected). Written in the
  sale's own transaction, never changed: the receipt and a reprint read the order numbers here.
  A separate table rather than columns on sale_lines, whose rows are read and written by position.
"""

from alembic import op

revision = "s0018"
down_revision = "s0017"

STATEMENTS: list[str] = [
    """CREATE TABLE sale_line_orders (
  sale_id TEXT NOT NULL REFERENCES sales(id),
  line_no INTEGER NOT NULL,
  order_id TEXT NOT NULL,
  number TEXT NOT NULL,
  fulfilment TEXT NOT NULL CHECK (fulfilment IN ('ship', 'pickup')),
  pickup_store TEXT NOT NULL DEFAULT '',
  delivery TEXT CHECK (delivery IS NULL OR json_valid(delivery)),
  PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID""",
    """CREATE TRIGGER sale_line_orders_no_update BEFORE UPDATE ON sale_line_orders
BEGIN SELECT RAISE(ABORT, 'sale_line_orders are permanent: UPDATE refused'); END""",
    """CREATE TRIGGER sale_line_orders_no_delete BEFORE DELETE ON sale_line_orders
BEGIN SELECT RAISE(ABORT, 'sale_line_orders are permanent: DELETE refused'); END""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

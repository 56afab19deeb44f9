"""Loyalty points on returns (issue 18): returns are not a way to keep what was not paid for.

Revision ID: s0022
Revises: s0021

- return_points: per return of a sale made for a customer, what the return did to the customer's
  points: the points the sale earned that it takes back, the points the sale was paid with that
  it gives back and their money value (that part of the refund is not paid in money), and the
  loyalty card. Written in the return's own transaction, never changed but for an erasure
  blanking the card (the customer erased at the hub): the return receipt and the Z read it. The hub moves the points when the return's event arrives (its own figures).
"""

from alembic import op

revision = "s0022"
down_revision = "s0021"

STATEMENTS: list[str] = [
    """CREATE TABLE return_points (
  return_id TEXT PRIMARY KEY REFERENCES returns(id),
  customer_id TEXT NOT NULL DEFAULT '',
  card TEXT NOT NULL DEFAULT '',
  points_taken INTEGER NOT NULL CHECK (points_taken >= 0),
  points_given INTEGER NOT NULL CHECK (points_given >= 0),
  value_given_minor INTEGER NOT NULL CHECK (value_given_minor >= 0)
) WITHOUT ROWID""",
    """CREATE TRIGGER return_points_no_update BEFORE UPDATE ON return_points
WHEN NEW.card <> '' OR NEW.return_id IS NOT OLD.return_id OR NEW.customer_id IS NOT OLD.customer_id
  OR NEW.points_taken IS NOT OLD.points_taken OR NEW.points_given IS NOT OLD.points_given
  OR NEW.value_given_minor IS NOT OLD.value_given_minor
BEGIN SELECT RAISE(ABORT, 'return_points are permanent: only an erasure clears the card'); END""",
    """CREATE TRIGGER return_points_no_delete BEFORE DELETE ON return_points
BEGIN SELECT RAISE(ABORT, 'return_points are permanent: DELETE refused'); END""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

"""Promotions at the station (issue 18): the promotions in force and what each gave on each sale line.

Revision ID: s0019
Revises: s0018

- promotion_sets: one row, the promotions document as received (`{"promotions": [...]}`, from
  the hub's feed or `storedesk promotions import`), with a version (the SHA-256 of the document)
  by which the counter knows when to build its promotion index again. Replaced whole, never
  merged: a refused document changes nothing.
- sale_line_promotions: per completed sale line, each promotion that gave it something and how
  much (minor units; the line's discount_minor includes it). Written in the sale's transaction,
  never changed: returns refund what the line cost after them, the Z lists discounts by promotion.
"""

from alembic import op

revision = "s0019"
down_revision = "s0018"

STATEMENTS: list[str] = [
    """CREATE TABLE promotion_sets (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  document TEXT NOT NULL CHECK (json_valid(document)),
  source TEXT NOT NULL CHECK (source IN ('hub', 'file')),
  version TEXT NOT NULL,
  loaded_at TEXT NOT NULL
)""",
    """CREATE TABLE sale_line_promotions (
  sale_id TEXT NOT NULL REFERENCES sales(id),
  line_no INTEGER NOT NULL,
  promotion_id TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  PRIMARY KEY (sale_id, line_no, promotion_id)
) WITHOUT ROWID""",
    """CREATE TRIGGER sale_line_promotions_no_update BEFORE UPDATE ON sale_line_promotions
BEGIN SELECT RAISE(ABORT, 'sale_line_promotions are permanent: UPDATE refused'); END""",
    """CREATE TRIGGER sale_line_promotions_no_delete BEFORE DELETE ON sale_line_promotions
BEGIN SELECT RAISE(ABORT, 'sale_line_promotions are permanent: DELETE refused'); END""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

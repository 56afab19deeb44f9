"""An erased customer's card leaves the sales' payments (issue 18).

Revision ID: s0023
Revises: s0022

sale_payments rows are permanent (trigger sale_payments_no_update, s0001). A points payment's
reference is the customer's loyalty card number: when the hub erases the customer, the station
blanks it (adapters/customer_erasure.py). The trigger now allows exactly that and nothing else:
the reference of a points payment set to '', every other column unchanged.
"""

from alembic import op

revision = "s0023"
down_revision = "s0022"

STATEMENTS: list[str] = [
    "DROP TRIGGER sale_payments_no_update",
    """CREATE TRIGGER sale_payments_no_update BEFORE UPDATE ON sale_payments
WHEN NOT (OLD.kind = 'points' AND NEW.reference = '' AND NEW.sale_id IS OLD.sale_id
  AND NEW.line_no IS OLD.line_no AND NEW.kind IS OLD.kind AND NEW.amount_minor IS OLD.amount_minor)
BEGIN SELECT RAISE(ABORT, 'sale_payments rows are permanent: only an erasure clears a points payment''s card'); END""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

"""Gift cards at the station (issue 18): a product's kind, and the cards each sale sold.

Revision ID: s0021
Revises: s0020

- products.kind: 'goods' (every product so far) or 'gift_card' (scanning it asks for the card's
  code and amount: services/gift_cards.py); from the catalog file, the hub's feed or the demo.
- sale_line_gift_cards: per completed sale line that sold or reloaded a gift card, the card's
  code and the amount loaded (minor units). Written in the sale's own transaction, never changed:
  the receipt, the Z ("gift cards sold") and returns read them. The hub activates the card when
  the sale's event arrives (the wire line's "gift_card").
"""

from alembic import op

revision = "s0021"
down_revision = "s0020"

STATEMENTS: list[str] = [
    "ALTER TABLE products ADD COLUMN kind TEXT NOT NULL DEFAULT 'goods' CHECK (kind IN ('goods', 'gift_card'))",
    """CREATE TABLE sale_line_gift_cards (
  sale_id TEXT NOT NULL REFERENCES sales(id),
  line_no INTEGER NOT NULL,
  code TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID""",
    "CREATE INDEX ix_sale_line_gift_cards_code ON sale_line_gift_cards(code)",
    """CREATE TABLE gift_card_redemptions (
  redemption_id TEXT PRIMARY KEY,
  basket_id TEXT NOT NULL,
  code TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  balance_after_minor INTEGER NOT NULL CHECK (balance_after_minor >= 0),
  at TEXT NOT NULL
)""",
    "CREATE INDEX ix_gift_card_redemptions_basket ON gift_card_redemptions(basket_id)",
    """CREATE TRIGGER sale_line_gift_cards_no_update BEFORE UPDATE ON sale_line_gift_cards
BEGIN SELECT RAISE(ABORT, 'sale_line_gift_cards are permanent: UPDATE refused'); END""",
    """CREATE TRIGGER sale_line_gift_cards_no_delete BEFORE DELETE ON sale_line_gift_cards
BEGIN SELECT RAISE(ABORT, 'sale_line_gift_cards are permanent: DELETE refused'); END""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

"""Redemptions asked of the hub, recorded before the question (issue 18: no tender lost at the hub).

Revision ID: s0024
Revises: s0023

A voucher, a gift card or loyalty points are taken at the hub before the sale completes
(services/hub_tender.py). The station writes down what it is about to ask BEFORE it asks, in its
own short transaction: if the hub's answer is lost (a timeout after the hub committed, a crash),
the station still knows the redemption id and gives it back at the hub (idempotent by id).
- pending_redemptions: one row per redemption asked: its id, the kind ('voucher', 'gift_card',
  'points'), the voucher's or card's code (points: the customer's id, never the card number: an
  erasure leaves nothing here), the amount (minor units), the basket it was for, when it was asked;
  `state` 'asking' (the question is out), 'give_back' (the answer was lost, or the basket could
  not keep it: the sync gives it back), 'settled' (nothing more to do; `outcome` says why: kept on
  the basket, refused by the hub, given back, not taken, taken by a caller that holds it).
"""

from alembic import op

revision = "s0024"
down_revision = "s0023"

STATEMENTS: list[str] = [
    """CREATE TABLE pending_redemptions (
  redemption_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('voucher', 'gift_card', 'points')),
  reference TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
  basket_id TEXT NOT NULL,
  asked_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'asking' CHECK (state IN ('asking', 'give_back', 'settled')),
  outcome TEXT NOT NULL DEFAULT '',
  settled_at TEXT
)""",
    "CREATE INDEX ix_pending_redemptions_open ON pending_redemptions(asked_at) WHERE state <> 'settled'",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a station is never downgraded: restore a backup")

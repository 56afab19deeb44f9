"""Gift card tables, on the hub's shared metadata (models.py imports this module).

- gift_cards: one row per card code: its currency, balance, what was ever loaded onto it, where
  and when it was activated (the store, station and sale of its first load), when last used.
- gift_card_ops: every change of a balance: "load" (a sale line that sold or reloaded the card;
  op_id "<sale_id>-<line>", so a line loads once) and "redeem" (a tender; op_id = the station's
  redemption id, the idempotency key); a cancelled redemption keeps its row with cancelled_at.
- gift_card_exceptions: a load the hub refused (the card is in another currency than the sale):
  op_id "<sale_id>-<line>" (once per line), the sale's currency and amount, and why. The sale is
  kept and the card left as it was; a manager settles it (export gift-cards lists them).
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, String, Table

from .. import columns as col
from ..models import metadata

CODE = 64
REF = 64

gift_cards = Table(
    "gift_cards",
    metadata,
    Column("code", String(CODE), primary_key=True),
    Column("currency", String(3), nullable=False),
    *col.minor("balance_minor", "loaded_minor"),
    col.store(),  # where it was activated
    col.station(),
    Column("sale_id", String(col.ID), nullable=False),  # the sale that activated it
    *col.times("activated_at", "last_used_at", "updated_at"),
)

gift_card_ops = Table(
    "gift_card_ops",
    metadata,
    Column("op_id", String(REF), primary_key=True),
    Column("code", String(CODE), ForeignKey("gift_cards.code"), nullable=False),
    Column("kind", String(16), nullable=False),  # load | redeem
    col.store(),
    col.station(),
    *col.minor("amount_minor", "balance_after_minor"),
    Column("ref", String(REF), nullable=False),  # the receipt (load) or the basket (redeem)
    Column("created_at", String(col.TIME), nullable=False),
    Column("cancelled_at", String(col.TIME)),
    Index(None, "code"),
)

gift_card_exceptions = Table(
    "gift_card_exceptions",
    metadata,
    Column("op_id", String(REF), primary_key=True),  # "<sale_id>-<line>": the load it stands for
    Column("code", String(CODE), nullable=False),
    col.store(),  # the store and station of the sale
    col.station(),
    Column("sale_id", String(col.ID), nullable=False),
    Column("ref", String(REF), nullable=False),  # the receipt
    Column("currency", String(3), nullable=False),  # the sale's
    *col.minor("amount_minor"),
    Column("reason", String(255), nullable=False),
    Column("created_at", String(col.TIME), nullable=False),
    Index(None, "code"),
)

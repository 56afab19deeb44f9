"""Stock view: on-hand per product (balance table) and its movement history (the ledger)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..adapters.repositories import from_milli
from .catalog import fts_query


@dataclass(frozen=True)
class StockRow:
    product_id: int
    sku: str
    name: str
    on_hand: Decimal


@dataclass(frozen=True)
class Movement:
    at: str
    quantity: Decimal
    reason: str
    doc_ref: str
    station: str


def stock_list(uow, text: str = "", limit: int = 200) -> list[StockRow]:
    """Matching products with on-hand; with no text, the lowest on-hand first (negatives on top)."""
    with uow.read() as tx:
        rows = tx.stock.balances(fts_query(text), limit)
    return [StockRow(pid, sku, name, from_milli(oh or 0)) for pid, sku, name, oh in rows]


def history(uow, product_id: int, limit: int = 200) -> list[Movement]:
    with uow.read() as tx:
        rows = tx.stock.history(product_id, limit)
    return [Movement(at, from_milli(q), reason, ref, st) for at, q, reason, ref, st in rows]


def on_hand(uow, product_id: int) -> Decimal:
    with uow.read() as tx:
        return from_milli(tx.stock.on_hand_milli(product_id))

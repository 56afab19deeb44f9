"""Stock view: on-hand per product (balance table) and its movement history (the ledger)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.match_count_repo import MatchCountRepo
from ...adapters.repositories import BalanceRow, from_milli
from .. import catalog
from ..catalog import fts_query

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


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


def stock_list(uow: UnitOfWork, text: str = "", limit: int = 200) -> list[StockRow]:
    """Matching products with on-hand; with no text, the lowest on-hand first (negatives on top)."""
    with uow.read() as tx:
        rows = tx.stock.balances(fts_query(text), limit)
    return [_stock_row(r) for r in rows]


def _stock_row(r: BalanceRow) -> StockRow:
    return StockRow(r.product_id, r.sku, r.name, from_milli(r.on_hand_milli or 0))


@dataclass(frozen=True)
class StockPage:
    """The stock view's first rows, and how many products it holds in all."""

    rows: list[StockRow]
    total: int  # how many rows match; `cap` when more than that do
    capped: bool = False  # more than `total` match: the count stopped at the cap

    @property
    def more(self) -> bool:
        return self.capped or self.total > len(self.rows)


def stock_page(uow: UnitOfWork, text: str = "", limit: int = 200, cap: int | None = None) -> StockPage:
    """stock_list(), and how many match in all (up to `cap`, by default the catalog's
    COUNT_CAP): with text, from one lookup of the FTS index; with none (the lowest stock
    first), counted only when more than `limit` products have stock."""
    cap = catalog.COUNT_CAP if cap is None else cap
    query = fts_query(text)
    with uow.read() as tx:
        counts = MatchCountRepo(tx.conn)
        if query:
            rows, n = counts.first_stock(query, limit, cap)
        else:
            rows = tx.stock.balances(None, limit + 1)
            n = len(rows) if len(rows) <= limit else counts.stock(None, cap)
    shown = [_stock_row(r) for r in rows[:limit]]
    return StockPage(shown, min(n, cap), n > cap)


def history(uow: UnitOfWork, product_id: int, limit: int = 200) -> list[Movement]:
    with uow.read() as tx:
        rows = tx.stock.history(product_id, limit)
    return [Movement(r.created_at, from_milli(r.quantity_milli), r.reason, r.doc_ref, r.station_code) for r in rows]


def on_hand(uow: UnitOfWork, product_id: int) -> Decimal:
    with uow.read() as tx:
        return from_milli(tx.stock.on_hand_milli(product_id))

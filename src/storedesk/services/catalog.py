"""Find products: by scanned code (indexed lookup) and by name or SKU as you type (FTS5)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from ..adapters.match_count_repo import MatchCountRepo
from ..adapters.repositories import Product
from ..domain.errors import UnknownBarcode
from ..domain.scan import ScanInput
from ..i18n import msg

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Each typed word becomes a prefix term; punctuation can never break the FTS syntax."""
    tokens = _TOKEN.findall(text or "")[:6]
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


def find_scanned(tx: Tx, scan: ScanInput) -> Product:
    if scan.kind == "embedded":
        product = tx.catalog.by_plu(scan.plu)
        if product is None:
            raise UnknownBarcode(
                msg("scan", "{code}: scale item {plu} is not in the catalog", code=scan.code, plu=scan.plu)
            )
        return product
    if scan.kind == "gtin":
        product = tx.catalog.by_barcode(scan.code)
        if product is None and len(scan.code) == 12:  # a UPC-A printed as EAN-13 with a leading 0
            product = tx.catalog.by_barcode("0" + scan.code)
        if product is None:
            raise UnknownBarcode(msg("scan", "{code}: unknown barcode; nothing added", code=scan.code))
        return product
    product = tx.catalog.by_sku(scan.code) or tx.catalog.by_plu(scan.code)
    if product is None:
        raise UnknownBarcode(msg("scan", "{code}: no product with this code; nothing added", code=scan.code))
    return product


def search(uow: UnitOfWork, text: str, limit: int = 20) -> list[Product]:
    query = fts_query(text)
    if query is None:
        return []
    with uow.read() as tx:
        return tx.catalog.search(query, limit)


# ---- how many match (the search screens say "20 of 1,204: type more") --------------------
COUNT_CAP = 10_000  # counting stops here: "20 of more than 10,000" (adapters/match_count_repo.py)


@dataclass(frozen=True)
class Matches:
    """The first matches of a search, and how many match in all."""

    rows: list  # of Product, at most the limit asked for
    total: int  # how many match; `cap` when more than that do
    capped: bool = False  # more than `total` match: the count stopped at the cap

    @property
    def more(self) -> bool:
        """More match than are shown."""
        return self.capped or self.total > len(self.rows)


class MatchCount(NamedTuple):
    total: int  # how many active products match, at most `cap`
    capped: bool  # more than `cap` do: `total` is `cap`


def count_matches(uow: UnitOfWork, text: str, cap: int | None = None) -> MatchCount:
    """How many active products match `text`, counted up to `cap`."""
    cap = COUNT_CAP if cap is None else cap
    query = fts_query(text)
    if query is None:
        return MatchCount(0, False)
    with uow.read() as tx:
        n = MatchCountRepo(tx.conn).products(query, cap)
    return MatchCount(min(n, cap), n > cap)


def search_counted(uow: UnitOfWork, text: str, limit: int = 20, cap: int | None = None) -> Matches:
    """The first `limit` matches as search() gives them, and how many match in all (up to
    `cap`), from one lookup of the FTS index (adapters/match_count_repo.py)."""
    cap = COUNT_CAP if cap is None else cap
    query = fts_query(text)
    if query is None:
        return Matches([], 0)
    with uow.read() as tx:
        ids, n = MatchCountRepo(tx.conn).first_products(query, limit, cap)
        rows = [p for p in map(tx.catalog.by_id, ids) if p is not None]
    return Matches(rows, min(n, cap), n > cap)

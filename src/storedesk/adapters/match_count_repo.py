"""The first matches of a search and how many match in all, in one FTS lookup; counted only
up to a cap.

The search screens show the first 20 (F2) or 200 (Stock) matches and say how many match in
all ("20 of 1,204: type more"). Two things keep that fast on a catalog of a million products:
- counting stops at `cap` (the screen then says "20 of more than 10,000"), so a count reads at
  most `cap` + 1 index rows per keystroke;
- the first matches and the count come from ONE match of the FTS index (a CTE materialized
  once): a one-letter prefix such as "s" merges the doclists of a million SKU terms, and
  matching twice would pay that twice.
Rows come in the FTS index's order (rowid), as CatalogRepo.search and StockRepo.balances give them.
"""

from __future__ import annotations

from .repositories import BalanceRow, Repo

# The products a search may show: active ones with a known tax rate (as CatalogRepo.search).
_SHOWN = (
    "SELECT f.rowid AS id FROM products_fts f JOIN products p ON p.id = f.rowid "
    "JOIN tax_rates t ON t.code = p.tax_code WHERE products_fts MATCH ? AND p.active = 1 LIMIT ?"
)
# The stock view lists every product, active or not (as StockRepo.balances).
_STOCKED = (
    "SELECT f.rowid AS id FROM products_fts f JOIN products p ON p.id = f.rowid WHERE products_fts MATCH ? LIMIT ?"
)


class MatchCountRepo(Repo):
    def products(self, fts_query: str, cap: int) -> int:
        """How many products a search shows for `fts_query`, at most cap + 1."""
        return self.q(f"SELECT count(*) FROM ({_SHOWN})", (fts_query, cap + 1)).fetchone()[0]

    def first_products(self, fts_query: str, first: int, cap: int) -> tuple[list[int], int]:
        """(ids of the first `first` products a search shows, how many it shows: at most cap + 1)."""
        rows = self.q(
            f"WITH m AS MATERIALIZED ({_SHOWN}) "
            "SELECT (SELECT count(*) FROM m), id FROM (SELECT id FROM m ORDER BY id LIMIT ?)",
            (fts_query, cap + 1, first),
        ).fetchall()
        return [r[1] for r in rows], (rows[0][0] if rows else 0)

    def first_stock(self, fts_query: str, first: int, cap: int) -> tuple[list[BalanceRow], int]:
        """(the stock view's first `first` rows for `fts_query`, how many rows match: at most cap + 1)."""
        rows = self.q(
            f"WITH m AS MATERIALIZED ({_STOCKED}) "
            "SELECT (SELECT count(*) FROM m), p.id, p.sku, p.name, coalesce(b.on_hand_milli, 0) "
            "FROM (SELECT id FROM m ORDER BY id LIMIT ?) x JOIN products p ON p.id = x.id "
            "LEFT JOIN stock_balances b ON b.product_id = p.id ORDER BY x.id",
            (fts_query, cap + 1, first),
        ).fetchall()
        return [BalanceRow(*r[1:]) for r in rows], (rows[0][0] if rows else 0)

    def stock(self, fts_query: str | None, cap: int) -> int:
        """Rows of the stock view (as StockRepo.balances): products matching `fts_query`, or with
        no text every product with a balance; at most cap + 1."""
        if fts_query:
            return self.q(f"SELECT count(*) FROM ({_STOCKED})", (fts_query, cap + 1)).fetchone()[0]
        return self.q(
            "SELECT count(*) FROM (SELECT 1 FROM stock_balances b JOIN products p ON p.id = b.product_id LIMIT ?)",
            (cap + 1,),
        ).fetchone()[0]

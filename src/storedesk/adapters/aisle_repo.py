"""The orders on a completed sale's lines (the endless aisle, migration s0018): written with the
sale, read by its receipt."""

from __future__ import annotations

from typing import NamedTuple

from .repositories import Repo


class LineOrderRow(NamedTuple):
    """One ordered line of a sale, as stored (the sale_line_orders columns)."""

    sale_id: str
    line_no: int
    order_id: str
    number: str
    fulfilment: str  # "ship" | "pickup"
    pickup_store: str
    delivery: str | None  # JSON (ship)


class AisleRepo(Repo):
    def add(self, rows: list[LineOrderRow]) -> None:
        self.q(f"INSERT INTO sale_line_orders VALUES ({','.join('?' * len(LineOrderRow._fields))})", rows)

    def of_sale(self, sale_id: str) -> dict[int, LineOrderRow]:
        """The sale's ordered lines, by line number."""
        rows = self.rows_as(LineOrderRow, "SELECT * FROM sale_line_orders WHERE sale_id = ?", (sale_id,))
        return {r.line_no: r for r in rows}

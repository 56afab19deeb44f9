"""Completed sales: written once, never updated (triggers refuse it), read for receipts and exports."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .repositories import Repo


@dataclass(frozen=True)
class StoredSale:
    id: str
    receipt_no: str
    number: int
    user_id: int
    user_name: str
    created_at: str
    currency: str
    prices_include_tax: bool
    subtotal_minor: int
    discount_minor: int
    net_minor: int
    tax_minor: int
    total_minor: int
    rounding_minor: int
    change_minor: int
    station_code: str
    lines: list[tuple]  # sale_lines columns after sale_id
    taxes: list[tuple]  # (tax_code, rate, net, tax, gross)
    payments: list[tuple]  # (kind, amount_minor, reference)
    overrides: list


class SalesRepo(Repo):
    def insert(self, header: tuple, lines: list[tuple], taxes: list[tuple], payments: list[tuple]) -> None:
        self.q(
            "INSERT INTO sales(id, receipt_no, number, store_code, station_code, user_id, shift_id, basket_id, "
            "created_at, currency, prices_include_tax, subtotal_minor, discount_minor, net_minor, tax_minor, "
            "total_minor, rounding_minor, change_minor, voided_lines, overrides, z_no) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            header,
        )
        self.q("INSERT INTO sale_lines VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", lines)
        self.q("INSERT INTO sale_taxes VALUES (?,?,?,?,?,?)", taxes)
        self.q("INSERT INTO sale_payments VALUES (?,?,?,?,?)", payments)

    def get(self, sale_id: str) -> StoredSale | None:
        h = self.q(
            "SELECT s.id, s.receipt_no, s.number, s.user_id, u.name, s.created_at, s.currency, s.prices_include_tax, "
            "s.subtotal_minor, s.discount_minor, s.net_minor, s.tax_minor, s.total_minor, s.rounding_minor, "
            "s.change_minor, s.station_code, s.overrides FROM sales s JOIN users u ON u.id = s.user_id WHERE s.id = ?",
            (sale_id,),
        ).fetchone()
        if not h:
            return None
        lines = [tuple(r) for r in self.q("SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no", (sale_id,))]
        taxes = [
            tuple(r)
            for r in self.q(
                "SELECT tax_code, rate, net_minor, tax_minor, gross_minor FROM sale_taxes WHERE sale_id = ? "
                "ORDER BY CAST(rate AS REAL) DESC",
                (sale_id,),
            )
        ]
        pays = [
            tuple(r)
            for r in self.q(
                "SELECT kind, amount_minor, reference FROM sale_payments WHERE sale_id = ? ORDER BY line_no", (sale_id,)
            )
        ]
        fields = [*h[:16], [ln[1:] for ln in lines], taxes, pays, json.loads(h[16])]
        fields[7] = bool(h[7])  # prices_include_tax
        return StoredSale(*fields)

    def last_id(self) -> str | None:
        row = self.q("SELECT id FROM sales ORDER BY number DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def by_receipt(self, receipt_no: str) -> str | None:
        row = self.q("SELECT id FROM sales WHERE receipt_no = ?", (receipt_no.strip().upper(),)).fetchone()
        return row[0] if row else None

    def count(self) -> int:
        return self.q("SELECT count(*) FROM sales").scalar_one()

    def export_rows(self, start_utc: str, end_utc: str):
        """One row per sale line between two UTC instants, with the sale's tenders."""
        return self.q(
            "SELECT s.receipt_no, s.created_at, s.currency, l.line_no, l.sku, l.name, l.quantity_milli, "
            "l.unit_price_minor, l.line_discount_minor + l.basket_discount_minor, l.tax_rate, l.tax_minor, "
            "l.gross_minor, (SELECT group_concat(kind || ':' || amount_minor, ';') FROM "
            "(SELECT kind, amount_minor FROM sale_payments p WHERE p.sale_id = s.id ORDER BY line_no)), s.change_minor "
            "FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
            "WHERE s.created_at >= ? AND s.created_at < ? ORDER BY s.number, l.line_no",
            (start_utc, end_utc),
        )

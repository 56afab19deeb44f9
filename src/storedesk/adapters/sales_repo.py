"""Completed sales: written once, never updated (triggers refuse it), read for receipts and exports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..domain.tax import TaxTotal
from .repositories import Repo


class SaleRow(NamedTuple):
    """A completed sale's header as written (a tuple: the INSERT's parameters as it is, on the
    counter's hot path)."""

    id: str
    receipt_no: str
    number: int
    store_code: str
    station_code: str
    user_id: int
    shift_id: str | None
    basket_id: str
    created_at: str
    currency: str
    prices_include_tax: int
    subtotal_minor: int
    discount_minor: int
    net_minor: int
    tax_minor: int
    total_minor: int
    rounding_minor: int
    change_minor: int
    voided_lines: int
    overrides: str  # JSON
    z_no: int


class StoredLine(NamedTuple):
    """A sale line as stored (the sale_lines columns after sale_id)."""

    line_no: int
    product_id: int
    sku: str
    name: str
    category: str
    quantity_milli: int
    unit_price_minor: int
    price_overridden: int
    line_discount_minor: int
    basket_discount_minor: int
    amount_minor: int
    tax_code: str
    tax_rate: str
    tax_minor: int
    gross_minor: int


class SaleTaxRow(NamedTuple):
    sale_id: str
    tax_code: str
    rate: str
    net_minor: int
    tax_minor: int
    gross_minor: int


class SalePaymentRow(NamedTuple):
    sale_id: str
    line_no: int
    kind: str
    amount_minor: int
    reference: str


class TenderPaid(NamedTuple):
    kind: str
    amount_minor: int
    reference: str


@dataclass(frozen=True)
class StoredSale:
    """A completed sale as read back: its header as it was written, with the clerk's name."""

    head: SaleRow
    user_name: str
    lines: list[StoredLine]
    taxes: list[TaxTotal]
    payments: list[TenderPaid]


# The sales columns are SaleRow's fields, in its order: written from it, read back into it.
_INSERT_HEAD = f"INSERT INTO sales({', '.join(SaleRow._fields)}) VALUES ({', '.join('?' * len(SaleRow._fields))})"
_HEAD_READ = ", ".join(f"s.{c}" for c in SaleRow._fields)


class SalesRepo(Repo):
    def insert(
        self, header: SaleRow, lines: list[StoredLine], taxes: list[SaleTaxRow], payments: list[SalePaymentRow]
    ) -> None:
        self.q(_INSERT_HEAD, header)
        self.q("INSERT INTO sale_lines VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [(header.id, *ln) for ln in lines])
        self.q("INSERT INTO sale_taxes VALUES (?,?,?,?,?,?)", taxes)
        self.q("INSERT INTO sale_payments VALUES (?,?,?,?,?)", payments)

    def get(self, sale_id: str) -> StoredSale | None:
        h = self.q(
            f"SELECT {_HEAD_READ}, u.name FROM sales s JOIN users u ON u.id = s.user_id WHERE s.id = ?", (sale_id,)
        ).fetchone()
        if not h:
            return None
        lines = [
            StoredLine(*r[1:])
            for r in self.q("SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no", (sale_id,))
        ]
        taxes = self.rows_as(
            TaxTotal,
            "SELECT tax_code, rate, net_minor, tax_minor, gross_minor FROM sale_taxes WHERE sale_id = ? "
            "ORDER BY CAST(rate AS REAL) DESC",
            (sale_id,),
        )
        pays = self.rows_as(
            TenderPaid,
            "SELECT kind, amount_minor, reference FROM sale_payments WHERE sale_id = ? ORDER BY line_no",
            (sale_id,),
        )
        return StoredSale(SaleRow(*h[:-1]), h[-1], lines, taxes, pays)

    def last_id(self) -> str | None:
        return self.value("SELECT id FROM sales ORDER BY number DESC LIMIT 1")

    def by_receipt(self, receipt_no: str) -> str | None:
        return self.value("SELECT id FROM sales WHERE receipt_no = ?", (receipt_no.strip().upper(),))

    def count(self) -> int:
        return self.q("SELECT count(*) FROM sales").scalar_one()

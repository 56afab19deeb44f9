"""What the accountant's export reads: the sale and return lines made between two instants."""

from __future__ import annotations

from dataclasses import dataclass

from .repositories import Repo


@dataclass(frozen=True)
class ExportLine:
    """What a line of the accountant's export starts with, a sale's or a return's."""

    doc_no: str  # the receipt or return number
    created_at: str
    currency: str
    line_no: int
    sku: str
    name: str
    quantity_milli: int


@dataclass(frozen=True)
class SaleExportRow(ExportLine):
    unit_price_minor: int
    discount_minor: int  # line and basket discounts
    tax_rate: str
    tax_minor: int
    gross_minor: int
    tenders: str | None  # "kind:minor;..."
    change_minor: int
    promotions: str  # JSON: [{"id": ..., "amount_minor": ...}] of the line, by id ("[]": none)
    gift_card: str | None  # the code of the card sold or reloaded on the line
    customer_id: str | None  # the sale's customer (issue 18), if one was attached
    customer_card: str | None
    points_earned: int | None


@dataclass(frozen=True)
class ReturnExportRow(ExportLine):
    refund_minor: int
    tax_code: str
    tax_rate: str
    code_tax_minor: int  # the return's tax of that code
    refunds: str | None  # "kind:minor;..."
    original_ref: str | None


@dataclass(frozen=True)
class ExportLines:
    sales: list[SaleExportRow]  # one per sale line, with the sale's tenders
    returns: list[ReturnExportRow]  # one per return line, with the return's tax of its code and its refunds


_SALE_LINES = (
    "SELECT s.receipt_no, s.created_at, s.currency, l.line_no, l.sku, l.name, l.quantity_milli, "
    "l.unit_price_minor, l.line_discount_minor + l.basket_discount_minor, l.tax_rate, l.tax_minor, "
    "l.gross_minor, (SELECT group_concat(kind || ':' || amount_minor, ';') FROM "
    "(SELECT kind, amount_minor FROM sale_payments p WHERE p.sale_id = s.id ORDER BY line_no)), s.change_minor, "
    "(SELECT json_group_array(json_object('id', promotion_id, 'amount_minor', amount_minor)) FROM "
    "(SELECT promotion_id, amount_minor FROM sale_line_promotions lp WHERE lp.sale_id = s.id "
    "AND lp.line_no = l.line_no ORDER BY promotion_id)), "
    "(SELECT g.code FROM sale_line_gift_cards g WHERE g.sale_id = s.id AND g.line_no = l.line_no), "
    "c.customer_id, c.card, c.points_earned "
    "FROM sales s JOIN sale_lines l ON l.sale_id = s.id LEFT JOIN sale_customers c ON c.sale_id = s.id "
    "WHERE s.created_at >= ? AND s.created_at < ? ORDER BY s.number, l.line_no"
)
_RETURN_LINES = (
    "SELECT r.return_no, r.created_at, r.currency, l.line_no, l.sku, l.name, l.quantity_milli, l.refund_minor, "
    "l.tax_code, l.tax_rate, coalesce((SELECT t.tax_minor FROM return_taxes t WHERE t.return_id = r.id "
    "AND t.tax_code = l.tax_code), 0), (SELECT group_concat(kind || ':' || amount_minor, ';') FROM "
    "(SELECT kind, amount_minor FROM return_payments p WHERE p.return_id = r.id ORDER BY line_no)), "
    "r.original_ref FROM returns r JOIN return_lines l ON l.return_id = r.id "
    "WHERE r.created_at >= ? AND r.created_at < ? ORDER BY r.number, l.line_no"
)


class ExportRepo(Repo):
    def lines(self, start_utc: str, end_utc: str) -> ExportLines:
        """The sale and return lines made between two UTC instants, each in its documents' order."""
        span = (start_utc, end_utc)
        return ExportLines(
            self.rows_as(SaleExportRow, _SALE_LINES, span), self.rows_as(ReturnExportRow, _RETURN_LINES, span)
        )

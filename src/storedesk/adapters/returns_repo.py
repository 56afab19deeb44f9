"""Returns: return documents, their lines, taxes and refunds, and the hub's over-return flags
(migration s0004). Documents are written once; triggers refuse UPDATE and DELETE."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..domain.tax import TaxTotal
from .repositories import Repo


class ReturnedLine(NamedTuple):
    line_no: int
    original_line: int
    sku: str
    name: str
    quantity_milli: int
    refund_minor: int
    tax_code: str
    tax_rate: str
    condition: str


class RefundPaid(NamedTuple):
    kind: str
    amount_minor: int
    rounding_minor: int
    reference: str | None


class ReturnFlag(NamedTuple):
    """An over-return the hub flagged (a tuple too: the returns screen reads it by position)."""

    id: str
    return_no: str
    original_ref: str
    detail: str
    flagged_at: str
    seen_at: str | None


# A return document's parts: its lines, its taxes, its refunds, each read into its row type.
_PARTS: tuple[tuple[str, Callable[..., tuple], str], ...] = (
    (
        "lines",
        ReturnedLine,
        "SELECT line_no, original_line, sku, name, quantity_milli, refund_minor, tax_code, tax_rate, condition "
        "FROM return_lines WHERE return_id = ? ORDER BY line_no",
    ),
    (
        "taxes",
        TaxTotal,
        "SELECT tax_code, rate, net_minor, tax_minor, gross_minor FROM return_taxes WHERE return_id = ? "
        "ORDER BY CAST(rate AS REAL) DESC",
    ),
    (
        "payments",
        RefundPaid,
        "SELECT kind, amount_minor, rounding_minor, reference FROM return_payments WHERE return_id = ? "
        "ORDER BY line_no",
    ),
)


class ReturnsRepo(Repo):
    def insert(self, header: dict, lines: list[tuple], taxes: list[tuple], payments: list[tuple]) -> None:
        cols = ", ".join(header)
        self.q(f"INSERT INTO returns({cols}) VALUES ({', '.join('?' * len(header))})", tuple(header.values()))
        self.q("INSERT INTO return_lines VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", lines)
        self.q("INSERT INTO return_taxes VALUES (?,?,?,?,?,?)", taxes)
        self.q("INSERT INTO return_payments VALUES (?,?,?,?,?,?)", payments)

    def returned_milli(self, original_ref: str) -> dict[int, int]:
        """Quantity already returned per original line of a sale, over every return kept here."""
        rows = self.q(
            "SELECT l.original_line, sum(l.quantity_milli) FROM returns r JOIN return_lines l ON l.return_id = r.id "
            "WHERE r.original_ref = ? GROUP BY l.original_line",
            (original_ref,),
        )
        return dict(rows)

    def refunded_minor(self, original_ref: str) -> dict[str, int]:
        """Exact refund value (amount less cash rounding) per tender kind for a sale."""
        rows = self.q(
            "SELECT p.kind, sum(p.amount_minor - p.rounding_minor) FROM returns r "
            "JOIN return_payments p ON p.return_id = r.id WHERE r.original_ref = ? GROUP BY p.kind",
            (original_ref,),
        )
        return dict(rows)

    def by_id(self, return_id: str) -> dict | None:
        cur = self.q("SELECT * FROM returns WHERE id = ?", (return_id,))
        row = cur.fetchone()
        if row is None:
            return None
        doc = dict(zip([d[0] for d in cur.description], row, strict=True))
        for key, make, sql in _PARTS:
            doc[key] = self.rows_as(make, sql, (return_id,))
        doc["user_name"] = self.q("SELECT name FROM users WHERE id = ?", (doc["user_id"],)).scalar_one()
        return doc

    def by_no(self, return_no: str) -> str | None:
        return self.value("SELECT id FROM returns WHERE return_no = ?", (return_no.strip().upper(),))

    def last_id(self) -> str | None:
        return self.value(
            "SELECT id FROM returns WHERE station_code = (SELECT value FROM settings WHERE key = "
            "'station_code') ORDER BY number DESC LIMIT 1"
        )

    def lowest_unit_price(self, product_id: int, since_utc: str) -> int | None:
        """The lowest price per unit actually paid for a product since a time (after discounts),
        in minor units, over this station's sales; None when it was not sold then."""
        row = self.q(
            "SELECT min(l.gross_minor * 1000 / l.quantity_milli) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
            "WHERE l.product_id = ? AND s.created_at >= ? AND l.quantity_milli > 0",
            (product_id, since_utc),
        ).fetchone()
        return row[0] if row and row[0] is not None else None

    # ---- over-return flags from the hub
    def add_flag(self, flag_id: str, return_no: str, original_ref: str, detail: str, flagged_at: str, now: str) -> bool:
        return self.added(
            "INSERT INTO return_flags(id, return_no, original_ref, detail, flagged_at, received_at) "
            "VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO NOTHING",
            (flag_id, return_no, original_ref, detail, flagged_at, now),
        )

    def flags(self, unseen_only: bool = False) -> list[ReturnFlag]:
        """Newest first."""
        where = "WHERE seen_at IS NULL " if unseen_only else ""
        return self.rows_as(
            ReturnFlag,
            f"SELECT id, return_no, original_ref, detail, flagged_at, seen_at FROM return_flags {where}"
            "ORDER BY flagged_at DESC",
        )

    def mark_seen(self, flag_id: str, user_id: int, now: str) -> None:
        self.q(
            "UPDATE return_flags SET seen_by = ?, seen_at = ? WHERE id = ? AND seen_at IS NULL", (user_id, now, flag_id)
        )

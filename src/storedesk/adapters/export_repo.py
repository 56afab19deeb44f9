"""What the accountant's exports read that belongs to no single feature's repository: the
lines of the returns made between two instants (the sales' own lines: SalesRepo.export_rows)."""

from __future__ import annotations

from .repositories import Repo


class ExportRepo(Repo):
    def return_rows(self, start_utc: str, end_utc: str):
        """One row per return line between two UTC instants: (return_no, created_at, currency,
        line_no, sku, name, quantity_milli, refund_minor, tax_code, tax_rate, the return's tax of
        that code, refunds "kind:minor;...", original receipt)."""
        return self.q(
            "SELECT r.return_no, r.created_at, r.currency, l.line_no, l.sku, l.name, l.quantity_milli, l.refund_minor, "
            "l.tax_code, l.tax_rate, coalesce((SELECT t.tax_minor FROM return_taxes t WHERE t.return_id = r.id "
            "AND t.tax_code = l.tax_code), 0), (SELECT group_concat(kind || ':' || amount_minor, ';') FROM "
            "(SELECT kind, amount_minor FROM return_payments p WHERE p.return_id = r.id ORDER BY line_no)), "
            "r.original_ref FROM returns r JOIN return_lines l ON l.return_id = r.id "
            "WHERE r.created_at >= ? AND r.created_at < ? ORDER BY r.number, l.line_no",
            (start_utc, end_utc),
        )

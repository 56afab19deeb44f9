"""The documents whose original PDF is not on disk yet (table pending_receipts, s0010).

Rows are added by triggers in the document's own transaction (a sale, a return, a Z);
services/pending_receipts.py writes the missing PDFs and deletes the rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from .repositories import Repo


@dataclass(frozen=True)
class PendingDoc:
    kind: str  # 'sale' | 'return' | 'z'
    ref: str  # sales.id, returns.id, or the Z number
    doc_no: str
    since: str  # UTC ISO: when the document was saved
    attempts: int
    last_error: str


class PendingReceiptsRepo(Repo):
    # `saved_before`: only documents saved before that time, or already tried and failed (a
    # receipt still being printed right after its sale is not missing yet). None: every row.
    _DUE = "(? IS NULL OR since < ? OR attempts > 0)"

    def count(self, saved_before: str | None = None) -> int:
        return self.q(
            f"SELECT count(*) FROM pending_receipts WHERE {self._DUE}", (saved_before, saved_before)
        ).fetchone()[0]

    def oldest(self, limit: int, saved_before: str | None = None) -> list[PendingDoc]:
        rows = self.q(
            "SELECT kind, ref, doc_no, since, attempts, last_error FROM pending_receipts "
            f"WHERE {self._DUE} ORDER BY since LIMIT ?",
            (saved_before, saved_before, limit),
        )
        return [PendingDoc(*row) for row in rows.fetchall()]

    def failed(self, kind: str, ref: str, error: str, at: str) -> None:
        self.q(
            "UPDATE pending_receipts SET attempts = attempts + 1, last_error = ?, last_try = ? "
            "WHERE kind = ? AND ref = ?",
            (error, at, kind, ref),
        )

    def written(self, kind: str, ref: str) -> None:
        self.q("DELETE FROM pending_receipts WHERE kind = ? AND ref = ?", (kind, ref))

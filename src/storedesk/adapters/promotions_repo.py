"""The station's promotions (migration s0019): the document in force, and what each promotion
gave on each completed sale line."""

from __future__ import annotations

import hashlib
from typing import NamedTuple

from .repositories import Repo


class StoredPromotions(NamedTuple):
    """The promotions document in force (`{"promotions": [...]}` as received), and where from."""

    document: str
    source: str  # "hub" (the feed) | "file" (storedesk promotions import)
    version: str  # SHA-256 of the document
    loaded_at: str


class LinePromotionRow(NamedTuple):
    """What one promotion gave one line of a completed sale (sale_line_promotions)."""

    sale_id: str
    line_no: int
    promotion_id: str
    amount_minor: int


def document_version(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


class PromotionsRepo(Repo):
    def version(self) -> str | None:
        """The version in force (one indexed read: the counter asks on every basket load)."""
        return self.value("SELECT version FROM promotion_sets WHERE id = 1")

    def current(self) -> StoredPromotions | None:
        return next(
            iter(self.rows_as(StoredPromotions, "SELECT document, source, version, loaded_at FROM promotion_sets")),
            None,
        )

    def replace(self, document: str, source: str, now: str) -> str:
        """Put `document` (already checked by the caller) in force, whole; its version."""
        version = document_version(document)
        self.q(
            "INSERT INTO promotion_sets (id, document, source, version, loaded_at) VALUES (1, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET document = excluded.document, source = excluded.source, "
            "version = excluded.version, loaded_at = excluded.loaded_at",
            (document, source, version, now),
        )
        return version

    def add_line_promotions(self, rows: list[LinePromotionRow]) -> None:
        if rows:
            self.q("INSERT INTO sale_line_promotions VALUES (?, ?, ?, ?)", rows)

    def of_sale(self, sale_id: str) -> list[LinePromotionRow]:
        return self.rows_as(
            LinePromotionRow,
            "SELECT * FROM sale_line_promotions WHERE sale_id = ? ORDER BY line_no, promotion_id",
            (sale_id,),
        )

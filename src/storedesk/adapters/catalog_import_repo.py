"""What a station's catalog import (services/catalog_import.py) reads before it writes: every
barcode's owner and, per product, what a row that leaves a column out keeps. The writes go
through FeedRepo.upsert_product, the path the hub's feed takes."""

from __future__ import annotations

from dataclasses import dataclass

from .repositories import Repo


@dataclass(frozen=True)
class KnownProduct:
    name: str
    price_minor: int
    tax_code: str
    category: str
    active: bool
    unit: str
    barcodes: tuple[str, ...]


class CatalogImportRepo(Repo):
    def known(self) -> dict[str, KnownProduct]:
        """SKU -> what the station holds of it, for the whole catalog."""
        codes: dict[int, list[str]] = {}
        for code, pid in self.q("SELECT code, product_id FROM barcodes"):
            codes.setdefault(pid, []).append(code)
        rows = self.q(
            "SELECT p.id, p.sku, p.name, p.price_minor, p.tax_code, coalesce(c.name, ''), p.active, p.unit "
            "FROM products p LEFT JOIN categories c ON c.id = p.category_id"
        )
        return {r[1]: KnownProduct(r[2], r[3], r[4], r[5], bool(r[6]), r[7], tuple(codes.get(r[0], ()))) for r in rows}

"""Many products written at once (a new station's catalog snapshot, services/catalog_snapshot.py):
the same effect as FeedRepo.upsert_product row by row, in a few executemany statements per page.

An existing SKU is updated (its unit kept when the row has none), a new one inserted (by the
piece when the row has no unit); the product's barcodes become the row's. The FTS and price-change
triggers fire as they do for the feed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .repositories import Repo

CHUNK = 900  # bound variables per IN (...) query


@dataclass(frozen=True)
class BulkProduct:
    """A product as a checked feed item holds it (sync/feed_items.product)."""

    sku: str
    name: str
    price_minor: int
    tax_code: str
    category: str
    active: bool
    barcodes: tuple[str, ...]
    unit: str | None  # None: an existing product keeps its unit, a new one is sold by the piece


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


class CatalogBulkRepo(Repo):
    def barcode_owners(self, codes: Sequence[str]) -> dict[str, str]:
        """Barcode -> the SKU holding it, for those of `codes` the station has."""
        owners: dict[str, str] = {}
        for part in _chunks(codes):
            marks = ",".join("?" * len(part))
            sql = (
                f"SELECT b.code, p.sku FROM barcodes b JOIN products p ON p.id = b.product_id WHERE b.code IN ({marks})"
            )
            owners.update(self.q(sql, tuple(part)).fetchall())
        return owners

    def product_ids(self, skus: Sequence[str]) -> dict[str, int]:
        ids: dict[str, int] = {}
        for part in _chunks(skus):
            marks = ",".join("?" * len(part))
            ids.update(self.q(f"SELECT sku, id FROM products WHERE sku IN ({marks})", tuple(part)).fetchall())
        return ids

    def _category_ids(self, names: set[str]) -> dict[str, int]:
        self.q("INSERT OR IGNORE INTO categories(name) VALUES (?)", [(n,) for n in sorted(names)])
        ids: dict[str, int] = {}
        for part in _chunks(sorted(names)):
            marks = ",".join("?" * len(part))
            ids.update(self.q(f"SELECT name, id FROM categories WHERE name IN ({marks})", tuple(part)).fetchall())
        return ids

    def upsert_products(self, rows: Sequence[BulkProduct]) -> None:
        """Insert or update every row (SKUs distinct, barcodes already checked free)."""
        if not rows:
            return
        cats = self._category_ids({r.category for r in rows if r.category})
        self.q(
            "INSERT INTO products(sku, name, category_id, price_minor, tax_code, active, unit) "
            "VALUES (:sku, :name, :cat, :price, :tax, :active, coalesce(:unit, 'pc')) "
            "ON CONFLICT(sku) DO UPDATE SET name = excluded.name, price_minor = excluded.price_minor, "
            "tax_code = excluded.tax_code, category_id = excluded.category_id, active = excluded.active, "
            "unit = coalesce(:unit, products.unit)",
            [
                {
                    "sku": r.sku,
                    "name": r.name,
                    "cat": cats.get(r.category) if r.category else None,
                    "price": r.price_minor,
                    "tax": r.tax_code,
                    "active": int(r.active),
                    "unit": r.unit,
                }
                for r in rows
            ],
        )
        ids = self.product_ids([r.sku for r in rows])
        self.q("DELETE FROM barcodes WHERE product_id = ?", [(ids[r.sku],) for r in rows])
        self.q(
            "INSERT OR REPLACE INTO barcodes(code, product_id) VALUES (?, ?)",
            [(code, ids[r.sku]) for r in rows for code in r.barcodes],
        )

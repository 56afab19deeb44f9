"""Find products: by scanned code (indexed lookup) and by name or SKU as you type (FTS5)."""

from __future__ import annotations

import re

from ..domain.errors import UnknownBarcode
from ..domain.scan import ScanInput
from ..adapters.repositories import Product

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Each typed word becomes a prefix term; punctuation can never break the FTS syntax."""
    tokens = _TOKEN.findall(text or "")[:6]
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


def find_scanned(tx, scan: ScanInput) -> Product:
    if scan.kind == "embedded":
        product = tx.catalog.by_plu(scan.plu)
        if product is None:
            raise UnknownBarcode(f"{scan.code}: scale item {scan.plu} is not in the catalog")
        return product
    if scan.kind == "gtin":
        product = tx.catalog.by_barcode(scan.code)
        if product is None and len(scan.code) == 12:  # a UPC-A printed as EAN-13 with a leading 0
            product = tx.catalog.by_barcode("0" + scan.code)
        if product is None:
            raise UnknownBarcode(f"{scan.code}: unknown barcode; nothing added")
        return product
    product = tx.catalog.by_sku(scan.code) or tx.catalog.by_plu(scan.code)
    if product is None:
        raise UnknownBarcode(f"{scan.code}: no product with this code; nothing added")
    return product


def search(uow, text: str, limit: int = 20) -> list[Product]:
    query = fts_query(text)
    if query is None:
        return []
    with uow.read() as tx:
        return tx.catalog.search(query, limit)

"""A new station's first load of the catalog: a snapshot from the hub, not one feed item per product.

A station whose feed cursor is still 0 asks the hub for the catalog as it stands
(GET /v1/catalog/snapshot, hub/catalog/snapshot.py), page by page in SKU order, and writes each
page in one transaction (adapters/catalog_bulk_repo.py), with its progress, so an interrupted
load resumes where it stopped. Then it keeps the first page's feed position (POSITION_KEY): the
puller asks the feed from the start with `catalog_to` = that position, so the hub leaves out the
product and scheduled-price items the snapshot already holds, and sends everything else (staff,
settings, orders, other stations' movements) and every later change as usual.

Each row is checked as a feed item is (sync/feed_items.product, the same barcode rule); a bad row
is quarantined alone with its reason, the rest of the page is written. A hub without the route
(404) is pulled from the feed as before.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..adapters.catalog_bulk_repo import BulkProduct, CatalogBulkRepo
from ..adapters.hub_client import HubRefused, HubUnavailable
from ..sync import feed_items
from . import prices, tax_rates
from .context import config, utcnow

if TYPE_CHECKING:
    from ..adapters.hub_client import HubClient
    from ..adapters.uow import Tx, UnitOfWork
    from .context import StoreConfig

log = logging.getLogger(__name__)
CURSOR_KEY = "feed_cursor"  # sync/puller.py's
POSITION_KEY = "catalog_snapshot"  # the feed position of the loaded snapshot
PROGRESS_KEY = "catalog_snapshot_after"  # "POSITION SKU" while a load is under way
PAGE = 5000


@dataclass
class SnapshotStats:
    products: int = 0  # rows received
    applied: int = 0
    quarantined: int = 0
    position: int = 0


def is_new(uow: UnitOfWork) -> bool:
    """Nothing pulled from the feed yet and no snapshot loaded (or one under way)."""
    with uow.read() as tx:
        return tx.sync_state.get(CURSOR_KEY, "0") == "0" and tx.sync_state.get(POSITION_KEY) is None


def load_if_new(uow: UnitOfWork, client: HubClient, limit: int | None = None) -> SnapshotStats | None:
    """Load the catalog snapshot when this station is new; None when it is not (or the hub has no
    snapshot). HubUnavailable goes up: the next sync resumes the load."""
    if not is_new(uow):
        return None
    cfg = config(uow)
    with uow.read() as tx:
        progress = tx.sync_state.get(PROGRESS_KEY)
    at, after = (int(progress.split(" ", 1)[0]), progress.split(" ", 1)[1]) if progress else (None, "")
    stats = SnapshotStats()
    while True:
        try:
            page = client.catalog_snapshot(after, limit or PAGE)
        except HubRefused as exc:
            if exc.status == 404 and at is None:
                log.info("catalog snapshot: the hub has none; the feed brings the catalog")
                return None
            raise
        if at is None:
            at = _position(page)
        with uow.write() as tx:
            if not after:
                _tax_rates(tx, page.get("tax_rates"), cfg)
            _write_page(tx, page, cfg, stats, f"snapshot {at}")
            after = str(page.get("next") or after)
            more = bool(page.get("more"))
            if more:
                tx.sync_state.set(PROGRESS_KEY, f"{at} {after}")
            else:
                tx.sync_state.set(POSITION_KEY, str(at))
                tx.conn.execute("DELETE FROM sync_state WHERE key = ?", (PROGRESS_KEY,))
        if not more:
            break
    stats.position = at
    log.info("catalog snapshot at %d: %d products, %d quarantined", at, stats.applied, stats.quarantined)
    return stats


def _position(page: dict) -> int:
    text = page.get("position")
    if not isinstance(text, str) or not text.isdigit():
        raise HubUnavailable("catalog snapshot page is malformed (position missing)")
    return int(text)


def _tax_rates(tx: Tx, items: object, cfg: StoreConfig) -> None:
    """The hub's dated rates first: a product may carry one of them (feed_items.product)."""
    now = utcnow()
    for data in items if isinstance(items, list) else []:
        try:
            tax_rates.apply_item(tx, data if isinstance(data, dict) else {}, cfg, now)
        except feed_items.BadItem as exc:
            tx.feed.quarantine("snapshot", "tax_rate", json.dumps(data, default=str)[:10000], str(exc), now)


def _write_page(tx: Tx, page: dict, cfg: StoreConfig, stats: SnapshotStats, where: str) -> None:
    now = utcnow()
    listed = page.get("products")
    rows: list = listed if isinstance(listed, list) else []
    stats.products += len(rows)
    rates = tx.catalog.tax_rates()
    dated: dict[str, set[Decimal]] = {}
    for change in tx.central.tax_rate_changes():
        dated.setdefault(change.code, set()).add(Decimal(change.rate))
    good: dict[str, BulkProduct] = {}
    for data in rows:
        try:
            c = feed_items.product(data, cfg.currency, rates, dated)
            good[c["sku"]] = BulkProduct(
                c["sku"], c["name"], c["price_minor"], c["tax_code"], c["category"], c["active"],
                tuple(c["barcodes"]), c.get("unit"),
            )  # fmt: skip
        except feed_items.BadItem as exc:
            _quarantine(tx, where, data, str(exc), now, stats)
    repo = CatalogBulkRepo(tx.conn)
    owners = repo.barcode_owners([c for p in good.values() for c in p.barcodes])
    for p in list(good.values()):
        clash = next((c for c in p.barcodes if owners.get(c, p.sku) != p.sku), None)
        if clash is None:
            owners.update(dict.fromkeys(p.barcodes, p.sku))
        else:
            del good[p.sku]
            _quarantine(tx, where, {"sku": p.sku}, f"barcode {clash} already belongs to {owners[clash]}", now, stats)
    for code in sorted({p.tax_code for p in good.values()} - set(rates)):
        tax_rates.introduce(tx, code)  # a code the hub dated for a day to come, as the puller does
    repo.upsert_products(list(good.values()))
    stats.applied += len(good)
    for data in page.get("pending_prices") or []:
        try:
            prices.apply_pending_item(tx, data, cfg, now)
        except feed_items.BadItem as exc:
            _quarantine(tx, where, data, str(exc), now, stats, kind="pending_price")


def _quarantine(tx: Tx, where: str, data: object, reason: str, now: str, stats: SnapshotStats, kind="product") -> None:
    tx.feed.quarantine(where, kind, json.dumps(data, default=str)[:10000], reason, now)
    stats.quarantined += 1
    log.warning("catalog snapshot: a %s row quarantined", kind)

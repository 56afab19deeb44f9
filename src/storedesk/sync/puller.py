"""The feed puller: apply the hub's feed page by page, idempotently, cursor in the same transaction."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..adapters.hub_client import HubClient, HubUnavailable
from ..adapters.repositories import NewMovement
from ..services import prices, tax_rates
from ..services.context import config, utcnow
from . import feed_items, feed_kinds
from .wire import MAX_FEED

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork

log = logging.getLogger(__name__)
CURSOR_KEY = "feed_cursor"
SNAPSHOT_KEY = "catalog_snapshot"  # services/catalog_snapshot.POSITION_KEY


@dataclass
class PullStats:
    received: int = 0
    applied: int = 0
    quarantined: int = 0


def _dated_rates(tx: Tx) -> dict[str, set[Decimal]]:
    """Every rate the hub has set for each tax code from a date on, past or still to come."""
    dated: dict[str, set[Decimal]] = {}
    for change in tx.central.tax_rate_changes():
        dated.setdefault(change.code, set()).add(Decimal(change.rate))
    return dated


def _apply(tx: Tx, item: dict, cfg, now: str) -> None:
    kind, data = item.get("kind"), item.get("data")
    if kind == "product":
        known = tx.catalog.tax_rates()
        p = feed_items.product(data, cfg.currency, known, _dated_rates(tx))
        if p["tax_code"] not in known:  # a code the hub dated for a day to come: known, sold from then
            tax_rates.introduce(tx, p["tax_code"])
        for code in p["barcodes"]:
            owner = tx.feed.barcode_owner(code)
            if owner is not None and owner != p["sku"]:
                raise feed_items.BadItem(f"barcode {code} already belongs to {owner}")
        tx.feed.upsert_product(
            p["sku"],
            p["name"],
            p["price_minor"],
            p["tax_code"],
            p["category"],
            p["active"],
            p["barcodes"],
            unit=p.get("unit"),
            kind=p.get("kind"),
        )
    elif kind == "stock_movement":
        m = feed_items.stock_movement(data, cfg.store_code)
        if m["station"] == cfg.station_code or tx.feed.movement_exists(m["id"]):
            return  # our own movement, or one already applied: a union of sets
        pid = tx.feed.product_id(m["sku"])
        if pid is None:
            raise feed_items.BadItem(f"unknown SKU {m['sku']}")
        tx.stock.add_movements(
            [NewMovement(m["id"], pid, m["milli"], m["reason"], m["doc_ref"], m["station"], m["at"])]
        )
    else:
        fn = feed_kinds.applier(kind) if isinstance(kind, str) else None
        if fn is None:
            raise feed_items.BadItem(f"unknown feed kind {kind!r}")
        if not isinstance(data, dict):
            raise feed_items.BadItem(f"{kind} item: data must be an object")
        fn(tx, data, cfg, now)


def pull_page(uow: UnitOfWork, client: HubClient, limit: int = MAX_FEED) -> tuple[PullStats, bool]:
    """Fetch and apply one page. Returns (stats, more pages waiting)."""
    cfg = config(uow)
    with uow.read() as tx:
        cursor = tx.sync_state.get(CURSOR_KEY, "0")
        snapshot = int(tx.sync_state.get(SNAPSHOT_KEY, "0"))
    # Loaded from a catalog snapshot (services/catalog_snapshot.py): its items are left out up to it.
    skip = {"catalog_to": snapshot} if snapshot > int(cursor) else {}  # fakes of get_feed take two arguments
    page = client.get_feed(cursor, limit, **skip)
    items, nxt = page.get("items"), page.get("next")
    if not isinstance(items, list) or not isinstance(nxt, str):
        raise HubUnavailable("feed page is malformed (items/next missing)")
    stats = PullStats(received=len(items))
    now = utcnow()
    with uow.write() as tx:
        if tx.sync_state.get(CURSOR_KEY, "0") != cursor:
            return PullStats(), True  # another puller moved on meanwhile: read again
        # Scheduled prices whose time came first: a price the page writes after it stays in force.
        prices.apply_due(tx, cfg.tz, now)
        for item in items:
            # Each item in a savepoint: a bad one is undone alone and quarantined with its
            # reason; the rest of the page still applies.
            tx.conn.execute("SAVEPOINT item")
            try:
                if not isinstance(item, dict):
                    raise feed_items.BadItem("item is not an object")
                _apply(tx, item, cfg, now)
                stats.applied += 1
            except feed_items.BadItem as exc:
                tx.conn.execute("ROLLBACK TO item")
                cursor_of = str(item.get("cursor", "")) if isinstance(item, dict) else ""
                kind = str(item.get("kind")) if isinstance(item, dict) else "?"
                tx.feed.quarantine(cursor_of, kind, json.dumps(item, default=str)[:10000], str(exc), now)
                stats.quarantined += 1
                # Not the reason: it may quote a customer's email; the Sync screen (F6) shows it.
                log.warning("feed: %s item at cursor %s quarantined", kind, cursor_of)
            finally:
                tx.conn.execute("RELEASE item")
        tx.sync_state.set(CURSOR_KEY, nxt)
    return stats, bool(page.get("more"))


def pull(uow: UnitOfWork, client: HubClient, limit: int = MAX_FEED, max_pages: int | None = None) -> PullStats:
    total = PullStats()
    pages = 0
    while max_pages is None or pages < max_pages:
        stats, more = pull_page(uow, client, limit)
        total.received += stats.received
        total.applied += stats.applied
        total.quarantined += stats.quarantined
        pages += 1
        if not more:
            break
    if total.received:
        log.info(
            "feed: %d items received, %d applied, %d quarantined (pages: %d)",
            total.received,
            total.applied,
            total.quarantined,
            pages,
        )
    return total

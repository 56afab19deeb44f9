"""Prices with a later valid_from: kept in pending_prices and switched by the station itself when
its store's clock shows their time (domain/price_schedule.py), online or not.

Where they come from: the hub's "pending_price" feed items (apply_pending_item, sync/feed_kinds.py)
and the station's own catalog import (services/catalog_import.py, a store without a hub).

When they switch (apply_due_prices, one write transaction): at start and with the status bar's
refresh on the till's database worker (ui/main_window.py: every 5 s, a read; a write only when one
is due), at each sync round (services/sync.py), before a feed page is applied (sync/puller.py: a
price written by the hub after the due time must stay the last word), and at the scan itself
(services/basket.py add_scan), so a line rung up after the time takes the new price even if the
status bar's check has not run yet. The switch is an UPDATE of products.price_minor:
the trigger products_price_change lists it for the shelf labels, as any price change.

A line already in a basket keeps the price it was scanned at: a basket open across the time (or
parked and recalled after it) is paid at the prices its lines were rung up at, as the shelf showed
them when the customer took the goods; a line scanned after the time has the new price.

Shelf labels print beforehand: services/stock/printing.py lists the upcoming prices with the
changes already in force and prints their labels; a label printed beforehand counts for the change
when it comes (PendingPricesRepo.switch), so no second label waits.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ..adapters.pending_prices_repo import DuePrice, PendingPricesRepo, UpcomingPrice
from ..domain.price_schedule import parse_local, wall_clock
from ..sync.feed_items import BadItem
from . import journal
from .context import config

if TYPE_CHECKING:
    from ..adapters.repositories import Product
    from ..adapters.uow import Tx, UnitOfWork

log = logging.getLogger(__name__)
_SKU = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{0,39}$")
MAX_PRICE_MINOR = 10**12
JOURNAL_KIND = "price_switch"
JOURNAL_SKUS = 50  # SKUs named in one entry; `count` says how many switched


def _instant(now: datetime | str | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return datetime.fromisoformat(now) if isinstance(now, str) else now


def apply_due(tx: Tx, tz: ZoneInfo, now: datetime | str | None = None) -> int:
    """Inside a write transaction: switch every scheduled price whose time the store's clock has
    shown at `now` (UTC). Returns how many switched."""
    moment = _instant(now)
    repo = PendingPricesRepo(tx.conn)
    due = repo.due(wall_clock(moment, tz))
    stamp = moment.astimezone(UTC).isoformat(timespec="microseconds")
    shown = list(dict.fromkeys(p.product_id for p in due))[:JOURNAL_SKUS]
    before = {pid: tx.catalog.by_id(pid) for pid in shown}  # read before the switch
    for price in due:
        repo.switch(price, stamp)
    if due:
        log.info("prices: %d scheduled prices switched", len(due))
        _journal(tx, due, before, stamp)
    return len(due)


def _journal(tx: Tx, due: list[DuePrice], before: dict[int, Product | None], at: str) -> None:
    """One "price_switch" entry for the prices switched together: how many, the first JOURNAL_SKUS
    products' SKUs and each one's price before and after (minor units), and when."""
    after = {p.product_id: p.price_minor for p in due}  # several for one product: the last is in force
    skus = {pid: product.sku if product else f"#{pid}" for pid, product in before.items()}
    amounts = {skus[pid]: [product.price_minor if product else None, after[pid]] for pid, product in before.items()}
    details = {"count": len(due), "skus": list(skus.values()), "prices": amounts}
    journal.record_change(tx, JOURNAL_KIND, at, details, at, "station")


def apply_due_prices(uow: UnitOfWork, now: datetime | None = None) -> int:
    """Switch the scheduled prices that are due at `now` (default: the clock), in one write
    transaction; a quick read first, so the minute's check writes nothing when nothing is due."""
    cfg = config(uow)
    moment = _instant(now)
    with uow.read() as tx:
        if not PendingPricesRepo(tx.conn).any_due(wall_clock(moment, cfg.tz)):
            return 0
    with uow.write() as tx:
        return apply_due(tx, cfg.tz, moment)


def schedule(tx: Tx, product_id: int, valid_from: str, price_minor: int, now: str) -> bool:
    """Keep a price for later (valid_from: the store's local date-time, price_schedule.LOCAL_FORMAT)."""
    return PendingPricesRepo(tx.conn).schedule(product_id, valid_from, price_minor, now)


def upcoming(tx: Tx, tz: ZoneInfo, unprinted_only: bool = True, now: datetime | None = None) -> list[UpcomingPrice]:
    """The scheduled prices still to come at `now`, soonest first."""
    return PendingPricesRepo(tx.conn).upcoming(wall_clock(_instant(now), tz), unprinted_only)


def mark_labels_printed(tx: Tx, ids: list[int], now: str) -> None:
    """The shelf labels of these prices to come are printed: their switch waits for no other label."""
    PendingPricesRepo(tx.conn).mark_label_printed(ids, now)


def apply_pending_item(tx: Tx, data: dict, cfg, now: str) -> None:
    """A "pending_price" feed item (sync/wire.py): {"sku", "price_minor", "currency", "valid_from"}.
    Idempotent: the same item twice changes nothing. A price whose time has already come here (the
    station was offline, or its store's clock is ahead of the others) switches at once, in its
    order among the page's items."""
    sku = data.get("sku")
    if not isinstance(sku, str) or not _SKU.match(sku):
        raise BadItem(f"sku {sku!r} is not a SKU")
    price = data.get("price_minor")
    if not isinstance(price, int) or isinstance(price, bool) or not 0 <= price <= MAX_PRICE_MINOR:
        raise BadItem("price_minor: expected a whole number of minor units, 0 or more")
    if data.get("currency") != cfg.currency:
        raise BadItem(f"currency {data.get('currency')!r} is not this store's {cfg.currency}")
    try:
        parse_local(data.get("valid_from"))
    except ValueError as exc:
        raise BadItem(f"valid_from: {exc}") from None
    pid = tx.feed.product_id(sku)
    if pid is None:
        raise BadItem(f"unknown SKU {sku}")
    schedule(tx, pid, data["valid_from"], price, now)
    apply_due(tx, cfg.tz, now)

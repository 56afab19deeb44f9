"""What `storedesk status` and the status bar show about this station."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .context import config

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork


@dataclass(frozen=True)
class StationStatus:
    store: str
    station: str
    products: int
    sales: int
    journal_entries: int
    waiting_events: int
    rejected_events: int
    oldest_waiting: str | None


def station_status(uow: UnitOfWork) -> StationStatus:
    cfg = config(uow)
    with uow.read() as tx:
        counts = tx.outbox.counts()
        return StationStatus(
            cfg.store_code,
            cfg.station_code,
            tx.catalog.count(),
            tx.sales.count(),
            tx.journal.last()[0],
            counts.get("pending", 0),
            counts.get("rejected", 0),
            tx.outbox.oldest_pending(),
        )


@dataclass(frozen=True)
class BarStatus:
    waiting_events: int
    rejected_events: int


def bar_status(uow: UnitOfWork) -> BarStatus:
    """What the status bar polls every few seconds: no table scans."""
    with uow.read() as tx:
        return BarStatus(*tx.outbox.waiting())

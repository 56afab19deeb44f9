"""Tax rates from the hub, each from a local date on (feed kind "tax_rate", sync/feed_kinds.py).

A change is kept in `tax_rate_changes` with the instant its day starts in the store's time zone
(`starts_at`, UTC); the station makes it the code's current rate (`tax_rates`, which every product
lookup reads) once that instant has passed: when the item arrives (a rate from today or a past
day), and at each scan (services/basket.py add_scan), offline too, so the first line rung up on
the day takes the new rate. A line keeps the rate it was rung up at, and a sale the rates of its
lines (sale_lines.tax_rate): nothing sold is ever recomputed.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ..adapters.central_repo import TaxRateChange
from ..sync.feed_items import BadItem

if TYPE_CHECKING:
    from ..adapters.uow import Tx
    from .context import StoreConfig

_CODE = re.compile(r"^[A-Za-z0-9]{1,8}$")


def day_start(valid_from: date, cfg: StoreConfig) -> str:
    """The UTC instant (ISO, as utcnow writes it) at which `valid_from` begins at the store."""
    return datetime.combine(valid_from, time(0), tzinfo=cfg.tz).astimezone(UTC).isoformat(timespec="microseconds")


def _is_percent(text: str) -> bool:
    try:
        percent = Decimal(text)
    except InvalidOperation:
        return False
    return percent.is_finite() and 0 <= percent <= 100


def checked_change(data: dict, cfg: StoreConfig) -> TaxRateChange:
    """The item as a change of this store's rates; BadItem says what is wrong."""
    code, rate, label, day = (data.get(k) for k in ("code", "rate", "label", "valid_from"))
    if not isinstance(code, str) or not _CODE.match(code):
        raise BadItem(f"code {code!r}: expected 1 to 8 letters or digits")
    if not isinstance(rate, str) or not _is_percent(rate):
        raise BadItem(f"rate {rate!r}: expected a percent from 0 to 100 as text")
    if not isinstance(label, str) or not 0 < len(label.strip()) <= 40:
        raise BadItem("label: expected a text of 1 to 40 characters")
    try:
        valid_from = date.fromisoformat(day) if isinstance(day, str) and len(day) == 10 else None
    except ValueError:
        valid_from = None
    if valid_from is None:
        raise BadItem(f"valid_from {day!r}: expected a date YYYY-MM-DD")
    return TaxRateChange(code, valid_from.isoformat(), rate, label.strip(), day_start(valid_from, cfg))


def apply_item(tx: Tx, data: dict, cfg: StoreConfig, now: str) -> None:
    tx.central.add_tax_rate_change(checked_change(data, cfg), now)
    switch_due(tx, now)


def switch_due(tx: Tx, now: str) -> list[TaxRateChange]:
    """Make every change whose day has begun by `now` its code's current rate; the ones made."""
    due = tx.central.due_tax_rates(now)
    for change in due:
        tx.catalog.upsert_tax_rate(change.code, change.rate, change.label)
    return due

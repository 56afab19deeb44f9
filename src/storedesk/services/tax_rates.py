"""Tax rates from the hub, each from a local date on (feed kind "tax_rate", sync/feed_kinds.py).

A change is kept in `tax_rate_changes` with the instant its day starts in the store's time zone
(`starts_at`, UTC); the station makes it the code's current rate (`tax_rates`, which every product
lookup reads) once that instant has passed: when the item arrives (a rate from today or a past
day), and at each scan (services/basket.py add_scan), offline too, so the first line rung up on
the day takes the new rate. A line keeps the rate it was rung up at, and a sale the rates of its
lines (sale_lines.tax_rate): nothing sold is ever recomputed.

A code the station does not have yet, dated by the hub for a day still to come, is known at once
(introduce: the hub's products of it are stored) but sold only from that day: before it, a scan of
such a product is refused, "not on sale before DATE" (refuse_before_day), and so are a web order's
handover of one and a no-receipt return of one (it was never sold).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ..adapters.central_repo import TaxRateChange
from ..domain.errors import BasketError, DomainError
from ..i18n import Message, msg
from ..i18n.formats import fmt_date
from ..sync.feed_items import BadItem
from . import journal
from .context import utcnow

if TYPE_CHECKING:
    from ..adapters.uow import Tx
    from .context import StoreConfig

_CODE = re.compile(r"^[A-Za-z0-9]{1,8}$")
JOURNAL_KIND = "tax_rate"


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
    change = checked_change(data, cfg)
    tx.central.add_tax_rate_change(change, now)
    switch_due(tx, now)
    if change.code not in tx.catalog.tax_rates():
        introduce(tx, change.code, now)


def switch_due(tx: Tx, now: str) -> list[TaxRateChange]:
    """Make every change whose day has begun by `now` its code's current rate, each journaled
    (_journal); the ones made."""
    due = tx.central.due_tax_rates(now)
    if due:
        rates = tx.catalog.tax_rates()
        for change in due:
            tx.catalog.upsert_tax_rate(change.code, change.rate, change.label)
            had = rates.get(change.code)
            _journal(tx, change, None if had is None else str(had), now)
    return due


def _journal(tx: Tx, change: TaxRateChange, before: str | None, now: str) -> None:
    """A code's current rate changed ("tax_rate"): the rate before (None: a code new here) and after,
    from which local day; set by the hub."""
    details = {"code": change.code, "before": before, "after": change.rate, "valid_from": change.valid_from}
    journal.record_change(tx, JOURNAL_KIND, change.code, {**details, "label": change.label}, now, "hub")


# ---- a code the hub dated before its first day: known now, on sale from that day -------------------
_NOT_ON_SALE = "tax_code_not_on_sale:"  # + code, in sync_state: the code came from the hub before its day


def introduce(tx: Tx, code: str, now: str | None = None) -> None:
    """A code this station knows only by rates still to come (`tax_rate_changes`): it enters
    `tax_rates` at its first rate, so the hub's products of that code are stored (their items are
    not quarantined), and is marked not on sale until one of its days has begun (refuse_before_day).
    Journaled as a "tax_rate" change from no rate (before: None) to its first."""
    first = min((c for c in tx.central.tax_rate_changes() if c.code == code), key=lambda c: c.valid_from)
    tx.catalog.upsert_tax_rate(code, first.rate, first.label)
    tx.sync_state.set(_NOT_ON_SALE + code, first.valid_from)
    _journal(tx, first, None, now or utcnow())


# Whole sentences (translatable), "{name}" the product, "{day}" its code's first day (YYYY-MM-DD).
NOT_ON_SALE_SCAN = msg("basket", "{name} is not on sale before {day}, the day its tax rate starts; nothing added")


def refuse_before_day(
    tx: Tx,
    code: str,
    name: str,
    now: str,
    message: Message = NOT_ON_SALE_SCAN,
    error: type[DomainError] = BasketError,
) -> None:
    """Refuse to sell a product whose tax code the hub brought in before its first day (introduce),
    saying from which day it is on sale: at the counter's scan (services/basket.py), at a web order's
    handover (services/pickup/handover.py), for a no-receipt return's price (services/returns/
    no_receipt.py: never sold, it cannot come back). `message`: the caller's sentence (with {name}
    and {day}, the day in the store's format), `error` its error. Once a day of the code has begun,
    the mark goes (in a write transaction)."""
    if not tx.sync_state.get(_NOT_ON_SALE + code):
        return
    changes = [c for c in tx.central.tax_rate_changes() if c.code == code]
    if any(c.starts_at <= now for c in changes) or not changes:
        if tx.writing:
            tx.sync_state.set(_NOT_ON_SALE + code, "")  # on sale from now on
        return
    day = min(c.valid_from for c in changes)
    raise error(replace(message, params={"name": name, "day": fmt_date(date.fromisoformat(day))}))

"""The chain's tax rates, each from a local date on (`storedesk-hub tax set CODE RATE --valid-from
DATE`), sent to every station as a "tax_rate" feed item; the station switches at the start of that
day in its store's time zone, offline too (services/tax_rates.py).

Never retroactive: a date earlier than today (the latest local date of the hub's stores: a day
that has begun somewhere) is refused, and so is a different rate for a day that has begun. Sales
keep the rate on their lines, so nothing sold is ever recomputed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..admin import AdminError
from ..feed import add_items
from ..models import stores
from ..times import business_date, zone
from ..values import tax_rate_text
from .models import tax_rates

FEED_KIND = "tax_rate"
_CODE = re.compile(r"^[A-Za-z0-9]{1,8}$")  # as a station's products carry it (sync/feed_items.py)


@dataclass(frozen=True)
class TaxRate:
    code: str
    valid_from: date
    rate: str
    label: str

    def feed_data(self) -> dict:
        return {"code": self.code, "valid_from": self.valid_from.isoformat(), "rate": self.rate, "label": self.label}


def latest_local_date(conn: Connection, now: datetime) -> date:
    """The latest date that has begun at any of the hub's stores (UTC's without a store)."""
    zones = {r.timezone for r in conn.execute(select(stores.c.timezone))}
    return max((business_date(now, zone(z)) for z in zones), default=now.astimezone(UTC).date())


def listed(conn: Connection) -> list[TaxRate]:
    cols = (tax_rates.c.code, tax_rates.c.valid_from, tax_rates.c.rate, tax_rates.c.label)
    return [TaxRate(*r) for r in conn.execute(select(*cols).order_by(tax_rates.c.code, tax_rates.c.valid_from))]


def _checked(code: str, rate: str, label: str | None) -> tuple[str, str]:
    if not _CODE.match(code):
        raise AdminError(f"tax code {code!r}: 1 to 8 letters or digits, e.g. A")
    try:
        rate = tax_rate_text(rate)
    except ValueError as exc:
        raise AdminError(f"tax rate: {exc}") from None
    label = (label or f"VAT {rate} %").strip()
    if not label or len(label) > 40:
        raise AdminError("--label: 1 to 40 characters, e.g. 'VAT 20 %'")
    return rate, label


def set_rate(conn: Connection, code: str, rate: str, valid_from: date, label: str | None, now: datetime) -> TaxRate:
    """Store and send one dated rate. Call inside db.write_tx(feed=True)."""
    rate, label = _checked(code, rate, label)
    today = latest_local_date(conn, now)
    if valid_from < today:
        raise AdminError(
            f"--valid-from {valid_from.isoformat()} has passed (today is {today.isoformat()} at the latest store): "
            "a tax rate is never changed retroactively; give today or a later date"
        )
    key = (tax_rates.c.code == code) & (tax_rates.c.valid_from == valid_from)
    old = conn.execute(select(tax_rates.c.rate, tax_rates.c.label).where(key)).first()
    new = TaxRate(code, valid_from, rate, label)
    if old is not None and (old.rate, old.label) == (rate, label):
        return new
    if old is not None and valid_from <= today:
        raise AdminError(
            f"{code} is at {old.rate} % from {valid_from.isoformat()}, a day that has begun: "
            "sales were made at that rate; give the new rate a later --valid-from"
        )
    stamp = now.astimezone(UTC).isoformat(timespec="microseconds")
    if old is None:
        conn.execute(tax_rates.insert(), {**_row(new), "created_at": stamp})
    else:
        conn.execute(tax_rates.update().where(key).values(rate=rate, label=label, created_at=stamp))
    add_items(conn, [(None, None, FEED_KIND, new.feed_data())], stamp)
    return new


def _row(r: TaxRate) -> dict:
    return {"code": r.code, "valid_from": r.valid_from, "rate": r.rate, "label": r.label}

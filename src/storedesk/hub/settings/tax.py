"""The chain's tax rates, each from a local date on (`storedesk-hub tax set CODE RATE --valid-from
DATE`), sent to every station as a "tax_rate" feed item; the station switches at the start of that
day in its store's time zone, offline too (services/tax_rates.py).

Never retroactive: a date earlier than today (the latest local date of the hub's stores: a day
that has begun somewhere) is refused, and so is a different rate for a day that has begun. Sales
keep the rate on their lines, so nothing sold is ever recomputed.

Once the table has a code it is the catalog's one source for it (catalog_rates): PUT /v1/products
and `storedesk-hub catalog import` take the code's rate from here, refuse a product naming another
one, and every product feed item carries the rate in force (before the code's first day, that day's
rate: the station sells it from then on). A code the table does not have keeps the product's rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..admin import AdminError
from ..errors import Unprocessable
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


def _local_dates(conn: Connection, now: datetime) -> list[date]:
    """Today at each of the hub's stores (UTC's without a store)."""
    zones = {r.timezone for r in conn.execute(select(stores.c.timezone))}
    return [business_date(now, zone(z)) for z in zones] or [now.astimezone(UTC).date()]


def latest_local_date(conn: Connection, now: datetime) -> date:
    """The latest date that has begun at any of the hub's stores (UTC's without a store)."""
    return max(_local_dates(conn, now))


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


# ---- the tax table as the catalog's one source (PUT /v1/products, catalog import) -----------------
@dataclass(frozen=True)
class CatalogRate:
    """A code of the tax table as products carry it: once the table has a code, a product's rate is
    the table's, never the ERP's or the import file's."""

    code: str
    rate: str  # in force today at the latest store; before the code's first day, that day's rate
    valid_from: date  # `rate`'s
    named: frozenset[str]  # in force at some store, or dated to come: what a PUT or an import may name

    def refusal(self, given: str) -> str | None:
        """Why a catalog naming `given` for this code is refused; None when it may."""
        if given in self.named:
            return None
        return (
            f"the hub's tax table has {self.code} at {self.rate} % from {self.valid_from.isoformat()}, not {given} %: "
            "a tax rate is set with `storedesk-hub tax set`, never by a catalog"
        )


def catalog_rates(conn: Connection, now: datetime) -> dict[str, CatalogRate]:
    """Per code of the table, the rate a product carries today (CatalogRate)."""
    days = _local_dates(conn, now)
    earliest, latest = min(days), max(days)
    by_code: dict[str, list[TaxRate]] = {}
    for r in listed(conn):  # by code, then date
        by_code.setdefault(r.code, []).append(r)
    table = {}
    for code, rates in by_code.items():
        current = ([r for r in rates if r.valid_from <= latest] or rates[:1])[-1]
        oldest_in_force = ([r for r in rates if r.valid_from <= earliest] or [current])[-1]
        named = frozenset(r.rate for r in rates if r.valid_from >= oldest_in_force.valid_from)
        table[code] = CatalogRate(code, current.rate, current.valid_from, named)
    return table


def products_from_table(conn: Connection, rows: list[dict], now: datetime) -> None:
    """Each product row of a code the table has takes the table's rate in force (rows change in
    place); a row naming another rate is refused whole (Unprocessable: the caller's transaction
    rolls back). A code the table does not have keeps the row's own rate."""
    table = catalog_rates(conn, now)
    for row in rows if table else ():
        known = table.get(row["tax_code"])
        if known is None:
            continue
        reason = known.refusal(row["tax_rate"])
        if reason is not None:
            raise Unprocessable(f"product {row['sku']}: {reason}")
        row["tax_rate"] = known.rate

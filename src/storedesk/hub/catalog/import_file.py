"""`storedesk-hub catalog import FILE`: a CSV or XLSX catalog into the hub, row by row checked
(domain/catalog_rows.py, the same rules as the station's `storedesk catalog import`), then
written through service.upsert, the path PUT /v1/products takes: every new or changed product
becomes one "product" feed item for every station, as today.

What a row is checked against comes from the hub:
- the currency: --currency, else the one currency of the hub's stores;
- the tax codes: those of the hub's tax table (`storedesk-hub tax set`), each at its rate in force
  (settings/tax.py catalog_rates: the one source once the table has a code); those the catalog's
  products already carry (each with its one rate); and any given as --tax-rate CODE=RATE (a new
  code; a rate that differs from the table's or the catalog's is refused: a rate is never changed
  by an import);
- the clock: a valid_from is "come" when it has come in every store's time zone; a later one
  keeps the row's price for then (pending.py: pending_prices and a "pending_price" feed item
  after the product's), the product keeping its price today; its other columns apply now;
- the barcodes the catalog has, for barcodes on two products;
- the hub's category list (categories.py), once it has one: a row naming another category is
  reported, the rest imported (an empty category is allowed).

Accepted rows are written in batches of BATCH, one transaction each; a row the file does not
give a column for keeps the product's value (barcodes, category, active; unit: service.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.engine import Engine

from ...domain.catalog_file import read_table
from ...domain.catalog_rows import CatalogRow, Checked, FileError, Outcome, Rules, check_rows
from .. import db
from ..models import products, stores
from ..settings import tax
from ..values import tax_rate_text
from . import categories, pending, service
from .pending import Scheduled

BATCH = 10_000


@dataclass(frozen=True)
class Known:
    """A product the hub has: what a row that leaves a column out keeps."""

    barcodes: list[str]
    category: str
    active: bool
    price_minor: int


@dataclass
class HubCatalog:
    """What the hub knows that rows are checked against."""

    currency: str
    rates: dict[str, str]  # tax code -> rate text
    now_local: datetime
    known: dict[str, Known] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)  # barcode -> sku
    categories: frozenset[str] | None = None  # categories.names: None while the hub lists none


def _currency(rows: list, wanted: str | None) -> str:
    if wanted:
        if not (len(wanted) == 3 and wanted.isalpha() and wanted.isupper()):
            raise FileError(f"--currency {wanted!r} is not an ISO 4217 code such as EUR")
        return wanted
    currencies = sorted({r.currency for r in rows})
    if len(currencies) != 1:
        which = ", ".join(currencies) if currencies else "no store yet"
        raise FileError(f"the hub's stores use {which}: say which currency the prices are in with --currency")
    return currencies[0]


def _rates(
    catalog_rates: Mapping[str, set[str]], given: Mapping[str, str], table: Mapping[str, tax.CatalogRate]
) -> dict[str, str]:
    rates = {code: next(iter(r)) for code, r in catalog_rates.items() if len(r) == 1}
    rates.update({code: known.rate for code, known in table.items()})  # the table wins once it has the code
    for code, text in given.items():
        try:
            rate = tax_rate_text(text)
        except ValueError as exc:
            raise FileError(f"--tax-rate {code}={text}: {exc}") from None
        if code in table:
            reason = table[code].refusal(rate)
            if reason is not None:
                raise FileError(f"--tax-rate {code}={text}: {reason}")
            continue
        had = catalog_rates.get(code, set())
        if had and had != {rate}:
            raise FileError(
                f"--tax-rate {code}={text}: the catalog's products have {code} at {', '.join(sorted(had))} %; "
                "an import never changes a tax rate"
            )
        rates[code] = rate
    return rates


def load(engine: Engine, currency: str | None = None, tax_rates: Mapping[str, str] | None = None) -> HubCatalog:
    """The hub's currency, tax codes, local clock and products, for checking a file's rows."""
    with db.read_conn(engine) as conn:
        store_rows = conn.execute(select(stores.c.currency)).all()
        catalog_rates: dict[str, set[str]] = {}
        known: dict[str, Known] = {}
        owners: dict[str, str] = {}
        cols = (products.c.sku, products.c.barcodes, products.c.category, products.c.active, products.c.tax_code)
        for row in conn.execute(select(*cols, products.c.tax_rate, products.c.price_minor)):
            barcodes = json.loads(row.barcodes)
            known[row.sku] = Known(barcodes, row.category, bool(row.active), row.price_minor)
            owners.update(dict.fromkeys(barcodes, row.sku))
            catalog_rates.setdefault(row.tax_code, set()).add(row.tax_rate)
        utc = datetime.now(UTC)
        table = tax.catalog_rates(conn, utc)
        listed = categories.names(conn)
        now_local = datetime.fromisoformat(pending.everywhere_clock(conn, utc))  # come in every store
    return HubCatalog(
        _currency(store_rows, currency),
        _rates(catalog_rates, tax_rates or {}, table),
        now_local,
        known,
        owners,
        listed,
    )


def check(name: str, data: bytes, hub: HubCatalog) -> Checked:
    """Every row of the file checked; FileError when the file cannot be read."""
    table = read_table(name, data)
    rules = Rules(hub.currency, frozenset(hub.rates), hub.now_local, table.decimal_comma, hub.categories)
    return check_rows(table.rows, table.columns, rules, hub.owners, hub.known)


def _item(row: CatalogRow, hub: HubCatalog) -> dict:
    had = hub.known.get(row.sku)
    return {
        "sku": row.sku,
        "name": row.name,
        "barcodes": list(row.barcodes) if row.barcodes is not None else (had.barcodes if had else []),
        "price_minor": row.price_minor if row.valid_from is None or had is None else had.price_minor,
        "currency": hub.currency,
        "tax_code": row.tax_code,
        "tax_rate": hub.rates[row.tax_code],
        "category": row.category if row.category is not None else (had.category if had else ""),
        "active": row.active if row.active is not None else (had.active if had else True),
        "unit": row.unit,  # None: service.upsert keeps the product's unit
        "kind": row.kind,  # None: service.upsert keeps the product's kind
    }


def _batches(rows: list[CatalogRow], size: int) -> Iterator[list[CatalogRow]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def import_file(
    engine: Engine,
    name: str,
    data: bytes,
    *,
    currency: str | None = None,
    tax_rates: Mapping[str, str] | None = None,
    dry_run: bool = False,
    batch: int = BATCH,
) -> tuple[Outcome, Checked]:
    """Check the file and, unless `dry_run`, write its accepted rows in batches (one transaction
    each, with their feed items). Raises FileError when the file cannot be read: nothing written."""
    if not dry_run:
        service.fold_due(engine)  # the prices due everywhere first: what a row keeps is the price in force
    hub = load(engine, currency, tax_rates)
    checked = check(name, data, hub)
    later = sum(1 for r in checked.accepted if r.valid_from is not None)
    if dry_run:
        created = sum(1 for r in checked.accepted if r.sku not in hub.known)
        known = len(checked.accepted) - created
        return Outcome(
            checked.rows_read, checked.rejected_rows, created, unchanged=known, dry_run=True, scheduled=later
        ), checked
    created = updated = 0
    for rows in _batches(checked.accepted, batch):
        items = [_item(r, hub) for r in rows]
        done = service.upsert(engine, items, _scheduled(rows, hub.currency), check_categories=False)
        created, updated = created + done["created"], updated + done["updated"]
    unchanged = len(checked.accepted) - created - updated
    return Outcome(checked.rows_read, checked.rejected_rows, created, updated, unchanged, scheduled=later), checked


def _scheduled(rows: list[CatalogRow], currency: str) -> list[Scheduled]:
    return [Scheduled(r.sku, r.valid_from, r.price_minor, currency) for r in rows if r.valid_from is not None]

"""`storedesk catalog import FILE`: a store without a hub imports its catalog at the station,
in the same format, with the same checks (domain/catalog_rows.py) and the same report as the
hub's `storedesk-hub catalog import`.

A station linked to a hub takes its catalog from the hub's feed: an import there would be
overwritten by the hub's next change of the same product, so it is refused. Rows are written
through FeedRepo.upsert_product, the path the feed's "product" items take (the price-change
trigger then lists changed prices for the shelf labels, as with the feed), BATCH rows per
transaction. A row that leaves out a column keeps the product's value for it.

A row with a later valid_from keeps its price for then: the product keeps today's price, the row's
other columns apply now, and the price goes to pending_prices, switched when the store's clock
shows that time (services/prices.py); its shelf label can be printed beforehand.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ..adapters.catalog_import_repo import CatalogImportRepo, KnownProduct
from ..domain.catalog_file import read_table
from ..domain.catalog_rows import CatalogRow, Checked, Outcome, Rules, check_rows
from ..domain.errors import DomainError
from ..domain.units import DEFAULT_UNIT
from . import journal, prices
from .context import config, utcnow

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork

BATCH = 5_000
JOURNAL_KIND = "catalog_import"


class LinkedToHub(DomainError):
    """The station takes its catalog from its hub: import the file there."""


def import_file(uow: UnitOfWork, name: str, data: bytes, dry_run: bool = False) -> tuple[Outcome, Checked]:
    """Check every row of the file and, unless `dry_run`, write the accepted ones. Raises
    catalog_rows.FileError when the file cannot be read (nothing written), LinkedToHub."""
    cfg = config(uow)
    with uow.read() as tx:
        hub_url = tx.settings.all().get("hub_url")
        if hub_url:
            raise LinkedToHub(
                f"this station takes its catalog from its hub ({hub_url}): import the file at the hub "
                "with `storedesk-hub catalog import`; nothing was imported"
            )
        known = CatalogImportRepo(tx.conn).known()
        tax_codes = frozenset(tx.catalog.tax_rates())
    table = read_table(name, data)
    rules = Rules(cfg.currency, tax_codes, datetime.now(cfg.tz).replace(tzinfo=None), table.decimal_comma)
    owners = {code: sku for sku, k in known.items() for code in k.barcodes}
    checked = check_rows(table.rows, table.columns, rules, owners, known)
    created = sum(1 for r in checked.accepted if r.sku not in known)
    later = [r for r in checked.accepted if r.valid_from is not None]
    if dry_run:
        return Outcome(
            checked.rows_read, checked.rejected_rows, created, 0, len(checked.accepted) - created, True, len(later)
        ), checked
    wanted = [p for p in (_merged(r, known.get(r.sku)) for r in checked.accepted) if known.get(p.sku) != p.known]
    with uow.write() as tx:  # prices whose time came before this import: the file's prices stay the last word
        prices.apply_due(tx, cfg.tz)
    for i in range(0, len(wanted), BATCH):
        with uow.write() as tx:
            for p in wanted[i : i + BATCH]:
                k = p.known
                tx.feed.upsert_product(
                    p.sku, k.name, k.price_minor, k.tax_code, k.category, k.active, list(k.barcodes), k.unit
                )
    _set_kinds(uow, [(r.sku, r.kind) for r in checked.accepted if r.kind])
    _schedule(uow, later)
    unchanged = len(checked.accepted) - len(wanted)
    outcome = Outcome(
        checked.rows_read, checked.rejected_rows, created, len(wanted) - created, unchanged, scheduled=len(later)
    )
    if wanted or later:
        _journal(uow, name, data, outcome)
    return outcome, checked


def _set_kinds(uow: UnitOfWork, kinds: list[tuple[str, str]]) -> None:
    """The file's "kind" column (goods | gift_card, issue 18): set as given, in one transaction."""
    if not kinds:
        return
    with uow.write() as tx:
        for sku, kind in kinds:
            pid = tx.feed.product_id(sku)
            if pid is not None:
                tx.catalog.set_kind(pid, kind)


def _journal(uow: UnitOfWork, name: str, data: bytes, outcome: Outcome) -> None:
    """One "catalog_import" entry per import that wrote something, in its own small transaction
    after the batches (each batch commits alone: a million rows are not one transaction). It names
    the file (name and SHA-256) and counts what was imported, rejected and scheduled; the products'
    own changes are in price_changes and the feed's upserts."""
    details = {
        "file": name,
        "sha256": hashlib.sha256(data).hexdigest(),
        "rows_read": outcome.rows_read,
        "imported": outcome.rows_read - outcome.rejected_rows,  # as the summary counts them
        "created": outcome.created,
        "updated": outcome.updated,
        "unchanged": outcome.unchanged,
        "rejected": outcome.rejected_rows,
        "scheduled": outcome.scheduled,
    }
    with uow.write() as tx:
        journal.record_change(tx, JOURNAL_KIND, name, details, utcnow(), "terminal")


def _schedule(uow: UnitOfWork, rows: list[CatalogRow]) -> None:
    """The later prices into pending_prices (the products exist: check_rows refused the others)."""
    now = utcnow()
    for i in range(0, len(rows), BATCH):
        with uow.write() as tx:
            for r in rows[i : i + BATCH]:
                pid = tx.feed.product_id(r.sku)
                assert pid is not None and r.valid_from is not None
                prices.schedule(tx, pid, r.valid_from, r.price_minor, now)


@dataclass(frozen=True)
class _Product:
    sku: str
    known: KnownProduct  # what the station will hold


def _merged(row: CatalogRow, had: KnownProduct | None) -> _Product:
    """The product as the row leaves it: a column the file leaves out keeps the product's value."""
    return _Product(
        row.sku,
        KnownProduct(
            row.name,
            row.price_minor if row.valid_from is None or had is None else had.price_minor,
            row.tax_code,
            row.category if row.category is not None else (had.category if had else ""),
            row.active if row.active is not None else (had.active if had else True),
            row.unit or (had.unit if had else DEFAULT_UNIT),
            row.barcodes if row.barcodes is not None else (had.barcodes if had else ()),
        ),
    )

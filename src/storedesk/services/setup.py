"""Create a store and station in an empty data folder, optionally with the demo catalog and users."""

from __future__ import annotations

import uuid
from itertools import islice
from typing import TYPE_CHECKING

from ..adapters import demo_catalog
from ..adapters.repositories import NewMovement
from ..domain import auth
from ..domain.errors import AuthError, StorageError
from . import promotions as store_promotions
from .context import config, utcnow

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork

DEMO_USERS = [("ana", "Ana", "clerk", "1234"), ("sam", "Sam", "supervisor", "5555"), ("max", "Max", "manager", "9876")]
DEMO_SETTINGS = {
    "store_code": "PAR01",
    "store_name": "storedesk Demo Store",
    "store_address": "12 rue de la Paix\n75002 Paris",
    "store_tax_id": "FR 12 345678901",
    "currency": "EUR",
    "timezone": "Europe/Paris",
    "station_code": "T1",
    "prices_include_tax": "1",
    "cash_step": "0.01",
    "idle_lock_seconds": "300",
    "receipt_footer": "Merci de votre visite - démo storedesk",
    # a Paris store: its receipts and reports in French, amounts written 1 234,50 € (issue 16)
    "language": "fr",
    "locale": "fr_FR",
}


def is_initialised(uow: UnitOfWork) -> bool:
    with uow.read() as tx:
        return "store_code" in tx.settings.all()


def init_store(uow: UnitOfWork, settings: dict[str, str], users=(), tax_rates=None, demo_products: int = 0) -> None:
    """Write the store's settings, tax rates, users and (demo) catalog, in one transaction:
    a failure half way leaves the folder as empty as it was."""
    tax_rates = tax_rates or demo_catalog.TAX_RATES
    for username, _name, _role, pin in users:
        if not auth.valid_pin_format(pin):
            raise AuthError(f"PIN for {username} must be 4 to 8 digits")
    hashed = [(u, n, r, auth.hash_pin(p)) for u, n, r, p in users]
    with uow.write() as tx:
        if "store_code" in tx.settings.all():
            raise StorageError("This data folder already has a store; nothing was changed")
        for key, value in settings.items():
            tx.settings.set(key, str(value))
        for code, (rate, label) in tax_rates.items():
            tx.catalog.upsert_tax_rate(code, rate, label)
        for username, name, role, pin_hash in hashed:
            tx.users.add(username, name, role, pin_hash)
        if demo_products:
            _insert_demo(tx, list(demo_catalog.products(demo_products)), settings["station_code"], utcnow())
            g = demo_catalog.GIFT_CARD  # no stock, no category: money, not goods
            tx.catalog.bulk_insert(
                [(g.number, g.sku, g.name, None, 0, g.tax_code, g.unit, None)], [(g.barcode, g.number)]
            )
            tx.catalog.set_kind(g.number, "gift_card")
    uow.cache.clear()


def _insert_demo(tx: Tx, products, station_code: str, now: str) -> None:
    cat_ids = {name: tx.catalog.category_id(name) for name in demo_catalog.CATEGORIES}
    tx.catalog.bulk_insert(
        [(p.number, p.sku, p.name, cat_ids[p.category], p.price_minor, p.tax_code, p.unit, p.plu) for p in products],
        [(p.barcode, p.number) for p in products],
    )
    tx.stock.add_movements(
        [
            NewMovement(uuid.uuid4().hex, p.number, (5 + p.number % 40) * 1000, "opening", "demo", station_code, now)
            for p in products
        ]
    )


def load_demo_catalog(uow: UnitOfWork, count: int, seed: int = 42, batch: int = 50000) -> int:
    """Add a large demo catalog in batches (benchmarks: a million products)."""
    cfg = config(uow)
    loaded = 0
    products = demo_catalog.products(count, seed)
    now = utcnow()
    while chunk := list(islice(products, batch)):
        with uow.write() as tx:
            _insert_demo(tx, chunk, cfg.station_code, now)
        loaded += len(chunk)
    return loaded


def init_demo(
    uow: UnitOfWork,
    count: int = 2000,
    store: str | None = None,
    station: str | None = None,
    promotions: bool = True,
) -> None:
    """The demo store, its users and a deterministic catalog, in one transaction, then the demo
    promotions (adapters/demo_catalog.DEMO_PROMOTIONS) put in force like an imported file: what
    `storedesk --demo` and `storedesk init --demo` make is the same store. `store`/`station`
    replace the demo codes (a demo station registered at a hub); `promotions=False` for a store
    whose promotions come from elsewhere (its hub) or for a promotion-free test template."""
    settings = dict(DEMO_SETTINGS)
    if store:
        settings["store_code"] = store
    if station:
        settings["station_code"] = station
    init_store(uow, settings, DEMO_USERS, demo_products=count)
    if promotions:
        store_promotions.load_demo(uow)

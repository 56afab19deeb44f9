"""Create a store and station in an empty data folder, optionally with the demo catalog and users."""

from __future__ import annotations

from ..adapters import demo_catalog
from ..domain import auth
from ..domain.errors import AuthError, StorageError

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
    "idle_lock_minutes": "5",
    "receipt_footer": "Thank you for your visit - storedesk demo",
}


def is_initialised(uow) -> bool:
    with uow.read() as tx:
        return "store_code" in tx.settings.all()


def init_store(uow, settings: dict[str, str], users=(), tax_rates=None) -> None:
    """Write the store's settings, tax rates and users, in one transaction."""
    tax_rates = tax_rates or demo_catalog.TAX_RATES
    with uow.write() as tx:
        if "store_code" in tx.settings.all():
            raise StorageError("This data folder already has a store; nothing was changed")
        for key, value in settings.items():
            tx.settings.set(key, str(value))
        for code, (rate, label) in tax_rates.items():
            tx.catalog.upsert_tax_rate(code, rate, label)
        for username, name, role, pin in users:
            if not auth.valid_pin_format(pin):
                raise AuthError(f"PIN for {username} must be 4 to 8 digits")
            tx.users.add(username, name, role, auth.hash_pin(pin))
    uow.cache.clear()


def load_demo_catalog(uow, count: int = 2000, seed: int = 42, batch: int = 20000) -> int:
    """Insert the deterministic demo catalog with an opening stock count for each product."""
    import uuid

    from .context import config, utcnow

    cfg = config(uow)
    loaded = 0
    products = list(demo_catalog.products(count, seed))
    with uow.write() as tx:
        cat_ids = {name: tx.catalog.category_id(name) for name in demo_catalog.CATEGORIES}
    now = utcnow()
    for start in range(0, len(products), batch):
        chunk = products[start : start + batch]
        with uow.write() as tx:
            tx.catalog.bulk_insert(
                [(p.number, p.sku, p.name, cat_ids[p.category], p.price_minor, p.tax_code, p.unit, p.plu) for p in chunk],
                [(p.barcode, p.number) for p in chunk],
            )
            tx.stock.add_movements(
                [(uuid.uuid4().hex, p.number, (5 + p.number % 40) * 1000, "opening", "demo", cfg.station_code, now)
                 for p in chunk]
            )
        loaded += len(chunk)
    return loaded


def init_demo(uow, count: int = 2000) -> None:
    init_store(uow, DEMO_SETTINGS, DEMO_USERS)
    load_demo_catalog(uow, count)

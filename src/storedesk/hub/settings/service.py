"""A store's settings managed at the hub: checked with the station's own rules
(domain/store_settings.py, one set of rules for both), stored in `store_settings`, and sent to every
station of the store as one "store_settings" feed item holding all of them (so a station that
applies it twice, or misses an older one, ends up exactly as the hub says).

A key set here is refused at the station (`storedesk config set` says the hub manages it); a key
unset here keeps its last value at the station and becomes the station's own again.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection

from ...domain.errors import DomainError
from ...domain.store_settings import check_store_setting
from ..admin import AdminError
from ..feed import add_items
from ..models import stores
from .models import store_settings

FEED_KIND = "store_settings"


def _known_store(conn: Connection, store: str) -> None:
    if conn.execute(select(stores.c.code).where(stores.c.code == store)).first() is None:
        raise AdminError(f"store {store!r} does not exist; add it first with add-store")


def show(conn: Connection, store: str) -> dict[str, str]:
    """The settings the hub manages for `store`, by key."""
    _known_store(conn, store)
    rows = conn.execute(
        select(store_settings.c.key, store_settings.c.value)
        .where(store_settings.c.store == store)
        .order_by(store_settings.c.key)
    )
    return {r.key: r.value for r in rows}


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """`KEY=VALUE` texts as given on the command line (a VALUE may be empty: the default)."""
    given: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise AdminError(f"--set {pair!r}: write KEY=VALUE, e.g. cash_step=0.05")
        given[key.strip()] = value
    return given


def checked(given: Mapping[str, str], currency: str = "EUR") -> dict[str, str]:
    """Each value as the station will store it (amounts in the store's `currency`); the first that
    is not allowed stops everything."""
    values = {}
    for key, value in given.items():
        try:
            values[key] = check_store_setting(key, value, currency)
        except DomainError as exc:
            raise AdminError(f"{key}: {exc.message}") from None
    return values


def change(conn: Connection, store: str, given: Mapping[str, str], unset: list[str], now: str) -> dict[str, str]:
    """Set `given` and unset `unset` for `store`, all or nothing; feed the result to its stations
    when it differs. Call inside db.write_tx(feed=True). Returns every setting the hub now manages."""
    currency = conn.execute(select(stores.c.currency).where(stores.c.code == store)).scalar() or "EUR"
    values = checked(given, currency)
    before = show(conn, store)
    unknown = [k for k in unset if k not in before]
    if unknown:
        raise AdminError(f"--unset {', '.join(unknown)}: the hub does not manage it for store {store}")
    after = {k: v for k, v in before.items() if k not in unset} | values
    if after == before:
        return after
    conn.execute(delete(store_settings).where(store_settings.c.store == store))
    if after:
        conn.execute(
            store_settings.insert(),
            [{"store": store, "key": k, "value": v, "updated_at": now} for k, v in after.items()],
        )
    add_items(conn, [(store, None, FEED_KIND, {"store": store, "settings": after})], now)
    return after

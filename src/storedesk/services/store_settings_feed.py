"""The hub's store settings, applied at the station (feed kind "store_settings", sync/feed_kinds.py).

An item carries every setting the hub manages for the store (`storedesk-hub store-settings`), so
applying it twice, or an older one after a newer one was lost, leaves the station exactly as the
item says. Each value is checked again with the rules the hub used (domain/store_settings.py):
one bad value quarantines the whole item and changes nothing. A key the hub stops managing keeps
its last value and becomes the station's own again. The app reads the settings at its next start,
as after `storedesk config set`; what services read in their transaction takes effect at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.errors import DomainError
from ..domain.fiscal.countries import SETTING as COUNTRY_SETTING
from ..domain.store_settings import check_store_setting
from ..sync.feed_items import BadItem
from . import journal

if TYPE_CHECKING:
    from ..adapters.uow import Tx
    from .context import StoreConfig

JOURNAL_KIND = "setting_hub"


def checked_settings(data: dict, store: str, currency: str = "EUR") -> dict[str, str]:
    """The item's settings, each checked (amounts in the store's `currency`); BadItem names the
    first that is not allowed."""
    if data.get("store") != store:
        raise BadItem(f"store settings of store {data.get('store')!r} sent to store {store}")
    settings = data.get("settings")
    if not isinstance(settings, dict):
        raise BadItem("settings: expected an object of KEY: VALUE")
    checked = {}
    for key, value in sorted(settings.items()):
        if not isinstance(value, str):
            raise BadItem(f"{key}: expected a text value")
        try:
            checked[key] = check_store_setting(key, value, currency)
        except DomainError as exc:
            raise BadItem(f"{key}: {exc.message}") from None
    return checked


def apply_item(tx: Tx, data: dict, cfg: StoreConfig, now: str) -> None:
    """Apply the item; journal what it changed ("setting_hub": each key's value before and after,
    and the keys the hub stopped managing), nothing when the station already held it all."""
    checked = checked_settings(data, cfg.store_code, cfg.currency)
    before, hub_keys = tx.settings.all(), tx.central.hub_keys()
    released = sorted(hub_keys - set(checked))
    if COUNTRY_SETTING in checked or COUNTRY_SETTING in released:  # before it changes (issue 19)
        after = checked.get(COUNTRY_SETTING, before.get(COUNTRY_SETTING, ""))
        journal.record_country_change(tx, before.get(COUNTRY_SETTING, ""), after, now, "hub")
    tx.central.release(set(released))
    for key, value in checked.items():
        tx.central.set_from_hub(key, value)
    changed = {k: [before.get(k), v] for k, v in checked.items() if before.get(k) != v or k not in hub_keys}
    if changed or released:
        details = {"changed": changed, "released": released}
        journal.record_change(tx, JOURNAL_KIND, cfg.store_code, details, now, "hub")

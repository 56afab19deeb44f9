"""Store settings an operator may change (`storedesk config set KEY VALUE`), each validated.

The rules live in domain/store_settings.py, shared with the hub. A key the hub manages for this
store (`storedesk-hub store-settings`, arriving through the feed: services/store_settings_feed.py)
is refused here with that reason; `storedesk config show` says where each value comes from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.errors import DomainError
from ..domain.fiscal.countries import SETTING as COUNTRY_SETTING
from ..domain.store_settings import EDITABLE, check_setting
from . import journal
from .context import utcnow

if TYPE_CHECKING:
    from ..adapters.central_repo import SettingRow
    from ..adapters.uow import Tx, UnitOfWork

__all__ = ["EDITABLE", "HubManaged", "refuse_hub_managed", "set_setting", "show", "show_origins"]


JOURNAL_KIND = "setting"


class HubManaged(DomainError):
    code = "hub_managed"


def show(uow: UnitOfWork) -> dict[str, str]:
    with uow.read() as tx:
        return tx.settings.all()


def show_origins(uow: UnitOfWork) -> list[SettingRow]:
    """Every setting with where its value comes from: 'hub' or 'station'."""
    with uow.read() as tx:
        return tx.central.settings()


def refuse_hub_managed(tx: Tx, keys: list[str]) -> None:
    """Raise HubManaged when the hub manages one of `keys` for this store."""
    managed = sorted(set(keys) & tx.central.hub_keys())
    if managed:
        store = tx.settings.all().get("store_code", "STORE")
        raise HubManaged(
            f"{', '.join(managed)} is managed by the hub for this store: change it there with "
            f"`storedesk-hub store-settings {store} --set {managed[0]}=VALUE`"
        )


def set_setting(uow: UnitOfWork, key: str, value: str, by: str = "terminal") -> str:
    """Validate and store one setting; the station picks it up at its next start. The change is
    journaled ("setting": the value before and after, and `by`, the user who made it, or
    "terminal" for `storedesk config set`); setting a value it already has changes nothing."""
    value = check_setting(key, value)
    with uow.write() as tx:
        refuse_hub_managed(tx, [key])
        before = tx.settings.all().get(key)
        if before != value:
            if key == COUNTRY_SETTING:  # journaled before it changes: turning signing off is signed
                journal.record_country_change(tx, before or "", value, utcnow(), by)
            tx.settings.set(key, value)
            details = {"key": key, "before": before, "after": value}
            journal.record_change(tx, JOURNAL_KIND, key, details, utcnow(), by)
    uow.cache.clear()
    return value

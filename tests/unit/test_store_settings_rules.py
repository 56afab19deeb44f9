"""domain/store_settings.py: one set of rules for the station's `config set` and the hub's
`store-settings`; which keys a hub may manage for a store."""

from __future__ import annotations

import pytest

from storedesk.domain.errors import DomainError
from storedesk.domain.store_settings import (
    EDITABLE,
    ROLE_LIMIT_KEYS,
    STATION_ONLY,
    STORE_KEYS,
    check_setting,
    check_store_setting,
)


def test_store_keys_are_the_editable_ones_but_a_tills_own_plus_the_role_limits():
    assert set(STORE_KEYS) == (set(EDITABLE) - STATION_ONLY) | set(ROLE_LIMIT_KEYS)
    assert STATION_ONLY <= set(EDITABLE)
    assert "limit.clerk.discount_pct" in ROLE_LIMIT_KEYS and "limit.supervisor.void" in ROLE_LIMIT_KEYS
    assert not [k for k in ROLE_LIMIT_KEYS if k.startswith("limit.manager.")]


@pytest.mark.parametrize("key, value", [("cash_step", "0.05"), ("return_window_days", "030"), ("store_name", "X")])
def test_the_hub_stores_what_the_station_would(key, value):
    assert check_store_setting(key, value) == check_setting(key, value)


def test_role_limits_are_stored_as_the_station_writes_them():
    assert check_store_setting("limit.clerk.discount_pct", "12.50") == "12.5"
    assert check_store_setting("limit.supervisor.no_sale", " YES ") == "yes"
    with pytest.raises(DomainError, match="discount_pct must be a percent"):
        check_store_setting("limit.clerk.discount_pct", "ten")


@pytest.mark.parametrize("key", ["printer", "sync_interval_seconds", "store_code", "limit.manager.void", "x"])
def test_keys_a_hub_may_not_set(key):
    with pytest.raises(DomainError, match="cannot be set for a store"):
        check_store_setting(key, "1")


def test_a_roles_refund_limit_from_the_hub_is_checked_in_the_stores_currency():
    """Yen have no minor unit: 1.5 is no amount in a JPY store, while it is one in a EUR store."""
    from storedesk.services.store_settings_feed import checked_settings
    from storedesk.sync.feed_items import BadItem

    item = {"store": "TYO01", "settings": {"limit.clerk.refund_limit": "1.5"}}
    with pytest.raises(BadItem, match="refund_limit"):
        checked_settings(item, "TYO01", "JPY")
    assert checked_settings(item, "TYO01", "EUR") == {"limit.clerk.refund_limit": "1.5"}

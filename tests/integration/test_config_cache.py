"""The station's settings as the services read them (services/context.config): read once, and
again as soon as another connection committed a change — the sync applying the hub's store
settings, or `storedesk config set` beside the running app — not only at the next start."""

from __future__ import annotations

from decimal import Decimal

from storedesk.adapters.uow import UnitOfWork
from storedesk.services import settings
from storedesk.services.context import config


def test_a_setting_changed_by_another_connection_is_in_force_at_once(station):
    till = station.uow
    before = config(till)
    assert config(till) is before  # nothing changed: the same settings, not read again
    other = UnitOfWork(station.engine)  # another connection, as the sync runner's
    try:
        settings.set_setting(other, "confirm_sale_total", "123.45")
    finally:
        other.close()
    after = config(till)
    assert after is not before and after.sale_limits.confirm_sale_total == Decimal("123.45")
    assert config(till) is after


def test_the_tills_own_change_is_in_force_at_once_too(station):
    before = config(station.uow)
    settings.set_setting(station.uow, "confirm_sale_total", "99.00")
    assert config(station.uow) is not before
    assert config(station.uow).sale_limits.confirm_sale_total == Decimal("99.00")


def test_the_settings_are_read_again_inside_a_transaction_already_open(station):
    """A service may ask for the config inside its own write (the staff feed does): after another
    connection committed, the settings are read in that transaction, not in a second one."""
    config(station.uow)
    other = UnitOfWork(station.engine)
    try:
        settings.set_setting(other, "confirm_sale_total", "77.00")
    finally:
        other.close()
    with station.uow.write():
        assert config(station.uow).sale_limits.confirm_sale_total == Decimal("77.00")

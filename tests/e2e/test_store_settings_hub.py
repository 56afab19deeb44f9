"""Store settings and tax rates from the centre (issue 15), through a real hub over HTTP.

A setting set with `storedesk-hub store-settings` reaches the store's station at its next sync;
`storedesk config show` says it comes from the hub, and the station refuses to change it itself
(`config set`, and the role limits of `storedesk user limits`). A tax rate set at the hub with a
later `--valid-from` leaves the sales made before untouched and applies from the start of that day
in the store's time zone, offline too.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from tests.e2e.conftest import hub_cli
from tests.helpers.stations import query, synced

from storedesk.cli import main as station_cli
from storedesk.domain.tenders import Tender
from storedesk.services import auth, basket, sale, settings, staff

PARIS = ZoneInfo("Europe/Paris")


def test_a_setting_set_at_the_hub_reaches_the_station_which_refuses_to_change_it(hub, make_station, capsys):
    t1 = make_station(hub, "T1")
    hub_cli(hub.db_url, "store-settings", "PAR01", "--set", "cash_step=0.05", "--set", "limit.clerk.discount_pct=15")
    synced(t1)

    assert station_cli(["config", "show", "--data-dir", str(t1.data_dir)]) == 0
    shown = capsys.readouterr().out
    assert "cash_step = '0.05'  (hub)" in shown
    assert "limit.clerk.discount_pct = '15'  (hub)" in shown
    assert "idle_lock_seconds = " in shown and "store_code = 'PAR01'  (fixed)" in shown
    assert "  (station)" in shown  # the station's own keys still say so

    assert station_cli(["config", "set", "cash_step", "0.10", "--data-dir", str(t1.data_dir)]) == 1
    err = capsys.readouterr().err
    assert "cash_step is managed by the hub for this store" in err
    assert "storedesk-hub store-settings PAR01 --set cash_step=VALUE" in err
    assert query(t1, "SELECT value, origin FROM settings WHERE key = 'cash_step'") == [("0.05", "hub")]
    manager = auth.login(t1.uow, "max", "9876")
    with pytest.raises(settings.HubManaged, match="limit.clerk.discount_pct is managed by the hub"):
        staff.set_role_limits(t1.uow, manager, "clerk", ["discount_pct=50"])
    assert auth.store_limits(t1.uow).of("clerk").discount_pct == Decimal(15)
    settings.set_setting(t1.uow, "idle_lock_seconds", "90")  # a key the hub does not manage: as before

    # the hub gives the key back: it keeps its value and is the station's own again
    hub_cli(hub.db_url, "store-settings", "PAR01", "--unset", "cash_step")
    synced(t1)
    assert query(t1, "SELECT value, origin FROM settings WHERE key = 'cash_step'") == [("0.05", "station")]
    assert settings.set_setting(t1.uow, "cash_step", "0.10") == "0.10"


def utc_text(moment: datetime) -> str:
    """As the station's clock writes it (services/context.py utcnow)."""
    return moment.astimezone(ZoneInfo("UTC")).isoformat(timespec="microseconds")


def sell_one_of_code_a(t1, when: str | None, monkeypatch) -> str:
    """Ring up a product of tax code A (at `when`, UTC ISO, when given) and pay it: the sale's id."""
    [(code,)] = query(
        t1,
        "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
        "WHERE p.tax_code = 'A' AND p.active = 1 AND p.plu IS NULL ORDER BY p.id LIMIT 1",
    )
    if when:
        monkeypatch.setattr(basket, "utcnow", lambda: when)
    v = basket.current(t1.uow, t1.ana)
    v = basket.add_scan(t1.uow, t1.ana, v.basket_id, code)
    return sale.complete_sale(t1.uow, t1.ana, v.basket_id, [Tender("cash", v.totals.total)]).sale_id


def test_a_later_tax_rate_leaves_old_sales_untouched_and_applies_from_its_day(hub, make_station, monkeypatch):
    t1 = make_station(hub, "T1")
    tomorrow = datetime.now(PARIS).date() + timedelta(days=1)
    hub_cli(hub.db_url, "tax", "set", "A", "25", "--valid-from", tomorrow.isoformat(), "--label", "VAT 25 %")
    before = sell_one_of_code_a(t1, None, monkeypatch)
    synced(t1)  # the change is at the station now, not in force yet
    assert query(t1, "SELECT rate FROM tax_rates WHERE code = 'A'") == [("20",)]
    still_today = sell_one_of_code_a(t1, None, monkeypatch)

    hub.stop()  # offline: the station switches by itself at midnight, Paris time
    midnight = datetime.combine(tomorrow, datetime.min.time(), tzinfo=PARIS)
    late = sell_one_of_code_a(t1, utc_text(midnight - timedelta(microseconds=1)), monkeypatch)
    after = sell_one_of_code_a(t1, utc_text(midnight), monkeypatch)

    rates = dict(query(t1, "SELECT sale_id, tax_rate FROM sale_lines"))
    assert [rates[s] for s in (before, still_today, late, after)] == ["20", "20", "20", "25"]
    taxes = dict(query(t1, "SELECT sale_id, rate FROM sale_taxes"))
    assert [taxes[s] for s in (before, after)] == ["20", "25"]
    assert query(t1, "SELECT rate, label FROM tax_rates WHERE code = 'A'") == [("25", "VAT 25 %")]

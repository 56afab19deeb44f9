"""A price with a later valid_from, end to end: imported at a real hub, it reaches two stations over
HTTP, and switches at the stroke of midnight in the store's time zone at both, the second with
its hub gone (the clock is injected: no test sleeps until midnight)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.e2e.conftest import hub_cli

from storedesk.services import basket, prices, sync
from storedesk.services.context import config


def price_of(st, sku: str) -> int:
    with st.uow.read() as tx:
        return tx.catalog.by_sku(sku).price_minor


def test_a_later_price_switches_at_midnight_in_the_stores_time_zone_at_every_station(hub, make_station, tmp_path):
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    with t1.uow.read() as tx:
        p = tx.catalog.by_id(5)
        rate = tx.catalog.tax_rates()[p.tax_code]
        barcode = tx.catalog.first_barcode(p.id)
    tz = config(t1.uow).tz
    assert str(tz) == "Europe/Paris"  # the hub's PAR01
    day = datetime.now(tz).date() + timedelta(days=2)
    midnight = datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)
    now_file, later_file = tmp_path / "now.csv", tmp_path / "later.csv"
    now_file.write_text(f"sku,name,price,tax_code,barcodes\n{p.sku},{p.name},7.00,{p.tax_code},{barcode}\n")
    later_file.write_text(f"sku,name,price,tax_code,valid_from\n{p.sku},{p.name},7.70,{p.tax_code},{day}\n")
    for f in (now_file, later_file):
        hub_cli(hub.db_url, "catalog", "import", str(f), "--tax-rate", f"{p.tax_code}={rate}")

    for st in (t1, t2):
        report = sync.sync_once(st.uow)
        assert report.error is None and report.quarantined == 0
        assert price_of(st, p.sku) == 700  # today's price: the later one waits
    hub.stop()  # T2 is offline from here on

    for st in (t1, t2):
        assert prices.apply_due_prices(st.uow, now=midnight - timedelta(seconds=1)) == 0
        assert price_of(st, p.sku) == 700
        assert prices.apply_due_prices(st.uow, now=midnight) == 1
        assert price_of(st, p.sku) == 770
    ana = t2.ana
    v = basket.add_scan(t2.uow, ana, basket.current(t2.uow, ana).basket_id, barcode)
    assert str(v.basket.lines[0].unit_price) == "7.70"  # sold at the new price, offline

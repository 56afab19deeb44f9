"""A tax code the hub brings in for a day still to come (services/tax_rates.py introduce): the
station knows it at once, so the hub's products of that code are stored, not quarantined; a scan
of one is refused, "not on sale before DATE", until the store's day begins, then sold at that
rate. A code the station already had, dated again by the hub for later, keeps selling today."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from stdnum import ean
from tests.helpers.stations import query
from tests.integration.test_pickup import FakeFeed

from storedesk.domain.errors import BasketError
from storedesk.i18n.formats import fmt_date
from storedesk.services import basket
from storedesk.services.context import config
from storedesk.sync import puller


def gtin(n: int) -> str:
    stem = f"402{n:09d}"
    return stem + ean.calc_check_digit(stem)


def product(sku: str, code: str, rate: str, barcode: str) -> dict:
    return {
        "sku": sku,
        "name": f"Item {sku}",
        "barcodes": [barcode],
        "price_minor": 300,
        "currency": "EUR",
        "tax_code": code,
        "tax_rate": rate,
        "category": "",
        "active": True,
    }


def test_a_new_code_dated_ahead_is_known_at_once_and_sold_from_its_day(station, monkeypatch):
    tz = config(station.uow).tz
    day = datetime.now(tz).date() + timedelta(days=2)
    midnight = datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)
    feed = FakeFeed()
    feed.add("tax_rate", {"code": "N", "rate": "7", "label": "VAT 7 %", "valid_from": day.isoformat()})
    feed.add("product", product("NEW1", "N", "7", gtin(1)))
    feed.add("tax_rate", {"code": "A", "rate": "30", "label": "VAT 30 %", "valid_from": day.isoformat()})
    stats = puller.pull(station.uow, feed)
    assert (stats.applied, stats.quarantined) == (3, 0)
    assert query(station, "SELECT sku, tax_code FROM products WHERE sku = 'NEW1'") == [("NEW1", "N")]

    ana = station.user("ana")
    v = basket.current(station.uow, ana)
    with pytest.raises(BasketError) as refused:
        basket.add_scan(station.uow, ana, v.basket_id, gtin(1))
    assert (
        str(refused.value)
        == f"Item NEW1 is not on sale before {fmt_date(day)}, the day its tax rate starts; nothing added"
    )
    assert basket.current(station.uow, ana).basket.lines == []

    # A, which the station had, is dated again for later by the hub: it sells today at today's rate
    (a_sku,) = query(station, "SELECT sku FROM products WHERE tax_code = 'A' AND active = 1 LIMIT 1")[0]
    a_line = basket.add_scan(station.uow, ana, v.basket_id, a_sku).basket.lines[-1]
    assert a_line.tax_rate == Decimal("20")

    # the store's day begins: N is on sale at 7 %, and A's new rate is in force
    after = (midnight + timedelta(seconds=1)).isoformat(timespec="microseconds")
    monkeypatch.setattr(basket, "utcnow", lambda: after)
    lines = basket.add_scan(station.uow, ana, v.basket_id, gtin(1)).basket.lines
    assert (lines[-1].sku, lines[-1].tax_code, lines[-1].tax_rate) == ("NEW1", "N", Decimal("7"))
    assert query(station, "SELECT rate FROM tax_rates WHERE code = 'A'") == [("30",)]


def test_a_product_of_a_code_known_only_from_earlier_dated_rates_is_stored(station):
    """A station that stored the code's dated rate before it knew new codes (or an item order
    where the product comes first after a restart) takes the product: the code is brought in then."""
    feed = FakeFeed()
    feed.add("tax_rate", {"code": "M", "rate": "9", "label": "VAT 9 %", "valid_from": "2999-01-01"})
    puller.pull(station.uow, feed)
    with station.uow.write() as tx:  # as a station before this change left it: the dated rate alone
        tx.conn.execute("DELETE FROM tax_rates WHERE code = 'M'")
    feed.add("product", product("NEW2", "M", "9", gtin(2)))
    stats = puller.pull(station.uow, feed)
    assert (stats.applied, stats.quarantined) == (1, 0)
    assert query(station, "SELECT code, rate FROM tax_rates WHERE code = 'M'") == [("M", "9")]
    ana = station.user("ana")
    with pytest.raises(BasketError, match="not on sale before 01/01/2999"):  # the store's date
        basket.add_scan(station.uow, ana, basket.current(station.uow, ana).basket_id, gtin(2))

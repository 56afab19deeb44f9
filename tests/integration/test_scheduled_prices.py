"""Prices with a later valid_from at a station without a hub (`storedesk catalog import`): kept in
pending_prices, not in force before the store's local time, switched at it by apply_due_prices
(driven here with an injected `now`), listed and printed on shelf labels beforehand; a basket keeps
each line's price as scanned; a "pending_price" feed item goes the same way (one bad item alone
quarantined)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pypdf import PdfReader
from stdnum import ean

from storedesk.cli import main
from storedesk.services import basket, prices
from storedesk.services.context import config
from storedesk.services.stock import printing
from storedesk.sync import puller


def gtin(n: int) -> str:
    stem = f"401{n:09d}"
    return stem + ean.calc_check_digit(stem)


def run(station, tmp_path, content: str) -> int:
    path = tmp_path / "catalog.csv"
    path.write_text(content, encoding="utf-8")
    code = main(["--data-dir", str(station.data_dir), "catalog", "import", str(path)])
    station.uow.cache.clear()
    return code


def price_of(station, sku: str) -> int:
    with station.uow.read() as tx:
        return tx.catalog.by_sku(sku).price_minor


def midnight_in_two_days(station) -> tuple[str, datetime]:
    """The store's local midnight two days from now: its text for the file and the UTC instant."""
    tz = config(station.uow).tz
    day = datetime.now(tz).date() + timedelta(days=2)
    at = datetime(day.year, day.month, day.day, tzinfo=tz)
    return day.isoformat(), at.astimezone(UTC)


def text_of(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_a_later_price_switches_at_the_stores_midnight_and_its_label_prints_beforehand(station, tmp_path, capsys):
    assert run(station, tmp_path, f"sku,name,price,tax_code,barcodes\nN1,Tea,2.00,A,{gtin(1)}\n") == 0
    day, midnight = midnight_in_two_days(station)
    changes_before = station.count("price_changes")
    assert run(station, tmp_path, f"sku,name,price,tax_code,valid_from\nN1,Green tea,2.40,A,{day}\n") == 0
    assert "1 with a price from a later date" in capsys.readouterr().out
    assert price_of(station, "N1") == 200  # not in force yet: the name applies now, the price waits
    with station.uow.read() as tx:
        assert tx.catalog.by_sku("N1").name == "Green tea"
    assert station.count("price_changes") == changes_before

    before = midnight - timedelta(seconds=1)
    waiting = printing.pending_price_changes(station.uow, now=before)
    assert [(w.sku, w.old_price_minor, w.new_price_minor, w.valid_from) for w in waiting] == [
        ("N1", 200, 240, f"{day}T00:00")
    ]
    path, n = printing.price_change_labels(station.uow, data_dir=tmp_path, now=before)
    text = text_of(path)
    assert n == 1 and "€2.40" in text and "€2.00" in text  # the new price, the old one struck through
    assert printing.pending_price_changes(station.uow, now=before) == []  # printed: nothing waits

    assert prices.apply_due_prices(station.uow, now=before) == 0
    assert price_of(station, "N1") == 200
    assert prices.apply_due_prices(station.uow, now=midnight) == 1  # the stroke of midnight, local time
    assert price_of(station, "N1") == 240
    assert station.count("price_changes") == changes_before + 1  # the trigger listed the change...
    assert printing.pending_price_changes(station.uow, now=midnight) == []  # ...its label already printed
    assert prices.apply_due_prices(station.uow, now=midnight + timedelta(hours=1)) == 0  # switched once


def test_without_a_label_beforehand_the_switch_waits_for_its_label(station, tmp_path):
    assert run(station, tmp_path, "sku,name,price,tax_code\nN2,Mug,5.00,A\n") == 0
    day, midnight = midnight_in_two_days(station)
    assert run(station, tmp_path, f"sku,name,price,tax_code,valid_from\nN2,Mug,4.50,A,{day} 00:00\n") == 0
    assert prices.apply_due_prices(station.uow, now=midnight + timedelta(minutes=5)) == 1
    waiting = printing.pending_price_changes(station.uow, now=midnight + timedelta(minutes=5))
    assert [(w.sku, w.old_price_minor, w.new_price_minor, w.valid_from) for w in waiting] == [("N2", 500, 450, "")]


def test_a_basket_keeps_the_price_scanned_and_a_scan_after_the_time_takes_the_new_one(station, tmp_path):
    assert run(station, tmp_path, f"sku,name,price,tax_code,barcodes\nN3,Jam,3.00,A,{gtin(3)}\n") == 0
    day, midnight = midnight_in_two_days(station)
    assert run(station, tmp_path, f"sku,name,price,tax_code,valid_from\nN3,Jam,3.30,A,{day}\n") == 0
    ana = station.user("ana")
    v = basket.current(station.uow, ana)
    basket.add_scan(station.uow, ana, v.basket_id, gtin(3))  # 23:59 the evening before
    prices.apply_due_prices(station.uow, now=midnight)
    v = basket.add_scan(station.uow, ana, v.basket_id, gtin(3))  # after midnight, the same open basket
    assert sorted(str(ln.unit_price) for ln in v.basket.lines) == ["3.00", "3.30"]


def test_a_due_price_the_minute_check_has_not_switched_yet_is_switched_by_the_scan(station, tmp_path):
    """The scan uses the price in force at its moment, not the one of the last check."""
    assert run(station, tmp_path, f"sku,name,price,tax_code,barcodes\nN4,Soap,1.00,A,{gtin(4)}\n") == 0
    past = (datetime.now(config(station.uow).tz) - timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M")
    with station.uow.write() as tx:
        prices.schedule(tx, tx.feed.product_id("N4"), past, 120, "2026-01-01T00:00:00+00:00")
    ana = station.user("ana")
    v = basket.add_scan(station.uow, ana, basket.current(station.uow, ana).basket_id, gtin(4))
    assert str(v.basket.lines[0].unit_price) == "1.20"


class FakeFeed:
    def __init__(self, items):
        self.items = items

    def get_feed(self, cursor: str, limit: int) -> dict:
        items = [i for i in self.items if int(i["cursor"]) > int(cursor)]
        return {"items": items, "next": items[-1]["cursor"] if items else cursor, "more": False}


def test_pending_price_feed_items_are_scheduled_idempotently_and_a_bad_one_is_quarantined(station, tmp_path):
    assert run(station, tmp_path, "sku,name,price,tax_code\nN5,Salt,0.80,A\n") == 0
    day, midnight = midnight_in_two_days(station)
    good = {"sku": "N5", "price_minor": 90, "currency": "EUR", "valid_from": f"{day}T00:00"}
    items = [
        {"cursor": "1", "kind": "pending_price", "data": good},
        {"cursor": "2", "kind": "pending_price", "data": {**good, "valid_from": day}},  # not to the minute
        {"cursor": "3", "kind": "pending_price", "data": {**good, "sku": "NOPE"}},
        {"cursor": "4", "kind": "pending_price", "data": good},  # the same item again
    ]
    stats = puller.pull(station.uow, FakeFeed(items))
    assert (stats.applied, stats.quarantined) == (2, 2)
    assert station.count("pending_prices") == 1
    assert price_of(station, "N5") == 80
    assert prices.apply_due_prices(station.uow, now=midnight) == 1
    assert price_of(station, "N5") == 90


def test_a_feed_item_already_due_switches_at_once_and_a_later_price_from_the_hub_stays_the_last_word(station, tmp_path):
    """Offline across the time: the page brings the scheduled price (now due) and then a newer price."""
    assert run(station, tmp_path, "sku,name,price,tax_code\nN6,Rice,2.00,A\n") == 0
    yesterday = (datetime.now(config(station.uow).tz) - timedelta(days=1)).strftime("%Y-%m-%dT00:00")
    product = {
        "sku": "N6", "name": "Rice", "barcodes": [], "price_minor": 275, "currency": "EUR",
        "tax_code": "A", "tax_rate": "20", "category": "", "active": True,
    }  # fmt: skip
    items = [
        {"cursor": "1", "kind": "pending_price", "data": {"sku": "N6", "price_minor": 250, "currency": "EUR",
                                                         "valid_from": yesterday}},
        {"cursor": "2", "kind": "product", "data": product},
    ]  # fmt: skip
    stats = puller.pull(station.uow, FakeFeed(items))
    assert (stats.applied, stats.quarantined) == (2, 0)
    assert prices.apply_due_prices(station.uow) == 0  # already switched, in the page's order
    assert price_of(station, "N6") == 275

"""The station's side of "store_settings" and "tax_rate" feed items (services/store_settings_feed.py,
services/tax_rates.py): a page with good and bad items, applied by the station's own puller; a bad
item is quarantined alone with its reason and changes nothing."""

from __future__ import annotations

from tests.conftest import upgraded
from tests.helpers.stations import query
from tests.integration.test_pickup import FakeFeed

from storedesk.sync import puller


def origins(st) -> dict[str, tuple[str, str]]:
    return {k: (v, o) for k, v, o in query(st, "SELECT key, value, origin FROM settings")}


def test_store_settings_items_good_and_bad(station):
    feed = FakeFeed()
    feed.add("store_settings", {"store": "PAR01", "settings": {"cash_step": "0.05", "receipt_footer": "Merci"}})
    feed.add("store_settings", {"store": "PAR01", "settings": {"cash_step": "0.03"}})  # not a cash step
    feed.add("store_settings", {"store": "PAR01", "settings": {"printer": "file:/tmp/x"}})  # the station's own
    feed.add("store_settings", {"store": "LYO01", "settings": {"cash_step": "0.10"}})  # another store's
    feed.add("store_settings", {"store": "PAR01", "settings": ["cash_step"]})
    stats = puller.pull(station.uow, feed)
    assert (stats.applied, stats.quarantined) == (1, 4)
    reasons = [r for (r,) in query(station, "SELECT reason FROM feed_quarantine ORDER BY rowid")]
    assert "cash_step: cash_step must be one of 0.01, 0.05" in reasons[0]
    assert "printer: 'printer' cannot be set for a store (it belongs to each station)" in reasons[1]
    assert "store settings of store 'LYO01' sent to store PAR01" in reasons[2]
    assert reasons[3] == "settings: expected an object of KEY: VALUE"
    got = origins(station)
    assert got["cash_step"] == ("0.05", "hub") and got["receipt_footer"] == ("Merci", "hub")
    assert got["store_code"][1] == "station"

    # the next item holds every key the hub manages: receipt_footer left out is the station's again
    feed.add("store_settings", {"store": "PAR01", "settings": {"cash_step": "0.10"}})
    feed.add("store_settings", {"store": "PAR01", "settings": {"cash_step": "0.10"}})  # twice: the same
    assert puller.pull(station.uow, feed).applied == 2
    got = origins(station)
    assert got["cash_step"] == ("0.10", "hub") and got["receipt_footer"] == ("Merci", "station")


def test_tax_rate_items_good_and_bad(station):
    feed = FakeFeed()
    feed.add("tax_rate", {"code": "A", "rate": "21", "label": "VAT 21 %", "valid_from": "2000-01-01"})  # in force
    feed.add("tax_rate", {"code": "A", "rate": "30", "label": "VAT 30 %", "valid_from": "2999-01-01"})  # later
    feed.add("tax_rate", {"code": "B", "rate": "101", "label": "x", "valid_from": "2000-01-01"})
    feed.add("tax_rate", {"code": "B", "rate": "5", "label": "VAT 5 %", "valid_from": "1 May"})
    feed.add("tax_rate", {"code": "B-1", "rate": "5", "label": "VAT 5 %", "valid_from": "2000-01-01"})
    stats = puller.pull(station.uow, feed)
    assert (stats.applied, stats.quarantined) == (2, 3)
    reasons = [r for (r,) in query(station, "SELECT reason FROM feed_quarantine ORDER BY rowid")]
    assert reasons == [
        "rate '101': expected a percent from 0 to 100 as text",
        "valid_from '1 May': expected a date YYYY-MM-DD",
        "code 'B-1': expected 1 to 8 letters or digits",
    ]
    assert query(station, "SELECT code, rate, label FROM tax_rates ORDER BY code") == [
        ("A", "21", "VAT 21 %"),
        ("B", "5.5", "VAT 5.5 %"),
        ("C", "0", "VAT 0 %"),
    ]
    # Paris: the year 2999 starts at 23:00 UTC the day before
    assert query(station, "SELECT valid_from, starts_at FROM tax_rate_changes WHERE rate = '30'") == [
        ("2999-01-01", "2998-12-31T23:00:00.000000+00:00")
    ]


def test_an_older_station_keeps_its_settings_as_its_own(tmp_path):
    with upgraded(tmp_path / "old", "s0014", "INSERT INTO settings(key, value) VALUES ('cash_step', '0.05')") as con:
        assert con.execute("SELECT key, value, origin FROM settings").fetchall() == [("cash_step", "0.05", "station")]
        assert con.execute("SELECT count(*) FROM tax_rate_changes").fetchone() == (0,)

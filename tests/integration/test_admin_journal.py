"""Administrative changes at the station are journaled (issue 15: "every change journaled"), each
in the transaction of the change, one entry per business action with the values before and after:
`config set` ("setting"), the hub's store settings ("setting_hub"), a tax rate switching or a new
code ("tax_rate"), a catalog import ("catalog_import") and scheduled prices switching
("price_switch"). A refused change leaves no entry, and the hash chain still verifies."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta

from tests.helpers.stations import query
from tests.integration.test_pickup import FakeFeed

from storedesk.cli import main
from storedesk.services import prices, tax_rates
from storedesk.services.context import config
from storedesk.sync import puller


def entries(st, kind: str) -> list[dict]:
    return [json.loads(p) for (p,) in query(st, "SELECT payload FROM journal WHERE kind = ? ORDER BY seq", (kind,))]


def cli(st, *args: str) -> int:
    code = main(["--data-dir", str(st.data_dir), *args])
    st.uow.cache.clear()
    return code


def where(st) -> dict[str, str]:
    cfg = config(st.uow)
    return {"store": cfg.store_code, "station": cfg.station_code}


def test_config_set_is_journaled_with_before_and_after_and_a_refused_value_is_not(station):
    before = dict(query(station, "SELECT key, value FROM settings")).get("cash_step")
    assert cli(station, "config", "set", "cash_step", "0.05") == 0
    [entry] = entries(station, "setting")
    assert entry["type"] == "setting" and entry["at"]
    assert {k: entry[k] for k in ("key", "before", "after", "by")} == {
        "key": "cash_step",
        "before": before,
        "after": "0.05",
        "by": "terminal",
    }
    assert {k: entry[k] for k in ("store", "station")} == where(station)
    assert cli(station, "config", "set", "cash_step", "0.03") != 0  # not a cash step: refused
    assert cli(station, "config", "set", "cash_step", "0.05") == 0  # the value it has: nothing changes
    assert len(entries(station, "setting")) == 1
    assert cli(station, "journal", "verify") == 0


def test_the_hubs_store_settings_are_journaled_only_when_they_change_something(station):
    footer = dict(query(station, "SELECT key, value FROM settings")).get("receipt_footer")
    feed = FakeFeed()
    feed.add("store_settings", {"store": "PAR01", "settings": {"cash_step": "0.05", "receipt_footer": "Merci"}})
    feed.add("store_settings", {"store": "PAR01", "settings": {"cash_step": "0.05", "receipt_footer": "Merci"}})
    feed.add("store_settings", {"store": "PAR01", "settings": {"cash_step": "0.03"}})  # bad: quarantined
    feed.add("store_settings", {"store": "PAR01", "settings": {"cash_step": "0.10"}})  # the footer released
    stats = puller.pull(station.uow, feed)
    assert (stats.applied, stats.quarantined) == (3, 1)
    first, second = entries(station, "setting_hub")  # the repeat changed nothing, the bad item nothing
    assert first["by"] == "hub" and first["released"] == []
    assert first["changed"]["receipt_footer"] == [footer, "Merci"]
    assert first["changed"]["cash_step"][1] == "0.05"
    assert (second["changed"], second["released"]) == ({"cash_step": ["0.05", "0.10"]}, ["receipt_footer"])
    assert cli(station, "journal", "verify") == 0


def test_a_tax_rate_switching_and_a_new_code_are_journaled(station):
    feed = FakeFeed()
    feed.add("tax_rate", {"code": "A", "rate": "21", "label": "VAT 21 %", "valid_from": "2000-01-01"})  # in force
    feed.add("tax_rate", {"code": "A", "rate": "30", "label": "VAT 30 %", "valid_from": "2999-01-01"})  # later
    feed.add("tax_rate", {"code": "B", "rate": "101", "label": "x", "valid_from": "2000-01-01"})  # refused
    feed.add("tax_rate", {"code": "D", "rate": "7", "label": "VAT 7 %", "valid_from": "2999-01-01"})  # new code
    assert puller.pull(station.uow, feed).quarantined == 1
    switched, new = entries(station, "tax_rate")
    assert {k: switched[k] for k in ("code", "before", "after", "valid_from", "by")} == {
        "code": "A",
        "before": "20",
        "after": "21",
        "valid_from": "2000-01-01",
        "by": "hub",
    }
    assert (new["code"], new["before"], new["after"], new["valid_from"]) == ("D", None, "7", "2999-01-01")

    with station.uow.write() as tx:  # at a scan on the later day (services/basket.py add_scan calls it)
        done = tax_rates.switch_due(tx, "2999-01-02T00:00:00.000000+00:00")
    assert [c.code for c in done] == ["A"]  # D's first rate is already its rate: no switch
    later = entries(station, "tax_rate")[2:]
    assert [(e["code"], e["before"], e["after"], e["valid_from"]) for e in later] == [("A", "21", "30", "2999-01-01")]
    assert cli(station, "journal", "verify") == 0


def test_a_catalog_import_is_one_entry_and_its_later_prices_switch_in_one(station, tmp_path):
    tz = config(station.uow).tz
    day = datetime.now(tz).date() + timedelta(days=2)
    midnight = datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)
    content = (
        b"sku,name,price,tax_code,valid_from\n"
        b"N1,Tea,2.00,A,\nN2,Coffee,4.50,B,\nN3,Bad,1.00,ZZ,\n"  # ZZ: no such tax code, rejected
    )
    path = tmp_path / "first.csv"
    path.write_bytes(content)
    assert cli(station, "catalog", "import", str(path), "--dry-run") == 1  # writes nothing, journals nothing
    assert cli(station, "catalog", "import", str(path)) == 1  # one row rejected, the rest imported
    later = tmp_path / "later.csv"
    later.write_text(f"sku,name,price,tax_code,valid_from\nN1,Tea,2.40,A,{day}\nN2,Coffee,5.00,B,{day}\n")
    assert cli(station, "catalog", "import", str(later)) == 0
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert cli(station, "catalog", "import", str(empty)) == 2  # unreadable: nothing
    first, second = entries(station, "catalog_import")
    assert {k: first[k] for k in ("file", "sha256", "imported", "rejected", "scheduled", "by")} == {
        "file": "first.csv",
        "sha256": hashlib.sha256(content).hexdigest(),
        "imported": 2,
        "rejected": 1,
        "scheduled": 0,
        "by": "terminal",
    }
    assert (second["file"], second["imported"], second["rejected"], second["scheduled"]) == ("later.csv", 2, 0, 2)

    assert prices.apply_due_prices(station.uow, now=midnight - timedelta(seconds=1)) == 0
    assert entries(station, "price_switch") == []
    assert prices.apply_due_prices(station.uow, now=midnight + timedelta(seconds=1)) == 2
    [switch] = entries(station, "price_switch")
    assert (switch["count"], switch["skus"], switch["by"]) == (2, ["N1", "N2"], "station")
    assert switch["prices"] == {"N1": [200, 240], "N2": [450, 500]}
    assert switch["at"] == (midnight + timedelta(seconds=1)).isoformat(timespec="microseconds")
    assert cli(station, "journal", "verify") == 0

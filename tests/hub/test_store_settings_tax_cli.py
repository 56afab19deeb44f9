"""`storedesk-hub store-settings` and `storedesk-hub tax` on a real hub database (SQLite and
PostgreSQL): values checked with the station's own rules (the same messages), all or nothing, and
what reaches the store's stations through the feed."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from storedesk.domain.errors import DomainError
from storedesk.domain.store_settings import check_setting
from storedesk.hub import cli
from storedesk.hub.settings.tax import latest_local_date


@pytest.fixture
def hub_db(admin):
    admin.store("PAR01")
    admin.store("LYO01")
    return admin


def run(admin, *args: str) -> int:
    return cli.main([*args, "--db", admin.db_url])


def stored(admin, store: str = "PAR01") -> dict[str, str]:
    return dict(admin.rows("SELECT key, value FROM store_settings WHERE store = :s ORDER BY key", s=store))


def feed(admin, kind: str) -> list[tuple]:
    rows = admin.rows("SELECT store, origin_station, data FROM feed_items WHERE kind = :k ORDER BY seq", k=kind)
    return [(store, origin, json.loads(data)) for store, origin, data in rows]


def test_store_settings_set_show_and_unset_reach_the_stores_feed(hub_db, capsys):
    assert run(hub_db, "store-settings", "PAR01") == 0
    assert "the hub manages no setting" in capsys.readouterr().out
    assert (
        run(
            hub_db,
            "store-settings",
            "PAR01",
            "--set",
            "cash_step=0.050",
            "--set",
            "receipt_footer=Merci de votre visite",
            "--set",
            "limit.clerk.discount_pct=15",
            "--set",
            "return_window_days=030",
        )
        == 0
    )
    want = {
        "cash_step": "0.050",  # stored as the station's rule returns it
        "limit.clerk.discount_pct": "15",
        "receipt_footer": "Merci de votre visite",
        "return_window_days": "30",
    }
    assert stored(hub_db) == want
    assert stored(hub_db, "LYO01") == {}
    assert feed(hub_db, "store_settings") == [("PAR01", None, {"store": "PAR01", "settings": want})]
    capsys.readouterr()
    assert run(hub_db, "store-settings", "PAR01") == 0
    assert "cash_step = '0.050'\n" in capsys.readouterr().out

    # the same again changes nothing and sends nothing; an unset sends the rest, without the key
    assert run(hub_db, "store-settings", "PAR01", "--set", "return_window_days=30") == 0
    assert len(feed(hub_db, "store_settings")) == 1
    assert run(hub_db, "store-settings", "PAR01", "--unset", "receipt_footer") == 0
    del want["receipt_footer"]
    assert stored(hub_db) == want
    assert feed(hub_db, "store_settings")[-1][2] == {"store": "PAR01", "settings": want}


def station_message(key: str, value: str) -> str:
    with pytest.raises(DomainError) as err:
        check_setting(key, value)
    return err.value.message


@pytest.mark.parametrize(
    "assignment, says",
    [
        ("cash_step=0.03", station_message("cash_step", "0.03")),  # the station's own sentence
        ("return_window_days=-1", station_message("return_window_days", "-1")),
        ("pickup_hold_days=90", station_message("pickup_hold_days", "90")),
        ("printer=file:/dev/usb/lp0", "cannot be set for a store (it belongs to each station)"),
        ("store_code=LYO01", "cannot be set for a store (it is not a setting)"),
        ("limit.manager.discount_pct=5", "it is not a setting"),  # a manager's limits are fixed
        ("limit.clerk.discount_pct=150", "discount_pct must be a percent from 0 to 100"),
        ("limit.supervisor.no_sale=maybe", "no_sale must be yes or no"),
        ("cash_step", "write KEY=VALUE"),
    ],
)
def test_a_bad_setting_is_refused_with_the_stations_reason_and_nothing_changes(hub_db, capsys, assignment, says):
    assert run(hub_db, "store-settings", "PAR01", "--set", "receipt_footer=Merci", "--set", assignment) == 1
    assert says in capsys.readouterr().err
    assert stored(hub_db) == {} and feed(hub_db, "store_settings") == []


def test_an_unknown_store_or_an_unset_of_a_key_not_managed_is_refused(hub_db, capsys):
    assert run(hub_db, "store-settings", "NOPE", "--set", "cash_step=0.05") == 1
    assert "store 'NOPE' does not exist" in capsys.readouterr().err
    assert run(hub_db, "store-settings", "PAR01", "--unset", "cash_step") == 1
    assert "the hub does not manage it for store PAR01" in capsys.readouterr().err
    assert feed(hub_db, "store_settings") == []


def test_tax_set_is_dated_never_retroactive_and_goes_to_every_station(hub_db, capsys):
    now = datetime.now(UTC)
    with hub_db.engine.connect() as conn:
        today = latest_local_date(conn, now)
    later = (today + timedelta(days=30)).isoformat()
    assert run(hub_db, "tax", "set", "A", "20", "--valid-from", today.isoformat()) == 0
    assert run(hub_db, "tax", "set", "A", "21.0", "--valid-from", later, "--label", "TVA 21 %") == 0
    assert f"tax A: 21 % (TVA 21 %) from {later}" in capsys.readouterr().out
    assert [d for _, _, d in feed(hub_db, "tax_rate")] == [
        {"code": "A", "rate": "20", "label": "VAT 20 %", "valid_from": today.isoformat()},
        {"code": "A", "rate": "21", "label": "TVA 21 %", "valid_from": later},
    ]
    assert {store for store, _, _ in feed(hub_db, "tax_rate")} == {None}  # every store's stations

    yesterday = (today - timedelta(days=1)).isoformat()
    for args, says in [
        (("A", "19", "--valid-from", yesterday), "never changed retroactively"),
        (("A", "19", "--valid-from", today.isoformat()), "a day that has begun"),
        (("A", "120", "--valid-from", later), "not between 0 and 100"),
        (("A-1", "5", "--valid-from", later), "1 to 8 letters or digits"),
        (("A", "5", "--valid-from", "31/12/2030"), "is not a date (YYYY-MM-DD)"),
    ]:
        assert run(hub_db, "tax", "set", *args) == 1
        assert says in capsys.readouterr().err
    # a planned rate (its day has not begun) may still be corrected
    assert run(hub_db, "tax", "set", "A", "22", "--valid-from", later, "--label", "TVA 22 %") == 0
    assert len(feed(hub_db, "tax_rate")) == 3
    capsys.readouterr()
    assert run(hub_db, "tax", "list") == 0
    assert capsys.readouterr().out.splitlines() == [
        f"A\t20\t{today.isoformat()}\tVAT 20 %",
        f"A\t22\t{later}\tTVA 22 %",
    ]

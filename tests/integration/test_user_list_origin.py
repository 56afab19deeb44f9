"""`storedesk user list` says who manages each user: the station (`storedesk user ...`) or the hub
(`storedesk-hub staff ...`, applied from the feed by services/staff_feed.py), in text and JSON."""

from __future__ import annotations

import json

from tests.integration.test_staff_cli import user_cmd

from storedesk.domain import auth as pins
from storedesk.services import staff_feed
from storedesk.services.context import config, utcnow


def hub_member(st) -> None:
    """The hub's "staff" item for lea, as the puller applies it."""
    item = {
        "store": config(st.uow).store_code,
        "username": "lea",
        "name": "Léa Martin",
        "role": "clerk",
        "active": True,
        "pin_hash": pins.hash_pin("480315"),
        "pin_change_required": True,
        "rev": 1,
        "pin_rev": 1,
    }
    with st.uow.write() as tx:
        staff_feed.apply_item(tx, item, config(st.uow), utcnow())


def test_list_says_whether_the_station_or_the_hub_manages_each_user(station, capsys, monkeypatch):
    hub_member(station)
    code, out, err = user_cmd(capsys, monkeypatch, station, "list", "--format", "json")
    assert code == 0, err
    managed = {u["username"]: u["managed_by"] for u in json.loads(out)}
    assert managed == {"ana": "station", "lea": "hub", "max": "station", "sam": "station"}
    code, out, _ = user_cmd(capsys, monkeypatch, station, "list")
    assert code == 0
    head, *rows = out.splitlines()
    assert head.split() == ["USERNAME", "NAME", "ROLE", "MANAGED", "BY", "STATUS", "LANGUAGE"]
    by_user = {row.split()[0]: row for row in rows}
    assert by_user["lea"].split()[-3:] == ["hub", "active", "-"]  # no language of her own
    assert by_user["max"].split()[-3:] == ["station", "active", "-"]

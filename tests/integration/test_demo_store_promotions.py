"""`storedesk init --demo` makes the same demo store as `storedesk --demo` (services/station.py
open_station): the demo promotions (adapters/demo_catalog.DEMO_PROMOTIONS) are in force, so the
Daily Cola x6 scanned twice costs one. A demo station registered at a hub takes its promotions
from the hub instead (a file in force could not be replaced at a linked till).

The suite's demo template (tests/conftest.build_demo_station) is promotion-free on purpose."""

from __future__ import annotations

import json

from tests.helpers.stations import init_linked

from storedesk.adapters.demo_catalog import DEMO_PROMOTIONS
from storedesk.adapters.uow import UnitOfWork
from storedesk.cli import main
from storedesk.services import promotions
from storedesk.services.station import open_station

COLA = "3760000000055"  # SKU0000005, the demo's COLA-2-FOR-1


def in_force(folder) -> promotions.InForce | None:
    uow: UnitOfWork = open_station(folder)
    try:
        return promotions.in_force(uow)
    finally:
        uow.close()


def test_init_demo_has_the_app_demo_promotions(tmp_path, capsys):
    assert main(["init", "--demo", "--data-dir", str(tmp_path / "cli")]) == 0
    by_cli = in_force(tmp_path / "cli")

    app = open_station(tmp_path / "app", demo=True)  # what `storedesk --demo` does on first start
    by_app = promotions.in_force(app)
    app.close()

    expected = tuple(p["id"] for p in DEMO_PROMOTIONS["promotions"])
    assert by_cli is not None and by_app is not None
    assert by_cli.ids == by_app.ids == expected
    assert by_cli.version == by_app.version and by_cli.source == by_app.source == "file"

    basket = tmp_path / "basket.json"
    basket.write_text(json.dumps({"lines": [{"code": COLA, "quantity": "2"}], "customer": None, "coupons": []}))
    capsys.readouterr()
    assert main(["basket", "price", str(basket), "--data-dir", str(tmp_path / "cli")]) == 0
    (line,) = json.loads(capsys.readouterr().out)["lines"]
    assert line["promotions"] == ["COLA-2-FOR-1"]
    assert line["discount"] == line["unit_price"] and line["amount"] == line["unit_price"]  # two for the price of one


def test_a_demo_station_registered_at_a_hub_takes_the_hubs_promotions(tmp_path):
    assert init_linked(tmp_path / "linked", "--token", "t" * 32) == 0
    assert in_force(tmp_path / "linked") is None  # none of its own: the hub's feed brings them
